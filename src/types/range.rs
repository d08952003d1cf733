//! `range` objects beyond the `i64` fast paths: construction from any ints, `len` that
//! overflows as CPython's does, indexing and slicing with big ints, `in`, `index`, `count`,
//! equality and repr. Exact arithmetic (BigInt) everywhere here; these are not hot paths.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exception::*;
use crate::interp::convert;
use crate::interp::Interp;
use crate::ops::to_bigint;
use crate::symbol::Sym;
use crate::types::type_name;
use crate::value::{RangeObj, SliceObj, Value};

use super::args::arity;

/// An int argument of `range()` or of a slice, as CPython's `__index__` sees it.
fn index_arg(v: &Value, message: impl FnOnce() -> String) -> PResult<BigInt> {
    convert::as_index(v)?
        .as_ref()
        .and_then(to_bigint)
        .ok_or_else(|| type_error(message()))
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)`.
pub fn construct(args: &[Value]) -> PResult {
    let mut ints = Vec::with_capacity(args.len());
    for a in args {
        ints.push(index_arg(a, || {
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(a)
            )
        })?);
    }
    let (start, stop, step) = match <[BigInt; 3]>::try_from(ints) {
        Ok([start, stop, step]) => (start, stop, step),
        Err(ints) => match ints.len() {
            0 => return Err(type_error("range expected at least 1 argument, got 0")),
            1 => (BigInt::zero(), ints[0].clone(), BigInt::from(1)),
            2 => (ints[0].clone(), ints[1].clone(), BigInt::from(1)),
            n => {
                return Err(type_error(format!(
                    "range expected at most 3 arguments, got {n}"
                )))
            }
        },
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj::new(start, stop, step))))
}

/// `len(r)`: CPython's length is a C `Py_ssize_t`.
pub fn len(r: &RangeObj) -> PResult<usize> {
    if r.big.is_none() && r.len() < i64::MAX {
        return Ok(r.len() as usize);
    }
    r.len_big()
        .to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `r[i]` for an int `i` of any size.
pub fn item(r: &RangeObj, index: &BigInt) -> PResult {
    let length = r.len_big();
    let i = if index.is_negative() {
        index + &length
    } else {
        index.clone()
    };
    if i.is_negative() || i >= length {
        return Err(index_error("range object index out of range"));
    }
    let (start, _, step) = r.bounds();
    Ok(Value::from_bigint(start + i * step))
}

/// `r[a:b:c]`: another range, as CPython's `compute_slice` makes it.
pub fn slice(r: &RangeObj, slice: &SliceObj) -> PResult {
    let (start, stop, step) = slice_indices(slice, &r.len_big())?;
    let (r_start, _, r_step) = r.bounds();
    Ok(Value::Range(Rc::new(RangeObj::new(
        &r_start + start * &r_step,
        &r_start + stop * &r_step,
        step * r_step,
    ))))
}

/// `slice.indices(length)` for lengths and indices of any size (`_PySlice_GetLongIndices`).
fn slice_indices(slice: &SliceObj, length: &BigInt) -> PResult<(BigInt, BigInt, BigInt)> {
    let bad = || "slice indices must be integers or None or have an __index__ method".to_string();
    let step = match &slice.step {
        Value::None => BigInt::from(1),
        v => index_arg(v, bad)?,
    };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: &Value, default: &BigInt| -> PResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = index_arg(v, bad)?;
        if i.is_negative() {
            i += length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clamp(&slice.lower, if backwards { &upper } else { &lower })?;
    let stop = clamp(&slice.upper, if backwards { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// Where the int `n` sits in `r`, if it is one of its items.
fn position(r: &RangeObj, n: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = r.bounds();
    let inside = if step.is_positive() {
        *n >= start && *n < stop
    } else {
        *n <= start && *n > stop
    };
    if !inside {
        return None;
    }
    let offset = n - &start;
    (&offset % &step).is_zero().then(|| offset / step)
}

/// The position of an int in `r` without BigInt arithmetic when everything fits.
fn small_position(r: &RangeObj, n: i64) -> Option<i64> {
    let inside = if r.step > 0 {
        n >= r.start && n < r.stop
    } else {
        n <= r.start && n > r.stop
    };
    let offset = n as i128 - r.start as i128;
    (inside && offset % r.step as i128 == 0).then(|| (offset / r.step as i128) as i64)
}

/// `item in r`: arithmetic for ints, `==` against each item for anything else (as CPython).
pub fn contains(interp: &Interp, r: &RangeObj, item: &Value) -> PResult<bool> {
    match (item, &r.big) {
        (Value::Int(n), None) => Ok(small_position(r, *n).is_some()),
        (Value::Bool(b), None) => Ok(small_position(r, *b as i64).is_some()),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), _) => {
            Ok(to_bigint(item).is_some_and(|n| position(r, &n).is_some()))
        }
        _ => Ok(count_equal(interp, r, item, true)? > 0),
    }
}

/// How many items of `r` equal `item` by `==` (stopping at the first when `first_only`).
fn count_equal(interp: &Interp, r: &RangeObj, item: &Value, first_only: bool) -> PResult<i64> {
    let (start, _, step) = r.bounds();
    let mut found = 0;
    let mut current = start;
    let mut remaining = r.len_big();
    while remaining.is_positive() {
        if interp.eq(&Value::from_bigint(current.clone()), item)? {
            found += 1;
            if first_only {
                break;
            }
        }
        current += &step;
        remaining -= 1;
    }
    Ok(found)
}

/// `range.index(x)`.
pub fn range_index(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let r = receiver(args, "index")?;
    arity("index", &args[1..], 1, 1)?;
    let item = &args[1];
    if let Some(n) = to_bigint(item) {
        return match position(&r, &n) {
            Some(i) => Ok(Value::from_bigint(i)),
            None => Err(value_error(format!(
                "{} is not in range",
                interp.repr(item)?
            ))),
        };
    }
    let (start, _, step) = r.bounds();
    let mut current = start;
    let mut i = BigInt::zero();
    let length = r.len_big();
    while i < length {
        if interp.eq(&Value::from_bigint(current.clone()), item)? {
            return Ok(Value::from_bigint(i));
        }
        current += &step;
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

/// `range.count(x)`.
pub fn range_count(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let r = receiver(args, "count")?;
    arity("count", &args[1..], 1, 1)?;
    let item = &args[1];
    if let Some(n) = to_bigint(item) {
        return Ok(Value::Int(position(&r, &n).is_some() as i64));
    }
    Ok(Value::Int(count_equal(interp, &r, item, false)?))
}

fn receiver(args: &[Value], name: &str) -> PResult<Rc<RangeObj>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'range' object"
        ))),
    }
}

/// `a == b` for ranges: the same sequence of items (CPython's `range_equals`).
pub fn equal(a: &RangeObj, b: &RangeObj) -> bool {
    if a.big.is_none() && b.big.is_none() {
        let (la, lb) = (a.len(), b.len());
        return la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)));
    }
    let (la, lb) = (a.len_big(), b.len_big());
    let (sa, _, step_a) = a.bounds();
    let (sb, _, step_b) = b.bounds();
    la == lb && (la.is_zero() || (sa == sb && (la == BigInt::from(1) || step_a == step_b)))
}

/// `repr(r)`.
pub fn repr(r: &RangeObj) -> String {
    let (start, stop, step) = r.bounds();
    if step == BigInt::from(1) {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// The range of `r`'s values in the opposite order.
pub fn reversed(r: &RangeObj) -> RangeObj {
    let (start, _, step) = r.bounds();
    let len = r.len_big();
    if len.is_zero() {
        return RangeObj::new(start.clone(), start, step);
    }
    let last = start.clone() + (len - 1) * step.clone();
    RangeObj::new(last, start - step.clone(), -step)
}

/// `r.start`, `r.stop`, `r.step`.
pub fn attribute(r: &RangeObj, name: &str) -> Option<Value> {
    let (start, stop, step) = r.bounds();
    match name {
        "start" => Some(Value::from_bigint(start)),
        "stop" => Some(Value::from_bigint(stop)),
        "step" => Some(Value::from_bigint(step)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: i128, stop: i128, step: i128) -> RangeObj {
        RangeObj::new(BigInt::from(start), BigInt::from(stop), BigInt::from(step))
    }

    #[test]
    fn lengths_of_big_and_negative_ranges() {
        assert_eq!(
            range(0, 10i128.pow(20), 3).len_big(),
            BigInt::from(33333333333333333334i128)
        );
        assert_eq!(range(10, -5, -4).len_big(), BigInt::from(4));
        assert_eq!(range(5, 1, 1).len_big(), BigInt::zero());
        assert!(len(&range(0, 10i128.pow(20), 1)).is_err());
        assert_eq!(len(&range(-10, 10, 7)).ok(), Some(3));
    }

    #[test]
    fn positions_in_big_ranges() {
        let big = range(0, 10i128.pow(20), 3);
        assert_eq!(position(&big, &BigInt::from(10i128.pow(19))), None);
        assert_eq!(
            position(&big, &BigInt::from(3 * 10i128.pow(18))),
            Some(BigInt::from(10i128.pow(18)))
        );
        let down = range(-1, -8, -2);
        assert_eq!(position(&down, &BigInt::from(-5)), Some(BigInt::from(2)));
        assert_eq!(small_position(&down, -5), Some(2));
        assert_eq!(small_position(&down, -8), None);
    }

    #[test]
    fn equality_follows_the_items() {
        assert!(equal(&range(0, 3, 1), &range(0, 3, 1)));
        assert!(equal(&range(0, 0, 1), &range(5, 1, 2)));
        assert!(equal(&range(0, 1, 1), &range(0, 1, 7)));
        assert!(!equal(&range(0, 10, 2), &range(0, 10, 3)));
        assert!(equal(
            &range(0, 10i128.pow(20), 3),
            &range(0, 10i128.pow(20) + 2, 3)
        ));
    }
}
