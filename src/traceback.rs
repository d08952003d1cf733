//! Tracebacks as CPython prints them: an exception with its chain of causes and contexts,
//! the boxed layout of exception groups, repeated frames folded, and the "Did you mean"
//! suggestions of `NameError` and `AttributeError`.

use crate::exception;
use crate::exception::exc_data;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::class_of;
use crate::value;
use crate::value::Value;

mod suggestions;

/// The full CPython report of an exception, with its chain of causes and contexts, and the
/// boxed layout of exception groups.
pub fn format_exception(interp: &Interp, exc: &Value) -> String {
    let mut out = String::new();
    let mut context = PrintContext {
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
    };
    format_chain(interp, exc, &mut context, &mut out);
    out
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// How many members of a group are shown, and how deep nested groups are shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of a report in progress, as `traceback._ExceptionPrintContext` keeps it.
struct PrintContext {
    /// Exceptions already reported, so cycles in causes and contexts end.
    seen: Vec<usize>,
    /// How many exception groups the text is inside: each indents two columns and adds a margin.
    group_depth: usize,
    /// Whether the closing line of a group's box is still owed.
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Writes `text`, every line indented and, inside a group, behind the `margin` character.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// `TracebackException.format`: the exception after its causes and contexts.
fn format_chain(interp: &Interp, exc: &Value, context: &mut PrintContext, out: &mut String) {
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut current = Some(exc.clone());
    while let Some(exc) = current.take() {
        context.seen.push(exc.identity());
        // The message that introduces `exc` after what led to it.
        let mut message = None;
        if let Some(data) = exc_data(&exc) {
            let data = data.borrow();
            let unseen =
                |v: &Option<Value>| v.clone().filter(|c| !context.seen.contains(&c.identity()));
            if let Some(cause) = unseen(&data.cause) {
                (message, current) = (Some(CAUSE_MESSAGE), Some(cause));
            } else if let Some(cause_context) =
                unseen(&data.context).filter(|_| !data.suppress_context)
            {
                (message, current) = (Some(CONTEXT_MESSAGE), Some(cause_context));
            }
        }
        chain.push((message, exc));
    }
    for (message, exc) in chain.iter().rev() {
        if let Some(message) = message {
            context.emit(out, message, '|');
        }
        let mut trace = exc_data(exc)
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        trace.retain(|entry| !entry.source.is_library());
        let members = exception::group_exceptions(exc);
        match members {
            None => {
                if !trace.is_empty() {
                    context.emit(out, "Traceback (most recent call last):\n", '|');
                    context.emit(out, &stack_text(&trace), '|');
                }
                context.emit(out, &exception_text(interp, exc), '|');
            }
            Some(_) if context.group_depth > MAX_GROUP_DEPTH => {
                context.emit(
                    out,
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                );
            }
            Some(members) => format_group(interp, exc, &members, &trace, context, out),
        }
    }
}

/// An exception group: its own traceback and line, then each member in a numbered box.
fn format_group(
    interp: &Interp,
    exc: &Value,
    members: &[Value],
    trace: &[value::TraceEntry],
    context: &mut PrintContext,
    out: &mut String,
) {
    let is_toplevel = context.group_depth == 0;
    if is_toplevel {
        context.group_depth += 1;
    }
    if !trace.is_empty() {
        let margin = if is_toplevel { '+' } else { '|' };
        context.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        context.emit(out, &stack_text(trace), '|');
    }
    context.emit(out, &exception_text(interp, exc), '|');
    let shown = if members.len() <= MAX_GROUP_WIDTH {
        members.len()
    } else {
        MAX_GROUP_WIDTH + 1
    };
    context.need_close = false;
    for i in 0..shown {
        let last = i == shown - 1;
        if last {
            // The closing line may be written by a nested group instead.
            context.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            context.indent()
        ));
        context.group_depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            context.emit(
                out,
                &format!("and {remaining} more exception{plural}\n"),
                '|',
            );
        } else {
            format_chain(interp, &members[i], context, out);
        }
        if last && context.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                context.indent()
            ));
            context.need_close = false;
        }
        context.group_depth -= 1;
    }
    if is_toplevel {
        context.group_depth = 0;
    }
}

/// How many times in a row one line of a traceback is shown before the rest of its repeats
/// are counted instead (CPython's `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The `File ..., line ..., in ...` lines of a traceback, each with its source line; a line
/// repeated more than three times in a row (deep recursion) is then counted, as CPython
/// does: `[Previous line repeated 996 more times]`.
fn stack_text(trace: &[value::TraceEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, usize, &str)> = None;
    let mut count = 0;
    for entry in trace {
        let line = entry.source.line_of(entry.span.start);
        let this = (&*entry.source.name, line, &*entry.function);
        if last != Some(this) {
            repeated_line(&mut out, count);
            last = Some(this);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            entry.source.name, line, entry.function
        ));
        // CPython has no text for `<stdin>`, `<string>` or a REPL input: only files show lines.
        if !entry.source.name.starts_with('<') {
            let text = entry.source.line_text(line).trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    repeated_line(&mut out, count);
    out
}

/// The line that stands for the repeats of a traceback line beyond the cutoff.
fn repeated_line(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        let plural = if more > 1 { "s" } else { "" };
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{plural}]\n"
        ));
    }
}

/// `ValueError: message` — the last line of a traceback.
/// The exception's line and then its notes (`__notes__`, from `add_note`), as CPython's
/// `print_exception` writes them: each note's lines in turn, a note that is not a str by its
/// `str()`, and `__notes__` that is not a sequence by its repr.
fn exception_text(interp: &Interp, exc: &Value) -> String {
    let mut text = format!("{}\n", exception_line(interp, exc));
    let Ok(notes) = interp.get_attr(exc, Sym::intern("__notes__")) else {
        return text;
    };
    let items = match &notes {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        other => {
            let repr = interp
                .repr(other)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            text.push_str(&repr);
            text.push('\n');
            return text;
        }
    };
    for note in items {
        match interp.str(&note) {
            Ok(note) => text.push_str(&note),
            Err(_) => text.push_str("<note str() failed>"),
        }
        text.push('\n');
    }
    text
}

pub fn exception_line(interp: &Interp, exc: &Value) -> String {
    let class = class_of(exc);
    let module = class.module.name();
    let name = if &*module == "builtins" || &*module == "__main__" {
        class.qualname.clone()
    } else {
        format!("{}.{}", module, class.qualname)
    };
    let text = interp
        .str(exc)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let line = if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    };
    match suggestions::suggestion(interp, exc) {
        Some(suggestion) => format!("{line}. Did you mean: '{suggestion}'?"),
        None => line,
    }
}
