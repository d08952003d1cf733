//! Errors to text. The only module that knows about lines, columns and ariadne.
//!
//! Every report has two parts: ariadne's picture of the source with the span labelled (for
//! people), then CPython's own traceback-style lines for the first error (for tools and tests,
//! which compare the last line with CPython's).

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};

use crate::source::Source;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::lexer::NULL_BYTES_MESSAGE;

/// Renders syntax errors: an ariadne report per error, then CPython's form of the first one.
/// With `color == false` the output has no escape codes at all.
pub fn render_syntax_errors(source: &Source, errors: &[SyntaxError], color: bool) -> String {
    let mut out = String::new();
    for error in errors {
        out.push_str(&ariadne_report(source, error, color));
    }
    if let Some(first) = errors.first() {
        out.push_str(&cpython_form(source, first));
    }
    out
}

/// A byte range inside the text that ariadne can label: never empty, never past the end.
fn label_range(source: &Source, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let length = source.text.len();
    let mut start = range.start.min(length);
    let mut end = range.end.clamp(start, length);
    if start == end {
        if end < length {
            end = next_boundary(&source.text, end);
        } else if start > 0 {
            start = previous_boundary(&source.text, start);
        }
    }
    start..end
}

fn next_boundary(text: &str, offset: usize) -> usize {
    let mut next = offset + 1;
    while next < text.len() && !text.is_char_boundary(next) {
        next += 1;
    }
    next.min(text.len())
}

fn previous_boundary(text: &str, offset: usize) -> usize {
    let mut previous = offset.saturating_sub(1);
    while previous > 0 && !text.is_char_boundary(previous) {
        previous -= 1;
    }
    previous
}

/// What to say beside the span when the error carries no label of its own.
fn default_note(error: &SyntaxError) -> &'static str {
    let message = error.message.as_str();
    let by_message: &[(&str, &'static str)] = &[
        ("expected ':'", "a block header ends with ':'"),
        (
            "expected an indented block",
            "the block's first statement must be indented",
        ),
        (
            "unexpected indent",
            "this line is indented, but no block starts here",
        ),
        (
            "unindent does not match",
            "this indentation matches no enclosing block",
        ),
        (
            "too many levels of indentation",
            "blocks nest too deeply here",
        ),
        (
            "inconsistent use of tabs",
            "indent with spaces only (or tabs only)",
        ),
        (
            "invalid syntax. Perhaps you forgot a comma?",
            "a comma may be missing between these",
        ),
        (
            "invalid syntax. Maybe you meant",
            "'=' assigns; '==' compares",
        ),
        ("cannot assign to", "this cannot be assigned to"),
        ("cannot delete", "this cannot be deleted"),
        ("was never closed", "this bracket is never closed"),
        ("unmatched", "nothing opened this bracket"),
        (
            "closing parenthesis",
            "this bracket closes a different kind of bracket",
        ),
        ("unterminated", "this string never ends"),
        (
            "not supported by pyco",
            "pyco runs a subset of Python that leaves this out",
        ),
        (
            "invalid character",
            "this character cannot appear outside a string",
        ),
        (
            "invalid non-printable character",
            "an invisible character is hidden here",
        ),
        (
            "expected 'except' or 'finally' block",
            "a 'try' block needs 'except' or 'finally' here",
        ),
        ("unexpected EOF", "the input ends here"),
    ];
    if error.kind == SyntaxErrorKind::Recursion {
        return "this expression nests too deeply";
    }
    by_message
        .iter()
        .find(|(prefix, _)| message.starts_with(prefix) || message.contains(prefix))
        .map_or("Python cannot make sense of the code here", |(_, note)| {
            note
        })
}

fn ariadne_report(source: &Source, error: &SyntaxError, color: bool) -> String {
    let name = source.name.as_str();
    let range = label_range(source, error.span.start as usize..error.span.end as usize);
    let config = Config::default()
        .with_index_type(IndexType::Byte)
        .with_color(color);
    let label_text = error
        .label
        .clone()
        .unwrap_or_else(|| default_note(error).to_string());
    let mut label = Label::new((name, range.clone())).with_message(label_text);
    if color {
        label = label.with_color(Color::Red);
    }
    let mut report = Report::build(ReportKind::Error, (name, range))
        .with_config(config)
        .with_message(format!("{}: {}", error.kind.python_name(), error.message))
        .with_label(label);
    if error.incomplete {
        report = report.with_note("the input ended before this was finished");
    }
    written(source, report)
}

/// The text of an ariadne report on `source`.
fn written<'a>(
    source: &'a Source,
    report: ariadne::ReportBuilder<'a, (&'a str, std::ops::Range<usize>)>,
) -> String {
    let mut buffer = Vec::new();
    let cache = (
        source.name.as_str(),
        ariadne::Source::from(source.text.as_str()),
    );
    if report.finish().write(cache, &mut buffer).is_err() {
        return String::new();
    }
    String::from_utf8_lossy(&buffer).into_owned()
}

