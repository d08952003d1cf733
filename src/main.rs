//! The `pyco` command line.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use std::rc::Rc;

use pyco::interp::Interp;
use pyco::repl::{Screen, Session, Stream};
use pyco::runner::{self, Options};
use pyco::source::Source;
use pyco::syntax::resolve::Mode;
use pyco::value::Globals;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// pyco — a fast, friendly interpreter for a Python subset with async/await.
#[derive(Parser, Debug)]
#[command(name = "pyco", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  pyco                  the REPL (on a terminal): `await` works at the prompt\n  pyco app.py           run a script\n  pyco -i app.py        run a script, then the REPL on its namespace\n  pyco notes.ipynb      run a notebook's code cells\n  pyco -c 'print(1+1)'  run a string\n  pyco --check a.py     report syntax errors without running\n  pyco - < app.py       run a program from stdin"
)]
struct Cli {
    /// Program passed in as a string
    #[arg(short = 'c', value_name = "CODE", conflicts_with_all = ["check"])]
    code: Option<String>,

    /// Parse and resolve the files, report every error, run nothing
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "file")]
    check: Option<Vec<String>>,

    /// When to colour diagnostics: auto (only on a terminal, and not with NO_COLOR), always, never
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,

    /// After running the program, open the REPL on its namespace (also after an error)
    #[arg(short = 'i', conflicts_with = "check")]
    interactive: bool,

    /// Notebooks: go on running cells after one fails (the exit code is still 1)
    #[arg(long)]
    keep_going: bool,

    /// Notebooks: print a header line before each code cell
    #[arg(long)]
    show_cells: bool,

    /// Use a virtual clock: sleeps jump instead of waiting (also PYCO_VIRTUAL_TIME=1)
    #[arg(long)]
    virtual_time: bool,

    /// After the run, draw on stderr what the event loop did: a row per task, when it ran,
    /// slept, waited and ended. `--timeline=FILE.svg` (or `.html`) draws it into a file
    #[arg(long, value_name = "FILE.svg", num_args = 0..=1, require_equals = true,
          default_missing_value = "-", value_parser = pyco::timeline::Output::parse)]
    timeline: Option<pyco::timeline::Output>,

    /// Print each scheduling event on stderr as it happens, with its time: tasks created,
    /// steps started and suspended, timers, callbacks, cancellations, results
    #[arg(long)]
    trace: bool,

    /// Most heap memory the program may use, e.g. 512M or 4G (default: half of physical
    /// memory, or less under `ulimit -v`); past it the program gets a MemoryError
    #[arg(long, value_name = "SIZE", value_parser = pyco::memory::parse_size)]
    max_memory: Option<usize>,

    /// The program file; `-` reads the program from stdin
    #[arg(value_name = "FILE")]
    file: Option<String>,

    /// Arguments passed to the program as sys.argv[1:]
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

/// The interpreter runs on its own thread with a large stack, so deep (but legal) Python
/// recursion and deeply nested awaits never overflow the native stack. The stack is only
/// reserved address space; pages are touched (and cost memory) only as deep as it is used.
const INTERPRETER_STACK: usize = 1 << 30;

/// The smallest stack pyco starts with under a tight `ulimit -v`: room for the deepest
/// recursion `sys.setrecursionlimit` allows (measured at about 5 KiB of native stack per
/// Python call in the unoptimised build, 20,000 calls deep).
const MIN_INTERPRETER_STACK: usize = 128 << 20;

/// The interpreter's stack: [`INTERPRETER_STACK`], or under an address-space limit a quarter
/// of it (the rest is for the heap), but never less than [`MIN_INTERPRETER_STACK`].
fn interpreter_stack() -> usize {
    match pyco::memory::address_space_limit() {
        Some(limit) => (limit / 4).clamp(MIN_INTERPRETER_STACK, INTERPRETER_STACK),
        None => INTERPRETER_STACK,
    }
}

