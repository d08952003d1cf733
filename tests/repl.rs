//! The REPL, driven as a person drives it: the real binary in a pseudo-terminal (the only
//! terminal CI has is the one each test makes). Every step waits for the output it needs,
//! with a timeout; no test sleeps and hopes.

use std::path::PathBuf;
use std::process::Command;

use rexpect::session::PtySession;

/// How long one expected output may take to appear.
const PATIENCE_MS: u64 = 20_000;

struct Repl {
    pty: PtySession,
}

impl Repl {
    /// `pyco ARGS` on a terminal, with a history folder of its own (`state`).
    fn start_in(args: &[&str], state: &std::path::Path) -> Repl {
        Repl::start_with(args, state, true)
    }

    fn start_with(args: &[&str], state: &std::path::Path, no_color: bool) -> Repl {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pyco"));
        if no_color {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR");
        }
        command
            .args(args)
            .env("XDG_STATE_HOME", state)
            .env("TERM", "xterm")
            .env_remove("PYCO_VIRTUAL_TIME");
        let pty = rexpect::session::spawn_command(command, Some(PATIENCE_MS)).expect("pty");
        Repl { pty }
    }

    fn start(args: &[&str]) -> (Repl, TempDir) {
        let state = TempDir::new();
        (Repl::start_in(args, &state.0), state)
    }

    /// Waits for `text`; returns what came before it.
    fn expect(&mut self, text: &str) -> String {
        match self.pty.exp_string(text) {
            Ok(before) => before,
            Err(e) => panic!("waited for {text:?}: {e}"),
        }
    }

    fn prompt(&mut self) -> String {
        self.expect(">>> ")
    }

    /// Types `line` and Enter.
    fn line(&mut self, line: &str) {
        self.pty.send_line(line).expect("type a line");
    }

    /// Types `text` without Enter.
    fn keys(&mut self, text: &str) {
        self.pty.send(text).expect("type");
        self.pty.flush().expect("flush");
    }

    fn ctrl(&mut self, key: char) {
        self.pty.send_control(key).expect("control key");
    }

    /// Waits for the next prompt, leaves with Ctrl-D there and waits for the end. (A
    /// Ctrl-D typed while an input runs, before the prompt, is not seen by the editor.)
    fn leave(mut self) -> String {
        self.prompt();
        self.ctrl('d');
        self.pty.exp_eof().expect("pyco ends")
    }
}

/// A temporary folder, removed at the end of the test.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "pyco-repl-test-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn welcome_echo_underscore_and_definitions_that_persist() {
    let (mut repl, _state) = Repl::start(&[]);
    let welcome = repl.prompt();
    assert!(welcome.contains("`await` works at the prompt"), "{welcome}");
    assert!(welcome.contains(":help"), "{welcome}");
    repl.line("1 + 2");
    repl.expect("3\r\n");
    repl.prompt();
    repl.line("_ * 10");
    repl.expect("30\r\n");
    repl.prompt();
    repl.line("None");
    repl.line("'shown'");
    repl.expect("'shown'\r\n");
    repl.line("def double(x):");
    repl.expect("... ");
    repl.line("return 2 * x");
    repl.expect("... ");
    repl.line("");
    repl.prompt();
    repl.line("double(21)");
    repl.expect("42\r\n");
    repl.leave();
}

#[test]
fn multi_line_async_def_then_top_level_await_gather_in_order() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("import asyncio");
    repl.prompt();
    repl.line("async def job(n, delay):");
    repl.expect("... ");
    repl.line("await asyncio.sleep(delay)");
    repl.expect("... ");
    repl.line("print('job', n, 'done')");
    repl.expect("... ");
    repl.line("return n * 10");
    repl.expect("... ");
    repl.line("");
    repl.prompt();
    repl.line("await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2))");
    let out = repl.expect("[10, 20, 30]\r\n");
    let at = |needle: &str| out.find(needle).unwrap_or(usize::MAX);
    assert!(
        at("job 2 done") < at("job 3 done") && at("job 3 done") < at("job 1 done"),
        "{out}"
    );
    repl.prompt();
    repl.line("await job(4, 0)");
    repl.expect("40\r\n");
    repl.prompt();
    repl.line("lock = asyncio.Lock()");
    repl.line("async with lock:");
    repl.line("print('locked:', lock.locked())");
    repl.line("");
    repl.expect("locked: True");
    repl.leave();
}

