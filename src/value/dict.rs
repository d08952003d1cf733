//! `dict` storage: entries in insertion order plus a hash index into them, as CPython's
//! compact dict keeps them (Objects/dictobject.c).
//!
//! A deleted entry leaves a tombstone in the entry list instead of shifting every later
//! entry down (which made deleting 100,000 keys in insertion order take 18 s). Tombstones
//! are dropped all at once when they outnumber the live entries, so every operation stays
//! amortised O(1) and iteration skips at most as many tombstones as it visits entries.
//!
//! The method names follow `indexmap::IndexMap`, which this replaces, so callers read the
//! same; there is no positional access (positions move when tombstones are dropped).

use hashbrown::HashTable;

use std::hash::BuildHasher;

use super::{BuildMix, Key, Value};

/// A dict's key-value pairs in insertion order.
#[derive(Default)]
pub struct Dict {
    /// Positions in `entries` of the live entries, found by the key's hash.
    /// Positions are `u32`: half the index's memory, and no dict gets near 4 billion entries
    /// (that many entries would take over 160 GB).
    index: HashTable<u32>,
    /// Entries in insertion order; `None` is the tombstone of a deleted one.
    entries: Vec<Option<(Key, Value)>>,
}

impl Clone for Dict {
    /// A copy without tombstones.
    fn clone(&self) -> Dict {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The position in `entries` of `key`, if present.
    fn position(&self, key: &Key) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(table_hash(key), |&i| {
                entries[i as usize].as_ref().is_some_and(|(k, _)| k == key)
            })
            .map(|&i| i as usize)
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        let i = self.position(key)?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &Key) -> Option<&mut Value> {
        let i = self.position(key)?;
        self.entries[i].as_mut().map(|(_, v)| v)
    }

    /// The stored key equal to `key` and its value (`{1: 'a'}` keeps the key `1` when
    /// `1.0` is looked up).
    pub fn get_key_value(&self, key: &Key) -> Option<(&Key, &Value)> {
        let i = self.position(key)?;
        self.entries[i].as_ref().map(|(k, v)| (k, v))
    }

