//! Indexing and slicing of sequences, and assignment to slices.

use crate::coroutine;
use crate::exception::*;
use crate::interp::call::normalize_index;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, no_kwargs};
use crate::types::type_name;
use crate::value::*;

use super::s;

/// `slice.indices(len)`: start, stop, step clamped as CPython does.
/// `view.isdisjoint(other)` of a keys or items view: no item of `other` is in the view.
pub(super) fn view_isdisjoint(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("isdisjoint", kwargs)?;
    arity("isdisjoint", &args[1..], 1, 1)?;
    for item in interp.collect_iterable(&args[1])? {
        if interp.contains(&args[0], &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `slice.indices(length)`: the start, stop and step a sequence of that length would use.
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

/// Indexing and slicing of str, tuple, list and range (dicts and instances are handled
/// by the caller).
pub fn sequence_get_item(interp: &Interp, obj: &Value, index: &Value) -> PResult {
    match (obj, index) {
        (Value::Str(text), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            let i = int_arg(index, "").map_err(|_| index_error("string index out of range"))?;
            let len = text.char_len();
            let Some(i) = normalize_index(i, len) else {
                return Err(index_error("string index out of range"));
            };
            if text.is_ascii {
                Ok(s(&text.text[i..i + 1]))
            } else {
                Ok(s(text
                    .text
                    .chars()
                    .nth(i)
                    .map(|c| c.to_string())
                    .unwrap_or_default()))
            }
        }
        (Value::Str(text), Value::Slice(slice)) => {
            let len = text.char_len();
            let (start, stop, step) = slice_indices(slice, len)?;
            if step == 1 && text.is_ascii {
                let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                return Ok(s(&text.text[a.min(len)..b.min(len)]));
            }
            let chars: Vec<char> = text.text.chars().collect();
            let out: String = slice_positions(slice, len)?
                .into_iter()
                .map(|i| chars[i])
                .collect();
            Ok(s(out))
        }
        (Value::List(l), Value::Slice(slice)) => {
            let l = l.borrow();
            let items = slice_positions(slice, l.len())?
                .into_iter()
                .map(|i| l[i].clone())
                .collect();
            Ok(Value::list(items))
        }
        (Value::Tuple(t), Value::Slice(slice)) => {
            let items = slice_positions(slice, t.len())?
                .into_iter()
                .map(|i| t[i].clone())
                .collect();
            Ok(Value::tuple(items))
        }
        (Value::List(_) | Value::Tuple(_), Value::Bool(b)) => {
            let item = match obj {
                Value::List(l) => {
                    normalize_index(*b as i64, l.borrow().len()).map(|i| l.borrow()[i].clone())
                }
                Value::Tuple(t) => normalize_index(*b as i64, t.len()).map(|i| t[i].clone()),
                _ => None,
            };
            let what = if matches!(obj, Value::List(_)) {
                "list"
            } else {
                "tuple"
            };
            item.ok_or_else(|| index_error(format!("{what} index out of range")))
        }
        (Value::List(_) | Value::Tuple(_), Value::BigInt(_)) => {
            Err(index_error("cannot fit 'int' into an index-sized integer"))
        }
        (Value::Range(r), Value::Int(i)) if r.big.is_none() && r.len() < i64::MAX => {
            match normalize_index(*i, r.len() as usize) {
                Some(i) => Ok(Value::Int(r.start + r.step * i as i64)),
                None => Err(index_error("range object index out of range")),
            }
        }
        (Value::Range(r), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            crate::types::range::item(r, &ops::to_bigint(index).unwrap_or_default())
        }
        (Value::Range(r), Value::Slice(slice)) => crate::types::range::slice(r, slice),
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_), _) => {
            let what = match obj {
                Value::Str(_) => "string",
                Value::List(_) => "list",
                Value::Tuple(_) => "tuple",
                _ => "range",
            };
            // CPython 3.11 quotes the type for a str only.
            let message = if matches!(obj, Value::Str(_)) {
                format!(
                    "{what} indices must be integers, not '{}'",
                    type_name(index)
                )
            } else {
                format!(
                    "{what} indices must be integers or slices, not {}",
                    type_name(index)
                )
            };
            Err(type_error(message))
        }
        (Value::Native(n), _) => coroutine::native_get_item(interp, obj, n, index),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        ))),
    }
}

pub fn list_set_slice(interp: &Interp, obj: &Value, index: &Value, value: Value) -> PResult<()> {
    let (Value::List(l), Value::Slice(slice)) = (obj, index) else {
        return Ok(());
    };
    let items = interp
        .collect_iterable(&value)
        .map_err(|_| type_error("can only assign an iterable"))?;
    let len = l.borrow().len();
    let (start, stop, step) = slice_indices(slice, len)?;
    if step == 1 {
        let start = start.max(0) as usize;
        let stop = (stop.max(start as i64) as usize).min(len);
        l.borrow_mut().splice(start..stop, items);
        return Ok(());
    }
    let positions = slice_positions(slice, len)?;
    if positions.len() != items.len() {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            positions.len()
        )));
    }
    let mut l = l.borrow_mut();
    for (p, v) in positions.into_iter().zip(items) {
        l[p] = v;
    }
    Ok(())
}

pub fn list_del_slice(_interp: &Interp, obj: &Value, index: &Value) -> PResult<()> {
    let (Value::List(l), Value::Slice(slice)) = (obj, index) else {
        return Ok(());
    };
    let len = l.borrow().len();
    let positions = slice_positions(slice, len)?;
    // One pass over the list whatever the step: removing the items one by one shifts the
    // tail each time, which made `del a[::2]` on a million items take minutes.
    let mut doomed = vec![false; len];
    for p in positions {
        doomed[p] = true;
    }
    let mut index = 0;
    l.borrow_mut().retain(|_| {
        index += 1;
        !doomed[index - 1]
    });
    Ok(())
}
