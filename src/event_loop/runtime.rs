//! The async runtime's state in the interpreter, running a loop until a future is done or
//! stopped, the deadlock report, and the never-awaited warning.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::signals;
use crate::value::*;

use super::{Clock, DoneCallback, EventLoop, Fut, MadeFor, NativeDoneCallback, Yielded};
use crate::syntax::diagnostic;

/// The async runtime's state, shared by the interpreter.
pub struct Runtime {
    pub clock: Clock,
    /// The loop `get_event_loop()` returns (set by `set_event_loop`, `asyncio.run`).
    pub current_loop: RefCell<Option<Rc<EventLoop>>>,
    /// The loop running now, if any.
    pub running_loop: RefCell<Option<Rc<EventLoop>>>,
    pub current_task: RefCell<Option<Rc<Fut>>>,
    /// Set by a suspending `await`: what the task now waits on.
    pub yielded: RefCell<Yielded>,
    /// Set by the task step before resuming: the exception to raise at the `await`.
    pub throw_in: RefCell<Option<Box<PyErr>>>,
    /// Default task names count up across loops, as in CPython.
    pub task_counter: Cell<u64>,
    /// `nest_asyncio.apply()` ran: `asyncio.run` may nest.
    pub nested_allowed: Cell<bool>,
    /// The program has finished: what is dropped now is reported as at interpreter exit.
    pub finalizing: Cell<bool>,
    /// At exit, the builtin `_` is being cleared: CPython still gives the tracemalloc hint
    /// for what that drops.
    pub clearing_builtins: Cell<bool>,
    /// The main task of `asyncio.run`, which Ctrl-C cancels.
    pub main_task: RefCell<Option<Rc<Fut>>>,
    /// Ctrl-C presses seen while `asyncio.run` ran.
    pub interrupts: Cell<u32>,
    /// Where the running task's own coroutine last called a function from (its line while
    /// that call runs).
    pub task_frame_position: Cell<interp::Position>,
    /// The never-awaited warnings given, by file, line and coroutine name: each is given
    /// once, as the `default` warning action does.
    pub warned: RefCell<HashSet<(String, usize, String)>>,
    /// The Python call depth the running task's step started at: its own coroutine's frame
    /// runs one deeper (what a running task's repr needs to find its line).
    pub task_base_depth: Cell<u32>,
    /// The loop's events, recorded for `--timeline` and `--trace` (see `record`).
    pub recorder: RefCell<Option<Box<super::record::Recorder>>>,
    /// Colour in the runtime's own reports (the deadlock report), as in diagnostics.
    pub color: Cell<bool>,
}

impl Runtime {
    pub fn new() -> Runtime {
        Runtime {
            clock: Clock::new(),
            current_loop: RefCell::new(None),
            running_loop: RefCell::new(None),
            current_task: RefCell::new(None),
            yielded: RefCell::new(Yielded::Nothing),
            throw_in: RefCell::new(None),
            task_counter: Cell::new(0),
            nested_allowed: Cell::new(false),
            finalizing: Cell::new(false),
            clearing_builtins: Cell::new(false),
            main_task: RefCell::new(None),
            interrupts: Cell::new(0),
            task_base_depth: Cell::new(0),
            warned: RefCell::new(HashSet::new()),
            task_frame_position: Cell::new(interp::Position::NONE),
            recorder: RefCell::new(None),
            color: Cell::new(false),
        }
    }
}

