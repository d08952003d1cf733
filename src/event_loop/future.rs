//! Futures and tasks as data: their states, results, done callbacks, cancellation.

use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::value::*;

use super::{Callback, CoroFuture, EventLoop};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// What a plain future was made for, so a task waiting on it can be explained in Python's
/// terms (the deadlock report, the timeline). One byte, in what was padding.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum MadeFor {
    /// By the program (`loop.create_future()`, `asyncio.Future()`), or not said.
    #[default]
    Program,
    /// By asyncio's own machinery waiting for other tasks (`wait`, `wait_for`, TaskGroup).
    Library,
    Sleep,
    EventWait,
    QueueGet,
    QueuePut,
    QueueJoin,
    Gather,
    LockAcquire,
    ConditionWait,
    SemaphoreAcquire,
}

impl MadeFor {
    /// The call a task waiting on it is in, as the program wrote it.
    pub fn call(self) -> &'static str {
        match self {
            MadeFor::Program => "a future",
            MadeFor::Library => "other tasks",
            MadeFor::Sleep => "sleep()",
            MadeFor::EventWait => "Event.wait()",
            MadeFor::QueueGet => "Queue.get()",
            MadeFor::QueuePut => "Queue.put()",
            MadeFor::QueueJoin => "Queue.join()",
            MadeFor::Gather => "gather()",
            MadeFor::LockAcquire => "Lock.acquire()",
            MadeFor::ConditionWait => "Condition.wait()",
            MadeFor::SemaphoreAcquire => "Semaphore.acquire()",
        }
    }
}

/// Runtime-internal reaction to a future completing.
pub type NativeDoneCallback = Rc<dyn Fn(&Interp, &Rc<Fut>) -> PResult<()>>;

/// Runtime-internal work scheduled on the loop.
pub type NativeCallback = Rc<dyn Fn(&Interp) -> PResult<()>>;

/// What runs when a future completes.
#[derive(Clone)]
pub enum DoneCallback {
    /// A Python callable, called with the future.
    Python(Value),
    /// Wake the task that awaits this future.
    Wakeup(Rc<Fut>),
    /// Runtime-internal reaction (gather, run_until_complete, ...).
    Native(NativeDoneCallback),
}

/// The task part of a `Fut`.
/// (`Cell`s here keep 100,000 tasks small: 64 bytes each.)
pub struct TaskState {
    /// Taken out while the task runs.
    pub coro: Cell<Option<CoroFuture>>,
    /// The coroutine object (`get_coro()`, reprs).
    pub(super) coro_object: Rc<Native>,
    pub(super) fut_waiter: Cell<Option<Rc<Fut>>>,
    /// `n` of the default name `Task-<n>`, formatted only when someone asks.
    pub(super) number: u64,
    /// A name given by `set_name`, and `except` blocks the task suspended in.
    pub(super) rare: Cell<Option<Box<TaskRare>>>,
    pub num_cancels_requested: Cell<u32>,
    /// Python call depth of the task's suspended frames.
    pub depth: Cell<u32>,
    /// Where the coroutine is suspended: the byte offset of its `await` in its source
    /// (`NOT_SUSPENDED` before its first suspension), for reprs.
    pub suspended_at: Cell<u32>,
    pub must_cancel: Cell<bool>,
    /// Whether the coroutine has been polled: an exception thrown into a task before its
    /// first step (a `cancel()` right after `create_task`) ends it without running it.
    pub(super) started: Cell<bool>,
}

/// `TaskState::suspended_at` of a task that has not suspended yet.
pub const NOT_SUSPENDED: u32 = u32::MAX;

/// The parts of a task most tasks never use.
#[derive(Default)]
pub(super) struct TaskRare {
    pub(super) name: Option<String>,
    /// The task's own `except`-block stack, swapped in while it runs.
    pub(super) handling: Vec<Value>,
}

impl TaskState {
    /// The task part for the coroutine object `coro_object`, whose body is `coro`.
    pub fn new(coro: CoroFuture, coro_object: Rc<Native>, number: u64) -> TaskState {
        TaskState {
            coro: Cell::new(Some(coro)),
            coro_object,
            fut_waiter: Cell::new(None),
            number,
            rare: Cell::new(None),
            num_cancels_requested: Cell::new(0),
            depth: Cell::new(0),
            suspended_at: Cell::new(NOT_SUSPENDED),
            must_cancel: Cell::new(false),
            started: Cell::new(false),
        }
    }

