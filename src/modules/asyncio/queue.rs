//! `asyncio.Queue`, `PriorityQueue` and `LifoQueue` in Rust.
//!
//! They follow CPython 3.11's `asyncio/queues.py` line by line, because programs observe its
//! order: which waiter wakes, when a cancelled waiter passes its wake-up on, where a failed
//! heap comparison leaves the heap. Producer/consumer loops are the hottest code in many
//! asyncio programs, so the fast paths (`await q.put(x)` with room, `await q.get()` with an
//! item) neither make a future nor suspend: the coroutine object and its few-word body are
//! the only allocations.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::{classes, clear_event, set_event, wait_event, EventState};
use crate::coroutine;
use crate::event_loop::{EventLoop, Fut, MadeFor};
use crate::exception::*;
use crate::interp::binding;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::syntax::ast::CmpOp;
use crate::types::type_name;
use crate::value::*;

/// Which of the three queues: they differ only in how items go in and come out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QueueKind {
    /// `Queue`: first in, first out.
    Fifo,
    /// `PriorityQueue`: a binary heap kept exactly as `heapq` keeps a list.
    Priority,
    /// `LifoQueue`: a stack.
    Lifo,
}

/// When `full()` is true, worked out once from `maxsize`.
#[derive(Clone, Copy)]
enum Limit {
    /// `maxsize` is an int `<= 0`: never full.
    Unbounded,
    /// `maxsize` is a positive int: full at this many items.
    Items(usize),
    /// Any other `maxsize` (a float, a huge int, a str): compared with Python's operators
    /// each time, so `full()` raises where CPython's raises.
    Compare,
}

/// The state of one queue (CPython's instance attributes of `Queue`).
pub struct QueueState {
    kind: QueueKind,
    /// `Queue`, `PriorityQueue` or `LifoQueue`, kept here because each method call asks.
    class: Rc<Class>,
    /// `maxsize` as given, for `maxsize`, reprs and odd comparisons.
    maxsize: Value,
    limit: Limit,
    /// `_queue`: a deque for `Queue`, a heap-ordered list for `PriorityQueue`, a stack for
    /// `LifoQueue`; in each case in the order `list(self._queue)` shows it.
    items: RefCell<VecDeque<Value>>,
    /// `_getters` and `_putters`: futures of blocked `get()` and `put()` calls, oldest first.
    getters: RefCell<VecDeque<Rc<Fut>>>,
    putters: RefCell<VecDeque<Rc<Fut>>>,
    /// `_unfinished_tasks`: items put and not yet marked done by `task_done()`.
    unfinished_tasks: Cell<u64>,
    /// `_finished`: set when `unfinished_tasks` is zero; `join()` waits on it.
    finished: Rc<EventState>,
    /// The loop of `_LoopBoundMixin._get_loop`: bound by the first wait, checked by later ones.
    bound_loop: RefCell<Option<Weak<EventLoop>>>,
}

impl QueueState {
    /// `Queue.__init__(maxsize)`.
    fn new(kind: QueueKind, maxsize: Value) -> QueueState {
        let limit = match maxsize {
            Value::Int(n) if n <= 0 => Limit::Unbounded,
            Value::Int(n) => Limit::Items(usize::try_from(n).unwrap_or(usize::MAX)),
            _ => Limit::Compare,
        };
        let finished = Rc::new(EventState::default());
        finished.value.set(true);
        let c = classes();
        let class = match kind {
            QueueKind::Fifo => c.queue.clone(),
            QueueKind::Priority => c.priority_queue.clone(),
            QueueKind::Lifo => c.lifo_queue.clone(),
        };
        QueueState {
            kind,
            class,
            maxsize,
            limit,
            items: RefCell::new(VecDeque::new()),
            getters: RefCell::new(VecDeque::new()),
            putters: RefCell::new(VecDeque::new()),
            unfinished_tasks: Cell::new(0),
            finished,
            bound_loop: RefCell::new(None),
        }
    }

