//! The methods of `coroutine` objects (`close`, `send`); the objects themselves, and
//! `await`, are the runtime's `coroutine.rs`.

use crate::coroutine::CoroState;
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::no_kwargs;
use crate::types::types;
use crate::value::*;

/// `coroutine.close()`: a coroutine that never started just ends (and will not warn).
pub(super) fn coroutine_close(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Some(Value::Native(n)) = args.first() {
        if let Native::Coroutine(c) = &**n {
            c.state.set(CoroState::Started);
        }
    }
    Ok(Value::None)
}

/// `coroutine.send(value)`, driving a coroutine by hand as CPython's generator protocol
/// does: runs it to its next suspension (then returns None) or to its end (then raises
/// StopIteration with the returned value).
pub(super) fn coroutine_send(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("send", kwargs)?;
    let coro = match args.first().map(|v| match v {
        Value::Native(n) => match &**n {
            Native::Coroutine(_) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }) {
        Some(Some(n)) => n,
        _ => {
            return Err(type_error(
                "descriptor 'send' requires a 'coroutine' object",
            ))
        }
    };
    let Native::Coroutine(c) = &*coro else {
        unreachable!("checked above")
    };
    if args.len() != 2 {
        return Err(type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut body = match c.state.replace(CoroState::Started) {
        CoroState::Sent(body) => body,
        fresh @ (CoroState::Python(_) | CoroState::Native(_)) => {
            c.state.set(fresh);
            if !args[1].is_none() {
                return Err(type_error(
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            interp.start_coroutine(c)?
        }
        CoroState::Started => return Err(runtime_error("cannot reuse already awaited coroutine")),
    };
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match body.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(Ok(value)) => {
            let args = if value.is_none() { vec![] } else { vec![value] };
            Err(PyErr::with_args(&types().stop_iteration, args))
        }
        std::task::Poll::Ready(Err(e)) => Err(e),
        std::task::Poll::Pending => {
            c.state.set(CoroState::Sent(body));
            Ok(Value::None)
        }
    }
}
