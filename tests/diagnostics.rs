//! pyco's own rendering of syntax errors, as golden text: `tests/diagnostics/NAME.py` beside
//! `NAME.diag` (the whole stderr of `pyco --check NAME.py` without colour). These goldens are
//! pyco's own output, so they are written by pyco (`PYCO_BLESS=1 cargo test --test
//! diagnostics`) and read by a person before they are committed. A blessing run writes the
//! goldens and then fails, saying how many it wrote, so it can never pass unnoticed (in CI
//! or anywhere else): run again without `PYCO_BLESS` to test.

use std::path::Path;
use std::process::Command;

#[test]
fn rendered_syntax_errors_match_their_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("diagnostics");
    let bless = std::env::var_os("PYCO_BLESS").is_some();
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/diagnostics exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 10, "expected the diagnostic programs");
    let mut failures = Vec::new();
    for program in &programs {
        let name = program
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let out = Command::new(env!("CARGO_BIN_EXE_pyco"))
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .args(["--check", &name])
            .output()
            .expect("pyco runs");
        assert_eq!(out.status.code(), Some(1), "{name}: --check must fail");
        let got = String::from_utf8_lossy(&out.stderr).into_owned();
        let golden = program.with_extension("diag");
        if bless {
            std::fs::write(&golden, &got).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(
        !bless,
        "PYCO_BLESS: wrote {} goldens from pyco's own output; read `git diff tests/diagnostics`, \
         then run again without PYCO_BLESS",
        programs.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
