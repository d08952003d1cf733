//! `set` and `frozenset`: the constructors and the methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::keys::change_set_by_copy;
use crate::interp::Interp;
use crate::ops::is_same;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::value::*;

use super::methods::s;

/// `set(iterable=())` and `frozenset(iterable=())`.
pub fn construct(interp: &Interp, kind: ClassKind, args: &[Value]) -> PResult {
    if let (Some(v @ Value::FrozenSet(_)), ClassKind::FrozenSet) = (args.first(), kind) {
        // frozenset(f) is f itself.
        return Ok(v.clone());
    }
    let set = match args.first() {
        Some(v) => set_operand(interp, v)?.into_set(),
        None => Set::default(),
    };
    Ok(if kind == ClassKind::Set {
        Value::Set(Rc::new(RefCell::new(set)))
    } else {
        Value::FrozenSet(Rc::new(set))
    })
}

// Each operation follows the steps of CPython's setobject.c, because the order of the
// result's table depends on them.

/// The other operand of a set method: a set's table, a dict's keys, or an iterable's items.
pub fn set_operand(interp: &Interp, v: &Value) -> PResult<SetOperand> {
    Ok(match v {
        Value::Set(s) => SetOperand::Set(s.borrow().clone()),
        Value::FrozenSet(s) => SetOperand::Set((**s).clone()),
        Value::Dict(d) => SetOperand::DictKeys(d.borrow().keys().cloned().collect()),
        other => {
            let items = interp.collect_iterable(other)?;
            SetOperand::Items(
                items
                    .into_iter()
                    .map(|item| interp.key(item))
                    .collect::<PResult<_>>()?,
            )
        }
    })
}

/// The keys of a set or frozenset (a structural copy: same table, same order).
pub(super) fn set_of(v: &Value) -> Option<Set> {
    match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

/// Any iterable as a set, for membership tests.
pub(super) fn to_set(interp: &Interp, v: &Value) -> PResult<Set> {
    Ok(set_operand(interp, v)?.into_set())
}

pub(super) fn like(recv: &Value, set: Set) -> Value {
    match recv {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(set)),
        _ => Value::Set(Rc::new(RefCell::new(set))),
    }
}

pub(super) fn recv_set(args: &[Value], name: &str) -> PResult<Rc<RefCell<Set>>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'set' object"
        ))),
    }
}

pub(super) fn set_add(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "add")?;
    arity("add", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    interp.set_add(&set, k)?;
    Ok(Value::None)
}

pub(super) fn set_discard(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "discard")?;
    arity("discard", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    interp.set_discard(&set, &k)?;
    Ok(Value::None)
}

pub(super) fn set_remove(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "remove")?;
    arity("remove", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    if interp.set_discard(&set, &k)? {
        Ok(Value::None)
    } else {
        Err(key_error(args[1].clone()))
    }
}

pub(super) fn set_pop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "pop")?;
    let first = set.borrow_mut().pop();
    match first {
        Some(k) => Ok(k.value),
        None => Err(key_error(s("pop from an empty set"))),
    }
}

pub(super) fn set_update(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "update")?;
    for other in &args[1..] {
        if is_same(&args[0], other) {
            continue;
        }
        match set_operand(interp, other)? {
            // `set_update_internal` adds an iterable's items one by one to the live set.
            SetOperand::Items(keys) => {
                for key in keys {
                    interp.set_add(&set, key)?;
                }
            }
            operand => change_set_by_copy(&set, |set| set.update(operand)),
        }
    }
    Ok(Value::None)
}

pub(super) fn set_union(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mut out = set_of(&args[0]).unwrap_or_default().copy();
    for other in &args[1..] {
        out.update(set_operand(interp, other)?);
    }
    Ok(like(&args[0], out))
}

/// `set_intersection_multi`: the receiver itself when there is nothing to intersect with.
pub(super) fn intersection_of(interp: &Interp, args: &[Value]) -> PResult<Set> {
    let mut out = set_of(&args[0]).unwrap_or_default();
    if args.len() == 1 {
        return Ok(out.copy());
    }
    for other in &args[1..] {
        out = out.intersect(set_operand(interp, other)?);
    }
    Ok(out)
}

pub(super) fn set_intersection(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(like(&args[0], intersection_of(interp, args)?))
}

/// `set_difference_multi`.
pub(super) fn difference_of(interp: &Interp, args: &[Value]) -> PResult<Set> {
    let receiver = set_of(&args[0]).unwrap_or_default();
    let Some((first, rest)) = args[1..].split_first() else {
        return Ok(receiver.copy());
    };
    let mut out = receiver.subtract(set_operand(interp, first)?);
    for other in rest {
        out.subtract_in_place(set_operand(interp, other)?);
    }
    Ok(out)
}

pub(super) fn set_difference(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(like(&args[0], difference_of(interp, args)?))
}

pub(super) fn set_symmetric_difference(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    arity("symmetric_difference", &args[1..], 1, 1)?;
    let receiver = set_of(&args[0]).unwrap_or_default();
    let mut out = set_operand(interp, &args[1])?.into_set();
    out.symmetric_difference_update(&receiver);
    Ok(like(&args[0], out))
}

pub(super) fn set_symmetric_difference_update(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    let set = recv_set(args, "symmetric_difference_update")?;
    arity("symmetric_difference_update", &args[1..], 1, 1)?;
    if is_same(&args[0], &args[1]) {
        set.borrow_mut().clear();
        return Ok(Value::None);
    }
    let operand = set_operand(interp, &args[1])?;
    change_set_by_copy(&set, |set| set.symmetric_update(operand));
    Ok(Value::None)
}

pub(super) fn set_intersection_update(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    let set = recv_set(args, "intersection_update")?;
    let result = intersection_of(interp, args)?;
    set.borrow_mut().swap_bodies(result);
    Ok(Value::None)
}

pub(super) fn set_difference_update(
    interp: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    let set = recv_set(args, "difference_update")?;
    for other in &args[1..] {
        if is_same(&args[0], other) {
            set.borrow_mut().clear();
            continue;
        }
        match set_operand(interp, other)? {
            // `set_difference_update_internal` discards an iterable's items one by one.
            SetOperand::Items(keys) => {
                for key in keys {
                    interp.set_discard(&set, &key)?;
                }
            }
            operand => change_set_by_copy(&set, |set| set.subtract_in_place(operand)),
        }
    }
    Ok(Value::None)
}

pub(super) fn set_issubset(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("issubset", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let all = a.iter().all(|k| b.contains(k));
    Ok(Value::Bool(all))
}

pub(super) fn set_issuperset(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("issuperset", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let all = b.iter().all(|k| a.contains(k));
    Ok(Value::Bool(all))
}

pub(super) fn set_isdisjoint(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isdisjoint", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let any = a.iter().any(|k| b.contains(k));
    Ok(Value::Bool(!any))
}

pub(super) fn set_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Value::FrozenSet(_) = &args[0] {
        // A frozenset's copy is itself.
        return Ok(args[0].clone());
    }
    Ok(like(&args[0], set_of(&args[0]).unwrap_or_default().copy()))
}

pub(super) fn set_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_set(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}
