//! The loop's exception handler: CPython's `call_exception_handler` and
//! `default_exception_handler`, the loop methods around them, and the reports that go
//! through them (an exception in a callback, one never retrieved, one at shutdown).

use std::cell::RefCell;
use std::rc::Rc;

use crate::event_loop::EventLoop;
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::types::object::is_callable;
use crate::types::types;
use crate::value::*;

use super::recv_loop;
use crate::event_loop;
use crate::traceback;
use crate::types;

/// What a report says: `(key, value)` pairs of the context dict, `message` first.
pub type Context = Vec<(&'static str, Value)>;

/// `loop.call_exception_handler(context)` for a context made by the runtime. `handling` is
/// the exception being handled when CPython makes the call (a failing callback's), which
/// an error in the handler is chained to.
pub fn report(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    context: Context,
    handling: Option<&Value>,
) -> PResult<()> {
    let dict = context_dict(interp, context)?;
    call_handler(interp, event_loop, &dict, handling)
}

/// An exception raised by a callback the loop ran (`callback` is the Python callable and
/// its arguments, None for the runtime's own work): CPython's `Handle._run` report.
pub fn report_callback_error(
    interp: &Interp,
    failed: FailedCallback,
    error: &PyErr,
) -> PResult<()> {
    let FailedCallback {
        cancelled,
        when,
        callback,
    } = failed;
    let Some(event_loop) = interp.runtime.running_loop() else {
        write_report(interp, "Exception in callback", Some(&error.exc));
        return Ok(());
    };
    let mut context: Context = Vec::with_capacity(3);
    match callback {
        Some((f, args)) => {
            let source = super::callback_source(interp, &f, &args)?;
            context.push((
                "message",
                Value::str(format!("Exception in callback {source}")),
            ));
            context.push(("exception", error.exc.clone()));
            context.push((
                "handle",
                super::handle_value(cancelled, when, Some((f, args))),
            ));
        }
        None => {
            context.push(("message", Value::str("Exception in callback")));
            context.push(("exception", error.exc.clone()));
        }
    }
    report(interp, &event_loop, context, Some(&error.exc))
}

/// A report made as an object is dropped (an exception never retrieved). A handler of the
/// program's runs on the loop's next iteration, not inside the drop, where the code
/// dropping the object may hold what the handler touches; the default handler, which runs
/// no code of the program's but reprs, reports at once. Errors are reported, never raised.
pub fn report_dropped(interp: &Interp, event_loop: &Rc<EventLoop>, context: Context) {
    let has_handler = event_loop.exception_handler.borrow().is_some();
    if has_handler && !event_loop.closed.get() {
        let context = RefCell::new(Some(context));
        let target = event_loop.clone();
        event_loop.schedule(event_loop::Callback::Native(Rc::new(
            move |interp: &Interp| match context.borrow_mut().take() {
                Some(context) => report(interp, &target, context, None),
                None => Ok(()),
            },
        )));
        return;
    }
    let result = context_dict(interp, context).and_then(|dict| default_handler(interp, &dict));
    if let Err(e) = result {
        write_report(
            interp,
            "Exception in default exception handler",
            Some(&e.exc),
        );
    }
}

fn context_dict(interp: &Interp, context: Context) -> PResult<Value> {
    let mut dict = Dict::default();
    for (key, value) in context {
        let key = Value::str(key);
        dict.insert(
            Key {
                hash: interp.hash(&key)?,
                value: key,
            },
            value,
        );
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// SystemExit and KeyboardInterrupt go through every handler, as in CPython.
fn is_fatal(e: &PyErr) -> bool {
    let class = e.class();
    class.is_subclass(&types().system_exit) || class.is_subclass(&types().keyboard_interrupt)
}

fn call_handler(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    context: &Value,
    handling: Option<&Value>,
) -> PResult<()> {
    let handler = event_loop.exception_handler.borrow().clone();
    let Some(handler) = handler else {
        return match default_handler(interp, context) {
            Err(e) if is_fatal(&e) => Err(e),
            Err(e) => {
                write_report(
                    interp,
                    "Exception in default exception handler",
                    Some(&e.exc),
                );
                Ok(())
            }
            Ok(()) => Ok(()),
        };
    };
    if let Some(handled) = handling {
        interp.handling.borrow_mut().push(handled.clone());
    }
    let result = interp.call(&handler, &[event_loop.value(), context.clone()], &[]);
    if handling.is_some() {
        interp.handling.borrow_mut().pop();
    }
    match result {
        Ok(_) => Ok(()),
        Err(e) if is_fatal(&e) => Err(e),
        Err(e) => {
            let fallback = context_dict(
                interp,
                vec![
                    (
                        "message",
                        Value::str("Unhandled error in exception handler"),
                    ),
                    ("exception", e.exc.clone()),
                    ("context", context.clone()),
                ],
            )?;
            match default_handler(interp, &fallback) {
                Err(e) if is_fatal(&e) => Err(e),
                _ => Ok(()),
            }
        }
    }
}

/// `loop.default_exception_handler(context)`: logs the message, each other key of the
/// context in sorted order as `key: repr(value)`, then the exception's traceback, as
/// `logging`'s last-resort handler writes them to stderr.
fn default_handler(interp: &Interp, context: &Value) -> PResult<()> {
    let Value::Dict(dict) = context else {
        return Err(type_error(format!(
            "'{}' object has no attribute 'get'",
            types::type_name(context)
        )));
    };
    let entries: Vec<(Value, Value)> = dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect();
    let lookup = |name: &str| {
        entries.iter().find_map(|(k, v)| match k {
            Value::Str(s) if s.as_str() == name => Some(v.clone()),
            _ => None,
        })
    };
    let mut message = match lookup("message") {
        Some(m) if interp.truthy(&m)? => interp.str(&m)?,
        _ => "Unhandled exception in event loop".to_string(),
    };
    let exception = lookup("exception").filter(|e| !e.is_none());
    let mut keys = Vec::with_capacity(entries.len());
    for (key, value) in &entries {
        match key {
            Value::Str(s) => keys.push((s.as_str().to_string(), value.clone())),
            other => {
                return Err(type_error(format!(
                    "'<' not supported between instances of '{}' and 'str'",
                    types::type_name(other)
                )))
            }
        }
    }
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    for (key, value) in keys {
        if key == "message" || key == "exception" {
            continue;
        }
        message.push_str(&format!("\n{key}: {}", interp.repr(&value)?));
    }
    write_report(interp, &message, exception.as_ref());
    Ok(())
}

/// Writes `message` and the traceback of `exception` to stderr, as `logger.error(message,
/// exc_info=...)` does with no logging configured.
fn write_report(interp: &Interp, message: &str, exception: Option<&Value>) {
    let mut text = format!("{message}\n");
    if let Some(exc) = exception {
        if exc_data(exc).is_some() {
            text.push_str(&traceback::format_exception(interp, exc));
        }
    }
    interp.flush_out();
    interp.write_err(&text);
}

// ----- loop methods -----------------------------------------------------------------------

pub fn set_exception_handler(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    arity("set_exception_handler", &args[1..], 1, 1)?;
    let handler = &args[1];
    if !handler.is_none() && !is_callable(handler) {
        return Err(type_error(format!(
            "A callable object or None is expected, got {}",
            interp.repr(handler)?
        )));
    }
    *event_loop.exception_handler.borrow_mut() = Some(handler.clone()).filter(|h| !h.is_none());
    Ok(Value::None)
}

pub fn get_exception_handler(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    arity("get_exception_handler", &args[1..], 0, 0)?;
    let handler = event_loop.exception_handler.borrow().clone();
    Ok(handler.unwrap_or(Value::None))
}

pub fn call_exception_handler(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    arity("call_exception_handler", &args[1..], 1, 1)?;
    call_handler(interp, &event_loop, &args[1], None)?;
    Ok(Value::None)
}

pub fn default_exception_handler(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    arity("default_exception_handler", &args[1..], 1, 1)?;
    default_handler(interp, &args[1])?;
    Ok(Value::None)
}
