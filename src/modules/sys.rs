//! The `sys` module.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::types;
use crate::types::args::{arity, int_arg};
use crate::types::{new_class, type_name, types};
use crate::value::*;

/// A stream object (`sys.stdout`, `sys.stderr`) whose class is named `class_name`.
fn stream(class_name: &str) -> Value {
    let class = new_class(class_name, Some(&types().object), ClassKind::Object);
    {
        let mut dict = class.dict.borrow_mut();
        let write: &'static BuiltinFunction = if class_name == "_Stderr" {
            native!("write", stderr_write)
        } else {
            native!("write", stdout_write)
        };
        dict.insert(Sym::intern("write"), Value::Builtin(write));
        dict.insert(
            Sym::intern("flush"),
            Value::Builtin(native!("flush", flush)),
        );
    }
    Value::Instance(Rc::new(Instance {
        class,
        attrs: RefCell::new(Vec::new()),
        dict: RefCell::new(None),
        exc: None,
    }))
}

pub fn module(interp: &Interp) -> Value {
    let argv = interp
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a.clone()))
        .collect();
    let mut attrs = super::functions(&[
        native!("exit", exit),
        native!("getrecursionlimit", getrecursionlimit),
        native!("setrecursionlimit", setrecursionlimit),
        native!("exc_info", exc_info),
        native!("exception", exception),
    ]);
    attrs.push(("argv", Value::list(argv)));
    attrs.push(("stdout", stream("_Stdout")));
    attrs.push(("stderr", stream("_Stderr")));
    attrs.push(("version", Value::str("3.11.7 (pyco)")));
    attrs.push((
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    ));
    attrs.push(("platform", Value::str("linux")));
    attrs.push(("maxsize", Value::Int(i64::MAX)));
    attrs.push(("implementation_name", Value::str("pyco")));
    super::new_module("sys", attrs)
}

fn text_arg(args: &[Value]) -> PResult<String> {
    match args.get(1) {
        Some(Value::Str(s)) => Ok(s.text.clone()),
        Some(other) => Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(other)
        ))),
        None => Err(type_error("write() takes exactly one argument (0 given)")),
    }
}

fn stdout_write(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = text_arg(args)?;
    interp.write_out(&text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn stderr_write(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = text_arg(args)?;
    interp.flush_out();
    interp.write_err(&text);
    Ok(Value::Int(text.chars().count() as i64))
}

fn flush(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    interp.flush_out();
    Ok(Value::None)
}

fn exit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}

fn getrecursionlimit(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("setrecursionlimit", args, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // CPython counts this call too (the module's frame is in `depth` already).
    let depth = interp.depth.get() as i64 + 1;
    if n <= depth {
        return Err(recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    // pyco's frames live on a large native stack; keep a ceiling that stack can hold.
    interp.recursion_limit.set(n.min(20_000) as u32);
    Ok(Value::None)
}

/// The exception an `except` block is handling, if any.
fn handled(interp: &Interp) -> Option<Value> {
    interp.handling.borrow().last().cloned()
}

/// `sys.exc_info()`: `(type, value, traceback)` of the handled exception, or three Nones.
/// pyco keeps no traceback objects, so the third item is None (as `__traceback__` is).
fn exc_info(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("exc_info", args, 0, 0)?;
    Ok(match handled(interp) {
        Some(exc) => Value::tuple(vec![Value::Class(types::class_of(&exc)), exc, Value::None]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()` (3.11): the handled exception, or None.
fn exception(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("exception", args, 0, 0)?;
    Ok(handled(interp).unwrap_or(Value::None))
}