    /// The class of this queue, for `type()` and every method lookup.
    pub fn class(&self) -> Rc<Class> {
        self.class.clone()
    }

    fn qsize(&self) -> usize {
        self.items.borrow().len()
    }

    fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// `full()`: `maxsize <= 0` means never; else `qsize() >= maxsize`.
    fn full(&self, interp: &Interp) -> PResult<bool> {
        match self.limit {
            Limit::Unbounded => Ok(false),
            Limit::Items(n) => Ok(self.qsize() >= n),
            Limit::Compare => {
                let unbounded = interp.compare(CmpOp::LtE, &self.maxsize, &Value::Int(0))?;
                if interp.truthy(&unbounded)? {
                    return Ok(false);
                }
                let size = Value::Int(self.qsize() as i64);
                let full = interp.compare(CmpOp::GtE, &size, &self.maxsize)?;
                interp.truthy(&full)
            }
        }
    }

    /// `put_nowait(item)`.
    fn put_nowait(&self, interp: &Interp, item: Value) -> PResult<()> {
        if self.full(interp)? {
            return Err(PyErr::with_args(&classes().queue_full, vec![]));
        }
        self.put_unchecked(interp, item)
    }

    /// `put_nowait(item)` once the queue is known not to be full.
    fn put_unchecked(&self, interp: &Interp, item: Value) -> PResult<()> {
        match self.kind {
            QueueKind::Fifo | QueueKind::Lifo => self.items.borrow_mut().push_back(item),
            QueueKind::Priority => heap_push(interp, &self.items, item)?,
        }
        self.unfinished_tasks.set(self.unfinished_tasks.get() + 1);
        clear_event(&self.finished);
        wakeup_next(&self.getters)
    }

    /// `get_nowait()`.
    fn get_nowait(&self, interp: &Interp) -> PResult {
        let item = match self.kind {
            QueueKind::Fifo => self.items.borrow_mut().pop_front(),
            QueueKind::Lifo => self.items.borrow_mut().pop_back(),
            QueueKind::Priority => heap_pop(interp, &self.items)?,
        };
        let Some(item) = item else {
            return Err(PyErr::with_args(&classes().queue_empty, vec![]));
        };
        wakeup_next(&self.putters)?;
        Ok(item)
    }

    /// `task_done()`.
    fn task_done(&self) -> PResult<()> {
        let unfinished = self.unfinished_tasks.get();
        if unfinished == 0 {
            return Err(value_error("task_done() called too many times"));
        }
        self.unfinished_tasks.set(unfinished - 1);
        if unfinished == 1 {
            set_event(&self.finished)?;
        }
        Ok(())
    }

    /// A future to wait on: `self._get_loop().create_future()`.
    fn new_waiter(&self, interp: &Interp, queue: &Value) -> PResult<Rc<Fut>> {
        let event_loop = super::bound_running_loop(interp, &self.bound_loop, queue)?;
        Ok(Fut::new(&event_loop, None))
    }

    /// `_format()`: what `repr` and `str` show after the class name.
    fn format(&self, interp: &Interp) -> PResult<String> {
        let mut out = format!("maxsize={}", interp.repr(&self.maxsize)?);
        // A snapshot: an item's `__repr__` may touch the queue.
        let items: Vec<Value> = self.items.borrow().iter().cloned().collect();
        if !items.is_empty() {
            out.push_str(" _queue=");
            out.push_str(&interp.repr(&Value::list(items))?);
        }
        let getters = self.getters.borrow().len();
        if getters > 0 {
            out.push_str(&format!(" _getters[{getters}]"));
        }
        let putters = self.putters.borrow().len();
        if putters > 0 {
            out.push_str(&format!(" _putters[{putters}]"));
        }
        let tasks = self.unfinished_tasks.get();
        if tasks > 0 {
            out.push_str(&format!(" tasks={tasks}"));
        }
        Ok(out)
    }
}

