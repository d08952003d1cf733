//! Dict and set keys, and how a lookup compares them.
//!
//! Comparing two keys may run Python (a user `__eq__`), and Python code may read or change
//! the very dict or set being searched. So a lookup is split in two (`Interp::find_key`):
//! the table is probed under a short borrow comparing only what needs no Python
//! ([`builtin_key_eq`]), collecting the stored keys a user `__eq__` must decide
//! ([`KeyTable::probe`]); the borrow is released, `__eq__` runs, and the winner is found
//! again by identity ([`KeyTable::position_of_identical`]), restarting if it went away
//! meanwhile, as CPython's `lookdict` does.

use std::hash::{Hash, Hasher};

use super::{Dict, Set, Value};
use crate::interp;
use crate::ops;
use crate::symbol::sym;

/// A dict or set key: a hashable value with its Python hash computed once.
#[derive(Clone)]
pub struct Key {
    pub hash: u64,
    pub value: Value,
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash)
    }
}

/// Equality for the hash tables' own use (growing, copying, set algebra on snapshots):
/// Python's `==`, a user `__eq__` included.
impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && keys_equal(&self.value, &other.value)
    }
}
impl Eq for Key {}

/// Key equality decided without running Python: `Some` for built-in values and for the
/// same object (identity first, as CPython's `PyObject_RichCompareBool`), `None` when a
/// user `__eq__` must decide.
pub fn builtin_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Str(x), Str(y)) => Some(std::rc::Rc::ptr_eq(x, y) || x.text == y.text),
        // The same float (see `ops::is_same`) is the same key, NaN included.
        (Float(x), Float(y)) if x.to_bits() == y.to_bits() => Some(true),
        (BoundMethod(x), BoundMethod(y)) => Some(ops::bound_methods_equal(x, y)),
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            Some(ops::numeric_eq(a, b))
        }
        (Tuple(x), Tuple(y)) => {
            if super::Tuple::ptr_eq(x, y) {
                return Some(true);
            }
            if x.len() != y.len() {
                return Some(false);
            }
            let mut undecided = false;
            for (p, q) in x.iter().zip(y.iter()) {
                match builtin_key_eq(p, q) {
                    Some(false) => return Some(false),
                    Some(true) => {}
                    Option::None => undecided = true,
                }
            }
            if undecided {
                Option::None
            } else {
                Some(true)
            }
        }
        (FrozenSet(x), FrozenSet(y)) => Some(x.len() == y.len() && x.iter().all(|k| y.contains(k))),
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => Some(true),
        _ if a.identity() == b.identity() && a.identity() != 0 => Some(true),
        (Instance(_), _) | (_, Instance(_)) if has_user_eq(a) || has_user_eq(b) => Option::None,
        _ => Some(false),
    }
}

fn has_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(x) => x
            .class
            .lookup(sym::EQ)
            .is_some_and(|f| matches!(f, Value::Function(_))),
        _ => false,
    }
}

/// Equality of hashable values as Python's `==` sees it (1 == 1.0 == True), a user `__eq__`
/// included; an error inside `__eq__` counts as "not equal" here. Lookups that must report
/// it go through `Interp::find_key` instead.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    match builtin_key_eq(a, b) {
        Some(equal) => equal,
        None => interp::with_current(|interp| interp.eq(a, b).unwrap_or(false)).unwrap_or(false),
    }
}

/// A hash table of keys that `Interp::find_key` can search without holding a borrow while
/// Python runs. Positions are the table's own (an entry index, a slot).
pub trait KeyTable {
    /// Probes for `key` in the table's probe order, comparing with [`builtin_key_eq`]:
    /// returns the first built-in match, after pushing onto `undecided` every stored key met
    /// before it that a user `__eq__` must compare (none when `undecided` is `None`).
    fn probe(&self, key: &Key, undecided: Option<&mut Vec<Value>>) -> Option<usize>;

    /// The position of the entry whose key is the object `stored` itself.
    fn position_of_identical(&self, hash: u64, stored: &Value) -> Option<usize>;
}

/// The candidate test of a probe: built-in equality, or note the key as undecided.
#[inline]
fn probe_match(stored: &Key, key: &Key, undecided: &mut Option<&mut Vec<Value>>) -> bool {
    if stored.hash != key.hash {
        return false;
    }
    // The common keys first, without the general match: strs and small ints.
    match (&stored.value, &key.value) {
        (Value::Str(x), Value::Str(y)) => return std::rc::Rc::ptr_eq(x, y) || x.text == y.text,
        (Value::Int(x), Value::Int(y)) => return x == y,
        _ => {}
    }
    match builtin_key_eq(&stored.value, &key.value) {
        Some(equal) => equal,
        None => {
            if let Some(list) = undecided {
                list.push(stored.value.clone());
            }
            false
        }
    }
}

/// Whether `stored` is the very key `value` a user `__eq__` was asked about. Values without
/// an identity of their own (small ints, floats, None, bools) are the same when they are equal
/// as built-in values: an immediate value cannot be told from its copy, and a search must not
/// restart for ever looking for one.
fn identical(stored: &Key, hash: u64, value: &Value) -> bool {
    if stored.hash != hash {
        return false;
    }
    match (stored.value.identity(), value.identity()) {
        (0, 0) => builtin_key_eq(&stored.value, value) == Some(true),
        (a, b) => a == b,
    }
}

impl KeyTable for Dict {
    #[inline]
    fn probe(&self, key: &Key, mut undecided: Option<&mut Vec<Value>>) -> Option<usize> {
        self.find_position(key.hash, |stored| probe_match(stored, key, &mut undecided))
    }

    fn position_of_identical(&self, hash: u64, stored: &Value) -> Option<usize> {
        self.find_position(hash, |k| identical(k, hash, stored))
    }
}

impl KeyTable for Set {
    fn probe(&self, key: &Key, mut undecided: Option<&mut Vec<Value>>) -> Option<usize> {
        self.find_by(key.hash, |stored| probe_match(stored, key, &mut undecided))
    }

    fn position_of_identical(&self, hash: u64, stored: &Value) -> Option<usize> {
        self.find_by(hash, |k| identical(k, hash, stored))
    }
}
