//! The command line: flags, exit codes, stdin, closed pipes, colour, Ctrl-C.

#[path = "support/stderr.rs"]
#[allow(dead_code)]
mod stderr;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pyco() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyco"));
    c.env("NO_COLOR", "1").env_remove("PYCO_VIRTUAL_TIME");
    c
}

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = pyco()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("pyco finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_program(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyco-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write program");
    path
}

#[test]
fn dash_c_runs_a_string_with_argv() {
    let (code, out, _) = run(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"], "");
    assert_eq!(code, 0);
    assert_eq!(out, "['-c', 'a', 'b'] 42\n");
}

#[test]
fn program_from_stdin_with_dash_and_without_a_file() {
    let (code, out, _) = run(&["-"], "import sys\nprint(sys.argv, 'piped')\n");
    assert_eq!((code, out.as_str()), (0, "['-'] piped\n"));
    let (code, out, _) = run(&[], "print('no file')\n");
    assert_eq!((code, out.as_str()), (0, "no file\n"));
}

#[test]
fn file_argv_is_as_cpython_gives_it() {
    let path = temp_program("argv.py", "import sys\nprint(sys.argv[1:])\n");
    let p = path.to_string_lossy().into_owned();
    let (code, out, _) = run(&[&p, "x", "--flag"], "");
    assert_eq!((code, out.as_str()), (0, "['x', '--flag']\n"));
}

#[test]
fn missing_file_is_exit_2_with_cpythons_message() {
    let (code, _, err) = run(&["no_such_file_here.py"], "");
    assert_eq!(code, 2);
    assert!(err.starts_with("pyco: can't open file '"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("no_such_file_here.py': [Errno 2] No such file or directory"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["--no-such-flag"], "");
    assert_eq!(code, 2);
    assert!(err.contains("Usage"), "{err}");
    let (code, _, _) = run(&["--color", "sometimes", "-c", "pass"], "");
    assert_eq!(code, 2);
}

#[test]
fn version_and_help() {
    let (code, out, _) = run(&["--version"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("pyco "), "{out}");
    let (code, out, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    assert!(
        out.contains("--virtual-time") && out.contains("--check"),
        "{out}"
    );
}

#[test]
fn a_script_given_by_a_relative_path_is_named_by_its_absolute_path() {
    // As CPython 3.11 names it in tracebacks and task reprs; sys.argv[0] stays as given.
    let path = temp_program("where.py", "import sys\nprint(sys.argv[0])\n1/0\n");
    let dir = path.parent().expect("a directory");
    let out = pyco()
        .arg("where.py")
        .current_dir(dir)
        .output()
        .expect("pyco runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout, "where.py\n");
    let absolute = std::fs::canonicalize(&path).expect("the program exists");
    let expected = format!("File \"{}\", line 3, in <module>", absolute.display());
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn uncaught_exception_is_exit_1_with_traceback() {
    let (code, out, err) = run(&["-c", "print('before')\n1/0"], "");
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert_eq!(
        err.trim_end().lines().last(),
        Some("ZeroDivisionError: division by zero")
    );
}

#[test]
fn check_reports_every_file_and_runs_nothing() {
    let good = temp_program("good.py", "print('should not run')\n");
    let bad = temp_program("bad.py", "def f(:\n    pass\n");
    let (code, out, err) = run(
        &["--check", &good.to_string_lossy(), &bad.to_string_lossy()],
        "",
    );
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("SyntaxError"), "{err}");
    let (code, out, err) = run(&["--check", &good.to_string_lossy()], "");
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

#[test]
fn check_reports_the_errors_of_every_file() {
    let first = temp_program("first_bad.py", "x = 1\nif x\n    pass\n");
    let second = temp_program("second_bad.py", "print('fine')\nreturn 5\n");
    let third = temp_program("third_bad.py", "async def f():\n    pass\nawait f()\n");
    let (code, out, err) = run(
        &[
            "--check",
            &first.to_string_lossy(),
            &second.to_string_lossy(),
            &third.to_string_lossy(),
        ],
        "",
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, "", "nothing runs");
    for (file, message) in [
        ("first_bad.py", "SyntaxError: expected ':'"),
        ("second_bad.py", "SyntaxError: 'return' outside function"),
        ("third_bad.py", "SyntaxError: 'await' outside function"),
    ] {
        assert!(err.contains(file), "{file} named: {err}");
        assert!(err.contains(message), "{message}: {err}");
    }
    // In the order given.
    let at = |needle: &str| err.find(needle).unwrap_or(usize::MAX);
    assert!(at("first_bad.py") < at("second_bad.py") && at("second_bad.py") < at("third_bad.py"));
}

/// Runs pyco with its stdin, stdout and stderr on a pseudo-terminal, as in a shell, and
/// returns everything it wrote there.
fn run_on_terminal(args: &[&str], no_color: bool) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyco"));
    command.args(args).env_remove("PYCO_VIRTUAL_TIME");
    if no_color {
        command.env("NO_COLOR", "1");
    } else {
        command.env_remove("NO_COLOR");
    }
    let mut session = rexpect::session::spawn_command(command, Some(30_000)).expect("pty");
    session.exp_eof().expect("pyco ends")
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let bad = ["-c", "print((1"];
    let on_terminal = run_on_terminal(&bad, false);
    assert!(on_terminal.contains("SyntaxError"), "{on_terminal}");
    assert!(
        on_terminal.contains('\u{1b}'),
        "auto colours a terminal: {on_terminal:?}"
    );
    let no_color = run_on_terminal(&bad, true);
    assert!(no_color.contains("SyntaxError"), "{no_color}");
    assert!(
        !no_color.contains('\u{1b}'),
        "NO_COLOR is respected: {no_color:?}"
    );
    let never = run_on_terminal(&["--color", "never", "-c", "print((1"], false);
    assert!(never.contains("SyntaxError"), "{never}");
    assert!(!never.contains('\u{1b}'), "--color never: {never:?}");
}

#[test]
fn colour_always_even_into_a_pipe_and_never_by_default_there() {
    let (_, _, err) = run(&["--color", "always", "-c", "print((1"], "");
    assert!(err.contains('\u{1b}'), "colour was asked for: {err}");
    let mut command = pyco();
    command.env_remove("NO_COLOR");
    let out = command
        .args(["-c", "print((1"])
        .output()
        .expect("pyco runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("SyntaxError") && !err.contains('\u{1b}'),
        "{err}"
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    let (child, stdout) =
        start_and_read("i = 0\nwhile i < 200000:\n    print(i)\n    i += 1\n", 16);
    drop(stdout);
    let out = child.wait_with_output().expect("pyco finishes");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "nothing on stderr"
    );
    assert_eq!(out.status.code(), Some(0), "status 0, as the README says");
}

#[test]
fn virtual_time_flag_and_environment_skip_the_waiting() {
    let program = "import asyncio, time\nasync def main():\n    t = time.monotonic()\n    await asyncio.sleep(30)\n    print(round(time.monotonic() - t))\nasyncio.run(main())\n";
    let started = Instant::now();
    let (code, out, _) = run(&["--virtual-time", "-c", program], "");
    assert_eq!((code, out.as_str()), (0, "30\n"));
    let mut c = pyco();
    let out = c
        .env("PYCO_VIRTUAL_TIME", "1")
        .args(["-c", program])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "30\n");
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn ctrl_c_cancels_the_main_task_then_raises_keyboard_interrupt() {
    let program = temp_program(
        "sigint.py",
        "import asyncio\nasync def main():\n    try:\n        print('waiting', flush=True)\n        await asyncio.sleep(30)\n    finally:\n        print('cleanup ran')\nasyncio.run(main())\n",
    );
    let mut child = pyco()
        .arg(&program)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut line = [0u8; 8];
    stdout.read_exact(&mut line).expect("program started");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read rest");
    let out = child.wait_with_output().expect("pyco finishes");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(rest, "cleanup ran\n");
    assert_eq!(
        err.trim_end().lines().last(),
        Some("KeyboardInterrupt"),
        "{err}"
    );
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(2),
        "dies of SIGINT as CPython does (shell: 130)"
    );
}

/// Bad input of every kind ends with a clear error, never a panic, overflow or hang.
fn assert_clean_failure(path: &std::path::Path, last_line: &str) {
    let out = pyco().arg(path).output().expect("pyco runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("overflow"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().last(), Some(last_line), "{err}");
}

#[test]
fn never_crash_on_hostile_programs() {
    let deep_parens = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_clean_failure(
        &temp_program("parens.py", &deep_parens),
        "SyntaxError: too many nested parentheses",
    );
    let long_sum = format!("x = {}\n", vec!["1"; 1_000_000].join("+"));
    assert_clean_failure(
        &temp_program("long.py", &long_sum),
        "RecursionError: maximum recursion depth exceeded during compilation",
    );
    assert_clean_failure(
        &temp_program("recurse.py", "def f(n):\n    return f(n + 1)\nf(0)\n"),
        "RecursionError: maximum recursion depth exceeded",
    );
    assert_clean_failure(
        &temp_program(
            "await_recurse.py",
            "import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n",
        ),
        "RecursionError: maximum recursion depth exceeded",
    );
    let dir = std::env::temp_dir().join(format!("pyco-cli-{}", std::process::id()));
    let bad_utf8 = dir.join("latin1.py");
    std::fs::write(&bad_utf8, b"print('caf\xe9')\n").expect("write");
    let out = pyco().arg(&bad_utf8).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError"));
}

/// No `:` in the alphabet, so no loop or function can form: every random program ends.
const ALPHABET: &[u8] = b" ()[]{}=+-*/%.,'\"#\\abcdefxyz0123456789ifdefwhileasyncawait";

#[test]
fn never_crash_on_random_bytes() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..40 {
        let mut bytes = Vec::new();
        for _ in 0..(50 + round * 20) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Mostly printable ASCII with Python punctuation, some newlines and raw bytes.
            let b = match seed % 10 {
                0 => b'\n',
                1 => (seed >> 8) as u8,
                _ => ALPHABET[(seed >> 16) as usize % ALPHABET.len()],
            };
            bytes.push(b);
        }
        let path = std::env::temp_dir()
            .join(format!("pyco-cli-{}", std::process::id()))
            .join("random.py");
        std::fs::write(&path, &bytes).expect("write");
        let out = pyco()
            .arg(&path)
            .stdin(Stdio::null())
            .output()
            .expect("pyco runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "round {round}: {err}");
        assert!(
            matches!(out.status.code(), Some(0..=2)),
            "round {round}: {:?} {err}",
            out.status
        );
    }
}

#[test]
fn subclassing_a_builtin_type_is_refused_clearly() {
    for (code, shown) in [
        (
            "class L(list): pass",
            "subclassing 'list' is not supported by pyco yet",
        ),
        (
            "import asyncio\nclass E(asyncio.Event): pass",
            "subclassing 'asyncio.locks.Event' is not supported by pyco yet",
        ),
    ] {
        let (status, _, err) = run(&["-c", code], "");
        assert_eq!(status, 1);
        assert_eq!(
            err.trim_end().lines().last(),
            Some(format!("TypeError: {shown}").as_str())
        );
    }
}

/// Deep recursion: a traceback line repeated more than three times in a row is counted, not
/// printed, with CPython's wording (singular and plural); the expected text is CPython 3.11's.
#[test]
fn repeated_traceback_lines_are_counted_as_cpython_does() {
    let program = "\ndef f(n):\n    return f(n + 1) if n >= 0 else 0\nf(0)";
    let (code, _, stderr) = run(&["-c", program], "");
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n  \
         File \"<string>\", line 3, in f\n  File \"<string>\", line 3, in f\n  \
         File \"<string>\", line 3, in f\n  [Previous line repeated 996 more times]\n\
         RecursionError: maximum recursion depth exceeded\n"
    );
    let program =
        "\ndef f(n):\n    if n < 4:\n        return f(n + 1)\n    raise ValueError(n)\nf(0)";
    let (code, _, stderr) = run(&["-c", program], "");
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "Traceback (most recent call last):\n  File \"<string>\", line 6, in <module>\n  \
         File \"<string>\", line 4, in f\n  File \"<string>\", line 4, in f\n  \
         File \"<string>\", line 4, in f\n  [Previous line repeated 1 more time]\n  \
         File \"<string>\", line 5, in f\nValueError: 4\n"
    );
}

/// A program that must end on its own: its exit code, stdout and stderr, or a panic after
/// `limit` (generous: the machine may be busy).
fn run_program(name: &str, text: &str, limit: Duration) -> (i32, String, String) {
    let path = temp_program(name, text);
    let child = pyco()
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco starts");
    let out = wait_or_kill(child, limit, name);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `pyco ARGS` under `ulimit -v KIB` (through `sh`), returning (exit code, stdout, stderr).
fn run_under_ulimit(kib: u32, args: &[&str]) -> (i32, String, String) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_pyco"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// CPython 3.11 crashes (segfault) hashing a tuple nested millions deep; pyco counts the
/// nesting against the recursion limit.
#[test]
fn hash_of_a_very_deep_tuple_is_a_recursion_error() {
    let program = "t = ()\nfor _ in range(2_000_000):\n    t = (t,)\ntry:\n    hash(t)\nexcept RecursionError as e:\n    print(e)\nprint(hash(((1,),)) == hash(((1,),)))\n";
    let (code, out, err) = run_program("deep_hash.py", program, Duration::from_secs(120));
    assert_eq!(
        (code, out.as_str()),
        (0, "maximum recursion depth exceeded\nTrue\n"),
        "{err}"
    );
}

/// Dropping containers nested millions deep must not overflow the native stack.
#[test]
fn dropping_very_deep_containers_does_not_crash() {
    let program = "t = ()\nfor _ in range(3_000_000):\n    t = (t,)\ndel t\nl = []\nfor _ in range(3_000_000):\n    l = [l]\nl = None\nd = {}\nfor _ in range(1_000_000):\n    d = {1: d}\nd = 0\nprint('ok')\n";
    let (code, out, err) = run_program("deep_drop.py", program, Duration::from_secs(120));
    assert_eq!((code, out.as_str()), (0, "ok\n"), "{err}");
}

/// Two tasks, each awaiting the other; the tests below add the body's last lines.
const AWAIT_CYCLE: &str = r#"import asyncio
async def main():
    async def a(): await tb
    async def b(): await ta
    ta = asyncio.ensure_future(a()); tb = asyncio.ensure_future(b())
"#;

/// Two tasks awaiting each other: CPython's `cancel()` recurses round the cycle into a
/// RecursionError. pyco breaks the cycle, so both tasks end cancelled.
#[test]
fn cancelling_tasks_that_await_each_other_cancels_both() {
    let program = format!(
        "{AWAIT_CYCLE}{}",
        r#"    await asyncio.sleep(0.01)
    print(ta.cancel(), ta.cancel())
    for name, t in [("a", ta), ("b", tb)]:
        try:
            await t
        except asyncio.CancelledError:
            print(name, "cancelled", t.cancelled())
asyncio.run(main())
"#
    );
    let (code, out, err) = run_program("await_cycle.py", &program, Duration::from_secs(60));
    assert_eq!(
        (code, out.as_str()),
        (0, "True True\na cancelled True\nb cancelled True\n"),
        "{err}"
    );
}

/// The same cycle met by the deadlock report: the report, then a clean shutdown (the
/// shutdown cancels both tasks), not a crash.
#[test]
fn tasks_awaiting_each_other_are_reported_as_a_deadlock() {
    let program = format!("{AWAIT_CYCLE}    await ta\nasyncio.run(main())\n");
    let (code, _, err) = run_program("await_cycle_deadlock.py", &program, Duration::from_secs(60));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("pyco: deadlock"), "{err}");
    assert!(
        err.contains("task 'Task-3' waits on task 'Task-2'"),
        "{err}"
    );
}

#[test]
fn starts_under_a_low_address_space_limit() {
    let (code, out, err) = run_under_ulimit(1_000_000, &["-c", "print('hi')"]);
    assert_eq!((code, out.as_str()), (0, "hi\n"), "{err}");
}

#[test]
fn a_huge_list_under_a_low_address_space_limit_is_a_memory_error() {
    let (code, _, err) = run_under_ulimit(1_000_000, &["-c", "[0] * 10**9"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.trim_end().lines().last(), Some("MemoryError"), "{err}");
}

/// Growth one item at a time passes no single-size check: the safe points catch it.
#[test]
fn gradual_growth_ends_in_memory_error_under_max_memory() {
    let list = "x = []\nwhile True:\n    x.append(0)\n";
    let queue = "import asyncio\nasync def main():\n    q = asyncio.Queue()\n    while True:\n        q.put_nowait(0)\nasyncio.run(main())\n";
    let caught = "x = []\ntry:\n    while True:\n        x.append([0] * 10)\nexcept MemoryError:\n    x = None\n    print('caught')\n";
    for (name, program) in [("grow_list.py", list), ("grow_queue.py", queue)] {
        let path = temp_program(name, program);
        let started = Instant::now();
        let out = pyco()
            .args(["--max-memory", "200M"])
            .arg(&path)
            .output()
            .expect("pyco runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert_eq!(err.trim_end().lines().last(), Some("MemoryError"), "{err}");
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{name} took too long"
        );
    }
    let path = temp_program("grow_caught.py", caught);
    let out = pyco()
        .args(["--max-memory", "100M"])
        .arg(&path)
        .output()
        .expect("pyco runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught\n");
}

#[test]
fn max_memory_takes_sizes_with_suffixes_and_refuses_others() {
    let (code, out, _) = run(
        &["--max-memory", "64M", "-c", "print(len('x' * 10**6))"],
        "",
    );
    assert_eq!((code, out.as_str()), (0, "1000000\n"));
    let (code, _, err) = run(&["--max-memory", "64M", "-c", "'x' * 10**8"], "");
    assert_eq!(code, 1);
    assert_eq!(err.trim_end().lines().last(), Some("MemoryError"), "{err}");
    let (code, _, err) = run(&["--max-memory", "lots", "-c", "1"], "");
    assert_eq!(code, 2);
    assert!(err.contains("invalid size 'lots'"), "{err}");
}

/// Results CPython would spend hours computing before failing are refused at once.
#[test]
fn powers_and_random_picks_too_large_for_memory_fail_at_once() {
    for program in [
        "10**10**12",
        "2**(2**64)",
        "import random; random.choices([1], k=10**12)",
    ] {
        let (code, _, err) = run(&["-c", program], "");
        assert_eq!(code, 1, "{program}: {err}");
        assert_eq!(err.trim_end().lines().last(), Some("MemoryError"), "{err}");
    }
}

/// `round(int, -places)` with an enormous `places`: CPython builds 10**places and never finishes;
/// pyco answers 0 at once (the true result), and `-2**63` places does not overflow a negation.
#[test]
fn round_int_to_enormous_negative_places_is_zero() {
    let program = "print(round(5, -2**63), round(-7, -10**18), round(2**70, -(2**63 - 1)))";
    let (code, out, err) = run(&["-c", program], "");
    assert_eq!((code, out.as_str()), (0, "0 0 0\n"), "{err}");
}

/// Waits for `child` at most `limit`; kills it and fails the test if it is still running.
fn wait_or_kill(
    mut child: std::process::Child,
    limit: Duration,
    what: &str,
) -> std::process::Output {
    let started = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("pyco finishes")
}

#[test]
fn endless_printing_into_a_closed_pipe_ends_quietly() {
    for (program, closed_is_stderr) in [
        ("while True: print()", false),
        ("import sys\nwhile True: print('x', file=sys.stderr)", true),
        ("import sys\nwhile True: sys.stdout.write('x')", false),
    ] {
        let mut child = pyco()
            .args(["-c", program])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pyco starts");
        // What `| head -1` does: read a little, then close the pipe.
        let mut first = [0u8; 1];
        if closed_is_stderr {
            let mut stderr = child.stderr.take().expect("stderr");
            stderr.read_exact(&mut first).expect("some output");
        } else {
            let mut stdout = child.stdout.take().expect("stdout");
            stdout.read_exact(&mut first).expect("some output");
        }
        let out = wait_or_kill(child, Duration::from_secs(60), program);
        assert_eq!(out.status.code(), Some(0), "{program}: ends quietly");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("Traceback") && !err.contains("panicked"),
            "{err}"
        );
    }
}

/// Starts `pyco -c program` with stdout and stderr piped and waits for its first `bytes`
/// bytes of output; returns the running child and its stdout.
fn start_and_read(program: &str, bytes: usize) -> (std::process::Child, std::process::ChildStdout) {
    let mut child = pyco()
        .args(["-c", program])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = vec![0u8; bytes];
    stdout.read_exact(&mut first).expect("program started");
    (child, stdout)
}

/// Starts `pyco -c program`, waits for its first three bytes of output (the program prints
/// `go` when it is under way), lets it run `pause` more, then sends it SIGINT (Ctrl-C).
fn start_then_interrupt(
    program: &str,
    pause: Duration,
) -> (std::process::Child, std::process::ChildStdout) {
    let (child, stdout) = start_and_read(program, 3);
    std::thread::sleep(pause);
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    (child, stdout)
}

#[test]
fn ctrl_c_stops_long_loops_inside_builtins() {
    for program in [
        "print('go', flush=True)\nsum(range(10**13))",
        "print('go', flush=True)\nsorted(range(10**8, 0, -1))",
        "print('go', flush=True)\nany(x < 0 for x in range(10**13))",
    ] {
        let (child, _stdout) = start_then_interrupt(program, Duration::from_millis(500));
        let out = wait_or_kill(child, Duration::from_secs(60), program);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err.trim_end().lines().last(),
            Some("KeyboardInterrupt"),
            "{program}: {err}"
        );
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(2), "{program}: dies of SIGINT");
    }
}

#[test]
fn endless_asyncio_sleeps_end_under_the_virtual_clock_or_report_a_deadlock() {
    // A far deadline (1e8 s, 1e300 s) is reached by the virtual clock instead of spinning
    // below it; an infinite one can never fire, so the loop reports the deadlock CPython
    // would hang in, under either clock.
    for (flags, duration, expected_code) in [
        (&["--virtual-time"][..], "1e8", 0),
        (&["--virtual-time"][..], "1e300", 0),
        (&["--virtual-time"][..], "float('inf')", 1),
        (&[][..], "float('inf')", 1),
    ] {
        let program =
            format!("import asyncio\nasyncio.run(asyncio.sleep({duration}))\nprint('woke')");
        let child = pyco()
            .args(flags)
            .args(["-c", &program])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pyco starts");
        let out = wait_or_kill(child, Duration::from_secs(60), &program);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(expected_code), "{program}: {err}");
        if expected_code == 1 {
            assert!(err.contains("deadlock"), "{err}");
        } else {
            assert_eq!(String::from_utf8_lossy(&out.stdout), "woke\n");
        }
    }
}

