//! `pyco NOTEBOOK.ipynb`: a Jupyter notebook's code cells run in order as inputs of one
//! session (one namespace, one live event loop, top-level `await` allowed), each showing its
//! output and, as Jupyter does, the value of a last line that is an expression. Markdown
//! and raw cells are skipped; shell lines (`!pip install ...`) and IPython magics (`%time`)
//! are not run, with a note.

use serde_json::Value as Json;

use super::session::{Outcome, Session};
use crate::syntax::lexer::{lex, Token};
use crate::syntax::resolve::Mode;

/// How a notebook is run.
#[derive(Clone, Copy, Debug, Default)]
pub struct NotebookOptions {
    /// Go on after a cell fails (the exit code is still 1).
    pub keep_going: bool,
    /// Print a header line before each code cell.
    pub show_cells: bool,
}

/// A notebook's code cells, in order, or why the file is not a notebook.
pub fn code_cells(text: &str) -> Result<Vec<String>, String> {
    let json: Json = serde_json::from_str(text)
        .map_err(|e| format!("not a notebook: the file is not valid JSON ({e})"))?;
    let cells = json
        .get("cells")
        .and_then(Json::as_array)
        .ok_or("not a notebook: it has no \"cells\" list (pyco reads nbformat 4 notebooks)")?;
    let mut code = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        let kind = cell
            .get("cell_type")
            .and_then(Json::as_str)
            .ok_or_else(|| format!("not a notebook: cell {} has no \"cell_type\"", i + 1))?;
        if kind != "code" {
            continue;
        }
        let source = match cell.get("source") {
            Some(Json::String(s)) => s.clone(),
            Some(Json::Array(lines)) => lines
                .iter()
                .map(|line| line.as_str().map(str::to_string))
                .collect::<Option<String>>()
                .ok_or_else(|| {
                    format!(
                        "not a notebook: cell {} has a source line that is not text",
                        i + 1
                    )
                })?,
            _ => return Err(format!("not a notebook: cell {} has no \"source\"", i + 1)),
        };
        code.push(source);
    }
    Ok(code)
}

/// A cell's text with shell lines and line magics blanked (line numbers stay), each noted
/// on stderr; None for a cell magic (`%%time`), whose whole cell is skipped.
fn runnable(session: &Session, cell: &str) -> Option<String> {
    if cell.trim_start().starts_with("%%") {
        let magic = cell.trim_start().lines().next().unwrap_or("");
        session.interp.write_err(&format!(
            "pyco: IPython cell magics are not supported: the cell starting '{magic}' is skipped\n"
        ));
        return None;
    }
    let lines: Vec<&str> = cell
        .split('\n')
        .map(|line| {
            let code = line.trim_start();
            if code.starts_with('!') {
                session.interp.write_err(super::prompt::SHELL_NOTE);
                ""
            } else if code.starts_with('%') {
                session.interp.write_err(&format!(
                    "pyco: IPython magics are not supported: '{}' is skipped\n",
                    code.trim_end()
                ));
                ""
            } else {
                line
            }
        })
        .collect();
    Some(lines.join("\n"))
}

/// Whether the cell's last token (comments and line ends aside) is `;`, which keeps IPython
/// from showing the value of its last line.
fn ends_with_semicolon(text: &str) -> bool {
    lex(text)
        .tokens
        .iter()
        .rev()
        .find(|(token, _)| {
            !matches!(
                token,
                Token::Newline | Token::RawNewline | Token::Indent | Token::Dedent
            )
        })
        .is_some_and(|(token, _)| matches!(token, Token::Semicolon))
}

/// Runs the code cells; returns the exit code: 0, 1 after a failed cell, or `sys.exit`'s.
pub fn run(session: &mut Session, cells: &[String], options: NotebookOptions) -> i32 {
    let mut failed = false;
    for (i, cell) in cells.iter().enumerate() {
        let number = i + 1;
        if options.show_cells {
            let _ = session
                .interp
                .write_out(&format!("──── In [{number}] ────\n"));
        }
        let Some(text) = runnable(session, cell) else {
            continue;
        };
        session.set_source_name(format!("<cell {number}>"));
        let mode = Mode::Cell {
            show_last: !ends_with_semicolon(&text),
        };
        match session.run_as(&text, mode) {
            Outcome::Done => {}
            Outcome::Failed => {
                failed = true;
                if !options.keep_going {
                    break;
                }
            }
            Outcome::Exit(code) => return code,
        }
    }
    session.interp.flush_out();
    i32::from(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_cells_are_read_in_order_from_lists_or_strings_and_others_are_skipped() {
        let text = r##"{"cells": [
            {"cell_type": "markdown", "source": ["# Title"]},
            {"cell_type": "code", "source": ["x = 1\n", "x"], "outputs": []},
            {"cell_type": "raw", "source": "raw"},
            {"cell_type": "code", "source": "await job(1)"}
        ], "nbformat": 4}"##;
        assert_eq!(
            code_cells(text).unwrap(),
            vec!["x = 1\nx".to_string(), "await job(1)".to_string()]
        );
    }

    #[test]
    fn a_last_semicolon_hides_the_value_as_in_ipython() {
        assert!(ends_with_semicolon("x = 1\nx;"));
        assert!(ends_with_semicolon("x;  # quiet\n\n"));
        assert!(!ends_with_semicolon("x"));
        assert!(!ends_with_semicolon("x; y"));
        assert!(!ends_with_semicolon("s = ';'"));
    }

    #[test]
    fn a_malformed_file_says_what_is_wrong() {
        assert!(code_cells("{").unwrap_err().contains("not valid JSON"));
        assert!(code_cells("{\"nbformat\": 4}")
            .unwrap_err()
            .contains("no \"cells\" list"));
        assert!(code_cells(r#"{"cells": [{"source": "x"}]}"#)
            .unwrap_err()
            .contains("cell 1 has no \"cell_type\""));
        assert!(
            code_cells(r#"{"cells": [{"cell_type": "code", "source": [1]}]}"#)
                .unwrap_err()
                .contains("not text")
        );
    }
}
