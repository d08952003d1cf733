//! The reprs of futures and tasks, and the REPL's `:tasks` rows.

use std::rc::Rc;

use crate::coroutine;
use crate::event_loop::{self, DoneCallback, Fut};
use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::types::reprlib;
use crate::value::*;

use super::{classes, EventState, HandleObject};

/// One row of the REPL's `:tasks`: the task's name, its coroutine (`ticker()`), its state,
/// where it is suspended (`<stdin>:3`, empty before its first step) and what it waits for.
pub fn task_row(interp: &Interp, f: &Rc<Fut>) -> PResult<[String; 5]> {
    let Some(t) = &f.task else {
        return Ok([
            String::new(),
            String::new(),
            f.state_name().to_lowercase(),
            String::new(),
            String::new(),
        ]);
    };
    let state = task_state(f, t);
    let (coro, at) = match t.coro_value() {
        Value::Native(n) => match &*n {
            Native::Coroutine(c) => {
                let offset = suspended_offset(interp, f, t);
                let at = match (c.function(), offset) {
                    (Some(function), Some(offset))
                        if (offset as usize) <= function.source.text.len() =>
                    {
                        format!(
                            "{}:{}",
                            function.source.name,
                            function.source.line_of(offset)
                        )
                    }
                    _ => String::new(),
                };
                (format!("{}()", c.qualname()), at)
            }
            _ => (interp.repr(&t.coro_value())?, String::new()),
        },
        other => (interp.repr(&other)?, String::new()),
    };
    let waits = match t.fut_waiter() {
        Some(waiter) if waiter.is_task() => format!("task '{}'", waiter.name()),
        Some(waiter) => future_repr(interp, &waiter)?,
        None => String::new(),
    };
    Ok([t.name(), coro, state, at, waits])
}

/// A task's state as its repr names it: `cancelling` when `task.cancelling() and not
/// task.done()`, as CPython 3.11's `_task_repr_info`, else the future's state.
fn task_state(f: &Rc<Fut>, t: &event_loop::TaskState) -> String {
    if t.num_cancels_requested.get() > 0 && !f.done() {
        "cancelling".to_string()
    } else {
        f.state_name().to_lowercase()
    }
}

/// Where a task's coroutine is (the running task's current line) or was suspended, as a
/// byte offset in its source; None before its first suspension.
fn suspended_offset(interp: &Interp, f: &Rc<Fut>, t: &event_loop::TaskState) -> Option<u32> {
    running_offset(interp, f, t)
        .or(Some(t.suspended_at.get()).filter(|&at| at != event_loop::NOT_SUSPENDED))
}

/// The repr of a future or task.
pub fn future_repr(interp: &Interp, f: &Rc<Fut>) -> PResult<String> {
    // CPython's `_future_repr_info` and `_task_repr_info`, part for part.
    let mut info = vec![f.state_name().to_lowercase()];
    if f.done() && !f.cancelled() {
        match &f.exception() {
            Some(e) => info.push(format!("exception={}", interp.repr(e)?)),
            None => info.push(format!(
                "result={}",
                reprlib::short_repr(interp, &f.result_value())?
            )),
        }
    }
    if let Some(callbacks) = format_callbacks(interp, f)? {
        info.push(callbacks);
    }
    let Some(t) = &f.task else {
        return Ok(format!("<Future {}>", info.join(" ")));
    };
    info[0] = task_state(f, t);
    info.insert(1, format!("name={}", interp.repr(&Value::str(t.name()))?));
    let suspended_at = suspended_offset(interp, f, t);
    let coro = coroutine::coroutine_summary(
        &t.coro_value(),
        if f.done() { "done" } else { "running" },
        suspended_at,
    );
    info.insert(2, format!("coro={coro}"));
    if let Some(waiter) = t.fut_waiter() {
        info.insert(3, format!("wait_for={}", future_repr(interp, &waiter)?));
    }
    Ok(format!("<Task {}>", info.join(" ")))
}

