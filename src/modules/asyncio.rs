//! The `asyncio` module: the core in Rust (futures, tasks, loops, `run`, `sleep`, `gather`,
//! `Event`, the locks in `asyncio/locks.rs` and `condition.rs`, the queues in
//! `asyncio/queue.rs`) and the rest in Python (`asyncio.py` beside this file: `wait`,
//! `wait_for`, `TaskGroup`, `Barrier`, ...), written on that core the way CPython writes
//! them.

mod condition;
mod event;
mod exception_handler;
mod functions;
mod future;
mod locks;
mod loop_methods;
mod queue;
mod repr;
mod waiters;

pub(crate) use event::*;
pub(crate) use functions::*;
pub use future::*;
pub use loop_methods::*;
pub use repr::*;

pub use exception_handler::{
    report as report_to_handler, report_callback_error, report_dropped, Context as HandlerContext,
};

pub use queue::{is_queue_class, QueueState};

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::event_loop::{self, EventLoop, Fut, MadeFor};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::sym;
use crate::symbol::Sym;
use crate::types::args::kwarg;
use crate::types::{new_class, types};
use crate::value::*;

/// The Python half of the module.
const PRELUDE: &str = include_str!("asyncio.py");

/// The classes of asyncio's native objects.
pub struct AsyncioClasses {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    pub event: Rc<Class>,
    pub lock: Rc<Class>,
    pub semaphore: Rc<Class>,
    pub bounded_semaphore: Rc<Class>,
    pub condition: Rc<Class>,
    pub queue: Rc<Class>,
    pub priority_queue: Rc<Class>,
    pub lifo_queue: Rc<Class>,
    pub queue_empty: Rc<Class>,
    pub queue_full: Rc<Class>,
    /// The deque of a lock's, semaphore's or condition's waiters.
    pub waiters: Rc<Class>,
}

/// The state of an `asyncio.Event`.
#[derive(Default)]
pub struct EventState {
    value: Cell<bool>,
    /// As CPython's `_waiters`: `set()` leaves them listed, and each leaves when its task
    /// resumes (from the front, in order, so a deque).
    waiters: RefCell<std::collections::VecDeque<Rc<Fut>>>,
    /// The loop of its first wait (CPython's `_LoopBoundMixin`).
    bound_loop: RefCell<Option<std::rc::Weak<EventLoop>>>,
}

impl EventState {
    /// A new waiter future, listed. `event` is the Event's Python value, for binding it to
    /// the running loop (None for the queue's internal event, which its queue binds).
    fn new_waiter(&self, interp: &Interp, event: Option<&Value>) -> PResult<Rc<Fut>> {
        let event_loop = match event {
            Some(event) => bound_running_loop(interp, &self.bound_loop, event)?,
            None => running_loop(interp)?,
        };
        let fut = Fut::new(&event_loop, None);
        fut.made_for.set(if event.is_some() {
            MadeFor::EventWait
        } else {
            MadeFor::QueueJoin
        });
        self.waiters.borrow_mut().push_back(fut.clone());
        Ok(fut)
    }

    /// How many waiters are listed.
    fn waiting(&self) -> usize {
        self.waiters.borrow().len()
    }
}

impl WaiterList for EventState {
    /// A waiter's task resumed (woken or cancelled): it leaves the list, as in CPython's
    /// `finally: self._waiters.remove(fut)`.
    fn resumed(&self, _: &Interp, fut: &Rc<Fut>, result: PResult) -> PResult {
        let mut waiters = self.waiters.borrow_mut();
        if let Some(i) = waiters.iter().position(|w| Rc::ptr_eq(w, fut)) {
            waiters.remove(i);
        }
        result
    }
}

/// CPython's `_LoopBoundMixin._get_loop()`: the running loop, which `object` (a queue or an
/// event, whose binding is `bound`) takes on first use and must keep.
pub(crate) fn bound_running_loop(
    interp: &Interp,
    bound: &RefCell<Option<std::rc::Weak<EventLoop>>>,
    object: &Value,
) -> PResult<Rc<EventLoop>> {
    let event_loop = running_loop(interp)?;
    let mut binding = bound.borrow_mut();
    match &*binding {
        None => *binding = Some(Rc::downgrade(&event_loop)),
        Some(b) if std::ptr::eq(b.as_ptr(), Rc::as_ptr(&event_loop)) => {}
        Some(_) => {
            drop(binding);
            return Err(runtime_error(format!(
                "{} is bound to a different event loop",
                interp.repr(object)?
            )));
        }
    }
    Ok(event_loop)
}

