//! pyco's own event loop: CPython's asyncio algorithm on plain data.
//!
//! - A FIFO ready queue of handles; a timer heap ordered by `(deadline, sequence)`.
//! - One iteration (`run_once`) moves due timers to the ready queue, then runs exactly the
//!   handles that were ready when it began.
//! - A task's first step is scheduled with `call_soon` when it is created; a task wakes
//!   through its awaited future's done callback, itself scheduled with `call_soon`.
//! - Futures and tasks are `Fut` values; a task's coroutine is a Rust future polled with a
//!   no-op waker: `Pending` means the coroutine suspended at an `await`, and the runtime's
//!   `yielded` slot says on what.
//!
//! Scheduling events all pass through `EventLoop::schedule` and the idle wait through
//! `EventLoop::wait_for_next`, so a timeline recorder or a REPL's input wakeup fit in one place.

use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};

use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::modules::asyncio;
use crate::signals;
use crate::types::types;
use crate::value::*;

pub mod clock;
pub use clock::{deadline_of, duration_of, seconds, Clock, Nanos, NANOS_PER_SECOND};

/// A coroutine body as the loop polls it.
pub type CoroFuture = Pin<Box<dyn Future<Output = PResult>>>;

// ----- futures and tasks ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
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
    coro_object: Rc<Native>,
    fut_waiter: Cell<Option<Rc<Fut>>>,
    /// `n` of the default name `Task-<n>`, formatted only when someone asks.
    number: u64,
    /// A name given by `set_name`, and `except` blocks the task suspended in.
    rare: Cell<Option<Box<TaskRare>>>,
    pub num_cancels_requested: Cell<u32>,
    /// Python call depth of the task's suspended frames.
    pub depth: Cell<u32>,
    /// Where the coroutine is suspended: the byte offset of its `await` in its source
    /// (`NOT_SUSPENDED` before its first suspension), for reprs.
    pub suspended_at: Cell<u32>,
    pub must_cancel: Cell<bool>,
    /// Whether the coroutine has been polled: an exception thrown into a task before its
    /// first step (a `cancel()` right after `create_task`) ends it without running it.
    started: Cell<bool>,
}

/// `TaskState::suspended_at` of a task that has not suspended yet.
pub const NOT_SUSPENDED: u32 = u32::MAX;

