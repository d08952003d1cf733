//! What the loop did, kept for `--timeline` and told as it happens for `--trace`.
//!
//! The loop calls a hook at each scheduling event (a task made, a step begun and ended, a
//! timer set and fired, a callback run, a cancellation asked for, the loop blocked by
//! `time.sleep`). Each hook first reads one thread-local flag, so with both flags off the
//! recording costs a load and a branch per event. With them on, the hooks build, per task, a
//! row of spans (running, waiting on what, blocking the loop) and its ending, which
//! `timeline` draws; `--trace` writes a line per event to stderr, after what the program
//! printed so far.
//!
//! Times are the clock's own, read without charging the virtual clock a reading, so a
//! recorded run prints exactly what an unrecorded one does.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::exception::PyErr;
use crate::interp::{self, Interp};
use crate::source::Source;
use crate::traceback;
use crate::types::reprlib;
use crate::value::*;

use super::{seconds, Fut, MadeFor, Nanos, Yielded};

thread_local! {
    /// True while a recorder is installed: the one test each hook makes.
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// Whether the loop's events are being recorded.
#[inline(always)]
pub fn on() -> bool {
    ON.with(Cell::get)
}

/// What a task waits on, in kinds the chart tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitKind {
    /// Its next turn: a bare yield (`sleep(0)`), or made and not yet started.
    Ready,
    /// A timer (`asyncio.sleep`).
    Timer,
    /// Another task (or `gather` of tasks).
    Task,
    /// A Queue's `get()`, `put()` or `join()`.
    Queue,
    /// A Lock, Semaphore or Condition.
    Lock,
    /// An Event.
    Event,
    /// A future of the program's.
    Other,
}

impl WaitKind {
    /// The kind of wait on a future made for `made_for`.
    pub fn of(made_for: MadeFor) -> WaitKind {
        match made_for {
            MadeFor::Sleep => WaitKind::Timer,
            MadeFor::Gather | MadeFor::Library => WaitKind::Task,
            MadeFor::QueueGet | MadeFor::QueuePut | MadeFor::QueueJoin => WaitKind::Queue,
            MadeFor::LockAcquire | MadeFor::ConditionWait | MadeFor::SemaphoreAcquire => {
                WaitKind::Lock
            }
            MadeFor::EventWait => WaitKind::Event,
            MadeFor::Program => WaitKind::Other,
        }
    }
}

/// What a task did over a span of time.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity {
    Run,
    /// Ran a blocking call (`time.sleep`): the whole loop stood still.
    Blocked,
    /// Suspended, waiting on what `what` says (for people: `sleep(1.0)`, `Queue.get()`).
    Wait(WaitKind, Rc<str>),
}

/// A stretch of a task's life: `[start, end]`, in the clock's nanoseconds.
#[derive(Clone, Debug)]
pub struct Span {
    pub start: Nanos,
    pub end: Nanos,
    pub activity: Activity,
}

/// How a task ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Ending {
    Done,
    /// The exception, as its traceback's last line gives it.
    Failed(String),
    Cancelled,
}

/// One task's row (or the main program's, for its blocking calls outside any task).
pub struct Row {
    /// A task's row; else the main program's.
    pub is_task: bool,
    /// `Task-1`, or the name given (the last one, if it changed).
    pub name: String,
    /// The coroutine's qualified name.
    pub coro: String,
    pub spans: Vec<Span>,
    /// The span going on now (closed by the next event of this task).
    open: Option<(Nanos, Activity)>,
    pub ended: Option<(Nanos, Ending)>,
}

/// The events of one run.
pub struct Recorder {
    /// Write each event to stderr as it happens.
    trace: bool,
    /// Keep the rows for a chart.
    keep: bool,
    /// When recording began: times are shown from here.
    pub start: Nanos,
    /// The last time recorded.
    pub end: Nanos,
    pub virtual_time: bool,
    pub rows: Vec<Row>,
    /// The row of each task, by address (a new task at a freed one's address replaces it).
    ids: HashMap<*const Fut, usize>,
    /// What each plain future stands for, as the code that made it labelled it.
    labels: HashMap<*const Fut, (WaitKind, Rc<str>)>,
}

