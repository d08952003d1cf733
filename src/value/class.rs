//! Classes and their instances.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;

use super::{BuildMix, Dict, ExcData, Function, Key, Value};
use crate::symbol::Sym;
use crate::types;

/// What built-in type a class is, or derives from (for user classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    NotImplementedType,
    Ellipsis,
    /// BaseException and every class derived from it: instances carry `ExcData`.
    Exception,
    /// Objects of the async runtime.
    Native,
}

/// A class, built in or user defined. Single inheritance: the MRO is the base chain.
pub struct Class {
    pub name: Sym,
    pub qualname: String,
    /// `"builtins"`, `"__main__"`, `"asyncio"`, ...
    pub module: Sym,
    pub base: Option<Rc<Class>>,
    /// The class namespace. Whoever changes it after the class is first used must call
    /// `class_changed()`, which the lookup and method caches rely on.
    pub dict: RefCell<IndexMap<Sym, Value, BuildMix>>,
    pub kind: ClassKind,
    /// How `Class(...)` last made an instance, and in which class epoch (see
    /// `Interp::instantiate`).
    pub construction: RefCell<Option<(u64, Construction)>>,
}

/// How calling a class makes an instance.
#[derive(Clone)]
pub enum Construction {
    /// `object.__new__`, then this Python `__init__` (the common class).
    PlainInit(Rc<Function>),
    /// An exception class whose `__new__` and `__init__` are both `object`'s: the instance
    /// with its `args` is all a call makes.
    Bare,
    /// Anything else: a `__new__` of its own, a built-in or inherited native `__init__`,
    /// a descriptor, no `__init__` at all.
    General,
}

thread_local! {
    /// Moves on whenever a class dict changes or a class ends; see `value::MethodCache`.
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Where `Class::lookup` last found each (class, name): CPython's type attribute cache.
    /// On the heap, made on first use: as a thread-local array its 128 KiB would be copied
    /// or zeroed into every thread as the thread starts (64 page faults of a 5 ms start-up).
    static LOOKUPS: Box<[Cell<Lookup>; LOOKUP_SLOTS]> = empty_lookups();
}

/// A lookup table of empty entries, from zeroed memory: fresh pages are mapped
/// as the table is first touched, not written up front.
fn empty_lookups() -> Box<[Cell<Lookup>; LOOKUP_SLOTS]> {
    // SAFETY: all zeros is a valid `Lookup` (null pointers, `Sym(0)`, epoch 0), one that
    // matches no lookup since its `class` is null; a `Cell` has its value's layout.
    unsafe { Box::<[Cell<Lookup>; LOOKUP_SLOTS]>::new_zeroed().assume_init() }
}

const LOOKUP_SLOTS: usize = 4096;

/// One entry of the lookup cache: in the epoch `epoch`, `name` looked up from `class` is in
/// the namespace of `owner` (a class of its chain), or in none when `owner` is null. It
/// holds addresses, only compared, never followed, so it keeps nothing alive: an epoch that
/// has not moved since means no class has ended and no namespace changed, so both addresses
/// are still the classes they were.
#[derive(Clone, Copy)]
struct Lookup {
    class: *const Class,
    name: Sym,
    epoch: u64,
    owner: *const Class,
}

#[inline]
fn lookup_slot(class: *const Class, name: Sym) -> usize {
    let mixed = ((class as usize) >> 4) ^ (name.0 as usize).wrapping_mul(0x9e37_79b9);
    mixed & (LOOKUP_SLOTS - 1)
}

/// The current class epoch.
#[inline]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Invalidates every method cache: a class dict changed.
pub fn class_changed() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

impl Drop for Class {
    /// A later class may take this one's address: no cache may match it again.
    fn drop(&mut self) {
        class_changed();
    }
}

impl Class {
    /// Looks an attribute up along the base chain, through the lookup cache: a name no class
    /// of the chain holds (an instance attribute, most often) costs no dict lookup at all.
    #[inline]
    pub fn lookup(&self, name: Sym) -> Option<Value> {
        let owner = self.lookup_owner(name);
        if owner.is_null() {
            return None;
        }
        // Finding the owner again by address along the chain costs no hashing.
        let mut class = self;
        while !std::ptr::eq(class, owner) {
            class = class.base.as_deref()?;
        }
        class.dict.borrow().get(&name).cloned()
    }