fn main() -> ExitCode {
    // Before anything opens a file that could take descriptor 0.
    pyco::builtins::note_closed_stdin();
    return_freed_pages_soon();
    let cli = Cli::parse();
    pyco::signals::install();
    let stack = interpreter_stack();
    pyco::memory::set_ceiling(
        cli.max_memory
            .unwrap_or_else(|| pyco::memory::default_ceiling(stack)),
    );
    let worker = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || exit_now(run(cli)));
    match worker {
        // The interpreter's thread ends the process itself (`exit_now`): it comes back
        // here only from a panic, which may have left the REPL's terminal raw.
        Ok(handle) => {
            let _ = handle.join();
            pyco::repl::restore_terminal();
        }
        Err(e) => eprintln!(
            "pyco: can't start the interpreter with a {} MiB stack: {e} (is `ulimit -v` too low?)",
            stack >> 20
        ),
    }
    ExitCode::from(70)
}

/// Ends the process with `code` once the program has run, from the interpreter's thread:
/// the terminal restored, output flushed, and a `KeyboardInterrupt` that went uncaught
/// ending in SIGINT. Then `_exit`, with nothing else to do: the operating system takes the
/// memory back at once, so neither the interpreter's thread nor its 1 GiB stack is torn
/// down page by page, and the allocator hands no pages back one region at a time. (What
/// the program wrote is already out: `run` flushes the interpreter's output.)
fn exit_now(code: i32) -> i32 {
    pyco::repl::restore_terminal();
    if code == runner::EXIT_BY_SIGINT {
        die_of_sigint();
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: `_exit` has no preconditions; everything that must outlive the process
    // (the program's output) has been written.
    unsafe { libc::_exit(code.clamp(0, 255)) }
}

extern "C" {
    fn raise(signal: i32) -> i32;
    fn signal(signal: i32, handler: usize) -> usize;
}

/// CPython ends a program whose `KeyboardInterrupt` went uncaught by killing itself with SIGINT
/// (default disposition), so a parent shell or `subprocess` sees "killed by signal 2", not an
/// exit status. The traceback is already printed and flushed; this does the same.
fn die_of_sigint() {
    const SIGINT: i32 = 2;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    const SIG_DFL: usize = 0;
    // SAFETY: plain libc calls without preconditions. The disposition is reset first, as
    // CPython's `exit_sigint` does, because a parent may have started us with SIGINT ignored.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    // Only reached if something in the environment ignores SIGINT: exit as a shell would.
    std::process::exit(130);
}

/// The width the timeline is drawn to: `COLUMNS` if set, else the terminal's (on stderr),
/// else 80.
fn terminal_width() -> usize {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
    {
        return columns;
    }
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ fills the `winsize` passed by pointer, which lives across the call.
    let ok = unsafe { libc::ioctl(2, libc::TIOCGWINSZ, &mut size) } == 0;
    if ok && size.ws_col > 0 {
        size.ws_col as usize
    } else {
        80
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
        }
    }
}

fn run(cli: Cli) -> i32 {
    let color = use_color(cli.color);
    let virtual_time = cli.virtual_time
        || std::env::var("PYCO_VIRTUAL_TIME")
            .map(|v| v == "1" || v == "true")
            .unwrap_or(false);
    if let Some(files) = cli.check {
        return check(&files, color);
    }
    let interactive_terminal = (cli.interactive || (cli.code.is_none() && cli.file.is_none()))
        && std::io::stdin().is_terminal();
    // On a terminal the REPL shows the interpreter's output through its screen, which keeps
    // a line being typed intact; elsewhere output goes out buffered, ending on a closed pipe.
    let screen = interactive_terminal.then(Screen::new);
    let interp = match &screen {
        Some(screen) => Interp::new(
            Box::new(screen.writer(Stream::Out)),
            Box::new(screen.writer(Stream::Err)),
        ),
        None => Interp::new(
            Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                EndOnFailedWrite(std::io::stdout()),
            )),
            Box::new(EndOnFailedWrite(std::io::stderr())),
        ),
    };
    interp.runtime.clock.set_virtual(virtual_time);
    interp.runtime.color.set(color);
    let options = Options {
        argv: Vec::new(),
        virtual_time,
        color,
    };
    let recording = cli.trace || cli.timeline.is_some();
    if recording {
        pyco::event_loop::record::start(&interp, cli.trace, cli.timeline.is_some());
    }
    let program = match (&cli.code, cli.file.as_deref()) {
        (Some(_), _) => "<string>",
        (None, None | Some("-")) => "<stdin>",
        (None, Some(path)) => path,
    }
    .to_string();
    let timeline = cli.timeline.clone();
    let mut code = run_mode(cli, &interp, &screen, options, color);
    if recording {
        let width = terminal_width();
        let drawn = runner::draw_timeline(&interp, timeline.as_ref(), &program, width, color);
        if !drawn && code == 0 {
            // The program ran, but the picture asked for is missing.
            code = 1;
        }
    }
    // Everything written is out before the process ends (see `finish`).
    interp.flush_out();
    code
}

