//! The layering of `src/` stays true: every source file imports only from its own layer and
//! the layers below it (the layers are listed in `src/lib.rs` and `docs/architecture.md`).
//! An import is any `crate::NAME` path in code, in a `use` line or inline; comments are
//! not read.
//!
//! The wrong-way imports that remain from before the layering are listed in [`KNOWN`], each
//! with what is to replace it. The list only shrinks: an import that is gone must leave the
//! list too, and any import not in it fails.

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
    ("driver", &["runner", "repl", "main", "lib"]),
];

/// Wrong-way imports that remain: (file under `src/`, module it imports, why it stays or what
/// is to replace it). The tree's method cache is to become a number into a cache the runtime
/// keeps.
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "interp.rs",
        "builtins",
        "only builtins::install, called by Interp::new so that no interpreter exists without its builtins namespace and modules",
    ),
    (
        "syntax/ast.rs",
        "value",
        "a method cache the runtime keeps, by number",
    ),
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
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert!(!declared.is_empty());
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
    let mut seen_known = BTreeSet::new();
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
            if KNOWN
                .iter()
                .any(|(file, to, _)| *file == relative && *to == target)
            {
                seen_known.insert((relative.clone(), target.clone()));
                continue;
            }
            wrong.push(format!(
                "{relative} ({}) imports `{target}` ({}), a layer above it",
                LAYERS[own].0, LAYERS[theirs].0
            ));
        }
    }
    for (file, to, _) in KNOWN {
        if !seen_known.contains(&(file.to_string(), to.to_string())) {
            wrong.push(format!(
                "{file} no longer imports `{to}`: take it out of KNOWN in tests/layers.rs"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
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
    (
        "builtins/help_texts.rs",
        "help() texts: data, one entry per name",
    ),
];

/// The longest a hand-written source file should be.
const MAX_LINES: usize = 800;

/// Hand-written files still over [`MAX_LINES`], with the most lines each may have until it
/// is split (a ceiling that can only come down).
const OVERSIZED: &[(&str, usize)] = &[
    ("interp.rs", 1610),
    ("syntax/resolve.rs", 1747),
    ("interp/call.rs", 1455),
    ("ops.rs", 1361),
    ("interp/resume.rs", 1305),
    ("syntax/lexer.rs", 1275),
    ("syntax/parser/expr.rs", 1137),
    ("value.rs", 957),
    ("modules/math.rs", 886),
    ("syntax/parser/stmt.rs", 859),
];

#[test]
fn source_files_stay_small() {
    let mut wrong = Vec::new();
    for (path, relative) in &source_files() {
        if GENERATED.iter().any(|(file, _)| *file == relative) {
            continue;
        }
        let lines = fs::read_to_string(path).expect("readable").lines().count();
        let allowed = OVERSIZED
            .iter()
            .find(|(file, _)| *file == relative)
            .map_or(MAX_LINES, |(_, ceiling)| *ceiling);
        if lines > allowed {
            wrong.push(format!(
                "{relative} has {lines} lines, more than {allowed}: split it by what it holds"
            ));
        } else if allowed > MAX_LINES && lines <= MAX_LINES {
            wrong.push(format!(
                "{relative} is down to {lines} lines: take it out of OVERSIZED in tests/layers.rs"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}
