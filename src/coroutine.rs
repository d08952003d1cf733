//! Coroutine objects and the other native objects (`super()`, dict views): their class,
//! repr, attributes and protocols.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exception::*;
use crate::interp::{Frame, Interp};
use crate::symbol::Sym;
use crate::types::{types, type_name};
use crate::value::*;

/// The state of a coroutine object.
pub enum CoroState {
    /// Called but not yet started: the frame with its arguments bound.
    Created(Frame),
    /// Running or suspended on the event loop.
    Started,
    /// Finished (returned or raised).
    Done,
}

/// A coroutine object: what calling an `async def` function returns.
pub struct Coroutine {
    pub function: Rc<Function>,
    pub state: RefCell<CoroState>,
    /// Set once anything awaited it or wrapped it in a task.
    pub awaited: Cell<bool>,
}

impl Drop for Coroutine {
    fn drop(&mut self) {
        if !self.awaited.get() {
            if let CoroState::Created(_) = &*self.state.borrow() {
                crate::event_loop::warn_never_awaited(&self.function);
            }
        }
    }
}

/// Calling an `async def` function: a coroutine holding the bound frame.
pub fn new_coroutine(_interp: &Interp, function: Rc<Function>, frame: Frame) -> Value {
    Value::Native(Rc::new(Native::Coroutine(Coroutine {
        function,
        state: RefCell::new(CoroState::Created(frame)),
        awaited: Cell::new(false),
    })))
}

/// The error for an `await` reached on the plain (non-resumable) path.
pub fn await_outside_resumable() -> Box<PyErr> {
    runtime_error("await is not yet supported in this context by pyco")
}

pub fn native_class(n: &Native) -> Rc<Class> {
    let t = types();
    match n {
        Native::Coroutine(_) => t.coroutine.clone(),
        Native::DictView(_, DictView::Keys) => t.dict_keys.clone(),
        Native::DictView(_, DictView::Values) => t.dict_values.clone(),
        Native::DictView(_, DictView::Items) => t.dict_items.clone(),
        Native::Super { .. } => t.object.clone(),
    }
}

pub fn native_truthy(n: &Native) -> bool {
    match n {
        Native::DictView(d, _) => !d.borrow().is_empty(),
        _ => true,
    }
}

pub fn native_len(n: &Native) -> Option<usize> {
    match n {
        Native::DictView(d, _) => Some(d.borrow().len()),
        _ => None,
    }
}

pub fn native_iter(_interp: &Interp, value: &Value, n: &Native) -> PResult {
    match n {
        Native::DictView(d, what) => {
            let len = d.borrow().len();
            Ok(Value::Iterator(Rc::new(RefCell::new(IterState::Dict {
                dict: d.clone(),
                index: 0,
                len,
                what: *what,
            }))))
        }
        _ => Err(type_error(format!("'{}' object is not iterable", type_name(value)))),
    }
}

pub fn native_call(_interp: &Interp, callee: &Value, _n: &Native, _args: Vec<Value>, _kwargs: &[(Sym, Value)]) -> PResult {
    Err(type_error(format!("'{}' object is not callable", type_name(callee))))
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
            format!("<coroutine object {} at 0x{:012x}>", c.function.qualname, value.identity())
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
        Native::Super { after, receiver } => {
            format!("<super: <class '{}'>, <{} object>>", after.name, type_name(receiver))
        }
    })
}

pub fn native_attr(interp: &Interp, _obj: &Value, n: &Native, name: Sym) -> PResult<Option<Value>> {
    match n {
        Native::Super { after, receiver } => {
            let mut class = after.base.clone();
            while let Some(c) = class {
                let found = c.dict.borrow().get(&name).cloned();
                if let Some(v) = found {
                    return Ok(Some(match v {
                        Value::Function(_) | Value::Builtin(_) => {
                            Value::BoundMethod(Rc::new(BoundMethod { receiver: receiver.clone(), function: v }))
                        }
                        Value::Descriptor(d) => match &*d {
                            Descriptor::StaticMethod(f) => f.clone(),
                            Descriptor::ClassMethod(f) => {
                                let cls = match receiver {
                                    Value::Class(_) => receiver.clone(),
                                    other => Value::Class(crate::types::class_of(other)),
                                };
                                Value::BoundMethod(Rc::new(BoundMethod { receiver: cls, function: f.clone() }))
                            }
                            Descriptor::Property { getter, .. } => interp.call(getter, &[receiver.clone()], &[])?,
                        },
                        other => other,
                    }));
                }
                class = c.base.clone();
            }
            Err(attribute_error(format!("'super' object has no attribute '{name}'")))
        }
        Native::Coroutine(c) => Ok(match &*name.name() {
            "__name__" => Some(Value::str(c.function.name.to_string())),
            "__qualname__" => Some(Value::str(c.function.qualname.clone())),
            "close" => None,
            _ => None,
        }),
        _ => Ok(None),
    }
}

pub fn native_get_item(obj: &Value, _n: &Native, _index: &Value) -> PResult {
    Err(type_error(format!("'{}' object is not subscriptable", type_name(obj))))
}

pub fn construct_native(_interp: &Interp, class: &Rc<Class>, _args: &[Value], _kwargs: &[(Sym, Value)]) -> PResult {
    Err(type_error(format!("cannot create '{}' instances", class.name)))
}
