//! Helpers that check and read the arguments of natives: builtin functions, methods of the
//! built-in types, functions of the modules.

use crate::exception::*;
use crate::interp::convert;
use crate::symbol::Sym;
use crate::types::type_name;
use crate::value::*;

/// Checks the positional argument count of a builtin (`len() takes exactly one argument`).
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({} given)", args.len())
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({} given)", args.len())
    } else if args.len() < min {
        format!(
            "{name} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )
    };
    Err(type_error(msg))
}

/// Rejects keyword arguments for builtins that take none.
pub fn no_kwargs(name: &str, kwargs: &[(Sym, Value)]) -> PResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

pub fn kwarg(kwargs: &[(Sym, Value)], name: &str) -> Option<Value> {
    // Most calls pass none: finding `name`'s symbol means hashing the text.
    if kwargs.is_empty() {
        return None;
    }
    let s = Sym::lookup(name)?;
    kwargs.iter().find(|(k, _)| *k == s).map(|(_, v)| v.clone())
}

/// Rejects keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &[(Sym, Value)], allowed: &[&str]) -> PResult<()> {
    for (k, _) in kwargs {
        if !allowed.iter().any(|a| *a == &*k.name()) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// An int argument as `i64`.
pub fn int_arg(v: &Value, what: &str) -> PResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        Value::Instance(_) => match convert::as_index(v)? {
            Some(n) => int_arg(&n, what),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer{}",
                type_name(v),
                what
            ))),
        },
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            type_name(v),
            what
        ))),
    }
}

/// A search bound (`start`/`end` of `find`, `index`, `count`, ...): an int, clamped to the
/// `i64` range when it is larger, as CPython's `_PyEval_SliceIndex` clamps to `Py_ssize_t`.
pub fn search_bound(v: &Value) -> PResult<i64> {
    match v {
        Value::BigInt(n) => Ok(if n.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        other => int_arg(other, ""),
    }
}

/// A flag Argument Clinic reads as a C int (`bool(accept={int})`): an int, or an object
/// with `__index__`, else `'str' object cannot be interpreted as an integer`.
pub fn int_flag(v: &Value) -> PResult<bool> {
    match v {
        Value::BigInt(_) => Ok(true),
        other => Ok(int_arg(other, "")? != 0),
    }
}
