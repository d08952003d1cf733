//! What the sequences share: indexing and slicing of `str`, `tuple`, `list` and `range`
//! (`sequence_get_item`), and the `index` and `count` methods of `list` and `tuple`.

use crate::exception::*;
use crate::interp::convert;
use crate::interp::subscripts::normalize_index;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, search_bound};
use crate::types::type_name;
use crate::value::*;

use super::methods::s;
use super::range;
use super::slice::{slice_indices, slice_positions};
use crate::types::native;

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
            if text.is_ascii() {
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
            if step == 1 && text.is_ascii() {
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
            range::item(r, &ops::to_bigint(index).unwrap_or_default())
        }
        (Value::Range(r), Value::Slice(slice)) => range::slice(r, slice),
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
        (Value::Native(n), _) => native::native_get_item(interp, obj, n, index),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        ))),
    }
}

/// A `start`/`stop` of `list.index`, read as CPython's `_PyEval_SliceIndexNotNone`.
pub(super) fn slice_index(v: &Value) -> PResult<i64> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => search_bound(v),
        Value::Instance(_) if convert::as_index(v)?.is_some() => search_bound(v),
        _ => Err(type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

pub(super) fn seq_index(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let Some(recv) = args.first() else {
        return Err(type_error("index() needs a receiver"));
    };
    let len = match recv {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        _ => 0,
    } as i64;
    let bound = |v: Option<&Value>, d: usize| -> PResult<usize> {
        Ok(match v {
            Some(v) => {
                let i = slice_index(v)?;
                (if i < 0 {
                    i.saturating_add(len).max(0)
                } else {
                    i
                }) as usize
            }
            None => d,
        })
    };
    // No end given: as CPython, the search runs to the live end of a list that `__eq__`
    // may grow.
    let (start, end) = (bound(args.get(2), 0)?, bound(args.get(3), usize::MAX)?);
    let found = match recv {
        Value::List(l) => interp.find_in_list(l, &args[1], start, end)?,
        _ => {
            let mut found = None;
            for i in start..end {
                let Some(v) = seq_item(recv, i) else { break };
                if interp.same_or_eq(&v, &args[1])? {
                    found = Some(i);
                    break;
                }
            }
            found
        }
    };
    if let Some(i) = found {
        return Ok(Value::Int(i as i64));
    }
    Err(value_error(match recv {
        Value::List(_) => format!("{} is not in list", interp.repr(&args[1])?),
        _ => "tuple.index(x): x not in tuple".to_string(),
    }))
}

pub(super) fn seq_count(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let Some(recv) = args.first() else {
        return Err(type_error("count() needs a receiver"));
    };
    arity("count", &args[1..], 1, 1)?;
    let (mut n, mut i) = (0, 0);
    if let Value::List(l) = recv {
        while let Some(at) = interp.find_in_list(l, &args[1], i, usize::MAX)? {
            n += 1;
            i = at + 1;
        }
        return Ok(Value::Int(n));
    }
    while let Some(v) = seq_item(recv, i) {
        if interp.same_or_eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}
