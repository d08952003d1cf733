//! The narrow interface between the runtime core and the library above it: objects the
//! library defines ([`NativeObject`]: asyncio's `Event`, `Queue`, `Handle`, ...), and the
//! few things the core asks of the library ([`Library`]: the Python face of the scheduler's
//! futures and loops, and where its errors are reported). The core names no library type;
//! the library registers its [`Library`] when an interpreter starts.

use std::any::Any;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use crate::event_loop::{EventLoop, Fut};
use crate::exception::{PResult, PyErr};
use crate::interp::Interp;
use crate::symbol::Sym;

use super::{Class, ModuleObj, Native, Value};

/// An object of the library, known to the object model only through this trait (as koto's
/// `KotoObject`): its class holds its methods, and it renders itself. The library gets its
/// own type back with [`Native::downcast`].
pub trait NativeObject: Any {
    /// Its class, where its methods are looked up.
    fn class(&self) -> &Rc<Class>;
    /// `repr(obj)`; `value` is the object's own Python value (for its address).
    fn repr(&self, interp: &Interp, value: &Value) -> PResult<String>;
    /// `str(obj)`: the repr unless the type says otherwise.
    fn str(&self, interp: &Interp, value: &Value) -> PResult<String> {
        self.repr(interp, value)
    }
    /// `len(obj)`, for a container; `None` for an object without a length.
    fn length(&self) -> Option<usize> {
        None
    }
    /// The items `iter(obj)` goes over, for a container; `None` if it cannot be iterated.
    fn items(&self) -> Option<Vec<Value>> {
        None
    }
}

impl Native {
    /// The library object of type `T` this is, if it is one.
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        match self {
            Native::Object(object) => (&**object as &dyn Any).downcast_ref::<T>(),
            _ => None,
        }
    }

    /// The same, counted.
    pub fn downcast_rc<T: NativeObject>(&self) -> Option<Rc<T>> {
        match self {
            Native::Object(object) => (object.clone() as Rc<dyn Any>).downcast::<T>().ok(),
            _ => None,
        }
    }
}

impl Value {
    /// A library object as a Python value.
    pub fn object(object: Rc<dyn NativeObject>) -> Value {
        Value::Native(Rc::new(Native::Object(object)))
    }
}

/// A list of futures waiting on a library object (an `asyncio.Event`'s or `Lock`'s
/// waiters): a waiter leaves it when its task resumes, woken or cancelled, and the object
/// finishes the wait as its Python method would after its `await fut`.
pub trait WaiterList {
    /// The task waiting on `fut` resumed with `result` (the future's, or the exception
    /// thrown in): what the `await` of the method gives.
    fn resumed(&self, interp: &Interp, fut: &Rc<Fut>, result: PResult) -> PResult;
}

/// What a callback that raised was: for the loop's exception handler.
pub struct FailedCallback {
    pub cancelled: Rc<Cell<bool>>,
    pub when: Option<f64>,
    pub callback: Option<(Value, Vec<Value>)>,
}

/// Reports a dropped future's unretrieved exception as the loop handler's context items.
pub type ReportDroppedFn = fn(&Interp, &Rc<EventLoop>, Vec<(&'static str, Value)>);
/// Calls a library class with positional and keyword arguments.
pub type ConstructFn = fn(&Interp, &Rc<Class>, &[Value], &[(Sym, Value)]) -> PResult;
/// The Python class standing in for a library class as a base.
pub type PythonBaseFn = fn(&Interp, &Rc<Class>) -> PResult<Option<Rc<Class>>>;

/// What the runtime core asks of the library: the classes and reprs of the scheduler's
/// objects as asyncio presents them, its error reports, and the hooks of asyncio's Python
/// half. One table per thread, registered by the library before any program runs.
pub struct Library {
    pub future_class: Rc<Class>,
    pub task_class: Rc<Class>,
    pub loop_class: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    /// `repr()` of a future or task.
    pub future_repr: fn(&Interp, &Rc<Fut>) -> PResult<String>,
    /// A callback of the loop raised `error`: to the loop's exception handler.
    pub report_callback_error: fn(&Interp, FailedCallback, &PyErr) -> PResult<()>,
    /// A future was dropped with an exception never retrieved: to the loop's handler.
    pub report_dropped: ReportDroppedFn,
    /// Calls a class of the library (`asyncio.Queue()`, `asyncio.Future()`).
    pub construct: ConstructFn,
    /// A name missing from a module: the library may load more of it (asyncio's Python
    /// half is compiled on first use); true when it did.
    pub load_rest_of: fn(&Interp, &ModuleObj) -> PResult<bool>,
    /// Whether `C[x]` is `C` itself, as for the built-in types (`asyncio.Queue[int]`).
    pub generic_alias: fn(&Rc<Class>) -> bool,
    /// The Python class that stands in for a library class as the base of a class
    /// statement (a user subclass of `asyncio.Queue`).
    pub python_base: PythonBaseFn,
}

thread_local! {
    static LIBRARY: OnceCell<&'static Library> = const { OnceCell::new() };
}

/// Registers the library's table for this thread (once: later calls keep the first).
pub fn register_library(make: impl FnOnce() -> Library) {
    LIBRARY.with(|l| {
        l.get_or_init(|| Box::leak(Box::new(make())));
    });
}

/// The library's table. Every interpreter registers it when it starts, before any value
/// the table serves can exist.
pub fn library() -> &'static Library {
    LIBRARY
        .with(|l| l.get().copied())
        .expect("Interp::new registers the library")
}
