//! Running a program end to end: parse, resolve, evaluate, and report errors the way
//! CPython does (tracebacks on stderr, exit codes).

use std::rc::Rc;

use crate::event_loop::record;
use crate::exception::{exc_data, PyErr};
use crate::interp::Interp;
use crate::source::Source;
use crate::symbol::Sym;
use crate::syntax::ast;
use crate::syntax::compile::compile;
use crate::syntax::resolve::Mode;
use crate::timeline;
use crate::traceback;
use crate::types::{class_of, types};
use crate::value::{Globals, Value};

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

/// CPython's compile-time `SyntaxWarning`s (`"is" with a literal`, an assert on a tuple), as
/// its `warnings` module writes them: `FILE:LINE: SyntaxWarning: message` and the source
/// line, which a `-c` string or stdin has none of.
pub fn write_syntax_warnings(interp: &Interp, source: &Source, module: &ast::Module) {
    for (span, message) in &module.warnings {
        let line = source.line_of(span.start);
        let mut text = format!("{}:{line}: SyntaxWarning: {message}\n", source.name);
        if !source.name.starts_with('<') {
            let code = source.line_text(line).trim();
            if !code.is_empty() {
                text.push_str(&format!("  {code}\n"));
            }
        }
        interp.write_err(&text);
    }
}

/// The exit code `run_program` returns after an uncaught `KeyboardInterrupt`: not a real exit
/// status (those are 0..=255) but a request to die of SIGINT, as CPython does.
pub const EXIT_BY_SIGINT: i32 = -2;

/// Runs a whole program; returns the process exit code, or [`EXIT_BY_SIGINT`].
pub fn run_program(interp: &Interp, source: Rc<Source>, options: &Options) -> i32 {
    let globals = Rc::new(Globals::new());
    let code = run_main_module(interp, source, options, &globals, true);
    clear_module(interp, globals);
    code
}

/// Runs a program in `globals` and reports how it ended; returns the exit code. `at_exit`:
/// the process ends with it, so what its end drops is reported as at interpreter exit
/// (`pyco -i` goes on to the REPL instead).
pub fn run_main_module(
    interp: &Interp,
    source: Rc<Source>,
    options: &Options,
    globals: &Rc<Globals>,
    at_exit: bool,
) -> i32 {
    *interp.argv.borrow_mut() = options.argv.clone();
    interp.runtime.clock.set_virtual(options.virtual_time);
    let module = match compile(&source, &**globals, Mode::File, options.color) {
        Ok(m) => m,
        Err(text) => {
            interp.flush_out();
            interp.write_err(&text);
            return 1;
        }
    };
    write_syntax_warnings(interp, &source, &module);
    let result = interp.run_module(&module, globals, &source);
    if at_exit {
        interp.runtime.finalizing.set(true);
    }
    interp.flush_out();
    match result {
        Ok(()) => 0,
        Err(err) => exit_code_for(interp, &err),
    }
}

/// CPython's finalization of `__main__`: its variables are cleared while the interpreter can
/// still warn, so a coroutine never awaited in one is reported then (`sys:1`), after any
/// traceback. (Functions refer to their globals, so dropping them alone would free nothing.)
pub fn clear_module(interp: &Interp, globals: Rc<Globals>) {
    // First, as CPython's finalization does, the builtin `_` (the last value the REPL or a
    // notebook showed) goes; what it held is reported with the tracemalloc hint still given.
    let underscore = Sym::intern("_");
    let shown = interp.builtins.borrow_mut().remove(&underscore);
    let fallback = globals
        .index
        .borrow()
        .get(&underscore)
        .copied()
        .and_then(|slot| {
            let mut fallback = globals.fallback.borrow_mut();
            fallback
                .get_mut(slot as usize)
                .map(|value| std::mem::replace(value, Value::Unbound))
        });
    interp.runtime.clearing_builtins.set(true);
    drop((shown, fallback));
    interp.runtime.clearing_builtins.set(false);
    let slots = globals.slots.borrow().len();
    for slot in 0..slots {
        let value = std::mem::replace(&mut globals.slots.borrow_mut()[slot], Value::Unbound);
        drop(value);
    }
    // Drop module state while the interpreter can still report (never-awaited coroutines).
    drop(globals);
    interp.flush_out();
}

/// After a run under `--timeline` or `--trace`: stops recording, and draws the timeline on
/// stderr or into its file (`program` names the program in its header). False if the file
/// could not be written.
pub fn draw_timeline(
    interp: &Interp,
    output: Option<&timeline::Output>,
    program: &str,
    width: usize,
    color: bool,
) -> bool {
    let Some(recorder) = record::finish(interp) else {
        return true;
    };
    interp.flush_out();
    let (path, text) = match output {
        None => return true,
        Some(timeline::Output::Terminal) => {
            interp.write_err(&timeline::chart(&recorder, program, width, color));
            return true;
        }
        Some(timeline::Output::Svg(path)) => (path, timeline::svg(&recorder, program)),
        Some(timeline::Output::Html(path)) => (path, timeline::html(&recorder, program)),
    };
    let written = std::fs::write(path, text);
    let ok = written.is_ok();
    let message = match written {
        Ok(()) => format!(
            "pyco: timeline of {} task{} written to {path}\n",
            recorder.tasks(),
            if recorder.tasks() == 1 { "" } else { "s" }
        ),
        Err(e) => format!("pyco: can't write the timeline to {path}: {e}\n"),
    };
    interp.write_err(&message);
    ok
}

/// Reports an uncaught exception and picks the exit code, as CPython does.
pub fn exit_code_for(interp: &Interp, err: &PyErr) -> i32 {
    let class = class_of(&err.exc);
    if class.is_subclass(&types().system_exit) {
        let args = exc_data(&err.exc)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
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
                let text = interp
                    .repr(&Value::tuple(many.to_vec()))
                    .unwrap_or_default();
                interp.write_err(&format!("{text}\n"));
                1
            }
        };
    }
    interp.write_err(&traceback::format_exception(interp, &err.exc));
    if class.is_subclass(&types().keyboard_interrupt) {
        EXIT_BY_SIGINT
    } else {
        1
    }
}