#[test]
fn errors_never_end_the_session() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("x = 1");
    repl.prompt();
    repl.line("1/0");
    repl.expect("File \"<stdin>\", line 1, in <module>");
    repl.expect("ZeroDivisionError: division by zero");
    repl.prompt();
    // A plain syntax error is reported at once, not answered with `... `.
    repl.line("x = = 2");
    let report = repl.prompt();
    assert!(report.contains("SyntaxError"), "{report}");
    assert!(!report.contains("..."), "{report}");
    repl.line("x + 1");
    repl.expect("2\r\n");
    repl.leave();
}

#[test]
fn a_background_task_prints_while_a_line_is_half_typed() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("import asyncio");
    repl.prompt();
    repl.line("async def ticker():");
    repl.line("for i in range(1, 4):");
    repl.line("await asyncio.sleep(0.3)");
    repl.line("print('tick', i)");
    repl.line("");
    repl.line("");
    repl.prompt();
    repl.line("t = asyncio.create_task(ticker())");
    repl.prompt();
    repl.keys("half = 4");
    repl.expect("tick 1");
    repl.expect("tick 3");
    // The half-typed line survived the printing: finish it.
    repl.line("2");
    repl.prompt();
    repl.line("half");
    repl.expect("42\r\n");
    repl.leave();
}

#[test]
fn tab_completes_module_attributes_and_names_in_scope() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("import asyncio");
    repl.prompt();
    repl.keys("asyncio.ga\t");
    repl.expect("gather");
    repl.line("");
    repl.expect("function gather>");
    repl.prompt();
    repl.line("q = asyncio.Queue()");
    repl.prompt();
    repl.keys("q.put_\t");
    repl.expect("put_nowait");
    repl.line("(5)");
    repl.prompt();
    repl.line("q.qsize()");
    repl.expect("1\r\n");
    repl.leave();
}

#[test]
fn ctrl_c_interrupts_a_running_input_and_background_tasks_live_on() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("import asyncio");
    repl.prompt();
    repl.line("async def forever():");
    repl.line("await asyncio.sleep(1000)");
    repl.line("");
    repl.line("");
    repl.prompt();
    repl.line("bg = asyncio.create_task(forever(), name='sleeper')");
    repl.prompt();
    repl.line("print('waiting'); await asyncio.sleep(100)");
    repl.expect("waiting");
    repl.ctrl('c');
    repl.expect("KeyboardInterrupt");
    repl.prompt();
    repl.line("def spin():");
    repl.line("print('spinning')");
    repl.line("while True: pass");
    repl.line("");
    repl.line("");
    repl.prompt();
    repl.line("spin()");
    repl.expect("spinning");
    repl.ctrl('c');
    repl.expect("in spin");
    repl.expect("KeyboardInterrupt");
    repl.prompt();
    repl.line(":tasks");
    let tasks = repl.prompt();
    assert!(
        tasks.contains("sleeper") && tasks.contains("forever()"),
        "{tasks}"
    );
    // Ctrl-C at the prompt clears the line.
    repl.keys("1 + ");
    repl.ctrl('c');
    repl.expect("KeyboardInterrupt");
    repl.prompt();
    repl.line("bg.done()");
    repl.expect("False\r\n");
    repl.leave();
}

