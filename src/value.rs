//! Runtime values and the object model.
//!
//! `Value` is 16 bytes: a tag and one word. Immutable heap data sits behind `Rc` (a tuple's
//! items share one block with their count: `tuple.rs`); data that Python mutates in place
//! sits behind `Rc<RefCell<..>>`.
//!
//! Beside `Value` and the small objects here: `class.rs` (classes and instances),
//! `range.rs` (`range` and `slice`), `dict.rs`, `set.rs` and `key.rs` (hashed containers
//! and their keys), `signature.rs` (native functions' parameters) and `object.rs` (the
//! library's objects behind a trait, and the hooks the library registers).

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;

use crate::source::{Source, Span};
use crate::symbol::Sym;
use crate::syntax::ast::FunctionDef;

mod class;
mod dict;
mod key;
mod object;
mod range;
mod set;
mod signature;
mod tuple;

use crate::coroutine;
use crate::event_loop;
use crate::exception;
use crate::interp;
use crate::interp::genexpr;
use crate::symbol::sym;
use crate::syntax::ast;
use crate::syntax::resolve;
pub use class::{class_changed, class_epoch, name_key, Class, ClassKind, Construction, Instance};
pub use dict::Dict;
pub use key::{builtin_key_eq, keys_equal, Key, KeyTable};
pub use object::{library, register_library, FailedCallback, Library, NativeObject, WaiterList};
pub use range::{IntSteps, RangeObj, SliceObj};
pub use set::{Set, SetOperand};
pub use signature::{ArgStyle, NativeParam, ParamDefault, Signature};
pub use tuple::Tuple;

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// An unbound local slot or global; never visible to Python code.
    Unbound,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits: the fast path, no allocation.
    Int(i64),
    /// An int that does not fit in an `i64` (invariant kept by `Value::from_bigint`).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Tuple),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Set>>),
    FrozenSet(Rc<Set>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(&'static BuiltinFunction),
    /// A function or builtin bound to its receiver (`obj.method`, `[].append`).
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<ModuleObj>),
    /// A variable captured by a closure; only ever stored in frame slots.
    Cell(Rc<RefCell<Value>>),
    Iterator(Rc<RefCell<IterState>>),
    /// `property`, `staticmethod`, `classmethod` objects.
    Descriptor(Rc<Descriptor>),
    /// Objects of the async runtime (coroutines, tasks, futures, loops, ...).
    Native(Rc<Native>),
    /// An asyncio Future or Task: its own variant, so a task's Python value costs no
    /// allocation of its own.
    Future(Rc<event_loop::Fut>),
}

/// A str: UTF-8 text plus facts that make indexing and hashing cheap.
pub struct PyStr {
    pub text: String,
    /// Two facts in one word (a str is a 48-byte block with its counts, not 56): the top
    /// bit says every char is one byte, so char indexes are byte indexes; the other 63 bits
    /// cache the hash (0 = not computed yet).
    facts: Cell<u64>,
}

const ASCII_BIT: u64 = 1 << 63;

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let ascii = if text.is_ascii() { ASCII_BIT } else { 0 };
        PyStr {
            text,
            facts: Cell::new(ascii),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// True when every char is one byte.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.facts.get() & ASCII_BIT != 0
    }
    /// Appends `tail` (for a str nothing else refers to); the hash is computed again.
    pub fn push_str(&mut self, tail: &PyStr) {
        self.text.push_str(&tail.text);
        let ascii = self.facts.get() & tail.facts.get() & ASCII_BIT;
        self.facts.set(ascii);
    }
    pub fn char_len(&self) -> usize {
        if self.is_ascii() {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }
    pub fn hash_value(&self) -> u64 {
        let facts = self.facts.get();
        let cached = facts & !ASCII_BIT;
        if cached != 0 {
            return cached;
        }
        // FNV-1a: deterministic, like PYTHONHASHSEED=0 would make CPython.
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = match h & !ASCII_BIT {
            0 => 1,
            h => h,
        };
        self.facts.set((facts & ASCII_BIT) | h);
        h
    }
}

const _: () = assert!(std::mem::size_of::<PyStr>() == 32);

pub use crate::symbol::{BuildMix, MixHasher};

/// A snapshot of a dict's `(key, value)` pairs, in order: for code that runs Python (reprs,
/// comparisons) while walking them, which may change the dict.
pub fn dict_pairs(d: &RefCell<Dict>) -> Vec<(Value, Value)> {
    d.borrow()
        .iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect()
}

