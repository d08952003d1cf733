//! The methods of the event loop object and of its timer handles.

use std::cell::Cell;
use std::rc::Rc;

use crate::coroutine;
use crate::event_loop::{self, Callback, EventLoop, Fut};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::ops::to_f64;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::types::object::is_callable;
use crate::value::*;

use super::{fut_of, is_coroutine, name_arg, recv_loop, task_for};

pub(super) fn loop_run_until_complete(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    let l = recv_loop(args)?;
    arity("run_until_complete", &args[1..], 1, 1)?;
    // CPython checks the loop before it wraps the argument: a coroutine refused here was
    // never started, and can still be awaited. Its frame (and so the coroutine) lives on
    // in the error's traceback: a coroutine nobody else holds is dropped, with its
    // never-awaited warning, when the error is.
    event_loop::check_can_run(interp, &l).map_err(|err| keep_alive(err, &args[1..]))?;
    let fut = match fut_of(&args[1]) {
        Some(f) => f,
        None if is_coroutine(&args[1]) => task_for(interp, &l, &args[1], None)?,
        None => {
            return Err(type_error(
                "An asyncio.Future, a coroutine or an awaitable is required",
            ))
        }
    };
    let previous = interp.runtime.current_loop.replace(Some(l.clone()));
    let result = event_loop::run_until_complete(interp, &l, &fut);
    if interp.runtime.current_loop.borrow().is_none() {
        *interp.runtime.current_loop.borrow_mut() = previous;
    }
    result
}

pub(super) fn loop_run_forever(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    event_loop::run_forever(interp, &l)?;
    Ok(Value::None)
}

pub(super) fn loop_stop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?.stopping.set(true);
    Ok(Value::None)
}

pub(super) fn loop_close(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    if l.running.get() {
        return Err(runtime_error("Cannot close a running event loop"));
    }
    l.closed.set(true);
    Ok(Value::None)
}

pub(super) fn loop_is_closed(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.closed.get()))
}

pub(super) fn loop_is_running(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.running.get()))
}

pub(super) fn loop_time(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Float(interp.runtime.clock.monotonic()))
}

/// What `call_soon` / `call_later` return: cancelling it skips the callback.
pub struct HandleObject {
    pub(super) cancelled: Rc<Cell<bool>>,
    pub(super) when: Option<f64>,
    /// The callback and its arguments, for the repr (which drops them once cancelled, as
    /// CPython's `Handle.cancel()` does).
    pub(super) callback: Option<Rc<(Value, Vec<Value>)>>,
}

/// The Python value of a scheduled callback `f(*args)`.
pub fn handle_value(
    cancelled: Rc<Cell<bool>>,
    when: Option<f64>,
    callback: Option<(Value, Vec<Value>)>,
) -> Value {
    Value::object(Rc::new(HandleObject {
        cancelled,
        when,
        callback: callback.map(Rc::new),
    }))
}

pub(super) fn check_open(l: &EventLoop) -> PResult<()> {
    if l.closed.get() {
        return Err(runtime_error("Event loop is closed"));
    }
    Ok(())
}

pub(super) fn loop_call_soon(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    let Some(f) = args.get(1) else {
        return Err(type_error(
            "call_soon() missing 1 required positional argument: 'callback'",
        ));
    };
    let cancelled = l.schedule_cancellable(Callback::python(f.clone(), args[2..].to_vec(), None));
    Ok(handle_value(
        cancelled,
        None,
        Some((f.clone(), args[2..].to_vec())),
    ))
}

pub(super) fn loop_call_later(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    if args.len() < 3 {
        return Err(type_error(
            "call_later() missing required positional arguments: 'delay' and 'callback'",
        ));
    }
    let delay = to_f64(&args[1])?.ok_or_else(|| type_error("delay must be a number"))?;
    let when = interp.runtime.clock.monotonic() + delay;
    let cancelled = l.schedule_at(
        when,
        Callback::python(args[2].clone(), args[3..].to_vec(), Some(when)),
    );
    Ok(handle_value(
        cancelled,
        Some(when),
        Some((args[2].clone(), args[3..].to_vec())),
    ))
}

pub(super) fn loop_call_at(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    if args.len() < 3 {
        return Err(type_error(
            "call_at() missing required positional arguments: 'when' and 'callback'",
        ));
    }
    let when = to_f64(&args[1])?.ok_or_else(|| type_error("when must be a number"))?;
    let cancelled = l.schedule_at(
        when,
        Callback::python(args[2].clone(), args[3..].to_vec(), Some(when)),
    );
    Ok(handle_value(
        cancelled,
        Some(when),
        Some((args[2].clone(), args[3..].to_vec())),
    ))
}

pub(super) fn loop_create_task(
    interp: &Interp,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    arity("create_task", &args[1..], 1, 1)?;
    let name = name_arg(interp, kwargs)?;
    Ok(task_for(interp, &l, &args[1], name)?.value())
}