/// Runs what the command line asks for: the REPL, a notebook, a program (then the REPL with
/// `-i`); returns the exit code.
fn run_mode(
    cli: Cli,
    interp: &Rc<Interp>,
    screen: &Option<Rc<Screen>>,
    options: Options,
    color: bool,
) -> i32 {
    let interp = interp.clone();
    if cli.code.is_none() && cli.file.is_none() {
        if let Some(screen) = screen {
            *interp.argv.borrow_mut() = vec![String::new()];
            let session = Session::new(
                interp.clone(),
                Rc::new(Globals::new()),
                Mode::Interactive,
                color,
            );
            return finish(
                &interp,
                &session.globals.clone(),
                pyco::repl::terminal::run(session, screen, color),
            );
        }
    }
    if let (None, Some(path)) = (&cli.code, cli.file.as_deref()) {
        if path.ends_with(".ipynb") {
            return notebook(&interp, path, &cli, options);
        }
    }

    let (source, argv) = if let Some(code) = cli.code {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.file.into_iter().chain(cli.args));
        (Source::new("<string>", code), argv)
    } else {
        match cli.file.as_deref() {
            None | Some("-") => {
                let mut text = String::new();
                if let Err(e) = read_stdin(&mut text) {
                    eprintln!("pyco: can't read the program from stdin: {e}");
                    return 2;
                }
                let mut argv = vec![if cli.file.is_some() {
                    "-".to_string()
                } else {
                    String::new()
                }];
                argv.extend(cli.args);
                (Source::new("<stdin>", text), argv)
            }
            Some(path) => {
                let text = match read_program(path) {
                    Ok(text) => text,
                    Err(code) => return code,
                };
                let mut argv = vec![path.to_string()];
                argv.extend(cli.args);
                // Code objects name the script by its absolute path, as CPython's do
                // (tracebacks, task reprs); `sys.argv[0]` keeps the path as given.
                let name = std::path::absolute(path)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| path.to_string());
                (Source::new(&name, text), argv)
            }
        }
    };
    let options = Options { argv, ..options };
    if !cli.interactive {
        return runner::run_program(&interp, source, &options);
    }
    // `-i`: the REPL opens on the program's namespace, whatever way the program ended.
    let globals = Rc::new(Globals::new());
    runner::run_main_module(&interp, source, &options, &globals, false);
    let session = Session::new(interp.clone(), globals.clone(), Mode::Interactive, color);
    let code = match screen {
        Some(screen) => pyco::repl::terminal::run(session, screen, color),
        None => pyco::repl::prompt::run_lines(session, std::io::stdin().lock()),
    };
    finish(&interp, &globals, code)
}

/// The end of an interactive run: the namespace is cleared as at interpreter exit.
fn finish(interp: &Interp, globals: &Rc<Globals>, code: i32) -> i32 {
    interp.runtime.finalizing.set(true);
    runner::clear_module(interp, globals.clone());
    code
}

/// `pyco NOTEBOOK.ipynb`: its code cells as inputs of one session.
fn notebook(interp: &Rc<Interp>, path: &str, cli: &Cli, options: Options) -> i32 {
    let text = match read_program(path) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let cells = match pyco::repl::notebook::code_cells(&text) {
        Ok(cells) => cells,
        Err(message) => {
            eprintln!("pyco: {path}: {message}");
            return 2;
        }
    };
    *interp.argv.borrow_mut() = std::iter::once(path.to_string())
        .chain(cli.args.iter().cloned())
        .collect();
    let mut session = Session::new(
        interp.clone(),
        Rc::new(Globals::new()),
        Mode::Cell { show_last: true },
        options.color,
    );
    let run_options = pyco::repl::notebook::NotebookOptions {
        keep_going: cli.keep_going,
        show_cells: cli.show_cells,
    };
    let code = pyco::repl::notebook::run(&mut session, &cells, run_options);
    finish(interp, &session.globals.clone(), code)
}