fn class_in(name: &str, module: &str, base: &Rc<Class>, kind: ClassKind) -> Rc<Class> {
    let class = new_class(name, Some(base), kind);
    Rc::new(Class {
        name: class.name,
        qualname: class.qualname.clone(),
        module: Sym::intern(module),
        base: class.base.clone(),
        dict: RefCell::new(Default::default()),
        kind,
        construction: Default::default(),
    })
}

fn add_methods(class: &Rc<Class>, methods: &[&'static BuiltinFunction]) {
    class_changed();
    let mut dict = class.dict.borrow_mut();
    for m in methods {
        dict.insert(Sym::intern(m.name), Value::Builtin(m));
    }
}

impl AsyncioClasses {
    fn new() -> AsyncioClasses {
        let t = types();
        let future = class_in("Future", "_asyncio", &t.object, ClassKind::Native);
        add_methods(
            &future,
            &[
                native!("done", fut_done),
                native!("result", fut_result),
                native!("exception", fut_exception),
                native!("cancel", fut_cancel),
                native!("cancelled", fut_cancelled),
                native!("add_done_callback", fut_add_done_callback),
                native!("remove_done_callback", fut_remove_done_callback),
                native!("set_result", fut_set_result),
                native!("set_exception", fut_set_exception),
                native!("get_loop", fut_get_loop),
            ],
        );
        let task = class_in("Task", "_asyncio", &future, ClassKind::Native);
        add_methods(
            &task,
            &[
                native!("get_name", task_get_name),
                native!("set_name", task_set_name),
                native!("get_coro", task_get_coro),
                native!("cancelling", task_cancelling),
                native!("uncancel", task_uncancel),
                native!("set_result", task_set_result),
                native!("set_exception", task_set_exception),
            ],
        );
        let event_loop = class_in(
            "_UnixSelectorEventLoop",
            "asyncio.unix_events",
            &t.object,
            ClassKind::Native,
        );
        add_methods(
            &event_loop,
            &[
                native!("run_until_complete", loop_run_until_complete),
                native!("run_forever", loop_run_forever),
                native!("stop", loop_stop),
                native!("close", loop_close),
                native!("is_closed", loop_is_closed),
                native!("is_running", loop_is_running),
                native!("time", loop_time),
                native!("call_soon", loop_call_soon),
                native!("call_later", loop_call_later),
                native!("call_at", loop_call_at),
                native!("create_task", loop_create_task),
                native!("create_future", loop_create_future),
                native!("get_debug", loop_get_debug),
                native!("set_debug", loop_set_debug),
                native!("call_soon_threadsafe", loop_call_soon),
                native!(
                    "set_exception_handler",
                    exception_handler::set_exception_handler
                ),
                native!(
                    "get_exception_handler",
                    exception_handler::get_exception_handler
                ),
                native!(
                    "call_exception_handler",
                    exception_handler::call_exception_handler
                ),
                native!(
                    "default_exception_handler",
                    exception_handler::default_exception_handler
                ),
                native!("shutdown_asyncgens", loop_shutdown_asyncgens),
                native!("shutdown_default_executor", loop_shutdown_default_executor),
                native!("get_task_factory", loop_get_task_factory),
                native!("set_task_factory", loop_set_task_factory),
            ],
        );
        add_methods(&event_loop, UNSUPPORTED_LOOP_METHODS);
        let handle = class_in("Handle", "asyncio.events", &t.object, ClassKind::Native);
        add_methods(
            &handle,
            &[
                native!("cancel", handle_cancel),
                native!("cancelled", handle_cancelled),
            ],
        );
        let timer_handle = class_in("TimerHandle", "asyncio.events", &handle, ClassKind::Native);
        add_methods(&timer_handle, &[native!("when", handle_when)]);
        let cancelled_error = class_in(
            "CancelledError",
            "asyncio.exceptions",
            &t.base_exception,
            ClassKind::Exception,
        );
        let invalid_state_error = class_in(
            "InvalidStateError",
            "asyncio.exceptions",
            &t.exception,
            ClassKind::Exception,
        );
        let [lock, semaphore, bounded_semaphore] = locks::make_classes(&t.object);
        let condition = condition::make_class(&t.object);
        let event = event::make_class(&t.object);
        let queue = class_in("Queue", "asyncio.queues", &t.object, ClassKind::Native);
        add_methods(&queue, &queue::methods());
        queue.dict.borrow_mut().extend([queue::maxsize_property()]);
        let priority_queue = class_in("PriorityQueue", "asyncio.queues", &queue, ClassKind::Native);
        let lifo_queue = class_in("LifoQueue", "asyncio.queues", &queue, ClassKind::Native);
        let queue_empty = class_in(
            "QueueEmpty",
            "asyncio.queues",
            &t.exception,
            ClassKind::Exception,
        );
        let queue_full = class_in(
            "QueueFull",
            "asyncio.queues",
            &t.exception,
            ClassKind::Exception,
        );
        AsyncioClasses {
            future,
            task,
            event_loop,
            handle,
            timer_handle,
            cancelled_error,
            invalid_state_error,
            event,
            lock,
            semaphore,
            bounded_semaphore,
            condition,
            queue,
            priority_queue,
            lifo_queue,
            queue_empty,
            queue_full,
            waiters: waiters::waiters_class(&t.object),
        }
    }
}

thread_local! {
    static CLASSES: &'static AsyncioClasses = Box::leak(Box::new(AsyncioClasses::new()));
}

/// Registers what the runtime core asks of asyncio (see `value::Library`): every
/// interpreter does, as it starts.
pub fn register() {
    register_library(|| {
        let c = classes();
        Library {
            future_class: c.future.clone(),
            task_class: c.task.clone(),
            loop_class: c.event_loop.clone(),
            cancelled_error: c.cancelled_error.clone(),
            invalid_state_error: c.invalid_state_error.clone(),
            future_repr,
            report_callback_error,
            report_dropped,
            construct,
            load_rest_of: load_prelude_into,
            generic_alias: is_queue_class,
            python_base,
        }
    });
}

pub fn classes() -> &'static AsyncioClasses {
    CLASSES.with(|c| *c)
}

