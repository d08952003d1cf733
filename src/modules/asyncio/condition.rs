//! `asyncio.Condition`, in Rust: a program that coordinates many tasks through one
//! condition (`async with cond: await cond.wait_for(ready)`, `cond.notify_all()`) runs its
//! methods in every task on every wake-up. It behaves as CPython 3.11's `locks.py` writes
//! it: its lock (a new `Lock` unless one is given) does the locking, its waiters are a
//! deque (`_waiters`), a waiter cancelled while waiting still takes the lock back before
//! the `CancelledError` leaves, and the reprs and errors are the same. A class derived
//! from it gets CPython's Python code as its base instead (`locks.py`).

use std::rc::Rc;

use crate::coroutine;
use crate::event_loop::MadeFor;
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::types::type_name;
use crate::value::*;

use super::locks::{acquire_lock, is_locked, release_lock};
use super::queue::{bind, receiver_only};
use super::waiters::{set_waiter_result, Waiters};
use super::{add_methods, class_in, classes, read_only_property, receiver};

/// The state of a `Condition`.
pub struct ConditionState {
    /// `_lock`: an `asyncio.Lock` (or a class derived from it).
    lock: Value,
    /// `_waiters`.
    waiters: Rc<Waiters>,
    waiters_value: Value,
}

impl NativeObject for ConditionState {
    fn class(&self) -> &Rc<Class> {
        &classes().condition
    }

    fn repr(&self, interp: &Interp, value: &Value) -> PResult<String> {
        let mut res = if is_locked(interp, &self.lock)? {
            "locked".to_string()
        } else {
            "unlocked".to_string()
        };
        if !self.waiters.is_empty() {
            res = format!("{res}, waiters:{}", self.waiters.len());
        }
        let class = self.class();
        Ok(format!(
            "<{}.{} object at 0x{:x} [{res}]>",
            class.module,
            class.qualname,
            value.identity()
        ))
    }
}

/// `Condition(lock=None)`.
pub fn construct(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let mut with_self = vec![Value::None];
    with_self.extend_from_slice(args);
    let bound = bind(
        "Condition.__init__",
        &["self", "lock"],
        1,
        &with_self,
        kwargs,
    )?;
    let lock = match &bound[1] {
        Value::Unbound | Value::None => {
            interp.call(&Value::Class(classes().lock.clone()), &[], &[])?
        }
        given => given.clone(),
    };
    let (waiters, waiters_value) = Waiters::new(MadeFor::ConditionWait);
    Ok(Value::object(Rc::new(ConditionState {
        lock,
        waiters,
        waiters_value,
    })))
}

/// The class `Condition`, with its methods and attributes.
pub(super) fn make_class(object: &Rc<Class>) -> Rc<Class> {
    let class = class_in("Condition", "asyncio.locks", object, ClassKind::Native);
    add_methods(
        &class,
        &[
            native!("acquire", condition_acquire),
            native!("release", condition_release),
            native!("locked", condition_locked),
            native!("wait", condition_wait),
            native!("wait_for", condition_wait_for),
            native!("notify", condition_notify),
            native!("notify_all", condition_notify_all),
            native!("__aenter__", condition_aenter, awaited = aenter_awaited),
            native!("__aexit__", condition_aexit, awaited = aexit_awaited),
        ],
    );
    class.dict.borrow_mut().extend([
        read_only_property("_lock", native!("_lock", condition_lock)),
        read_only_property("_waiters", native!("_waiters", condition_waiters)),
    ]);
    class
}

fn condition_of(args: &[Value], method: &str) -> PResult<Rc<ConditionState>> {
    receiver(args, "Condition", method)
}

impl ConditionState {
    /// `wait()`: releases the lock, waits to be notified, and takes the lock back (even
    /// when cancelled meanwhile; the last `CancelledError` then leaves).
    async fn wait(&self, interp: &Interp) -> PResult {
        if !is_locked(interp, &self.lock)? {
            return Err(runtime_error("cannot wait on un-acquired lock"));
        }
        release_lock(interp, &self.lock)?;
        let result = async {
            let fut = self.waiters.new_waiter(interp)?;
            let awaited = interp.await_future(fut.clone()).await;
            self.waiters.remove(interp, &fut.value())?;
            awaited.map(|_| Value::Bool(true))
        }
        .await;
        let mut cancelled = None;
        loop {
            match acquire_lock(interp, &self.lock).await {
                Ok(_) => break,
                Err(e) if e.is_instance_of(&classes().cancelled_error) => cancelled = Some(e),
                Err(e) => return Err(e),
            }
        }
        match cancelled {
            Some(e) => Err(e),
            None => result,
        }
    }

