//! Running a program end to end: parse, resolve, evaluate, and report errors the way
//! CPython does (tracebacks on stderr, exit codes).

use std::rc::Rc;

use crate::exception::{exc_data, PyErr};
use crate::interp::Interp;
use crate::resolve::{self, Mode};
use crate::source::Source;
use crate::types::{class_of, types};
use crate::value::{Globals, Value};

mod suggestions;

/// How a program is run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Use the virtual clock.
    pub virtual_time: bool,
    /// Colour in diagnostics.
    pub color: bool,
}

/// Parses and resolves `source` into a module ready to run, or the rendered syntax errors.
pub fn compile(source: &Source, globals: &Globals, mode: Mode, color: bool) -> Result<crate::ast::Module, String> {
    let mut module = match crate::parser::parse(source) {
        Ok(m) => m,
        Err(errors) => return Err(crate::diagnostic::render_syntax_errors(source, &errors, color)),
    };
    match resolve::resolve(&mut module, globals, mode) {
        Ok(()) => Ok(module),
        Err(errors) => Err(crate::diagnostic::render_syntax_errors(source, &errors, color)),
    }
}

/// The exit code `run_program` returns after an uncaught `KeyboardInterrupt`: not a real exit
/// status (those are 0..=255) but a request to die of SIGINT, as CPython does.
pub const EXIT_BY_SIGINT: i32 = -2;

/// Runs a whole program; returns the process exit code, or [`EXIT_BY_SIGINT`].
pub fn run_program(interp: &Interp, source: Rc<Source>, options: &Options) -> i32 {
    *interp.argv.borrow_mut() = options.argv.clone();
    interp.runtime.clock.set_virtual(options.virtual_time);
    let globals = Rc::new(Globals::new());
    let module = match compile(&source, &globals, Mode::File, options.color) {
        Ok(m) => m,
        Err(text) => {
            interp.flush_out();
            interp.write_err(&text);
            return 1;
        }
    };
    let result = interp.run_module(&module, &globals, &source);
    interp.flush_out();
    let code = match result {
        Ok(()) => 0,
        Err(err) => exit_code_for(interp, &err),
    };
    // Drop module state while the interpreter can still report (never-awaited coroutines).
    drop(globals);
    interp.flush_out();
    code
}

/// Reports an uncaught exception and picks the exit code, as CPython does.
pub fn exit_code_for(interp: &Interp, err: &PyErr) -> i32 {
    let class = class_of(&err.exc);
    if class.is_subclass(&types().system_exit) {
        let args = exc_data(&err.exc).map(|d| d.borrow().args.clone()).unwrap_or_default();
        return match args.as_slice() {
            [] | [Value::None] => 0,
            // The OS keeps the low byte: `sys.exit(256)` exits 0, `sys.exit(-1)` exits 255.
            [Value::Int(i)] => (*i as i32) & 0xff,
            [Value::Bool(b)] => *b as i32,
            [other] => {
                let text = interp.str(other).unwrap_or_default();
                interp.write_err(&format!("{text}\n"));
                1
            }
            many => {
                let text = interp.repr(&Value::tuple(many.to_vec())).unwrap_or_default();
                interp.write_err(&format!("{text}\n"));
                1
            }
        };
    }
    interp.write_err(&format_exception(interp, &err.exc));
    if class.is_subclass(&types().keyboard_interrupt) {
        EXIT_BY_SIGINT
    } else {
        1
    }
}

/// The full CPython report of an exception, with its chain of causes and contexts.
pub fn format_exception(interp: &Interp, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(interp, exc, &mut out, &mut seen);
    out
}

fn format_chain(interp: &Interp, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.identity());
    if let Some(data) = exc_data(exc) {
        let (cause, context, suppress) = {
            let d = data.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(cause) = cause.filter(|c| !seen.contains(&c.identity())) {
            format_chain(interp, &cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(context) = context.filter(|c| !suppress && !seen.contains(&c.identity())) {
            format_chain(interp, &context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let trace = data.borrow().traceback.clone();
        if !trace.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in &trace {
                let line = entry.source.line_of(entry.span.start);
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.source.name, line, entry.function
                ));
                if !entry.source.name.starts_with('<') || entry.source.name == "<stdin>" {
                    let text = entry.source.line_text(line).trim();
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                    }
                }
            }
        }
    }
    out.push_str(&exception_line(interp, exc));
    out.push('\n');
}

/// `ValueError: message` — the last line of a traceback.
pub fn exception_line(interp: &Interp, exc: &Value) -> String {
    let class = class_of(exc);
    let module = class.module.name();
    let name = if &*module == "builtins" || &*module == "__main__" {
        class.qualname.clone()
    } else {
        format!("{}.{}", module, class.qualname)
    };
    let text = interp.str(exc).unwrap_or_else(|_| "<exception str() failed>".into());
    let line = if text.is_empty() { name } else { format!("{name}: {text}") };
    match suggestions::suggestion(interp, exc) {
        Some(suggestion) => format!("{line}. Did you mean: '{suggestion}'?"),
        None => line,
    }
}