    /// The address of the class of the chain whose namespace holds `name`, or null, through
    /// the lookup cache. Only to compare with a class's address, never to follow.
    #[inline]
    pub fn lookup_owner(&self, name: Sym) -> *const Class {
        let here: *const Class = self;
        let epoch = class_epoch();
        let index = lookup_slot(here, name);
        let cached = LOOKUPS.with(|slots| slots[index].get());
        if cached.class == here && cached.name == name && cached.epoch == epoch {
            return cached.owner;
        }
        let owner = self.owner_of(name);
        let entry = Lookup {
            class: here,
            name,
            epoch,
            owner,
        };
        LOOKUPS.with(|slots| slots[index].set(entry));
        owner
    }

    /// The class of the chain whose namespace holds `name`, or null.
    fn owner_of(&self, name: Sym) -> *const Class {
        // Walks the chain by reference: no reference counts change on the way.
        let mut class = self;
        loop {
            if class.dict.borrow().contains_key(&name) {
                return class;
            }
            match class.base.as_deref() {
                Some(base) => class = base,
                None => return std::ptr::null(),
            }
        }
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        let mut current = Some(self.clone());
        while let Some(class) = current {
            if Rc::ptr_eq(&class, other) {
                return true;
            }
            current = class.base.clone();
        }
        // The one class with two bases: ExceptionGroup(BaseExceptionGroup, Exception). Its
        // chain goes through Exception; BaseExceptionGroup is the second base.
        let t = types::types();
        if other.kind == ClassKind::Native {
            return self.stands_in_for(other);
        }
        other.kind == ClassKind::Exception
            && Rc::ptr_eq(other, &t.base_exception_group)
            && self.is_subclass(&t.exception_group)
    }

    /// A user subclass of `asyncio.Queue` derives from the Python twin of the Rust class (see
    /// `python_queue_base`): for `isinstance` and `issubclass` the twin, same module and
    /// name, counts as the Rust class.
    fn stands_in_for(self: &Rc<Class>, native: &Rc<Class>) -> bool {
        let mut current = Some(self.clone());
        while let Some(class) = current {
            if class.kind != ClassKind::Native
                && class.name == native.name
                && class.module == native.module
            {
                return true;
            }
            current = class.base.clone();
        }
        false
    }

    /// The base chain starting with the class itself.
    pub fn mro(self: &Rc<Class>) -> Vec<Rc<Class>> {
        let mut out = vec![self.clone()];
        let mut base = self.base.clone();
        while let Some(class) = base {
            base = class.base.clone();
            out.push(class);
        }
        out
    }
}

/// An instance of a user class (or of an exception class).
pub struct Instance {
    pub class: Rc<Class>,
    /// Instance attributes; a short vector beats a hash map for the few attributes objects have.
    pub attrs: RefCell<Vec<(Sym, Value)>>,
    /// The instance's `__dict__` once a program has asked for it: from then on the
    /// attributes live in that dict (and `attrs` stays empty), so that writing to it is
    /// setting attributes, as in CPython.
    pub dict: RefCell<Option<Rc<RefCell<Dict>>>>,
    /// Exception state, for instances of BaseException subclasses.
    /// Boxed: a plain object pays one pointer for it, not the ~200 bytes of `ExcData`.
    pub exc: Option<Box<RefCell<ExcData>>>,
}

// A plain object is its class, its attributes and two empty slots: exception state stays
// out of line, so it costs a pointer (object-heavy programs hold many of these).
const _: () = assert!(std::mem::size_of::<Instance>() <= 64);

