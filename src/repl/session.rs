//! One interactive session, without a terminal: a `__main__` namespace and an event loop
//! that live across inputs. The REPL and the notebook runner feed it text; it compiles each
//! input, runs it (as a task on the loop when it awaits), shows values and reports errors,
//! and runs the loop's due work between inputs.

use std::rc::Rc;
use std::time::Duration;

use crate::event_loop::{self, EventLoop};
use crate::exception::{exc_data, PyErr};
use crate::interp::Interp;
use crate::modules::asyncio;
use crate::runner;
use crate::signals;
use crate::source::Source;
use crate::syntax::compile;
use crate::syntax::resolve::Mode;
use crate::traceback;
use crate::types::{class_of, types};
use crate::value;
use crate::value::Globals;

/// How one input ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to the end.
    Done,
    /// A syntax error or an uncaught exception, reported; the session goes on.
    Failed,
    /// `exit()`, `quit()`, `sys.exit(n)` or an uncaught `SystemExit`: leave with this code.
    Exit(i32),
}

/// What the loop has to do while the session waits for the next input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Work is ready now: look for input without waiting, then call `run_due` again.
    Busy,
    /// The next timer is this far away: wait at most this long for input.
    Wait(Duration),
    /// Nothing is scheduled: wait for input as long as it takes.
    Sleep,
}

pub struct Session {
    pub interp: Rc<Interp>,
    pub globals: Rc<Globals>,
    pub event_loop: Rc<EventLoop>,
    mode: Mode,
    color: bool,
    /// The name inputs are compiled under: `<stdin>` in the REPL, `<cell N>` in a notebook.
    source_name: String,
}

impl Session {
    /// A session on `globals` (a fresh `__main__`, or a script's after `pyco -i`), with an
    /// event loop of its own that is the current loop from now on.
    pub fn new(interp: Rc<Interp>, globals: Rc<Globals>, mode: Mode, color: bool) -> Session {
        let event_loop = EventLoop::new();
        *interp.runtime.current_loop.borrow_mut() = Some(event_loop.clone());
        Session {
            interp,
            globals,
            event_loop,
            mode,
            color,
            source_name: "<stdin>".to_string(),
        }
    }

    /// The file name the next inputs get in tracebacks.
    pub fn set_source_name(&mut self, name: impl Into<String>) {
        self.source_name = name.into();
    }

    /// A fresh namespace and loop (`:reset`); the old loop's tasks are cancelled.
    pub fn reset(&mut self) {
        for task in self.event_loop.live_tasks() {
            task.cancel(value::Value::None);
        }
        *self = Session::new(
            self.interp.clone(),
            Rc::new(Globals::new()),
            self.mode,
            self.color,
        );
    }

    /// Compiles and runs one whole input.
    pub fn run(&self, text: &str) -> Outcome {
        self.run_as(text, self.mode)
    }

    /// Compiles `text` in `mode` (a notebook cell's own) and runs it.
    pub fn run_as(&self, text: &str, mode: Mode) -> Outcome {
        let interp = &self.interp;
        let source = Source::new(self.source_name.as_str(), text);
        let module = match compile::compile(&source, &*self.globals, mode, self.color) {
            Ok(module) => module,
            Err(report) => {
                interp.flush_out();
                interp.write_err(&report);
                return Outcome::Failed;
            }
        };
        runner::write_syntax_warnings(interp, &source, &module);
        // A Ctrl-C pressed before the input ran is not meant for it.
        signals::take();
        let result = if module.scope.has_await {
            let coro = interp.module_coroutine(module, &self.globals, &source);
            asyncio::run_main(interp, &self.event_loop, &coro).map(|_| ())
        } else {
            self.as_running_loop(|| interp.run_module(&module, &self.globals, &source))
        };
        interp.flush_out();
        match result {
            Ok(()) => Outcome::Done,
            Err(err) => self.report(&err),
        }
    }

    /// Runs `body` with the session's loop running, as every input and callback of
    /// `python -m asyncio` runs: `get_running_loop()` finds it and `asyncio.run()` refuses.
    fn as_running_loop<R>(&self, body: impl FnOnce() -> R) -> R {
        let runtime = &self.interp.runtime;
        let outer = runtime.running_loop.replace(Some(self.event_loop.clone()));
        let was_running = self.event_loop.running.replace(true);
        let result = body();
        self.event_loop.running.set(was_running);
        *runtime.running_loop.borrow_mut() = outer;
        result
    }

    /// Reports an error that ended an input (or a callback run between inputs).
    fn report(&self, err: &PyErr) -> Outcome {
        let interp = &self.interp;
        interp.flush_out();
        let class = class_of(&err.exc);
        if class.is_subclass(&types().system_exit) {
            return Outcome::Exit(runner::exit_code_for(interp, err));
        }
        let no_frames = exc_data(&err.exc).is_some_and(|data| data.borrow().traceback.is_empty());
        if class.is_subclass(&types().keyboard_interrupt) && no_frames {
            // Ctrl-C while an input awaited: its task was cancelled, as `python -m asyncio`
            // reports it.
            interp.write_err("\nKeyboardInterrupt\n");
            return Outcome::Failed;
        }
        interp.write_err(&traceback::format_exception(interp, &err.exc));
        Outcome::Failed
    }

    /// Runs what is due on the loop now (ready callbacks, timers whose time has come), one
    /// iteration at a time, and says how long the session may wait for input. Between
    /// inputs a virtual clock stands still: only running inputs move it.
    pub fn run_due(&self) -> Result<Idle, i32> {
        let event_loop = &self.event_loop;
        let clock = &self.interp.runtime.clock;
        let next = event_loop
            .next_deadline()
            .filter(|&deadline| deadline != event_loop::clock::NEVER);
        let now = clock.peek_monotonic_ns();
        let timer_due = next.is_some_and(|deadline| deadline <= now) && !clock.is_virtual();
        if event_loop.has_ready() || timer_due {
            let result = self.as_running_loop(|| event_loop.run_once(&self.interp));
            event_loop.stopping.set(false);
            self.interp.flush_out();
            if let Err(err) = result {
                if let Outcome::Exit(code) = self.report(&err) {
                    return Err(code);
                }
            }
            return Ok(Idle::Busy);
        }
        Ok(match next {
            Some(deadline) if !clock.is_virtual() => Idle::Wait(Duration::from_nanos(
                deadline.saturating_sub(now).max(0) as u64,
            )),
            _ => Idle::Sleep,
        })
    }
}
