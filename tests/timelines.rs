//! `--timeline` and `--trace`: the pictures and the event log of what the loop did, for the
//! programs of `tests/timelines/`.
//!
//! The charts and traces are pyco's own output, under `--virtual-time` (so they are the same
//! on every machine): `NAME.timeline` is the stderr of `pyco --virtual-time --timeline
//! NAME.py` at 72 columns, `NAME.trace` that of `pyco --virtual-time --trace NAME.py`. They
//! are written by pyco (`PYCO_BLESS=1 cargo test --test timelines`) and read by a person
//! before they are committed; a blessing run writes them and then fails, so it never
//! passes unnoticed. The program's own output, with and without the flags, must be
//! CPython's: `NAME.out`, written by `tests/regen-goldens` from `python3`.
//!
//! The rest holds for every program, whatever the goldens say: a chart never exceeds the
//! width it is given, the SVG is well-formed XML with a group per task, and recording
//! changes nothing the program prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("timelines")
}

fn programs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("tests/timelines exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "expected a dozen timeline programs");
    names
}

fn pyco(args: &[&str], columns: usize) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyco"))
        .current_dir(dir())
        .env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string())
        .env_remove("PYCO_VIRTUAL_TIME")
        .args(args)
        .output()
        .expect("pyco runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn charts_and_traces_match_their_goldens() {
    let bless = std::env::var_os("PYCO_BLESS").is_some();
    let mut failures = Vec::new();
    let mut written = 0;
    for name in programs() {
        let plain = pyco(&["--virtual-time", &name], 72);
        let cpython = std::fs::read_to_string(dir().join(&name).with_extension("out"))
            .expect("NAME.out, from tests/regen-goldens");
        if text(&plain.stdout) != cpython || plain.status.code() != Some(0) {
            failures.push(format!("{name}: the output is not CPython's"));
        }
        for (flag, extension) in [("--timeline", "timeline"), ("--trace", "trace")] {
            let out = pyco(&["--virtual-time", flag, &name], 72);
            if out.stdout != plain.stdout || out.status.code() != plain.status.code() {
                failures.push(format!("{name}: {flag} changed what the program printed"));
            }
            let got = text(&out.stderr);
            let golden = dir().join(&name).with_extension(extension);
            if bless {
                std::fs::write(&golden, &got).expect("golden written");
                written += 1;
                continue;
            }
            match std::fs::read_to_string(&golden) {
                Ok(want) if want == got => {}
                Ok(want) => failures.push(format!(
                    "{name} {flag}: differs from {}\n--- want\n{want}--- got\n{got}",
                    golden.display()
                )),
                Err(_) => failures.push(format!("{name}: no {}", golden.display())),
            }
        }
    }
    assert!(
        !bless,
        "blessed {written} goldens: read them, then run without PYCO_BLESS"
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_chart_never_exceeds_its_width() {
    for name in programs() {
        for width in [20, 31, 47, 64, 100, 180] {
            let out = pyco(&["--virtual-time", "--timeline", &name], width);
            let chart = text(&out.stderr);
            assert!(chart.lines().count() > 3, "{name}: no chart:\n{chart}");
            for line in chart.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{name} at {width} columns: a line of {}:\n{line}",
                    line.chars().count()
                );
            }
        }
    }
}

/// The number of tasks the chart's header gives: `timeline of X: N tasks over ...`.
fn tasks_in_header(chart: &str) -> usize {
    let header = chart.lines().next().unwrap_or_default();
    let after = header.split(": ").nth(1).unwrap_or_default();
    match after.split(' ').next() {
        Some("no") => 0,
        n => n
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no task count in {header:?}")),
    }
}