/// The program's stdout or stderr. The first write that fails (the reader of a pipe went
/// away: `pyco prog.py | head -1`) ends the program at once, quietly and with status 0, as a
/// closed pipe always ended pyco's output. Every way a program writes (`print`,
/// `sys.stdout.write`, tracebacks, warnings, the flush at exit) goes through the two
/// writers, so this is the one place that notices; dropping the output and running on
/// would never end `while True: print()`.
///
/// (A stream closed before pyco started, `>&-`, is different: Rust's stdio then discards
/// writes without an error, as CPython makes `sys.stdout` None and `print` a no-op.)
struct EndOnFailedWrite<W>(W);

impl<W: Write> Write for EndOnFailedWrite<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        match self.0.write(bytes) {
            Err(e) if e.kind() != std::io::ErrorKind::Interrupted => end_on_closed_output(),
            result => result,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.0.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::Interrupted => end_on_closed_output(),
            result => result,
        }
    }
}

/// Ends the process from whichever thread wrote; nothing more can be shown anyway.
fn end_on_closed_output() -> ! {
    std::process::exit(0)
}

fn read_stdin(text: &mut String) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    *text = decode(bytes, "<stdin>")
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    Ok(())
}

/// A program file as text, or the exit code after reporting why it can't be read.
fn read_program(path: &str) -> Result<String, i32> {
    match std::fs::read(path) {
        Ok(bytes) => decode(bytes, path).map_err(|message| {
            eprintln!("SyntaxError: {message}");
            1
        }),
        Err(e) => {
            let shown = std::fs::canonicalize(".")
                .map(|dir| dir.join(path).display().to_string())
                .unwrap_or_else(|_| path.to_string());
            let shown = if path.starts_with('/') {
                path.to_string()
            } else {
                shown
            };
            let errno = e.raw_os_error().unwrap_or(2);
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ if std::path::Path::new(path).is_dir() => "Is a directory".to_string(),
                _ => e.to_string(),
            };
            eprintln!("pyco: can't open file '{shown}': [Errno {errno}] {reason}");
            Err(2)
        }
    }
}

/// Source bytes as UTF-8, or CPython's complaint about the first bad byte.
/// A UTF-8 byte order mark at the start is dropped, as CPython's file reader drops it.
fn decode(mut bytes: Vec<u8>, name: &str) -> Result<String, String> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[at];
        format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: invalid start byte ({name})"
        )
    })
}

fn check(files: &[String], color: bool) -> i32 {
    let mut failed = false;
    for path in files {
        let text = match read_program(path) {
            Ok(t) => t,
            Err(_) => {
                failed = true;
                continue;
            }
        };
        let source = Source::new(path.as_str(), text);
        let names = pyco::syntax::resolve::NameTable::default();
        match pyco::syntax::compile::compile(&source, &names, Mode::File, color) {
            Ok(module) => {
                for lint in pyco::syntax::lint::unawaited_calls(&module) {
                    eprint!(
                        "{}",
                        pyco::syntax::diagnostic::render_warning(
                            &source,
                            lint.span,
                            &lint.message,
                            &lint.label,
                            color
                        )
                    );
                }
            }
            Err(report) => {
                eprint!("{report}");
                failed = true;
            }
        }
    }
    i32::from(failed)
}

