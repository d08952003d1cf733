//! The object protocols the evaluator leans on: truth value, iteration, hashing into keys,
//! and the mapping protocol (`dict.update`, `**kwargs`).

use super::Interp;
use crate::exception::*;
use crate::symbol::{sym, Sym};
use crate::types::native;
use crate::types::{iterator, range};
use crate::types::{type_name, types};
use crate::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    #[inline]
    pub fn truthy(&self, value: &Value) -> PResult<bool> {
        match value {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy_slow(value),
        }
    }

    #[inline(never)]
    pub(super) fn truthy_slow(&self, value: &Value) -> PResult<bool> {
        Ok(match value {
            Value::Bool(b) => *b,
            Value::None | Value::Unbound => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.text.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(sym::BOOL) {
                    let r = self.call_special(sym::BOOL, &f, std::slice::from_ref(value), &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = inst.class.lookup(sym::LEN) {
                    let r = self.call_special(sym::LEN, &f, std::slice::from_ref(value), &[])?;
                    return Ok(!matches!(r, Value::Int(0)));
                }
                true
            }
            Value::Native(n) => native::native_truthy(n),
            _ => true,
        })
    }

    /// `iter(value)`.
    pub fn iter(&self, value: &Value) -> PResult {
        let state = match value {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: value.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                text: s.clone(),
                byte_index: 0,
            },
            Value::Range(r) => match &r.big {
                Some(big) => {
                    let [start, stop, step] = &**big;
                    IterState::BigRange {
                        next: start.clone(),
                        stop: stop.clone(),
                        step: step.clone(),
                    }
                }
                None => IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
            },
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterState::Dict {
                    dict: d.clone(),
                    index: 0,
                    len,
                    remaining: len,
                    what: DictView::Keys,
                }
            }
            Value::Set(s) => {
                let len = s.borrow().len();
                IterState::Set {
                    set: s.clone(),
                    slot: 0,
                    len,
                }
            }
            Value::FrozenSet(s) => IterState::Values {
                items: s.iter().map(|k| k.value.clone()).collect(),
                index: 0,
                kind: "set_iterator",
            },
            Value::Iterator(_) => return Ok(value.clone()),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(sym::ITER) {
                    return self.call_special(sym::ITER, &f, std::slice::from_ref(value), &[]);
                }
                if inst.class.lookup(sym::GETITEM).is_some() {
                    // The sequence protocol, read lazily: `obj[0]`, `obj[1]`, ... until
                    // IndexError, one item per step (the object may never end).
                    IterState::Seq {
                        seq: value.clone(),
                        index: 0,
                    }
                } else {
                    return Err(type_error(format!(
                        "'{}' object is not iterable",
                        type_name(value)
                    )));
                }
            }
            Value::Native(n) => return native::native_iter(self, value, n),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(value)
                )))
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    /// `next(iterator)`, with exhaustion as `None`.
    /// The next item of an iterator. Every builtin that walks an iterable (`sum`, `any`,
    /// `max`, `list`, `sorted`, `str.join` of a generator...) steps through here, so this is
    /// where their loops look at Ctrl-C: one relaxed load, cheaper than counting.
    pub fn next(&self, iter: &Value) -> PResult<Option<Value>> {
        check()?;
        match iter {
            Value::Iterator(state) => iterator::iterator_next(self, state),
            Value::Instance(inst) => {
                let Some(f) = inst.class.lookup(sym::NEXT) else {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(iter)
                    )));
                };
                match self.call_special(sym::NEXT, &f, std::slice::from_ref(iter), &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance_of(&types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(iter)
            ))),
        }
    }

    pub fn collect_iterable(&self, value: &Value) -> PResult<Vec<Value>> {
        match value {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::Range(r) => {
                let len = range::len(r)?;
                reserve(len, std::mem::size_of::<Value>())?;
                let mut out = Vec::with_capacity(len);
                self.extend_from_iterable(&mut out, value)?;
                Ok(out)
            }
            _ => {
                let mut out = Vec::new();
                self.extend_from_iterable(&mut out, value)?;
                Ok(out)
            }
        }
    }

    pub fn extend_from_iterable(&self, out: &mut Vec<Value>, value: &Value) -> PResult<()> {
        match value {
            Value::List(l) => out.extend(l.borrow().iter().cloned()),
            Value::Tuple(t) => out.extend(t.iter().cloned()),
            _ => {
                let it = self.iter(value)?;
                while let Some(v) = self.next(&it)? {
                    // A safe point: an endless iterator must not fill memory (or ignore Ctrl-C).
                    check()?;
                    out.push(v);
                }
            }
        }
        Ok(())
    }

    /// A dict/set key for `value`, or `TypeError: unhashable type`.
    pub fn key(&self, value: Value) -> PResult<Key> {
        let hash = self.hash(&value)?;
        Ok(Key { hash, value })
    }

    /// Calls `f` with each key (hashed) and value of a mapping, read as CPython's
    /// `PyDict_Merge` reads one: a dict's pairs from a snapshot (its keys' `__eq__` may change
    /// it), anything else through `keys()` and then `mapping[key]` for each key. An object
    /// without `keys` or `__getitem__` gives the `AttributeError` or `TypeError` of that
    /// lookup; callers that need CPython's own message put it in.
    pub fn for_each_mapping_pair(
        &self,
        mapping: &Value,
        mut f: impl FnMut(Key, Value) -> PResult<()>,
    ) -> PResult<()> {
        if let Value::Dict(d) = mapping {
            let pairs: Vec<(Key, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                f(k, v)?;
            }
            return Ok(());
        }
        let keys_method = self.get_attr(mapping, Sym::intern("keys"))?;
        let keys = self.call(&keys_method, &[], &[])?;
        let iterator = self.iter(&keys).map_err(|err| {
            if err.is_instance_of(&types().type_error) {
                type_error(format!(
                    "{}.keys() returned a non-iterable (type {})",
                    type_name(mapping),
                    type_name(&keys)
                ))
            } else {
                err
            }
        })?;
        while let Some(key) = self.next(&iterator)? {
            let value = self.get_item(mapping, &key)?;
            f(self.key(key)?, value)?;
        }
        Ok(())
    }

    /// Whether `value` has a `keys` attribute: what makes `dict(x)` and `d.update(x)` read
    /// `x` as a mapping rather than as pairs.
    pub(super) fn has_keys_method(&self, value: &Value) -> PResult<bool> {
        match self.get_attr(value, Sym::intern("keys")) {
            Ok(_) => Ok(true),
            Err(err) if err.is_instance_of(&types().attribute_error) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// `{**other}` into a dict being built: `other` read as a mapping, with CPython's
    /// `'X' object is not a mapping` for one without `keys()`.
    pub fn dict_update(&self, dict: &mut Dict, other: &Value) -> PResult<()> {
        if let Value::Dict(d) = other {
            if dict.is_empty() {
                dict.clone_from(&d.borrow());
                return Ok(());
            }
        }
        self.for_each_mapping_pair(other, |k, v| self.dict_set_local(dict, k, v))
            .map_err(|err| {
                if err.is_instance_of(&types().attribute_error) {
                    type_error(format!("'{}' object is not a mapping", type_name(other)))
                } else {
                    err
                }
            })
    }

    /// The positional argument of `dict(arg)`, `d.update(arg)` and `d |= arg`, stored into
    /// `dict` in place as CPython's `dict_update_arg` does: a dict or any object with `keys()`
    /// merged as a mapping, anything else iterated as key-value pairs.
    pub fn dict_update_arg(&self, dict: &RefCell<Dict>, arg: &Value) -> PResult<()> {
        if let Value::Dict(d) = arg {
            if dict.borrow().is_empty() {
                let copy = d.borrow().clone();
                *dict.borrow_mut() = copy;
                return Ok(());
            }
        }
        if matches!(arg, Value::Dict(_)) || self.has_keys_method(arg)? {
            return self.for_each_mapping_pair(arg, |k, v| self.dict_set(dict, k, v));
        }
        let iterator = self.iter(arg)?;
        let mut index = 0usize;
        while let Some(item) = self.next(&iterator)? {
            let pair = self.collect_iterable(&item).map_err(|err| {
                if err.is_instance_of(&types().type_error) {
                    type_error(format!(
                        "cannot convert dictionary update sequence element #{index} to a sequence"
                    ))
                } else {
                    err
                }
            })?;
            let [key, value] = <[Value; 2]>::try_from(pair).map_err(|pair| {
                value_error(format!(
                    "dictionary update sequence element #{index} has length {}; 2 is required",
                    pair.len()
                ))
            })?;
            self.dict_set(dict, self.key(key)?, value)?;
            index += 1;
        }
        Ok(())
    }
}