/// asyncio features that need threads, sockets, subprocesses or signal handlers fail with
/// `NotImplementedError` naming the feature and the reason, never an `AttributeError`.
#[test]
fn asyncio_features_pyco_lacks_say_why() {
    let program = "\
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    calls = [
        lambda: asyncio.to_thread(print),
        lambda: loop.run_in_executor(None, print),
        lambda: asyncio.run_coroutine_threadsafe(main(), loop),
        lambda: asyncio.open_connection('localhost', 80),
        lambda: asyncio.create_subprocess_exec('ls'),
        lambda: loop.add_signal_handler(2, print),
        lambda: loop.set_task_factory(lambda loop, coro: None),
    ]
    for call in calls:
        try:
            call()
        except NotImplementedError as e:
            print(e)
asyncio.run(main())
";
    let (code, out, err) = run_program("unsupported_asyncio.py", program, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "\
asyncio.to_thread() is not supported by pyco: pyco has no threads
loop.run_in_executor() is not supported by pyco: pyco has no threads
asyncio.run_coroutine_threadsafe() is not supported by pyco: pyco has no threads
asyncio.open_connection() is not supported by pyco: pyco has no network I/O
asyncio.create_subprocess_exec() is not supported by pyco: pyco cannot start subprocesses
loop.add_signal_handler() is not supported by pyco: pyco cannot install signal handlers
loop.set_task_factory() is not supported by pyco: its loop always makes its own tasks
"
    );
}

