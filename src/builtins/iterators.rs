//! The builtin iterators: `iter`, `next`, `enumerate`, `zip`, `map`, `filter`, `reversed`, and the iteration protocol.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::ops::to_bigint;
use crate::syntax::ast;
use crate::types::types;
use crate::value::*;

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
        } => {
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
            Ok(Some(match what {
                DictView::Keys => k.value.clone(),
                DictView::Values => v.clone(),
                DictView::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
            }))
        }
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
        IterState::Enumerate { inner, count } => {
            let inner = inner.clone();
            let c = count.clone();
            drop(s);
            let Some(v) = interp.next(&inner)? else {
                return Ok(None);
            };
            let next_count = interp.binary_op(ast::BinOp::Add, &c, &Value::Int(1))?;
            if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                *count = next_count;
            }
            Ok(Some(Value::tuple(vec![c, v])))
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

/// `n.bit_length()` for any int.
pub fn bit_length(v: &Value) -> Option<u64> {
    to_bigint(v).map(|b| b.bits())
}
