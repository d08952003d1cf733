//! The `asyncio` module: the core in Rust (futures, tasks, loops, `run`, `sleep`, `gather`,
//! `Event`, the queues in `asyncio/queue.rs`) and the rest in Python (`asyncio.py` beside this
//! file: locks, `wait`, `wait_for`, `TaskGroup`, ...), written on that core the way CPython
//! writes them.

mod exception_handler;
mod queue;

pub use exception_handler::{
    report as report_to_handler, report_callback_error, report_dropped, Context as HandlerContext,
};

pub use queue::{is_queue_class, str as queue_str, QueueState};

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::builtins;
use crate::builtins::reprlib;
use crate::builtins::{arity, kwarg, only_kwargs};
use crate::coroutine;
use crate::event_loop::{self, Callback, DoneCallback, EventLoop, Fut};
use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::native;
use crate::ops::to_f64;
use crate::symbol::sym;
use crate::symbol::Sym;
use crate::types;
use crate::types::{new_class, type_name, types};
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
    pub queue: Rc<Class>,
    pub priority_queue: Rc<Class>,
    pub lifo_queue: Rc<Class>,
    pub queue_empty: Rc<Class>,
    pub queue_full: Rc<Class>,
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
        self.waiters.borrow_mut().push_back(fut.clone());
        Ok(fut)
    }

    /// A waiter's task resumed (woken or cancelled): it leaves the list, as in CPython's
    /// `finally: self._waiters.remove(fut)`.
    pub fn remove_waiter(&self, fut: &Rc<Fut>) {
        let mut waiters = self.waiters.borrow_mut();
        if let Some(i) = waiters.iter().position(|w| Rc::ptr_eq(w, fut)) {
            waiters.remove(i);
        }
    }

    /// How many waiters are listed.
    fn waiting(&self) -> usize {
        self.waiters.borrow().len()
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
        let event = class_in("Event", "asyncio.locks", &t.object, ClassKind::Native);
        add_methods(
            &event,
            &[
                native!("wait", event_wait, awaited = event_wait_awaited),
                native!("set", event_set),
                native!("clear", event_clear),
                native!("is_set", event_is_set),
            ],
        );
        let queue = class_in("Queue", "asyncio.queues", &t.object, ClassKind::Native);
        add_methods(&queue, &queue::methods());
        queue
            .dict
            .borrow_mut()
            .insert(Sym::intern("maxsize"), queue::maxsize_property());
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
            queue,
            priority_queue,
            lifo_queue,
            queue_empty,
            queue_full,
        }
    }
}