/// "coroutine 'f' was never awaited" in CPython's form: the file and line of the frame
/// running when the coroutine goes (a call's line once the callee returns, the loop's own
/// callback line for a task's frame), the source line, the tracemalloc hint; once per place.
#[test]
fn never_awaited_warnings_name_the_line_running() {
    let program = "\
import asyncio
async def f():
    return 5
def g():
    c = f()
    return 1
g()
for i in range(3):
    f()
async def main():
    c = f()
    await asyncio.sleep(0)
    return 3
asyncio.run(main())
print('end')
";
    let path = temp_program("never_awaited.py", program);
    let out = pyco().arg(&path).output().expect("pyco runs");
    let err = String::from_utf8_lossy(&out.stderr);
    let file = path.display();
    let hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback";
    // After each warning, pyco's note draws the statement that made the coroutine.
    let notes: Vec<&str> = err
        .lines()
        .filter(|l| l.trim_start().starts_with('\u{256d}'))
        .collect();
    assert_eq!(notes.len(), 3, "{err}");
    for (note, line) in notes.iter().zip([5, 9, 11]) {
        assert!(
            note.contains(&format!("never_awaited.py:{line}:")),
            "{note}"
        );
    }
    let cpython = format!(
        "\
{file}:7: RuntimeWarning: coroutine 'f' was never awaited
  g()
{hint}
{file}:9: RuntimeWarning: coroutine 'f' was never awaited
  f()
{hint}
/usr/lib/python3.11/asyncio/events.py:80: RuntimeWarning: coroutine 'f' was never awaited
  self._context.run(self._callback, *self._args)
{hint}
"
    );
    assert_eq!(stderr::normalise(&err), stderr::normalise(&cpython));
}

