//! Calling a built-in class: `int(...)`, `str(...)`, `list(...)` and the others. The
//! arguments are bound by the class's signature, then each type's constructor runs, in its
//! own file where it is more than a line or two.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::native_args;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::{class_of, types};
use crate::value::*;

use super::args::arity;
use super::iterator::ITERATOR_CONSTRUCTORS;
use super::{dict, function, number, range, set, signatures, slice, str};
use crate::types::native;

/// `int(...)`, `str(...)`, `list(...)` and the other built-in classes called.
pub fn construct_builtin(
    interp: &Interp,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult {
    let name = class.name.name();
    let bound = match constructor_signature(class.kind) {
        Some(signature) => {
            let qualname = || name.to_string();
            native_args::bind_native(signature, &qualname, args, kwargs)?
        }
        None => None,
    };
    let (args, kwargs) = match &bound {
        Some((args, kwargs)) => (args.as_slice(), kwargs.as_slice()),
        None => (args, kwargs),
    };
    match class.kind {
        ClassKind::Int => number::construct_int(interp, args),
        ClassKind::Float => number::construct_float(interp, args.first()),
        ClassKind::Str => str::construct(interp, args),
        ClassKind::Bool => match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
        },
        ClassKind::List => match args.first() {
            None => Ok(Value::list(vec![])),
            Some(v) => Ok(Value::list(interp.collect_iterable(v)?)),
        },
        ClassKind::Tuple => match args.first() {
            None => Ok(Value::tuple(vec![])),
            Some(v @ Value::Tuple(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::tuple(interp.collect_iterable(v)?)),
        },
        ClassKind::Dict => dict::construct(interp, args, kwargs),
        ClassKind::Set | ClassKind::FrozenSet => set::construct(interp, class.kind, args),
        ClassKind::Range => range::construct(args),
        ClassKind::Type => match (args, kwargs) {
            ([v], []) => Ok(Value::Class(class_of(v))),
            ([_], _) => Err(type_error("type() takes no keyword arguments")),
            ([_, _, _], _) => Err(not_implemented_error(
                "type(name, bases, dict) is not supported by pyco: use a class statement",
            )),
            _ => Err(type_error("type() takes 1 or 3 arguments")),
        },
        ClassKind::Object => Ok(Value::Instance(Rc::new(Instance {
            class: types().object.clone(),
            attrs: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
            exc: None,
        }))),
        ClassKind::Slice => Ok(slice::construct(args)),
        ClassKind::Property => Ok(function::construct_property(args, kwargs)),
        ClassKind::StaticMethod => {
            arity("staticmethod", args, 1, 1)?;
            Ok(Value::Descriptor(Rc::new(Descriptor::StaticMethod(
                args[0].clone(),
            ))))
        }
        ClassKind::ClassMethod => {
            arity("classmethod", args, 1, 1)?;
            Ok(Value::Descriptor(Rc::new(Descriptor::ClassMethod(
                args[0].clone(),
            ))))
        }
        ClassKind::Native => native::construct_native(interp, class, args, kwargs),
        ClassKind::Iterator => match ITERATOR_CONSTRUCTORS
            .iter()
            .find(|constructor| *name == *constructor.name)
        {
            Some(constructor) => interp.call_native(constructor, args, kwargs),
            None => Err(type_error(format!("cannot create '{name}' instances"))),
        },
        _ => Err(type_error(format!("cannot create '{name}' instances"))),
    }
}

/// The parameters of a built-in class's constructor, where a table declares them.
fn constructor_signature(kind: ClassKind) -> Option<&'static Signature> {
    Some(match kind {
        ClassKind::Int => &signatures::INT,
        ClassKind::Float => &signatures::FLOAT,
        ClassKind::Str => &signatures::STR,
        ClassKind::Bool => &signatures::BOOL,
        ClassKind::List => &signatures::LIST,
        ClassKind::Tuple => &signatures::TUPLE,
        ClassKind::Set => &signatures::SET,
        ClassKind::FrozenSet => &signatures::FROZENSET,
        ClassKind::Range => &signatures::RANGE,
        ClassKind::Slice => &signatures::SLICE,
        _ => return None,
    })
}
