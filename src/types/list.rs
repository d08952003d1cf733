//! `list`: its methods, `sort` among them (which `sorted` calls too), and assignment to and
//! deletion of slices.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::subscripts::normalize_index;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, int_flag, kwarg, no_kwargs};
use crate::types::sort::sort_values;
use crate::value::*;

use super::signatures;
use super::slice::{slice_indices, slice_positions};

/// `list.sort`, which `sorted` calls too.
pub static LIST_SORT: BuiltinFunction = BuiltinFunction {
    name: "sort",
    call: list_sort,
    awaited: None,
    signature: Some(&signatures::LIST_SORT),
};

pub(super) fn recv_list(args: &[Value], method: &str) -> PResult<Rc<RefCell<Vec<Value>>>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'list' object"
        ))),
    }
}

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
    if let Some(i) = interp.find_in_list(&l, &args[1], 0, usize::MAX)? {
        // `__eq__` may have shrunk the list: as CPython's slice deletion, an index now
        // past the end removes nothing.
        let mut items = l.borrow_mut();
        if i < items.len() {
            items.remove(i);
        }
        return Ok(Value::None);
    }
    Err(value_error("list.remove(x): x not in list"))
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
