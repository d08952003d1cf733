//! Classes and their instances.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::{BuildMix, Dict, ExcData, Key, Value};
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
    pub dict: RefCell<IndexMap<Sym, Value, BuildMix>>,
    pub kind: ClassKind,
}

thread_local! {
    /// Moves on whenever a class dict changes or a class ends; see `value::MethodCache`.
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
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
    /// Looks an attribute up along the base chain.
    pub fn lookup(&self, name: Sym) -> Option<Value> {
        // Walks the chain by reference: no reference counts change on the way.
        let mut class = self;
        loop {
            if let Some(v) = class.dict.borrow().get(&name) {
                return Some(v.clone());
            }
            class = class.base.as_deref()?;
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
    pub exc: Option<RefCell<ExcData>>,
}

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
