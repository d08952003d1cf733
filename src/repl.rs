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

use crate::modules::asyncio;
pub use input::{input_status, InputStatus};
pub use session::{Outcome, Session};
pub use terminal::{restore_terminal, Screen, Stream};

/// `:tasks`: a table of the live tasks of the session's loop: name, coroutine, state, the
/// line each is suspended at, and what it waits for.
pub fn tasks_table(session: &Session) -> String {
    let tasks = session.event_loop.live_tasks();
    if tasks.is_empty() {
        return "no tasks are running\n".to_string();
    }
    let mut rows = vec![[
        "task".to_string(),
        "coroutine".to_string(),
        "state".to_string(),
        "suspended at".to_string(),
        "waiting for".to_string(),
    ]];
    for task in tasks {
        if let Ok(row) = asyncio::task_row(&session.interp, &task) {
            rows.push(row);
        }
    }
    let widths: Vec<usize> = (0..5)
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::from(" ");
        for (cell, width) in row.iter().zip(&widths) {
            line.push(' ');
            line.push_str(cell);
            line.push_str(&" ".repeat(width - cell.chars().count() + 1));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
