//! The layering of `src/` stays true: every source file imports only from its own layer and
//! the layers below it (the layers are listed in `src/lib.rs` and `docs/architecture.md`).
//! An import is any `crate::NAME` path in code, in a `use` line or inline; comments are
//! not read.
//! Any wrong-way import fails: there are no exceptions.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first, and the top-level modules of each (`main` and `lib` are the
/// crate's roots).
const LAYERS: &[(&str, &[&str])] = &[
    (
        "leaves",
        &["source", "symbol", "signals", "memory", "numfmt"],
    ),
    ("syntax", &["syntax"]),
    (
        "runtime core",
        &[
            "value",
            "types",
            "exception",
            "traceback",
            "ops",
            "interp",
            "event_loop",
            "coroutine",
        ],
    ),
    ("library", &["builtins", "modules"]),
    ("driver", &["runner", "repl", "timeline", "main", "lib"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// Every `.rs` file under `src/`, sorted, each with its path under `src/` (`interp/call.rs`).
fn source_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(&root)
                .expect("under src/")
                .to_string_lossy()
                .replace('\\', "/");
            (path, relative)
        })
        .collect()
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level modules `text` names as `crate::NAME`, outside comments, including the
/// names of a grouped `use crate::{a, b::c}`.
fn imports(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines() {
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let inside = group.split('}').next().unwrap_or("");
                for item in inside.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        found.insert(name);
                    }
                }
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn every_module_of_the_crate_has_a_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(root.join("lib.rs")).expect("lib.rs");
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.split(';').next().unwrap_or(l).trim())
        .collect();
    assert!(!declared.is_empty());
    for line in lib.lines().filter(|l| l.starts_with("pub mod ")) {
        assert!(
            line.split_once("; // ")
                .is_some_and(|(_, what)| !what.trim().is_empty()),
            "src/lib.rs is the table of contents: say what `{line}` holds in a comment on its line"
        );
    }
    for module in declared {
        assert!(
            layer_of(module).is_some(),
            "src/lib.rs declares `{module}`, which tests/layers.rs puts in no layer"
        );
    }
}