thread_local! {
    static CLASSES: &'static AsyncioClasses = Box::leak(Box::new(AsyncioClasses::new()));
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
        native!("sleep", sleep),
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

/// For a class statement whose base is `asyncio.Queue`, `PriorityQueue` or `LifoQueue`: the
/// Python class to derive from instead (compiled on first use), since instances of the
/// Rust classes cannot carry a subclass's attributes. None for any other base.
pub fn python_queue_base(interp: &Interp, base: &Rc<Class>) -> PResult<Option<Rc<Class>>> {
    let c = classes();
    if ![&c.queue, &c.priority_queue, &c.lifo_queue]
        .iter()
        .any(|q| Rc::ptr_eq(q, base))
    {
        return Ok(None);
    }
    let state = interp.state::<AsyncioState>();
    let loaded = state.python_queues.borrow().clone();
    let globals = match loaded {
        Some(globals) => globals,
        None => {
            let globals = Rc::new(Globals::with_name(Sym::intern("asyncio.queues")));
            interp.run_python_half("<asyncio.queues>", PYTHON_QUEUES, &globals)?;
            *state.python_queues.borrow_mut() = Some(globals.clone());
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

// ----- module functions ----------------------------------------------------------------

fn run(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    only_kwargs("run", kwargs, &["debug"])?;
    arity("run", args, 1, 1)?;
    let main = &args[0];
    if interp.runtime.running_loop().is_some() && !interp.runtime.nested_allowed.get() {
        let err = runtime_error("asyncio.run() cannot be called from a running event loop");
        // CPython's traceback keeps the coroutine alive until it is printed, so the
        // never-awaited warning comes after it; the exception carries it to the same effect.
        if let Value::Instance(inst) = &err.exc {
            inst.set_attr(Sym::intern("_pyco_coroutine"), main.clone());
        }
        return Err(err);
    }
    if !is_coroutine(main) {
        return Err(value_error(format!(
            "a coroutine was expected, got {}",
            interp.repr(main)?
        )));
    }
    if interp.runtime.nested_allowed.get() {
        if let Some(l) = interp.runtime.running_loop() {
            let task = task_for(interp, &l, main, None)?;
            return event_loop::run_until_complete(interp, &l, &task);
        }
    }
    let event_loop = EventLoop::new();
    if let Some(debug) = kwarg(kwargs, "debug").filter(|d| !d.is_none()) {
        event_loop.debug.set(interp.truthy(&debug)?);
    }
    *interp.runtime.current_loop.borrow_mut() = Some(event_loop.clone());
    let result = run_main(interp, &event_loop, main);
    let shutdown = close_runner_loop(interp, &event_loop);
    shutdown?;
    result
}

/// `Runner.run(coro)` on the runner's loop `event_loop`: runs `main` as the main task,
/// which Ctrl-C cancels (a second Ctrl-C, or a first that the task absorbs, becomes
/// `KeyboardInterrupt`).
pub(crate) fn run_main(interp: &Interp, event_loop: &Rc<EventLoop>, main: &Value) -> PResult {
    event_loop::check_can_run(interp, event_loop)
        .map_err(|err| keep_alive(err, std::slice::from_ref(main)))?;
    let task = task_for(interp, event_loop, main, None)?;
    let outer_main = interp.runtime.main_task.replace(Some(task.clone()));
    interp.runtime.interrupts.set(0);
    let mut result = event_loop::run_until_complete(interp, event_loop, &task);
    if interp.runtime.interrupts.get() > 0 {
        if let Err(e) = &result {
            if e.is_instance_of(&cancelled_error_class()) {
                result = Err(keyboard_interrupt());
            }
        }
    }
    *interp.runtime.main_task.borrow_mut() = outer_main;
    result
}

/// `Runner.close()`: cancels the tasks left, runs the two shutdown steps, closes the loop
/// and unsets it as the current loop.
fn close_runner_loop(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
    let mut shutdown = cancel_all_tasks(interp, event_loop);
    // CPython's Runner.close then runs `shutdown_asyncgens()` and
    // `shutdown_default_executor()` as two more tasks: they take task numbers and give
    // pending callbacks two more loop iterations.
    for name in [&"shutdown_asyncgens", &"shutdown_default_executor"] {
        if shutdown.is_err() {
            break;
        }
        let body = coroutine::native_coroutine(name, Box::pin(async { Ok(Value::None) }));
        shutdown = task_for(interp, event_loop, &body, None)
            .and_then(|t| event_loop::run_until_complete(interp, event_loop, &t))
            .map(|_| ());
    }
    event_loop.closed.set(true);
    *interp.runtime.current_loop.borrow_mut() = None;
    shutdown
}

/// `asyncio.Runner`'s native part: `_runner_new_loop()` makes its loop and sets it as the
/// current one.
fn runner_new_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = EventLoop::new();
    *interp.runtime.current_loop.borrow_mut() = Some(event_loop.clone());
    Ok(event_loop.value())
}

/// `_runner_run(loop, coro)`: `Runner.run` after its checks.
fn runner_run(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    arity("_runner_run", &args[1..], 1, 1)?;
    run_main(interp, &event_loop, &args[1])
}

/// `_runner_close(loop)`: `Runner.close` of an initialized runner.
fn runner_close(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    close_runner_loop(interp, &event_loop)?;
    Ok(Value::None)
}

/// What `asyncio.run` does to tasks still pending when the main coroutine returns.
fn cancel_all_tasks(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
    let pending: Vec<Rc<Fut>> = event_loop
        .tasks
        .borrow()
        .iter()
        .filter_map(|t| t.upgrade())
        .filter(|t| !t.done())
        .collect();
    if pending.is_empty() {
        return Ok(());
    }
    for t in &pending {
        t.cancel(Value::None);
    }
    let outer = gather_futures(interp, event_loop, pending.clone(), true);
    event_loop::run_until_complete(interp, event_loop, &outer)?;
    for t in &pending {
        if t.cancelled() {
            continue;
        }
        if let Some(exc) = t.exception() {
            t.log_traceback.set(false);
            let context = vec![
                (
                    "message",
                    Value::str("unhandled exception during asyncio.run() shutdown"),
                ),
                ("exception", exc),
                ("task", t.value()),
            ];
            exception_handler::report(interp, event_loop, context, None)?;
        }
    }
    Ok(())
}

fn sleep(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    only_kwargs("sleep", kwargs, &["result"])?;
    arity("sleep", args, 1, 2)?;
    let delay = to_f64(&args[0])?.ok_or_else(|| {
        type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            type_name(&args[0])
        ))
    })?;
    let result = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kwargs, "result"))
        .unwrap_or(Value::None);
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"sleep",
        Box::pin(async move {
            if delay <= 0.0 {
                interp.yield_once().await?;
                return Ok(result);
            }
            let event_loop = running_loop(&interp)?;
            let fut = Fut::new(&event_loop, None);
            let target = fut.clone();
            let value = result.clone();
            let when = interp.runtime.clock.monotonic() + delay;
            let timer = event_loop.schedule_at(
                when,
                Callback::Native(Rc::new(move |_| {
                    if !target.done() {
                        target.set_result(value.clone())?;
                    }
                    Ok(())
                })),
            );
            let out = interp.await_future(fut).await;
            timer.set(true);
            out
        }),
    ))
}