#[test]
fn an_asynchronous_generator_expression_is_refused_clearly() {
    let code = "import asyncio\n\
                async def f(x):\n    return x\n\
                async def main():\n    print(sum(await f(x) for x in range(3)))\n\
                asyncio.run(main())\n";
    let (status, out, err) = run(&["-c", code], "");
    assert_eq!(status, 1);
    assert_eq!(out, "");
    assert!(
        err.trim_end().ends_with(
            "SyntaxError: asynchronous generator expressions ('await' inside a generator \
             expression) are not supported by pyco; use a list comprehension"
        ),
        "{err}"
    );
}

// ----- what the README promises ---------------------------------------------------------

#[test]
fn a_deadlock_on_an_event_nobody_sets_is_reported_not_hung() {
    let program = "\
import asyncio
async def waiter(event):
    await event.wait()
async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event), waiter(event))
asyncio.run(main())
";
    let (code, out, err) = run_program("event_deadlock.py", program, Duration::from_secs(60));
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("pyco: deadlock"), "{err}");
    assert!(err.contains("CPython would hang here"), "{err}");
    for task in ["Task-1", "Task-2", "Task-3"] {
        assert!(
            err.contains(&format!("task '{task}' waits on")),
            "{task}: {err}"
        );
    }
}

#[test]
fn asyncio_wait_takes_coroutines_as_python_3_10_did() {
    let program = "\
import asyncio
async def job(n):
    await asyncio.sleep(n / 100)
    return n
async def main():
    done, pending = await asyncio.wait([job(1), job(2), job(3)])
    print(sorted(t.result() for t in done), pending)
    done, pending = await asyncio.wait([job(1), job(50)], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
asyncio.run(main())
";
    let (code, out, err) = run(&["--virtual-time", "-c", program], "");
    assert_eq!(
        (code, out.as_str()),
        (0, "[1, 2, 3] set()\n[1] 1\n"),
        "{err}"
    );
    assert!(!err.contains("never awaited"), "{err}");
}

#[test]
fn run_forever_with_nothing_left_to_run_says_so() {
    let program = "\
import asyncio
loop = asyncio.new_event_loop()
loop.call_soon(print, 'ran once')
loop.run_forever()
";
    let (code, out, err) = run_program("run_forever_idle.py", program, Duration::from_secs(60));
    assert_eq!((code, out.as_str()), (1, "ran once\n"), "{err}");
    assert!(
        err.contains("run_forever() has nothing left to run"),
        "{err}"
    );
}

#[test]
fn ctrl_c_outside_asyncio_run_raises_keyboard_interrupt_after_finally() {
    for program in [
        "print('go', flush=True)\ntry:\n    while True:\n        pass\nfinally:\n    print('finally ran')\n",
        "import time\nprint('go', flush=True)\ntry:\n    time.sleep(30)\nfinally:\n    print('finally ran')\n",
    ] {
        let (child, mut stdout) = start_then_interrupt(program, Duration::from_millis(300));
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).expect("read rest");
        let out = wait_or_kill(child, Duration::from_secs(60), program);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(rest, "finally ran\n", "{program}");
        assert!(err.starts_with("Traceback (most recent call last):"), "{err}");
        assert_eq!(err.trim_end().lines().last(), Some("KeyboardInterrupt"), "{err}");
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(2), "{program}: dies of SIGINT");
    }
}