pub fn cancelled_error_class() -> Rc<Class> {
    classes().cancelled_error.clone()
}

pub fn invalid_state_error_class() -> Rc<Class> {
    classes().invalid_state_error.clone()
}

/// Builds the module: the native functions; the Python half loads on first use.
pub fn module(_interp: &Interp) -> PResult {
    let c = classes();
    let mut attrs = super::functions(&[
        native!("run", run),
        native!("_deque", waiters::new_waiters),
        native!("sleep", sleep, awaited = sleep_awaited),
        native!("gather", gather),
        native!("create_task", create_task),
        native!("ensure_future", ensure_future),
        native!("current_task", current_task),
        native!("all_tasks", all_tasks),
        native!("get_event_loop", get_event_loop),
        native!("new_event_loop", new_event_loop),
        native!("set_event_loop", set_event_loop),
        native!("get_running_loop", get_running_loop),
        native!("_get_running_loop", get_running_loop_or_none),
        native!("iscoroutine", iscoroutine),
        native!("iscoroutinefunction", iscoroutinefunction),
        native!("isfuture", isfuture),
        native!("_runner_new_loop", runner_new_loop),
        native!("_runner_run", runner_run),
        native!("_runner_close", runner_close),
    ]);
    attrs.push(("Future", Value::Class(c.future.clone())));
    attrs.push(("Event", Value::Class(c.event.clone())));
    attrs.push(("Lock", Value::Class(c.lock.clone())));
    attrs.push(("Semaphore", Value::Class(c.semaphore.clone())));
    attrs.push((
        "BoundedSemaphore",
        Value::Class(c.bounded_semaphore.clone()),
    ));
    attrs.push(("Condition", Value::Class(c.condition.clone())));
    attrs.push(("Task", Value::Class(c.task.clone())));
    attrs.push(("Handle", Value::Class(c.handle.clone())));
    attrs.push(("TimerHandle", Value::Class(c.timer_handle.clone())));
    attrs.push(("AbstractEventLoop", Value::Class(c.event_loop.clone())));
    attrs.push(("CancelledError", Value::Class(c.cancelled_error.clone())));
    attrs.push((
        "InvalidStateError",
        Value::Class(c.invalid_state_error.clone()),
    ));
    attrs.push(("TimeoutError", Value::Class(types().timeout_error.clone())));
    attrs.push(("Queue", Value::Class(c.queue.clone())));
    attrs.push(("PriorityQueue", Value::Class(c.priority_queue.clone())));
    attrs.push(("LifoQueue", Value::Class(c.lifo_queue.clone())));
    attrs.push(("QueueEmpty", Value::Class(c.queue_empty.clone())));
    attrs.push(("QueueFull", Value::Class(c.queue_full.clone())));
    Ok(super::new_module("asyncio", attrs))
}

