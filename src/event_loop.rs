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
//! `EventLoop::wait_for_next`, so a timeline recorder fits in one place. (The REPL runs the
//! loop between inputs one iteration at a time and does its own idle wait, for the next line
//! or the next timer: `repl::Session::run_due`.)

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};

use crate::exception::*;
use crate::interp::Interp;
use crate::types::types;
use crate::value::*;

pub mod clock;
mod future;
pub mod record;
mod runtime;
mod task;

pub use clock::{deadline_of, duration_of, seconds, Clock, Nanos, NANOS_PER_SECOND};
pub use future::*;
pub use runtime::*;
pub use task::*;

/// A coroutine body as the loop polls it.
pub type CoroFuture = Pin<Box<dyn Future<Output = PResult>>>;

// ----- the loop ------------------------------------------------------------------------

/// What a handle runs.
pub enum Callback {
    /// Advance a task (its first step, or after a bare `yield`).
    Step(Rc<Fut>),
    /// A done callback of a completed future.
    Done(DoneCallback, Rc<Fut>),
    /// A Python callable and its arguments: `loop.call_soon(f, *args)`, `call_later`,
    /// `call_at`. Boxed, the largest kind: the ready queue holds an entry for every task
    /// about to run (100,000 of them when as many tasks start), each as large as this enum.
    Call(Box<PythonCall>),
    /// Runtime-internal work (timers of `sleep`, timeouts).
    Native(NativeCallback),
}

/// What a `Callback::Call` calls.
pub struct PythonCall {
    pub f: Value,
    pub args: Vec<Value>,
    /// The deadline of a timer's handle (`TimerHandle` in reports), None for `call_soon`.
    pub when: Option<f64>,
}

impl Callback {
    /// `f(*args)`, from `call_soon` (`when` None) or a timer at `when`.
    pub fn python(f: Value, args: Vec<Value>, when: Option<f64>) -> Callback {
        Callback::Call(Box::new(PythonCall { f, args, when }))
    }
}

/// A scheduled callback.
pub struct Handle {
    pub callback: Callback,
    /// The flag shared with the Python handle object of `call_soon` and of every timer
    /// (which `sleep` uses to drop its timer); None for the runtime's own work, which
    /// nothing cancels: no count to allocate for each task step and wake-up.
    pub cancelled: Option<Rc<Cell<bool>>>,
}

const _: () = assert!(std::mem::size_of::<Handle>() <= 40);

impl Handle {
    fn is_cancelled(&self) -> bool {
        self.cancelled.as_ref().is_some_and(|c| c.get())
    }
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
        self.items.retain(|t| !t.handle.is_cancelled());
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

