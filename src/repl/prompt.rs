//! What the REPL does with each typed line, whoever reads it (the line editor on a terminal,
//! or plain lines from a pipe under `pyco -i`): collect lines until they are a whole input,
//! run it, and handle the REPL's own commands (`:help`, `:tasks`, `:time`, `:reset`) and
//! shell lines (`!pip install ...`).

use std::io::BufRead;
use std::time::Instant;

use super::input::{input_status, InputStatus};
use super::session::{Outcome, Session};

/// The line the REPL greets with.
pub const WELCOME: &str = concat!(
    "pyco ",
    env!("CARGO_PKG_VERSION"),
    " (a Python 3.11 subset): `await` works at the prompt; :help for commands, Ctrl-D to leave\n"
);

const HELP: &str = "\
pyco REPL commands:
  :help          this list
  :tasks         the event loop's live tasks: name, coroutine, state, where each waits
  :time          show (or stop showing) how long each input took
  :reset         a fresh namespace and event loop (running tasks are cancelled)
  help(obj)      what a function, class or module does
  exit(), quit() or Ctrl-D   leave
Top-level `await` works at the prompt, and tasks keep running between inputs.
";

/// The note for a shell command typed at the prompt or found in a notebook cell.
pub const SHELL_NOTE: &str = "pyco: shell commands (lines starting with '!') are not run; \
nest_asyncio is built into pyco, so `import nest_asyncio` works as is\n";

/// The REPL's state between lines: the session and the lines of an unfinished input.
pub struct Prompt {
    pub session: Session,
    lines: Vec<String>,
    show_time: bool,
}

impl Prompt {
    pub fn new(session: Session) -> Prompt {
        Prompt {
            session,
            lines: Vec::new(),
            show_time: false,
        }
    }

    /// `>>> ` for a new input, `... ` for a continuation line.
    pub fn prompt(&self) -> &'static str {
        if self.lines.is_empty() {
            ">>> "
        } else {
            "... "
        }
    }

    /// The indentation the next line starts with: one level deeper after a line ending in
    /// `:`, the same as an indented line before it, none at the primary prompt.
    pub fn indentation(&self) -> String {
        indentation_after(&self.lines)
    }

    /// Ctrl-C while editing: the unfinished input is dropped, as CPython does.
    pub fn interrupted(&mut self) {
        self.lines.clear();
        self.session.interp.write_err("\nKeyboardInterrupt\n");
    }

    /// Ctrl-D or the end of the input: leave (status 0) on an empty prompt; in the middle
    /// of an input, drop it. (On a pipe the end of the input always leaves.)
    pub fn end_of_input(&mut self) -> Option<i32> {
        self.session.interp.flush_out();
        // CPython ends the prompt's line on stderr, where the prompt is.
        self.session.interp.write_err("\n");
        if self.lines.is_empty() {
            Some(0)
        } else {
            self.lines.clear();
            None
        }
    }

    /// One typed line; returns the exit code when the session ends.
    pub fn line(&mut self, line: String) -> Option<i32> {
        if self.lines.is_empty() {
            let command = line.trim();
            if command.starts_with('!') {
                self.session.interp.write_err(SHELL_NOTE);
                return None;
            }
            if let Some(name) = command.strip_prefix(':') {
                self.command(name);
                return None;
            }
        }
        // A continuation line of only (the suggested) indentation ends the block.
        let line = if !self.lines.is_empty() && line.trim().is_empty() {
            String::new()
        } else {
            line
        };
        self.lines.push(line);
        let text = self.lines.join("\n");
        if text.trim().is_empty() {
            self.lines.clear();
            return None;
        }
        if input_status(&text) == InputStatus::Incomplete {
            return None;
        }
        self.lines.clear();
        let started = Instant::now();
        let outcome = self.session.run(&text);
        if self.show_time {
            self.session
                .interp
                .write_err(&format!("[{:.3} s]\n", started.elapsed().as_secs_f64()));
        }
        match outcome {
            Outcome::Exit(code) => Some(code),
            Outcome::Done | Outcome::Failed => None,
        }
    }

    fn command(&mut self, name: &str) {
        let interp = self.session.interp.clone();
        match name {
            "help" => interp.write_err(HELP),
            "tasks" => interp.write_err(&super::tasks_table(&self.session)),
            "time" => {
                self.show_time = !self.show_time;
                let state = if self.show_time { "on" } else { "off" };
                interp.write_err(&format!("timing is {state}\n"));
            }
            "reset" => {
                self.session.reset();
                interp.write_err("a fresh namespace and event loop\n");
            }
            _ => interp.write_err(&format!(
                "pyco: unknown command ':{name}'; :help lists the commands\n"
            )),
        }
    }
}

/// At most this many loop iterations run between two lines read from a pipe (tasks that
/// never wait would otherwise keep the next line from being read).
const MAX_STEPS_BETWEEN_LINES: usize = 1000;

/// The REPL without a terminal (`pyco -i` with stdin a pipe or file): lines read one by
/// one, prompts on stderr as CPython writes them then, and due loop work run between
/// lines.
pub fn run_lines(session: Session, input: impl BufRead) -> i32 {
    let mut prompt = Prompt::new(session);
    let mut lines = input.lines();
    loop {
        for _ in 0..MAX_STEPS_BETWEEN_LINES {
            if prompt.session.run_due() != Ok(super::session::Idle::Busy) {
                break;
            }
        }
        prompt.session.interp.flush_out();
        prompt.session.interp.write_err(prompt.prompt());
        let leave = match lines.next() {
            Some(Ok(line)) => prompt.line(line),
            _ => prompt.end_of_input().or(Some(0)),
        };
        if let Some(code) = leave {
            return code;
        }
    }
}

fn indentation_after(lines: &[String]) -> String {
    let Some(last) = lines.last() else {
        return String::new();
    };
    let indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = last.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        format!("{indent}    ")
    } else {
        indent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_line_is_indented_after_a_colon_and_keeps_an_indented_line_level() {
        let lines = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(indentation_after(&[]), "");
        assert_eq!(indentation_after(&lines(&["async def f():"])), "    ");
        assert_eq!(
            indentation_after(&lines(&["def f():", "    for i in x:  # loop"])),
            "        "
        );
        assert_eq!(
            indentation_after(&lines(&["def f():", "    x = 1"])),
            "    "
        );
        assert_eq!(indentation_after(&lines(&["x = (1,"])), "");
    }
}