/// What asyncio keeps per interpreter: whether its module has its Python half yet, and the
/// Python queue classes user subclasses derive from (compiled on first use).
#[derive(Default)]
struct AsyncioState {
    prelude_loaded: Cell<bool>,
    python_queues: RefCell<Option<Rc<Globals>>>,
    python_locks: RefCell<Option<Rc<Globals>>>,
}

/// Compiles and runs the Python half of asyncio into `module` the first time a name the Rust
/// half lacks is looked up. Programs that use only `run`, `sleep`, `gather`, tasks and
/// futures never pay for it. Returns whether it loaded now.
pub fn load_prelude_into(interp: &Interp, module: &ModuleObj) -> PResult<bool> {
    let state = interp.state::<AsyncioState>();
    if &*module.name.name() != "asyncio" || state.prelude_loaded.get() {
        return Ok(false);
    }
    state.prelude_loaded.set(true);
    let globals = Rc::new(Globals::with_name(Sym::intern("asyncio")));
    for (name, value) in module.attrs.borrow().iter() {
        globals.set(*name, value.clone());
    }
    interp.run_python_half("<asyncio>", PRELUDE, &globals)?;
    let names = globals.names.borrow().clone();
    let slots = globals.slots.borrow().clone();
    let mut attrs = module.attrs.borrow_mut();
    for (name, value) in names.into_iter().zip(slots) {
        if !matches!(value, Value::Unbound) && !attrs.contains_key(&name) {
            attrs.insert(name, value);
        }
    }
    Ok(true)
}

/// CPython's queues in Python, the base of user subclasses of the queue classes.
const PYTHON_QUEUES: &str = include_str!("asyncio/queues.py");

/// CPython's Lock, Semaphore and BoundedSemaphore in Python, the base of user subclasses.
const PYTHON_LOCKS: &str = include_str!("asyncio/locks.py");

/// For a class statement whose base is one of asyncio's queue or lock classes
/// (`asyncio.Queue`, `asyncio.Lock`, ...): the Python class to derive from instead
/// (compiled on first use), since instances of the Rust classes cannot carry a subclass's
/// attributes. None for any other base.
pub fn python_base(interp: &Interp, base: &Rc<Class>) -> PResult<Option<Rc<Class>>> {
    let c = classes();
    let among = |classes: &[&Rc<Class>]| classes.iter().any(|q| Rc::ptr_eq(q, base));
    let state = interp.state::<AsyncioState>();
    let (module, source, loaded) = if among(&[&c.queue, &c.priority_queue, &c.lifo_queue]) {
        ("asyncio.queues", PYTHON_QUEUES, &state.python_queues)
    } else if among(&[&c.lock, &c.semaphore, &c.bounded_semaphore, &c.condition]) {
        ("asyncio.locks", PYTHON_LOCKS, &state.python_locks)
    } else {
        return Ok(None);
    };
    let known = loaded.borrow().clone();
    let globals = match known {
        Some(globals) => globals,
        None => {
            let globals = Rc::new(Globals::with_name(Sym::intern(module)));
            interp.run_python_half(&format!("<{module}>"), source, &globals)?;
            *loaded.borrow_mut() = Some(globals.clone());
            globals
        }
    };
    match globals.get(base.name) {
        Some(Value::Class(class)) => Ok(Some(class)),
        _ => Ok(None),
    }
}

/// `nest_asyncio`: `apply()` lets `asyncio.run` nest inside a running loop.
pub fn nest_asyncio_module() -> Value {
    super::new_module(
        "nest_asyncio",
        super::functions(&[native!("apply", nest_apply)]),
    )
}

