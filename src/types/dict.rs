//! `dict` and its views: the constructor and the methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, no_kwargs};
use crate::value::*;

use super::methods::s;

/// `dict(mapping_or_iterable=(), **kwargs)`.
pub fn construct(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    arity("dict", args, 0, 1)?;
    let dict = RefCell::new(Dict::default());
    if let Some(v) = args.first() {
        interp.dict_update_arg(&dict, v)?;
    }
    let mut dict = dict.into_inner();
    for (k, v) in kwargs {
        dict.insert(interp.key(Value::str(k.to_string()))?, v.clone());
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

pub(super) fn recv_dict(args: &[Value], method: &str) -> PResult<Rc<RefCell<Dict>>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'dict' object"
        ))),
    }
}

pub(super) fn view(args: &[Value], name: &str, what: DictView) -> PResult {
    let d = recv_dict(args, name)?;
    Ok(Value::Native(Rc::new(Native::DictView(d, what))))
}

pub(super) fn dict_keys(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "keys", DictView::Keys)
}

pub(super) fn dict_values(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "values", DictView::Values)
}

pub(super) fn dict_items(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "items", DictView::Items)
}

pub(super) fn dict_get(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "get")?;
    arity("get", &args[1..], 1, 2)?;
    let key = interp.key(args[1].clone())?;
    let found = interp.dict_get(&d, &key)?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

pub(super) fn dict_setdefault(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "setdefault")?;
    arity("setdefault", &args[1..], 1, 2)?;
    let key = interp.key(args[1].clone())?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    interp.dict_setdefault(&d, key, default)
}

pub(super) fn dict_update(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "update")?;
    arity("update", &args[1..], 0, 1)?;
    if let Some(other) = args.get(1) {
        interp.dict_update_arg(&d, other)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, interp.key(s(k.to_string()))?, v.clone())?;
    }
    Ok(Value::None)
}

pub(super) fn dict_pop(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "pop")?;
    arity("pop", &args[1..], 1, 2)?;
    if d.borrow().is_empty() {
        // As CPython's `_PyDict_Pop`: an empty dict hashes nothing.
        return args
            .get(2)
            .cloned()
            .ok_or_else(|| key_error(args[1].clone()));
    }
    let key = interp.key(args[1].clone())?;
    let removed = interp.dict_remove(&d, &key)?;
    match removed {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

pub(super) fn dict_popitem(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "popitem")?;
    let popped = d.borrow_mut().pop();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(key_error(s("popitem(): dictionary is empty"))),
    }
}

pub(super) fn dict_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "copy")?;
    let copy = d.borrow().clone();
    Ok(Value::Dict(Rc::new(RefCell::new(copy))))
}

pub(super) fn dict_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_dict(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn dict_fromkeys(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("dict.fromkeys", kwargs)?;
    arity("fromkeys", &args[1..], 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let mut d = Dict::default();
    for k in interp.collect_iterable(&args[1])? {
        interp.dict_set_local(&mut d, interp.key(k)?, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

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
