//! Attributes of built-in values (`x.real`, `f.__name__`, ...) that no class dict holds.

use std::cell::RefCell;
use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::{sym, Sym};
use crate::syntax::ast;
use crate::types::{class_of, types};
use crate::value::*;

use super::range;

/// `e.args`, `e.__cause__`, ... of exception instances.
pub fn exception_attr(inst: &Instance, name: Sym) -> Option<Value> {
    let data = inst.exc.as_ref()?.borrow();
    let none_or = |v: &Option<Value>| v.clone().unwrap_or(Value::None);
    if name == sym::ARGS {
        Some(Value::tuple(data.args.clone()))
    } else if name == sym::CAUSE {
        Some(none_or(&data.cause))
    } else if name == sym::CONTEXT {
        Some(none_or(&data.context))
    } else if name == sym::SUPPRESS_CONTEXT {
        Some(Value::Bool(data.suppress_context))
    } else if name == sym::TRACEBACK {
        Some(Value::None)
    } else if name == sym::CODE && inst.class.is_subclass(&types().system_exit) {
        Some(match data.args.as_slice() {
            [] => Value::None,
            [one] => one.clone(),
            many => Value::tuple(many.to_vec()),
        })
    } else if name == sym::VALUE && inst.class.is_subclass(&types().stop_iteration) {
        Some(data.args.first().cloned().unwrap_or(Value::None))
    } else if let (Some((message, exceptions)), "message" | "exceptions") =
        (&data.group, &*name.name())
    {
        Some(if &*name.name() == "message" {
            message.clone()
        } else {
            exceptions.clone()
        })
    } else if &*name.name() == "name"
        && (inst.class.is_subclass(&types().name_error)
            || inst.class.is_subclass(&types().attribute_error)
            || inst.class.is_subclass(&types().import_error))
    {
        Some(none_or(&data.name))
    } else if &*name.name() == "path" && inst.class.is_subclass(&types().import_error) {
        // pyco's modules are built in: none has a file.
        Some(Value::None)
    } else if &*name.name() == "obj" && inst.class.is_subclass(&types().attribute_error) {
        Some(none_or(&data.obj))
    } else {
        None
    }
}

pub fn set_exception_attr(inst: &Instance, name: Sym, value: &Value) -> bool {
    let Some(data) = inst.exc.as_ref() else {
        return false;
    };
    let mut data = data.borrow_mut();
    if name == sym::ARGS {
        data.args = match value {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        };
    } else if name == sym::CAUSE {
        data.cause = if value.is_none() {
            None
        } else {
            Some(value.clone())
        };
        data.suppress_context = true;
    } else if name == sym::CONTEXT {
        data.context = if value.is_none() {
            None
        } else {
            Some(value.clone())
        };
    } else if name == sym::SUPPRESS_CONTEXT {
        data.suppress_context = matches!(value, Value::Bool(true));
    } else {
        return false;
    }
    true
}

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
        Value::Function(f) => {
            if let Some(v) = f
                .attrs
                .borrow()
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
            {
                return Ok(Some(v));
            }
            if name == sym::NAME {
                Some(Value::str(f.name.to_string()))
            } else if name == sym::QUALNAME {
                Some(Value::str(f.qualname.clone()))
            } else if name == sym::MODULE {
                Some(Value::str("__main__"))
            } else if name == sym::DOC {
                Some(doc_of(f))
            } else {
                None
            }
        }
        Value::Builtin(b) if name == sym::NAME => Some(Value::str(b.name)),
        Value::BoundMethod(m) => {
            if &*name.name() == "__self__" {
                Some(m.receiver.clone())
            } else if &*name.name() == "__func__" {
                Some(m.function.clone())
            } else if name == sym::NAME || name == sym::QUALNAME || name == sym::DOC {
                Some(interp.get_attr(&m.function, name)?)
            } else {
                None
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match &*name.name() {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match &*name.name() {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => range::attribute(r, &name.name()),
        Value::Slice(s) => match &*name.name() {
            "start" => Some(s.lower.clone()),
            "stop" => Some(s.upper.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Descriptor(d) => match (&**d, &*name.name()) {
            (
                Descriptor::Property {
                    getter,
                    setter,
                    deleter,
                    doc,
                },
                attr,
            ) => match attr {
                "__doc__" => Some(doc.clone()),
                "fget" => Some(getter.clone()),
                "fset" => Some(setter.clone()),
                "fdel" => Some(deleter.clone()),
                "setter" | "getter" | "deleter" => Some(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: obj.clone(),
                    function: Value::Builtin(match attr {
                        "setter" => native!("setter", property_setter),
                        "getter" => native!("getter", property_getter),
                        _ => native!("deleter", property_deleter),
                    }),
                }))),
                _ => None,
            },
            (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => {
                Some(f.clone())
            }
            _ => None,
        },
        Value::Native(n) => coroutine::native_attr(interp, obj, n, name)?,
        _ => None,
    })
}

pub(super) fn doc_of(f: &Function) -> Value {
    if let Some(first) = f.def.body.first() {
        if let ast::StmtKind::Expr(e) = &first.node {
            if let ast::ExprKind::Str(s) = &e.node {
                return Value::str(s.to_string());
            }
        }
    }
    Value::None
}

fn property_with(args: &[Value], which: usize) -> PResult {
    let (Some(Value::Descriptor(d)), Some(f)) = (args.first(), args.get(1)) else {
        return Err(type_error("property method needs a function"));
    };
    let Descriptor::Property {
        getter,
        setter,
        deleter,
        doc,
    } = &**d
    else {
        return Err(type_error("not a property"));
    };
    let mut parts = [getter.clone(), setter.clone(), deleter.clone()];
    parts[which] = f.clone();
    let [getter, setter, deleter] = parts;
    // A new getter brings its docstring when the property had none of its own.
    let doc = match (doc, &getter) {
        (Value::None, Value::Function(f)) => doc_of(f),
        (doc, _) => doc.clone(),
    };
    Ok(Value::Descriptor(Rc::new(Descriptor::Property {
        getter,
        setter,
        deleter,
        doc,
    })))
}

fn property_getter(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    property_with(args, 0)
}

fn property_setter(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    property_with(args, 1)
}

fn property_deleter(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    property_with(args, 2)
}