/// The outer future of `gather` over `children`.
fn gather_futures(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    children: Vec<Rc<Fut>>,
    return_exceptions: bool,
) -> Rc<Fut> {
    let outer = Fut::new(event_loop, None);
    if children.is_empty() {
        let _ = outer.set_result(Value::list(vec![]));
        return outer;
    }
    let mut unique: Vec<Rc<Fut>> = Vec::with_capacity(children.len());
    let mut seen = std::collections::HashSet::with_capacity(children.len());
    for c in &children {
        if seen.insert(Rc::as_ptr(c)) {
            unique.push(c.clone());
        }
    }
    let nfuts = unique.len();
    outer.set_children(children.clone());
    let finished = Rc::new(Cell::new(0usize));
    let children = Rc::new(children);
    let weak_outer = Rc::downgrade(&outer);
    let _ = interp;
    for child in &unique {
        let finished = finished.clone();
        let children = children.clone();
        let weak_outer = weak_outer.clone();
        child.add_done_callback(DoneCallback::Native(Rc::new(
            move |_interp: &Interp, fut: &Rc<Fut>| {
                finished.set(finished.get() + 1);
                let Some(outer) = weak_outer.upgrade() else {
                    if !fut.cancelled() {
                        fut.log_traceback.set(false);
                    }
                    return Ok(());
                };
                if outer.done() {
                    if !fut.cancelled() {
                        fut.log_traceback.set(false);
                    }
                    return Ok(());
                }
                if !return_exceptions {
                    if fut.cancelled() {
                        outer.set_exception(fut.cancelled_error().exc)?;
                        return Ok(());
                    }
                    fut.log_traceback.set(false);
                    if let Some(exc) = fut.exception() {
                        outer.set_exception(exc)?;
                        return Ok(());
                    }
                }
                if finished.get() == nfuts {
                    let mut results = Vec::with_capacity(children.len());
                    for c in children.iter() {
                        if c.cancelled() {
                            let message = c.cancel_message();
                            let arg = if message.is_none() {
                                Value::str("")
                            } else {
                                message
                            };
                            results
                                .push(new_exception_instance(&cancelled_error_class(), vec![arg]));
                        } else {
                            c.log_traceback.set(false);
                            match c.exception() {
                                Some(exc) => results.push(exc),
                                None => results.push(c.result_value()),
                            }
                        }
                    }
                    if outer.cancel_requested.get() {
                        outer.set_exception(fut.cancelled_error().exc)?;
                    } else {
                        outer.set_result(Value::list(results))?;
                    }
                }
                Ok(())
            },
        )));
    }
    // The outer future is kept alive by whoever awaits it; children point to it weakly so a
    // dropped gather does not keep reporting.
    let keep = outer.clone();
    unique[0].with_callbacks(|callbacks| {
        callbacks.push(DoneCallback::Native(Rc::new(move |_, _| {
            let _ = &keep;
            Ok(())
        })))
    });
    outer
}

fn gather(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    only_kwargs("gather", kwargs, &["return_exceptions"])?;
    let return_exceptions = match kwarg(kwargs, "return_exceptions") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let event_loop = current_loop(interp);
    let mut children = Vec::with_capacity(args.len());
    let mut seen: std::collections::HashMap<usize, Rc<Fut>> =
        std::collections::HashMap::with_capacity(args.len());
    for a in args {
        // CPython keys its `arg_to_fut` dict by the argument: an unhashable one (a list
        // of coroutines passed whole) fails there, with the dict's TypeError.
        if !is_coroutine(a) && fut_of(a).is_none() {
            interp.hash(a)?;
        }
        let id = a.identity();
        if let Some(f) = seen.get(&id) {
            children.push(f.clone());
            continue;
        }
        let f = to_future(interp, a)?;
        seen.insert(id, f.clone());
        children.push(f);
    }
    Ok(gather_futures(interp, &event_loop, children, return_exceptions).value())
}

fn create_task(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    only_kwargs("create_task", kwargs, &["name", "context"])?;
    arity("create_task", args, 1, 1)?;
    let event_loop = running_loop(interp)?;
    let name = name_arg(interp, kwargs)?;
    // `asyncio.create_task` names the task after creating it, so a named task still takes a
    // number from the default-name counter (unlike `loop.create_task(name=...)`).
    let task = task_for(interp, &event_loop, &args[0], None)?;
    if let (Some(name), Some(ts)) = (name, &task.task) {
        ts.set_name(&name);
    }
    Ok(task.value())
}

fn ensure_future(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ensure_future", args, 1, 1)?;
    Ok(to_future(interp, &args[0])?.value())
}

fn current_task(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    if interp.runtime.running_loop().is_none() {
        return Err(runtime_error("no running event loop"));
    }
    Ok(interp
        .runtime
        .current_task
        .borrow()
        .as_ref()
        .map(|t| t.value())
        .unwrap_or(Value::None))
}