/// Each thing the README lists as out of scope is refused with a message that says pyco
/// leaves it out, never a puzzling error or a silent wrong answer.
#[test]
fn out_of_scope_features_are_refused_clearly() {
    for (program, last_line) in [
        ("def g():\n    yield 1\n", "SyntaxError: 'yield' is not supported by pyco"),
        (
            "async def f(xs):\n    async for x in xs:\n        print(x)\n",
            "SyntaxError: 'async for' is not supported by pyco",
        ),
        (
            "async def f(xs):\n    return [x async for x in xs]\n",
            "SyntaxError: 'async for' is not supported by pyco",
        ),
        (
            "import asyncio\nasync def one():\n    return 1\nasync def f(xs):\n    return list(await one() for x in xs)\nasyncio.run(f([1]))\n",
            "SyntaxError: asynchronous generator expressions ('await' inside a generator \
             expression) are not supported by pyco; use a list comprehension",
        ),
        ("match 1:\n    case 1:\n        pass\n", "SyntaxError: 'match' is not supported by pyco"),
        (
            "class A: pass\nclass B: pass\nclass C(A, B): pass\n",
            "TypeError: multiple inheritance is not supported by pyco",
        ),
        ("eval('1')\n", "NotImplementedError: eval() and exec() are not supported by pyco"),
        ("exec('x = 1')\n", "NotImplementedError: eval() and exec() are not supported by pyco"),
        (
            "open('data.txt')\n",
            "NotImplementedError: open() is not supported by pyco: a script cannot reach files",
        ),
        (
            "import os\n",
            "ModuleNotFoundError: No module named 'os' in pyco: its modules are asyncio, \
             functools, math, random, sys and time (and nest_asyncio, built in)",
        ),
    ] {
        let (code, out, err) = run(&["-c", program], "");
        assert_eq!((code, out.as_str()), (1, ""), "{program}: {err}");
        assert_eq!(err.trim_end().lines().last(), Some(last_line), "{program}: {err}");
    }
}

