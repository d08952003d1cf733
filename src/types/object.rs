//! What every value answers, whatever its type: its length (`len`), whether it is an
//! instance of a class (`isinstance`), whether it can be called (`callable`).

use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::sym;
use crate::types::{class_of, type_name, types};
use crate::value::*;

use super::range;

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
        Value::Native(n) => match coroutine::native_len(n) {
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
