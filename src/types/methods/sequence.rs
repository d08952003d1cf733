//! The methods of `list` and `tuple`.

use crate::exception::*;
use crate::interp::call::normalize_index;
use crate::interp::convert;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, int_flag, kwarg, no_kwargs, search_bound};
use crate::types::sort::sort_values;
use crate::value::*;

use super::recv_list;

pub(super) fn list_append(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("append", kwargs)?;
    let l = recv_list(args, "append")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

pub(super) fn list_extend(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "extend")?;
    arity("extend", &args[1..], 1, 1)?;
    let items = interp.collect_iterable(&args[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

pub(super) fn list_pop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "pop")?;
    let i = match args.get(1) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match normalize_index(i, l.len()) {
        Some(i) => Ok(l.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

pub(super) fn list_insert(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "insert")?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let mut l = l.borrow_mut();
    let len = l.len() as i64;
    let i = int_arg(&args[1], "")?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

pub(super) fn list_remove(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "remove")?;
    arity("remove", &args[1..], 1, 1)?;
    let mut i = 0;
    while let Some(v) = seq_item(&args[0], i) {
        if interp.same_or_eq(&v, &args[1])? {
            // `__eq__` may have shrunk the list: as CPython's slice deletion, an index now
            // past the end removes nothing.
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
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

// tuple's own entries for the shared sequence methods: a method is found by its address,
// to name its class in messages (`unbound method tuple.count() needs an argument`).
pub(super) fn tuple_index(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_index(interp, args, kwargs)
}

pub(super) fn tuple_count(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_count(interp, args, kwargs)
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
    for i in start..end {
        let Some(v) = seq_item(recv, i) else { break };
        if interp.same_or_eq(&v, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
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
    while let Some(v) = seq_item(recv, i) {
        if interp.same_or_eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

pub(super) fn list_sort(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "sort")?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => int_flag(&r)?,
        None => false,
    };
    // As CPython's `list.sort`: the items are taken out, so a key or `__lt__` sees an empty
    // list; whatever it put there is dropped for the sorted items, and reported.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = sort_values(interp, &mut items, key.as_ref(), reverse);
    let modified = !std::mem::replace(&mut *l.borrow_mut(), items).is_empty();
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

pub(super) fn list_reverse(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_list(args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

pub(super) fn list_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::list(recv_list(args, "copy")?.borrow().clone()))
}

pub(super) fn list_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_list(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}