#[test]
fn no_file_imports_from_a_layer_above_its_own() {
    let mut wrong = Vec::new();
    for (path, relative) in &source_files() {
        let module = relative
            .split('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_string();
        let Some(own) = layer_of(&module) else {
            wrong.push(format!("{relative}: its module `{module}` is in no layer"));
            continue;
        };
        let text = fs::read_to_string(path).expect("readable source");
        for target in imports(&text) {
            let Some(theirs) = layer_of(&target) else {
                continue;
            };
            if theirs <= own {
                continue;
            }
            wrong.push(format!(
                "{relative} ({}) imports `{target}` ({}), a layer above it",
                LAYERS[own].0, LAYERS[theirs].0
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

/// What `event_loop/` may use of an `Interp` value (`interp.<name>`): the methods of
/// `interp/scheduler.rs`, `call` for Python callbacks, `flush_out` before the loop sleeps, and
/// `runtime`, the scheduler's own state the interpreter holds.
const SCHEDULER_USES_OF_INTERP: &[&str] = &[
    "runtime",
    "call",
    "flush_out",
    "enter_task",
    "leave_task",
    "current_line",
    "position_line",
    "write_warning",
];

/// What `event_loop/` may name of the `interp` module (`interp::<name>`).
const SCHEDULER_PATHS_INTO_INTERP: &[&str] = &["Interp", "Position", "scheduler", "with_current"];

/// Each `<prefix><name>` in the code of `text` (comments left out), with its line number.
fn names_after(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().next_back();
            let after = &rest[at + prefix.len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && !name.is_empty() {
                found.push((number + 1, name));
            }
            rest = after;
        }
    }
    found
}

#[test]
fn the_scheduler_reaches_the_evaluator_only_through_its_interface() {
    let mut wrong = Vec::new();
    for (path, relative) in &source_files() {
        if !(relative == "event_loop.rs" || relative.starts_with("event_loop/")) {
            continue;
        }
        let text = fs::read_to_string(path).expect("readable source");
        for (prefix, allowed) in [
            ("interp.", SCHEDULER_USES_OF_INTERP),
            ("interp::", SCHEDULER_PATHS_INTO_INTERP),
        ] {
            for (line, name) in names_after(&text, prefix) {
                if !allowed.contains(&name.as_str()) {
                    wrong.push(format!(
                        "{relative}:{line}: `{prefix}{name}` is not in the scheduler's interface \
                         (add a method to src/interp/scheduler.rs instead)"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

#[test]
fn uses_of_the_interpreter_are_found_in_code_but_not_comments() {
    let text = "let x = interp.depth.get(); // interp.handling\nself.interp.call(f)\nminterp.x\n";
    let found = names_after(text, "interp.");
    assert_eq!(
        found,
        vec![(1, "depth".to_string()), (2, "call".to_string())]
    );
}

#[test]
fn imports_are_found_in_use_lines_groups_and_inline_paths_but_not_comments() {
    let text = "use crate::value::Value;\nuse crate::{ops, types::types};\nfn f() { crate::runner::x(); } // crate::repl\n/// see crate::builtins\n";
    let found: Vec<String> = imports(text).into_iter().collect();
    assert_eq!(found, ["ops", "runner", "types", "value"]);
}

/// Generated tables and data, exempt from the size limit: (file under `src/`, why).
const GENERATED: &[(&str, &str)] = &[
    (
        "numfmt/cpython_cases.rs",
        "CPython's answers, generated, #[cfg(test)] only",
    ),
    (
        "syntax/lexer/unicode_names.rs",
        "the Unicode name table, generated",
    ),
];

/// The longest a hand-written source file should be.
const MAX_LINES: usize = 800;

#[test]
fn source_files_stay_small() {
    let mut wrong = Vec::new();
    for (path, relative) in &source_files() {
        if GENERATED.iter().any(|(file, _)| *file == relative) {
            continue;
        }
        let lines = fs::read_to_string(path).expect("readable").lines().count();
        if lines > MAX_LINES {
            wrong.push(format!(
                "{relative} has {lines} lines, more than {MAX_LINES}: split it by what it holds"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

/// The longest a hand-written function should be, in lines from `fn` to its closing brace.
const MAX_FUNCTION_LINES: usize = 150;

/// The functions of `text` longer than [`MAX_FUNCTION_LINES`] with no `// long: <reason>`
/// line among the comments and attributes directly above them: (name, lines).
fn unexplained_long_functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let Some((indent, name)) = function_head(line) else {
            continue;
        };
        // The signature ends at the first line ending in `{` (a body) or `;` (none).
        let Some(open) = (at..lines.len()).find(|&i| {
            let l = lines[i].trim_end();
            l.ends_with('{') || l.ends_with(';') || l.ends_with('}')
        }) else {
            continue;
        };
        if !lines[open].trim_end().ends_with('{') {
            continue;
        }
        let close = format!("{indent}}}");
        let Some(end) = (open + 1..lines.len()).find(|&i| lines[i] == close) else {
            continue;
        };
        let length = end - at + 1;
        if length <= MAX_FUNCTION_LINES {
            continue;
        }
        let explained = lines[..at]
            .iter()
            .rev()
            .map(|l| l.trim_start())
            .take_while(|l| l.starts_with("//") || l.starts_with("#["))
            .any(|l| l.starts_with("// long: ") && l.len() > "// long: ".len() + 10);
        if !explained {
            found.push((name, length));
        }
    }
    found
}

/// `(indentation, name)` when `line` starts a function: `fn`, with `pub`, `pub(crate)`,
/// `async`, `unsafe`, `const` before it.
fn function_head(line: &str) -> Option<(String, String)> {
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    let mut rest = line[indent.len()..].trim_start();
    loop {
        let before = rest;
        for word in [
            "pub(crate) ",
            "pub(super) ",
            "pub ",
            "async ",
            "unsafe ",
            "const ",
        ] {
            if let Some(after) = rest.strip_prefix(word) {
                rest = after;
            }
        }
        if rest == before {
            break;
        }
    }
    let name: String = rest
        .strip_prefix("fn ")?
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some((indent, name))
}

#[test]
fn functions_stay_short_or_say_why() {
    let mut wrong = Vec::new();
    for (path, relative) in &source_files() {
        if GENERATED.iter().any(|(file, _)| *file == relative) {
            continue;
        }
        let text = fs::read_to_string(path).expect("readable");
        for (name, lines) in unexplained_long_functions(&text) {
            wrong.push(format!(
                "{relative}: `{name}` has {lines} lines, more than {MAX_FUNCTION_LINES}: split it, \
                 or, for a grammar rule or a big dispatch `match`, say why on a `// long: <reason>` \
                 line directly above it"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

#[test]
fn long_functions_are_found_unless_marked() {
    let body = "    x += 1;\n".repeat(MAX_FUNCTION_LINES);
    let text = format!(
        "fn short() {{\n}}\n\
         pub(crate) fn long_one(\n    a: u8,\n) {{\n{body}}}\n\
         /// Docs.\n// long: the dispatch over every kind of node\n#[inline]\nfn marked() {{\n{body}}}\n\
         impl X {{\n    // long:\n    pub async fn method(&self) {{\n{body}    }}\n}}\n\
         trait T {{\n    fn declared(&self);\n}}\n"
    );
    let found: Vec<String> = unexplained_long_functions(&text)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(found, ["long_one", "method"]);
}