/// `_wakeup_next(waiters)`: wakes the oldest waiter that is not done yet.
fn wakeup_next(waiters: &RefCell<VecDeque<Rc<Fut>>>) -> PResult<()> {
    loop {
        let Some(waiter) = waiters.borrow_mut().pop_front() else {
            return Ok(());
        };
        if !waiter.done() {
            return waiter.set_result(Value::None);
        }
    }
}

/// `waiters.remove(waiter)`, where a missing waiter is fine.
fn forget(waiters: &RefCell<VecDeque<Rc<Fut>>>, waiter: &Rc<Fut>) {
    let mut waiters = waiters.borrow_mut();
    if let Some(i) = waiters.iter().position(|w| Rc::ptr_eq(w, waiter)) {
        waiters.remove(i);
    }
}

// ----- put and get ----------------------------------------------------------------------

/// The body of `put(item)`. Kept small: the state of a blocking put lives in its own box,
/// made only when the queue is full.
async fn put(interp: &Interp, receiver: &Value, item: Value) -> PResult {
    let queue = queue_of(receiver, "put")?;
    if queue.full(interp)? {
        return Box::pin(put_blocking(interp, queue, receiver, item)).await;
    }
    queue.put_nowait(interp, item)?;
    Ok(Value::None)
}

/// `put(item)` on a full queue: wait for a free slot, as often as it takes.
async fn put_blocking(
    interp: &Interp,
    queue: &QueueState,
    receiver: &Value,
    item: Value,
) -> PResult {
    while queue.full(interp)? {
        let putter = queue.new_waiter(interp, receiver)?;
        putter.made_for.set(MadeFor::QueuePut);
        queue.putters.borrow_mut().push_back(putter.clone());
        if let Err(e) = interp.await_future(putter.clone()).await {
            putter.cancel(Value::None);
            forget(&queue.putters, &putter);
            // Woken by `get_nowait()` but cannot take the slot: pass the wake-up on.
            if !queue.full(interp)? && !putter.cancelled() {
                wakeup_next(&queue.putters)?;
            }
            return Err(e);
        }
    }
    queue.put_nowait(interp, item)?;
    Ok(Value::None)
}

/// The body of `get()`. Kept small: the state of a blocking get lives in its own box, made
/// only when the queue is empty.
async fn get(interp: &Interp, receiver: &Value) -> PResult {
    let queue = queue_of(receiver, "get")?;
    if queue.is_empty() {
        return Box::pin(get_blocking(interp, queue, receiver)).await;
    }
    queue.get_nowait(interp)
}

/// `get()` on an empty queue: wait for an item, as often as it takes.
async fn get_blocking(interp: &Interp, queue: &QueueState, receiver: &Value) -> PResult {
    while queue.is_empty() {
        let getter = queue.new_waiter(interp, receiver)?;
        getter.made_for.set(MadeFor::QueueGet);
        queue.getters.borrow_mut().push_back(getter.clone());
        if let Err(e) = interp.await_future(getter.clone()).await {
            getter.cancel(Value::None);
            forget(&queue.getters, &getter);
            // Woken by `put_nowait()` but cannot take the item: pass the wake-up on.
            if !queue.is_empty() && !getter.cancelled() {
                wakeup_next(&queue.getters)?;
            }
            return Err(e);
        }
    }
    queue.get_nowait(interp)
}

// ----- heapq ----------------------------------------------------------------------------

/// `a < b` as `heapq` asks it (`PyObject_RichCompareBool(a, b, Py_LT)`).
fn less(interp: &Interp, a: &Value, b: &Value) -> PResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        _ => {
            let r = interp.compare(CmpOp::Lt, a, b)?;
            interp.truthy(&r)
        }
    }
}

