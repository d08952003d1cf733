//! The waiters of `Lock`, `Semaphore` and `Condition`, kept as CPython keeps them in a
//! `collections.deque`: a waiter leaves from the front when its task resumes, which a list
//! would pay for by shifting every later waiter. The Python half of those classes asks the
//! deque for what its loops look for (the first waiter still pending, the first `n`), so
//! a release does not walk every waiter either.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::event_loop::{Fut, MadeFor};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::value::*;

use super::{class_in, fut_of};

/// A deque of waiter futures.
pub struct Waiters {
    class: Rc<Class>,
    items: RefCell<VecDeque<Value>>,
    /// What the futures it makes (`_waiter()`) are for: its owner's wait.
    made_for: MadeFor,
}

impl NativeObject for Waiters {
    fn class(&self) -> &Rc<Class> {
        &self.class
    }

    fn repr(&self, interp: &Interp, _: &Value) -> PResult<String> {
        let items: Vec<Value> = self.items.borrow().iter().cloned().collect();
        let parts = items
            .iter()
            .map(|v| interp.repr(v))
            .collect::<PResult<Vec<_>>>()?;
        Ok(format!("deque([{}])", parts.join(", ")))
    }

    fn length(&self) -> Option<usize> {
        Some(self.items.borrow().len())
    }

    fn items(&self) -> Option<Vec<Value>> {
        Some(self.items.borrow().iter().cloned().collect())
    }
}

/// The class of the waiters' deque, with its methods.
pub(super) fn waiters_class(object: &Rc<Class>) -> Rc<Class> {
    let class = class_in("deque", "collections", object, ClassKind::Native);
    super::add_methods(
        &class,
        &[
            native!("append", waiters_append),
            native!("_waiter", waiters_waiter),
            native!("remove", waiters_remove),
            native!("_first", waiters_first),
            native!("_first_pending", waiters_first_pending),
            native!("_pending", waiters_pending),
            native!("_all_cancelled", waiters_all_cancelled),
        ],
    );
    class
}

/// `_deque(owner)`: an empty deque of waiters of a `'Lock'`, `'Condition'` or
/// `'Semaphore'`.
pub(super) fn new_waiters(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("_deque", args, 0, 1)?;
    let made_for = match args.first() {
        Some(Value::Str(s)) if s.as_str() == "Lock" => MadeFor::LockAcquire,
        Some(Value::Str(s)) if s.as_str() == "Condition" => MadeFor::ConditionWait,
        Some(Value::Str(s)) if s.as_str() == "Semaphore" => MadeFor::SemaphoreAcquire,
        _ => MadeFor::Program,
    };
    Ok(Waiters::new(made_for).1)
}

impl Waiters {
    /// An empty deque whose waiters are made for `made_for`, and its Python value.
    pub(super) fn new(made_for: MadeFor) -> (Rc<Waiters>, Value) {
        let waiters = Rc::new(Waiters {
            class: super::classes().waiters.clone(),
            items: RefCell::new(VecDeque::new()),
            made_for,
        });
        (waiters.clone(), Value::object(waiters))
    }

    /// A new future of the running loop, appended (`fut =
    /// get_running_loop().create_future(); waiters.append(fut)`), made for the owner's wait.
    pub(super) fn new_waiter(&self, interp: &Interp) -> PResult<Rc<Fut>> {
        let event_loop = super::running_loop(interp)?;
        let fut = Fut::new(&event_loop, None);
        fut.made_for.set(self.made_for);
        self.items.borrow_mut().push_back(fut.value());
        Ok(fut)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub(super) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// The first waiter, if any.
    pub(super) fn first(&self) -> Option<Value> {
        self.items.borrow().front().cloned()
    }

    /// The first `n` waiters not done yet: what `Condition.notify` and
    /// `Semaphore._wake_up_next` wake.
    pub(super) fn pending(&self, interp: &Interp, n: usize) -> PResult<Vec<Value>> {
        let mut found = Vec::new();
        let mut index = 0;
        while found.len() < n {
            let Some(item) = self.items.borrow().get(index).cloned() else {
                break;
            };
            if !is(interp, &item, false)? {
                found.push(item);
            }
            index += 1;
        }
        Ok(found)
    }

    /// The first waiter not done yet, if any.
    pub(super) fn first_pending(&self, interp: &Interp) -> PResult<Option<Value>> {
        Ok(self.pending(interp, 1)?.into_iter().next())
    }

    /// Whether every waiter is cancelled (true for none).
    pub(super) fn all_cancelled(&self, interp: &Interp) -> PResult<bool> {
        let mut index = 0;
        loop {
            let Some(item) = self.items.borrow().get(index).cloned() else {
                return Ok(true);
            };
            if !is(interp, &item, true)? {
                return Ok(false);
            }
            index += 1;
        }
    }

    /// `deque.remove(target)`: the first item equal to `target` leaves, or ValueError.
    pub(super) fn remove(&self, interp: &Interp, target: &Value) -> PResult<()> {
        // A waiter is nearly always the future itself. A native future equals only itself,
        // so in a deque of native futures it is found by address, with no comparison made.
        if let Value::Future(wanted) = target {
            let mut items = self.items.borrow_mut();
            let mut found = None;
            let mut all_native = true;
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Future(f) if Rc::ptr_eq(f, wanted) => {
                        found = Some(i);
                        break;
                    }
                    Value::Future(_) => {}
                    _ => {
                        all_native = false;
                        break;
                    }
                }
            }
            if let Some(i) = found {
                items.remove(i);
                return Ok(());
            }
            if all_native {
                drop(items);
                return Err(not_in_deque(interp, target));
            }
        }
        // Anything else is compared as `deque.remove` compares, one item at a time outside
        // the borrow.
        let mut index = 0;
        loop {
            let Some(item) = self.items.borrow().get(index).cloned() else {
                return Err(not_in_deque(interp, target));
            };
            if interp.same_or_eq(&item, target)? {
                let mut items = self.items.borrow_mut();
                if index < items.len() {
                    items.remove(index);
                }
                return Ok(());
            }
            index += 1;
        }
    }
}

