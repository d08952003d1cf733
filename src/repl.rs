//! The interactive half: the REPL (`pyco` on a terminal, `pyco -i FILE`) and notebooks
//! (`pyco NOTEBOOK.ipynb`). Both feed inputs to one [`session::Session`]: a `__main__`
//! namespace and an event loop living across inputs, on which top-level `await` runs.

mod complete;
mod editor;
mod highlight;
pub mod input;
pub mod notebook;
pub mod prompt;
pub mod session;
pub mod terminal;

pub use input::{input_status, InputStatus};
pub use session::{Outcome, Session};
pub use terminal::{restore_terminal, Screen, Stream};

/// `:tasks`: each live task of the session's loop, as its repr shows it (name, coroutine,
/// state, the line it is suspended at, what it waits for).
pub fn tasks_table(session: &Session) -> String {
    let tasks = session.live_tasks();
    if tasks.is_empty() {
        return "no tasks are running\n".to_string();
    }
    let mut out = String::new();
    for task in tasks {
        match crate::modules::asyncio::future_repr(&session.interp, &task) {
            Ok(repr) => out.push_str(&format!("  {repr}\n")),
            Err(_) => out.push_str(&format!("  {}\n", task.name())),
        }
    }
    out
}