#[test]
fn tasks_command_shows_where_each_task_waits() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line(":tasks");
    repl.expect("no tasks are running");
    repl.line("import asyncio");
    repl.line("async def waiter(e):");
    repl.line("await e.wait()");
    repl.line("");
    repl.line("");
    repl.line("e = asyncio.Event()");
    repl.line("w = asyncio.create_task(waiter(e))");
    repl.line("await asyncio.sleep(0)");
    repl.line(":tasks");
    repl.expect("task");
    repl.expect("coroutine");
    repl.expect("waiting for\r\n");
    let row = repl.expect("\r\n");
    assert!(
        row.contains("Task-")
            && row.contains("waiter()")
            && row.contains("pending")
            && row.contains("<stdin>:2")
            && row.contains("<Future pending"),
        "{row:?}"
    );
    repl.line(":help");
    repl.expect(":reset");
    repl.leave();
}

#[test]
fn history_is_kept_between_sessions() {
    let state = TempDir::new();
    let mut repl = Repl::start_in(&[], &state.0);
    repl.prompt();
    repl.line("remembered = 'from the first session'");
    repl.leave();
    let history = std::fs::read_to_string(state.0.join("pyco/history")).expect("history file");
    assert!(
        history.contains("remembered = 'from the first session'"),
        "{history}"
    );
    let mut repl = Repl::start_in(&[], &state.0);
    repl.prompt();
    // Up arrow brings the line back; Enter runs it.
    repl.keys("\u{1b}[A");
    repl.keys("\r");
    repl.prompt();
    repl.line("remembered");
    // The value on a line of its own: the recalled line `remembered = 'from the first
    // session'` holds the same text, and matching it would send Ctrl-D while an input runs.
    repl.expect("\n'from the first session'");
    repl.leave();
}

#[test]
fn the_tutorials_notebook_cells_run_at_the_prompt() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("!pip install nest_asyncio");
    let note = repl.prompt();
    assert!(
        note.contains("not run") && note.contains("nest_asyncio is built into pyco"),
        "{note}"
    );
    repl.line("import asyncio");
    repl.line("async def main():");
    repl.line("await asyncio.sleep(0.1)");
    repl.line("return 'main done'");
    repl.line("");
    repl.line("");
    repl.prompt();
    // As in `python -m asyncio`: the REPL's loop is running.
    repl.line("asyncio.run(main())");
    repl.expect("RuntimeError: asyncio.run() cannot be called from a running event loop");
    repl.prompt();
    repl.line("import nest_asyncio");
    repl.line("nest_asyncio.apply()");
    repl.line("asyncio.run(main())");
    repl.expect("'main done'");
    repl.prompt();
    repl.line("await main()");
    repl.expect("'main done'");
    repl.leave();
}

#[test]
fn interactive_flag_opens_the_repl_on_the_programs_namespace() {
    let dir = TempDir::new();
    let program = dir.0.join("prog.py");
    std::fs::write(
        &program,
        "greeting = 'hello from prog'\nprint('ran')\n1/0\n",
    )
    .unwrap();
    let path = program.to_string_lossy().into_owned();
    let (mut repl, _state) = Repl::start(&["-i", &path]);
    repl.expect("ran");
    repl.expect("ZeroDivisionError");
    repl.prompt();
    repl.line("greeting");
    repl.expect("'hello from prog'");
    repl.prompt();
    repl.line("exit()");
    repl.pty.exp_eof().expect("exit() leaves");
}

#[test]
fn exit_and_quit_leave_with_their_status() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("quit()");
    repl.pty.exp_eof().expect("quit() leaves");
    let status = repl.pty.process().wait().expect("status");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line("import sys; sys.exit(3)");
    repl.pty.exp_eof().expect("sys.exit leaves");
    let status = repl.pty.process().wait().expect("status");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 3)),
        "{status:?}"
    );
}

/// The pyco started with `XDG_STATE_HOME` set to `state` (each test has its own).
fn pid_with_state(state: &std::path::Path) -> i32 {
    let wanted = format!("XDG_STATE_HOME={}", state.display());
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(environ) = std::fs::read(entry.path().join("environ")) else {
            continue;
        };
        if environ
            .split(|b| *b == 0)
            .any(|var| var == wanted.as_bytes())
        {
            return pid;
        }
    }
    panic!("no process with {wanted}");
}