    /// Where the task's own frame is when it resumes: at the `await` it is suspended at.
    pub(super) fn resume_position(&self) -> interp::Position {
        let at = self.suspended_at.get();
        match (&*self.coro_object, at) {
            (_, NOT_SUSPENDED) => interp::Position::NONE,
            (Native::Coroutine(c), _) => match c.function() {
                Some(f) => interp::Position::at(&f.source, at),
                None => interp::Position::NONE,
            },
            _ => interp::Position::NONE,
        }
    }

    /// The source and offset of the `await` the task's own coroutine is suspended at.
    pub fn suspended_place(&self) -> Option<(Rc<crate::source::Source>, u32)> {
        let at = self.suspended_at.get();
        match &*self.coro_object {
            Native::Coroutine(c) if at != NOT_SUSPENDED => {
                let f = c.function()?;
                ((at as usize) <= f.source.text.len()).then(|| (f.source.clone(), at))
            }
            _ => None,
        }
    }

    /// The coroutine object.
    pub fn coro_value(&self) -> Value {
        Value::Native(self.coro_object.clone())
    }

    /// `task.get_name()`.
    pub fn name(&self) -> String {
        let rare = self.rare.take();
        let text = match rare.as_ref().and_then(|r| r.name.as_ref()) {
            Some(name) => name.clone(),
            None => format!("Task-{}", self.number),
        };
        self.rare.set(rare);
        text
    }

    /// `task.set_name(...)`.
    pub fn set_name(&self, name: &str) {
        let mut rare = self.rare.take().unwrap_or_default();
        rare.name = Some(name.to_string());
        self.rare.set(Some(rare));
    }

    /// Swaps the task's `except`-block stack with `handling`.
    pub fn swap_handling(&self, handling: Vec<Value>) -> Vec<Value> {
        let mut rare = self.rare.take();
        let old = match &mut rare {
            Some(r) => std::mem::replace(&mut r.handling, handling),
            None if handling.is_empty() => Vec::new(),
            None => {
                rare = Some(Box::new(TaskRare {
                    name: None,
                    handling,
                }));
                Vec::new()
            }
        };
        self.rare.set(rare);
        old
    }

    /// The future this task waits on, if it is suspended on one.
    pub fn fut_waiter(&self) -> Option<Rc<Fut>> {
        let waiter = self.fut_waiter.take();
        self.fut_waiter.set(waiter.clone());
        waiter
    }
}

/// The parts of a future that most futures never use, allocated on first use.
pub(super) struct FutRare {
    pub(super) exception: Option<Value>,
    pub(super) cancel_message: Value,
    /// For gather's outer future: the children its `cancel()` cancels.
    pub(super) children: Vec<Rc<Fut>>,
    /// The CancelledError a task's coroutine ended with, given once to the first `result()`.
    pub(super) cancelled_exc: Option<Value>,
}

/// An asyncio Future, or a Task (a future driven by a coroutine). Kept small: 100,000
/// suspended tasks each hold one or two.
pub struct Fut {
    pub state: Cell<FutState>,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: Cell<bool>,
    pub cancel_requested: Cell<bool>,
    /// What it was made for (a plain future; a task's is never read).
    pub made_for: Cell<MadeFor>,
    /// The done callbacks while pending, then the result. `Cell`s, not `RefCell`s, where
    /// the value is only swapped: each saves a word in every future.
    pub(super) outcome: Cell<Outcome>,
    pub event_loop: Rc<EventLoop>,
    pub task: Option<Box<TaskState>>,
    pub(super) rare: Cell<Option<Box<FutRare>>>,
}

const _: () = assert!(std::mem::size_of::<Fut>() <= 48);

/// A future has done callbacks only until it is done, and a result only after: one field
/// holds either. The usual single callback, the task waiting on the future, is kept in
/// place, with no vector: a future is then a block of 64 bytes with nothing else to
/// allocate (it was 80, plus 24 for the vector of one callback).
#[derive(Default)]
pub(super) enum Outcome {
    /// Pending, no done callback.
    #[default]
    NoCallbacks,
    /// Pending, with one done callback: waking this task.
    Wakeup(Rc<Fut>),
    /// Pending, with any other done callbacks, in order. Boxed: one word where a vector
    /// takes three, which would make every future 16 bytes bigger.
    #[allow(clippy::box_collection)]
    Callbacks(Box<Vec<DoneCallback>>),
    /// Done: the result (None for an exception or a cancellation).
    Result(Value),
}

