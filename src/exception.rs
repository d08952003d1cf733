//! Runtime errors: a raised Python exception travelling up the Rust stack.

use std::cell::RefCell;
use std::rc::Rc;

use crate::memory;
use crate::numfmt;
use crate::signals;
use crate::source::Span;
use crate::types::types;
use crate::value::{Class, ExcData, Instance, TraceEntry, Value};

/// A raised exception on its way to a handler.
pub struct PyErr {
    /// The exception instance (a BaseException subclass instance).
    pub exc: Value,
    /// Where in the innermost frame not yet recorded in the traceback the error arose;
    /// the first (innermost) node that sees the error sets it.
    pub span: Option<Span>,
    /// Raised again by a bare `raise`, so the exception keeps the traceback, cause and
    /// context it had: what CPython's `except*` counts as re-raised rather than new. Such
    /// an error adds no traceback entry for the frame it is re-raised in (cleared once a
    /// frame has skipped its entry: `interp::skip_reraise`).
    pub reraised: bool,
}

/// Result of evaluating anything that may raise.
pub type PResult<T = Value> = Result<T, Box<PyErr>>;

impl PyErr {
    /// A new exception of class `class` with one message argument (none when empty).
    pub fn new(class: &Rc<Class>, message: impl Into<String>) -> Box<PyErr> {
        let message = message.into();
        let args = if message.is_empty() {
            vec![]
        } else {
            vec![Value::str(message)]
        };
        PyErr::with_args(class, args)
    }

    pub fn with_args(class: &Rc<Class>, args: Vec<Value>) -> Box<PyErr> {
        Box::new(PyErr {
            exc: new_exception_instance(class, args),
            span: None,
            reraised: false,
        })
    }

    pub fn from_value(exc: Value) -> Box<PyErr> {
        Box::new(PyErr {
            exc,
            span: None,
            reraised: false,
        })
    }

    /// Records where the error arose if no inner node has yet.
    pub fn at(mut self: Box<Self>, span: Span) -> Box<PyErr> {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }

    pub fn class(&self) -> Rc<Class> {
        match &self.exc {
            Value::Instance(i) => i.class.clone(),
            _ => types().exception.clone(),
        }
    }

    pub fn is_instance_of(&self, class: &Rc<Class>) -> bool {
        self.class().is_subclass(class)
    }

    pub fn push_trace(&self, entry: TraceEntry) {
        if let Some(data) = exc_data(&self.exc) {
            data.borrow_mut().traceback.insert(0, entry);
        }
    }
}

/// `err` keeping `values` alive as long as it lives, as the traceback of an exception
/// raised in CPython's Python code keeps that code's frame and locals: an error from one of
/// pyco's functions that CPython writes in Python (asyncio's) keeps its arguments so.
pub fn keep_alive(err: Box<PyErr>, values: &[Value]) -> Box<PyErr> {
    if let Some(data) = exc_data(&err.exc) {
        data.borrow_mut()
            .frame_locals
            .extend(values.iter().cloned());
    }
    err
}

/// Makes an exception instance with `args`.
pub fn new_exception_instance(class: &Rc<Class>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        attrs: RefCell::new(Vec::new()),
        dict: RefCell::new(None),
        exc: Some(Box::new(RefCell::new(ExcData {
            args,
            ..Default::default()
        }))),
    }))
}

/// The exception state of an exception instance.
pub fn exc_data(value: &Value) -> Option<&RefCell<ExcData>> {
    match value {
        Value::Instance(i) => i.exc.as_deref(),
        _ => None,
    }
}

macro_rules! raise_fns {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            #[doc = concat!("A new `", stringify!($field), "` with `message`.")]
            pub fn $fn_name(message: impl Into<String>) -> Box<PyErr> {
                PyErr::new(&types().$field, message)
            }
        )*
    };
}