/// Item `index` of a list or tuple as it is now, or None past its end (or for another type).
///
/// Code that compares items one by one (`in`, `index`, `count`, `remove`) runs Python
/// (`__eq__`) between items, which may shrink or grow the list: as CPython does, it reads the
/// live list afresh at each index instead of holding a borrow or an index into a copy.
pub fn seq_item(seq: &Value, index: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.borrow().get(index).cloned(),
        Value::Tuple(t) => t.get(index).cloned(),
        _ => None,
    }
}

/// A user-defined function: code (shared AST) plus what it closed over.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub name: Sym,
    pub qualname: String,
    /// Defaults of the last positional parameters, in order.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by kwonly index.
    pub kw_defaults: Vec<Option<Value>>,
    /// Cells for `def.scope.free_vars`, in order.
    pub closure: Vec<Rc<RefCell<Value>>>,
    pub globals: Rc<Globals>,
    pub source: Rc<Source>,
    /// Attributes set on the function object (`f.calls = 0`).
    pub attrs: RefCell<Vec<(Sym, Value)>>,
    /// The class whose body defined this function, for zero-argument `super()`.
    pub owner: RefCell<Option<std::rc::Weak<Class>>>,
    /// The number of positional arguments a call binds by position alone — no `*args`,
    /// keyword-only parameters, `**kwargs` or cells of its own to make (the cells it closed
    /// over are placed by `Frame::of_call`) — else `u32::MAX`.
    pub plain_arity: u32,
}

impl Function {
    /// Whether a call with `given` positional arguments and no keywords runs this function's
    /// body at once with them as its first slots: a sync `def` taking them plainly.
    #[inline(always)]
    pub fn takes_plainly(&self, given: usize) -> bool {
        given as u32 == self.plain_arity && !self.def.is_async
    }

    /// `Function::plain_arity` for `def`.
    pub fn plain_arity_of(def: &ast::FunctionDef) -> u32 {
        let (params, scope) = (&def.params, &def.scope);
        let plain = params.vararg.is_none()
            && params.kwonly.is_empty()
            && params.kwarg.is_none()
            && scope.cell_params.is_empty()
            && scope.cell_locals.is_empty();
        if plain {
            (params.posonly.len() + params.args.len()) as u32
        } else {
            u32::MAX
        }
    }
}

/// The module namespace: globals live in slots the resolver numbered.
pub struct Globals {
    pub slots: RefCell<Vec<Value>>,
    pub names: RefCell<Vec<Sym>>,
    pub index: RefCell<std::collections::HashMap<Sym, u32, BuildMix>>,
    /// The builtin each global slot falls back to when unbound (resolved once per slot).
    pub fallback: RefCell<Vec<Value>>,
    /// The module's `__name__` (`__main__` for the program).
    pub name: Sym,
    /// What each method call site (`obj.method(...)`) of code compiled into this namespace
    /// found, by the site's number (see `GlobalNames::method_site`).
    pub method_caches: RefCell<Vec<MethodCache>>,
}

/// A method call site's memory: the receiver's class (by address), the class epoch it was
/// found in (see `class_epoch`) and the method. Any change to a class dict, and the end of
/// any class, moves the epoch on, so a stale entry never matches.
pub type MethodCache = Option<(usize, u64, Value)>;

impl resolve::GlobalNames for Globals {
    fn slot_of(&self, name: Sym) -> u32 {
        Globals::slot_of(self, name)
    }

    fn names(&self) -> Vec<Sym> {
        self.names.borrow().clone()
    }

    fn method_site(&self) -> u32 {
        let mut caches = self.method_caches.borrow_mut();
        caches.push(None);
        caches.len() as u32 - 1
    }
}

impl Globals {
    pub fn new() -> Globals {
        Globals::with_name(sym::MAIN)
    }

    pub fn with_name(name: Sym) -> Globals {
        Globals {
            slots: RefCell::new(Vec::new()),
            names: RefCell::new(Vec::new()),
            index: RefCell::new(Default::default()),
            fallback: RefCell::new(Vec::new()),
            name,
            method_caches: RefCell::new(Vec::new()),
        }
    }
    /// The slot of `name`, creating it if new.
    pub fn slot_of(&self, name: Sym) -> u32 {
        if let Some(&i) = self.index.borrow().get(&name) {
            return i;
        }
        let mut names = self.names.borrow_mut();
        let i = names.len() as u32;
        names.push(name);
        self.index.borrow_mut().insert(name, i);
        self.slots.borrow_mut().push(Value::Unbound);
        self.fallback.borrow_mut().push(Value::Unbound);
        i
    }
    pub fn get(&self, name: Sym) -> Option<Value> {
        let i = *self.index.borrow().get(&name)?;
        match &self.slots.borrow()[i as usize] {
            Value::Unbound => None,
            v => Some(v.clone()),
        }
    }
    pub fn set(&self, name: Sym, value: Value) {
        let i = self.slot_of(name);
        self.slots.borrow_mut()[i as usize] = value;
    }

