//! How the golden harness compares stderr with CPython's: whole, after a small normaliser
//! applied to both sides. It does three things and nothing else:
//!
//! 1. **Caret lines go.** CPython 3.11 underlines the failing part of a source line with a
//!    line of `^` and `~`; pyco does not draw them (yet), so a line made only of spaces, `^`
//!    and `~` is dropped.
//! 2. **CPython's asyncio frames go.** CPython's asyncio is Python, and its tracebacks pass
//!    through its files (`asyncio/runners.py`, `base_events.py`, `events.py`, ...); pyco's
//!    asyncio is built in and has no such frames. A `File "…/asyncio/NAME.py", line N, in F`
//!    line and the source line under it are dropped.
//! 3. **Other paths into CPython's asyncio become `<asyncio>/NAME.py`** (a warning raised
//!    where the loop runs a callback is located at `…/asyncio/events.py:80`), since the
//!    directory CPython is installed in differs from machine to machine.
//! 4. **pyco's own notes go.** After CPython's `coroutine '…' was never awaited` warning,
//!    pyco adds a picture of the call that made the coroutine: a block from a line starting
//!    `note: ` to the line closing the picture (`───╯`). CPython writes no such lines.
//!
//! A syntax error is the exception to "whole": pyco draws it as a picture of the source with
//! the span marked, which is the point of pyco, so when the golden is a syntax error (no
//! traceback, a last line `SyntaxError: …`, `IndentationError: …` or `TabError: …`) only the
//! last lines are compared.

/// `text` with caret lines and CPython's asyncio frames dropped and paths into CPython's
/// asyncio package shortened to `<asyncio>/NAME.py`. Lines of an exception group's
/// traceback carry a margin of `|` (`  |   File ...`); the rules read past it.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let (margin, body) = split_margin(line);
        if is_caret_line(body) {
            continue;
        }
        if line.starts_with("note: ")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("╭─["))
        {
            // The picture under it ends with its closing corner.
            for next in lines.by_ref() {
                if next.trim_end().ends_with('╯') {
                    break;
                }
            }
            continue;
        }
        if is_asyncio_frame(body) {
            // The frame's source line, when CPython could read the file, is under it,
            // indented two more spaces.
            let source_prefix = format!("{margin}    ");
            if lines
                .peek()
                .is_some_and(|next| next.starts_with(&source_prefix))
            {
                lines.next();
            }
            continue;
        }
        out.push_str(&shorten_asyncio_paths(line));
    }
    out
}

/// The margin of an exception group's traceback (spaces and `|`) and the rest of the line.
fn split_margin(line: &str) -> (&str, &str) {
    let start = line
        .find(|c: char| c != ' ' && c != '|')
        .unwrap_or(line.len());
    let margin = line[..start].trim_end_matches(' ');
    // A line of an ordinary traceback has no `|`: its margin is empty.
    let margin = if margin.contains('|') { margin } else { "" };
    (margin, &line[margin.len()..])
}

/// Whether the golden `expected` (whole stderr) is a syntax error reported before the
/// program ran: then only the last lines are compared.
pub fn is_syntax_error(expected: &str) -> bool {
    let last = last_line(expected);
    !expected.contains("Traceback (most recent call last):")
        && ["SyntaxError:", "IndentationError:", "TabError:"]
            .iter()
            .any(|kind| last.starts_with(kind))
}

/// The last line of `text`, without its newline.
pub fn last_line(text: &str) -> &str {
    text.trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .unwrap_or("")
}

fn is_caret_line(line: &str) -> bool {
    let body = line.trim();
    !body.is_empty() && body.chars().all(|c| matches!(c, '^' | '~'))
}

fn is_asyncio_frame(line: &str) -> bool {
    line.trim_start_matches(' ').starts_with("File \"")
        && line
            .split('"')
            .nth(1)
            .is_some_and(|path| asyncio_file(path).is_some())
}

/// `NAME.py` when `path` is a file of an `asyncio` package directory (not `<asyncio>`).
fn asyncio_file(path: &str) -> Option<&str> {
    let (dir, name) = path.rsplit_once('/')?;
    (dir.ends_with("/asyncio") && name.ends_with(".py")).then_some(name)
}

fn shorten_asyncio_paths(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("/asyncio/") {
        // The path starts after the last space or quote before `/asyncio/`.
        let start = rest[..at].rfind([' ', '"', '\'']).map_or(0, |i| i + 1);
        let after = &rest[at + "/asyncio/".len()..];
        let name_len = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        if rest[start..at].starts_with('/') && name.ends_with(".py") {
            out.push_str(&rest[..start]);
            out.push_str("<asyncio>/");
            out.push_str(name);
        } else {
            out.push_str(&rest[..at + "/asyncio/".len() + name_len]);
        }
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

/// Object addresses (`<function job at 0x7f3a...>`, `<coroutine object job at 0x...>`)
/// differ from run to run and between interpreters: in stdout and stderr alike, the hex
/// digits after ` at 0x` become `…`. (`tests/regen-goldens` writes goldens masked the same
/// way.) Nothing else changes.
pub fn mask_addresses(text: &str) -> String {
    const MARK: &str = " at 0x";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let after = &rest[at + MARK.len()..];
        let digits = after.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        out.push_str(&rest[..at + MARK.len()]);
        if digits > 0 {
            out.push('…');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}
