//! The runtime's native objects as Python sees them: coroutines, `super()` objects, dict views,
//! mappingproxy, the event loop and the library's objects — their class, truth value, length,
//! iteration, calls, equality, repr, attributes, subscripts and construction.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types;
use crate::types::{type_name, types};
use crate::value::*;

pub fn native_class(n: &Native) -> Rc<Class> {
    let t = types();
    match n {
        Native::Coroutine(_) => t.coroutine.clone(),
        Native::DictView(_, DictView::Keys) => t.dict_keys.clone(),
        Native::DictView(_, DictView::Values) => t.dict_values.clone(),
        Native::DictView(_, DictView::Items) => t.dict_items.clone(),
        Native::MappingProxy(_) => t.mappingproxy.clone(),
        Native::Super { .. } => t.object.clone(),
        Native::Loop(_) => library().loop_class.clone(),
        Native::Object(o) => o.class().clone(),
    }
}

pub fn native_truthy(n: &Native) -> bool {
    match n {
        Native::DictView(d, _) | Native::MappingProxy(d) => !d.borrow().is_empty(),
        Native::Object(o) => o.length() != Some(0),
        _ => true,
    }
}

pub fn native_len(n: &Native) -> Option<usize> {
    match n {
        Native::DictView(d, _) | Native::MappingProxy(d) => Some(d.borrow().len()),
        Native::Object(o) => o.length(),
        _ => None,
    }
}

pub fn native_iter(interp: &Interp, value: &Value, n: &Native) -> PResult {
    match n {
        Native::MappingProxy(d) => interp.iter(&Value::Dict(d.clone())),
        Native::DictView(d, what) => {
            let len = d.borrow().len();
            Ok(Value::Iterator(Rc::new(RefCell::new(IterState::Dict {
                dict: d.clone(),
                index: 0,
                len,
                remaining: len,
                what: *what,
            }))))
        }
        Native::Object(o) => match o.items() {
            Some(items) => Ok(Value::Iterator(Rc::new(RefCell::new(IterState::Values {
                items,
                index: 0,
                kind: "_collections._deque_iterator",
            })))),
            None => Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(value)
            ))),
        },
        _ => Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(value)
        ))),
    }
}

pub fn native_call(
    _interp: &Interp,
    callee: &Value,
    _n: &Native,
    _args: Vec<Value>,
    _kwargs: &[(Sym, Value)],
) -> PResult {
    Err(type_error(format!(
        "'{}' object is not callable",
        type_name(callee)
    )))
}

pub fn native_eq(a: &Native, b: &Native) -> bool {
    match (a, b) {
        (Native::DictView(x, DictView::Keys), Native::DictView(y, DictView::Keys)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.keys().all(|k| y.contains_key(k))
        }
        _ => std::ptr::eq(a, b),
    }
}

pub fn native_repr(interp: &Interp, value: &Value, n: &Native) -> PResult<String> {
    Ok(match n {
        Native::Coroutine(c) => {
            format!(
                "<coroutine object {} at 0x{:x}>",
                c.qualname(),
                value.identity()
            )
        }
        Native::DictView(d, what) => {
            let items: Vec<Value> = d
                .borrow()
                .iter()
                .map(|(k, v)| match what {
                    DictView::Keys => k.value.clone(),
                    DictView::Values => v.clone(),
                    DictView::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                })
                .collect();
            let name = match what {
                DictView::Keys => "dict_keys",
                DictView::Values => "dict_values",
                DictView::Items => "dict_items",
            };
            format!("{name}({})", interp.repr(&Value::list(items))?)
        }
        Native::MappingProxy(d) => {
            format!("mappingproxy({})", interp.repr(&Value::Dict(d.clone()))?)
        }
        Native::Super { after, receiver } => {
            format!(
                "<super: <class '{}'>, <{} object>>",
                after.name,
                type_name(receiver)
            )
        }
        Native::Loop(l) => l.repr(),
        Native::Object(o) => return o.repr(interp, value),
    })
}

pub fn native_attr(interp: &Interp, _obj: &Value, n: &Native, name: Sym) -> PResult<Option<Value>> {
    match n {
        // The reading methods of the dict behind it; nothing that writes.
        Native::MappingProxy(d)
            if matches!(&*name.name(), "keys" | "values" | "items" | "get" | "copy") =>
        {
            interp.get_attr(&Value::Dict(d.clone()), name).map(Some)
        }
        Native::Super { after, receiver } => {
            let mut class = after.base.clone();
            while let Some(c) = class {
                let found = c.dict.borrow().get(&name).cloned();
                if let Some(v) = found {
                    let (instance, owner) = match receiver {
                        Value::Class(c) => (None, c.clone()),
                        other => (Some(other), types::class_of(other)),
                    };
                    return Ok(Some(interp.descriptor_get(v, instance, &owner, name)?));
                }
                class = c.base.clone();
            }
            Err(attribute_error(format!(
                "'super' object has no attribute '{name}'"
            )))
        }
        Native::Coroutine(c) => Ok(match &*name.name() {
            "__name__" => Some(Value::str(c.name())),
            "__qualname__" => Some(Value::str(c.qualname())),
            "close" => None,
            _ => None,
        }),
        _ => Ok(None),
    }
}

pub fn native_get_item(interp: &Interp, obj: &Value, n: &Native, index: &Value) -> PResult {
    if let Native::MappingProxy(d) = n {
        return interp.get_item(&Value::Dict(d.clone()), index);
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        type_name(obj)
    )))
}

pub fn construct_native(
    interp: &Interp,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult {
    (library().construct)(interp, class, args, kwargs)
}
