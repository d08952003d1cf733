//! Running a task: its steps, what a suspended coroutine waits on, creating tasks.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::exception::*;
use crate::interp::scheduler::TaskContext;
use crate::interp::Interp;
use crate::types::types;
use crate::value::*;

use super::record::{self, StepEnd};
use super::{cancelled_error_class, Callback, CoroFuture, DoneCallback, EventLoop, Fut, TaskState};

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
    pub(super) suspended: bool,
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
    record::task_created(interp, &task);
    event_loop.schedule(Callback::Step(task.clone()));
    task
}

pub(super) fn task_wakeup(interp: &Interp, task: &Rc<Fut>, fut: &Rc<Fut>) -> PResult<()> {
    match fut.result() {
        Ok(_) => task_step(interp, task, None),
        Err(e) => task_step(interp, task, Some(e)),
    }
}

pub(super) fn is_cancelled_error(e: &PyErr) -> bool {
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
    // The task's frame resumes at the `await` it stopped at.
    let outer = interp.enter_task(TaskContext {
        handling: ts.swap_handling(Vec::new()),
        depth: ts.depth.get(),
        position: ts.resume_position(),
    });
    *runtime.yielded.borrow_mut() = Yielded::Nothing;

    // CPython throws into a coroutine that never ran by raising at once, whatever its body:
    // done here, once for every kind of coroutine, since a native body (`asyncio.sleep`,
    // `Queue.get`) has no first-step check of its own and would otherwise run on.
    let first_step = !ts.started.replace(true);
    let recording = record::on();
    if recording {
        record::step_started(interp, task, exc.as_deref());
    }
    let poll = match exc {
        Some(e) if first_step => Poll::Ready(Err(e)),
        exc => {
            *runtime.throw_in.borrow_mut() = exc;
            poll_once(coro.as_mut())
        }
    };

    let suspended_at = if recording {
        record::suspension_place(interp)
    } else {
        None
    };
    let (handling, depth) = interp.leave_task(outer);
    ts.depth.set(depth);
    ts.swap_handling(handling);
    *runtime.current_task.borrow_mut() = previous_task;
    runtime.throw_in.borrow_mut().take();
    let yielded = std::mem::replace(&mut *runtime.yielded.borrow_mut(), Yielded::Nothing);

    if recording {
        let how = match &poll {
            Poll::Ready(Ok(_)) if ts.must_cancel.get() => StepEnd::Cancelled,
            Poll::Ready(Ok(value)) => StepEnd::Done(value),
            Poll::Ready(Err(e)) if is_cancelled_error(e) => StepEnd::Cancelled,
            Poll::Ready(Err(e)) => StepEnd::Failed(e),
            Poll::Pending => StepEnd::Suspended(&yielded, suspended_at),
        };
        record::step_ended(interp, task, how);
    }
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
                        (library().future_repr)(interp, task)?
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
