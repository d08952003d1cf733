//! The built-in iterators: how each kind steps (`iterator_next`), its type name, and the
//! iterator classes a program calls (`reversed`, `enumerate`, `zip`, `map`, `filter`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::{sym, Sym};
use crate::syntax::ast;
use crate::types::{type_name, types};
use crate::value::*;

use super::args::{arity, kwarg, no_kwargs};
use super::range;
use super::signatures;

/// The type name of an iterator, as `type(it).__name__` shows it.
pub fn iterator_type_name(state: &IterState) -> &'static str {
    match state {
        IterState::Seq {
            seq: Value::Tuple(_),
            ..
        } => "tuple_iterator",
        IterState::Seq {
            seq: Value::List(_),
            ..
        } => "list_iterator",
        IterState::Seq { .. } => "iterator",
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::Range { .. } => "range_iterator",
        IterState::BigRange { .. } => "longrange_iterator",
        IterState::Dict {
            what: DictView::Keys,
            ..
        } => "dict_keyiterator",
        IterState::Dict {
            what: DictView::Values,
            ..
        } => "dict_valueiterator",
        IterState::Dict {
            what: DictView::Items,
            ..
        } => "dict_itemiterator",
        IterState::Set { .. } => "set_iterator",
        IterState::Values { kind, .. } => kind,
        IterState::GenExpr(_) | IterState::GenExprRunning => "generator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Callable { .. } => "callable_iterator",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Exhausted => "iterator",
    }
}

