//! `object`, the root of every class: its methods and the default repr; and what every
//! value answers, whatever its type: its length (`len`), whether it is an instance of a class
//! (`isinstance`), whether it can be called (`callable`).

use std::rc::Rc;

use crate::exception::*;
use crate::interp::attributes::inherits_from_object;
use crate::interp::Interp;
use crate::ops::is_same;
use crate::symbol::{sym, Sym};
use crate::types::{class_of, type_name, types};
use crate::value::*;

use super::methods::s;
use super::repr::address;
use super::{exception, range};
use crate::types::native;

/// `len(v)`: the built-in containers by their size, instances by their `__len__`.
pub fn len_of(interp: &Interp, v: &Value) -> PResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::FrozenSet(s) => s.len(),
        Value::Range(r) => range::len(r)?,
        Value::Instance(inst) => match inst.class.lookup(sym::LEN) {
            Some(f) => {
                let r = interp.call_special(sym::LEN, &f, std::slice::from_ref(v), &[])?;
                match r {
                    Value::Int(i) if i >= 0 => i as usize,
                    Value::Int(_) => return Err(value_error("__len__() should return >= 0")),
                    other => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&other)
                        )))
                    }
                }
            }
            None => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    inst.class.name
                )))
            }
        },
        Value::Native(n) => match native::native_len(n) {
            Some(l) => l,
            None => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )))
            }
        },
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            )))
        }
    })
}

/// `isinstance(value, class_or_tuple)`.
pub fn is_instance(value: &Value, classinfo: &Value) -> PResult<bool> {
    match classinfo {
        Value::Class(c) => {
            let vc = class_of(value);
            if vc.is_subclass(c) {
                return Ok(true);
            }
            // bool is an int.
            Ok(matches!(value, Value::Bool(_)) && Rc::ptr_eq(c, &types().int))
        }
        Value::Tuple(items) => {
            for i in items.iter() {
                if is_instance(value, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(sym::CALL).is_some(),
        _ => false,
    }
}

/// `object.__repr__`: `<__main__.C object at 0x...>`, the module left out for `builtins`
/// (`<object object at 0x...>`).
pub fn default_repr(class: &Class, v: &Value) -> String {
    if &*class.module.name() == "builtins" {
        format!("<{} object at {}>", class.qualname, address(v))
    } else {
        format!(
            "<{}.{} object at {}>",
            class.module,
            class.qualname,
            address(v)
        )
    }
}

pub(super) fn object_init(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    if let Some(Value::Instance(inst)) = args.first() {
        if let Some(data) = &inst.exc {
            super::exception::init_keywords(inst, data, kwargs)?;
            data.borrow_mut().args = args[1..].to_vec();
            return Ok(Value::None);
        }
        if args.len() > 1 || !kwargs.is_empty() {
            // CPython's `object_init`: extra arguments are an error unless `__new__` is
            // overridden and `__init__` is not (then `__new__` took them).
            if !inherits_from_object(&inst.class, sym::INIT) {
                return Err(type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if inherits_from_object(&inst.class, sym::NEW) {
                return Err(type_error(format!(
                    "{}() takes no arguments",
                    inst.class.name
                )));
            }
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args)`: a new, bare instance of `cls`.
pub(super) fn object_new(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let class = match args.first() {
        None => return Err(type_error("object.__new__(): not enough arguments")),
        Some(Value::Class(c)) => c,
        Some(other) => {
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
    };
    if !matches!(class.kind, ClassKind::Object | ClassKind::Exception) {
        return Err(type_error(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            class.name
        )));
    }
    // BaseException.__new__ takes any arguments: they become `args`.
    if class.kind == ClassKind::Object && (args.len() > 1 || !kwargs.is_empty()) {
        // CPython's `object_new`: extra arguments are an error unless `__init__` is
        // overridden and `__new__` is not (then `__init__` takes them).
        if !inherits_from_object(class, sym::NEW) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_from_object(class, sym::INIT) {
            return Err(type_error(format!("{}() takes no arguments", class.name)));
        }
    }
    interp.new_instance(class, &args[1..])
}

/// The receiver and attribute name of `object.__getattribute__` / `__setattr__` /
/// `__delattr__` (`count` arguments in all).
pub(super) fn attribute_args(args: &[Value], count: usize) -> PResult<Sym> {
    if args.len() != count {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            count - 1,
            if count == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    match &args[1] {
        Value::Str(name) => Ok(Sym::intern(&name.text)),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

pub(super) fn object_getattribute(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_get_attr(&args[0], inst, name),
        other => interp.get_attr(other, name),
    }
}

pub(super) fn object_setattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 3)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_set_attr(&args[0], inst, name, args[2].clone())?,
        other => interp.set_attr(other, name, args[2].clone())?,
    }
    Ok(Value::None)
}

pub(super) fn object_delattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_del_attr(&args[0], inst, name)?,
        other => interp.del_attr(other, name)?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: the hook every class has, which takes nothing.
pub(super) fn object_init_subclass(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let name = match args.first() {
        Some(Value::Class(c)) => c.qualname.clone(),
        _ => "object".to_string(),
    };
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

pub(super) fn object_repr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(inst) = &v {
        if let Some(data) = &inst.exc {
            return Ok(s(exception::repr(interp, &inst.class, data)?));
        }
        return Ok(s(default_repr(&inst.class, &v)));
    }
    Ok(s(interp.repr(&v)?))
}

pub(super) fn object_str(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(inst) = &v {
        if let Some(data) = &inst.exc {
            let a = data.borrow().args.clone();
            return Ok(s(match a.as_slice() {
                [] => String::new(),
                [one] => interp.str(one)?,
                many => interp.repr(&Value::tuple(many.to_vec()))?,
            }));
        }
        if let Some(f) = inst.class.lookup(sym::REPR) {
            return interp.call(&f, std::slice::from_ref(&v), &[]);
        }
    }
    Ok(s(interp.repr(&v)?))
}

pub(super) fn object_eq(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

pub(super) fn object_ne(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(false)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

pub(super) fn object_hash(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(
        args.first()
            .map(|v| (v.identity() >> 4) as i64)
            .unwrap_or(0),
    ))
}