impl Recorder {
    fn now(&mut self, interp: &Interp) -> Nanos {
        let now = interp.runtime.clock.peek_monotonic_ns();
        self.end = self.end.max(now);
        now
    }

    fn row_of(&self, task: &Rc<Fut>) -> Option<usize> {
        self.ids.get(&Rc::as_ptr(task)).copied()
    }

    /// Closes the task's open span at `now` and opens `next` (if any).
    fn switch(&mut self, row: usize, now: Nanos, next: Option<Activity>) {
        if !self.keep {
            return;
        }
        let row = &mut self.rows[row];
        if let Some((start, activity)) = row.open.take() {
            row.spans.push(Span {
                start,
                end: now,
                activity,
            });
        }
        row.open = next.map(|a| (now, a));
    }

    fn say(&self, interp: &Interp, now: Nanos, who: &str, text: &str) {
        if self.trace {
            let at = seconds(now - self.start);
            interp.write_warning(&format!("[trace {at:>9.6}] {who:<8} {text}\n"));
        }
    }
}

/// Installs a recorder: `trace` tells each event on stderr, `keep` keeps rows for a chart.
pub fn start(interp: &Interp, trace: bool, keep: bool) {
    let now = interp.runtime.clock.peek_monotonic_ns();
    *interp.runtime.recorder.borrow_mut() = Some(Box::new(Recorder {
        trace,
        keep,
        start: now,
        end: now,
        virtual_time: interp.runtime.clock.is_virtual(),
        rows: Vec::new(),
        ids: HashMap::new(),
        labels: HashMap::new(),
    }));
    ON.with(|on| on.set(true));
}

/// Removes the recorder and returns it, its open spans closed at the end of the run.
pub fn finish(interp: &Interp) -> Option<Box<Recorder>> {
    ON.with(|on| on.set(false));
    let mut recorder = interp.runtime.recorder.borrow_mut().take()?;
    let end = recorder.end.max(interp.runtime.clock.peek_monotonic_ns());
    recorder.end = end;
    for row in 0..recorder.rows.len() {
        recorder.switch(row, end, None);
    }
    Some(recorder)
}

/// Runs `f` on the recorder of the interpreter running now (for hooks called where no
/// interpreter is at hand).
fn with_current_recorder(f: impl FnOnce(&mut Recorder, &Interp)) {
    interp::with_current(|interp| with(interp, f));
}

/// Runs `f` on the recorder, if one is installed.
fn with(interp: &Interp, f: impl FnOnce(&mut Recorder, &Interp)) {
    // Taken out while `f` runs: what `f` calls (a repr) may reach a hook again.
    let taken = interp.runtime.recorder.borrow_mut().take();
    if let Some(mut recorder) = taken {
        f(&mut recorder, interp);
        *interp.runtime.recorder.borrow_mut() = Some(recorder);
    }
}

/// `file:line` of a place in the program (None in pyco's own library); a file under the
/// working directory is named relative to it.
fn place(found: Option<(Rc<Source>, usize)>) -> Option<String> {
    match found {
        Some((source, line)) if !source.is_library() => {
            let cwd = std::env::current_dir().ok();
            let name = cwd
                .as_ref()
                .and_then(|dir| std::path::Path::new(&source.name).strip_prefix(dir).ok())
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|| source.name.clone());
            Some(format!("{name}:{line}"))
        }
        _ => None,
    }
}

/// Where the program is now: its innermost line, or, inside pyco's library (`gather`, a
/// TaskGroup's `create_task`), the line the running task's own coroutine called from.
fn program_place(interp: &Interp) -> Option<String> {
    place(interp.current_line()).or_else(|| {
        interp.runtime.current_task.borrow().as_ref()?;
        place(interp.position_line(interp.runtime.task_frame_position.get()))
    })
}

fn coro_name(task: &Fut) -> String {
    match task.task.as_deref().map(|ts| &*ts.coro_object) {
        Some(Native::Coroutine(c)) => c.qualname(),
        _ => "?".to_string(),
    }
}

