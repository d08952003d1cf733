//! Functions, builtin functions, bound methods and the descriptors that wrap functions in a
//! class (`property`, `staticmethod`, `classmethod`): their attributes and reprs, and the
//! property's constructor and methods; `exit` and `quit`, whose repr says how to leave the
//! REPL.

use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::{sym, Sym};
use crate::syntax::ast;
use crate::types::{type_name, types};
use crate::value::*;

use super::args::kwarg;
use super::repr::{address, repr_value};

/// Whether `b` is the builtin `exit` or `quit` (not `sys.exit`, which shares the name): their
/// repr says how to leave the REPL.
fn is_exit_builtin(b: &BuiltinFunction) -> bool {
    std::ptr::fn_addr_eq(b.call, exit as NativeFn)
}

/// `exit()` and `quit()`: raise SystemExit with the arguments.
pub fn exit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}

/// `f.__name__`, `f.__qualname__`, `f.__module__`, `f.__doc__` of a Python function, after
/// the attributes a program set on it.
pub fn function_attr(f: &Function, name: Sym) -> Option<Value> {
    if let Some(v) = f
        .attrs
        .borrow()
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.clone())
    {
        return Some(v);
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

/// `m.__self__`, `m.__func__`, and the function's name and doc seen through the method.
pub fn method_attr(interp: &Interp, m: &BoundMethod, name: Sym) -> PResult<Option<Value>> {
    Ok(if &*name.name() == "__self__" {
        Some(m.receiver.clone())
    } else if &*name.name() == "__func__" {
        Some(m.function.clone())
    } else if name == sym::NAME || name == sym::QUALNAME || name == sym::DOC {
        Some(interp.get_attr(&m.function, name)?)
    } else {
        None
    })
}

/// A property's `fget`, `fset`, `fdel`, `__doc__` and its `getter`/`setter`/`deleter` bound
/// to `obj` (the property itself); a static or class method's `__func__`.
pub fn descriptor_attr(obj: &Value, d: &Descriptor, name: Sym) -> Option<Value> {
    match (d, &*name.name()) {
        (
            Descriptor::Property {
                getter,
                setter,
                deleter,
                doc,
                ..
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
        (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => Some(f.clone()),
        _ => None,
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn construct_property(args: &[Value], kwargs: &[(Sym, Value)]) -> Value {
    let get = |i: usize, k: &str| {
        args.get(i)
            .cloned()
            .or_else(|| kwarg(kwargs, k))
            .unwrap_or(Value::None)
    };
    let getter = get(0, "fget");
    let doc = match (get(3, "doc"), &getter) {
        (Value::None, Value::Function(f)) => doc_of(f),
        (doc, _) => doc,
    };
    Value::Descriptor(Rc::new(Descriptor::Property {
        getter,
        setter: get(1, "fset"),
        deleter: get(2, "fdel"),
        doc,
        name: Default::default(),
    }))
}

/// `repr(f)` of a Python function (`v`).
pub fn function_repr(f: &Function, v: &Value) -> String {
    format!("<function {} at {}>", f.qualname, address(v))
}

/// `repr(b)` of a builtin function.
pub fn builtin_repr(b: &BuiltinFunction) -> String {
    // CPython's `exit` and `quit` are objects whose repr says how to leave the REPL.
    if is_exit_builtin(b) {
        format!("Use {}() or Ctrl-D (i.e. EOF) to exit", b.name)
    } else {
        format!("<built-in function {}>", b.name)
    }
}

/// `repr(m)` of a bound method.
pub fn method_repr(interp: &Interp, m: &BoundMethod) -> PResult<String> {
    Ok(match &m.function {
        Value::Builtin(b) => format!(
            "<built-in method {} of {} object at {}>",
            b.name,
            type_name(&m.receiver),
            address(&m.receiver)
        ),
        Value::Function(f) => {
            format!(
                "<bound method {} of {}>",
                f.qualname,
                repr_value(interp, &m.receiver)?
            )
        }
        other => format!("<bound method of {}>", repr_value(interp, other)?),
    })
}

pub fn doc_of(f: &Function) -> Value {
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
        name,
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
        name: name.clone(),
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