    /// The method the call site `site` found in the class at address `class` while the
    /// class epoch was `epoch`, if it is still valid.
    #[inline]
    pub fn cached_method(&self, site: u32, class: usize, epoch: u64) -> Option<Value> {
        match self.method_caches.borrow().get(site as usize) {
            Some(Some((c, e, method))) if *c == class && *e == epoch => Some(method.clone()),
            _ => None,
        }
    }

    /// Remembers what the call site `site` found (see `cached_method`).
    pub fn cache_method(&self, site: u32, class: usize, epoch: u64, method: Value) {
        if let Some(cache) = self.method_caches.borrow_mut().get_mut(site as usize) {
            *cache = Some((class, epoch, method));
        }
    }
}

impl Default for Globals {
    fn default() -> Self {
        Self::new()
    }
}

/// The keyword arguments of a call, in call order.
pub type Kwargs = Vec<(Sym, Value)>;

/// Signature of functions written in Rust: positional arguments (for methods, the receiver
/// first) and keyword arguments.
pub type NativeFn = fn(&interp::Interp, &[Value], &[(Sym, Value)]) -> exception::PResult;

/// A function written in Rust (`len`, `str.upper`, `math.sqrt`).
pub struct BuiltinFunction {
    pub name: &'static str,
    pub call: NativeFn,
    /// For a method returning a coroutine: what `await obj.method(args)` comes to when it is
    /// a value at once or a wait on one future (`None` otherwise, before doing anything), so
    /// the common case makes no coroutine object. Gets the receiver and the positional
    /// arguments.
    pub awaited: Option<AwaitedFn>,
    /// The parameters, checked and placed by `Interp::bind_native` before `call` runs
    /// (`None`: the native checks its own arguments).
    pub signature: Option<&'static Signature>,
}

/// See `BuiltinFunction::awaited`.
pub type AwaitedFn = fn(&interp::Interp, &[Value]) -> Option<exception::PResult<Awaited>>;

/// What an awaited runtime method gives instead of a coroutine.
pub enum Awaited {
    /// The await's result, at once.
    Value(Value),
    /// Suspend until this future is done; its result is the await's.
    Wait(Rc<event_loop::Fut>),
    /// The same, for a future listed among a library object's waiters (an `asyncio.Event`'s):
    /// it leaves the list when the task resumes.
    WaitListed(Rc<event_loop::Fut>, Rc<dyn WaiterList>),
    /// Give way for one turn of the loop (a bare `yield`, as `asyncio.sleep(0)` does), then
    /// this value.
    Yield(Value),
}

pub struct BoundMethod {
    pub receiver: Value,
    pub function: Value,
}

/// One line of a traceback: where a frame was when the exception passed through it.
#[derive(Clone)]
pub struct TraceEntry {
    pub source: Rc<Source>,
    pub span: Span,
    pub function: Rc<str>,
}

/// The state every exception instance carries.
#[derive(Clone, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// `NameError.name` / `AttributeError.name`: the missing name, when pyco raised the error.
    pub name: Option<Value>,
    /// `AttributeError.obj`: the object that lacks the attribute.
    pub obj: Option<Value>,
    /// Where pyco raised a NameError, for the traceback's "Did you mean" suggestion.
    pub name_scope: Option<NameScope>,
    /// For exception groups: `(message, exceptions)`, the exceptions as a tuple.
    pub group: Option<(Value, Value)>,
    /// The local variables of the frames this exception left, kept alive as CPython's
    /// traceback keeps its frames: they go when the exception goes (so a coroutine never
    /// awaited in one is reported after the traceback, or where the exception is dropped).
    pub frame_locals: Vec<Value>,
}

/// The namespaces CPython's traceback printer searches for a NameError suggestion: the local
/// variable names of the code that raised it, its globals, the builtins. The globals are held
/// weakly: an exception stored in a global must not keep the module alive.
#[derive(Clone)]
pub struct NameScope {
    /// The function whose code raised the error (None for module and class bodies).
    pub code: Option<Rc<FunctionDef>>,
    pub globals: std::rc::Weak<Globals>,
}

pub struct ModuleObj {
    pub name: Sym,
    pub attrs: RefCell<IndexMap<Sym, Value, BuildMix>>,
}