impl Instance {
    pub fn get_attr(&self, name: Sym) -> Option<Value> {
        if let Some(dict) = &*self.dict.borrow() {
            return dict.borrow().get(&name_key(name)).cloned();
        }
        self.attrs
            .borrow()
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
    /// `get_attr` with the position where `hint` says the attribute was last seen, as an
    /// attribute-reading site remembers it: objects of one class set their attributes in
    /// the same order, so the first comparison nearly always finds it.
    #[inline]
    pub fn get_attr_at(&self, name: Sym, hint: &std::cell::Cell<u32>) -> Option<Value> {
        {
            let attrs = self.attrs.borrow();
            if let Some((k, v)) = attrs.get(hint.get() as usize) {
                if *k == name {
                    return Some(v.clone());
                }
            }
            // Once the instance has a `__dict__`, its attributes live there (see `dict`).
            if let Some(i) = attrs.iter().position(|(k, _)| *k == name) {
                hint.set(i as u32);
                return Some(attrs[i].1.clone());
            }
        }
        self.get_attr(name)
    }

    /// `set_attr` with a position hint, as `get_attr_at`.
    #[inline]
    pub fn set_attr_at(&self, name: Sym, value: Value, hint: &std::cell::Cell<u32>) {
        {
            let mut attrs = self.attrs.borrow_mut();
            if let Some(slot) = attrs.get_mut(hint.get() as usize) {
                if slot.0 == name {
                    slot.1 = value;
                    return;
                }
            }
            if self.dict.borrow().is_none() {
                match attrs.iter().position(|(k, _)| *k == name) {
                    Some(i) => {
                        hint.set(i as u32);
                        attrs[i].1 = value;
                    }
                    None => {
                        hint.set(attrs.len() as u32);
                        attrs.push((name, value));
                    }
                }
                return;
            }
        }
        self.set_attr(name, value);
    }

    pub fn set_attr(&self, name: Sym, value: Value) {
        if let Some(dict) = &*self.dict.borrow() {
            dict.borrow_mut().insert(name_key(name), value);
            return;
        }
        let mut attrs = self.attrs.borrow_mut();
        if let Some(slot) = attrs.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = value;
        } else {
            attrs.push((name, value));
        }
    }
    pub fn del_attr(&self, name: Sym) -> bool {
        if let Some(dict) = &*self.dict.borrow() {
            return dict.borrow_mut().shift_remove(&name_key(name)).is_some();
        }
        let mut attrs = self.attrs.borrow_mut();
        if let Some(i) = attrs.iter().position(|(k, _)| *k == name) {
            attrs.remove(i);
            true
        } else {
            false
        }
    }

    /// The instance's `__dict__`: made from its attributes the first time, then the place
    /// they live.
    pub fn dict(&self) -> Rc<RefCell<Dict>> {
        let mut slot = self.dict.borrow_mut();
        if let Some(dict) = &*slot {
            return dict.clone();
        }
        let mut dict = Dict::default();
        for (name, value) in self.attrs.borrow_mut().drain(..) {
            dict.insert(name_key(name), value);
        }
        let dict = Rc::new(RefCell::new(dict));
        *slot = Some(dict.clone());
        dict
    }

    /// Replaces the instance's `__dict__` (`obj.__dict__ = {...}`).
    pub fn replace_dict(&self, dict: Rc<RefCell<Dict>>) {
        self.attrs.borrow_mut().clear();
        *self.dict.borrow_mut() = Some(dict);
    }

    /// The names of the instance's attributes, in the order they were set.
    pub fn attr_names(&self) -> Vec<String> {
        if let Some(dict) = &*self.dict.borrow() {
            return dict
                .borrow()
                .keys()
                .filter_map(|k| match &k.value {
                    Value::Str(s) => Some(s.text.clone()),
                    _ => None,
                })
                .collect();
        }
        self.attrs
            .borrow()
            .iter()
            .map(|(k, _)| k.to_string())
            .collect()
    }
}

/// The key a name has in a dict of names (an instance's `__dict__`, `locals()`,
/// `C.__dict__`): the name as a str, with its hash.
pub fn name_key(name: Sym) -> Key {
    let value = Value::str(name.to_string());
    let hash = match &value {
        Value::Str(s) => s.hash_value(),
        _ => 0,
    };
    Key { hash, value }
}
