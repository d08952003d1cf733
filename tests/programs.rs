//! Golden-file harness: runs every `.py` under `examples/` and `tests/programs/` through the
//! `pyco` binary and compares against goldens written by CPython 3.11 (`tests/regen-goldens`).
//!
//! For `name.py` the goldens sit beside it:
//! - `name.out`  — exact stdout (required);
//! - `name.err`  — the whole stderr; without it stderr must be empty. It is compared through
//!   the normaliser of `support/stderr.rs` (CPython's caret lines and its asyncio frames
//!   dropped; a syntax error, which pyco draws as a picture, compared by its last line);
//! - `name.code` — the exit code; without it the exit code must be 0. `-N` means killed by
//!   signal N, as Python's `subprocess` reports it (CPython dies of SIGINT on an uncaught
//!   `KeyboardInterrupt`).
//!
//! Both interpreters name the script by its absolute path (in tracebacks and task reprs):
//! the program's directory is taken out of the goldens and of pyco's output alike.
//!
//! Programs named `async__*` and every file in `examples/` run twice: plainly and with
//! `--virtual-time`; both runs must match the same goldens, since virtual time changes only speed.
//!
//! Every program runs once more with `PYCO_FORCE_RESUMABLE=1` (and `--virtual-time` where
//! that applies), which sends every statement and expression down the resumable path, the
//! one otherwise kept for the parts of async bodies that hold an `await`: both evaluation
//! paths must give the same output.
//!
//! Usage: `cargo test --test programs [-- SUBSTRING...]` runs the programs whose file name
//! contains any of the substrings (all of them without one). The last line is always
//! `N passed, M failed`, where a case is one run of one program, followed by how many
//! programs are `# pyco-only` (goldens written by pyco, not CPython) when any is.
//!
//! A program's name starts with one of the categories of `tests/README.md` (`CATEGORIES`
//! here): a program in none, or a category the README does not list, fails.
//!
//! `PYCO_STRESS=1` is the flake hunt: it runs only the real-clock cases (no `--virtual-time`)
//! while one busy-looping thread per core competes with them for the CPU, as on a loaded CI
//! machine (`PYCO_STRESS=3`: three per core). A program whose output depends on a timing
//! margin the load can eat fails there.
//!
//! A plain `fn main()` harness (no `datatest-stable`) keeps the output one line per failure and
//! the dependency list short.

#[path = "support/stderr.rs"]
mod stderr;

use std::collections::VecDeque;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The categories a program name starts with (`category__what.py`), as `tests/README.md`
/// lists them.
const CATEGORIES: &[&str] = &[
    "syntax",
    "expr",
    "ops",
    "int",
    "float",
    "str",
    "fstring",
    "list",
    "tuple",
    "dict",
    "set",
    "range",
    "assign",
    "control",
    "func",
    "closure",
    "class",
    "exc",
    "builtin",
    "module_math",
    "module_random",
    "module_time",
    "module_sys",
    "module_functools",
    "traceback",
    "error",
    "syntaxerr",
    "async",
    "notebook",
    "repl",
];

/// The first line of a program whose goldens are pyco's own output, not CPython's.
const PYCO_ONLY_MARKER: &str = "# pyco-only";

/// How long one run may take before it is killed and counted as failed.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Longest excerpt of a differing line shown in a failure line.
const EXCERPT_CHARS: usize = 100;

/// One run of one program: the file, whether `--virtual-time` is passed, and whether
/// `PYCO_FORCE_RESUMABLE=1` is set.
#[derive(Clone)]
struct Case {
    path: PathBuf,
    virtual_time: bool,
    forced_resumable: bool,
}

impl Case {
    fn label(&self, root: &Path) -> String {
        let shown = self
            .path
            .strip_prefix(root)
            .unwrap_or(&self.path)
            .display()
            .to_string();
        let mut label = shown;
        if self.virtual_time {
            label.push_str(" [--virtual-time]");
        }
        if self.forced_resumable {
            label.push_str(" [PYCO_FORCE_RESUMABLE=1]");
        }
        label
    }
}