/// The examples finish at once under the virtual clock: none of them waits in real time.
#[test]
fn every_example_finishes_under_virtual_time_in_well_under_a_second() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut examples: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 10, "the examples are there");
    for example in examples {
        // The fastest of three runs, so a busy machine does not fail it.
        let fastest = (0..3)
            .map(|_| {
                let started = Instant::now();
                let out = pyco()
                    .arg("--virtual-time")
                    .arg(&example)
                    .current_dir(&dir)
                    .stdin(Stdio::null())
                    .output()
                    .expect("pyco runs");
                assert!(out.status.success(), "{}", example.display());
                started.elapsed()
            })
            .min()
            .unwrap_or_default();
        assert!(
            fastest < Duration::from_millis(500),
            "{} took {fastest:?} under --virtual-time",
            example.display()
        );
    }
}

/// The tutorial's event-loop program has an empty coroutine, so its own output proves
/// nothing: run the example itself with a body that reports, and see its loop run it.
#[test]
fn the_event_loop_example_runs_its_coroutine() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/event_loop.py");
    let text = std::fs::read_to_string(&path).expect("examples/event_loop.py");
    assert!(text.contains("    ...\n"), "the tutorial's body is `...`");
    let instrumented = text.replace("    ...\n", "    print('async_task ran')\n    return 42\n")
        + "print(loop.is_closed())\n";
    let (code, out, err) = run(&["-c", &instrumented], "");
    assert_eq!((code, out.as_str()), (0, "async_task ran\nTrue\n"), "{err}");
}

