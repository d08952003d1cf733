//! `asyncio.Event`, in Rust (its `wait` is hot).

use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::value::*;

use super::{queue, EventState};

/// The class `Event`, with its methods.
pub(super) fn make_class(object: &Rc<Class>) -> Rc<Class> {
    let event = super::class_in("Event", "asyncio.locks", object, ClassKind::Native);
    super::add_methods(
        &event,
        &[
            crate::native!("wait", event_wait, awaited = event_wait_awaited),
            crate::native!("set", event_set),
            crate::native!("clear", event_clear),
            crate::native!("is_set", event_is_set),
        ],
    );
    event
}

pub(super) fn recv_event(args: &[Value]) -> PResult<Rc<EventState>> {
    match args.first() {
        Some(Value::Native(n)) => n
            .downcast_rc::<EventState>()
            .ok_or_else(|| type_error("expected an asyncio.Event")),
        _ => Err(type_error("expected an asyncio.Event")),
    }
}

/// `Event.wait()`: a coroutine, like CPython's, that returns True once the event is set.
pub(super) fn event_wait(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = queue::receiver_only("Event.wait", args, kwargs)?;
    let event = recv_event(&args)?;
    let receiver = args[0].clone();
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Event.wait",
        Box::pin(async move {
            wait_event(&interp, &event, Some(&receiver)).await?;
            Ok(Value::Bool(true))
        }),
    ))
}

/// `await event.wait()`: true at once if the event is set; otherwise a wait on a waiter
/// future, with no coroutine object or body. The await takes the waiter off the list when
/// the task resumes.
pub(super) fn event_wait_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_] = args else { return None };
    let state = recv_event(args).ok()?;
    if state.value.get() {
        return Some(Ok(Awaited::Value(Value::Bool(true))));
    }
    Some(
        state
            .new_waiter(interp, Some(&args[0]))
            .map(|fut| Awaited::WaitListed(fut, state)),
    )
}

/// The body of `Event.wait()`: returns once the event is set (at once if it is).
pub(crate) async fn wait_event(
    interp: &Interp,
    state: &EventState,
    event: Option<&Value>,
) -> PResult<()> {
    if state.value.get() {
        return Ok(());
    }
    let fut = state.new_waiter(interp, event)?;
    let result = interp.await_future(fut.clone()).await;
    state.resumed(interp, &fut, result).map(|_| ())
}

pub(super) fn event_set(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    set_event(&*recv_event(args)?)?;
    Ok(Value::None)
}

/// `Event.set()`: wakes every waiter.
pub(crate) fn set_event(state: &EventState) -> PResult<()> {
    if !state.value.get() {
        state.value.set(true);
        let waiters = state.waiters.borrow().clone();
        for fut in waiters {
            if !fut.done() {
                fut.set_result(Value::Bool(true))?;
            }
        }
    }
    Ok(())
}

/// `Event.clear()`.
pub(crate) fn clear_event(state: &EventState) {
    state.value.set(false);
}

pub(super) fn event_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    clear_event(&*recv_event(args)?);
    Ok(Value::None)
}

pub(super) fn event_is_set(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_event(args)?.value.get()))
}