/// The parts of a task most tasks never use.
#[derive(Default)]
struct TaskRare {
    name: Option<String>,
    /// The task's own `except`-block stack, swapped in while it runs.
    handling: Vec<Value>,
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
    fn resume_position(&self) -> interp::Position {
        let at = self.suspended_at.get();
        match (&*self.coro_object, at) {
            (_, NOT_SUSPENDED) => interp::Position::NONE,
            (Native::Coroutine(c), _) => match &c.function {
                Some(f) => interp::Position::at(&f.source, at),
                None => interp::Position::NONE,
            },
            _ => interp::Position::NONE,
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
struct FutRare {
    exception: Option<Value>,
    cancel_message: Value,
    /// For gather's outer future: the children its `cancel()` cancels.
    children: Vec<Rc<Fut>>,
    /// The CancelledError a task's coroutine ended with, given once to the first `result()`.
    cancelled_exc: Option<Value>,
}

/// An asyncio Future, or a Task (a future driven by a coroutine). Kept small: 100,000
/// suspended tasks each hold one or two.
pub struct Fut {
    pub state: Cell<FutState>,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: Cell<bool>,
    pub cancel_requested: Cell<bool>,
    /// The done callbacks while pending, then the result. `Cell`s, not `RefCell`s, where
    /// the value is only swapped: each saves a word in every future.
    outcome: Cell<Outcome>,
    pub event_loop: Rc<EventLoop>,
    pub task: Option<Box<TaskState>>,
    rare: Cell<Option<Box<FutRare>>>,
}

/// A future has done callbacks only until it is done, and a result only after: one field
/// holds either, so a future is a block of 80 bytes, not 96.
enum Outcome {
    Callbacks(Vec<DoneCallback>),
    Result(Value),
}

impl Default for Outcome {
    fn default() -> Self {
        Outcome::Callbacks(Vec::new())
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
        Rc::new(Fut {
            state: Cell::new(FutState::Pending),
            log_traceback: Cell::new(false),
            cancel_requested: Cell::new(false),
            outcome: Cell::new(Outcome::default()),
            event_loop: event_loop.clone(),
            task: task.map(Box::new),
            rare: Cell::new(None),
        })
    }

    /// Runs `f` on the rare fields, made on first use; `f` must not reach this future.
    fn with_rare<R>(&self, f: impl FnOnce(&mut FutRare) -> R) -> R {
        let mut rare = self.rare.take().unwrap_or_default();
        let result = f(&mut rare);
        self.rare.set(Some(rare));
        result
    }

    /// Reads the rare fields, or gives `default` if they were never made.
    fn read_rare<R>(&self, default: R, f: impl FnOnce(&FutRare) -> R) -> R {
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

    fn set_cancel_message(&self, message: Value) {
        if !message.is_none() || self.read_rare(false, |_| true) {
            self.with_rare(|r| r.cancel_message = message);
        }
    }

    /// For gather's outer future: the children its `cancel()` cancels.
    pub fn set_children(&self, children: Vec<Rc<Fut>>) {
        self.with_rare(|r| r.children = children);
    }

    fn children(&self) -> Vec<Rc<Fut>> {
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
        self.cancel_visiting(message, &mut HashSet::new())
    }

    /// `cancel()`, never visiting a future twice. A task's cancel cancels what it waits on,
    /// which may be a task waiting on it in turn: CPython recurses round such a cycle until
    /// `RecursionError`. Here the chain of waiting tasks is walked in a loop, and a cycle is
    /// broken where it closes: the last task of the chain is woken with the cancellation, so
    /// both tasks end cancelled instead of waiting on each other forever.
    fn cancel_visiting(self: &Rc<Fut>, message: Value, visited: &mut HashSet<*const Fut>) -> bool {
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
    fn wake_cancelled(self: &Rc<Fut>, waiter: &Rc<Fut>) {
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
            Outcome::Callbacks(_) => Value::None,
        };
        self.outcome.set(outcome);
        value
    }

    /// Runs `f` on the done callbacks (none once done); `f` must not run Python code.
    pub fn with_callbacks<R>(&self, f: impl FnOnce(&mut Vec<DoneCallback>) -> R) -> R {
        match self.outcome.take() {
            Outcome::Callbacks(mut callbacks) => {
                let result = f(&mut callbacks);
                self.outcome.set(Outcome::Callbacks(callbacks));
                result
            }
            done => {
                self.outcome.set(done);
                f(&mut Vec::new())
            }
        }
    }

    /// Takes the done callbacks out (to filter them with Python code, say).
    pub fn take_callbacks(&self) -> Vec<DoneCallback> {
        self.with_callbacks(std::mem::take)
    }

    pub fn add_done_callback(self: &Rc<Fut>, callback: DoneCallback) {
        if self.done() {
            self.event_loop
                .schedule(Callback::Done(callback, self.clone()));
        } else {
            self.with_callbacks(|callbacks| {
                if callbacks.capacity() == 0 {
                    // Most futures get one callback (the task waiting on them): no room for
                    // four.
                    callbacks.reserve_exact(1);
                }
                callbacks.push(callback);
            });
        }
    }

    fn schedule_callbacks(self: &Rc<Fut>) {
        let callbacks = self.take_callbacks();
        for cb in callbacks {
            self.event_loop.schedule(Callback::Done(cb, self.clone()));
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
            asyncio::report_dropped(interp, &future.event_loop, context);
        });
    }
}

pub fn invalid_state(message: impl Into<String>) -> Box<PyErr> {
    PyErr::new(&asyncio::invalid_state_error_class(), message)
}

pub fn cancelled_error_class() -> Rc<Class> {
    asyncio::cancelled_error_class()
}

// ----- the loop ------------------------------------------------------------------------

/// What a handle runs.
pub enum Callback {
    /// Advance a task (its first step, or after a bare `yield`).
    Step(Rc<Fut>),
    /// A done callback of a completed future.
    Done(DoneCallback, Rc<Fut>),
    /// `loop.call_soon(f, *args)`.
    Call(Value, Vec<Value>),
    /// Runtime-internal work (timers of `sleep`, timeouts).
    Native(NativeCallback),
}

/// A scheduled callback; `cancelled` is shared with the Python handle object.
pub struct Handle {
    pub callback: Callback,
    pub cancelled: Rc<Cell<bool>>,
    /// The deadline of a timer's handle (`TimerHandle` in reports), None for `call_soon`.
    pub when: Option<f64>,
}

struct Timer {
    /// The deadline as the program gave it: the heap orders by it, as heapq does.
    when: f64,
    /// The same deadline on the clock's exact scale ([`deadline_of`]): the loop tests it.
    deadline: Nanos,
    handle: Handle,
}

/// The timer heap, kept exactly as CPython's `heapq` keeps `loop._scheduled`: ordered by
/// deadline alone, so timers with the very same deadline come out in heapq's order (which is
/// not always scheduling order — programs can observe it, so pyco reproduces it).
#[derive(Default)]
struct TimerHeap {
    items: Vec<Timer>,
}

impl TimerHeap {
    fn push(&mut self, timer: Timer) {
        self.items.push(timer);
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    fn pop(&mut self) -> Option<Timer> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(top)
    }

    fn peek(&self) -> Option<&Timer> {
        self.items.first()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    /// heapq's `_siftdown`: move the item at `pos` up towards `start`.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.items[pos].when < self.items[parent].when {
                self.items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// heapq's `_siftup`: move the hole at `pos` down to a leaf, then sift the item back up.
    fn sift_up(&mut self, mut pos: usize) {
        let end = self.items.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            // heapq's `not heap[child] < heap[right]`: NaN deadlines compare like CPython's.
            if right < end
                && !matches!(
                    self.items[child].when.partial_cmp(&self.items[right].when),
                    Some(std::cmp::Ordering::Less)
                )
            {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }

    /// heapq's `heapify`, after dropping cancelled timers.
    fn rebuild_without_cancelled(&mut self) {
        self.items.retain(|t| !t.handle.cancelled.get());
        let n = self.items.len();
        for i in (0..n / 2).rev() {
            self.sift_up(i);
        }
    }
}

/// One event loop: plain data plus the transitions CPython's `BaseEventLoop` makes.
pub struct EventLoop {
    ready: RefCell<VecDeque<Handle>>,
    timers: RefCell<TimerHeap>,
    pub stopping: Cell<bool>,
    pub running: Cell<bool>,
    pub closed: Cell<bool>,
    /// `set_debug()`: only reported back (pyco's loop has no debug checks).
    pub debug: Cell<bool>,
    /// `set_exception_handler()`'s handler (None: the default handler).
    pub exception_handler: RefCell<Option<Value>>,
    /// Every task created on this loop (for `all_tasks`), weakly.
    pub tasks: RefCell<Vec<Weak<Fut>>>,
    /// The Python value of this loop.
    handle: RefCell<Weak<Native>>,
}

impl EventLoop {
    pub fn new() -> Rc<EventLoop> {
        Rc::new(EventLoop {
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(TimerHeap::default()),
            stopping: Cell::new(false),
            running: Cell::new(false),
            closed: Cell::new(false),
            debug: Cell::new(false),
            exception_handler: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            handle: RefCell::new(Weak::new()),
        })
    }

    pub fn value(self: &Rc<EventLoop>) -> Value {
        if let Some(native) = self.handle.borrow().upgrade() {
            return Value::Native(native);
        }
        let native = Rc::new(Native::Loop(self.clone()));
        *self.handle.borrow_mut() = Rc::downgrade(&native);
        Value::Native(native)
    }

    /// `call_soon`: the one place work enters the ready queue.
    pub fn schedule(&self, callback: Callback) -> Rc<Cell<bool>> {
        let cancelled = Rc::new(Cell::new(false));
        self.ready.borrow_mut().push_back(Handle {
            callback,
            cancelled: cancelled.clone(),
            when: None,
        });
        cancelled
    }

    /// `call_at`: a timer at monotonic time `when`.
    pub fn schedule_at(&self, when: f64, callback: Callback) -> Rc<Cell<bool>> {
        let cancelled = Rc::new(Cell::new(false));
        self.timers.borrow_mut().push(Timer {
            when,
            deadline: deadline_of(when),
            handle: Handle {
                callback,
                cancelled: cancelled.clone(),
                when: Some(when),
            },
        });
        cancelled
    }

    pub fn has_ready(&self) -> bool {
        !self.ready.borrow().is_empty()
    }

    /// The deadline of the first live timer in the heap (the earliest, but for NaN
    /// deadlines, which heapq leaves where they fall).
    pub fn next_deadline(&self) -> Option<Nanos> {
        let mut timers = self.timers.borrow_mut();
        while let Some(top) = timers.peek() {
            if top.handle.cancelled.get() {
                timers.pop();
            } else {
                return Some(top.deadline);
            }
        }
        None
    }

    /// True if some live timer can still fire (its deadline is not [`clock::NEVER`]).
    fn has_live_timer(&self) -> bool {
        match self.next_deadline() {
            None => false,
            Some(deadline) if deadline != clock::NEVER => true,
            Some(_) => self
                .timers
                .borrow()
                .items
                .iter()
                .any(|t| !t.handle.cancelled.get() && t.deadline != clock::NEVER),
        }
    }

    /// The idle wait: until the next timer (real clock) or a jump to it (virtual clock).
    fn wait_for_next(&self, interp: &Interp) {
        if self.has_ready() || self.stopping.get() {
            return;
        }
        if let Some(deadline) = self.next_deadline() {
            let clock = &interp.runtime.clock;
            if !clock.is_virtual() && deadline > clock.peek_monotonic_ns() {
                interp.flush_out();
            }
            clock.wait_until(deadline);
        }
    }

    /// One iteration of the loop (CPython's `_run_once`).
    pub fn run_once(&self, interp: &Interp) -> PResult<()> {
        {
            // CPython rebuilds the heap when over half of 100+ timers are cancelled, and
            // otherwise drops cancelled timers from its head.
            let mut timers = self.timers.borrow_mut();
            let cancelled = timers
                .items
                .iter()
                .filter(|t| t.handle.cancelled.get())
                .count();
            if timers.len() > 100 && cancelled * 2 > timers.len() {
                timers.rebuild_without_cancelled();
            } else {
                while timers.peek().is_some_and(|t| t.handle.cancelled.get()) {
                    timers.pop();
                }
            }
        }
        self.wait_for_next(interp);
        // CPython's `end_time = self.time() + self._clock_resolution` and `when < end_time`,
        // exactly: a deadline is due when its nanosecond tick has come.
        let now = interp.runtime.clock.monotonic_ns();
        {
            let mut timers = self.timers.borrow_mut();
            let mut ready = self.ready.borrow_mut();
            while let Some(top) = timers.peek() {
                if top.handle.cancelled.get() {
                    timers.pop();
                    continue;
                }
                if top.deadline > now {
                    break;
                }
                if let Some(timer) = timers.pop() {
                    ready.push_back(timer.handle);
                }
            }
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(handle) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            if handle.cancelled.get() {
                continue;
            }
            run_handle(interp, handle)?;
        }
        Ok(())
    }

    /// True when nothing can ever run again (no ready work, no timer that can fire).
    pub fn is_idle(&self) -> bool {
        !self.has_ready() && !self.has_live_timer()
    }
}

fn run_handle(interp: &Interp, handle: Handle) -> PResult<()> {
    let result = match &handle.callback {
        Callback::Step(task) => task_step(interp, task, None),
        Callback::Done(cb, fut) => match cb {
            DoneCallback::Python(f) => interp.call(f, &[fut.value()], &[]).map(|_| ()),
            DoneCallback::Wakeup(task) => task_wakeup(interp, task, fut),
            DoneCallback::Native(f) => f(interp, fut),
        },
        Callback::Call(f, args) => interp.call(f, args, &[]).map(|_| ()),
        Callback::Native(f) => f(interp),
    };
    match result {
        Ok(()) => Ok(()),
        Err(e) => {
            // SystemExit and KeyboardInterrupt stop the loop; anything else goes to the
            // loop's exception handler and the loop goes on, as in CPython.
            let class = e.class();
            if class.is_subclass(&types().system_exit)
                || class.is_subclass(&types().keyboard_interrupt)
            {
                return Err(e);
            }
            let callback = match handle.callback {
                Callback::Done(DoneCallback::Python(f), fut) => Some((f, vec![fut.value()])),
                Callback::Call(f, args) => Some((f, args)),
                _ => None,
            };
            asyncio::report_callback_error(interp, handle.cancelled, handle.when, callback, &e)
        }
    }
}

// ----- tasks ---------------------------------------------------------------------------

/// What a suspended coroutine is waiting on.
pub enum Yielded {
    /// Nothing recorded (a bug if a coroutine suspends like this).
    Nothing,
    /// A bare yield: run me again on the next iteration (`sleep(0)`).
    Bare,
    /// Wake me when this future is done.
    Future(Rc<Fut>),
}

/// A future that is pending exactly once: the suspension point of an `await`.
pub struct Suspend {
    suspended: bool,
}

impl Suspend {
    pub fn new() -> Suspend {
        Suspend { suspended: false }
    }
}

impl Default for Suspend {
    fn default() -> Self {
        Self::new()
    }
}

impl Future for Suspend {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.suspended {
            Poll::Ready(())
        } else {
            self.suspended = true;
            Poll::Pending
        }
    }
}

/// Polls `fut` once. pyco's loop knows what to run next and never needs waking, so every
/// poll uses a waker that does nothing.
pub fn poll_once<F: Future + ?Sized>(fut: Pin<&mut F>) -> Poll<F::Output> {
    fut.poll(&mut Context::from_waker(Waker::noop()))
}

/// Creates a task for a coroutine future and schedules its first step.
pub fn create_task(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    coro: CoroFuture,
    coro_object: Rc<Native>,
    name: Option<String>,
) -> Rc<Fut> {
    let state = match name {
        Some(name) => {
            let state = TaskState::new(coro, coro_object, 0);
            state.set_name(&name);
            state
        }
        None => {
            let n = interp.runtime.task_counter.get() + 1;
            interp.runtime.task_counter.set(n);
            TaskState::new(coro, coro_object, n)
        }
    };
    let task = Fut::new(event_loop, Some(state));
    {
        let mut tasks = event_loop.tasks.borrow_mut();
        if tasks.len() > 64 && tasks.len().is_power_of_two() {
            tasks.retain(|t| t.upgrade().map(|t| !t.done()).unwrap_or(false));
        }
        tasks.push(Rc::downgrade(&task));
    }
    event_loop.schedule(Callback::Step(task.clone()));
    task
}

fn task_wakeup(interp: &Interp, task: &Rc<Fut>, fut: &Rc<Fut>) -> PResult<()> {
    match fut.result() {
        Ok(_) => task_step(interp, task, None),
        Err(e) => task_step(interp, task, Some(e)),
    }
}

fn is_cancelled_error(e: &PyErr) -> bool {
    e.is_instance_of(&cancelled_error_class())
}

/// Advances a task by polling its coroutine once (CPython's `Task.__step`).
pub fn task_step(interp: &Interp, task: &Rc<Fut>, exc: Option<Box<PyErr>>) -> PResult<()> {
    let Some(ts) = &task.task else { return Ok(()) };
    if task.done() {
        return Ok(());
    }
    let mut exc = exc;
    if ts.must_cancel.get() {
        if !exc.as_ref().map(|e| is_cancelled_error(e)).unwrap_or(false) {
            exc = Some(task.cancelled_error());
        }
        ts.must_cancel.set(false);
    }
    ts.fut_waiter.set(None);
    let Some(mut coro) = ts.coro.take() else {
        return Ok(());
    };

    let runtime = &interp.runtime;
    let previous_task = runtime.current_task.replace(Some(task.clone()));
    let outer_handling = interp.handling.replace(ts.swap_handling(Vec::new()));
    let base_depth = interp.depth.get();
    let outer_base_depth = runtime.task_base_depth.replace(base_depth);
    interp.depth.set(base_depth + ts.depth.get());
    // The task's frame resumes at the `await` it stopped at; until its first statement
    // runs, no Python frame of it is current.
    let outer_position = interp.position.replace(ts.resume_position());
    let outer_frame_position = runtime.task_frame_position.replace(interp::Position::NONE);
    *runtime.yielded.borrow_mut() = Yielded::Nothing;

    // CPython throws into a coroutine that never ran by raising at once, whatever its body:
    // done here, once for every kind of coroutine, since a native body (`asyncio.sleep`,
    // `Queue.get`) has no first-step check of its own and would otherwise run on.
    let first_step = !ts.started.replace(true);
    let poll = match exc {
        Some(e) if first_step => Poll::Ready(Err(e)),
        exc => {
            *runtime.throw_in.borrow_mut() = exc;
            poll_once(coro.as_mut())
        }
    };

    ts.depth.set(interp.depth.get().saturating_sub(base_depth));
    interp.depth.set(base_depth);
    runtime.task_base_depth.set(outer_base_depth);
    interp.position.set(outer_position);
    runtime.task_frame_position.set(outer_frame_position);
    ts.swap_handling(interp.handling.replace(outer_handling));
    *runtime.current_task.borrow_mut() = previous_task;
    runtime.throw_in.borrow_mut().take();
    let yielded = std::mem::replace(&mut *runtime.yielded.borrow_mut(), Yielded::Nothing);

    match poll {
        Poll::Ready(Ok(value)) => {
            if ts.must_cancel.get() {
                ts.must_cancel.set(false);
                task.cancel_future(task.cancel_message());
            } else {
                task.set_result(value)?;
            }
        }
        Poll::Ready(Err(e)) => {
            if is_cancelled_error(&e) {
                task.with_rare(|r| r.cancelled_exc = Some(e.exc.clone()));
                task.cancel_future(Value::None);
            } else {
                let class = e.class();
                let fatal = class.is_subclass(&types().system_exit)
                    || class.is_subclass(&types().keyboard_interrupt);
                task.set_exception(e.exc.clone())?;
                if fatal {
                    task.log_traceback.set(false);
                    return Err(e);
                }
            }
        }
        Poll::Pending => {
            ts.coro.set(Some(coro));
            match yielded {
                Yielded::Future(fut) if Rc::ptr_eq(&fut, task) => {
                    // CPython's `__step`: a task awaiting itself is stepped again with this
                    // error (waiting on itself would never end).
                    let message = format!(
                        "Task cannot await on itself: {}",
                        asyncio::future_repr(interp, task)?
                    );
                    let me = task.clone();
                    task.event_loop
                        .schedule(Callback::Native(Rc::new(move |interp: &Interp| {
                            task_step(interp, &me, Some(runtime_error(message.clone())))
                        })));
                }
                Yielded::Future(fut) => {
                    fut.add_done_callback(DoneCallback::Wakeup(task.clone()));
                    ts.fut_waiter.set(Some(fut.clone()));
                    if ts.must_cancel.get() && fut.cancel(task.cancel_message()) {
                        ts.must_cancel.set(false);
                    }
                }
                Yielded::Bare => {
                    task.event_loop.schedule(Callback::Step(task.clone()));
                }
                Yielded::Nothing => {
                    let err = runtime_error(format!("Task got bad yield: {}", task.name()));
                    task.set_exception(err.exc.clone())?;
                }
            }
        }
    }
    Ok(())
}

// ----- the runtime ---------------------------------------------------------------------

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
fn run_loop(
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

/// The report pyco gives where CPython would hang: every task waits and nothing can wake one.
fn deadlock_error(interp: &Interp, event_loop: &Rc<EventLoop>, _fut: &Rc<Fut>) -> Box<PyErr> {
    let mut waiting = Vec::new();
    for task in event_loop.tasks.borrow().iter().filter_map(|t| t.upgrade()) {
        if task.done() {
            continue;
        }
        if let Some(ts) = &task.task {
            let on = match &ts.fut_waiter() {
                Some(f) if f.is_task() => format!("task '{}'", f.name()),
                Some(_) => "a future nobody will complete".to_string(),
                None => "nothing".to_string(),
            };
            waiting.push(format!("  task '{}' waits on {}", ts.name(), on));
        }
    }
    let _ = interp;
    runtime_error(format!(
        "pyco: deadlock: every task is waiting and nothing can wake them (CPython would hang here)\n{}",
        waiting.join("\n")
    ))
}

/// Where CPython's asyncio runs a callback (`Handle._run`): the frame a coroutine dropped
/// by the loop itself, not by a Python frame, is reported at.
const LOOP_CALLBACK_FILE: &str = "/usr/lib/python3.11/asyncio/events.py";
const LOOP_CALLBACK_LINE: usize = 80;
const LOOP_CALLBACK_TEXT: &str = "self._context.run(self._callback, *self._args)";

const TRACEMALLOC_HINT: &str =
    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

/// CPython's warning for a coroutine object dropped before anything awaited it, at the line
/// of the innermost frame running (its `warnings.warn(..., stacklevel=2)`), printed once per
/// place and coroutine name as the `default` warning action does, with the tracemalloc hint.
pub fn warn_never_awaited(qualname: &str) {
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
            let (file, line, source_line) = match interp.position_line(interp.position.get()) {
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
        interp.flush_out();
        interp.write_err(&text);
    });
    let text = format!("sys:1: RuntimeWarning: coroutine '{qualname}' was never awaited\n");
    if written.is_none() {
        // Not `eprint!`, which panics when stderr is closed.
        let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_pop_by_deadline_then_sequence() {
        let lp = EventLoop::new();
        for (i, when) in [3.0, 1.0, 2.0, 1.0].iter().enumerate() {
            lp.schedule_at(*when, Callback::Call(Value::Int(i as i64), vec![]));
        }
        let mut order = Vec::new();
        while let Some(t) = lp.timers.borrow_mut().pop() {
            if let Callback::Call(Value::Int(i), _) = t.handle.callback {
                order.push(i);
            }
        }
        assert_eq!(order, vec![1, 3, 2, 0]);
    }

    #[test]
    fn cancelled_timers_are_skipped_for_the_next_deadline() {
        let lp = EventLoop::new();
        let first = lp.schedule_at(1.0, Callback::Call(Value::None, vec![]));
        lp.schedule_at(2.0, Callback::Call(Value::None, vec![]));
        first.set(true);
        assert_eq!(lp.next_deadline(), Some(deadline_of(2.0)));
    }

    #[test]
    fn ready_queue_is_fifo() {
        let lp = EventLoop::new();
        lp.schedule(Callback::Call(Value::Int(1), vec![]));
        lp.schedule(Callback::Call(Value::Int(2), vec![]));
        let first = lp.ready.borrow_mut().pop_front();
        assert!(matches!(
            first.map(|h| h.callback),
            Some(Callback::Call(Value::Int(1), _))
        ));
    }

    #[test]
    fn suspend_is_pending_exactly_once() {
        let mut s = Suspend::new();
        let mut cx = Context::from_waker(Waker::noop());
        assert!(Pin::new(&mut s).poll(&mut cx).is_pending());
        assert!(Pin::new(&mut s).poll(&mut cx).is_ready());
    }
}