/// mimalloc: pyco allocates many small, short-lived objects (frames, boxed coroutine states,
/// values), which it serves much faster than the system allocator.
///
/// Called directly rather than through the `mimalloc` crate, whose allocator asks for every
/// block with `mi_malloc_aligned`: for a size that is not a power of two (a 56-byte frame,
/// an 88-byte future) that takes mimalloc's over-allocating path whenever a page runs out,
/// costing time and memory. Every mimalloc block is 8-byte aligned, so layouts that need no
/// more use the plain entry points.
///
/// Every allocation and free is reported to `pyco::memory`, which keeps the live-byte count
/// that `MemoryError` and `--max-memory` rest on; an allocation past the hard limit, or one
/// the system refuses, ends the process with a message rather than a silent abort.
struct Mimalloc;

const MIMALLOC_MIN_ALIGN: usize = 8;

// SAFETY: mimalloc returns blocks of at least the requested size, aligned to 8 bytes by the
// plain entry points and to `layout.align()` by the aligned ones; `mi_free` and
// `mi_realloc*` accept any block either kind returned.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_malloc, mi_malloc_aligned};
        if !pyco::memory::allocated(layout.size()) {
            pyco::memory::out_of_memory(layout.size());
        }
        let block: *mut u8 = if layout.align() <= MIMALLOC_MIN_ALIGN {
            mi_malloc(layout.size()).cast()
        } else {
            mi_malloc_aligned(layout.size(), layout.align()).cast()
        };
        if block.is_null() {
            pyco::memory::out_of_memory(layout.size());
        }
        block
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};
        if !pyco::memory::allocated(layout.size()) {
            pyco::memory::out_of_memory(layout.size());
        }
        let block: *mut u8 = if layout.align() <= MIMALLOC_MIN_ALIGN {
            mi_zalloc(layout.size()).cast()
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()).cast()
        };
        if block.is_null() {
            pyco::memory::out_of_memory(layout.size());
        }
        block
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        pyco::memory::freed(layout.size());
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys::{mi_realloc, mi_realloc_aligned};
        pyco::memory::freed(layout.size());
        if !pyco::memory::allocated(new_size) {
            pyco::memory::out_of_memory(new_size);
        }
        let block: *mut u8 = if layout.align() <= MIMALLOC_MIN_ALIGN {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        };
        if block.is_null() {
            pyco::memory::out_of_memory(new_size);
        }
        block
    }
}

#[global_allocator]
static GLOBAL: Mimalloc = Mimalloc;

/// mimalloc gives pages it no longer uses back to the system (purges them) 10 ms after
/// they empty, not the 1,000 ms of its v3 default. A program that builds a large dict,
/// replaces it with a new one and drops the old (a grid updated round by round) otherwise
/// keeps every emptied page resident for a second: `dict_keys`' peak RSS was 21 MiB with
/// under 5 MiB live, and is 11 MiB with this. 10 ms is mimalloc v2's default.
fn return_freed_pages_soon() {
    /// `mi_option_purge_delay` in mimalloc v3's `mi_option_e` (`mimalloc.h`), which the
    /// `libmimalloc-sys` bindings do not name.
    const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: sets one integer option; called on the main thread before any other starts
    // (mimalloc asks for that, as its options are not synchronised).
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 10) };
}

/// Turns transparent huge pages off for this process. mimalloc asks for them, and when
/// memory is fragmented (another large process just exited) the kernel compacts memory to
/// find them: a program making 100,000 tasks then spent as long in the kernel as in pyco
/// (0.52 s instead of 0.25 s, bimodal), while with 4 KiB pages it takes a steady 0.32 s.
#[cfg(target_os = "linux")]
fn no_transparent_huge_pages() {
    const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
    extern "C" {
        fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
    }
    // SAFETY: prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) only sets a flag of this process; a
    // failure (an old kernel) leaves things as they were, which is fine.
    unsafe {
        prctl(
            PR_SET_THP_DISABLE,
            1 as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
        );
    }
}

/// `no_transparent_huge_pages`, run before mimalloc starts (its constructor has priority
/// 101; this one 100 runs first). Called from `main` it came too late: allocations made
/// before `main` had already put the first of mimalloc's pages in a 2 MiB huge page, 4 MiB
/// resident for a few hundred KiB of use, in every run.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array.00100"]
static NO_HUGE_PAGES_AT_LOAD: extern "C" fn() = {
    extern "C" fn at_load() {
        no_transparent_huge_pages();
    }
    at_load
};