// ----- the hooks -------------------------------------------------------------------------

/// A task was made (and its first step scheduled).
#[inline(always)]
pub fn task_created(interp: &Interp, task: &Rc<Fut>) {
    if on() {
        task_created_recorded(interp, task);
    }
}

#[cold]
#[inline(never)]
fn task_created_recorded(interp: &Interp, task: &Rc<Fut>) {
    // `asyncio.run`'s own clean-up, after the program's main coroutine: not the program's.
    let coro = coro_name(task);
    if coro == "shutdown_asyncgens" || coro == "shutdown_default_executor" {
        return;
    }
    with(interp, |r, interp| {
        let now = r.now(interp);
        let row = r.rows.len();
        r.ids.insert(Rc::as_ptr(task), row);
        let ready: Rc<str> = Rc::from("its first step");
        let name = task.name();
        let by = program_place(interp)
            .map(|p| format!(" at {p}"))
            .unwrap_or_default();
        r.say(interp, now, &name, &format!("created: {coro}(){by}"));
        r.rows.push(Row {
            is_task: true,
            name,
            coro,
            spans: Vec::new(),
            open: r
                .keep
                .then_some((now, Activity::Wait(WaitKind::Ready, ready))),
            ended: None,
        });
    });
}

/// A task's step begins; `throw` is the exception it resumes with.
#[inline(always)]
pub fn step_started(interp: &Interp, task: &Rc<Fut>, throw: Option<&PyErr>) {
    if on() {
        step_started_recorded(interp, task, throw);
    }
}

#[cold]
#[inline(never)]
fn step_started_recorded(interp: &Interp, task: &Rc<Fut>, throw: Option<&PyErr>) {
    let Some(ts) = task.task.as_deref() else {
        return;
    };
    let resume = place(interp.position_line(ts.resume_position()));
    with(interp, |r, interp| {
        let now = r.now(interp);
        let Some(row) = r.row_of(task) else { return };
        r.switch(row, now, Some(Activity::Run));
        let text = match (&resume, throw) {
            (None, None) => format!("starts {}()", coro_name(task)),
            (None, Some(e)) => format!(
                "starts {}() only to raise {}",
                coro_name(task),
                traceback::exception_line(interp, &e.exc)
            ),
            (Some(at), None) => format!("resumes at {at}"),
            (Some(at), Some(e)) if super::task::is_cancelled_error(e) => {
                format!("resumes at {at} with CancelledError: the cancellation is delivered")
            }
            (Some(at), Some(e)) => format!(
                "resumes at {at} with {}",
                traceback::exception_line(interp, &e.exc)
            ),
        };
        r.say(interp, now, &task.name(), &text);
    });
}