raise_fns! {
    type_error => type_error,
    value_error => value_error,
    name_error => name_error,
    attribute_error => attribute_error,
    index_error => index_error,
    zero_division => zero_division_error,
    runtime_error => runtime_error,
    overflow_error => overflow_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    stop_iteration => stop_iteration,
    unbound_local => unbound_local_error,
    assertion_error => assertion_error,
    import_error => import_error,
    module_not_found => module_not_found_error,
    syntax_error => syntax_error,
    timeout_error => timeout_error,
}

/// The exception a failed numeric helper asks for.
pub fn num_err(e: numfmt::NumError) -> Box<PyErr> {
    use crate::numfmt::ExceptionKind as K;
    let t = types();
    let class = match e.kind {
        K::ValueError => &t.value_error,
        K::OverflowError => &t.overflow_error,
        K::ZeroDivisionError => &t.zero_division_error,
        K::MemoryError => &t.memory_error,
        K::TypeError => &t.type_error,
        K::IndexError => &t.index_error,
    };
    PyErr::new(class, e.message)
}

/// `KeyError(key)`: the message is the key itself (printed with repr).
pub fn key_error(key: Value) -> Box<PyErr> {
    PyErr::with_args(&types().key_error, vec![key])
}

// ----- safe points: Ctrl-C and the memory ceiling as Python errors -----------------------

/// The `MemoryError` pyco raises: no message, as CPython's (the traceback's last line is
/// `MemoryError`).
pub fn memory_error() -> Box<PyErr> {
    PyErr::new(&types().memory_error, "")
}

/// The allocation guard: every place that allocates room for a number of items the program
/// chose (a repeat count, a width, a precision, a `k`) calls this first with that count and
/// each item's size in bytes. `MemoryError` if the total would pass the ceiling, or cannot be
/// represented at all; callers computing `count` from several numbers saturate, so an
/// overflow lands here as `usize::MAX`.
pub fn reserve(count: usize, item_size: usize) -> PResult<()> {
    if memory::fits(count, item_size) {
        Ok(())
    } else {
        Err(memory_error())
    }
}

/// The `KeyboardInterrupt` a safe point raises.
pub fn keyboard_interrupt() -> Box<PyErr> {
    PyErr::new(&types().keyboard_interrupt, "")
}

/// The evaluator's safe-point check: raises `KeyboardInterrupt` if Ctrl-C is pending, or
/// `MemoryError` if the heap has grown past the memory ceiling (growth one step at a time,
/// such as a list appended to forever, passes no single-size check, so it is caught here).
#[inline]
pub fn check() -> PResult<()> {
    if signals::take() {
        Err(keyboard_interrupt())
    } else if memory::over_ceiling() {
        Err(memory_error())
    } else {
        Ok(())
    }
}

/// How many iterations a builtin loop runs between two looks at Ctrl-C: often enough that a
/// long loop stops within a fraction of a second, rarely enough to cost nothing measurable.
const CHECK_INTERVAL: usize = 1 << 12;

/// The one Ctrl-C check for loops inside builtins (repeats, joins, sorts, `sum`, `list(range)`):
/// call it with the iteration's index; it raises `KeyboardInterrupt` every `CHECK_INTERVAL`
/// iterations if Ctrl-C is pending, so native loops can be stopped like the evaluator's.
#[inline]
pub fn check_every(iteration: usize) -> PResult<()> {
    if iteration.is_multiple_of(CHECK_INTERVAL) {
        check()
    } else {
        Ok(())
    }
}

/// The sub-exceptions of an exception group instance.
pub fn group_exceptions(exc: &Value) -> Option<Vec<Value>> {
    let data = exc_data(exc)?.borrow();
    match &data.group {
        Some((_, Value::Tuple(items))) => Some(items.to_vec()),
        _ => None,
    }
}

/// An `ImportError` (or subclass) whose `name` attribute is the module that failed, as
/// CPython sets it for `import` and `from ... import`.
pub fn import_error_of(
    class: &Rc<Class>,
    message: impl Into<String>,
    module_name: &str,
) -> Box<PyErr> {
    let err = PyErr::new(class, message);
    if let Some(data) = exc_data(&err.exc) {
        data.borrow_mut().name = Some(Value::str(module_name));
    }
    err
}