fn all_tasks(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = match args.first() {
        Some(v) if !v.is_none() => recv_loop(args)?,
        _ => running_loop(interp)?,
    };
    let mut set = Set::default();
    for t in event_loop.tasks.borrow().iter().filter_map(|t| t.upgrade()) {
        if !t.done() {
            set.insert(interp.key(t.value())?);
        }
    }
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

fn get_event_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(current_loop(interp).value())
}

fn new_event_loop(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(EventLoop::new().value())
}

fn set_event_loop(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("set_event_loop", args, 1, 1)?;
    *interp.runtime.current_loop.borrow_mut() = loop_of(&args[0]);
    Ok(Value::None)
}

fn get_running_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(running_loop(interp)?.value())
}

fn get_running_loop_or_none(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(interp
        .runtime
        .running_loop()
        .map(|l| l.value())
        .unwrap_or(Value::None))
}

fn iscoroutine(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("iscoroutine", args, 1, 1)?;
    Ok(Value::Bool(is_coroutine(&args[0])))
}

fn iscoroutinefunction(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("iscoroutinefunction", args, 1, 1)?;
    let f = match &args[0] {
        Value::BoundMethod(m) => m.function.clone(),
        other => other.clone(),
    };
    Ok(Value::Bool(
        matches!(f, Value::Function(f) if f.def.is_async),
    ))
}

fn isfuture(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isfuture", args, 1, 1)?;
    Ok(Value::Bool(fut_of(&args[0]).is_some()))
}

// ----- Future and Task methods ----------------------------------------------------------

fn fut_done(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_fut(args, "done")?.done()))
}

fn fut_result(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_fut(args, "result")?.result()
}

fn fut_exception(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_fut(args, "exception")?.exception_value()
}

fn fut_cancel(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "cancel")?;
    let message = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kwargs, "msg"))
        .unwrap_or(Value::None);
    Ok(Value::Bool(f.cancel(message)))
}

fn fut_cancelled(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_fut(args, "cancelled")?.cancelled()))
}