/// For the task running now, when its own coroutine's frame is the innermost: the start of
/// the statement it is running (CPython's repr shows a running frame's current line). The
/// innermost frame is the coroutine's when the current statement lies in its `def`;
/// otherwise the coroutine is at the call it made last.
pub(super) fn running_offset(
    interp: &Interp,
    task: &Rc<Fut>,
    state: &event_loop::TaskState,
) -> Option<u32> {
    let current = interp.runtime.current_task.borrow().clone()?;
    if !Rc::ptr_eq(&current, task) {
        return None;
    }
    let Value::Native(coro) = state.coro_value() else {
        return None;
    };
    let Native::Coroutine(c) = &*coro else {
        return None;
    };
    let function = c.function()?;
    let body = &function.def.body;
    let (Some(first), Some(last)) = (body.first(), body.last()) else {
        return None;
    };
    let in_body = |position: interp::Position| {
        position != interp::Position::NONE
            && position == interp::Position::at(&function.source, position.offset)
            && first.span.start <= position.offset
            && position.offset < last.span.end
    };
    // The innermost frame's line, else the line the coroutine called it from.
    [
        interp.position.get(),
        interp.runtime.task_frame_position.get(),
    ]
    .into_iter()
    .find(|&p| in_body(p))
    .map(|p| p.offset)
}

/// `cb=[...]` of a future's repr: CPython's `_format_callbacks`, for the callbacks a
/// program can see (its own functions, and tasks waiting on the future). The runtime's
/// own reactions (gather, wait, TaskGroup) are functions of CPython's library there, named
/// with its install path, and are left out.
pub(super) fn format_callbacks(interp: &Interp, f: &Rc<Fut>) -> PResult<Option<String>> {
    let callbacks = f.with_callbacks(|cbs| cbs.clone());
    let mut shown = Vec::new();
    for cb in &callbacks {
        match cb {
            DoneCallback::Wakeup(_) => shown.push("Task.task_wakeup()".to_string()),
            DoneCallback::Python(v) => shown.push(callback_source(interp, v, &[])?),
            DoneCallback::Native(_) => {}
        }
    }
    Ok(match shown.len() {
        0 => None,
        1 => Some(format!("cb=[{}]", shown[0])),
        2 => Some(format!("cb=[{}, {}]", shown[0], shown[1])),
        n => Some(format!(
            "cb=[{}, <{} more>, {}]",
            shown[0],
            n - 2,
            shown[n - 1]
        )),
    })
}

/// `format_helpers._format_callback_source(callback, args)`: `name(args) at FILE:LINE`
/// for a function (each argument as `reprlib.repr` gives it); a bound method or a
/// builtin has a name and no source there.
pub fn callback_source(interp: &Interp, callback: &Value, args: &[Value]) -> PResult<String> {
    let mut shown_args = Vec::with_capacity(args.len());
    for arg in args {
        shown_args.push(reprlib::short_repr(interp, arg)?);
    }
    let call = format!("({})", shown_args.join(", "));
    Ok(match callback {
        Value::Function(f) => format!(
            "{}{call} at {}:{}",
            f.qualname,
            f.source.name,
            f.source.line_of(f.def.first_line_offset())
        ),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => format!("{}{call}", f.qualname),
            Value::Builtin(b) => format!("{}{call}", b.name),
            other => format!("{}{call}", interp.repr(other)?),
        },
        Value::Builtin(b) => format!("{}{call}", b.name),
        other => format!("{}{call}", interp.repr(other)?),
    })
}

/// `repr(event)`: `<asyncio.locks.Event object at 0x... [unset, waiters:1]>`.
impl NativeObject for EventState {
    fn class(&self) -> &Rc<Class> {
        &classes().event
    }

    fn repr(&self, _: &Interp, value: &Value) -> PResult<String> {
        let mut res = if self.value.get() { "set" } else { "unset" }.to_string();
        let waiting = self.waiting();
        if waiting > 0 {
            res = format!("{res}, waiters:{waiting}");
        }
        Ok(format!(
            "<asyncio.locks.Event object at 0x{:x} [{res}]>",
            value.identity()
        ))
    }
}

/// `repr(handle)`: CPython's `Handle._repr_info` and `TimerHandle._repr_info`.
impl NativeObject for HandleObject {
    fn class(&self) -> &Rc<Class> {
        let c = classes();
        if self.when.is_some() {
            &c.timer_handle
        } else {
            &c.handle
        }
    }

    fn repr(&self, interp: &Interp, _: &Value) -> PResult<String> {
        let mut info = vec![if self.when.is_some() {
            "TimerHandle"
        } else {
            "Handle"
        }
        .to_string()];
        if self.cancelled.get() {
            info.push("cancelled".to_string());
        }
        if let Some(when) = self.when {
            info.push(format!("when={}", interp.repr(&Value::Float(when))?));
        }
        if let (Some(callback), false) = (&self.callback, self.cancelled.get()) {
            info.push(callback_source(interp, &callback.0, &callback.1)?);
        }
        Ok(format!("<{}>", info.join(" ")))
    }
}
