//! The line editor's side of the REPL: rustyline on a thread of its own, so the interpreter
//! and its event loop go on running (background tasks print, timers fire) while a line is
//! typed. The interpreter asks for a line with a [`Request`]; the editor answers with
//! [`FromEditor`] events, and asks the interpreter for completions the same way, since only
//! the interpreter's thread can look into the namespace.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, ExternalPrinter};

/// What the interpreter asks of the editor: read one line.
pub struct Request {
    pub prompt: &'static str,
    /// Text the line starts with (the indentation the REPL suggests).
    pub initial: String,
}

/// What the editor tells the interpreter.
pub enum FromEditor {
    /// A line was entered (without its newline).
    Line(String),
    /// Ctrl-C while editing.
    Interrupted,
    /// Ctrl-D on an empty line, or the terminal went away.
    Eof,
    /// Tab was pressed: the completions of `line` at byte `pos`, answered on `reply` as the
    /// byte where the replaced word starts and the candidates.
    Complete {
        line: String,
        pos: usize,
        reply: Sender<(usize, Vec<String>)>,
    },
}

/// A printer that shows text above the line being edited.
pub type Printer = Box<dyn ExternalPrinter + Send>;

/// The editor thread's handles: where to send requests, where events arrive, and the
/// printer (None when the terminal cannot give one).
pub struct EditorThread {
    pub requests: Sender<Request>,
    pub events: Receiver<FromEditor>,
    pub printer: Option<Printer>,
}

/// Starts the editor thread, with history kept in `history` and highlighting if `color`.
pub fn spawn(history: Option<PathBuf>, color: bool) -> std::io::Result<EditorThread> {
    let (requests, request_rx) = mpsc::channel::<Request>();
    let (event_tx, events) = mpsc::channel::<FromEditor>();
    let (printer_tx, printer_rx) = mpsc::channel::<Option<Printer>>();
    std::thread::Builder::new()
        .name("pyco-editor".to_string())
        .spawn(move || editor_thread(request_rx, event_tx, printer_tx, history, color))?;
    let printer = printer_rx.recv().unwrap_or(None);
    Ok(EditorThread {
        requests,
        events,
        printer,
    })
}

fn editor_thread(
    requests: Receiver<Request>,
    events: Sender<FromEditor>,
    printer: Sender<Option<Printer>>,
    history: Option<PathBuf>,
    color: bool,
) {
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .tab_stop(4)
        .build();
    let mut editor: Editor<Helper, FileHistory> = match Editor::with_config(config) {
        Ok(editor) => editor,
        Err(_) => {
            let _ = printer.send(None);
            let _ = events.send(FromEditor::Eof);
            return;
        }
    };
    editor.set_helper(Some(Helper {
        events: events.clone(),
        color,
    }));
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let _ = printer.send(
        editor
            .create_external_printer()
            .ok()
            .map(|p| Box::new(p) as Printer),
    );
    for request in requests {
        let event = match editor.readline_with_initial(request.prompt, (&request.initial, "")) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    if let Some(path) = &history {
                        let _ = editor.append_history(path);
                    }
                }
                FromEditor::Line(line)
            }
            Err(ReadlineError::Interrupted) => FromEditor::Interrupted,
            Err(_) => FromEditor::Eof,
        };
        if events.send(event).is_err() {
            break;
        }
    }
}

/// Where history is kept: `$XDG_STATE_HOME/pyco/history`, else
/// `~/.local/state/pyco/history` (the folder is made if missing).
pub fn history_path() -> Option<PathBuf> {
    let state = match std::env::var_os("XDG_STATE_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME")?).join(".local/state"),
    };
    let dir = state.join("pyco");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

/// rustyline's helper: completion through the interpreter, highlighting with pyco's lexer.
struct Helper {
    events: Sender<FromEditor>,
    color: bool,
}

impl rustyline::Helper for Helper {}
impl Validator for Helper {}

impl Hinter for Helper {
    type Hint = String;
}

impl Completer for Helper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let (reply, answer) = mpsc::channel();
        let asked = self.events.send(FromEditor::Complete {
            line: line.to_string(),
            pos,
            reply,
        });
        if asked.is_err() {
            return Ok((pos, Vec::new()));
        }
        // The interpreter answers between two loop iterations; a callback that blocks for
        // long only costs this Tab.
        Ok(answer
            .recv_timeout(Duration::from_secs(2))
            .unwrap_or((pos, Vec::new())))
    }
}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(super::highlight::highlight(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.color && kind != CmdKind::MoveCursor
    }
}