fn nest_apply(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    interp.runtime.nested_allowed.set(true);
    Ok(Value::None)
}

// ----- helpers -------------------------------------------------------------------------

/// The library object of type `T` a native method (`class_name.method`) was called on, or
/// CPython's error for a receiver of another type.
fn receiver<T: NativeObject>(args: &[Value], class_name: &str, method: &str) -> PResult<Rc<T>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(object) = n.downcast_rc::<T>() {
            return Ok(object);
        }
    }
    Err(type_error(format!(
        "descriptor '{method}' for '{class_name}' objects doesn't apply to a '{}' object",
        args.first()
            .map_or_else(|| "NoneType".into(), crate::types::type_name)
    )))
}

/// A read-only property of a library class, read by `getter`, as its dict holds it.
fn read_only_property(name: &'static str, getter: &'static BuiltinFunction) -> (Sym, Value) {
    let name = Sym::intern(name);
    let property = Descriptor::Property {
        getter: Value::Builtin(getter),
        setter: Value::None,
        deleter: Value::None,
        doc: Value::None,
        name: Cell::new(Some(name)),
    };
    (name, Value::Descriptor(Rc::new(property)))
}

fn fut_of(v: &Value) -> Option<Rc<Fut>> {
    match v {
        Value::Future(f) => Some(f.clone()),
        _ => None,
    }
}

fn recv_fut(args: &[Value], method: &str) -> PResult<Rc<Fut>> {
    args.first()
        .and_then(fut_of)
        .ok_or_else(|| type_error(format!("{method}() needs a Future")))
}

fn loop_of(v: &Value) -> Option<Rc<EventLoop>> {
    match v {
        Value::Native(n) => match &**n {
            Native::Loop(l) => Some(l.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn recv_loop(args: &[Value]) -> PResult<Rc<EventLoop>> {
    args.first()
        .and_then(loop_of)
        .ok_or_else(|| type_error("expected an event loop"))
}

fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(&**n, Native::Coroutine(_)))
}

/// The loop async code runs on: the running one, else the current one (made if missing).
pub fn current_loop(interp: &Interp) -> Rc<EventLoop> {
    if let Some(l) = interp.runtime.running_loop() {
        return l;
    }
    let mut current = interp.runtime.current_loop.borrow_mut();
    if let Some(l) = current.as_ref() {
        return l.clone();
    }
    let l = EventLoop::new();
    *current = Some(l.clone());
    l
}

fn running_loop(interp: &Interp) -> PResult<Rc<EventLoop>> {
    interp
        .runtime
        .running_loop()
        .ok_or_else(|| runtime_error("no running event loop"))
}

/// A task running `coro` (a coroutine object) on `event_loop`.
pub fn task_for(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    coro: &Value,
    name: Option<String>,
) -> PResult<Rc<Fut>> {
    let Value::Native(n) = coro else {
        return Err(type_error(format!(
            "a coroutine was expected, got {}",
            interp.repr(coro)?
        )));
    };
    let Native::Coroutine(c) = &**n else {
        return Err(type_error(format!(
            "a coroutine was expected, got {}",
            interp.repr(coro)?
        )));
    };
    let body = interp.start_coroutine(c)?;
    Ok(event_loop::create_task(
        interp,
        event_loop,
        body,
        n.clone(),
        name,
    ))
}

/// `ensure_future`: tasks and futures as they are, coroutines wrapped in tasks.
pub fn to_future(interp: &Interp, v: &Value) -> PResult<Rc<Fut>> {
    if let Some(f) = fut_of(v) {
        return Ok(f);
    }
    if is_coroutine(v) {
        let l = current_loop(interp);
        return task_for(interp, &l, v, None);
    }
    if let Value::Instance(inst) = v {
        if let Some(f) = inst.class.lookup(sym::AWAIT) {
            let awaitable = interp.call(&f, std::slice::from_ref(v), &[])?;
            if is_coroutine(&awaitable) || fut_of(&awaitable).is_some() {
                return to_future(interp, &awaitable);
            }
        }
    }
    Err(type_error(
        "An asyncio.Future, a coroutine or an awaitable is required",
    ))
}

fn name_arg(interp: &Interp, kwargs: &[(Sym, Value)]) -> PResult<Option<String>> {
    match kwarg(kwargs, "name") {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(interp.str(&v)?)),
    }
}