/// Advances a built-in iterator.
// long: one arm per kind of built-in iterator (IterState)
pub fn iterator_next(interp: &Interp, state: &RefCell<IterState>) -> PResult<Option<Value>> {
    let mut s = state.borrow_mut();
    match &mut *s {
        IterState::GenExpr(_) | IterState::GenExprRunning => {
            drop(s);
            interp.genexpr_next(state)
        }
        IterState::Seq { seq, index } => {
            let item = match seq {
                Value::List(l) => l.borrow().get(*index).cloned(),
                Value::Tuple(t) => t.get(*index).cloned(),
                Value::Instance(_) => {
                    let (object, at) = (seq.clone(), *index);
                    drop(s);
                    let item = match interp.get_item(&object, &Value::Int(at as i64)) {
                        Ok(item) => Some(item),
                        Err(e)
                            if e.is_instance_of(&types().index_error)
                                || e.is_instance_of(&types().stop_iteration) =>
                        {
                            None
                        }
                        Err(e) => return Err(e),
                    };
                    let mut s = state.borrow_mut();
                    if let IterState::Seq { seq, index } = &mut *s {
                        match item {
                            Some(_) => *index += 1,
                            // Exhausted for good, as CPython drops the sequence.
                            None => *seq = Value::None,
                        }
                    }
                    return Ok(item);
                }
                _ => None,
            };
            *index += 1;
            Ok(item)
        }
        IterState::Str { text, byte_index } => {
            let rest = &text.text[*byte_index..];
            match rest.chars().next() {
                Some(c) => {
                    *byte_index += c.len_utf8();
                    Ok(Some(Value::str(c.to_string())))
                }
                None => Ok(None),
            }
        }
        IterState::BigRange { next, stop, step } => {
            let more = if num_traits::Signed::is_positive(step) {
                *next < *stop
            } else {
                *next > *stop
            };
            if !more {
                return Ok(None);
            }
            let value = next.clone();
            *next += &*step;
            Ok(Some(Value::from_bigint(value)))
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                if v == *next {
                    *next = *stop;
                }
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Dict {
            dict,
            index,
            len,
            remaining,
            what,
        } => dict_step(dict, index, len, remaining, |k, v| match what {
            DictView::Keys => k.value.clone(),
            DictView::Values => v.clone(),
            DictView::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
        }),
        IterState::Set { set, slot, len } => {
            let set = set.borrow();
            if set.len() != *len {
                *len = ITERATION_CHANGED;
                return Err(runtime_error("Set changed size during iteration"));
            }
            let Some((found, key)) = set.next_active(*slot) else {
                return Ok(None);
            };
            *slot = found + 1;
            Ok(Some(key.value.clone()))
        }
        IterState::Values { items, index, .. } => {
            let item = items.get(*index).cloned();
            if item.is_some() {
                items[*index] = Value::None;
            }
            *index += 1;
            Ok(item)
        }
        IterState::Enumerate { .. } => {
            drop(s);
            match next_pair(interp, state) {
                Some(pair) => Ok(pair?.map(|(i, item)| Value::tuple(vec![i, item]))),
                None => unreachable!("an enumerate iterator gives pairs"),
            }
        }
        IterState::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            drop(s);
            if inners.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(inners.len());
            for (i, it) in inners.iter().enumerate() {
                match interp.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        // Done for good, and still a zip: no iterable is asked again.
                        if let IterState::Zip { inners, .. } = &mut *state.borrow_mut() {
                            inners.clear();
                        }
                        if strict {
                            zip_check_lengths(interp, &inners, i)?;
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        IterState::Callable { function, sentinel } => {
            if function.is_none() {
                return Ok(None);
            }
            let (function, sentinel) = (function.clone(), sentinel.clone());
            drop(s);
            // Once done, CPython lets go of the callable: later steps end at once.
            let finish = || {
                if let IterState::Callable { function, .. } = &mut *state.borrow_mut() {
                    *function = Value::None;
                }
            };
            let value = match interp.call(&function, &[], &[]) {
                Ok(value) => value,
                Err(e) if e.is_instance_of(&types().stop_iteration) => {
                    finish();
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if interp.eq(&value, &sentinel)? {
                finish();
                return Ok(None);
            }
            Ok(Some(value))
        }
        IterState::Map { function, inners } => {
            let (function, inners) = (function.clone(), inners.clone());
            drop(s);
            let mut args = Vec::with_capacity(inners.len());
            for it in &inners {
                match interp.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(interp.call(&function, &args, &[])?))
        }
        IterState::Filter { function, inner } => {
            let (function, inner) = (function.clone(), inner.clone());
            drop(s);
            while let Some(v) = interp.next(&inner)? {
                let keep = if function.is_none() {
                    interp.truthy(&v)?
                } else {
                    let r = interp.call(&function, std::slice::from_ref(&v), &[])?;
                    interp.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Exhausted => Ok(None),
    }
}

/// The next pair of a dict-items or `enumerate` iterator, as two values without the tuple
/// the iterator gives Python code: what `for k, v in d.items()` and `for i, x in
/// enumerate(xs)` store in two locals. `None` when `state` is another kind of iterator.
/// The one step of both kinds: `iterator_next` makes its tuple from it.
pub fn next_pair(
    interp: &Interp,
    state: &RefCell<IterState>,
) -> Option<PResult<Option<(Value, Value)>>> {
    let mut s = state.borrow_mut();
    match &mut *s {
        IterState::Dict {
            dict,
            index,
            len,
            remaining,
            what: DictView::Items,
        } => Some(dict_step(dict, index, len, remaining, |k, v| {
            (k.value.clone(), v.clone())
        })),
        IterState::Enumerate { inner, count } => {
            let inner = inner.clone();
            let c = count.clone();
            drop(s);
            Some((|| {
                let Some(v) = interp.next(&inner)? else {
                    return Ok(None);
                };
                let next_count = match c {
                    Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                    _ => interp.binary_op(ast::BinOp::Add, &c, &Value::Int(1))?,
                };
                if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                    *count = next_count;
                }
                Ok(Some((c, v)))
            })())
        }
        _ => None,
    }
}

/// One step of a dict iterator, read live as CPython's `dictiter_iternext*`: `pick` takes
/// what the view gives from the next live entry. Fails if the dict changed size, and at
/// every later step; an entry found beyond the count still to come means keys were
/// removed and others added.
fn dict_step<T>(
    dict: &mut Rc<RefCell<Dict>>,
    index: &mut usize,
    len: &mut usize,
    remaining: &mut usize,
    pick: impl FnOnce(&Key, &Value) -> T,
) -> PResult<Option<T>> {
    let d = dict.borrow();
    if d.len() != *len {
        *len = ITERATION_CHANGED;
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let Some((position, k, v)) = d.next_entry_from(*index) else {
        return Ok(None);
    };
    if *remaining == 0 {
        // CPython then lets go of the dict: later steps end the iteration.
        drop(d);
        *dict = Rc::new(RefCell::new(Dict::default()));
        (*index, *len) = (0, 0);
        return Err(runtime_error("dictionary keys changed during iteration"));
    }
    *remaining -= 1;
    *index = position + 1;
    Ok(Some(pick(k, v)))
}

/// `zip(..., strict=True)` found iterable `exhausted` at its end: the others must end too
/// (CPython's messages name the arguments from 1).
fn zip_check_lengths(interp: &Interp, inners: &[Value], exhausted: usize) -> PResult<()> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if exhausted > 0 {
        return Err(value_error(format!(
            "zip() argument {} is shorter than argument{}{exhausted}",
            exhausted + 1,
            plural(exhausted)
        )));
    }
    for (i, it) in inners.iter().enumerate().skip(1) {
        if interp.next(it)?.is_some() {
            return Err(value_error(format!(
                "zip() argument {} is longer than argument{}{i}",
                i + 1,
                plural(i)
            )));
        }
    }
    Ok(())
}

/// The iterator classes a program calls to make an iterator (`map(f, xs)`), each with the
/// native that builds one. As in CPython they are classes: `isinstance(m, map)`,
/// `type(zip([])) is zip`.
pub const ITERATOR_CONSTRUCTORS: &[&BuiltinFunction] = &[
    native!("reversed", reversed, sig = &signatures::REVERSED),
    native!("enumerate", enumerate),
    native!("zip", zip, sig = &signatures::ZIP),
    native!("map", map),
    native!("filter", filter, sig = &signatures::FILTER),
];

pub fn new_iter(state: IterState) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

pub fn reversed(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("reversed", args, 1, 1)?;
    let v = &args[0];
    let items = match v {
        // Lazy, as in CPython: the same range stepped the other way.
        Value::Range(r) => return interp.iter(&Value::Range(Rc::new(range::reversed(r)))),
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => interp.collect_iterable(v)?,
        Value::Dict(d) => d.borrow().keys().map(|k| k.value.clone()).collect(),
        Value::Native(native) if matches!(&**native, Native::DictView(..)) => {
            interp.collect_iterable(v)?
        }
        Value::Instance(inst) => {
            if let Some(f) = inst.class.lookup(sym::REVERSED) {
                return interp.call_special(sym::REVERSED, &f, std::slice::from_ref(v), &[]);
            }
            if inst.class.lookup(sym::GETITEM).is_some() && inst.class.lookup(sym::LEN).is_some() {
                interp.collect_iterable(v)?
            } else {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    type_name(v)
                )));
            }
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(v)
            )))
        }
    };
    let mut items = items;
    items.reverse();
    let kind = match v {
        Value::List(_) => "list_reverseiterator",
        Value::Range(_) => "range_iterator",
        Value::Dict(_) => "dict_reversekeyiterator",
        Value::Native(native) => match &**native {
            Native::DictView(_, DictView::Keys) => "dict_reversekeyiterator",
            Native::DictView(_, DictView::Values) => "dict_reversevalueiterator",
            Native::DictView(_, DictView::Items) => "dict_reverseitemiterator",
            _ => "reversed",
        },
        _ => "reversed",
    };
    Ok(new_iter(IterState::Values {
        items,
        index: 0,
        kind,
    }))
}

/// `enumerate(iterable, start=0)`, with the argument checks of CPython's own fast path
/// for it (`enum_vectorcall`), whose messages differ from Argument Clinic's.
fn enumerate(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let invalid = |key: &Sym| {
        type_error(format!(
            "'{key}' is an invalid keyword argument for enumerate()"
        ))
    };
    let (iterable, start) = match (args, kwargs) {
        ([], []) => {
            return Err(type_error(
                "enumerate() missing required argument 'iterable'",
            ))
        }
        ([iterable], []) => (iterable.clone(), None),
        ([iterable, start], []) => (iterable.clone(), Some(start.clone())),
        ([], [(key, iterable)]) if &*key.name() == "iterable" => (iterable.clone(), None),
        ([iterable], [(key, start)]) if &*key.name() == "start" => {
            (iterable.clone(), Some(start.clone()))
        }
        ([], [(first, a), (second, b)]) => match (&*first.name(), &*second.name()) {
            ("iterable", "start") => (a.clone(), Some(b.clone())),
            ("start", "iterable") => (b.clone(), Some(a.clone())),
            ("iterable" | "start", _) => return Err(invalid(second)),
            _ => return Err(invalid(first)),
        },
        (_, [(key, _)]) if args.len() <= 1 => return Err(invalid(key)),
        _ => {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                args.len() + kwargs.len()
            )))
        }
    };
    let start = start.unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&start)
        )));
    }
    let inner = interp.iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let inners = args
        .iter()
        .map(|a| interp.iter(a))
        .collect::<PResult<Vec<_>>>()?;
    Ok(new_iter(IterState::Zip { inners, strict }))
}

fn map(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let inners = args[1..]
        .iter()
        .map(|a| interp.iter(a))
        .collect::<PResult<Vec<_>>>()?;
    Ok(new_iter(IterState::Map {
        function: args[0].clone(),
        inners,
    }))
}

fn filter(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    }
    let inner = interp.iter(&args[1])?;
    Ok(new_iter(IterState::Filter {
        function: args[0].clone(),
        inner,
    }))
}

/// `next(it)` and `next(it, default)`: the next item, else the default, else StopIteration.
pub fn next(interp: &Interp, it: &Value, default: Option<&Value>) -> PResult {
    if !matches!(it, Value::Iterator(_) | Value::Instance(_)) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(&types().stop_iteration, "")),
        },
    }
}