/// What a finished (or killed) run produced.
struct Outcome {
    stdout: String,
    stderr: String,
    /// `-N` when killed by signal N; `None` when killed by the timeout.
    code: Option<i32>,
    timed_out: bool,
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect();

    let mut programs = Vec::new();
    for dir in ["examples", "tests/programs"] {
        collect_programs(&root.join(dir), &mut programs);
    }
    programs.sort();

    let mut misnamed = category_problems(&root, &programs);
    let pyco_only = programs
        .iter()
        .filter(|path| {
            fs::read_to_string(path)
                .map(|text| text.lines().next().unwrap_or("").contains(PYCO_ONLY_MARKER))
                .unwrap_or(false)
        })
        .count();

    let mut cases = Vec::new();
    for path in programs {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !filters.is_empty() && !filters.iter().any(|f| file_name.contains(f.as_str())) {
            continue;
        }
        let in_examples = path.starts_with(root.join("examples"));
        let two_clocks = file_name.starts_with("async__") || in_examples;
        cases.push(Case {
            path: path.clone(),
            virtual_time: false,
            forced_resumable: false,
        });
        if two_clocks {
            cases.push(Case {
                path: path.clone(),
                virtual_time: true,
                forced_resumable: false,
            });
        }
        cases.push(Case {
            path,
            virtual_time: two_clocks,
            forced_resumable: true,
        });
    }

    let stress = stress_level();
    if stress > 0 {
        cases.retain(|case| !case.virtual_time);
    }

    let total = cases.len();
    let queue = Arc::new(Mutex::new(
        cases.into_iter().enumerate().collect::<VecDeque<_>>(),
    ));
    let failures: Arc<Mutex<Vec<(usize, String)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(total.max(1));
    let load = (stress > 0).then(|| CpuLoad::start(stress));

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let failures = Arc::clone(&failures);
            let root = root.clone();
            thread::spawn(move || loop {
                let next = queue.lock().map(|mut q| q.pop_front()).unwrap_or(None);
                let Some((index, case)) = next else { break };
                if let Err(message) = check(&case) {
                    let line = format!("FAIL {}: {}", case.label(&root), message);
                    if let Ok(mut f) = failures.lock() {
                        f.push((index, line));
                    }
                }
            })
        })
        .collect();
    for handle in handles {
        let _ = handle.join();
    }
    drop(load);

    let mut failures = failures.lock().map(|f| f.clone()).unwrap_or_default();
    failures.sort();
    let cases_failed = failures.len();
    // A misnamed program counts as one more failure.
    failures.extend(misnamed.drain(..).map(|line| (usize::MAX, line)));
    let failed = failures.len();
    // Sorted by program name, so two runs of a failing suite print the same report.
    for (_, line) in &failures {
        println!("{line}");
    }
    if stress > 0 {
        println!(
            "PYCO_STRESS: only the real-clock cases ran, beside {stress} busy loop(s) per core"
        );
    }
    println!("{} passed, {} failed", total - cases_failed, failed);
    if pyco_only > 0 {
        println!("{pyco_only} program(s) are # pyco-only: their goldens are pyco's own output");
    }
    if failed > 0 {
        std::process::exit(1);
    }
}

/// `PYCO_STRESS`: unset, empty or `0` is a normal run; a number is how many busy loops per core
/// run beside the real-clock cases (any other text counts as 1).
fn stress_level() -> usize {
    match std::env::var("PYCO_STRESS") {
        Ok(value) if !value.is_empty() => value.trim().parse().unwrap_or(1),
        _ => 0,
    }
}

/// Busy-looping threads, `per_core` for each core, stopped and joined on drop: the CPU load
/// under which `PYCO_STRESS` runs the real-clock cases.
struct CpuLoad {
    stop: Arc<AtomicBool>,
    threads: Vec<thread::JoinHandle<()>>,
}