/// How a step ended.
pub enum StepEnd<'a> {
    /// Suspended on what the coroutine yielded, at the `await` of `at` (the innermost line of
    /// the program's own code, found before the step's frames were left).
    Suspended(&'a Yielded, Option<(Rc<Source>, usize)>),
    Done(&'a Value),
    Failed(&'a PyErr),
    Cancelled,
}

/// The innermost place in the program's own code running now: what `StepEnd::Suspended`
/// wants, read while the task's frames are still current.
#[inline(always)]
pub fn suspension_place(interp: &Interp) -> Option<(Rc<Source>, usize)> {
    if on() {
        suspension_place_recorded(interp)
    } else {
        None
    }
}

#[cold]
#[inline(never)]
fn suspension_place_recorded(interp: &Interp) -> Option<(Rc<Source>, usize)> {
    interp.current_line()
}

/// A task's step ended.
#[inline(always)]
pub fn step_ended(interp: &Interp, task: &Rc<Fut>, how: StepEnd) {
    if on() {
        step_ended_recorded(interp, task, how);
    }
}

#[cold]
#[inline(never)]
fn step_ended_recorded(interp: &Interp, task: &Rc<Fut>, how: StepEnd) {
    let Some(ts) = task.task.as_deref() else {
        return;
    };
    // In pyco's library (a Lock's `acquire`), the place is the task's own `await`.
    let at = match &how {
        StepEnd::Suspended(_, found) => {
            place(found.clone()).or_else(|| place(interp.position_line(ts.resume_position())))
        }
        _ => None,
    };
    with(interp, |r, interp| {
        let now = r.now(interp);
        let Some(row) = r.row_of(task) else { return };
        r.rows[row].name = task.name();
        let text = match how {
            StepEnd::Suspended(yielded, _) => {
                let (kind, what) = r.waited_on(yielded);
                r.switch(row, now, Some(Activity::Wait(kind, what.clone())));
                let at = at.map(|p| format!(" at {p}")).unwrap_or_default();
                format!("suspends{at}, awaiting {what}")
            }
            StepEnd::Done(value) => {
                r.end_row(row, now, Ending::Done);
                let shown = reprlib::short_repr(interp, value).unwrap_or_else(|_| "?".into());
                format!("done: result {shown}")
            }
            StepEnd::Failed(e) => {
                let line = traceback::exception_line(interp, &e.exc);
                r.end_row(row, now, Ending::Failed(line.clone()));
                format!("failed: {line}")
            }
            StepEnd::Cancelled => {
                r.end_row(row, now, Ending::Cancelled);
                "cancelled".to_string()
            }
        };
        r.say(interp, now, &task.name(), &text);
    });
}

impl Recorder {
    fn end_row(&mut self, row: usize, now: Nanos, ending: Ending) {
        self.switch(row, now, None);
        self.rows[row].ended = Some((now, ending));
    }

    /// What a suspended task waits on, for the chart and for people.
    fn waited_on(&self, yielded: &Yielded) -> (WaitKind, Rc<str>) {
        match yielded {
            Yielded::Future(fut) if fut.is_task() => {
                let coro = coro_name(fut);
                (
                    WaitKind::Task,
                    Rc::from(format!("task '{}' ({coro}())", fut.name())),
                )
            }
            Yielded::Future(fut) => match self.labels.get(&Rc::as_ptr(fut)) {
                Some((kind, what)) => (*kind, what.clone()),
                None => {
                    let made_for = fut.made_for.get();
                    (WaitKind::of(made_for), Rc::from(made_for.call()))
                }
            },
            Yielded::Bare => (WaitKind::Ready, Rc::from("its next turn (a bare yield)")),
            Yielded::Nothing => (WaitKind::Other, Rc::from("nothing")),
        }
    }
}

/// A plain future was made: a label left by a freed future at its address goes.
#[inline(always)]
pub fn future_made(fut: &Rc<Fut>) {
    if on() {
        future_made_recorded(fut);
    }
}

#[cold]
#[inline(never)]
fn future_made_recorded(fut: &Rc<Fut>) {
    with_current_recorder(|r, _| {
        r.labels.remove(&Rc::as_ptr(fut));
    });
}

/// Says what a plain future stands for (`sleep(1.0)`, `Queue.get()`): a task that awaits it
/// is shown waiting on that.
#[inline(always)]
pub fn label(interp: &Interp, fut: &Rc<Fut>, kind: WaitKind, what: impl FnOnce() -> String) {
    if on() {
        label_recorded(interp, fut, kind, what);
    }
}

#[cold]
#[inline(never)]
fn label_recorded(interp: &Interp, fut: &Rc<Fut>, kind: WaitKind, what: impl FnOnce() -> String) {
    with(interp, |r, _| {
        r.labels.insert(Rc::as_ptr(fut), (kind, Rc::from(what())));
    });
}

/// Labels a future made by `loop.create_future()` or `asyncio.Future()`: by the function of
/// pyco's library that made it (`wait_for()`), or as a future made at a line of the program.
#[inline(always)]
pub fn label_created_future(interp: &Interp, fut: &Rc<Fut>) {
    if on() {
        label_created_future_recorded(interp, fut);
    }
}

#[cold]
#[inline(never)]
fn label_created_future_recorded(interp: &Interp, fut: &Rc<Fut>) {
    let what = match interp.current_line() {
        Some((source, line)) if source.is_library() => {
            library_function_at(&source, line).map(|name| format!("{name}()"))
        }
        Some((source, line)) => Some(format!("a future made at {}:{line}", source.name)),
        None => None,
    };
    // Its kind is what it was made for: the library's futures wait for tasks.
    let kind = WaitKind::of(fut.made_for.get());
    let what = what.unwrap_or_else(|| "a future".to_string());
    label(interp, fut, kind, || what);
}

/// The qualified name of the function of a library source that holds `line`
/// (`Lock.acquire`), found by indentation; a leading underscore is dropped.
fn library_function_at(source: &Source, line: usize) -> Option<String> {
    let lines: Vec<&str> = source.text.lines().collect();
    let indent = |s: &str| s.len() - s.trim_start().len();
    let mut limit = indent(lines.get(line.checked_sub(1)?)?);
    let mut names = Vec::new();
    for text in lines[..line - 1].iter().rev() {
        let code = text.trim_start();
        if code.is_empty() || indent(text) >= limit {
            continue;
        }
        limit = indent(text);
        let header = code.strip_prefix("async ").unwrap_or(code);
        let name = header
            .strip_prefix("def ")
            .or_else(|| header.strip_prefix("class "))
            .and_then(|rest| rest.split(['(', ':']).next());
        if let Some(name) = name {
            let name = name.trim();
            // `_wait` is `wait`'s helper; a dunder keeps its name.
            let shown = if name.starts_with("__") && name.ends_with("__") {
                name
            } else {
                name.trim_start_matches('_')
            };
            names.push(shown.to_string());
        }
        if limit == 0 {
            break;
        }
    }
    names.reverse();
    (!names.is_empty()).then(|| names.join("."))
}

/// A timer was set for monotonic time `when`.
#[inline(always)]
pub fn timer_set(when: f64) {
    if on() {
        timer_set_recorded(when);
    }
}

#[cold]
#[inline(never)]
fn timer_set_recorded(when: f64) {
    with_current_recorder(|r, interp| {
        let now = r.now(interp);
        let who = current_name(interp);
        let due = seconds(super::deadline_of(when) - r.start);
        // For what: a function of pyco's library (`wait_for`'s timeout) or a line.
        let why = match interp.current_line() {
            Some((source, line)) if source.is_library() => {
                library_function_at(&source, line).map(|f| format!(" in {f}()"))
            }
            found => place(found).map(|p| format!(" at {p}")),
        };
        let why = why.unwrap_or_default();
        r.say(
            interp,
            now,
            &who,
            &format!("sets a timer for {due:.6}{why}"),
        );
    });
}

/// A timer set for `when` is due and its callback goes to the ready queue.
#[inline(always)]
pub fn timer_fired(interp: &Interp, when: f64) {
    if on() {
        timer_fired_recorded(interp, when);
    }
}

#[cold]
#[inline(never)]
fn timer_fired_recorded(interp: &Interp, when: f64) {
    with(interp, |r, interp| {
        let now = r.now(interp);
        let due = seconds(super::deadline_of(when) - r.start);
        r.say(interp, now, "loop", &format!("timer for {due:.6} fires"));
    });
}

/// The loop runs a callback (`call_soon`, a done callback): the program's are told, pyco's
/// library's own (a TaskGroup's bookkeeping) are not.
#[inline(always)]
pub fn callback_run(interp: &Interp, callback: &Value) {
    if on() {
        callback_run_recorded(interp, callback);
    }
}

#[cold]
#[inline(never)]
fn callback_run_recorded(interp: &Interp, callback: &Value) {
    let function = match callback {
        Value::BoundMethod(m) => &m.function,
        other => other,
    };
    let name = match function {
        Value::Function(f) if f.source.is_library() => return,
        Value::Function(f) => format!("{}()", f.qualname),
        Value::Builtin(b) => format!("{}()", b.name),
        other => format!("a {} object", crate::types::type_name(other)),
    };
    with(interp, |r, interp| {
        let now = r.now(interp);
        r.say(interp, now, "loop", &format!("runs callback {name}"));
    });
}

/// `task.cancel()` was called on a task not yet done.
#[inline(always)]
pub fn cancel_requested(task: &Rc<Fut>) {
    if on() {
        cancel_requested_recorded(task);
    }
}

#[cold]
#[inline(never)]
fn cancel_requested_recorded(task: &Rc<Fut>) {
    with_current_recorder(|r, interp| {
        let now = r.now(interp);
        let by = match interp.runtime.current_task.borrow().as_ref() {
            Some(t) if Rc::ptr_eq(t, task) => " by itself".to_string(),
            Some(t) => format!(" by {}", t.name()),
            None => String::new(),
        };
        let at = program_place(interp)
            .map(|p| format!(" at {p}"))
            .unwrap_or_default();
        r.say(
            interp,
            now,
            &task.name(),
            &format!("cancel requested{by}{at}"),
        );
    });
}

fn current_name(interp: &Interp) -> String {
    match interp.runtime.current_task.borrow().as_ref() {
        Some(t) => t.name(),
        None => "main".to_string(),
    }
}

/// A blocking call (`call`, as `time.sleep(1.0)`) is about to block the loop: returns when
/// it began, for [`blocking_ended`].
#[inline(always)]
pub fn blocking_begins(interp: &Interp, call: impl FnOnce() -> String) -> Option<Nanos> {
    if on() {
        blocking_begins_recorded(interp, call)
    } else {
        None
    }
}

#[cold]
#[inline(never)]
fn blocking_begins_recorded(interp: &Interp, call: impl FnOnce() -> String) -> Option<Nanos> {
    let mut began = None;
    with(interp, |r, interp| {
        let now = r.now(interp);
        began = Some(now);
        let at = program_place(interp)
            .map(|p| format!(" at {p}"))
            .unwrap_or_default();
        let who = current_name(interp);
        r.say(
            interp,
            now,
            &who,
            &format!("blocks the loop: {}{at}", call()),
        );
    });
    began
}

/// The blocking call that began at `began` (from [`blocking_begins`]) returned: the task
/// running it is shown blocking the loop for that long.
pub fn blocking_ended(interp: &Interp, began: Option<Nanos>) {
    let Some(began) = began else { return };
    with(interp, |r, interp| {
        let now = r.now(interp);
        let task = interp.runtime.current_task.borrow().clone();
        let row = match &task {
            Some(task) => match r.row_of(task) {
                Some(row) => row,
                None => return,
            },
            None if r.keep => r.program_row(),
            None => return,
        };
        let row = &mut r.rows[row];
        if let Some((start, activity)) = row.open.take() {
            row.spans.push(Span {
                start,
                end: began,
                activity: activity.clone(),
            });
            row.spans.push(Span {
                start: began,
                end: now,
                activity: Activity::Blocked,
            });
            row.open = Some((now, activity));
        } else if !row.is_task {
            row.spans.push(Span {
                start: began,
                end: now,
                activity: Activity::Blocked,
            });
        }
    });
}

impl Recorder {
    /// The main program's row, made on first use.
    fn program_row(&mut self) -> usize {
        if let Some(row) = self.rows.iter().position(|r| !r.is_task) {
            return row;
        }
        self.rows.push(Row {
            is_task: false,
            name: "main program".to_string(),
            coro: String::new(),
            spans: Vec::new(),
            open: None,
            ended: None,
        });
        self.rows.len() - 1
    }

    /// How many rows are tasks'.
    pub fn tasks(&self) -> usize {
        self.rows.iter().filter(|r| r.is_task).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_functions_are_found_by_indentation() {
        let text = "class Lock:\n    def __init__(self):\n        pass\n\n    async def acquire(self):\n        x = 1\n        fut = make()\n\nasync def _wait(fs):\n    w = 2\n";
        let source = Source::new("<asyncio>", text);
        assert_eq!(
            library_function_at(&source, 7).as_deref(),
            Some("Lock.acquire")
        );
        assert_eq!(library_function_at(&source, 10).as_deref(), Some("wait"));
        assert_eq!(library_function_at(&source, 1), None);
    }
}