/// A picture of a place in a program for one of the runtime's own notes (the deadlock
/// report, a forgotten `await`): `title` over the source, the line holding `offset` marked
/// from there to its end and labelled `label`. No escape codes at all without `color`.
pub fn render_place(
    source: &Source,
    offset: usize,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let (start, line) = rest_of_line(source, offset);
    render_range(
        source,
        start..start + line.trim_end().len(),
        title,
        label,
        color,
    )
}

/// Where `offset` is in `source` (kept inside the text), and the text from there to the
/// end of its line.
fn rest_of_line(source: &Source, offset: usize) -> (usize, &str) {
    let text = source.text.as_str();
    let start = offset.min(text.len());
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    (start, &text[start..end])
}

/// As [`render_place`], marking the call `name(...)` found on the line from `offset` (the
/// statement that made a value), or the rest of the line if the call is not there.
pub fn render_call(
    source: &Source,
    offset: usize,
    name: &str,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let (start, line) = rest_of_line(source, offset);
    let call = (!name.is_empty())
        .then(|| {
            line.match_indices(&format!("{name}("))
                .map(|(at, _)| at)
                .find(|&at| {
                    // A whole name, not the end of a longer one.
                    !line[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
        })
        .flatten();
    let Some(mut at) = call else {
        return render_place(source, offset, title, label, color);
    };
    // The whole callee: `self.refresh(` from `self`, `client.fetch(` from `client`.
    while let Some(c) = line[..at].chars().next_back() {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            at -= c.len_utf8();
        } else {
            break;
        }
    }
    let mut depth = 0;
    let mut end = line.len();
    for (i, c) in line[at..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    end = at + i + 1;
                    break;
                }
            }
            _ => {}
        }
    }
    render_range(source, start + at..start + end, title, label, color)
}

/// A warning of `pyco --check` (not the compiler's): `title` over the source, `span`
/// marked and labelled `label`.
pub fn render_warning(
    source: &Source,
    span: crate::source::Span,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let kind = ReportKind::Warning;
    render_kind(
        source,
        kind,
        span.start as usize..span.end as usize,
        title,
        label,
        color,
    )
}

fn render_range(
    source: &Source,
    range: std::ops::Range<usize>,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let kind = ReportKind::Custom("note", Color::Yellow);
    render_kind(source, kind, range, title, label, color)
}

fn render_kind(
    source: &Source,
    kind: ReportKind,
    range: std::ops::Range<usize>,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let range = label_range(source, range);
    let name = source.name.as_str();
    let config = Config::default()
        .with_index_type(IndexType::Byte)
        .with_color(color);
    let mut label = Label::new((name, range.clone())).with_message(label);
    if color {
        label = label.with_color(Color::Yellow);
    }
    let report = Report::build(kind, (name, range))
        .with_config(config)
        .with_message(title)
        .with_label(label);
    let out = written(source, report);
    // ariadne paints a custom kind's name whatever the config says.
    if color {
        out
    } else {
        without_escapes(&out)
    }
}

/// `text` without its ANSI colour escapes (`ESC [ ... m`).
fn without_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\x1b') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match rest.find('m') {
            Some(end) => rest = &rest[end + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// CPython's lines for a syntax error:
/// ```text
///   File "prog.py", line 3
///     def f()
///            ^
/// SyntaxError: expected ':'
/// ```
pub fn cpython_form(source: &Source, error: &SyntaxError) -> String {
    let text = &source.text;
    let mut offset = (error.span.start as usize).min(text.len());
    if offset == text.len() && text.ends_with('\n') {
        // An error at the very end belongs to the last line, as CPython reports it.
        offset -= 1;
    }
    let line_number = source.line_of(offset as u32);
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |newline| line_start + newline);
    let line = text[line_start..line_end].trim_end_matches('\r');
    // CPython shows a line holding a NUL byte only up to it (a C string).
    let null_bytes = error.message == NULL_BYTES_MESSAGE;
    let line = if null_bytes {
        line.split('\0').next().unwrap_or("")
    } else {
        line
    };
    let stripped = line.trim_start();
    let indent = line.len() - stripped.len();

    let mut out = format!("  File \"{}\", line {}\n", source.name, line_number);
    if !stripped.is_empty() {
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        let no_caret = null_bytes
            || matches!(error.kind, SyntaxErrorKind::Tab)
            || (error.kind == SyntaxErrorKind::Indentation && error.message == "unexpected indent");
        if !no_caret {
            let caret_start = offset.saturating_sub(line_start).saturating_sub(indent);
            let column = stripped
                .get(..caret_start.min(stripped.len()))
                .map_or(caret_start, |s| s.chars().count())
                + caret_start.saturating_sub(stripped.len());
            let span_end = (error.span.end as usize).clamp(offset, line_end);
            let width = text
                .get(offset..span_end)
                .map_or(1, |s| s.chars().count())
                .max(1);
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(column),
                "^".repeat(width)
            ));
        }
    }
    out.push_str(&format!(
        "{}: {}\n",
        error.kind.python_name(),
        error.message
    ));
    out
}
