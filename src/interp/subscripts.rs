//! Subscripts: `obj[index]` read, set and deleted, for the built-in containers and through
//! `__getitem__`, `__setitem__`, `__delitem__`, `__class_getitem__`.

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::{sym, Sym};
use crate::types::type_name;
use crate::types::{list, sequence};
use crate::value::*;

impl Interp {
    pub fn get_item(&self, obj: &Value, index: &Value) -> PResult {
        match (obj, index) {
            (
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_),
                Value::Instance(_),
            ) => match self.index_value(index)? {
                Some(i) => self.get_item(obj, &i),
                None => sequence::sequence_get_item(self, obj, index),
            },
            (Value::List(l), Value::Int(i)) => {
                let l = l.borrow();
                match normalize_index(*i, l.len()) {
                    Some(i) => Ok(l[i].clone()),
                    None => Err(index_error("list index out of range")),
                }
            }
            (Value::Tuple(t), Value::Int(i)) => match normalize_index(*i, t.len()) {
                Some(i) => Ok(t[i].clone()),
                None => Err(index_error("tuple index out of range")),
            },
            (Value::Dict(d), _) => {
                let key = self.key(index.clone())?;
                match self.dict_get(d, &key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(index.clone())),
                }
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::GETITEM) {
                Some(f) => self.call_special(sym::GETITEM, &f, &[obj.clone(), index.clone()], &[]),
                None => Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    inst.class.name
                ))),
            },
            (Value::Class(c), _) if c.lookup(sym::CLASS_GETITEM).is_some() => {
                let hook = c.lookup(sym::CLASS_GETITEM).unwrap_or(Value::None);
                let hook = self.descriptor_get(hook, None, c, sym::CLASS_GETITEM)?;
                self.call(&hook, std::slice::from_ref(index), &[])
            }
            (Value::Class(c), _)
                if c.module == Sym::intern("builtins") || (library().generic_alias)(c) =>
            {
                // `list[int]` in annotations evaluated at run time: a harmless alias.
                Ok(obj.clone())
            }
            _ => sequence::sequence_get_item(self, obj, index),
        }
    }

    pub fn set_item(&self, obj: &Value, index: Value, value: Value) -> PResult<()> {
        match (obj, &index) {
            (Value::List(_), Value::Instance(_)) => match self.index_value(&index)? {
                Some(i) => self.set_item(obj, i, value),
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(&index)
                ))),
            },
            (Value::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let len = l.len();
                match normalize_index(*i, len) {
                    Some(i) => {
                        l[i] = value;
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            (Value::Dict(d), _) => {
                let key = self.key(index)?;
                self.dict_set(d, key, value)
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::SETITEM) {
                Some(f) => self
                    .call_special(sym::SETITEM, &f, &[obj.clone(), index, value], &[])
                    .map(|_| ()),
                None => Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    inst.class.name
                ))),
            },
            (Value::List(_), Value::Slice(_)) => list::list_set_slice(self, obj, &index, value),
            (Value::List(_), _) => Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(&index)
            ))),
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn del_item(&self, obj: &Value, index: &Value) -> PResult<()> {
        match (obj, index) {
            (Value::List(_), Value::Instance(_)) => match self.index_value(index)? {
                Some(i) => self.del_item(obj, &i),
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(index)
                ))),
            },
            (Value::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let len = l.len();
                match normalize_index(*i, len) {
                    Some(i) => {
                        l.remove(i);
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            (Value::List(_), Value::Slice(_)) => list::list_del_slice(self, obj, index),
            (Value::Dict(d), _) => {
                let key = self.key(index.clone())?;
                match self.dict_remove(d, &key)? {
                    Some(_) => Ok(()),
                    None => Err(key_error(index.clone())),
                }
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::DELITEM) {
                Some(f) => self
                    .call_special(sym::DELITEM, &f, &[obj.clone(), index.clone()], &[])
                    .map(|_| ()),
                None => Err(type_error(format!(
                    "'{}' object does not support item deletion",
                    inst.class.name
                ))),
            },
            // Sequences CPython can index but not change say "doesn't"; other objects
            // "does not" (its two messages, from PySequence_DelItem and PyObject_DelItem).
            (Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::FrozenSet(_), i)
                if !matches!(i, Value::Slice(_)) =>
            {
                Err(type_error(format!(
                    "'{}' object doesn't support item deletion",
                    type_name(obj)
                )))
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item deletion",
                type_name(obj)
            ))),
        }
    }
}

/// A Python index (negative counts from the end) as a position, if in range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}