impl Runtime {
    /// The loop running now. A copy, never a borrow: a caller that then runs the loop (a
    /// nested `asyncio.run` under `nest_asyncio`) must not hold the cell, since running the
    /// loop replaces what it holds.
    pub fn running_loop(&self) -> Option<Rc<EventLoop>> {
        self.running_loop.borrow().clone()
    }
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `event_loop` until `fut` is done (`loop.run_until_complete`): as in CPython, a done
/// callback stops the loop, so the iteration in which it runs is completed first.
pub fn run_until_complete(interp: &Interp, event_loop: &Rc<EventLoop>, fut: &Rc<Fut>) -> PResult {
    check_can_run(interp, event_loop)?;
    let stopper: NativeDoneCallback = Rc::new(|_, fut: &Rc<Fut>| {
        fut.event_loop.stopping.set(true);
        Ok(())
    });
    fut.add_done_callback(DoneCallback::Native(stopper.clone()));
    let result = run_loop(interp, event_loop, Some(fut));
    fut.with_callbacks(|callbacks| {
        callbacks.retain(|cb| !matches!(cb, DoneCallback::Native(f) if Rc::ptr_eq(f, &stopper)))
    });
    result?;
    if !fut.done() {
        return Err(runtime_error("Event loop stopped before Future completed."));
    }
    fut.result()
}

/// CPython's `_check_closed()` and `_check_running()`, which `run_until_complete` and
/// `run_forever` make before anything else (under `nest_asyncio`, loops may nest).
pub fn check_can_run(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
    if event_loop.closed.get() {
        return Err(runtime_error("Event loop is closed"));
    }
    if interp.runtime.nested_allowed.get() {
        return Ok(());
    }
    if event_loop.running.get() {
        return Err(runtime_error("This event loop is already running"));
    }
    if interp.runtime.running_loop().is_some() {
        return Err(runtime_error(
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

/// `loop.run_forever()`: until `loop.stop()`.
pub fn run_forever(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
    check_can_run(interp, event_loop)?;
    run_loop(interp, event_loop, None)
}

/// Iterations until `stop()`; pyco's report instead of a hang when nothing can ever run.
pub(super) fn run_loop(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    waiting_for: Option<&Rc<Fut>>,
) -> PResult<()> {
    let outer_running = interp
        .runtime
        .running_loop
        .replace(Some(event_loop.clone()));
    let was_running = event_loop.running.replace(true);
    let result = loop {
        if signals::take() {
            // As asyncio.Runner's SIGINT handler: the first Ctrl-C cancels the main task;
            // without one (or a second time) it is a KeyboardInterrupt here.
            let main = interp.runtime.main_task.borrow().clone();
            match main {
                Some(task) if !task.done() && interp.runtime.interrupts.get() == 0 => {
                    interp.runtime.interrupts.set(1);
                    task.cancel(Value::None);
                }
                _ => break Err(keyboard_interrupt()),
            }
        }
        if !event_loop.stopping.get() && event_loop.is_idle() {
            break Err(match waiting_for {
                Some(fut) => deadlock_error(interp, event_loop, fut),
                None => runtime_error(
                    "pyco: run_forever() has nothing left to run and nothing can call loop.stop(); \
                     CPython would wait forever here",
                ),
            });
        }
        if let Err(e) = event_loop.run_once(interp) {
            break Err(e);
        }
        if event_loop.stopping.get() {
            break Ok(());
        }
    };
    event_loop.stopping.set(false);
    event_loop.running.set(was_running);
    *interp.runtime.running_loop.borrow_mut() = outer_running;
    result
}

/// The report pyco gives where CPython would hang: every task waits and nothing can wake
/// one. The exception says who waits on what, a line each; before it, stderr gets a picture
/// of each task's `await` and a hint per kind of wait.
pub(super) fn deadlock_error(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    _fut: &Rc<Fut>,
) -> Box<PyErr> {
    let tasks = event_loop.live_tasks();
    let color = interp.runtime.color.get();
    let mut lines = Vec::new();
    let mut pictures = String::new();
    let mut hints: Vec<&str> = Vec::new();
    for task in &tasks {
        let Some(ts) = &task.task else { continue };
        let name = ts.name();
        let coro = match &*ts.coro_object {
            Native::Coroutine(c) => format!(" ({}())", c.qualname()),
            _ => String::new(),
        };
        let (what, hint) = waits_on(task, ts.fut_waiter().as_ref());
        let place = ts.suspended_place();
        let at = place
            .as_ref()
            .map(|(source, offset)| format!(" ({}:{})", source.name, source.line_of(*offset)))
            .unwrap_or_default();
        lines.push(format!("  task '{name}' waits on {what}{at}"));
        if let Some((source, offset)) = place.filter(|(source, _)| !source.is_library()) {
            pictures.push_str(&diagnostic::render_place(
                &source,
                offset as usize,
                &format!("task '{name}'{coro} waits on {what}"),
                &format!("'{name}' waits here"),
                color,
            ));
        }
        if let Some(hint) = hint.filter(|h| !hints.contains(h)) {
            hints.push(hint);
        }
    }
    let mut report = String::from(
        "pyco: deadlock: every task is waiting and nothing can wake them. Who waits where:\n",
    );
    report.push_str(&pictures);
    for hint in &hints {
        report.push_str(&format!("hint: {hint}\n"));
    }
    interp.write_warning(&report);
    runtime_error(format!(
        "pyco: deadlock: every task is waiting and nothing can wake them (CPython would hang here)\n{}",
        lines.join("\n")
    ))
}

/// What a deadlocked task waits on, in Python's terms, and the hint for that kind of wait.
fn waits_on(task: &Rc<Fut>, waiter: Option<&Rc<Fut>>) -> (String, Option<&'static str>) {
    let Some(fut) = waiter else {
        return ("nothing (it was never woken)".to_string(), None);
    };
    if fut.is_task() {
        // A chain of tasks awaiting tasks that comes back here is a cycle.
        let mut next = fut.task.as_ref().and_then(|t| t.fut_waiter());
        let mut steps = 0;
        let mut cycle = false;
        while let Some(f) = next.filter(|f| f.is_task()) {
            if Rc::ptr_eq(&f, task) {
                cycle = true;
                break;
            }
            steps += 1;
            if steps > 10_000 {
                break;
            }
            next = f.task.as_ref().and_then(|t| t.fut_waiter());
        }
        let hint = cycle.then_some(
            "these tasks await each other in a circle, so none can finish first: one of them \
             must not wait for the others (or wait with a timeout, asyncio.wait_for)",
        );
        return (format!("task '{}'", fut.name()), hint);
    }
    let (what, hint) = match fut.made_for.get() {
        MadeFor::Program => (
            "a future nobody will complete",
            "a Future's await ends only when some code calls its set_result() or \
             set_exception(); keep a reference to it where that code can reach it",
        ),
        MadeFor::Library => ("tasks that are waiting too", ""),
        MadeFor::Gather => {
            let children: Vec<String> = fut
                .children()
                .iter()
                .filter(|c| c.is_task() && !c.done())
                .map(|c| format!("'{}'", c.name()))
                .collect();
            let what = match children.len() {
                0 => "gather()".to_string(),
                _ => format!("gather() of tasks that wait too: {}", children.join(", ")),
            };
            return (what, None);
        }
        MadeFor::Sleep => (
            "a sleep that never ends",
            "asyncio.sleep(inf) never returns: give it a finite delay",
        ),
        MadeFor::EventWait => (
            "an Event nobody sets",
            "Event.wait() returns only once some task calls the Event's set(); no task \
             that could is left, so set it, or bound the wait with asyncio.wait_for",
        ),
        MadeFor::QueueGet => (
            "Queue.get() on a queue nobody puts into",
            "get() waits for an item and no task is left to put one: did the producer end \
             (or fail) early? A producer can put a sentinel such as None to say it is done",
        ),
        MadeFor::QueuePut => (
            "Queue.put() on a full queue nobody takes from",
            "put() on a full queue waits for a consumer to get() an item; start the \
             consumers first, or give the queue room (maxsize)",
        ),
        MadeFor::QueueJoin => (
            "Queue.join() for items nobody marks done",
            "join() returns when task_done() has been called once for every item put; \
             call it after each get() has been handled",
        ),
        MadeFor::LockAcquire => (
            "a Lock held by a task that is waiting too",
            "a Lock is released only by the task holding it, and here that task waits as \
             well: release locks before awaiting other tasks, and take several locks in the \
             same order everywhere",
        ),
        MadeFor::ConditionWait => (
            "a Condition nobody notifies",
            "Condition.wait() returns only after another task calls notify() or \
             notify_all() while holding the condition's lock",
        ),
        MadeFor::SemaphoreAcquire => (
            "a Semaphore nobody releases",
            "acquire() waits for a release(): every acquire needs a matching release, \
             which `async with semaphore:` makes sure of",
        ),
    };
    (what.to_string(), (!hint.is_empty()).then_some(hint))
}

/// The picture of the call that made a coroutine nobody awaited, in the program's source.
fn forgotten_await(
    interp: &Interp,
    at: interp::Position,
    name: &str,
    qualname: &str,
) -> Option<String> {
    let (source, _) = interp.position_line(at)?;
    if source.is_library() {
        return None;
    }
    Some(diagnostic::render_call(
        &source,
        at.offset as usize,
        name,
        &format!("the coroutine '{qualname}' made here was never awaited, so its body never ran"),
        "add 'await' before this call (or pass it to asyncio.create_task or asyncio.run)",
        interp.runtime.color.get(),
    ))
}

/// Where CPython's asyncio runs a callback (`Handle._run`): the frame a coroutine dropped
/// by the loop itself, not by a Python frame, is reported at.
pub(super) const LOOP_CALLBACK_FILE: &str = "/usr/lib/python3.11/asyncio/events.py";
pub(super) const LOOP_CALLBACK_LINE: usize = 80;
pub(super) const LOOP_CALLBACK_TEXT: &str = "self._context.run(self._callback, *self._args)";

pub(super) const TRACEMALLOC_HINT: &str =
    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

/// CPython's warning for a coroutine object dropped before anything awaited it, at the line
/// of the innermost frame running (its `warnings.warn(..., stacklevel=2)`), printed once per
/// place and coroutine name as the `default` warning action does, with the tracemalloc hint.
///
/// After it, for a coroutine of an `async def` call (`made`: the statement that made it and
/// the function's name), pyco's own note: a picture of the call, with the hint to await it.
pub fn warn_never_awaited(qualname: &str, made: Option<(interp::Position, String)>) {
    let written = interp::with_current(|interp| {
        let message = format!("RuntimeWarning: coroutine '{qualname}' was never awaited");
        // At exit CPython has no frame to point at and no tracemalloc hint to give.
        let text = if interp.runtime.finalizing.get() {
            let first = interp.runtime.warned.borrow_mut().insert((
                "sys".to_string(),
                1,
                qualname.to_string(),
            ));
            if !first {
                return;
            }
            if interp.runtime.clearing_builtins.get() {
                format!("sys:1: {message}\n{TRACEMALLOC_HINT}")
            } else {
                format!("sys:1: {message}\n")
            }
        } else {
            let (file, line, source_line) = match interp.current_line() {
                // CPython's linecache has no text for `<stdin>` or `<string>`.
                Some((source, line)) if !source.is_library() => {
                    let source_line = if source.name.starts_with('<') {
                        String::new()
                    } else {
                        source.line_text(line).trim().to_string()
                    };
                    (source.name.clone(), line, source_line)
                }
                // A place in pyco's own Python half: CPython's would be in its library.
                Some(_) => ("sys".to_string(), 1, String::new()),
                None => (
                    LOOP_CALLBACK_FILE.to_string(),
                    LOOP_CALLBACK_LINE,
                    LOOP_CALLBACK_TEXT.to_string(),
                ),
            };
            let first = interp.runtime.warned.borrow_mut().insert((
                file.clone(),
                line,
                qualname.to_string(),
            ));
            if !first {
                return;
            }
            let mut text = format!("{file}:{line}: {message}\n");
            if !source_line.is_empty() {
                text.push_str(&format!("  {source_line}\n"));
            }
            text.push_str(TRACEMALLOC_HINT);
            text
        };
        let note = made
            .and_then(|(at, name)| forgotten_await(interp, at, &name, qualname))
            .unwrap_or_default();
        interp.write_warning(&format!("{text}{note}"));
    });
    let text = format!("sys:1: RuntimeWarning: coroutine '{qualname}' was never awaited\n");
    if written.is_none() {
        // Not `eprint!`, which panics when stderr is closed.
        let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
    }
}