/// Runs `pyco -c program` through `sh` with a redirection of its stdin (`<&-` closes it).
fn run_with_redirect(program: &str, redirect: &str) -> (std::process::Output, String) {
    let out = Command::new("sh")
        .args(["-c", &format!("exec \"$0\" -c \"$1\" {redirect}")])
        .arg(env!("CARGO_BIN_EXE_pyco"))
        .arg(program)
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs pyco");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, err)
}

#[test]
fn input_keeps_a_carriage_return_and_says_when_stdin_is_lost() {
    let program = "print(repr(input()))\nprint(repr(input('prompt> ')))\ninput()\n";
    let (code, out, err) = run(&["-c", program], "a\rb\r\nc\n");
    assert_eq!(code, 1);
    assert_eq!(out, "'a\\rb\\r'\nprompt> 'c'\n");
    assert!(
        err.ends_with("EOFError: EOF when reading a line\n"),
        "{err}"
    );
    // Descriptor 0 closed (`<&-`): CPython's sys.stdin is None, and input() says so before
    // writing its prompt.
    let (out, err) = run_with_redirect("input('never shown> ')", "<&-");
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert!(
        err.ends_with("RuntimeError: input(): lost sys.stdin\n"),
        "{err}"
    );
    // An empty stdin is not a lost one.
    let (out, err) = run_with_redirect("input('shown> ')", "< /dev/null");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "shown> ");
    assert!(
        err.ends_with("EOFError: EOF when reading a line\n"),
        "{err}"
    );
}

