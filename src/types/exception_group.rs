//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's checks,
//! `message`, `exceptions`, `str()`, `derive`, `subgroup` and `split`.
//!
//! pyco's classes have one base, so `ExceptionGroup` derives from `Exception` (what `except
//! Exception` must see) and `Class::is_subclass` adds its second base, `BaseExceptionGroup`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::sym;
use crate::symbol::Sym;
use crate::types::{class_of, type_name, types};
use crate::value::{Class, ClassKind, ExcData, Instance, Value};

use super::args::arity;
use super::object::{is_callable, is_instance};

/// Is `class` an exception group class?
pub fn is_group_class(class: &Rc<Class>) -> bool {
    class.kind == ClassKind::Exception && class.is_subclass(&types().base_exception_group)
}

/// `BaseExceptionGroup.__new__(class, message, exceptions)`: checks the arguments and picks
/// the class of the result (a `BaseExceptionGroup` of only `Exception`s is an
/// `ExceptionGroup`). Returns the class and the `(message, exceptions)` the instance keeps.
pub fn new_group(
    interp: &Interp,
    class: &Rc<Class>,
    args: &[Value],
) -> PResult<(Rc<Class>, (Value, Value))> {
    let t = types();
    let [message, sequence] = args else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !matches!(message, Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    let is_sequence = matches!(
        sequence,
        Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Str(_)
    ) || matches!(sequence, Value::Instance(i) if i.class.lookup(sym::GETITEM).is_some());
    if !is_sequence {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = interp.collect_iterable(sequence)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base_exceptions = false;
    for (i, item) in items.iter().enumerate() {
        if exc_data(item).is_none() {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !class_of(item).is_subclass(&t.exception) {
            nested_base_exceptions = true;
        }
    }
    let mut result_class = class.clone();
    if Rc::ptr_eq(class, &t.exception_group) {
        if nested_base_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if Rc::ptr_eq(class, &t.base_exception_group) {
        if !nested_base_exceptions {
            result_class = t.exception_group.clone();
        }
    } else if nested_base_exceptions && class.is_subclass(&t.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            class.name
        )));
    }
    Ok((result_class, (message.clone(), Value::tuple(items))))
}

/// `BaseExceptionGroup(message, sequence)` (which may turn out an `ExceptionGroup`).
fn construct(interp: &Interp, message: Value, sequence: Value) -> PResult {
    let (class, group) = new_group(
        interp,
        &types().base_exception_group,
        &[message.clone(), sequence.clone()],
    )?;
    Ok(Value::Instance(Rc::new(Instance {
        class,
        attrs: RefCell::new(Vec::new()),
        dict: RefCell::new(None),
        exc: Some(Box::new(RefCell::new(ExcData {
            args: vec![message, sequence],
            group: Some(group),
            ..Default::default()
        }))),
    })))
}

fn receiver(args: &[Value], method: &str) -> PResult<(Value, Value, Vec<Value>)> {
    if let Some(exc) = args.first() {
        if let Some(data) = exc_data(exc) {
            if let Some((message, Value::Tuple(items))) = &data.borrow().group {
                return Ok((exc.clone(), message.clone(), items.to_vec()));
            }
        }
    }
    Err(type_error(format!(
        "descriptor '{method}' requires a 'BaseExceptionGroup' object"
    )))
}

/// `str(group)`: `message (n sub-exceptions)`.
pub fn group_str(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (_, message, items) = receiver(args, "__str__")?;
    let plural = if items.len() == 1 { "" } else { "s" };
    Ok(Value::str(format!(
        "{} ({} sub-exception{plural})",
        interp.str(&message)?,
        items.len()
    )))
}

/// `group.derive(exceptions)`: a group like this one around other exceptions.
pub fn group_derive(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (_, message, _) = receiver(args, "derive")?;
    arity("derive", &args[1..], 1, 1)?;
    construct(interp, message, args[1].clone())
}

/// What `subgroup` and `split` select by.
enum Matcher {
    Classes(Value),
    Predicate(Value),
    /// These exceptions, by identity (a group is never one: its leaves are looked at).
    Leaves(Vec<Value>),
}

impl Matcher {
    fn new(condition: &Value) -> PResult<Matcher> {
        let is_exception_class =
            |v: &Value| matches!(v, Value::Class(c) if c.kind == ClassKind::Exception);
        let ok = match condition {
            Value::Class(_) => is_exception_class(condition),
            Value::Tuple(items) => items.iter().all(is_exception_class),
            other => {
                if is_callable(other) {
                    return Ok(Matcher::Predicate(other.clone()));
                }
                false
            }
        };
        if ok {
            Ok(Matcher::Classes(condition.clone()))
        } else {
            Err(type_error(
                "expected a function, exception type or tuple of exception types",
            ))
        }
    }

    fn matches(&self, interp: &Interp, exc: &Value) -> PResult<bool> {
        match self {
            Matcher::Classes(classes) => is_instance(exc, classes),
            Matcher::Predicate(f) => {
                let r = interp.call(f, std::slice::from_ref(exc), &[])?;
                interp.truthy(&r)
            }
            Matcher::Leaves(leaves) => Ok(group_exceptions(exc).is_none()
                && leaves.iter().any(|leaf| ops::is_same(leaf, exc))),
        }
    }
}

/// CPython's `exceptiongroup_split_recursive`: the matching part and (when asked) the rest.
fn split_recursive(
    interp: &Interp,
    exc: &Value,
    matcher: &Matcher,
    construct_rest: bool,
) -> PResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(interp, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(items) = group_exceptions(exc) else {
        return Ok((None, construct_rest.then(|| exc.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for item in &items {
        let (m, r) = split_recursive(interp, item, matcher, construct_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = subset(interp, exc, matched)?;
    let rest = if construct_rest {
        subset(interp, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: `exc.derive(items)` with `exc`'s traceback, cause and context.
fn subset(interp: &Interp, exc: &Value, items: Vec<Value>) -> PResult<Option<Value>> {
    if items.is_empty() {
        return Ok(None);
    }
    let derive = interp.get_attr(exc, Sym::intern("derive"))?;
    let group = interp.call(&derive, &[Value::list(items)], &[])?;
    let (Some(from), Some(to)) = (exc_data(exc), exc_data(&group)) else {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    if to.borrow().group.is_none() {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    {
        let from = from.borrow();
        let mut to = to.borrow_mut();
        to.traceback = from.traceback.clone();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
    }
    Ok(Some(group))
}

/// `group.subgroup(condition)`.
pub fn group_subgroup(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (exc, _, _) = receiver(args, "subgroup")?;
    arity("subgroup", &args[1..], 1, 1)?;
    let matcher = Matcher::new(&args[1])?;
    Ok(split_recursive(interp, &exc, &matcher, false)?
        .0
        .unwrap_or(Value::None))
}

/// `group.split(condition)`: `(match, rest)`.
pub fn group_split(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (exc, _, _) = receiver(args, "split")?;
    arity("split", &args[1..], 1, 1)?;
    let matcher = Matcher::new(&args[1])?;
    let (matched, rest) = split_recursive(interp, &exc, &matcher, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// CPython's `exception_group_match`, the test of one `except*` clause: `exc` (what earlier
/// clauses left) against the clause's classes, as `(match, rest)`. A naked exception that
/// matches is wrapped in a group of its own, `BaseExceptionGroup('', (exc,))`.
pub fn except_star_match(
    interp: &Interp,
    exc: Option<&Value>,
    classes: &Value,
) -> PResult<(Option<Value>, Option<Value>)> {
    let Some(exc) = exc else {
        return Ok((None, None));
    };
    if is_instance(exc, classes)? {
        if group_exceptions(exc).is_some() {
            return Ok((Some(exc.clone()), None));
        }
        let wrapped = construct(interp, Value::str(""), Value::tuple(vec![exc.clone()]))?;
        return Ok((Some(wrapped), None));
    }
    if group_exceptions(exc).is_none() {
        return Ok((None, Some(exc.clone())));
    }
    split_recursive(interp, exc, &Matcher::Classes(classes.clone()), true)
}

/// A new group around `exceptions`, as `_PyExc_CreateExceptionGroup` makes one.
pub fn create_group(interp: &Interp, message: &str, exceptions: Vec<Value>) -> PResult {
    construct(interp, Value::str(message), Value::list(exceptions))
}

/// The leaf exceptions of `exc` (itself when it is no group), depth first.
fn collect_leaves(exc: &Value, leaves: &mut Vec<Value>) {
    match group_exceptions(exc) {
        Some(items) => items.iter().for_each(|item| collect_leaves(item, leaves)),
        None => leaves.push(exc.clone()),
    }
}

/// CPython's `exception_group_projection`: the part of `group` whose leaves are leaves of
/// one of `keep` (by identity), with `group`'s nesting and metadata; None when nothing is kept.
pub fn project(interp: &Interp, group: &Value, keep: &[Value]) -> PResult<Option<Value>> {
    let mut leaves = Vec::new();
    keep.iter().for_each(|exc| collect_leaves(exc, &mut leaves));
    if leaves.is_empty() {
        return Ok(None);
    }
    Ok(split_recursive(interp, group, &Matcher::Leaves(leaves), false)?.0)
}