const _: () = assert!(std::mem::size_of::<Outcome>() <= 16);

impl Outcome {
    /// The pending outcome holding `callbacks`.
    fn pending_with(mut callbacks: Vec<DoneCallback>) -> Outcome {
        match callbacks.len() {
            0 => Outcome::NoCallbacks,
            1 if matches!(callbacks[0], DoneCallback::Wakeup(_)) => match callbacks.pop() {
                Some(DoneCallback::Wakeup(task)) => Outcome::Wakeup(task),
                _ => unreachable!("the one callback is a wake-up"),
            },
            _ => Outcome::Callbacks(Box::new(callbacks)),
        }
    }
}

impl Default for FutRare {
    fn default() -> Self {
        FutRare {
            exception: None,
            cancel_message: Value::None,
            children: Vec::new(),
            cancelled_exc: None,
        }
    }
}

impl Fut {
    pub fn new(event_loop: &Rc<EventLoop>, task: Option<TaskState>) -> Rc<Fut> {
        let fut = Rc::new(Fut {
            state: Cell::new(FutState::Pending),
            log_traceback: Cell::new(false),
            cancel_requested: Cell::new(false),
            made_for: Cell::new(MadeFor::Program),
            outcome: Cell::new(Outcome::default()),
            event_loop: event_loop.clone(),
            task: task.map(Box::new),
            rare: Cell::new(None),
        });
        if !fut.is_task() {
            super::record::future_made(&fut);
        }
        fut
    }

    /// Runs `f` on the rare fields, made on first use; `f` must not reach this future.
    pub(super) fn with_rare<R>(&self, f: impl FnOnce(&mut FutRare) -> R) -> R {
        let mut rare = self.rare.take().unwrap_or_default();
        let result = f(&mut rare);
        self.rare.set(Some(rare));
        result
    }

    /// Reads the rare fields, or gives `default` if they were never made.
    pub(super) fn read_rare<R>(&self, default: R, f: impl FnOnce(&FutRare) -> R) -> R {
        let rare = self.rare.take();
        let result = rare.as_deref().map_or(default, f);
        self.rare.set(rare);
        result
    }

    /// The exception set on this future, if any.
    pub fn exception(&self) -> Option<Value> {
        self.read_rare(None, |r| r.exception.clone())
    }

    /// The message given to `cancel()`.
    pub fn cancel_message(&self) -> Value {
        self.read_rare(Value::None, |r| r.cancel_message.clone())
    }

    pub(super) fn set_cancel_message(&self, message: Value) {
        if !message.is_none() || self.read_rare(false, |_| true) {
            self.with_rare(|r| r.cancel_message = message);
        }
    }

    /// For gather's outer future: the children its `cancel()` cancels.
    pub fn set_children(&self, children: Vec<Rc<Fut>>) {
        self.with_rare(|r| r.children = children);
    }

    pub(super) fn children(&self) -> Vec<Rc<Fut>> {
        self.read_rare(Vec::new(), |r| r.children.clone())
    }