#[test]
fn a_malformed_notebook_gets_a_clear_error_and_status_2() {
    for (name, text, says) in [
        ("broken.ipynb", "{\"cells\": [", "not valid JSON"),
        ("nocells.ipynb", "{\"nbformat\": 4}", "no \"cells\" list"),
        (
            "badcell.ipynb",
            "{\"cells\": [{\"cell_type\": \"code\"}]}",
            "cell 1 has no \"source\"",
        ),
    ] {
        let path = temp_program(name, text);
        let (code, out, err) = run(&[path.to_str().unwrap()], "");
        assert_eq!(code, 2, "{name}: {err}");
        assert_eq!(out, "", "{name}");
        assert!(
            err.contains(name) && err.contains(says),
            "{name} says what is wrong: {err}"
        );
    }
}

#[test]
fn interactive_flag_without_a_terminal_reads_lines_from_stdin() {
    // As `python3 -i`: prompts on stderr, echoes on stdout, the program's names in scope.
    let (code, out, err) = run(
        &["-i", "-c", "x = 20"],
        "x + 1\nimport asyncio\nasyncio.get_running_loop().is_running()\n",
    );
    assert_eq!((code, out.as_str()), (0, "21\nTrue\n"), "{err}");
    assert_eq!(err, ">>> >>> >>> >>> \n");
}

#[test]
fn help_shows_signatures_and_descriptions() {
    let program = "import asyncio\nhelp(asyncio.gather)\nhelp(len)\nasync def fetch(url, *, retries=3):\n    '''Fetch a page.'''\nhelp(fetch)\nhelp('Queue')\nhelp()\n";
    let (code, out, err) = run(&["-c", program], "");
    assert_eq!(code, 0, "{err}");
    for shown in [
        "asyncio.gather(*coros_or_futures, return_exceptions=False)",
        "in argument order",
        "len(obj, /)",
        "Help on coroutine function fetch in module __main__:",
        "async fetch(url, *, retries=3)\n    Fetch a page.",
        "asyncio.Queue(maxsize=0)",
        "help(obj)",
    ] {
        assert!(out.contains(shown), "help shows {shown:?}: {out}");
    }
}