fn fut_add_done_callback(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "add_done_callback")?;
    let Some(cb) = args.get(1) else {
        return Err(type_error(
            "add_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    f.add_done_callback(DoneCallback::Python(cb.clone()));
    Ok(Value::None)
}

fn fut_remove_done_callback(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "remove_done_callback")?;
    let Some(cb) = args.get(1) else {
        return Err(type_error(
            "remove_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    let mut removed = 0;
    let mut kept = Vec::new();
    for c in f.take_callbacks() {
        let same = match &c {
            DoneCallback::Python(v) => interp.eq(v, cb)?,
            _ => false,
        };
        if same {
            removed += 1;
        } else {
            kept.push(c);
        }
    }
    // Callbacks added by the comparisons' Python code stay, after the kept ones.
    f.with_callbacks(|added| {
        kept.append(added);
        *added = kept;
    });
    Ok(Value::Int(removed))
}

fn fut_set_result(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_result")?;
    arity("set_result", &args[1..], 1, 1)?;
    if f.done() {
        return Err(event_loop::invalid_state("invalid state"));
    }
    f.set_result(args[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_exception")?;
    arity("set_exception", &args[1..], 1, 1)?;
    if f.done() {
        return Err(event_loop::invalid_state("invalid state"));
    }
    let exc = interp.exception_instance(args[1].clone())?;
    if types::class_of(&exc).is_subclass(&types().stop_iteration) {
        return Err(type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    f.set_exception(exc)?;
    Ok(Value::None)
}

fn fut_get_loop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(recv_fut(args, "get_loop")?.event_loop.value())
}

fn task_get_name(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::str(recv_fut(args, "get_name")?.name()))
}

fn task_set_name(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "set_name")?;
    arity("set_name", &args[1..], 1, 1)?;
    if let Some(t) = &f.task {
        t.set_name(&interp.str(&args[1])?);
    }
    Ok(Value::None)
}

fn task_get_coro(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "get_coro")?;
    Ok(f.task
        .as_ref()
        .map(|t| t.coro_value())
        .unwrap_or(Value::None))
}

fn task_cancelling(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "cancelling")?;
    Ok(Value::Int(
        f.task
            .as_ref()
            .map(|t| t.num_cancels_requested.get() as i64)
            .unwrap_or(0),
    ))
}

fn task_uncancel(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let f = recv_fut(args, "uncancel")?;
    let n = match &f.task {
        Some(t) => {
            let n = t.num_cancels_requested.get().saturating_sub(1);
            t.num_cancels_requested.set(n);
            n
        }
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn task_set_result(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(runtime_error(
        "Task does not support set_exception operation",
    ))
}

/// `asyncio.Future()` and `asyncio.Task(coro)`.
pub fn construct(
    interp: &Interp,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult {
    let c = classes();
    if Rc::ptr_eq(class, &c.future) {
        return Ok(Fut::new(&current_loop(interp), None).value());
    }
    if Rc::ptr_eq(class, &c.event) {
        arity("Event", args, 0, 0)?;
        return Ok(Value::Native(Rc::new(Native::Event(Rc::new(
            EventState::default(),
        )))));
    }
    if let Some(kind) = queue::kind_of_class(class) {
        return queue::construct(kind, args, kwargs);
    }
    if Rc::ptr_eq(class, &c.task) {
        arity("Task", args, 1, 1)?;
        let name = name_arg(interp, kwargs)?;
        return Ok(task_for(interp, &current_loop(interp), &args[0], name)?.value());
    }
    Err(type_error(format!(
        "cannot create '{}' instances",
        class.name
    )))
}

// ----- Event ----------------------------------------------------------------------------

fn recv_event(args: &[Value]) -> PResult<Rc<EventState>> {
    match args.first() {
        Some(Value::Native(n)) => match &**n {
            Native::Event(state) => Ok(state.clone()),
            _ => Err(type_error("expected an asyncio.Event")),
        },
        _ => Err(type_error("expected an asyncio.Event")),
    }
}

/// `Event.wait()`: a coroutine, like CPython's, that returns True once the event is set.
fn event_wait(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = queue::receiver_only("Event.wait", args, kwargs)?;
    let event = recv_event(&args)?;
    let receiver = args[0].clone();
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Event.wait",
        Box::pin(async move {
            wait_event(&interp, &event, Some(&receiver)).await?;
            Ok(Value::Bool(true))
        }),
    ))
}

/// `await event.wait()`: true at once if the event is set; otherwise a wait on a waiter
/// future, with no coroutine object or body. The await takes the waiter off the list when
/// the task resumes.
fn event_wait_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_] = args else { return None };
    let state = recv_event(args).ok()?;
    if state.value.get() {
        return Some(Ok(Awaited::Value(Value::Bool(true))));
    }
    Some(
        state
            .new_waiter(interp, Some(&args[0]))
            .map(|fut| Awaited::WaitListed(fut, state)),
    )
}

/// The body of `Event.wait()`: returns once the event is set (at once if it is).
async fn wait_event(interp: &Interp, state: &EventState, event: Option<&Value>) -> PResult<()> {
    if state.value.get() {
        return Ok(());
    }
    let fut = state.new_waiter(interp, event)?;
    let result = interp.await_future(fut.clone()).await;
    state.remove_waiter(&fut);
    result.map(|_| ())
}

fn event_set(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    set_event(&*recv_event(args)?)?;
    Ok(Value::None)
}

/// `Event.set()`: wakes every waiter.
fn set_event(state: &EventState) -> PResult<()> {
    if !state.value.get() {
        state.value.set(true);
        let waiters = state.waiters.borrow().clone();
        for fut in waiters {
            if !fut.done() {
                fut.set_result(Value::Bool(true))?;
            }
        }
    }
    Ok(())
}

/// `Event.clear()`.
fn clear_event(state: &EventState) {
    state.value.set(false);
}

fn event_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    clear_event(&*recv_event(args)?);
    Ok(Value::None)
}

fn event_is_set(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_event(args)?.value.get()))
}

// ----- loop methods -------------------------------------------------------------------

fn loop_run_until_complete(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    arity("run_until_complete", &args[1..], 1, 1)?;
    // CPython checks the loop before it wraps the argument: a coroutine refused here was
    // never started, and can still be awaited. Its frame (and so the coroutine) lives on
    // in the error's traceback: a coroutine nobody else holds is dropped, with its
    // never-awaited warning, when the error is.
    event_loop::check_can_run(interp, &l).map_err(|err| keep_alive(err, &args[1..]))?;
    let fut = match fut_of(&args[1]) {
        Some(f) => f,
        None if is_coroutine(&args[1]) => task_for(interp, &l, &args[1], None)?,
        None => {
            return Err(type_error(
                "An asyncio.Future, a coroutine or an awaitable is required",
            ))
        }
    };
    let previous = interp.runtime.current_loop.replace(Some(l.clone()));
    let result = event_loop::run_until_complete(interp, &l, &fut);
    if interp.runtime.current_loop.borrow().is_none() {
        *interp.runtime.current_loop.borrow_mut() = previous;
    }
    result
}

fn loop_run_forever(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    event_loop::run_forever(interp, &l)?;
    Ok(Value::None)
}

fn loop_stop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?.stopping.set(true);
    Ok(Value::None)
}

fn loop_close(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    if l.running.get() {
        return Err(runtime_error("Cannot close a running event loop"));
    }
    l.closed.set(true);
    Ok(Value::None)
}

fn loop_is_closed(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.closed.get()))
}

fn loop_is_running(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.running.get()))
}

fn loop_time(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Float(interp.runtime.clock.monotonic()))
}

/// The Python value of a scheduled callback `f(*args)`.
pub fn handle_value(
    cancelled: Rc<Cell<bool>>,
    when: Option<f64>,
    callback: Option<(Value, Vec<Value>)>,
) -> Value {
    Value::Native(Rc::new(Native::Handle {
        cancelled,
        when,
        callback: callback.map(Rc::new),
    }))
}