    /// `wait_for(predicate)`: waits until `predicate()` is true, and gives its value.
    async fn wait_for(&self, interp: &Interp, predicate: &Value) -> PResult {
        let mut result = interp.call(predicate, &[], &[])?;
        while !interp.truthy(&result)? {
            self.wait(interp).await?;
            result = interp.call(predicate, &[], &[])?;
        }
        Ok(result)
    }

    /// `notify(n)`: wakes the first `n` waiters not woken yet.
    fn notify(&self, interp: &Interp, n: &Value) -> PResult<()> {
        if !is_locked(interp, &self.lock)? {
            return Err(runtime_error("cannot notify on un-acquired lock"));
        }
        // CPython compares its count with `n` only when there is a waiter to wake.
        if self.waiters.is_empty() {
            return Ok(());
        }
        let n = match n {
            Value::Int(n) => (*n).max(0) as usize,
            Value::Bool(b) => *b as usize,
            // `idx >= n` stops at the first count not below `n`.
            Value::Float(f) if *f > 0.0 => f.ceil().min(usize::MAX as f64) as usize,
            Value::Float(_) => 0,
            other => {
                return Err(type_error(format!(
                    "'>=' not supported between instances of 'int' and '{}'",
                    type_name(other)
                )))
            }
        };
        for fut in self.waiters.pending(interp, n)? {
            set_waiter_result(interp, &fut, Value::Bool(false))?;
        }
        Ok(())
    }
}

fn condition_acquire(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.acquire", args, kwargs)?;
    let cond = condition_of(&args, "acquire")?;
    interp.call_method(&cond.lock, Sym::intern("acquire"), Vec::new(), &[])
}

fn condition_release(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.release", args, kwargs)?;
    release_lock(interp, &condition_of(&args, "release")?.lock)?;
    Ok(Value::None)
}

fn condition_locked(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.locked", args, kwargs)?;
    let cond = condition_of(&args, "locked")?;
    Ok(Value::Bool(is_locked(interp, &cond.lock)?))
}

fn condition_wait(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.wait", args, kwargs)?;
    let cond = condition_of(&args, "wait")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Condition.wait",
        Box::pin(async move { cond.wait(&interp).await }),
    ))
}

fn condition_wait_for(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = bind(
        "Condition.wait_for",
        &["self", "predicate"],
        2,
        args,
        kwargs,
    )?;
    let cond = condition_of(&args, "wait_for")?;
    let predicate = args[1].clone();
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Condition.wait_for",
        Box::pin(async move { cond.wait_for(&interp, &predicate).await }),
    ))
}

fn condition_notify(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = bind("Condition.notify", &["self", "n"], 1, args, kwargs)?;
    let cond = condition_of(&args, "notify")?;
    let n = match &args[1] {
        Value::Unbound => Value::Int(1),
        given => given.clone(),
    };
    cond.notify(interp, &n)?;
    Ok(Value::None)
}

fn condition_notify_all(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.notify_all", args, kwargs)?;
    let cond = condition_of(&args, "notify_all")?;
    cond.notify(interp, &Value::Int(cond.waiters.len() as i64))?;
    Ok(Value::None)
}

fn condition_aenter(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = receiver_only("Condition.__aenter__", args, kwargs)?;
    let cond = condition_of(&args, "__aenter__")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Condition.__aenter__",
        Box::pin(async move {
            acquire_lock(&interp, &cond.lock).await?;
            Ok(Value::None)
        }),
    ))
}

fn condition_aexit(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let args = bind(
        "Condition.__aexit__",
        &["self", "exc_type", "exc", "tb"],
        4,
        args,
        kwargs,
    )?;
    let cond = condition_of(&args, "__aexit__")?;
    let interp = interp.rc();
    Ok(coroutine::native_coroutine(
        &"Condition.__aexit__",
        Box::pin(async move {
            release_lock(&interp, &cond.lock)?;
            Ok(Value::None)
        }),
    ))
}

/// `async with cond:` on a condition over a Rust lock: the lock's own fast path.
fn aenter_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_] = args else { return None };
    let cond = condition_of(args, "__aenter__").ok()?;
    super::locks::enter_awaited(interp, &cond.lock)
}

fn aexit_awaited(interp: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    let [_, _, _, _] = args else { return None };
    let cond = condition_of(args, "__aexit__").ok()?;
    Some(release_lock(interp, &cond.lock).map(|()| Awaited::Value(Value::None)))
}

fn condition_lock(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(condition_of(args, "_lock")?.lock.clone())
}

fn condition_waiters(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(condition_of(args, "_waiters")?.waiters_value.clone())
}