impl CpuLoad {
    fn start(per_core: usize) -> CpuLoad {
        let stop = Arc::new(AtomicBool::new(false));
        let cores = thread::available_parallelism().map_or(2, |n| n.get());
        let threads = (0..cores * per_core)
            .map(|_| {
                let stop = Arc::clone(&stop);
                thread::spawn(move || {
                    let mut x: u64 = 1;
                    while !stop.load(Ordering::Relaxed) {
                        for _ in 0..10_000 {
                            x = std::hint::black_box(
                                x.wrapping_mul(6364136223846793005).wrapping_add(1),
                            );
                        }
                    }
                })
            })
            .collect();
        CpuLoad { stop, threads }
    }
}

impl Drop for CpuLoad {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// Every program under `dir`, recursively: `.py` files and notebooks (`.ipynb`, run as
/// `pyco name.ipynb`); a missing directory holds none.
fn collect_programs(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, found);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "py" || ext == "ipynb")
        {
            found.push(path);
        }
    }
}

/// Runs one case and compares it with its goldens; `Err` holds the one-line report.
fn check(case: &Case) -> Result<(), String> {
    let expected_out = fs::read_to_string(case.path.with_extension("out"))
        .map_err(|_| "missing golden .out (run tests/regen-goldens)".to_string())?;
    let expected_err = fs::read_to_string(case.path.with_extension("err")).ok();
    let expected_code: i32 = match fs::read_to_string(case.path.with_extension("code")) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("bad .code golden: {text:?}"))?,
        Err(_) => 0,
    };

    let outcome = run(case)?;
    let mut problems = Vec::new();
    if outcome.timed_out {
        problems.push(format!("timed out after {}s", TIMEOUT.as_secs()));
    }
    if let Some(diff) = first_difference(&expected_out, &outcome.stdout) {
        problems.push(format!("stdout {diff}"));
    }
    match &expected_err {
        Some(expected) if stderr::is_syntax_error(expected) => {
            let expected = stderr::last_line(expected);
            let got = stderr::last_line(&outcome.stderr);
            if got != expected {
                problems.push(format!(
                    "stderr last line: expected {} got {}",
                    excerpt(expected),
                    excerpt(got)
                ));
            }
        }
        Some(expected) => {
            let expected = stderr::normalise(expected);
            let got = stderr::normalise(&outcome.stderr);
            if let Some(diff) = first_difference(&expected, &got) {
                problems.push(format!("stderr {diff}"));
            }
        }
        None if !outcome.stderr.is_empty() => {
            problems.push(format!(
                "stderr should be empty, got {}",
                excerpt(stderr::last_line(&outcome.stderr))
            ));
        }
        None => {}
    }
    match outcome.code {
        Some(code) if code == expected_code => {}
        Some(code) => problems.push(format!("exit code: expected {expected_code} got {code}")),
        None => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The time zone every program runs in, the same as `regen-goldens` gives CPython: local
/// time is then the same on every machine, and it has summer time to get right. A POSIX
/// rule, so it needs no time zone database.
const TIME_ZONE: &str = "EST5EDT,M3.2.0,M11.1.0";

/// Runs `pyco [--virtual-time] name.py` in the program's directory, killing it at the timeout.
fn run(case: &Case) -> Result<Outcome, String> {
    let dir = case.path.parent().ok_or("program has no directory")?;
    let file_name = case.path.file_name().ok_or("program has no file name")?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyco"));
    if case.virtual_time {
        command.arg("--virtual-time");
    }
    if case.forced_resumable {
        command.env("PYCO_FORCE_RESUMABLE", "1");
    }
    // A notebook's flags (`--keep-going`, `--show-cells`) are in `name.args`, one line.
    if let Ok(args) = fs::read_to_string(case.path.with_extension("args")) {
        command.args(args.split_whitespace());
    }
    // A REPL session (`repl__*.py`) is typed into `pyco -i -c ''`, line by line.
    let typed = file_name.to_string_lossy().starts_with("repl__");
    let stdin = if typed {
        command.args(["-i", "-c", ""]);
        let file = fs::File::open(&case.path).map_err(|e| format!("cannot read: {e}"))?;
        Stdio::from(file)
    } else {
        command.arg(file_name);
        Stdio::null()
    };
    let mut child = command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TZ", TIME_ZONE)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start pyco: {e}"))?;

    let stdout_reader = read_in_background(child.stdout.take());
    let stderr_reader = read_in_background(child.stderr.take());
    let (code, timed_out) = wait_with_timeout(&mut child)?;
    // Like CPython, pyco names the script by its absolute path (tracebacks, task reprs);
    // the goldens have the program's directory taken out, so take it out here too.
    let prefix = format!(
        "{}/",
        fs::canonicalize(dir).unwrap_or(dir.to_path_buf()).display()
    );
    let stdout =
        stderr::mask_addresses(&stdout_reader.join().unwrap_or_default()).replace(&prefix, "");
    let stderr =
        stderr::mask_addresses(&stderr_reader.join().unwrap_or_default()).replace(&prefix, "");
    Ok(Outcome {
        stdout,
        stderr,
        code,
        timed_out,
    })
}