#[test]
fn the_svg_is_xml_with_a_row_per_task() {
    let out_dir = std::env::temp_dir().join(format!("pyco-timelines-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    for name in programs() {
        let chart = text(&pyco(&["--virtual-time", "--timeline", &name], 100).stderr);
        let tasks = tasks_in_header(&chart);
        let file = out_dir.join(name.replace(".py", ".svg"));
        let flag = format!("--timeline={}", file.display());
        let out = pyco(&["--virtual-time", &flag, &name], 100);
        assert!(
            text(&out.stderr).contains("timeline of"),
            "{name}: no word of the file written: {}",
            text(&out.stderr)
        );
        let svg = std::fs::read_to_string(&file).expect("the SVG is written");
        let doc = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("{name}: the SVG is not XML: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        let rows: Vec<_> = root
            .descendants()
            .filter(|n| n.attribute("class") == Some("task"))
            .collect();
        assert_eq!(rows.len(), tasks, "{name}: a group per task");
        for row in &rows {
            let label = row
                .descendants()
                .find(|n| n.has_tag_name("text"))
                .and_then(|n| n.text())
                .unwrap_or_default();
            let task = row.attribute("data-name").unwrap_or_default();
            assert!(
                label.starts_with(task),
                "{name}: row {task} labelled {label:?}"
            );
            // Every span says what it was, with its times, when hovered.
            let spans: Vec<_> = row.children().filter(|n| n.has_tag_name("rect")).collect();
            assert!(!spans.is_empty(), "{name}: row {task} has no spans");
            for span in spans {
                let title = span
                    .children()
                    .find(|n| n.has_tag_name("title"))
                    .and_then(|n| n.text())
                    .unwrap_or_default();
                assert!(
                    title.starts_with(&format!("{task}: "))
                        && title.contains(" from ")
                        && title.contains(" to "),
                    "{name}: span title {title:?}"
                );
            }
        }
    }
    let page = out_dir.join("page.html");
    let flag = format!("--timeline={}", page.display());
    pyco(&["--virtual-time", &flag, "gather.py"], 100);
    let html = std::fs::read_to_string(&page).expect("the page is written");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn the_real_clock_draws_the_same_rows() {
    let out = pyco(&["--timeline", "concurrent_tasks.py"], 80);
    let chart = text(&out.stderr);
    assert!(chart.contains("(real time)"), "{chart}");
    assert_eq!(tasks_in_header(&chart), 3);
    for row in [
        "Task-1  main()",
        "Task-2  say_after()",
        "Task-3  say_after()",
    ] {
        let line = chart
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_else(|| panic!("no row {row} in\n{chart}"));
        assert!(line.contains('█') && line.ends_with("done"), "{line}");
    }
}

#[test]
fn a_picture_file_must_be_svg_or_html() {
    let out = pyco(&["--timeline=chart.png", "gather.py"], 80);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("FILE.svg"),
        "{}",
        text(&out.stderr)
    );
}

/// The README's timelines are what pyco draws: each block opened by a line
/// `$ pyco --virtual-time --timeline examples/NAME.py >/dev/null` holds its stderr at 72
/// columns.
#[test]
fn the_readme_timelines_are_what_pyco_draws() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let mut lines = readme.lines();
    let mut checked = 0;
    while let Some(line) = lines.next() {
        let Some(command) = line.strip_prefix("$ pyco --virtual-time --timeline ") else {
            continue;
        };
        let program = command.trim_end_matches(" >/dev/null");
        let want: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let out = Command::new(env!("CARGO_BIN_EXE_pyco"))
            .current_dir(root)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "72")
            .args(["--virtual-time", "--timeline", program])
            .output()
            .expect("pyco runs");
        let got = text(&out.stderr);
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            want,
            "README's timeline of {program}"
        );
        checked += 1;
    }
    assert!(
        checked >= 2,
        "the README shows the sync and the async timelines"
    );
}

/// Colour (`--color always`) only paints: without its escapes, the chart is the plain one.
#[test]
fn colour_only_paints() {
    let plain = text(&pyco(&["--virtual-time", "--timeline", "failing_task.py"], 80).stderr);
    let out = Command::new(env!("CARGO_BIN_EXE_pyco"))
        .current_dir(dir())
        .env("COLUMNS", "80")
        .args([
            "--color",
            "always",
            "--virtual-time",
            "--timeline",
            "failing_task.py",
        ])
        .output()
        .expect("pyco runs");
    let painted = text(&out.stderr);
    assert!(
        painted.contains("\x1b[32m█"),
        "running is green:\n{painted}"
    );
    assert!(
        painted.contains("\x1b[31m✗"),
        "a failure is red:\n{painted}"
    );
    let mut stripped = String::new();
    let mut rest = painted.as_str();
    while let Some(at) = rest.find('\x1b') {
        stripped.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("an escape ends in m");
        rest = &rest[at + end + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
}

#[test]
fn a_picture_that_cannot_be_written_is_an_error() {
    let out = pyco(
        &[
            "--virtual-time",
            "--timeline=no/such/dir/chart.svg",
            "gather.py",
        ],
        80,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("can't write the timeline to no/such/dir/chart.svg"),
        "{}",
        text(&out.stderr)
    );
}