/// CPU time (user + system, in clock ticks) the process has used so far, from /proc.
fn cpu_ticks(pid: i32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc stat");
    // The fields after the command name (which is in parentheses): utime is the 14th field
    // of the line, stime the 15th.
    let after = &stat[stat.rfind(')').expect("stat format") + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn waiting_at_the_prompt_uses_no_cpu_and_timers_still_fire() {
    let (mut repl, state) = Repl::start(&[]);
    repl.prompt();
    let pid = pid_with_state(&state.0);
    // Nothing scheduled: a second at the prompt. (A measurement, not a wait for output: a
    // loop that polled instead of sleeping would use most of the second.)
    let before = cpu_ticks(pid);
    std::thread::sleep(std::time::Duration::from_secs(1));
    let idle = cpu_ticks(pid) - before;
    assert!(idle <= 10, "{idle} ticks of CPU in a second at the prompt");
    // A timer set by one input fires while the prompt waits for the next.
    repl.line("import asyncio");
    repl.prompt();
    repl.line("h = asyncio.get_running_loop().call_later(0.2, print, 'timer fired')");
    repl.prompt();
    repl.expect("timer fired");
    repl.leave();
}

#[test]
fn commands_time_and_reset_and_reverse_search() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    repl.line(":time");
    repl.expect("timing is on");
    repl.line("sum(range(10))");
    repl.expect("45\r\n[0.");
    repl.expect(" s]");
    repl.line(":time");
    repl.expect("timing is off");
    repl.line("kept = 'before the reset'");
    repl.prompt();
    repl.line(":reset");
    repl.expect("a fresh namespace");
    repl.line("kept");
    repl.expect("NameError: name 'kept' is not defined");
    repl.prompt();
    // Ctrl-R finds an earlier line of this session.
    repl.ctrl('r');
    repl.keys("sum(r");
    repl.expect("sum(range(10))");
    repl.keys("\r");
    repl.expect("45\r\n");
    repl.leave();
}

#[test]
fn the_line_is_highlighted_on_a_colour_terminal_only() {
    let state = TempDir::new();
    let mut repl = Repl::start_with(&[], &state.0, false);
    repl.prompt();
    repl.keys("await x  # note");
    repl.expect("\u{1b}[1;35mawait\u{1b}[0m");
    repl.expect("\u{1b}[90m# note");
    repl.ctrl('c');
    repl.leave();
    let mut plain = Repl::start_in(&["--color", "never"], &state.0);
    plain.prompt();
    plain.keys("await x");
    let typed = plain.expect("await x");
    assert!(!typed.contains("\u{1b}[1;35m"), "{typed:?}");
    plain.ctrl('c');
    plain.leave();
}

/// Whether the terminal behind `file` (the pty's master: it shares the settings of the
/// terminal pyco sees) reads whole lines and turns Ctrl-C into a signal, as a shell wants
/// it. (Echo is not looked at: the test's pty starts without it.)
fn terminal_is_cooked(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: tcgetattr fills a termios for an open terminal descriptor.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::tcgetattr(file.as_raw_fd(), &mut settings) };
    assert_eq!(got, 0, "tcgetattr");
    settings.c_lflag & libc::ICANON != 0 && settings.c_lflag & libc::ISIG != 0
}

#[test]
fn the_terminal_is_restored_when_a_signal_ends_pyco() {
    let (mut repl, _state) = Repl::start(&[]);
    repl.prompt();
    let terminal = repl.pty.process().get_file_handle().expect("pty");
    // At the prompt the line editor has the terminal raw.
    assert!(!terminal_is_cooked(&terminal));
    repl.pty
        .process_mut()
        .signal(rexpect::process::Signal::SIGTERM)
        .expect("SIGTERM");
    let status = repl.pty.process().wait().expect("pyco ends");
    assert!(
        matches!(
            status,
            rexpect::process::WaitStatus::Signaled(_, rexpect::process::Signal::SIGTERM, _)
        ),
        "dies of the signal: {status:?}"
    );
    assert!(terminal_is_cooked(&terminal), "the terminal was put back");
}
