//! `asyncio.Lock`, `Semaphore` and `BoundedSemaphore`, in Rust: every `async with lock:`
//! of a program runs their `acquire` and `release`. They behave as CPython 3.11's
//! `asyncio/locks.py` writes them: the same waiters (a deque, `_waiters`, made on first
//! wait), the same order of wake-ups, the same handling of a cancelled waiter, the same
//! reprs and errors. `await lock.acquire()` and `async with lock:` make no coroutine: an
//! acquire that can take the lock at once gives its value at once, and one that must wait
//! suspends on its waiter future and finishes, when its task resumes, in
//! `LockState::resumed`. A class that derives from one of them gets CPython's Python code
//! as its base instead (`locks.py`), whose instances carry Python state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::coroutine;
use crate::event_loop::{Fut, MadeFor};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::types::type_name;
use crate::value::*;

use super::queue::receiver_only;
use super::waiters::{set_waiter_result, waiter_done, Waiters};
use super::{add_methods, class_in, classes, read_only_property, receiver};

#[derive(Clone, Copy, PartialEq)]
pub enum LockKind {
    Lock,
    Semaphore,
    BoundedSemaphore,
}

/// The state of a `Lock`, `Semaphore` or `BoundedSemaphore`.
pub struct LockState {
    kind: LockKind,
    /// A Lock's `_locked`.
    locked: Cell<bool>,
    /// A Semaphore's `_value`.
    value: Cell<i64>,
    /// A BoundedSemaphore's `_bound_value`.
    bound: i64,
    /// `_waiters`: None until the first wait, as in CPython.
    waiters: RefCell<Option<(Rc<Waiters>, Value)>>,
}

impl LockState {
    fn new(kind: LockKind, value: i64) -> LockState {
        LockState {
            kind,
            locked: Cell::new(false),
            value: Cell::new(value),
            bound: value,
            waiters: RefCell::new(None),
        }
    }

    fn waiters(&self) -> Option<Rc<Waiters>> {
        self.waiters.borrow().as_ref().map(|(w, _)| w.clone())
    }

    /// Whether some waiter is not cancelled (`_waiters` made and not all cancelled).
    fn has_live_waiters(&self, interp: &Interp) -> PResult<bool> {
        match self.waiters() {
            Some(waiters) => Ok(!waiters.all_cancelled(interp)?),
            None => Ok(false),
        }
    }

    /// `locked()`.
    fn is_locked(&self, interp: &Interp) -> PResult<bool> {
        match self.kind {
            LockKind::Lock => Ok(self.locked.get()),
            _ => Ok(self.value.get() == 0 || self.has_live_waiters(interp)?),
        }
    }

    /// The start of `acquire()`: takes the lock (or a unit of the semaphore) and answers
    /// true when that needs no wait.
    fn acquire_now(&self, interp: &Interp) -> PResult<bool> {
        let free = match self.kind {
            LockKind::Lock => !self.locked.get() && !self.has_live_waiters(interp)?,
            _ => !self.is_locked(interp)?,
        };
        if free {
            match self.kind {
                LockKind::Lock => self.locked.set(true),
                _ => self.value.set(self.value.get() - 1),
            }
        }
        Ok(free)
    }

    /// The future an `acquire()` that must wait waits on, appended to `_waiters` (made
    /// now if this is the first wait).
    fn new_waiter(&self, interp: &Interp) -> PResult<Rc<Fut>> {
        let waiters = match self.waiters() {
            Some(waiters) => waiters,
            None => {
                let made_for = match self.kind {
                    LockKind::Lock => MadeFor::LockAcquire,
                    _ => MadeFor::SemaphoreAcquire,
                };
                let (waiters, value) = Waiters::new(made_for);
                *self.waiters.borrow_mut() = Some((waiters.clone(), value));
                waiters
            }
        };
        waiters.new_waiter(interp)
    }

    /// `release()`.
    fn release(&self, interp: &Interp) -> PResult<()> {
        match self.kind {
            LockKind::Lock => {
                if !self.locked.get() {
                    return Err(runtime_error("Lock is not acquired."));
                }
                self.locked.set(false);
                self.wake_up_first(interp)
            }
            LockKind::BoundedSemaphore if self.value.get() >= self.bound => {
                Err(value_error("BoundedSemaphore released too many times"))
            }
            _ => {
                self.value.set(self.value.get() + 1);
                self.wake_up_next(interp)
            }
        }
    }