fn check_open(l: &EventLoop) -> PResult<()> {
    if l.closed.get() {
        return Err(runtime_error("Event loop is closed"));
    }
    Ok(())
}

fn loop_call_soon(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    let Some(f) = args.get(1) else {
        return Err(type_error(
            "call_soon() missing 1 required positional argument: 'callback'",
        ));
    };
    let cancelled = l.schedule(Callback::Call(f.clone(), args[2..].to_vec()));
    Ok(handle_value(
        cancelled,
        None,
        Some((f.clone(), args[2..].to_vec())),
    ))
}

fn loop_call_later(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    if args.len() < 3 {
        return Err(type_error(
            "call_later() missing required positional arguments: 'delay' and 'callback'",
        ));
    }
    let delay = to_f64(&args[1])?.ok_or_else(|| type_error("delay must be a number"))?;
    let when = interp.runtime.clock.monotonic() + delay;
    let cancelled = l.schedule_at(when, Callback::Call(args[2].clone(), args[3..].to_vec()));
    Ok(handle_value(
        cancelled,
        Some(when),
        Some((args[2].clone(), args[3..].to_vec())),
    ))
}

fn loop_call_at(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    if args.len() < 3 {
        return Err(type_error(
            "call_at() missing required positional arguments: 'when' and 'callback'",
        ));
    }
    let when = to_f64(&args[1])?.ok_or_else(|| type_error("when must be a number"))?;
    let cancelled = l.schedule_at(when, Callback::Call(args[2].clone(), args[3..].to_vec()));
    Ok(handle_value(
        cancelled,
        Some(when),
        Some((args[2].clone(), args[3..].to_vec())),
    ))
}

fn loop_create_task(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    check_open(&l)?;
    arity("create_task", &args[1..], 1, 1)?;
    let name = name_arg(interp, kwargs)?;
    Ok(task_for(interp, &l, &args[1], name)?.value())
}

fn loop_create_future(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    Ok(Fut::new(&l, None).value())
}

fn loop_get_debug(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv_loop(args)?.debug.get()))
}

fn loop_set_debug(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_loop(args)?;
    arity("set_debug", &args[1..], 1, 1)?;
    l.debug.set(interp.truthy(&args[1])?);
    Ok(Value::None)
}

/// `loop.shutdown_asyncgens()`: a coroutine with nothing to do, since pyco has no
/// asynchronous generators to finalize.
fn loop_shutdown_asyncgens(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    Ok(coroutine::native_coroutine(
        &"BaseEventLoop.shutdown_asyncgens",
        Box::pin(async { Ok(Value::None) }),
    ))
}

/// `loop.shutdown_default_executor()`: a coroutine with nothing to do, since pyco never
/// makes an executor.
fn loop_shutdown_default_executor(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    Ok(coroutine::native_coroutine(
        &"BaseEventLoop.shutdown_default_executor",
        Box::pin(async { Ok(Value::None) }),
    ))
}

fn loop_get_task_factory(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    Ok(Value::None)
}

/// `loop.set_task_factory(None)` keeps the default; a factory of its own is refused.
fn loop_set_task_factory(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_loop(args)?;
    arity("set_task_factory", &args[1..], 1, 1)?;
    match &args[1] {
        Value::None => Ok(Value::None),
        factory if !builtins::is_callable(factory) => {
            Err(type_error("task factory must be a callable or None"))
        }
        _ => Err(not_implemented_error(
            "loop.set_task_factory() is not supported by pyco: its loop always makes its own tasks",
        )),
    }
}

/// Loop methods of CPython's that need what pyco does not have: each fails with
/// `NotImplementedError` naming the method and the reason.
macro_rules! unsupported_loop_methods {
    ($($name:literal => $reason:literal,)*) => {
        &[$(native!($name, |_: &Interp, _: &[Value], _: &[(Sym, Value)]| -> PResult {
            Err(not_implemented_error(concat!(
                "loop.", $name, "() is not supported by pyco: ", $reason
            )))
        }),)*]
    };
}

const UNSUPPORTED_LOOP_METHODS: &[&BuiltinFunction] = unsupported_loop_methods! {
    "run_in_executor" => "pyco has no threads",
    "set_default_executor" => "pyco has no threads",
    "add_signal_handler" => "pyco cannot install signal handlers",
    "remove_signal_handler" => "pyco cannot install signal handlers",
    "create_connection" => "pyco has no network I/O",
    "create_server" => "pyco has no network I/O",
    "create_datagram_endpoint" => "pyco has no network I/O",
    "create_unix_connection" => "pyco has no network I/O",
    "create_unix_server" => "pyco has no network I/O",
    "getaddrinfo" => "pyco has no network I/O",
    "getnameinfo" => "pyco has no network I/O",
    "start_tls" => "pyco has no network I/O",
    "sendfile" => "pyco has no network I/O",
    "sock_recv" => "pyco has no network I/O",
    "sock_recv_into" => "pyco has no network I/O",
    "sock_sendall" => "pyco has no network I/O",
    "sock_connect" => "pyco has no network I/O",
    "sock_accept" => "pyco has no network I/O",
    "sock_sendfile" => "pyco has no network I/O",
    "add_reader" => "pyco has no file descriptors to watch",
    "remove_reader" => "pyco has no file descriptors to watch",
    "add_writer" => "pyco has no file descriptors to watch",
    "remove_writer" => "pyco has no file descriptors to watch",
    "connect_read_pipe" => "pyco has no pipes",
    "connect_write_pipe" => "pyco has no pipes",
    "subprocess_exec" => "pyco cannot start subprocesses",
    "subprocess_shell" => "pyco cannot start subprocesses",
};