    /// The Python value of this future.
    pub fn value(self: &Rc<Fut>) -> Value {
        Value::Future(self.clone())
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn cancelled(&self) -> bool {
        self.state.get() == FutState::Cancelled
    }

    pub fn is_task(&self) -> bool {
        self.task.is_some()
    }

    /// `future.result()`.
    pub fn result(&self) -> PResult {
        match self.state.get() {
            FutState::Cancelled => Err(self.cancelled_error()),
            FutState::Pending => Err(invalid_state("Result is not set.")),
            FutState::Finished => {
                self.log_traceback.set(false);
                match self.exception() {
                    Some(exc) => Err(PyErr::from_value(exc)),
                    None => Ok(self.result_value()),
                }
            }
        }
    }

    /// `future.exception()`.
    pub fn exception_value(&self) -> PResult {
        match self.state.get() {
            FutState::Cancelled => Err(self.cancelled_error()),
            FutState::Pending => Err(invalid_state("Exception is not set.")),
            FutState::Finished => {
                self.log_traceback.set(false);
                Ok(self.exception().unwrap_or(Value::None))
            }
        }
    }

    pub fn cancelled_error(&self) -> Box<PyErr> {
        let taken = if self.read_rare(false, |r| r.cancelled_exc.is_some()) {
            self.with_rare(|r| r.cancelled_exc.take())
        } else {
            None
        };
        if let Some(exc) = taken {
            return PyErr::from_value(exc);
        }
        let message = self.cancel_message();
        let args = if message.is_none() {
            vec![]
        } else {
            vec![message]
        };
        PyErr::with_args(&cancelled_error_class(), args)
    }

    pub fn set_result(self: &Rc<Fut>, value: Value) -> PResult<()> {
        if self.done() {
            return Err(invalid_state(format!(
                "{}: {}",
                self.state_name(),
                "invalid state"
            )));
        }
        self.state.set(FutState::Finished);
        self.schedule_callbacks();
        self.outcome.set(Outcome::Result(value));
        Ok(())
    }

    pub fn set_exception(self: &Rc<Fut>, exc: Value) -> PResult<()> {
        if self.done() {
            return Err(invalid_state(format!(
                "{}: {}",
                self.state_name(),
                "invalid state"
            )));
        }
        self.with_rare(|r| r.exception = Some(exc));
        self.state.set(FutState::Finished);
        self.log_traceback.set(true);
        self.schedule_callbacks();
        Ok(())
    }

    /// `Future.cancel()` (the plain future part; tasks add their own logic).
    pub fn cancel_future(self: &Rc<Fut>, message: Value) -> bool {
        self.log_traceback.set(false);
        if self.done() {
            return false;
        }
        self.state.set(FutState::Cancelled);
        self.set_cancel_message(message);
        self.schedule_callbacks();
        true
    }

    /// `cancel()` of any future: tasks cancel what they wait on, gathers their children.
    pub fn cancel(self: &Rc<Fut>, message: Value) -> bool {
        if self.is_task() && !self.done() {
            super::record::cancel_requested(self);
        }
        self.cancel_visiting(message, &mut HashSet::new())
    }

    /// `cancel()`, never visiting a future twice. A task's cancel cancels what it waits on,
    /// which may be a task waiting on it in turn: CPython recurses round such a cycle until
    /// `RecursionError`. Here the chain of waiting tasks is walked in a loop, and a cycle is
    /// broken where it closes: the last task of the chain is woken with the cancellation, so
    /// both tasks end cancelled instead of waiting on each other forever.
    pub(super) fn cancel_visiting(
        self: &Rc<Fut>,
        message: Value,
        visited: &mut HashSet<*const Fut>,
    ) -> bool {
        // Tasks that each wait on the next, starting with `self`.
        let mut chain: Vec<Rc<Fut>> = Vec::new();
        let mut current = self.clone();
        let cancelled_at_end = loop {
            if !visited.insert(Rc::as_ptr(&current)) {
                if let Some(last) = chain.last() {
                    if chain.iter().any(|t| Rc::ptr_eq(t, &current)) {
                        last.wake_cancelled(&current);
                    }
                }
                break false;
            }
            if let Some(task) = &current.task {
                if current.done() {
                    break false;
                }
                task.num_cancels_requested
                    .set(task.num_cancels_requested.get() + 1);
                match task.fut_waiter() {
                    Some(waiter) => {
                        chain.push(current);
                        current = waiter;
                        continue;
                    }
                    None => {
                        chain.push(current);
                        break false;
                    }
                }
            }
            let children = current.children();
            if children.is_empty() {
                break current.cancel_future(message.clone());
            }
            if current.done() {
                break false;
            }
            let mut any = false;
            for child in &children {
                any |= child.cancel_visiting(message.clone(), visited);
            }
            if any {
                current.cancel_requested.set(true);
            }
            break any;
        };
        // A task whose waiter could not be cancelled cancels itself at its next step; every
        // task before it in the chain then counts as cancelled through its waiter.
        match chain.last() {
            Some(last) => {
                if !cancelled_at_end {
                    if let Some(task) = &last.task {
                        task.must_cancel.set(true);
                    }
                    last.set_cancel_message(message);
                }
                true
            }
            None => cancelled_at_end,
        }
    }

    /// Breaks a cycle of tasks waiting on each other: this task stops waiting on `waiter` and
    /// steps at once, where its `must_cancel` raises `CancelledError` at its `await`.
    pub(super) fn wake_cancelled(self: &Rc<Fut>, waiter: &Rc<Fut>) {
        let Some(task) = &self.task else { return };
        waiter.with_callbacks(|callbacks| {
            callbacks.retain(|cb| !matches!(cb, DoneCallback::Wakeup(t) if Rc::ptr_eq(t, self)))
        });
        task.fut_waiter.set(None);
        self.event_loop.schedule(Callback::Step(self.clone()));
    }

    /// The result set on this future (None until then).
    pub fn result_value(&self) -> Value {
        let outcome = self.outcome.take();
        let value = match &outcome {
            Outcome::Result(v) => v.clone(),
            _ => Value::None,
        };
        self.outcome.set(outcome);
        value
    }

    /// Runs `f` on the done callbacks (none once done); `f` must not run Python code.
    pub fn with_callbacks<R>(&self, f: impl FnOnce(&mut Vec<DoneCallback>) -> R) -> R {
        let mut callbacks = match self.outcome.take() {
            Outcome::NoCallbacks => Vec::new(),
            Outcome::Wakeup(task) => vec![DoneCallback::Wakeup(task)],
            Outcome::Callbacks(callbacks) => *callbacks,
            done => {
                self.outcome.set(done);
                return f(&mut Vec::new());
            }
        };
        let result = f(&mut callbacks);
        self.outcome.set(Outcome::pending_with(callbacks));
        result
    }

    /// Takes the done callbacks out (to filter them with Python code, say).
    pub fn take_callbacks(&self) -> Vec<DoneCallback> {
        self.with_callbacks(std::mem::take)
    }

    pub fn add_done_callback(self: &Rc<Fut>, callback: DoneCallback) {
        if self.done() {
            self.event_loop
                .schedule(Callback::Done(callback, self.clone()));
            return;
        }
        match (self.outcome.take(), callback) {
            (Outcome::NoCallbacks, DoneCallback::Wakeup(task)) => {
                self.outcome.set(Outcome::Wakeup(task));
            }
            (outcome, callback) => {
                self.outcome.set(outcome);
                self.with_callbacks(|callbacks| callbacks.push(callback));
            }
        }
    }

    pub(super) fn schedule_callbacks(self: &Rc<Fut>) {
        match self.outcome.take() {
            Outcome::NoCallbacks => {}
            Outcome::Wakeup(task) => {
                let callback = DoneCallback::Wakeup(task);
                self.event_loop
                    .schedule(Callback::Done(callback, self.clone()));
            }
            Outcome::Callbacks(callbacks) => {
                for cb in *callbacks {
                    self.event_loop.schedule(Callback::Done(cb, self.clone()));
                }
            }
            done => self.outcome.set(done),
        }
    }

    pub fn state_name(&self) -> &'static str {
        match self.state.get() {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }

    pub fn name(&self) -> String {
        self.task.as_ref().map(|t| t.name()).unwrap_or_default()
    }
}

impl Drop for Fut {
    fn drop(&mut self) {
        if !self.log_traceback.get() {
            return;
        }
        let Some(exc) = self.exception() else {
            return;
        };
        interp::with_current(|interp| {
            let what = if self.task.is_some() {
                "Task"
            } else {
                "Future"
            };
            // As CPython's `__del__`, the report hands the future itself to the loop's
            // exception handler: its state moves to a new, already reported, future.
            let future = Rc::new(Fut {
                state: Cell::new(self.state.get()),
                log_traceback: Cell::new(false),
                cancel_requested: Cell::new(self.cancel_requested.get()),
                made_for: Cell::new(self.made_for.get()),
                outcome: Cell::new(self.outcome.take()),
                event_loop: self.event_loop.clone(),
                task: self.task.take(),
                rare: Cell::new(self.rare.take()),
            });
            let context = vec![
                (
                    "message",
                    Value::str(format!("{what} exception was never retrieved")),
                ),
                ("exception", exc),
                ("future", future.value()),
            ];
            (library().report_dropped)(interp, &future.event_loop, context);
        });
    }
}

pub fn invalid_state(message: impl Into<String>) -> Box<PyErr> {
    PyErr::new(&library().invalid_state_error, message)
}

pub fn cancelled_error_class() -> Rc<Class> {
    library().cancelled_error.clone()
}