    /// A Lock's `_wake_up_first()`: the first waiter gets True unless it is done already.
    fn wake_up_first(&self, interp: &Interp) -> PResult<()> {
        let Some(first) = self.waiters().and_then(|w| w.first()) else {
            return Ok(());
        };
        if !waiter_done(interp, &first)? {
            set_waiter_result(interp, &first, Value::Bool(true))?;
        }
        Ok(())
    }

    /// A Semaphore's `_wake_up_next()`: the first waiter not done takes a unit.
    fn wake_up_next(&self, interp: &Interp) -> PResult<()> {
        let Some(waiters) = self.waiters() else {
            return Ok(());
        };
        if let Some(fut) = waiters.first_pending(interp)? {
            self.value.set(self.value.get() - 1);
            set_waiter_result(interp, &fut, Value::Bool(true))?;
        }
        Ok(())
    }

    /// `repr(lock)`: `<asyncio.locks.Lock object at 0x... [unlocked]>`,
    /// `[locked, waiters:2]`, `[unlocked, value:3]`.
    fn describe(&self, interp: &Interp) -> PResult<String> {
        let mut res = match self.kind {
            LockKind::Lock if self.locked.get() => "locked".to_string(),
            LockKind::Lock => "unlocked".to_string(),
            _ if self.is_locked(interp)? => "locked".to_string(),
            _ => format!("unlocked, value:{}", self.value.get()),
        };
        if let Some(waiters) = self.waiters() {
            if !waiters.is_empty() {
                res = format!("{res}, waiters:{}", waiters.len());
            }
        }
        Ok(res)
    }
}

impl WaiterList for LockState {
    /// The end of an `acquire()` that waited: its waiter leaves `_waiters`; cancelled, it
    /// passes the wake-up it may have had on; woken, it holds the lock.
    fn resumed(&self, interp: &Interp, fut: &Rc<Fut>, result: PResult) -> PResult {
        if let Some(waiters) = self.waiters() {
            waiters.remove(interp, &fut.value())?;
        }
        if let Err(e) = result {
            if e.is_instance_of(&classes().cancelled_error) {
                match self.kind {
                    LockKind::Lock if !self.locked.get() => self.wake_up_first(interp)?,
                    LockKind::Lock => {}
                    _ if !fut.cancelled() => {
                        self.value.set(self.value.get() + 1);
                        self.wake_up_next(interp)?;
                    }
                    _ => {}
                }
            }
            return Err(e);
        }
        match self.kind {
            LockKind::Lock => self.locked.set(true),
            _ if self.value.get() > 0 => self.wake_up_next(interp)?,
            _ => {}
        }
        Ok(Value::Bool(true))
    }
}

/// `lock.locked()` of a condition's lock: a Rust lock asked directly, any other (a class
/// derived from `Lock`) through its method.
pub(super) fn is_locked(interp: &Interp, lock: &Value) -> PResult<bool> {
    match native_lock(lock) {
        Some(state) => state.is_locked(interp),
        None => {
            let answer = interp.call_method(lock, Sym::intern("locked"), Vec::new(), &[])?;
            interp.truthy(&answer)
        }
    }
}

/// `lock.release()` of a condition's lock.
pub(super) fn release_lock(interp: &Interp, lock: &Value) -> PResult<()> {
    match native_lock(lock) {
        Some(state) => state.release(interp),
        None => {
            interp.call_method(lock, Sym::intern("release"), Vec::new(), &[])?;
            Ok(())
        }
    }
}

/// `await lock.acquire()` of a condition's lock.
pub(super) async fn acquire_lock(interp: &Interp, lock: &Value) -> PResult {
    match native_lock(lock) {
        Some(state) => acquire(interp, &state).await,
        None => {
            let coro = interp.call_method(lock, Sym::intern("acquire"), Vec::new(), &[])?;
            interp.await_value(coro).await
        }
    }
}

/// `__aenter__`'s fast path for a condition over `lock`: the lock's own, when it is a
/// Rust lock.
pub(super) fn enter_awaited(interp: &Interp, lock: &Value) -> Option<PResult<Awaited>> {
    native_lock(lock)?;
    Some(acquire_now_or_wait(
        interp,
        std::slice::from_ref(lock),
        true,
    ))
}

