//! `slice`: its constructor, `start`/`stop`/`step`, `indices`, and the positions a slice
//! picks from a sequence of a given length.

use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, no_kwargs};
use crate::value::*;

use super::repr::repr_value;

/// `slice(stop)`, `slice(start, stop, step=None)`.
pub fn construct(args: &[Value]) -> Value {
    let get = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    let (lower, upper, step) = match args.len() {
        1 => (Value::None, get(0), Value::None),
        2 => (get(0), get(1), Value::None),
        _ => (get(0), get(1), get(2)),
    };
    Value::Slice(Rc::new(SliceObj { lower, upper, step }))
}

/// `s.start`, `s.stop`, `s.step`.
pub fn attribute(slice: &SliceObj, name: &str) -> Option<Value> {
    match name {
        "start" => Some(slice.lower.clone()),
        "stop" => Some(slice.upper.clone()),
        "step" => Some(slice.step.clone()),
        _ => None,
    }
}

/// `slice.indices(length)`: the start, stop and step a sequence of that length would use.
/// `repr(s)`: `slice(1, None, None)`.
pub fn repr(interp: &Interp, slice: &SliceObj) -> PResult<String> {
    Ok(format!(
        "slice({}, {}, {})",
        repr_value(interp, &slice.lower)?,
        repr_value(interp, &slice.upper)?,
        repr_value(interp, &slice.step)?
    ))
}

pub(super) fn slice_indices_method(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("indices", kwargs)?;
    let slice = match args.first() {
        Some(Value::Slice(s)) => s.clone(),
        _ => return Err(type_error("descriptor 'indices' requires a 'slice' object")),
    };
    arity("indices", &args[1..], 1, 1)?;
    let len = int_arg(&args[1], "")?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices(&slice, len as usize)?;
    // A step beyond 64 bits is clamped for slicing only: `indices` gives it back as it is.
    let step = match &slice.step {
        big @ Value::BigInt(_) => big.clone(),
        _ => Value::Int(step),
    };
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        step,
    ]))
}

pub fn slice_indices(slice: &SliceObj, len: usize) -> PResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = match &slice.step {
        Value::None => 1,
        // Clamped as CPython's `PySlice_Unpack` clamps it: to Py_ssize_t, and no lower
        // than -PY_SSIZE_T_MAX, so that negating it cannot overflow.
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => -i64::MAX,
        Value::BigInt(_) => i64::MAX,
        v => int_arg(v, " or have an __index__ method").map_err(|_| {
            type_error("slice indices must be integers or None or have an __index__ method")
        })?,
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let bound = |v: &Value, default: i64| -> PResult<i64> {
        match v {
            Value::None => Ok(default),
            v => {
                let i = match v {
                    Value::BigInt(b) => {
                        if num_traits::Signed::is_negative(&**b) {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    _ => int_arg(v, "").map_err(|_| {
                        type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })?,
                };
                Ok(if i < 0 {
                    let j = i + len;
                    if j < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        j
                    }
                } else if i >= len {
                    if step < 0 {
                        len - 1
                    } else {
                        len
                    }
                } else {
                    i
                })
            }
        }
    };
    let start = bound(&slice.lower, if step < 0 { len - 1 } else { 0 })?;
    let stop = bound(&slice.upper, if step < 0 { -1 } else { len })?;
    Ok((start, stop, step))
}

pub(super) fn slice_positions(slice: &SliceObj, len: usize) -> PResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(slice, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        match i.checked_add(step) {
            Some(next) => i = next,
            None => break,
        }
    }
    Ok(out)
}