pub(super) fn loop_create_future(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    let fut = Fut::new(&l, None);
    if interp.running_in_library() {
        fut.made_for.set(event_loop::MadeFor::Library);
    }
    event_loop::record::label_created_future(interp, &fut);
    Ok(fut.value())
}

pub(super) fn loop_get_debug(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.debug.get()))
}

pub(super) fn loop_set_debug(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    arity("set_debug", &args[1..], 1, 1)?;
    l.debug.set(interp.truthy(&args[1])?);
    Ok(Value::None)
}

/// `loop.shutdown_asyncgens()`: a coroutine with nothing to do, since pyco has no
/// asynchronous generators to finalize.
pub(super) fn loop_shutdown_asyncgens(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    Ok(coroutine::native_coroutine(
        &"BaseEventLoop.shutdown_asyncgens",
        Box::pin(async { Ok(Value::None) }),
    ))
}

/// `loop.shutdown_default_executor()`: a coroutine with nothing to do, since pyco never
/// makes an executor.
pub(super) fn loop_shutdown_default_executor(
    _: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    recv_loop(args)?;
    Ok(coroutine::native_coroutine(
        &"BaseEventLoop.shutdown_default_executor",
        Box::pin(async { Ok(Value::None) }),
    ))
}

pub(super) fn loop_get_task_factory(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    Ok(Value::None)
}

/// `loop.set_task_factory(None)` keeps the default; a factory of its own is refused.
pub(super) fn loop_set_task_factory(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    arity("set_task_factory", &args[1..], 1, 1)?;
    match &args[1] {
        Value::None => Ok(Value::None),
        factory if !is_callable(factory) => {
            Err(type_error("task factory must be a callable or None"))
        }
        _ => Err(not_implemented_error(
            "loop.set_task_factory() is not supported by pyco: its loop always makes its own tasks",
        )),
    }
}

/// Loop methods of CPython's that need what pyco does not have: each fails with
/// `NotImplementedError` naming the method and the reason.
macro_rules! unsupported_loop_methods {
    ($($name:literal => $reason:literal,)*) => {
        &[$(native!($name, |_: &Interp, _: &[Value], _: &[(Sym, Value)]| -> PResult {
            Err(not_implemented_error(concat!(
                "loop.", $name, "() is not supported by pyco: ", $reason
            )))
        }),)*]
    };
}

pub(super) const UNSUPPORTED_LOOP_METHODS: &[&BuiltinFunction] = unsupported_loop_methods! {
    "run_in_executor" => "pyco has no threads",
    "set_default_executor" => "pyco has no threads",
    "add_signal_handler" => "pyco cannot install signal handlers",
    "remove_signal_handler" => "pyco cannot install signal handlers",
    "create_connection" => "pyco has no network I/O",
    "create_server" => "pyco has no network I/O",
    "create_datagram_endpoint" => "pyco has no network I/O",
    "create_unix_connection" => "pyco has no network I/O",
    "create_unix_server" => "pyco has no network I/O",
    "getaddrinfo" => "pyco has no network I/O",
    "getnameinfo" => "pyco has no network I/O",
    "start_tls" => "pyco has no network I/O",
    "sendfile" => "pyco has no network I/O",
    "sock_recv" => "pyco has no network I/O",
    "sock_recv_into" => "pyco has no network I/O",
    "sock_sendall" => "pyco has no network I/O",
    "sock_connect" => "pyco has no network I/O",
    "sock_accept" => "pyco has no network I/O",
    "sock_sendfile" => "pyco has no network I/O",
    "add_reader" => "pyco has no file descriptors to watch",
    "remove_reader" => "pyco has no file descriptors to watch",
    "add_writer" => "pyco has no file descriptors to watch",
    "remove_writer" => "pyco has no file descriptors to watch",
    "connect_read_pipe" => "pyco has no pipes",
    "connect_write_pipe" => "pyco has no pipes",
    "subprocess_exec" => "pyco cannot start subprocesses",
    "subprocess_shell" => "pyco cannot start subprocesses",
};

pub(super) fn handle_parts(args: &[Value]) -> PResult<(Rc<Cell<bool>>, Option<f64>)> {
    match args.first() {
        Some(Value::Native(n)) => match n.downcast::<HandleObject>() {
            Some(h) => Ok((h.cancelled.clone(), h.when)),
            None => Err(type_error("expected a Handle")),
        },
        _ => Err(type_error("expected a Handle")),
    }
}

pub(super) fn handle_cancel(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    handle_parts(args)?.0.set(true);
    Ok(Value::None)
}

pub(super) fn handle_cancelled(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(handle_parts(args)?.0.get()))
}

pub(super) fn handle_when(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(handle_parts(args)?
        .1
        .map(Value::Float)
        .unwrap_or(Value::None))
}
