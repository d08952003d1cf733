//! Attributes of built-in values that no class dict holds (`C.__mro__`, `x.real`,
//! `f.__name__`, ...), each type's in its own file, and the names `dir()` lists.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::{sym, Sym};
use crate::types::{class_of, types};
use crate::value::*;

use super::{function, number, range, slice};
use crate::types::native;

/// `C.__dict__`: a read-only mapping of the class's namespace as it is now, `__module__`
/// first, as CPython's has it (without its `__dict__` and `__weakref__` slot descriptors,
/// which pyco's classes do not have).
fn class_namespace(class: &Rc<Class>) -> Value {
    let mut dict = Dict::default();
    dict.insert(name_key(sym::MODULE), Value::str(class.module.to_string()));
    for (name, value) in class.dict.borrow().iter() {
        if *name != sym::QUALNAME && *name != sym::MODULE {
            dict.insert(name_key(*name), value.clone());
        }
    }
    Value::Native(Rc::new(Native::MappingProxy(Rc::new(RefCell::new(dict)))))
}

/// `C.__name__`, `C.__mro__`, ... of classes.
pub fn class_special_attr(_interp: &Interp, class: &Rc<Class>, name: Sym) -> Option<Value> {
    if name == sym::NAME {
        Some(Value::str(class.name.to_string()))
    } else if name == sym::QUALNAME {
        Some(Value::str(class.qualname.clone()))
    } else if name == sym::MODULE {
        Some(Value::str(class.module.to_string()))
    } else if name == sym::MRO {
        Some(Value::tuple(
            class.mro().into_iter().map(Value::Class).collect(),
        ))
    } else if &*name.name() == "__base__" {
        Some(class.base.clone().map_or(Value::None, Value::Class))
    } else if name == sym::BASES {
        Some(Value::tuple(
            class.base.iter().cloned().map(Value::Class).collect(),
        ))
    } else if name == sym::DICT {
        Some(class_namespace(class))
    } else if name == sym::DOC {
        Some(Value::None)
    } else if name == sym::CLASS {
        Some(Value::Class(types().type_.clone()))
    } else {
        None
    }
}

/// Attributes of functions, methods and other built-in values that are not methods.
pub fn special_attr(interp: &Interp, obj: &Value, name: Sym) -> PResult<Option<Value>> {
    if name == sym::CLASS {
        return Ok(Some(Value::Class(class_of(obj))));
    }
    Ok(match obj {
        Value::Function(f) => function::function_attr(f, name),
        Value::Builtin(b) if name == sym::NAME => Some(Value::str(b.name)),
        Value::BoundMethod(m) => function::method_attr(interp, m, name)?,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            number::attribute(obj, &name.name())
        }
        Value::Range(r) => range::attribute(r, &name.name()),
        Value::Slice(s) => slice::attribute(s, &name.name()),
        Value::Descriptor(d) => function::descriptor_attr(obj, d, name),
        Value::Native(n) => native::native_attr(interp, obj, n, name)?,
        _ => None,
    })
}

/// `dir(obj)`: the sorted attribute names pyco knows for `obj`.
pub fn dir_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    match obj {
        Value::Instance(inst) => {
            names.extend(inst.attr_names());
            for c in inst.class.mro() {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        Value::Class(c) => {
            for c in c.mro() {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        Value::Module(m) => names.extend(m.attrs.borrow().keys().map(|k| k.to_string())),
        other => names.extend(class_of(other).dict.borrow().keys().map(|k| k.to_string())),
    }
    // Data attributes `special_attr` answers without a class dict entry.
    let data_attributes: &[&str] = match obj {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            &["denominator", "imag", "numerator", "real"]
        }
        Value::Float(_) => &["imag", "real"],
        Value::Range(_) | Value::Slice(_) => &["start", "step", "stop"],
        _ => &[],
    };
    names.extend(data_attributes.iter().map(|s| s.to_string()));
    names.sort();
    names.dedup();
    names
}