    pub fn contains_key(&self, key: &Key) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key` to `value`: an existing key keeps its place (and its first spelling, as
    /// in CPython), a new one goes last. Returns the value it replaced.
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        if let Some(i) = self.position(&key) {
            return self.entries[i]
                .as_mut()
                .map(|(_, v)| std::mem::replace(v, value));
        }
        self.insert_absent(key, value);
        None
    }

    /// Removes `key`, leaving a tombstone where it was: O(1) however many entries follow.
    pub fn shift_remove(&mut self, key: &Key) -> Option<Value> {
        self.shift_remove_entry(key).map(|(_, v)| v)
    }

    pub fn shift_remove_entry(&mut self, key: &Key) -> Option<(Key, Value)> {
        let entries = &self.entries;
        let found = self.index.find_entry(table_hash(key), |&i| {
            entries[i as usize].as_ref().is_some_and(|(k, _)| k == key)
        });
        let (position, _) = found.ok()?.remove();
        let removed = self.entries[position as usize].take();
        self.drop_tombstones_if_many();
        removed
    }

    /// Removes and returns the last entry (`dict.popitem()`).
    pub fn pop(&mut self) -> Option<(Key, Value)> {
        while let Some(last) = self.entries.pop() {
            if let Some((key, value)) = last {
                let position = self.entries.len();
                if let Ok(entry) = self
                    .index
                    .find_entry(table_hash(&key), |&i| i as usize == position)
                {
                    entry.remove();
                }
                return Some((key, value));
            }
        }
        None
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Key, &Value)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|(k, v)| (k, v)))
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&Key, &mut Value)> + '_ {
        self.entries
            .iter_mut()
            .filter_map(|e| e.as_mut().map(|(k, v)| (&*k, v)))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Key> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + '_ {
        self.iter().map(|(_, v)| v)
    }

    pub fn first(&self) -> Option<(&Key, &Value)> {
        self.iter().next()
    }

    pub fn last(&self) -> Option<(&Key, &Value)> {
        self.iter().next_back()
    }

    /// The first live entry at raw position `position` or after it, with its position: an
    /// iterator keeps the position of its next entry, so a walk over the dict is O(n) however
    /// many tombstones it holds.
    pub fn next_entry_from(&self, position: usize) -> Option<(usize, &Key, &Value)> {
        self.entries
            .get(position..)?
            .iter()
            .enumerate()
            .find_map(|(offset, e)| e.as_ref().map(|(k, v)| (position + offset, k, v)))
    }

    /// The raw position of the first live entry, in the index's probe order for the Python
    /// hash `hash`, whose key `is_match` accepts. Positions stay valid until the dict changes.
    #[inline]
    pub fn find_position(
        &self,
        hash: u64,
        mut is_match: impl FnMut(&Key) -> bool,
    ) -> Option<usize> {
        let probe = Key {
            hash,
            value: Value::None,
        };
        let entries = &self.entries;
        self.index
            .find(table_hash(&probe), |&i| {
                entries[i as usize]
                    .as_ref()
                    .is_some_and(|(k, _)| is_match(k))
            })
            .map(|&i| i as usize)
    }

    /// The value at raw position `position` ([`Dict::find_position`]).
    pub fn value_at(&self, position: usize) -> Option<&Value> {
        self.entries.get(position)?.as_ref().map(|(_, v)| v)
    }

    /// The value at raw position `position`, to change it in place.
    pub fn value_at_mut(&mut self, position: usize) -> Option<&mut Value> {
        self.entries.get_mut(position)?.as_mut().map(|(_, v)| v)
    }

    /// Removes the entry at raw position `position`, leaving a tombstone.
    pub fn remove_at(&mut self, position: usize) -> Option<(Key, Value)> {
        let hash = table_hash(&self.entries.get(position)?.as_ref()?.0);
        if let Ok(entry) = self.index.find_entry(hash, |&i| i as usize == position) {
            entry.remove();
        }
        let removed = self.entries[position].take();
        self.drop_tombstones_if_many();
        removed
    }

    /// Adds `key`, which a lookup has just found absent, as the last entry.
    pub fn insert_absent(&mut self, key: Key, value: Value) {
        let position = self.entries.len();
        let hash = table_hash(&key);
        self.entries.push(Some((key, value)));
        let entries = &self.entries;
        self.index
            .insert_unique(hash, table_position(position), |&i| {
                entry_hash(entries, i as usize)
            });
    }

    /// Compacts once tombstones outnumber live entries: O(n) work paid for by the n
    /// deletions that made them, so deleting every key costs O(n) in all.
    fn drop_tombstones_if_many(&mut self) {
        let tombstones = self.entries.len() - self.len();
        if tombstones <= 8 || tombstones <= self.len() {
            return;
        }
        if self.is_empty() {
            self.entries.clear();
            return;
        }
        self.entries.retain(Option::is_some);
        self.index.clear();
        for (position, entry) in self.entries.iter().enumerate() {
            if let Some((key, _)) = entry {
                let entries = &self.entries;
                self.index
                    .insert_unique(table_hash(key), table_position(position), |&i| {
                        entry_hash(entries, i as usize)
                    });
            }
        }
    }
}

/// An entry position as the index stores it.
#[inline]
fn table_position(position: usize) -> u32 {
    u32::try_from(position).expect("a dict of fewer than 2**32 entries")
}

/// The index's hash of a key: its Python hash mixed, since Python hashes of small ints are the
/// ints themselves and the table picks buckets and tag bits from different ends of the hash.
fn table_hash(key: &Key) -> u64 {
    BuildMix::default().hash_one(key)
}

/// The index's hash of the entry at `position` (tombstones are never in the index).
fn entry_hash(entries: &[Option<(Key, Value)>], position: usize) -> u64 {
    entries[position].as_ref().map_or(0, |(k, _)| table_hash(k))
}

impl IntoIterator for Dict {
    type Item = (Key, Value);
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Option<(Key, Value)>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter().flatten()
    }
}

impl FromIterator<(Key, Value)> for Dict {
    fn from_iter<I: IntoIterator<Item = (Key, Value)>>(items: I) -> Dict {
        let mut dict = Dict::new();
        dict.extend(items);
        dict
    }
}

impl Extend<(Key, Value)> for Dict {
    fn extend<I: IntoIterator<Item = (Key, Value)>>(&mut self, items: I) {
        for (key, value) in items {
            self.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: i64) -> Key {
        Key {
            hash: n as u64,
            value: Value::Int(n),
        }
    }

    fn keys(d: &Dict) -> Vec<i64> {
        d.keys()
            .map(|k| match k.value {
                Value::Int(n) => n,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn deleting_keeps_order_and_reinserting_goes_last() {
        let mut d: Dict = (0..100).map(|n| (key(n), Value::Int(n))).collect();
        for n in 0..90 {
            assert!(d.shift_remove(&key(n)).is_some());
        }
        assert_eq!(keys(&d), (90..100).collect::<Vec<_>>());
        d.insert(key(5), Value::None);
        d.insert(key(95), Value::None);
        assert_eq!(keys(&d).last(), Some(&5));
        assert_eq!(d.len(), 11);
        assert!(d.shift_remove(&key(42)).is_none());
        assert!(d.contains_key(&key(99)) && !d.contains_key(&key(0)));
        let (first, _, _) = d.next_entry_from(0).expect("a live entry");
        let (_, second, _) = d.next_entry_from(first + 1).expect("a second one");
        assert_eq!(second.hash, 91);
    }

    #[test]
    fn pop_skips_tombstones_at_the_end() {
        let mut d: Dict = (0..5).map(|n| (key(n), Value::Int(n))).collect();
        d.shift_remove(&key(4));
        d.shift_remove(&key(3));
        assert_eq!(d.pop().map(|(k, _)| k.hash), Some(2));
        assert_eq!(keys(&d), vec![0, 1]);
        d.insert(key(2), Value::None);
        assert_eq!(keys(&d), vec![0, 1, 2]);
        d.clear();
        assert!(d.pop().is_none() && d.is_empty());
    }
}