/// The items at `i` and `j`, cloned so no borrow is held while Python code compares them.
fn pair(heap: &RefCell<VecDeque<Value>>, i: usize, j: usize) -> Option<(Value, Value)> {
    let heap = heap.borrow();
    Some((heap.get(i)?.clone(), heap.get(j)?.clone()))
}

/// A comparison may run Python code that changes the queue; heapq refuses to go on then.
fn check_size(heap: &RefCell<VecDeque<Value>>, size: usize) -> PResult<()> {
    if heap.borrow().len() != size {
        return Err(runtime_error("list changed size during iteration"));
    }
    Ok(())
}

/// `heapq.heappush`.
fn heap_push(interp: &Interp, heap: &RefCell<VecDeque<Value>>, item: Value) -> PResult<()> {
    let pos = {
        let mut heap = heap.borrow_mut();
        heap.push_back(item);
        heap.len() - 1
    };
    sift_down(interp, heap, 0, pos)
}

/// `heapq.heappop`, or None when the heap is empty. On a failed comparison the item is lost
/// and the heap left half-sifted, as CPython leaves them.
fn heap_pop(interp: &Interp, heap: &RefCell<VecDeque<Value>>) -> PResult<Option<Value>> {
    let top = {
        let mut items = heap.borrow_mut();
        let Some(last) = items.pop_back() else {
            return Ok(None);
        };
        match items.front_mut() {
            None => return Ok(Some(last)),
            Some(front) => std::mem::replace(front, last),
        }
    };
    sift_up(interp, heap, 0)?;
    Ok(Some(top))
}

/// heapq's `_siftdown`: moves the item at `pos` up towards `start` while it is smaller than
/// its parent.
fn sift_down(
    interp: &Interp,
    heap: &RefCell<VecDeque<Value>>,
    start: usize,
    mut pos: usize,
) -> PResult<()> {
    let size = heap.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let Some((item, above)) = pair(heap, pos, parent) else {
            return Ok(());
        };
        let smaller = less(interp, &item, &above)?;
        check_size(heap, size)?;
        if !smaller {
            break;
        }
        heap.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// heapq's `_siftup`: moves the smaller child up until `pos` is a leaf, then sifts the item
/// that was at `pos` back down into place.
fn sift_up(interp: &Interp, heap: &RefCell<VecDeque<Value>>, mut pos: usize) -> PResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let Some((left, right)) = pair(heap, child, child + 1) else {
                return Ok(());
            };
            let left_smaller = less(interp, &left, &right)?;
            check_size(heap, end)?;
            if !left_smaller {
                child += 1;
            }
        }
        heap.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(interp, heap, start, pos)
}

// ----- the Python-facing methods ----------------------------------------------------------

/// Binds a call's arguments to the parameters of a Python-level method (`self` first), with
/// the messages CPython gives for a function defined in Python. Parameters from `required`
/// on are optional and stay `Unbound` when not given. The usual call (every parameter given
/// by position) borrows the arguments as they are.
#[inline]
pub(super) fn bind<'a>(
    qualname: &str,
    params: &[&str],
    required: usize,
    args: &'a [Value],
    kwargs: &[(Sym, Value)],
) -> PResult<Cow<'a, [Value]>> {
    if kwargs.is_empty() && args.len() == params.len() {
        return Ok(Cow::Borrowed(args));
    }
    bind_general(qualname, params, required, args, kwargs).map(Cow::Owned)
}

