//! The REPL on a terminal. The line editor runs on its own thread ([`super::editor`]); this
//! thread runs the interpreter and the session's event loop, which keeps running while a
//! line is typed: between two keystrokes, due callbacks run and what they print is shown
//! above the line being edited ([`Screen`]). The wait for the next line is the loop's idle
//! wait, woken by the finished line or by the next timer; with nothing scheduled it uses no
//! CPU.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;
use std::sync::mpsc::{RecvTimeoutError, TryRecvError};
use std::sync::OnceLock;

use super::editor::{self, FromEditor, Printer, Request};
use super::prompt::{Prompt, WELCOME};
use super::session::{Idle, Session};

/// Where the interpreter's output goes in the REPL: straight to stdout and stderr, or, while
/// a line is being edited, through the editor's printer, which shows whole lines above the
/// line being typed without garbling it.
pub struct Screen {
    editing: Cell<bool>,
    printer: RefCell<Option<Printer>>,
    /// Text written while editing that does not end a line yet.
    partial: RefCell<String>,
    /// Whether what was last written straight to the terminal ended a line (a prompt
    /// drawn after `print('x', end='')` would otherwise erase the `x`).
    at_line_start: Cell<bool>,
}

/// Which of the two streams a [`ScreenWriter`] stands for.
#[derive(Clone, Copy)]
pub enum Stream {
    Out,
    Err,
}

impl Screen {
    pub fn new() -> Rc<Screen> {
        Rc::new(Screen {
            editing: Cell::new(false),
            printer: RefCell::new(None),
            partial: RefCell::new(String::new()),
            at_line_start: Cell::new(true),
        })
    }

    /// A writer for the interpreter's stdout or stderr.
    pub fn writer(self: &Rc<Screen>, stream: Stream) -> ScreenWriter {
        ScreenWriter {
            screen: self.clone(),
            stream,
        }
    }

    fn set_printer(&self, printer: Option<Printer>) {
        *self.printer.borrow_mut() = printer;
    }

    fn set_editing(&self, editing: bool) {
        if editing && !self.at_line_start.get() {
            let _ = std::io::stdout().write_all(b"\n");
            let _ = std::io::stdout().flush();
            self.at_line_start.set(true);
        }
        if !editing {
            self.send_partial();
        }
        self.editing.set(editing);
    }

    /// Shows text written while editing that ends no line yet (a prompt-less `print(end='')`).
    fn send_partial(&self) {
        let text = std::mem::take(&mut *self.partial.borrow_mut());
        if !text.is_empty() {
            self.print(text);
        }
    }

    fn print(&self, text: String) {
        if let Some(printer) = self.printer.borrow_mut().as_mut() {
            let _ = printer.print(text);
        }
    }

    fn through_printer(&self) -> bool {
        self.editing.get() && self.printer.borrow().is_some()
    }
}

pub struct ScreenWriter {
    screen: Rc<Screen>,
    stream: Stream,
}

impl Write for ScreenWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.screen.through_printer() {
            let mut partial = self.screen.partial.borrow_mut();
            partial.push_str(&String::from_utf8_lossy(bytes));
            if let Some(end) = partial.rfind('\n') {
                let lines: String = partial.drain(..=end).collect();
                drop(partial);
                self.screen.print(lines);
            }
            return Ok(bytes.len());
        }
        match self.stream {
            Stream::Out => std::io::stdout().write_all(bytes)?,
            Stream::Err => std::io::stderr().write_all(bytes)?,
        }
        if let Some(last) = bytes.last() {
            self.screen.at_line_start.set(*last == b'\n');
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.screen.through_printer() {
            self.screen.send_partial();
            return Ok(());
        }
        match self.stream {
            Stream::Out => std::io::stdout().flush(),
            Stream::Err => std::io::stderr().flush(),
        }
    }
}

// ----- the terminal's state --------------------------------------------------------------

/// The terminal's settings when the REPL started, put back however pyco ends.
static SAVED_TERMINAL: OnceLock<libc::termios> = OnceLock::new();

/// Saves the terminal's settings, and makes the signals that end pyco put them back first
/// (the line editor keeps the terminal in raw mode while a line is typed).
fn save_terminal() {
    // SAFETY: tcgetattr writes a termios for a terminal descriptor; the value is only used
    // when it succeeded.
    unsafe {
        let mut settings: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(libc::STDIN_FILENO, &mut settings) == 0 {
            let _ = SAVED_TERMINAL.set(settings);
        }
        for signal in [libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
            libc::signal(
                signal,
                restore_and_die as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
    }
}

/// Puts back the terminal's settings saved when the REPL started (after a panic too: the
/// command line calls it whatever way the interpreter's thread ended).
pub fn restore_terminal() {
    if let Some(settings) = SAVED_TERMINAL.get() {
        // SAFETY: tcsetattr with settings tcgetattr gave for the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, settings);
        }
    }
}

extern "C" fn restore_and_die(signal: libc::c_int) {
    // Only async-signal-safe calls: tcsetattr, signal, raise.
    restore_terminal();
    // SAFETY: resets the default disposition and raises the signal again, so pyco ends as
    // the signal meant.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

// ----- the REPL ---------------------------------------------------------------------------

/// Runs the REPL until the user leaves; returns the exit code.
pub fn run(session: Session, screen: &Rc<Screen>, color: bool) -> i32 {
    save_terminal();
    let editor = match editor::spawn(editor::history_path(), color) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("pyco: can't start the line editor: {e}");
            return 1;
        }
    };
    screen.set_printer(editor.printer);
    session.interp.write_err(WELCOME);
    let mut prompt = Prompt::new(session);
    loop {
        prompt.session.interp.flush_out();
        let request = Request {
            prompt: prompt.prompt(),
            initial: prompt.indentation(),
        };
        if editor.requests.send(request).is_err() {
            return 0;
        }
        screen.set_editing(true);
        let event = loop {
            let idle = match prompt.session.run_due() {
                Ok(idle) => idle,
                Err(code) => {
                    screen.set_editing(false);
                    return code;
                }
            };
            let event = match idle {
                Idle::Busy => match editor.events.try_recv() {
                    Ok(event) => event,
                    Err(TryRecvError::Empty) => continue,
                    Err(TryRecvError::Disconnected) => FromEditor::Eof,
                },
                Idle::Wait(wait) => match editor.events.recv_timeout(wait) {
                    Ok(event) => event,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => FromEditor::Eof,
                },
                Idle::Sleep => editor.events.recv().unwrap_or(FromEditor::Eof),
            };
            match event {
                FromEditor::Complete { line, pos, reply } => {
                    let _ = reply.send(super::complete::complete(&prompt.session, &line, pos));
                }
                event => break event,
            }
        };
        screen.set_editing(false);
        let leave = match event {
            // A paste of several lines arrives as one: each is a line typed.
            FromEditor::Line(text) => text
                .split('\n')
                .map(str::to_string)
                .find_map(|line| prompt.line(line)),
            FromEditor::Interrupted => {
                prompt.interrupted();
                None
            }
            FromEditor::Eof => prompt.end_of_input(),
            FromEditor::Complete { .. } => unreachable!("answered in the wait above"),
        };
        if let Some(code) = leave {
            return code;
        }
    }
}