fn native_lock(lock: &Value) -> Option<Rc<LockState>> {
    match lock {
        Value::Native(n) => n.downcast_rc::<LockState>(),
        _ => None,
    }
}

/// `__aenter__`'s wait: `acquire()`'s, with None for its value.
struct Entering(Rc<LockState>);

impl WaiterList for Entering {
    fn resumed(&self, interp: &Interp, fut: &Rc<Fut>, result: PResult) -> PResult {
        self.0.resumed(interp, fut, result).map(|_| Value::None)
    }
}

impl NativeObject for LockState {
    fn class(&self) -> &Rc<Class> {
        let c = classes();
        match self.kind {
            LockKind::Lock => &c.lock,
            LockKind::Semaphore => &c.semaphore,
            LockKind::BoundedSemaphore => &c.bounded_semaphore,
        }
    }

    fn repr(&self, interp: &Interp, value: &Value) -> PResult<String> {
        let class = self.class();
        Ok(format!(
            "<{}.{} object at 0x{:x} [{}]>",
            class.module,
            class.qualname,
            value.identity(),
            self.describe(interp)?
        ))
    }
}

/// `Lock()`, `Semaphore(value=1)`, `BoundedSemaphore(value=1)`.
pub fn construct(kind: LockKind, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    // `self` is implicit in a constructor call: bind a placeholder in its place.
    let mut with_self = vec![Value::None];
    with_self.extend_from_slice(args);
    let qualname = match kind {
        LockKind::Lock => {
            receiver_only("Lock.__init__", &with_self, kwargs)?;
            return Ok(Value::object(Rc::new(LockState::new(kind, 0))));
        }
        LockKind::BoundedSemaphore => "BoundedSemaphore.__init__",
        LockKind::Semaphore => "Semaphore.__init__",
    };
    let bound = super::queue::bind(qualname, &["self", "value"], 1, &with_self, kwargs)?;
    let value = match &bound[1] {
        Value::Unbound => 1,
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        other => {
            return Err(type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                type_name(other)
            )))
        }
    };
    if value < 0 {
        return Err(value_error("Semaphore initial value must be >= 0"));
    }
    Ok(Value::object(Rc::new(LockState::new(kind, value))))
}

/// Which of the three classes `class` is, if one.
pub fn kind_of_class(class: &Rc<Class>) -> Option<LockKind> {
    let c = classes();
    if Rc::ptr_eq(class, &c.lock) {
        Some(LockKind::Lock)
    } else if Rc::ptr_eq(class, &c.semaphore) {
        Some(LockKind::Semaphore)
    } else if Rc::ptr_eq(class, &c.bounded_semaphore) {
        Some(LockKind::BoundedSemaphore)
    } else {
        None
    }
}

/// The lock behind a method's receiver.
fn lock_of(args: &[Value], method: &str) -> PResult<Rc<LockState>> {
    receiver(args, "Lock", method)
}

/// The classes `Lock`, `Semaphore` and `BoundedSemaphore`, with their methods and
/// attributes.
pub(super) fn make_classes(object: &Rc<Class>) -> [Rc<Class>; 3] {
    let lock = class_in("Lock", "asyncio.locks", object, ClassKind::Native);
    let semaphore = class_in("Semaphore", "asyncio.locks", object, ClassKind::Native);
    let bounded = class_in(
        "BoundedSemaphore",
        "asyncio.locks",
        &semaphore,
        ClassKind::Native,
    );
    for (class, kind) in [
        (&lock, LockKind::Lock),
        (&semaphore, LockKind::Semaphore),
        (&bounded, LockKind::BoundedSemaphore),
    ] {
        add_methods(class, &methods());
        class.dict.borrow_mut().extend(properties(kind));
    }
    [lock, semaphore, bounded]
}

/// The methods of `Lock`, inherited by neither; `Semaphore`'s are the same functions.
fn methods() -> [&'static BuiltinFunction; 5] {
    [
        native!("acquire", lock_acquire, awaited = acquire_awaited),
        native!("release", lock_release),
        native!("locked", lock_locked),
        native!("__aenter__", lock_aenter, awaited = aenter_awaited),
        native!("__aexit__", lock_aexit, awaited = aexit_awaited),
    ]
}