/// `bind` for keyword arguments, defaults and mistakes.
#[inline(never)]
fn bind_general(
    qualname: &str,
    params: &[&str],
    required: usize,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult<Vec<Value>> {
    let mut bound: Vec<Value> = (0..params.len())
        .map(|i| args.get(i).cloned().unwrap_or(Value::Unbound))
        .collect();
    for (name, value) in kwargs {
        let Some(i) = params.iter().position(|p| *p == &*name.name()) else {
            return Err(type_error(format!(
                "{qualname}() got an unexpected keyword argument '{name}'"
            )));
        };
        if !matches!(bound[i], Value::Unbound) {
            return Err(type_error(format!(
                "{qualname}() got multiple values for argument '{name}'"
            )));
        }
        bound[i] = value.clone();
    }
    let n = params.len();
    if args.len() > n {
        let takes = if required == n {
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        } else {
            format!("from {required} to {n} positional arguments")
        };
        return Err(type_error(format!(
            "{qualname}() takes {takes} but {} were given",
            args.len()
        )));
    }
    let missing: Vec<&str> = params[..required]
        .iter()
        .zip(&bound)
        .filter(|(_, v)| matches!(v, Value::Unbound))
        .map(|(p, _)| *p)
        .collect();
    if !missing.is_empty() {
        return Err(binding::missing_arguments(qualname, "positional", &missing));
    }
    Ok(bound)
}

/// The queue behind a method's receiver.
fn queue_of<'a>(receiver: &'a Value, method: &str) -> PResult<&'a QueueState> {
    if let Value::Native(n) = receiver {
        if let Some(q) = n.downcast::<QueueState>() {
            return Ok(q);
        }
    }
    Err(type_error(format!(
        "descriptor '{method}' for 'Queue' objects doesn't apply to a '{}' object",
        type_name(receiver)
    )))
}

/// Checks the arguments of a method that takes nothing but its receiver.
pub(super) fn receiver_only<'a>(
    qualname: &str,
    args: &'a [Value],
    kwargs: &[(Sym, Value)],
) -> PResult<Cow<'a, [Value]>> {
    bind(qualname, &["self"], 1, args, kwargs)
}

/// `Queue(maxsize=0)`, `PriorityQueue(...)`, `LifoQueue(...)`.
pub fn construct(kind: QueueKind, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    // `self` is implicit in a constructor call: bind a placeholder in its place.
    let mut with_self = Vec::with_capacity(args.len() + 1);
    with_self.push(Value::None);
    with_self.extend_from_slice(args);
    let bound = bind(
        "Queue.__init__",
        &["self", "maxsize"],
        1,
        &with_self,
        kwargs,
    )?;
    let maxsize = match &bound[1] {
        Value::Unbound => Value::Int(0),
        given => given.clone(),
    };
    Ok(Value::object(Rc::new(QueueState::new(kind, maxsize))))
}

/// The class of a queue kind, if `class` is one.
pub fn kind_of_class(class: &Rc<Class>) -> Option<QueueKind> {
    let c = classes();
    if Rc::ptr_eq(class, &c.queue) {
        Some(QueueKind::Fifo)
    } else if Rc::ptr_eq(class, &c.priority_queue) {
        Some(QueueKind::Priority)
    } else if Rc::ptr_eq(class, &c.lifo_queue) {
        Some(QueueKind::Lifo)
    } else {
        None
    }
}

/// Whether `class` is one of the queue classes (`asyncio.Queue[int]` is then the class
/// itself, as `list[int]` is `list` in pyco).
pub fn is_queue_class(class: &Rc<Class>) -> bool {
    kind_of_class(class).is_some()
}

/// The methods of `Queue`, inherited by the other two.
pub fn methods() -> [&'static BuiltinFunction; 10] {
    [
        native!("qsize", queue_qsize),
        native!("empty", queue_empty),
        native!("full", queue_full),
        native!("put", queue_put, awaited = put_awaited),
        native!("get", queue_get, awaited = get_awaited),
        native!("put_nowait", queue_put_nowait),
        native!("get_nowait", queue_get_nowait),
        native!("task_done", queue_task_done),
        native!("join", queue_join),
        native!("__str__", queue_str),
    ]
}

/// The `maxsize` property.
pub fn maxsize_property() -> (Sym, Value) {
    super::read_only_property("maxsize", native!("maxsize", queue_maxsize))
}

fn queue_qsize(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.qsize", args, kwargs)?;
    Ok(Value::Int(queue_of(&args[0], "qsize")?.qsize() as i64))
}

