//! The constructors of built-in types: `int(...)`, `str(...)`, `list(...)` and the others called.

use std::cell::RefCell;
use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::native_args;
use crate::interp::Interp;
use crate::numfmt;
use crate::ops::to_f64;
use crate::symbol::Sym;
use crate::types::{class_of, type_name, types};
use crate::value::*;

use super::args::{arity, int_arg, kwarg};
use super::attributes::doc_of;
use super::iterator::ITERATOR_CONSTRUCTORS;
use super::methods::{float_to_int, set_operand};
use super::range;
use super::signatures;
use super::str::{self, str_repr};

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
        ClassKind::Int => match args.first() {
            Some(Value::Unbound) => Err(type_error("int() missing string argument")),
            first => construct_int(interp, first, args.get(1).cloned()),
        },
        ClassKind::Float => match args.first() {
            None => Ok(Value::Float(0.0)),
            Some(Value::Float(f)) => Ok(Value::Float(*f)),
            Some(Value::Str(s)) => match numfmt::parse_float(&s.text) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    str_repr(&s.text)
                ))),
            },
            Some(v @ Value::Instance(_)) => match interp.float_value(v)? {
                Some(f) => Ok(Value::Float(f)),
                None => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                ))),
            },
            Some(v) => match to_f64(v)? {
                Some(f) => Ok(Value::Float(f)),
                None => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                ))),
            },
        },
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
        ClassKind::Dict => {
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
        ClassKind::Set | ClassKind::FrozenSet => {
            if let (Some(v @ Value::FrozenSet(_)), ClassKind::FrozenSet) =
                (args.first(), class.kind)
            {
                // frozenset(f) is f itself.
                return Ok(v.clone());
            }
            let set = match args.first() {
                Some(v) => set_operand(interp, v)?.into_set(),
                None => Set::default(),
            };
            Ok(if class.kind == ClassKind::Set {
                Value::Set(Rc::new(RefCell::new(set)))
            } else {
                Value::FrozenSet(Rc::new(set))
            })
        }
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
        ClassKind::Slice => {
            let get = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
            let (lower, upper, step) = match args.len() {
                1 => (Value::None, get(0), Value::None),
                2 => (get(0), get(1), Value::None),
                _ => (get(0), get(1), get(2)),
            };
            Ok(Value::Slice(Rc::new(SliceObj { lower, upper, step })))
        }
        ClassKind::Property => {
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
            Ok(Value::Descriptor(Rc::new(Descriptor::Property {
                getter,
                setter: get(1, "fset"),
                deleter: get(2, "fdel"),
                doc,
            })))
        }
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
        ClassKind::Native => coroutine::construct_native(interp, class, args, kwargs),
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

fn construct_int(interp: &Interp, value: Option<&Value>, base: Option<Value>) -> PResult {
    let Some(v) = value else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = int_arg(&base, "")?;
        let Value::Str(s) = v else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match numfmt::parse_int(&s.text, b as u32) {
            Ok(n) => Ok(Value::from_bigint(n)),
            Err(e) => Err(value_error(e.message(&str_repr(&s.text)))),
        };
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(f.trunc()))
        }
        Value::Str(s) => match numfmt::parse_int(&s.text, 10) {
            Ok(n) => Ok(Value::from_bigint(n)),
            Err(e) => Err(value_error(e.message(&str_repr(&s.text)))),
        },
        Value::Instance(_) => {
            if let Some(n) = interp.int_value(v)? {
                return Ok(n);
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(v)
            )))
        }
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}