/// `property`, `staticmethod`, `classmethod`.
pub enum Descriptor {
    Property {
        getter: Value,
        setter: Value,
        deleter: Value,
        /// `__doc__`: the `doc` argument, else the getter's docstring when it was made.
        doc: Value,
        /// The name `__set_name__` gave it when a class was made with it (kept by its
        /// `getter`/`setter`/`deleter` copies): the one its errors use.
        name: std::cell::Cell<Option<Sym>>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
}

/// The size an iterator over a dict or set records once the container changed size, so
/// that the error repeats at every later step (CPython sets `di_used`/`si_used` to -1).
pub const ITERATION_CHANGED: usize = usize::MAX;

/// The state of an iterator object.
pub enum IterState {
    /// Over a list or tuple by index (lists are seen live, as in CPython).
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over the chars of a str.
    Str {
        text: Rc<PyStr>,
        byte_index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a range whose bounds do not fit in 64 bits.
    BigRange {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    /// Over a dict's keys, values or items, read live at each step as CPython's
    /// `dictiter_iternext*`: fails if the dict changes size, and at every later step
    /// (`len` becomes [`ITERATION_CHANGED`]).
    Dict {
        dict: Rc<RefCell<Dict>>,
        index: usize,
        len: usize,
        /// Items still to come: CPython's `di_len`. An item found beyond them means keys were
        /// removed and others added (`dictionary keys changed during iteration`).
        remaining: usize,
        what: DictView,
    },
    /// Over a set's table in slot order, read live at each step as CPython's
    /// `setiter_iternext`: fails if the set changes size, then at every later step.
    Set {
        set: Rc<RefCell<Set>>,
        slot: usize,
        len: usize,
    },
    /// Over a snapshot of values (sets, reversed, materialized generator expressions).
    Values {
        items: Vec<Value>,
        index: usize,
        kind: &'static str,
    },
    /// A generator expression (see `interp::genexpr`).
    GenExpr(Box<genexpr::GenExpr>),
    /// A generator expression whose step is running.
    GenExprRunning,
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: iterables of unequal length are a ValueError.
        strict: bool,
    },
    /// `iter(function, sentinel)`: calls `function` until it returns `sentinel`.
    Callable {
        function: Value,
        sentinel: Value,
    },
    Map {
        function: Value,
        inners: Vec<Value>,
    },
    Filter {
        function: Value,
        inner: Value,
    },
    /// Calls `__next__` on a user object.
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// Objects of the runtime that are not plain data: views, coroutines, `super()`, loops, and
/// the library's objects behind [`NativeObject`].
pub enum Native {
    /// Keys/values/items views of a dict.
    DictView(Rc<RefCell<Dict>>, DictView),
    /// `C.__dict__`: a read-only mapping of a class's namespace (taken when it is read).
    MappingProxy(Rc<RefCell<Dict>>),
    Coroutine(coroutine::Coroutine),
    /// `super()`: attribute lookup starts after `after` in the receiver's class chain.
    Super {
        after: Rc<Class>,
        receiver: Value,
    },
    /// An event loop.
    Loop(Rc<event_loop::EventLoop>),
    /// An object of the library (asyncio's `Event`, `Queue`, `Handle`, ...).
    Object(Rc<dyn NativeObject>),
}

impl Value {
    pub fn str(text: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(text.into())))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Tuple::new(items))
    }
    pub fn from_bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// A stable address for `id()`, `is` and default reprs; 0 for values without identity.
    pub fn identity(&self) -> usize {
        use Value::*;
        match self {
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => r.as_ptr() as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            FrozenSet(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => *r as *const BuiltinFunction as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Class(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descriptor(r) => Rc::as_ptr(r) as usize,
            Native(r) => Rc::as_ptr(r) as usize,
            Future(r) => Rc::as_ptr(r) as usize,
            Unbound | None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) => 0,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "Int({i})"),
            Value::Str(s) => write!(f, "Str({:?})", s.text),
            Value::Float(x) => write!(f, "Float({x})"),
            _ => write!(f, "<value at {:#x}>", self.identity()),
        }
    }
}

/// Stores `value` in `slot`, dropping the old value without a call when it owns nothing
/// (the drop glue of `Value` is an out-of-line function, and most slots hold ints).
#[inline(always)]
pub fn store_slot(slot: &mut Value, value: Value) {
    drop_quick(std::mem::replace(slot, value));
}

/// For tests that count references: a list value, and the `Rc` it shares.
#[cfg(test)]
pub(crate) fn shared_list() -> (Value, Rc<RefCell<Vec<Value>>>) {
    let list = Rc::new(RefCell::new(Vec::new()));
    (Value::List(list.clone()), list)
}

/// Drops `v`, without a call when it owns nothing.
#[inline(always)]
pub fn drop_quick(v: Value) {
    if matches!(
        v,
        Value::Unbound | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}