fn queue_empty(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.empty", args, kwargs)?;
    Ok(Value::Bool(queue_of(&args[0], "empty")?.is_empty()))
}

fn queue_full(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.full", args, kwargs)?;
    Ok(Value::Bool(queue_of(&args[0], "full")?.full(interp)?))
}

fn queue_maxsize(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.maxsize", args, kwargs)?;
    Ok(queue_of(&args[0], "maxsize")?.maxsize.clone())
}

/// `put(item)`: a coroutine, like CPython's, so nothing happens until it is awaited (not even
/// the check that the receiver is a queue).
fn queue_put(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = bind("Queue.put", &["self", "item"], 2, args, kwargs)?;
    let (receiver, item) = (args[0].clone(), args[1].clone());
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Queue.put",
        Box::pin(async move { put(&interp, &receiver, item).await }),
    ))
}

/// `await q.put(item)` on a queue with room: the item goes in at once and no coroutine is
/// made. (A queue whose `maxsize` is not an int takes the coroutine path, which compares.)
fn put_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [receiver, item] = args else { return None };
    let queue = queue_of(receiver, "put").ok()?;
    if matches!(queue.limit, Limit::Compare) || queue.full(interp).ok()? {
        return None;
    }
    Some(
        queue
            .put_unchecked(interp, item.clone())
            .map(|()| Awaited::Value(Value::None)),
    )
}

/// `await q.get()` on a queue with an item: taken at once, and no coroutine is made.
fn get_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [receiver] = args else { return None };
    let queue = queue_of(receiver, "get").ok()?;
    if queue.is_empty() {
        return None;
    }
    Some(queue.get_nowait(interp).map(Awaited::Value))
}

/// `get()`: a coroutine, like CPython's, so nothing happens until it is awaited (not even the
/// check that the receiver is a queue).
fn queue_get(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.get", args, kwargs)?;
    let receiver = args[0].clone();
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Queue.get",
        Box::pin(async move { get(&interp, &receiver).await }),
    ))
}

fn queue_put_nowait(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = bind("Queue.put_nowait", &["self", "item"], 2, args, kwargs)?;
    queue_of(&args[0], "put_nowait")?.put_nowait(interp, args[1].clone())?;
    Ok(Value::None)
}

fn queue_get_nowait(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.get_nowait", args, kwargs)?;
    queue_of(&args[0], "get_nowait")?.get_nowait(interp)
}

fn queue_task_done(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.task_done", args, kwargs)?;
    queue_of(&args[0], "task_done")?.task_done()?;
    Ok(Value::None)
}

/// `join()`: waits until every item put has been marked done.
fn queue_join(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.join", args, kwargs)?;
    let receiver = args[0].clone();
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Queue.join",
        Box::pin(async move {
            let queue = queue_of(&receiver, "join")?;
            if queue.unfinished_tasks.get() > 0 {
                wait_event(&interp, &queue.finished, None).await?;
            }
            Ok(Value::None)
        }),
    ))
}

fn queue_str(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Queue.__str__", args, kwargs)?;
    Ok(Value::str(
        queue_of(&args[0], "__str__")?.str(interp, &args[0])?,
    ))
}

/// `repr(queue)`: `<Queue at 0x... maxsize=0 _queue=[1, 2] tasks=2>`; `str(queue)`:
/// `<Queue maxsize=0 _queue=[1, 2] tasks=2>`.
impl NativeObject for QueueState {
    fn class(&self) -> &Rc<Class> {
        &self.class
    }

    fn repr(&self, interp: &Interp, value: &Value) -> PResult<String> {
        Ok(format!(
            "<{} at 0x{:x} {}>",
            self.class.name,
            value.identity(),
            self.format(interp)?
        ))
    }

    fn str(&self, interp: &Interp, _: &Value) -> PResult<String> {
        Ok(format!("<{} {}>", self.class.name, self.format(interp)?))
    }
}