fn not_in_deque(interp: &Interp, target: &Value) -> Box<PyErr> {
    match interp.repr(target) {
        Ok(repr) => value_error(format!("{repr} is not in deque")),
        Err(e) => e,
    }
}

/// `fut.set_result(value)` on a waiter: a native future directly, anything else through
/// its method.
pub(super) fn set_waiter_result(interp: &Interp, fut: &Value, value: Value) -> PResult<()> {
    if let Some(f) = fut_of(fut) {
        return f.set_result(value);
    }
    interp.call_method(fut, Sym::intern("set_result"), vec![value], &[])?;
    Ok(())
}

/// Whether the waiter `fut` is done.
pub(super) fn waiter_done(interp: &Interp, fut: &Value) -> PResult<bool> {
    is(interp, fut, false)
}

/// `_waiter()`: see `Waiters::new_waiter`.
fn waiters_waiter(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let waiters = recv(args)?;
    arity("_waiter", &args[1..], 0, 0)?;
    Ok(waiters.new_waiter(interp)?.value())
}

fn recv(args: &[Value]) -> PResult<Rc<Waiters>> {
    match args.first() {
        Some(Value::Native(n)) => n
            .downcast_rc::<Waiters>()
            .ok_or_else(|| type_error("expected a deque of waiters")),
        _ => Err(type_error("expected a deque of waiters")),
    }
}

/// Whether the waiter `fut` is done (or, with `cancelled`, cancelled): a native future is
/// asked directly, anything else through its method.
fn is(interp: &Interp, fut: &Value, cancelled: bool) -> PResult<bool> {
    if let Some(f) = fut_of(fut) {
        return Ok(if cancelled { f.cancelled() } else { f.done() });
    }
    let name = Sym::intern(if cancelled { "cancelled" } else { "done" });
    let method = interp.get_attr(fut, name)?;
    let answer = interp.call(&method, &[], &[])?;
    interp.truthy(&answer)
}

fn waiters_append(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let waiters = recv(args)?;
    arity("append", &args[1..], 1, 1)?;
    waiters.items.borrow_mut().push_back(args[1].clone());
    Ok(Value::None)
}

fn waiters_remove(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let waiters = recv(args)?;
    arity("remove", &args[1..], 1, 1)?;
    waiters.remove(interp, &args[1])?;
    Ok(Value::None)
}

fn waiters_first(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(recv(args)?.first().unwrap_or(Value::None))
}

fn waiters_first_pending(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(recv(args)?.first_pending(interp)?.unwrap_or(Value::None))
}

fn waiters_pending(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let waiters = recv(args)?;
    arity("_pending", &args[1..], 1, 1)?;
    let n = match &args[1] {
        Value::Int(n) => (*n).max(0) as usize,
        Value::Bool(b) => *b as usize,
        // `Condition.notify`'s `idx >= n`, as CPython's loop compares.
        other => {
            return Err(type_error(format!(
                "'>=' not supported between instances of 'int' and '{}'",
                crate::types::type_name(other)
            )))
        }
    };
    Ok(Value::list(waiters.pending(interp, n)?))
}

fn waiters_all_cancelled(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(recv(args)?.all_cancelled(interp)?))
}