    /// `repr(loop)`, as CPython's `BaseEventLoop.__repr__` on Unix.
    pub fn repr(&self) -> String {
        let flag = |b: bool| if b { "True" } else { "False" };
        format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            flag(self.running.get()),
            flag(self.closed.get()),
            flag(self.debug.get())
        )
    }

    pub fn value(self: &Rc<EventLoop>) -> Value {
        if let Some(native) = self.handle.borrow().upgrade() {
            return Value::Native(native);
        }
        let native = Rc::new(Native::Loop(self.clone()));
        *self.handle.borrow_mut() = Rc::downgrade(&native);
        Value::Native(native)
    }

    /// `call_soon` of the runtime's own work.
    pub fn schedule(&self, callback: Callback) {
        self.push_ready(Handle {
            callback,
            cancelled: None,
        });
    }

    /// `call_soon` with the cancellation flag of a Python handle object.
    pub fn schedule_cancellable(&self, callback: Callback) -> Rc<Cell<bool>> {
        let cancelled = Rc::new(Cell::new(false));
        self.push_ready(Handle {
            callback,
            cancelled: Some(cancelled.clone()),
        });
        cancelled
    }

    /// The one place work enters the ready queue (timers that are due move in whole).
    fn push_ready(&self, handle: Handle) {
        self.ready.borrow_mut().push_back(handle);
    }

    /// `call_at`: a timer at monotonic time `when`.
    pub fn schedule_at(&self, when: f64, callback: Callback) -> Rc<Cell<bool>> {
        record::timer_set(when);
        let cancelled = Rc::new(Cell::new(false));
        self.timers.borrow_mut().push(Timer {
            when,
            deadline: deadline_of(when),
            handle: Handle {
                callback,
                cancelled: Some(cancelled.clone()),
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
            if top.handle.is_cancelled() {
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
                .any(|t| !t.handle.is_cancelled() && t.deadline != clock::NEVER),
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
                .filter(|t| t.handle.is_cancelled())
                .count();
            if timers.len() > 100 && cancelled * 2 > timers.len() {
                timers.rebuild_without_cancelled();
            } else {
                while timers.peek().is_some_and(|t| t.handle.is_cancelled()) {
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
                if top.handle.is_cancelled() {
                    timers.pop();
                    continue;
                }
                if top.deadline > now {
                    break;
                }
                if let Some(timer) = timers.pop() {
                    record::timer_fired(interp, timer.when);
                    ready.push_back(timer.handle);
                }
            }
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(handle) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            if handle.is_cancelled() {
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

    /// The tasks of this loop that are alive and not done, oldest first (`all_tasks`).
    pub fn live_tasks(&self) -> Vec<Rc<Fut>> {
        self.tasks
            .borrow()
            .iter()
            .filter_map(|t| t.upgrade())
            .filter(|t| !t.done())
            .collect()
    }
}

fn run_handle(interp: &Interp, handle: Handle) -> PResult<()> {
    let result = match &handle.callback {
        Callback::Step(task) => task_step(interp, task, None),
        Callback::Done(cb, fut) => match cb {
            DoneCallback::Python(f) => {
                record::callback_run(interp, f);
                interp.call(f, &[fut.value()], &[]).map(|_| ())
            }
            DoneCallback::Wakeup(task) => task_wakeup(interp, task, fut),
            DoneCallback::Native(f) => f(interp, fut),
        },
        Callback::Call(call) => {
            record::callback_run(interp, &call.f);
            interp.call(&call.f, &call.args, &[]).map(|_| ())
        }
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
            let (callback, when) = match handle.callback {
                Callback::Done(DoneCallback::Python(f), fut) => {
                    (Some((f, vec![fut.value()])), None)
                }
                Callback::Call(call) => (Some((call.f, call.args)), call.when),
                _ => (None, None),
            };
            let failed = FailedCallback {
                cancelled: handle.cancelled.unwrap_or_default(),
                when,
                callback,
            };
            (library().report_callback_error)(interp, failed, &e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::{Context, Waker};

    #[test]
    fn timers_pop_by_deadline_then_sequence() {
        let lp = EventLoop::new();
        for (i, when) in [3.0, 1.0, 2.0, 1.0].iter().enumerate() {
            lp.schedule_at(
                *when,
                Callback::python(Value::Int(i as i64), vec![], Some(*when)),
            );
        }
        let mut order = Vec::new();
        while let Some(t) = lp.timers.borrow_mut().pop() {
            if let Callback::Call(call) = t.handle.callback {
                if let Value::Int(i) = call.f {
                    order.push(i);
                }
            }
        }
        assert_eq!(order, vec![1, 3, 2, 0]);
    }

    #[test]
    fn cancelled_timers_are_skipped_for_the_next_deadline() {
        let lp = EventLoop::new();
        let first = lp.schedule_at(1.0, Callback::python(Value::None, vec![], Some(1.0)));
        lp.schedule_at(2.0, Callback::python(Value::None, vec![], Some(2.0)));
        first.set(true);
        assert_eq!(lp.next_deadline(), Some(deadline_of(2.0)));
    }

    #[test]
    fn ready_queue_is_fifo() {
        let lp = EventLoop::new();
        lp.schedule(Callback::python(Value::Int(1), vec![], None));
        lp.schedule(Callback::python(Value::Int(2), vec![], None));
        let first = lp.ready.borrow_mut().pop_front();
        assert!(matches!(
            first.map(|h| h.callback),
            Some(Callback::Call(call)) if matches!(call.f, Value::Int(1))
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
