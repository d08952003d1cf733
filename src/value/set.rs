//! `set` and `frozenset` storage: CPython's open-addressing table (Objects/setobject.c), so
//! iteration and display order match CPython's for keys whose hashes pyco computes the way
//! CPython does (ints, floats, bools, tuples of those; strs are salted in CPython anyway).
//!
//! The table is a power-of-two array of slots. A key starts at `hash & mask`, looks at up to
//! `LINEAR_PROBES` neighbours, then jumps with the perturbed recurrence `i = 5i + 1 + perturb`.
//! Deleted keys leave dummies so probe chains stay intact; `fill` counts active + dummy slots,
//! and the table grows (and drops its dummies) when `fill` reaches 3/5 of it.

use super::{keys_equal, Key};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted key: probing continues past it, and an insert may reuse it.
    Dummy,
    Active(Key),
}

/// A set of keys in CPython's table order.
#[derive(Clone)]
pub struct Set {
    /// `mask + 1` slots, a power of two, at least `MIN_SIZE`.
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: the set's length.
    used: usize,
    /// Where `pop` starts looking, so repeated pops don't rescan the front.
    finger: usize,
}

impl Default for Set {
    fn default() -> Set {
        Set {
            table: empty_table(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

fn empty_table(size: usize) -> Vec<Slot> {
    let mut table = Vec::with_capacity(size);
    table.resize_with(size, || Slot::Empty);
    table
}

/// The slots probed for `hash`, in CPython's order: a run of up to `LINEAR_PROBES + 1`
/// neighbours (only one when the run would pass the end), then a perturbed jump.
struct Probe {
    index: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: u64, mask: usize) -> Probe {
        Probe {
            index: hash as usize & mask,
            perturb: hash,
            mask,
        }
    }
    /// The slots of the current run.
    fn run(&self) -> std::ops::RangeInclusive<usize> {
        let probes = if self.index + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
        self.index..=self.index + probes
    }
    fn jump(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.index = self
            .index
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}

impl Set {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Key> + '_ {
        self.table.iter().filter_map(|slot| match slot {
            Slot::Active(key) => Some(key),
            _ => None,
        })
    }

    /// The slot holding a key equal to `key` (Python's `==`, a user `__eq__` included).
    fn find(&self, key: &Key) -> Option<usize> {
        self.find_by(key.hash, |k| {
            k.hash == key.hash && keys_equal(&k.value, &key.value)
        })
    }

    /// The first slot on `hash`'s probe chain whose key `is_match` accepts, in CPython's
    /// probe order.
    pub fn find_by(&self, hash: u64, mut is_match: impl FnMut(&Key) -> bool) -> Option<usize> {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            for index in probe.run() {
                match &self.table[index] {
                    Slot::Empty => return None,
                    Slot::Active(k) if is_match(k) => return Some(index),
                    _ => {}
                }
            }
            probe.jump();
        }
    }

    /// The first key at or after slot `slot`, with its slot: a live set iterator's step.
    pub fn next_active(&self, slot: usize) -> Option<(usize, &Key)> {
        self.table
            .iter()
            .enumerate()
            .skip(slot)
            .find_map(|(index, entry)| match entry {
                Slot::Active(key) => Some((index, key)),
                _ => None,
            })
    }

    /// The key in slot `index` (a position [`Set::find_by`] returned).
    pub fn key_at(&self, index: usize) -> Option<&Key> {
        match self.table.get(index) {
            Some(Slot::Active(key)) => Some(key),
            _ => None,
        }
    }

    /// Removes the key in slot `index` (a position [`Set::find_by`] returned), leaving a dummy.
    pub fn remove_at(&mut self, index: usize) -> bool {
        match self.table.get(index) {
            Some(Slot::Active(_)) => {
                self.table[index] = Slot::Dummy;
                self.used -= 1;
                true
            }
            _ => false,
        }
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.find(key).is_some()
    }

    /// `set.add` (`set_add_entry`): false if an equal key is already there.
    pub fn insert(&mut self, key: Key) -> bool {
        self.insert_with(key, |stored, key| {
            stored.hash == key.hash && keys_equal(&stored.value, &key.value)
        })
    }

    /// Adds `key`, which a lookup has just found absent: no key is compared on the way.
    pub fn insert_absent(&mut self, key: Key) {
        self.insert_with(key, |_, _| false);
    }

    /// `set_add_entry` with `equal` deciding whether a stored key is the one being added.
    fn insert_with(&mut self, key: Key, equal: impl Fn(&Key, &Key) -> bool) -> bool {
        let mask = self.mask();
        let mut probe = Probe::new(key.hash, mask);
        let mut free_slot = None;
        let empty = 'search: loop {
            for index in probe.run() {
                match &self.table[index] {
                    Slot::Empty => break 'search index,
                    Slot::Active(k) => {
                        if equal(k, &key) {
                            return false;
                        }
                    }
                    Slot::Dummy => {
                        free_slot.get_or_insert(index);
                    }
                }
            }
            probe.jump();
        };
        self.used += 1;
        if let Some(index) = free_slot {
            self.table[index] = Slot::Active(key);
            return true;
        }
        self.table[empty] = Slot::Active(key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(self.growth_target());
        }
        true
    }

    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: the smallest table larger than `min_used`, without dummies.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, empty_table(size));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(key) = slot {
                insert_clean(&mut self.table, key);
            }
        }
    }

    /// `set.discard` (`set_discard_entry`): true if the key was there.
    pub fn remove(&mut self, key: &Key) -> bool {
        match self.find(key) {
            Some(index) => {
                self.table[index] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set.pop`: the first key at or after the finger.
    pub fn pop(&mut self) -> Option<Key> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !matches!(self.table[index], Slot::Active(_)) {
            index = if index == mask { 0 } else { index + 1 };
        }
        let Slot::Active(key) = std::mem::replace(&mut self.table[index], Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.finger = index + 1;
        Some(key)
    }

    /// `set.clear`: back to the small table (the pop finger stays, as in CPython).
    pub fn clear(&mut self) {
        self.table = empty_table(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// A set display `{a, b, c}`. CPython compiles a display of three or more constants to
    /// an empty set updated from a frozenset constant, which can order the table differently
    /// from adding the items one by one (what it does otherwise).
    pub fn from_display(keys: Vec<Key>, all_constant: bool) -> Set {
        if all_constant && keys.len() > 2 {
            let constant: Set = keys.into_iter().collect();
            constant.copy()
        } else {
            keys.into_iter().collect()
        }
    }

    /// `set_merge`: adds every key of `other`, growing once up front.
    pub fn merge(&mut self, other: &Set) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for key in other.iter() {
                insert_clean(&mut self.table, key.clone());
            }
            return;
        }
        for key in other.iter() {
            self.insert(key.clone());
        }
    }

    /// `set(s)`, `s.copy()`: a new set merged from this one (no dummies, maybe a smaller table).
    pub fn copy(&self) -> Set {
        let mut out = Set::default();
        out.merge(self);
        out
    }

    /// `set.update(d)` for a dict's keys: one resize up front, then inserts in dict order.
    pub fn extend_sized(&mut self, keys: Vec<Key>) {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for key in keys {
            self.insert(key);
        }
    }

    /// `a & b` for two sets (`set_intersection`): walks the smaller one.
    pub fn intersection(&self, other: &Set) -> Set {
        let (walked, probed) = if other.len() > self.len() {
            (self, other)
        } else {
            (other, self)
        };
        walked
            .iter()
            .filter(|key| probed.contains(key))
            .cloned()
            .collect()
    }

    /// `s.intersection(iterable)`: the iterable's keys that are in the set, in its order.
    pub fn intersection_items(&self, items: Vec<Key>) -> Set {
        items.into_iter().filter(|key| self.contains(key)).collect()
    }

    /// `a - b` for two sets (`set_difference`); `other` may be a dict's keys.
    pub fn difference(&self, other: &Set) -> Set {
        if (self.len() >> 2) > other.len() {
            let mut out = self.copy();
            out.difference_update(other.iter());
            return out;
        }
        self.iter()
            .filter(|key| !other.contains(key))
            .cloned()
            .collect()
    }

    /// `set_difference_update_internal`: discards each key, then drops the dummies if more
    /// than a quarter of the table holds them.
    pub fn difference_update<'k>(&mut self, keys: impl Iterator<Item = &'k Key>) {
        for key in keys {
            self.remove(key);
        }
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `set_symmetric_difference_update` with another set: each of its keys is removed if
    /// present, added if not.
    pub fn symmetric_difference_update(&mut self, other: &Set) {
        for key in other.iter() {
            if !self.remove(key) {
                self.insert(key.clone());
            }
        }
    }

    /// `a ^ b` (`set_symmetric_difference`): a copy of `other` updated with `self`.
    pub fn symmetric_difference(&self, other: &Set) -> Set {
        let mut out = other.copy();
        out.symmetric_difference_update(self);
        out
    }

    /// `set_swap_bodies`, as `intersection_update` uses it: takes `other`'s table, keeps the
    /// pop finger.
    pub fn swap_bodies(&mut self, other: Set) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// `hash(frozenset)`, CPython's `frozenset_hash`: order-independent.
    pub fn frozen_hash(&self) -> u64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash = self
            .iter()
            .fold(0u64, |acc, key| acc ^ shuffle_bits(key.hash));
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash
        }
    }
}

/// The other operand of a set method, as CPython's set functions tell them apart.
pub enum SetOperand {
    /// Another set or frozenset: merged table-to-table.
    Set(Set),
    /// A dict's keys: sized up front, then added in dict order.
    DictKeys(Vec<Key>),
    /// Any other iterable's items, added one by one in iteration order.
    Items(Vec<Key>),
}

impl SetOperand {
    /// `make_new_set(type, operand)`: a new set of the operand's keys.
    pub fn into_set(self) -> Set {
        let mut out = Set::default();
        out.update(self);
        out
    }
}

impl Set {
    /// `set_update_internal` (the caller skips `s.update(s)`).
    pub fn update(&mut self, operand: SetOperand) {
        match operand {
            SetOperand::Set(other) => self.merge(&other),
            SetOperand::DictKeys(keys) => self.extend_sized(keys),
            SetOperand::Items(keys) => self.extend(keys),
        }
    }

    /// `set_intersection` with any operand.
    pub fn intersect(&self, operand: SetOperand) -> Set {
        match operand {
            SetOperand::Set(other) => self.intersection(&other),
            SetOperand::DictKeys(keys) | SetOperand::Items(keys) => self.intersection_items(keys),
        }
    }

    /// `set_difference` with any operand.
    pub fn subtract(&self, operand: SetOperand) -> Set {
        match operand {
            SetOperand::Set(other) => self.difference(&other),
            // Only the dict's size and membership matter here.
            dict @ SetOperand::DictKeys(_) => self.difference(&dict.into_set()),
            SetOperand::Items(keys) => {
                let mut out = self.copy();
                out.difference_update(keys.iter());
                out
            }
        }
    }

    /// `set_difference_update_internal` with any operand (the caller clears on `s -= s`).
    pub fn subtract_in_place(&mut self, operand: SetOperand) {
        match operand {
            SetOperand::Set(other) => self.difference_update(other.iter()),
            SetOperand::DictKeys(keys) | SetOperand::Items(keys) => {
                self.difference_update(keys.iter())
            }
        }
    }

    /// `set_symmetric_difference_update` with any operand (the caller clears on `s ^= s`).
    pub fn symmetric_update(&mut self, operand: SetOperand) {
        match operand {
            SetOperand::Set(other) => self.symmetric_difference_update(&other),
            SetOperand::DictKeys(keys) => {
                for key in keys {
                    if !self.remove(&key) {
                        self.insert(key);
                    }
                }
            }
            items @ SetOperand::Items(_) => self.symmetric_difference_update(&items.into_set()),
        }
    }
}

/// `set_insert_clean`: places a key known to be absent into a table without dummies.
fn insert_clean(table: &mut [Slot], key: Key) {
    let mut probe = Probe::new(key.hash, table.len() - 1);
    loop {
        for index in probe.run() {
            if matches!(table[index], Slot::Empty) {
                table[index] = Slot::Active(key);
                return;
            }
        }
        probe.jump();
    }
}

impl FromIterator<Key> for Set {
    fn from_iter<I: IntoIterator<Item = Key>>(keys: I) -> Set {
        let mut set = Set::default();
        set.extend(keys);
        set
    }
}

impl Extend<Key> for Set {
    /// Adds keys one by one, as CPython adds the items of a non-set iterable.
    fn extend<I: IntoIterator<Item = Key>>(&mut self, keys: I) {
        for key in keys {
            self.insert(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::hash_int;
    use crate::value::Value;

    fn key(i: i64) -> Key {
        Key {
            hash: hash_int(i) as u64,
            value: Value::Int(i),
        }
    }

    fn set_of(items: &[i64]) -> Set {
        items.iter().map(|&i| key(i)).collect()
    }

    fn order(set: &Set) -> Vec<i64> {
        set.iter()
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => i64::MIN,
            })
            .collect()
    }

    // Expected orders below were printed by CPython 3.11.

    #[test]
    fn insertion_and_growth_follow_cpython() {
        assert_eq!(order(&set_of(&[5, 4])), [4, 5]);
        assert_eq!(
            order(&set_of(&[8, 16, 0, 24, 1, 32])),
            [0, 1, 32, 8, 16, 24]
        );
        // The display `{8, 16, 0, 24, 1, 32}` goes through a frozenset constant.
        let display = Set::from_display(
            [8, 16, 0, 24, 1, 32].iter().map(|&i| key(i)).collect(),
            true,
        );
        assert_eq!(order(&display), [0, 1, 32, 16, 8, 24]);
        assert_eq!(
            order(&set_of(&[1000, 7, 31, -1, -2])),
            [7, 1000, -1, -2, 31]
        );
        let collisions = set_of(&[64, 0, 128, 8, 72, 136, 16]);
        assert_eq!(order(&collisions), [64, 0, 128, 72, 8, 136, 16]);
        assert_eq!(order(&collisions.copy()), [64, 0, 128, 16, 72, 8, 136]);
    }

    #[test]
    fn discards_leave_dummies_that_inserts_reuse() {
        let mut s = set_of(&(0..20).collect::<Vec<_>>());
        for i in (0..20).step_by(3) {
            s.remove(&key(i));
        }
        s.insert(key(100));
        s.insert(key(33));
        assert_eq!(
            order(&s),
            [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100]
        );
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut s = set_of(&[1, 2, 3]);
        let popped: Vec<i64> = (0..2)
            .filter_map(|_| s.pop())
            .map(|k| order(&[k].into_iter().collect())[0])
            .collect();
        assert_eq!(popped, [1, 2]);
        s.insert(key(9));
        s.insert(key(1));
        assert!(matches!(s.pop().map(|k| k.value), Some(Value::Int(3))));
        assert_eq!(order(&s), [9, 1]);
    }

    #[test]
    fn set_algebra_orders() {
        let a = set_of(&(1..=11).collect::<Vec<_>>());
        let b = set_of(&[3, 4, 100, 200, 300]);
        let mut union = a.copy();
        union.merge(&b);
        assert_eq!(
            order(&union),
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100, 200, 300]
        );
        assert_eq!(order(&a.intersection(&b)), [3, 4]);
        assert_eq!(order(&a.difference(&b)), [1, 2, 5, 6, 7, 8, 9, 10, 11]);
        assert_eq!(order(&b.difference(&a)), [200, 100, 300]);
        assert_eq!(
            order(&a.symmetric_difference(&b)),
            [1, 2, 5, 6, 7, 200, 8, 9, 10, 11, 100, 300]
        );
        assert_eq!(
            order(&b.symmetric_difference(&a)),
            [1, 2, 5, 6, 7, 8, 9, 10, 11, 100, 200, 300]
        );
    }

    #[test]
    fn frozenset_hashes_match_cpython() {
        assert_eq!(Set::default().frozen_hash() as i64, 133146708735736);
        assert_eq!(set_of(&[1, 2, 3]).frozen_hash() as i64, -272375401224217160);
    }
}
