//! Deadlocks explained, not hung: every program of `tests/deadlocks/` ends (CPython would
//! wait for ever) with exit code 1 and pyco's report on stderr — a picture of each waiting
//! task's `await`, what it waits on in Python's terms, and a hint per kind of deadlock.
//!
//! The reports are pyco's own output: `NAME.report` is the stderr of `pyco --virtual-time
//! NAME.py` with the program's directory taken out of paths, written by pyco
//! (`PYCO_BLESS=1 cargo test --test deadlocks`) and read by a person before it is committed;
//! a blessing run writes them and then fails. The output before the deadlock is CPython's:
//! each program prints what CPython prints before it hangs (checked by hand, as CPython never
//! ends them).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("deadlocks")
}

/// Runs `pyco --virtual-time NAME.py`: exit code and stderr, or a failure after 30 s.
fn run(name: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyco"))
        .current_dir(dir())
        .env("NO_COLOR", "1")
        .env_remove("PYCO_VIRTUAL_TIME")
        .args(["--virtual-time", name])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco runs");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code();
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("{name}: still running after 30 s: a hang, not a report");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let text = reader.join().expect("stderr read");
    let prefix = format!("{}/", dir().display());
    (code, text.replace(&prefix, ""))
}

#[test]
fn deadlocks_end_with_the_report() {
    let bless = std::env::var_os("PYCO_BLESS").is_some();
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("tests/deadlocks exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "expected the deadlock programs");
    let mut failures = Vec::new();
    for name in &names {
        let (code, report) = run(name);
        if code != Some(1) {
            failures.push(format!("{name}: exit code {code:?}, not 1"));
        }
        for part in [
            "pyco: deadlock",
            "waits here",
            "hint: ",
            "CPython would hang here",
        ] {
            if !report.contains(part) {
                failures.push(format!("{name}: no {part:?} in\n{report}"));
            }
        }
        let golden = dir().join(name).with_extension("report");
        if bless {
            std::fs::write(&golden, &report).expect("golden written");
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(want) if want == report => {}
            Ok(want) => failures.push(format!("{name}:\n--- want\n{want}--- got\n{report}")),
            Err(_) => failures.push(format!("{name}: no {}", golden.display())),
        }
    }
    assert!(
        !bless,
        "blessed {} reports: read them, then run without PYCO_BLESS",
        names.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