fn handle_parts(args: &[Value]) -> PResult<(Rc<Cell<bool>>, Option<f64>)> {
    match args.first() {
        Some(Value::Native(n)) => match &**n {
            Native::Handle {
                cancelled, when, ..
            } => Ok((cancelled.clone(), *when)),
            _ => Err(type_error("expected a Handle")),
        },
        _ => Err(type_error("expected a Handle")),
    }
}

fn handle_cancel(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    handle_parts(args)?.0.set(true);
    Ok(Value::None)
}

fn handle_cancelled(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(handle_parts(args)?.0.get()))
}

fn handle_when(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(handle_parts(args)?
        .1
        .map(Value::Float)
        .unwrap_or(Value::None))
}

/// One row of the REPL's `:tasks`: the task's name, its coroutine (`ticker()`), its state,
/// where it is suspended (`<stdin>:3`, empty before its first step) and what it waits for.
pub fn task_row(interp: &Interp, f: &Rc<Fut>) -> PResult<[String; 5]> {
    let Some(t) = &f.task else {
        return Ok([
            String::new(),
            String::new(),
            f.state_name().to_lowercase(),
            String::new(),
            String::new(),
        ]);
    };
    let mut state = f.state_name().to_lowercase();
    if t.num_cancels_requested.get() > 0 && !f.done() {
        state = "cancelling".to_string();
    }
    let (coro, at) = match t.coro_value() {
        Value::Native(n) => match &*n {
            Native::Coroutine(c) => {
                let offset = running_offset(interp, f, t)
                    .or(Some(t.suspended_at.get()).filter(|&at| at != event_loop::NOT_SUSPENDED));
                let at = match (&c.function, offset) {
                    (Some(function), Some(offset))
                        if (offset as usize) <= function.source.text.len() =>
                    {
                        format!(
                            "{}:{}",
                            function.source.name,
                            function.source.line_of(offset)
                        )
                    }
                    _ => String::new(),
                };
                (format!("{}()", c.qualname()), at)
            }
            _ => (interp.repr(&t.coro_value())?, String::new()),
        },
        other => (interp.repr(&other)?, String::new()),
    };
    let waits = match t.fut_waiter() {
        Some(waiter) if waiter.is_task() => format!("task '{}'", waiter.name()),
        Some(waiter) => future_repr(interp, &waiter)?,
        None => String::new(),
    };
    Ok([t.name(), coro, state, at, waits])
}

/// The repr of a future or task.
pub fn future_repr(interp: &Interp, f: &Rc<Fut>) -> PResult<String> {
    // CPython's `_future_repr_info` and `_task_repr_info`, part for part.
    let mut info = vec![f.state_name().to_lowercase()];
    if f.done() && !f.cancelled() {
        match &f.exception() {
            Some(e) => info.push(format!("exception={}", interp.repr(e)?)),
            None => info.push(format!(
                "result={}",
                reprlib::short_repr(interp, &f.result_value())?
            )),
        }
    }
    if let Some(callbacks) = format_callbacks(interp, f)? {
        info.push(callbacks);
    }
    let Some(t) = &f.task else {
        return Ok(format!("<Future {}>", info.join(" ")));
    };
    // `task.cancelling() and not task.done()`, as CPython 3.11's `_task_repr_info`.
    if t.num_cancels_requested.get() > 0 && !f.done() {
        info[0] = "cancelling".to_string();
    }
    info.insert(1, format!("name={}", interp.repr(&Value::str(t.name()))?));
    let suspended_at = running_offset(interp, f, t)
        .or(Some(t.suspended_at.get()).filter(|&at| at != event_loop::NOT_SUSPENDED));
    let coro = coroutine::coroutine_summary(
        &t.coro_value(),
        if f.done() { "done" } else { "running" },
        suspended_at,
    );
    info.insert(2, format!("coro={coro}"));
    if let Some(waiter) = t.fut_waiter() {
        info.insert(3, format!("wait_for={}", future_repr(interp, &waiter)?));
    }
    Ok(format!("<Task {}>", info.join(" ")))
}

