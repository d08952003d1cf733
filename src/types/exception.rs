//! The exception classes' own behaviour: their data attributes (`args`, `__cause__`,
//! `name`, ...), `add_note`, and their repr and str. Exception groups are in
//! `exception_group.rs`; raising and catching in `exception.rs` and the evaluator.

use std::cell::RefCell;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::{sym, Sym};
use crate::types::{type_name, types};
use crate::value::*;

use super::exception_group::group_str;
use super::repr::{join_reprs, repr_value, str_value};

/// `repr(e)`: `ValueError('bad')`, `KeyError(1, 2)`.
pub fn repr(interp: &Interp, class: &Class, data: &RefCell<ExcData>) -> PResult<String> {
    let args = data.borrow().args.clone();
    let inner = if args.len() == 1 {
        repr_value(interp, &args[0])?
    } else {
        join_reprs(interp, &args)?
    };
    Ok(format!("{}({})", class.name, inner))
}

/// `str(e)` of an exception `v` whose class has no `__str__` of its own: a group's `message
/// (n sub-exceptions)`, else its arguments (one shown by str, a KeyError's by repr, several as
/// a tuple). None when its class has a Python `__repr__`, which `str` then shows.
pub fn str_of(
    interp: &Interp,
    v: &Value,
    inst: &Instance,
    data: &RefCell<ExcData>,
) -> PResult<Option<String>> {
    if data.borrow().group.is_some() {
        let text = group_str(interp, std::slice::from_ref(v), &[])?;
        return str_value(interp, &text).map(Some);
    }
    if matches!(inst.class.lookup(sym::REPR), Some(Value::Function(_))) {
        return Ok(None);
    }
    let args = data.borrow().args.clone();
    let is_key_error = inst.class.is_subclass(&types().key_error);
    match args.as_slice() {
        [] => Ok(String::new()),
        [one] if is_key_error => repr_value(interp, one),
        [one] => str_value(interp, one),
        many => repr_value(interp, &Value::tuple(many.to_vec())),
    }
    .map(Some)
}

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

/// The keywords `BaseException.__init__` takes: none, but `name` for a `NameError`,
/// `name` and `obj` for an `AttributeError`, `name` and `path` for an `ImportError` (whose
/// `path` pyco does not keep: its modules are built in). CPython's messages otherwise.
pub(super) fn init_keywords(
    inst: &Instance,
    data: &RefCell<ExcData>,
    kwargs: &[(Sym, Value)],
) -> PResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    let t = types();
    let allowed: &[&str] = if inst.class.is_subclass(&t.name_error) {
        &["name"]
    } else if inst.class.is_subclass(&t.attribute_error) {
        &["name", "obj"]
    } else if inst.class.is_subclass(&t.import_error) {
        &["name", "path"]
    } else {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            inst.class.name
        )));
    };
    for (key, _) in kwargs {
        if !allowed.contains(&&*key.name()) {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                key.name(),
                inst.class.name
            )));
        }
    }
    for (key, value) in kwargs {
        match &*key.name() {
            "name" => data.borrow_mut().name = Some(value.clone()),
            "obj" => data.borrow_mut().obj = Some(value.clone()),
            _ => {}
        }
    }
    Ok(())
}

pub fn set_exception_attr(inst: &Instance, name: Sym, value: &Value) -> bool {
    let Some(data) = inst.exc.as_ref() else {
        return false;
    };
    let mut data = data.borrow_mut();
    if name == sym::ARGS {
        data.args = match value {
            Value::Tuple(t) => t.to_vec(),
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

/// `BaseException.add_note(note)`: appends to the exception's `__notes__` list (made on the
/// first note), which a traceback prints after the exception's line.
pub(super) fn exc_add_note(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let (exc, note) = (&args[0], &args[1]);
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    let notes = Sym::intern("__notes__");
    let list = match interp.get_attr(exc, notes) {
        Ok(list) => list,
        Err(err) if err.is_instance_of(&types().attribute_error) => {
            let list = Value::list(Vec::new());
            interp.set_attr(exc, notes, list.clone())?;
            list
        }
        Err(err) => return Err(err),
    };
    match &list {
        Value::List(items) => items.borrow_mut().push(note.clone()),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}
