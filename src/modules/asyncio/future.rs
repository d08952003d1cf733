//! The methods of `Future` and `Task`.

use std::rc::Rc;

use crate::event_loop::{self, DoneCallback, Fut};
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types;
use crate::types::args::{arity, kwarg};
use crate::types::types;
use crate::value::*;

use super::{classes, current_loop, name_arg, queue, recv_fut, task_for, EventState};

pub(super) fn fut_done(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_fut(args, "done")?.done()))
}

pub(super) fn fut_result(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_fut(args, "result")?.result()
}

pub(super) fn fut_exception(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_fut(args, "exception")?.exception_value()
}

pub(super) fn fut_cancel(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "cancel")?;
    let message = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kwargs, "msg"))
        .unwrap_or(Value::None);
    Ok(Value::Bool(f.cancel(message)))
}

pub(super) fn fut_cancelled(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_fut(args, "cancelled")?.cancelled()))
}

pub(super) fn fut_add_done_callback(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "add_done_callback")?;
    let Some(cb) = args.get(1) else {
        return Err(type_error(
            "add_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    f.add_done_callback(DoneCallback::Python(cb.clone()));
    Ok(Value::None)
}

pub(super) fn fut_remove_done_callback(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    let f = recv_fut(args, "remove_done_callback")?;
    let Some(cb) = args.get(1) else {
        return Err(type_error(
            "remove_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    let mut removed = 0;
    let mut kept = Vec::new();
    for c in f.take_callbacks() {
        let same = match &c {
            DoneCallback::Python(v) => interp.eq(v, cb)?,
            _ => false,
        };
        if same {
            removed += 1;
        } else {
            kept.push(c);
        }
    }
    // Callbacks added by the comparisons' Python code stay, after the kept ones.
    f.with_callbacks(|added| {
        kept.append(added);
        *added = kept;
    });
    Ok(Value::Int(removed))
}

pub(super) fn fut_set_result(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_result")?;
    arity("set_result", &args[1..], 1, 1)?;
    if f.done() {
        return Err(event_loop::invalid_state("invalid state"));
    }
    f.set_result(args[1].clone())?;
    Ok(Value::None)
}

pub(super) fn fut_set_exception(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_exception")?;
    arity("set_exception", &args[1..], 1, 1)?;
    if f.done() {
        return Err(event_loop::invalid_state("invalid state"));
    }
    let exc = interp.exception_instance(args[1].clone())?;
    if types::class_of(&exc).is_subclass(&types().stop_iteration) {
        return Err(type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    f.set_exception(exc)?;
    Ok(Value::None)
}

pub(super) fn fut_get_loop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(recv_fut(args, "get_loop")?.event_loop.value())
}

pub(super) fn task_get_name(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::str(recv_fut(args, "get_name")?.name()))
}

pub(super) fn task_set_name(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_name")?;
    arity("set_name", &args[1..], 1, 1)?;
    if let Some(t) = &f.task {
        t.set_name(&interp.str(&args[1])?);
    }
    Ok(Value::None)
}

pub(super) fn task_get_coro(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "get_coro")?;
    Ok(f.task
        .as_ref()
        .map(|t| t.coro_value())
        .unwrap_or(Value::None))
}

pub(super) fn task_cancelling(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "cancelling")?;
    Ok(Value::Int(
        f.task
            .as_ref()
            .map(|t| t.num_cancels_requested.get() as i64)
            .unwrap_or(0),
    ))
}

pub(super) fn task_uncancel(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "uncancel")?;
    let n = match &f.task {
        Some(t) => {
            let n = t.num_cancels_requested.get().saturating_sub(1);
            t.num_cancels_requested.set(n);
            n
        }
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

pub(super) fn task_set_result(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(runtime_error("Task does not support set_result operation"))
}

pub(super) fn task_set_exception(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(runtime_error(
        "Task does not support set_exception operation",
    ))
}

/// `asyncio.Future()` and `asyncio.Task(coro)`.
pub fn construct(
    interp: &Interp,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult {
    let c = classes();
    if Rc::ptr_eq(class, &c.future) {
        let fut = Fut::new(&current_loop(interp), None);
        crate::event_loop::record::label_created_future(interp, &fut);
        return Ok(fut.value());
    }
    if Rc::ptr_eq(class, &c.condition) {
        return super::condition::construct(interp, args, kwargs);
    }
    if let Some(kind) = super::locks::kind_of_class(class) {
        return super::locks::construct(kind, args, kwargs);
    }
    if Rc::ptr_eq(class, &c.event) {
        arity("Event", args, 0, 0)?;
        return Ok(Value::object(Rc::new(EventState::default())));
    }
    if let Some(kind) = queue::kind_of_class(class) {
        return queue::construct(kind, args, kwargs);
    }
    if Rc::ptr_eq(class, &c.task) {
        arity("Task", args, 1, 1)?;
        let name = name_arg(interp, kwargs)?;
        return Ok(task_for(interp, &current_loop(interp), &args[0], name)?.value());
    }
    Err(type_error(format!(
        "cannot create '{}' instances",
        class.name
    )))
}