/// For the task running now, when its own coroutine's frame is the innermost: the start of
/// the statement it is running (CPython's repr shows a running frame's current line). The
/// innermost frame is the coroutine's when the current statement lies in its `def`;
/// otherwise the coroutine is at the call it made last.
fn running_offset(interp: &Interp, task: &Rc<Fut>, state: &event_loop::TaskState) -> Option<u32> {
    let current = interp.runtime.current_task.borrow().clone()?;
    if !Rc::ptr_eq(&current, task) {
        return None;
    }
    let Value::Native(coro) = state.coro_value() else {
        return None;
    };
    let Native::Coroutine(c) = &*coro else {
        return None;
    };
    let function = c.function.as_ref()?;
    let body = &function.def.body;
    let (Some(first), Some(last)) = (body.first(), body.last()) else {
        return None;
    };
    let in_body = |position: interp::Position| {
        position != interp::Position::NONE
            && position == interp::Position::at(&function.source, position.offset)
            && first.span.start <= position.offset
            && position.offset < last.span.end
    };
    // The innermost frame's line, else the line the coroutine called it from.
    [
        interp.position.get(),
        interp.runtime.task_frame_position.get(),
    ]
    .into_iter()
    .find(|&p| in_body(p))
    .map(|p| p.offset)
}

/// `cb=[...]` of a future's repr: CPython's `_format_callbacks`, for the callbacks a
/// program can see (its own functions, and tasks waiting on the future). The runtime's
/// own reactions (gather, wait, TaskGroup) are functions of CPython's library there, named
/// with its install path, and are left out.
fn format_callbacks(interp: &Interp, f: &Rc<Fut>) -> PResult<Option<String>> {
    let callbacks = f.with_callbacks(|cbs| cbs.clone());
    let mut shown = Vec::new();
    for cb in &callbacks {
        match cb {
            DoneCallback::Wakeup(_) => shown.push("Task.task_wakeup()".to_string()),
            DoneCallback::Python(v) => shown.push(callback_source(interp, v, &[])?),
            DoneCallback::Native(_) => {}
        }
    }
    Ok(match shown.len() {
        0 => None,
        1 => Some(format!("cb=[{}]", shown[0])),
        2 => Some(format!("cb=[{}, {}]", shown[0], shown[1])),
        n => Some(format!(
            "cb=[{}, <{} more>, {}]",
            shown[0],
            n - 2,
            shown[n - 1]
        )),
    })
}

/// `format_helpers._format_callback_source(callback, args)`: `name(args) at FILE:LINE`
/// for a function (each argument as `reprlib.repr` gives it); a bound method or a
/// builtin has a name and no source there.
pub fn callback_source(interp: &Interp, callback: &Value, args: &[Value]) -> PResult<String> {
    let mut shown_args = Vec::with_capacity(args.len());
    for arg in args {
        shown_args.push(reprlib::short_repr(interp, arg)?);
    }
    let call = format!("({})", shown_args.join(", "));
    Ok(match callback {
        Value::Function(f) => format!(
            "{}{call} at {}:{}",
            f.qualname,
            f.source.name,
            f.source.line_of(f.def.first_line_offset())
        ),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => format!("{}{call}", f.qualname),
            Value::Builtin(b) => format!("{}{call}", b.name),
            other => format!("{}{call}", interp.repr(other)?),
        },
        Value::Builtin(b) => format!("{}{call}", b.name),
        other => format!("{}{call}", interp.repr(other)?),
    })
}

/// The repr of asyncio's native objects.
pub fn repr(interp: &Interp, value: &Value, n: &Native) -> PResult<String> {
    Ok(match n {
        Native::Loop(l) => format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            if l.running.get() { "True" } else { "False" },
            if l.closed.get() { "True" } else { "False" },
            if l.debug.get() { "True" } else { "False" }
        ),
        Native::Event(state) => {
            let mut res = if state.value.get() {
                "set".to_string()
            } else {
                "unset".to_string()
            };
            let waiting = state.waiting();
            if waiting > 0 {
                res = format!("{res}, waiters:{waiting}");
            }
            format!(
                "<asyncio.locks.Event object at 0x{:x} [{res}]>",
                value.identity()
            )
        }
        Native::Queue(queue) => queue::repr(interp, value, queue)?,
        Native::Handle {
            cancelled,
            when,
            callback,
        } => {
            // CPython's `Handle._repr_info` and `TimerHandle._repr_info`.
            let mut info = vec![if when.is_some() {
                "TimerHandle"
            } else {
                "Handle"
            }
            .to_string()];
            if cancelled.get() {
                info.push("cancelled".to_string());
            }
            if let Some(when) = when {
                info.push(format!("when={}", interp.repr(&Value::Float(*when))?));
            }
            if let (Some(callback), false) = (callback, cancelled.get()) {
                info.push(callback_source(interp, &callback.0, &callback.1)?);
            }
            format!("<{}>", info.join(" "))
        }
        _ => format!("<object at 0x{:x}>", value.identity()),
    })
}