/// The attributes CPython's Python code keeps, read-only: `_waiters`, `_locked` (Lock),
/// `_value` and `_bound_value` (semaphores).
fn properties(kind: LockKind) -> Vec<(Sym, Value)> {
    let mut found = vec![read_only_property(
        "_waiters",
        native!("_waiters", lock_waiters),
    )];
    match kind {
        LockKind::Lock => found.push(read_only_property(
            "_locked",
            native!("_locked", lock_locked_attr),
        )),
        _ => {
            found.push(read_only_property("_value", native!("_value", lock_value)));
            if kind == LockKind::BoundedSemaphore {
                found.push(read_only_property(
                    "_bound_value",
                    native!("_bound_value", lock_bound),
                ));
            }
        }
    }
    found
}

/// The body of `acquire()` run as a coroutine (`acquire()` not awaited at once).
async fn acquire(interp: &Interp, lock: &Rc<LockState>) -> PResult {
    if lock.acquire_now(interp)? {
        return Ok(Value::Bool(true));
    }
    let fut = lock.new_waiter(interp)?;
    let result = interp.await_future(fut.clone()).await;
    lock.resumed(interp, &fut, result)
}

/// `await lock.acquire()`: True at once, or a wait on the waiter with no coroutine made.
fn acquire_now_or_wait(interp: &Interp, args: &[Value], entering: bool) -> PResult<Awaited> {
    let lock = lock_of(args, "acquire")?;
    if lock.acquire_now(interp)? {
        let value = if entering {
            Value::None
        } else {
            Value::Bool(true)
        };
        return Ok(Awaited::Value(value));
    }
    let fut = lock.new_waiter(interp)?;
    let list: Rc<dyn WaiterList> = if entering {
        Rc::new(Entering(lock))
    } else {
        lock
    };
    Ok(Awaited::WaitListed(fut, list))
}

fn acquire_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_] = args else { return None };
    Some(acquire_now_or_wait(interp, args, false))
}

fn aenter_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_] = args else { return None };
    Some(acquire_now_or_wait(interp, args, true))
}

fn aexit_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_, _, _, _] = args else { return None };
    let lock = match lock_of(args, "__aexit__") {
        Ok(lock) => lock,
        Err(e) => return Some(Err(e)),
    };
    Some(lock.release(interp).map(|()| Awaited::Value(Value::None)))
}

/// `acquire()`: a coroutine, like CPython's.
fn lock_acquire(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Lock.acquire", args, kwargs)?;
    let lock = lock_of(&args, "acquire")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Lock.acquire",
        Box::pin(async move { acquire(&interp, &lock).await }),
    ))
}

/// `__aenter__()`: a coroutine that acquires and gives None.
fn lock_aenter(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Lock.__aenter__", args, kwargs)?;
    let lock = lock_of(&args, "__aenter__")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Lock.__aenter__",
        Box::pin(async move {
            acquire(&interp, &lock).await?;
            Ok(Value::None)
        }),
    ))
}

/// `__aexit__(exc_type, exc, tb)`: a coroutine that releases.
fn lock_aexit(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = super::queue::bind(
        "Lock.__aexit__",
        &["self", "exc_type", "exc", "tb"],
        4,
        args,
        kwargs,
    )?;
    let lock = lock_of(&args, "__aexit__")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Lock.__aexit__",
        Box::pin(async move {
            lock.release(&interp)?;
            Ok(Value::None)
        }),
    ))
}

fn lock_release(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Lock.release", args, kwargs)?;
    lock_of(&args, "release")?.release(interp)?;
    Ok(Value::None)
}

fn lock_locked(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Lock.locked", args, kwargs)?;
    Ok(Value::Bool(lock_of(&args, "locked")?.is_locked(interp)?))
}

fn lock_waiters(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let lock = lock_of(args, "_waiters")?;
    let waiters = lock.waiters.borrow();
    Ok(waiters.as_ref().map_or(Value::None, |(_, v)| v.clone()))
}

fn lock_locked_attr(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(lock_of(args, "_locked")?.locked.get()))
}

fn lock_value(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(lock_of(args, "_value")?.value.get()))
}

fn lock_bound(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(lock_of(args, "_bound_value")?.bound))
}
