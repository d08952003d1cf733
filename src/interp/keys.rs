//! Dict and set lookups that may run Python: the one place a key's user `__eq__` is called
//! for a single-key operation (`d[k]`, `d[k] = v`, `del d[k]`, `in`, `get`, `pop`,
//! `setdefault`, `update`, `set.add`/`discard`/`remove`, displays), with no borrow of the
//! table held while it runs and its exceptions propagated. See `value/key.rs`.

use std::cell::RefCell;
use std::ops::Deref;

use super::Interp;
use crate::exception::PResult;
use crate::value::{Dict, Key, KeyTable, Set, Value};

impl Interp {
    /// The position of the key equal to `key` in the table `read` gives access to.
    ///
    /// `read` is called afresh for each look at the table (a `RefCell` borrow that ends
    /// before any Python runs, or a plain reference to a table Python cannot reach). As in
    /// CPython's `lookdict`, stored keys are compared in probe order, identity first; when a
    /// user `__eq__` says yes, the key is found again by identity, and the search restarts
    /// if `__eq__` removed it meanwhile.
    pub fn find_key_with<T, R>(&self, read: impl Fn() -> R, key: &Key) -> PResult<Option<usize>>
    where
        T: KeyTable + ?Sized,
        R: Deref<Target = T>,
    {
        Ok(match self.lookup(read, key, OnVanished::Restart)? {
            Lookup::At(position) => Some(position),
            Lookup::Vanished | Lookup::Absent => None,
        })
    }

    /// The search of [`Interp::find_key_with`], with what to do when a user `__eq__` said
    /// yes and its key is gone by the time it returned.
    #[inline]
    fn lookup<T, R>(&self, read: impl Fn() -> R, key: &Key, vanished: OnVanished) -> PResult<Lookup>
    where
        T: KeyTable + ?Sized,
        R: Deref<Target = T>,
    {
        'search: loop {
            let mut undecided = Vec::new();
            let builtin = read().probe(key, Some(&mut undecided));
            if undecided.is_empty() {
                return Ok(builtin.map_or(Lookup::Absent, Lookup::At));
            }
            for stored in undecided {
                // CPython compares the stored key with the probe: `stored == key`.
                if self.eq(&stored, &key.value)? {
                    match read().position_of_identical(key.hash, &stored) {
                        Some(position) => return Ok(Lookup::At(position)),
                        None if vanished == OnVanished::Restart => continue 'search,
                        None => return Ok(Lookup::Vanished),
                    }
                }
            }
            // Python ran, so the table may have moved: find the built-in match again.
            let again = builtin.and_then(|_| read().probe(key, None));
            return Ok(again.map_or(Lookup::Absent, Lookup::At));
        }
    }

    /// [`Interp::find_key_with`] on a dict or set that Python code can reach.
    pub fn find_key<T: KeyTable>(&self, table: &RefCell<T>, key: &Key) -> PResult<Option<usize>> {
        self.find_key_with(|| table.borrow(), key)
    }

    /// `d[key]`, `d.get(key)`: the value stored under `key`.
    pub fn dict_get(&self, dict: &RefCell<Dict>, key: &Key) -> PResult<Option<Value>> {
        Ok(self
            .find_key(dict, key)?
            .and_then(|i| dict.borrow().value_at(i).cloned()))
    }

    /// `d[key] = value`: an existing key keeps its place (and its key object, as in CPython).
    pub fn dict_set(&self, dict: &RefCell<Dict>, key: Key, value: Value) -> PResult<()> {
        let found = self.find_key(dict, &key)?;
        store(&mut dict.borrow_mut(), found, key, value);
        Ok(())
    }

    /// `d[key] = value` on a dict being built, which no Python code can reach yet.
    pub fn dict_set_local(&self, dict: &mut Dict, key: Key, value: Value) -> PResult<()> {
        let found = self.find_key_with(|| &*dict, &key)?;
        store(dict, found, key, value);
        Ok(())
    }

    /// `d.setdefault(key, default)`: the stored value, or `default` stored under `key`.
    pub fn dict_setdefault(&self, dict: &RefCell<Dict>, key: Key, default: Value) -> PResult {
        if let Some(i) = self.find_key(dict, &key)? {
            if let Some(v) = dict.borrow().value_at(i) {
                return Ok(v.clone());
            }
        }
        store(&mut dict.borrow_mut(), None, key, default.clone());
        Ok(default)
    }

    /// `del d[key]`, `d.pop(key)`: the value removed, if the key was there.
    pub fn dict_remove(&self, dict: &RefCell<Dict>, key: &Key) -> PResult<Option<Value>> {
        Ok(match self.find_key(dict, key)? {
            Some(i) => dict.borrow_mut().remove_at(i).map(|(_, v)| v),
            None => None,
        })
    }

    /// `key in s` for a set that Python code can reach.
    pub fn set_contains(&self, set: &RefCell<Set>, key: &Key) -> PResult<bool> {
        Ok(self.find_key(set, key)?.is_some())
    }

    /// `s.add(key)`: false if an equal key was already there.
    pub fn set_add(&self, set: &RefCell<Set>, key: Key) -> PResult<bool> {
        // CPython's `set_add_entry` takes a user `__eq__`'s yes as "already there" even when
        // that `__eq__` removed the key it was comparing.
        if self.lookup(|| set.borrow(), &key, OnVanished::Present)? != Lookup::Absent {
            return Ok(false);
        }
        set.borrow_mut().insert_absent(key);
        Ok(true)
    }

    /// `s.add(key)` on a set being built (a display, a comprehension).
    pub fn set_add_local(&self, set: &mut Set, key: Key) -> PResult<bool> {
        if self.find_key_with(|| &*set, &key)?.is_some() {
            return Ok(false);
        }
        set.insert_absent(key);
        Ok(true)
    }

    /// `s.discard(key)`: true if the key was there.
    pub fn set_discard(&self, set: &RefCell<Set>, key: &Key) -> PResult<bool> {
        Ok(match self.find_key(set, key)? {
            Some(slot) => set.borrow_mut().remove_at(slot),
            None => false,
        })
    }
}

/// Changes a set that Python code can reach by a whole-table operation (`|=`, `update`,
/// `-=`, `^=`...) whose key comparisons may run a user `__eq__`: the operation runs on a
/// copy with no borrow held (the table's own steps, which decide its order, are kept), and
/// the result then replaces the set's table. Python code run meanwhile sees the set as it
/// was, never a held borrow or a half-rebuilt table.
pub fn change_set_by_copy(set: &RefCell<Set>, change: impl FnOnce(&mut Set)) {
    let mut copy = set.borrow().clone();
    change(&mut copy);
    set.borrow_mut().swap_bodies(copy);
}

/// What a lookup found.
#[derive(PartialEq, Eq)]
enum Lookup {
    At(usize),
    /// A user `__eq__` matched a key that it then removed.
    Vanished,
    Absent,
}

/// What a lookup does when a user `__eq__` matched a key it then removed: restart (dicts,
/// and set lookups, as CPython's `lookdict` and `set_lookkey`), or count the key as present
/// (`set_add_entry`).
#[derive(PartialEq, Eq, Clone, Copy)]
enum OnVanished {
    Restart,
    Present,
}

/// Stores `value` under `key` at `found` (a position a lookup just returned), or as a new
/// entry at the end.
fn store(dict: &mut Dict, found: Option<usize>, key: Key, value: Value) {
    match found.and_then(|i| dict.value_at_mut(i)) {
        Some(slot) => *slot = value,
        None => dict.insert_absent(key, value),
    }
}
