//! A coroutine nobody awaited: after CPython's `RuntimeWarning: coroutine '…' was never
//! awaited` (and its tracemalloc line), pyco draws the call that made the coroutine, marked,
//! with the hint to add `await`. The mark must sit under the call, whatever the statement
//! around it, and wherever the coroutine is finally dropped.

use std::path::PathBuf;
use std::process::Command;

/// Runs `pyco ARGS... NAME` on `program`, written to a file `name` of a directory of its
/// own.
fn pyco_on(name: &str, program: &str, args: &[&str]) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("pyco-forgotten-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, program).expect("program written");
    Command::new(env!("CARGO_BIN_EXE_pyco"))
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .args(args)
        .arg(name)
        .output()
        .expect("pyco runs")
}

/// Runs `program` from a file; returns its stderr.
fn stderr_of(name: &str, program: &str) -> String {
    String::from_utf8_lossy(&pyco_on(name, program, &[]).stderr).into_owned()
}

/// The marked text of the picture: the columns of the source line that the underline
/// (`─`, `┬`) spans, under the line numbered `line`.
fn marked(stderr: &str, line: usize) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("{line} │")))
        .unwrap_or_else(|| panic!("no source line {line} in\n{stderr}"));
    let source: Vec<char> = lines[at].chars().collect();
    let under: Vec<char> = lines[at + 1].chars().collect();
    let columns: Vec<usize> = (0..under.len())
        .filter(|&i| matches!(under[i], '─' | '┬') && i < source.len())
        .filter(|&i| {
            i > lines[at]
                .find('│')
                .map_or(0, |b| lines[at][..b].chars().count())
        })
        .collect();
    let (first, last) = (columns[0], *columns.last().expect("an underline"));
    source[first..=last].iter().collect()
}

#[test]
fn the_call_of_a_statement_is_marked_with_the_hint() {
    let err = stderr_of(
        "forgot.py",
        "import asyncio\n\nasync def job(n):\n    print('job', n)\n\nasync def main():\n    job(1)\n    print('main done')\n\nasyncio.run(main())\n",
    );
    assert!(
        err.contains("/forgot.py:7: RuntimeWarning: coroutine 'job' was never awaited\n  job(1)\n"),
        "CPython's warning comes first:\n{err}"
    );
    assert!(err.contains("add 'await'"), "{err}");
    assert_eq!(marked(&err, 7), "job(1)");
}

#[test]
fn a_call_inside_a_statement_is_marked_where_it_was_made() {
    let err = stderr_of(
        "kept.py",
        "import asyncio\n\nclass Client:\n    async def fetch(self, url, retries=(1, 2)):\n        return url\n\n    async def refresh(self):\n        pending = self.fetch('a', (3, 4))  # made here\n        print('made it')\n        del pending\n        print('dropped it')\n\nasyncio.run(Client().refresh())\n",
    );
    // CPython points at the line where the coroutine was dropped; pyco's picture at the
    // call that made it.
    assert!(
        err.contains("/kept.py:10: RuntimeWarning: coroutine 'Client.fetch' was never awaited\n"),
        "{err}"
    );
    assert_eq!(marked(&err, 8), "self.fetch('a', (3, 4))");
}

#[test]
fn a_coroutine_made_at_module_level_is_marked_too() {
    let err = stderr_of(
        "top.py",
        "async def job():\n    pass\n\nresult = [job()]\nprint(len(result))\n",
    );
    assert!(
        err.contains("sys:1: RuntimeWarning: coroutine 'job' was never awaited"),
        "{err}"
    );
    assert_eq!(marked(&err, 4), "job()");
}

/// `pyco --check FILE`: its exit code and the lines it warns at.
fn check(name: &str, program: &str) -> (Option<i32>, Vec<usize>, String) {
    let out = pyco_on(name, program, &["--check"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let lines = err
        .lines()
        .filter_map(|l| l.split(&format!("{name}:")).nth(1))
        .filter_map(|rest| rest.split(':').next()?.parse().ok())
        .collect();
    (out.status.code(), lines, err)
}

#[test]
fn check_warns_at_each_call_whose_coroutine_is_thrown_away() {
    let program = "\
import asyncio


async def job(n):
    await asyncio.sleep(n)


def helper():
    job(3)


class Worker:
    async def refresh(self):
        pass

    async def run(this):
        this.refresh()
        await this.refresh()
        if True:
            this.refresh()

    def sync(self):
        self.refresh()


async def main():
    job(1)
    await job(2)
    asyncio.sleep(1)
    x = job(4)
    await x


job(5)
asyncio.run(main())
";
    let (code, lines, err) = check("thrown.py", program);
    assert_eq!(code, Some(0), "warnings do not fail the check:\n{err}");
    assert_eq!(lines, vec![9, 17, 20, 23, 27, 29, 34], "\n{err}");
    assert!(err.contains("add 'await' before this call"), "{err}");
    assert!(err.contains("asyncio.run()"), "outside an async def: {err}");
}

#[test]
fn check_is_quiet_where_the_callee_is_not_known_to_be_async() {
    let program = "\
import asyncio
import functools


def wrap(f):
    @functools.wraps(f)
    def inner(*args):
        return asyncio.run(f(*args))
    return inner


@wrap
async def decorated():
    pass


async def rebound():
    pass

rebound = print


async def shadowed():
    pass


class Other:
    async def refresh(self):
        pass


def local_shadow(shadowed):
    shadowed()


async def main(other):
    decorated()
    rebound('x')
    other.refresh()
    print(shadowed)
    asyncio.get_running_loop()

asyncio.run(main(Other()))
";
    let (code, lines, err) = check("quiet.py", program);
    assert_eq!((code, lines), (Some(0), vec![]), "\n{err}");
}