/// A failure line for each program whose name starts with no known category, and for each
/// category `tests/README.md` does not list.
fn category_problems(root: &Path, programs: &[PathBuf]) -> Vec<String> {
    let mut problems = Vec::new();
    let readme = fs::read_to_string(root.join("tests/README.md")).unwrap_or_default();
    let listed: Vec<&str> = readme
        .split("Categories:")
        .nth(1)
        .and_then(|rest| rest.split('`').nth(1))
        .map(|list| list.split_whitespace().collect())
        .unwrap_or_default();
    for category in CATEGORIES {
        if !listed.contains(category) {
            problems.push(format!(
                "FAIL category {category}: not listed under Categories in tests/README.md"
            ));
        }
    }
    for path in programs {
        if !path.starts_with(root.join("tests/programs")) {
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let category = name.split("__").next().unwrap_or("");
        if !name.contains("__") || !CATEGORIES.contains(&category) {
            problems.push(format!(
                "FAIL {}: the name must start with a category of tests/README.md and `__`",
                path.strip_prefix(root).unwrap_or(path).display()
            ));
        }
    }
    problems
}

/// Drains a pipe on its own thread so a chatty child never blocks on a full pipe.
fn read_in_background<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn wait_with_timeout(child: &mut Child) -> Result<(Option<i32>, bool), String> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok((exit_code(status), false)),
            Ok(None) if started.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Ok((None, true));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for pyco: {e}")),
        }
    }
}

/// The exit code as CPython's `subprocess` reports it: a death by signal N is `-N`, which is
/// how an uncaught `KeyboardInterrupt` ends CPython (it re-raises SIGINT on itself).
fn exit_code(status: std::process::ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Some(-signal);
        }
    }
    status.code()
}

/// `None` when equal, else where the two texts first part ways, as `line N: expected … got …`.
fn first_difference(expected: &str, got: &str) -> Option<String> {
    if expected == got {
        return None;
    }
    let mut expected_lines = expected.split_inclusive('\n');
    let mut got_lines = got.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (expected_lines.next(), got_lines.next()) {
            (Some(e), Some(g)) if e == g => number += 1,
            (e, g) => {
                let show = |line: Option<&str>| {
                    line.map_or_else(|| "<end of output>".to_string(), excerpt)
                };
                return Some(format!(
                    "line {number}: expected {} got {}",
                    show(e),
                    show(g)
                ));
            }
        }
    }
}

/// A line quoted with escapes, shortened so a failure stays on one screen line.
fn excerpt(line: &str) -> String {
    if line.chars().count() > EXCERPT_CHARS {
        let head: String = line.chars().take(EXCERPT_CHARS).collect();
        format!("{head:?}…")
    } else {
        format!("{line:?}")
    }
}
