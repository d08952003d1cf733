//! Coroutine objects and `await`: what an awaited value becomes, how a coroutine starts and
//! runs its body, and the future an `await` suspends on.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::event_loop;
use crate::event_loop::{CoroFuture, Fut, Suspend, Yielded};
use crate::exception::*;
use crate::interp;
use crate::interp::{Flow, Frame, Interp};
use crate::source::Span;
use crate::symbol::sym;
use crate::types::{type_name, types};
use crate::value::*;

/// The state of a coroutine object.
pub enum CoroState {
    /// An `async def` call not yet started: the frame with its arguments bound and where
    /// the call was made (boxed, so a started coroutine, which only tasks' reprs keep
    /// alive, stays small).
    Python(Box<Unstarted>),
    /// A coroutine of the runtime written in Rust (`asyncio.sleep`, ...), not yet started.
    Native(CoroFuture),
    /// Running, suspended, or finished: its body now belongs to an awaiting frame or a task.
    Started,
    /// Driven by hand with `coro.send(None)` and suspended: the coroutine keeps its body.
    Sent(CoroFuture),
}

/// A coroutine of an `async def` call, before it starts.
pub struct Unstarted {
    frame: Frame,
    /// The statement that made it (the call's): a coroutine never awaited is shown there.
    made_at: interp::Position,
}

/// What an `await` waits on.
enum Awaitable {
    /// A coroutine's body, run inline.
    Body(CoroFuture),
    /// A future or task: suspend until it is done.
    Future(Rc<Fut>),
    /// Nothing to wait for: the await's value.
    Ready(Value),
}

/// The future of one `await`, written by hand rather than as an `async fn` so that a
/// suspended `await` holds only what it waits on (an `async fn` here took 112 bytes).
pub struct AwaitValue<'a> {
    interp: &'a Interp,
    state: AwaitState,
    /// Where errors coming out of the `await` are located, if they have no place yet.
    /// (`Span::default()`, empty at offset 0, for none: no `await` is empty, and an
    /// `Option` would make every suspended task 8 bytes bigger.)
    span: Span,
}

enum AwaitState {
    /// Running an awaited coroutine's body inline.
    Body(CoroFuture),
    /// The same, for a body that has already been polled in this step and is waiting:
    /// the first poll only passes the suspension on (see `Interp::run_inline`).
    BodyPending(CoroFuture),
    /// Waiting for a future; the flag says the task has already suspended on it.
    Waiting(Rc<Fut>, bool),
    /// The same for a waiter of an `asyncio.Event`, which leaves its list on resuming.
    WaitingListed(Rc<Fut>, bool, Rc<dyn WaiterList>),
    /// Giving way for one turn of the loop, then this value; the flag says the task has
    /// already yielded.
    Yielding(Value, bool),
    /// Finished before the first poll (the error of a value that cannot be awaited, or the
    /// result of an await that needed no suspension): given on the first poll.
    Done(Option<PResult>),
}

/// What an `await` waits on and where its errors go, without the interpreter borrow: a
/// suspended inline call keeps these in its continuation (see `Interp::run_inline`).
pub(crate) struct AwaitParts(AwaitState, Span);

impl<'a> AwaitValue<'a> {
    /// Splits off the interpreter borrow.
    pub(crate) fn into_parts(self) -> AwaitParts {
        AwaitParts(self.state, self.span)
    }

    /// Joins parts from `into_parts` again.
    pub(crate) fn from_parts(interp: &'a Interp, parts: AwaitParts) -> Self {
        AwaitValue {
            interp,
            state: parts.0,
            span: parts.1,
        }
    }

    /// An `await` on a body that was polled in this step and is waiting (`BodyPending`).
    pub(crate) fn pending_body(interp: &'a Interp, body: CoroFuture) -> Self {
        AwaitValue {
            interp,
            state: AwaitState::BodyPending(body),
            span: Span::default(),
        }
    }

    /// An `await` that fails at once with `error`.
    pub fn failed(interp: &'a Interp, error: Box<PyErr>) -> Self {
        AwaitValue {
            interp,
            state: AwaitState::Done(Some(Err(error))),
            span: Span::default(),
        }
    }

    /// An `await` that finished without suspending, with `result`.
    pub fn ready(interp: &'a Interp, result: PResult) -> Self {
        AwaitValue {
            interp,
            state: AwaitState::Done(Some(result)),
            span: Span::default(),
        }
    }

    /// The outcome, if this `await` finished without waiting (as its first poll would
    /// give it); else the `await` itself, to be polled.
    #[inline]
    pub fn into_ready(self) -> Result<PResult, Self> {
        match self.state {
            AwaitState::Done(Some(result)) => Ok(located(result, self.span)),
            _ => Err(self),
        }
    }

    /// An `await` that gives way for one turn of the loop, then gives `value`.
    pub fn yielding(interp: &'a Interp, value: Value) -> Self {
        AwaitValue {
            interp,
            state: AwaitState::Yielding(value, false),
            span: Span::default(),
        }
    }

    /// Takes the awaited future off `event`'s waiters once the task resumes.
    pub fn listed_in(mut self, event: Rc<dyn WaiterList>) -> Self {
        if let AwaitState::Waiting(fut, suspended) = self.state {
            self.state = AwaitState::WaitingListed(fut, suspended, event);
        }
        self
    }

    /// Locates errors coming out of this `await` at `span`.
    pub fn at(mut self, span: Span) -> Self {
        self.span = span;
        self
    }
}

impl AwaitValue<'_> {
    /// Pending: notes where the running task stopped, for its repr (`running at
    /// FILE:LINE`). Awaits return Pending innermost first, so the task's own coroutine,
    /// whose line the repr shows, writes last.
    fn suspend(&self) -> Poll<PResult> {
        if self.span != Span::default() {
            if let Some(task) = self.interp.runtime.current_task.borrow().as_ref() {
                if let Some(state) = &task.task {
                    state.suspended_at.set(self.span.start);
                }
            }
        }
        Poll::Pending
    }
}

impl Future for AwaitValue<'_> {
    type Output = PResult;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PResult> {
        let this = self.get_mut();
        let result = match &mut this.state {
            AwaitState::Body(body) => match body.as_mut().poll(cx) {
                Poll::Pending => return this.suspend(),
                Poll::Ready(result) => result,
            },
            AwaitState::BodyPending(_) => {
                let AwaitState::BodyPending(body) =
                    std::mem::replace(&mut this.state, AwaitState::Done(None))
                else {
                    unreachable!()
                };
                this.state = AwaitState::Body(body);
                return this.suspend();
            }
            AwaitState::Waiting(fut, suspended) => match wait_on(this.interp, fut, suspended) {
                Some(result) => result,
                None => return this.suspend(),
            },
            AwaitState::WaitingListed(fut, suspended, event) => {
                match wait_on(this.interp, fut, suspended) {
                    Some(result) => event.resumed(this.interp, fut, result),
                    None => return this.suspend(),
                }
            }
            AwaitState::Yielding(value, yielded) => {
                if !*yielded {
                    *this.interp.runtime.yielded.borrow_mut() = Yielded::Bare;
                    *yielded = true;
                    return this.suspend();
                }
                match this.interp.runtime.throw_in.borrow_mut().take() {
                    Some(e) => Err(e),
                    None => Ok(std::mem::replace(value, Value::None)),
                }
            }
            AwaitState::Done(result) => result
                .take()
                .unwrap_or_else(|| Err(runtime_error("cannot reuse already awaited coroutine"))),
        };
        Poll::Ready(located(result, this.span))
    }
}

/// An `await`'s outcome, its error located at `span` if it has no place yet and `span` is
/// one (`Span::default()` stands for none).
fn located(result: PResult, span: Span) -> PResult {
    if span == Span::default() {
        result
    } else {
        result.map_err(|e| e.at(span))
    }
}

/// One poll of an `await` on a future: `None` while it must wait (after recording the
/// future for the task's step), else the outcome.
fn wait_on(interp: &Interp, fut: &Rc<Fut>, suspended: &mut bool) -> Option<PResult> {
    let runtime = &interp.runtime;
    if !*suspended && !fut.done() {
        *runtime.yielded.borrow_mut() = Yielded::Future(fut.clone());
        *suspended = true;
        return None;
    }
    let thrown = if *suspended {
        runtime.throw_in.borrow_mut().take()
    } else {
        None
    };
    Some(match thrown {
        Some(e) => Err(e),
        None if !fut.done() => Err(runtime_error("await wasn't used with future")),
        None => fut.result(),
    })
}

/// A coroutine object: what calling an `async def` function returns.
pub struct Coroutine {
    /// What made it: an `async def` function, or Rust code.
    origin: Origin,
    /// A `Cell`, not a `RefCell`: the state is only ever swapped out whole.
    pub state: Cell<CoroState>,
}

/// What made a coroutine. One word and a tag: 100,000 waiting tasks each keep a
/// coroutine object.
enum Origin {
    /// A call of an `async def` function.
    Python(Rc<Function>),
    /// A call of an `async def` function the program had renamed by then (as
    /// `functools.wraps` does): CPython copies a function's names into each coroutine.
    Renamed(Rc<RenamedOrigin>),
    /// Rust code, with its qualified name (a thin pointer).
    Native(&'static &'static str),
}

const _: () = assert!(std::mem::size_of::<Origin>() <= 16);

struct RenamedOrigin {
    function: Rc<Function>,
    qualname: String,
    name: String,
}

impl Coroutine {
    /// The `async def` function, or None for a coroutine written in Rust.
    pub fn function(&self) -> Option<&Rc<Function>> {
        match &self.origin {
            Origin::Python(f) => Some(f),
            Origin::Renamed(r) => Some(&r.function),
            Origin::Native(_) => None,
        }
    }

    /// `coro.__qualname__`: the function's when the coroutine was made.
    pub fn qualname(&self) -> String {
        match &self.origin {
            Origin::Python(f) => f.qualname.clone(),
            Origin::Renamed(r) => r.qualname.clone(),
            Origin::Native(name) => name.to_string(),
        }
    }

    /// `coro.__name__`: the function's when the coroutine was made.
    pub fn name(&self) -> String {
        match &self.origin {
            Origin::Python(f) => f.name.name().to_string(),
            Origin::Renamed(r) => r.name.clone(),
            Origin::Native(name) => name.rsplit('.').next().unwrap_or("").to_string(),
        }
    }
}

/// A `__name__` or `__qualname__` a program assigned to a function, if it did.
fn assigned_name(f: &Function, attr: &str) -> Option<String> {
    let attrs = f.attrs.borrow();
    attrs.iter().find_map(|(name, value)| match value {
        Value::Str(s) if &*name.name() == attr => Some(s.as_str().to_string()),
        _ => None,
    })
}

impl Drop for Coroutine {
    fn drop(&mut self) {
        match self.state.replace(CoroState::Started) {
            CoroState::Python(unstarted) => {
                let name = self.function().map(|f| f.name.name().to_string());
                event_loop::warn_never_awaited(
                    &self.qualname(),
                    Some((unstarted.made_at, name.unwrap_or_default())),
                );
            }
            CoroState::Native(_) => event_loop::warn_never_awaited(&self.qualname(), None),
            _ => {}
        }
    }
}

/// Calling an `async def` function: a coroutine holding the bound frame.
pub fn new_coroutine(interp: &Interp, function: Rc<Function>, frame: Frame) -> Value {
    let qualname = assigned_name(&function, "__qualname__");
    let name = assigned_name(&function, "__name__");
    let renamed = match (qualname, name) {
        (None, None) => None,
        (qualname, name) => Some((
            qualname.unwrap_or_else(|| function.qualname.clone()),
            name.unwrap_or_else(|| function.name.name().to_string()),
        )),
    };
    let origin = match renamed {
        None => Origin::Python(function),
        Some((qualname, name)) => Origin::Renamed(Rc::new(RenamedOrigin {
            function,
            qualname,
            name,
        })),
    };
    let coro = Rc::new(Native::Coroutine(Coroutine {
        origin,
        state: Cell::new(CoroState::Python(Box::new(Unstarted {
            frame,
            made_at: interp.position.get(),
        }))),
    }));
    Value::Native(coro)
}

/// A coroutine whose body is Rust code.
pub fn native_coroutine(qualname: &'static &'static str, body: CoroFuture) -> Value {
    Value::Native(Rc::new(Native::Coroutine(Coroutine {
        origin: Origin::Native(qualname),
        state: Cell::new(CoroState::Native(body)),
    })))
}

/// `coro=<job() running at prog.py:3>` of a task's repr. A running coroutine shows the line it is suspended at
/// (`suspended_at`, a byte offset in its source), or its `def` line before it starts.
pub fn coroutine_summary(coro: &Value, state: &str, suspended_at: Option<u32>) -> String {
    if let Value::Native(n) = coro {
        if let Native::Coroutine(c) = &**n {
            if let Some(f) = c.function() {
                let offset = match suspended_at {
                    Some(at) if state != "done" && (at as usize) <= f.source.text.len() => at,
                    _ => f.def.first_line_offset(),
                };
                let line = f.source.line_of(offset);
                let verb = if state == "done" {
                    "done, defined at"
                } else {
                    "running at"
                };
                return format!("<{}() {} {}:{}>", c.qualname(), verb, f.source.name, line);
            }
            return format!("<{}()>", c.qualname());
        }
    }
    "<?>".to_string()
}

/// The error for an `await` reached on the plain (non-resumable) path.
pub fn await_outside_resumable() -> Box<PyErr> {
    syntax_error("'await' outside async function")
}

impl Interp {
    /// Takes the body out of a coroutine that has not started, as a future to poll.
    pub fn start_coroutine(&self, coro: &Coroutine) -> PResult<CoroFuture> {
        let state = coro.state.replace(CoroState::Started);
        match state {
            CoroState::Started => Err(runtime_error("cannot reuse already awaited coroutine")),
            CoroState::Native(body) | CoroState::Sent(body) => Ok(body),
            CoroState::Python(unstarted) => {
                let Some(function) = coro.function().cloned() else {
                    return Err(runtime_error("coroutine has no code"));
                };
                Ok(self.coroutine_body(function, unstarted.frame))
            }
        }
    }

    /// The body of a call of an `async def` function, as a future to poll.
    ///
    /// The frame is captured by the `async move` block and used in place: rebinding it
    /// inside the block (or taking it as an `async fn` parameter) keeps two copies in every
    /// suspended task.
    pub fn coroutine_body(&self, function: Rc<Function>, mut frame: Frame) -> CoroFuture {
        let interp = self.rc();
        Box::pin(async move {
            // An exception thrown in before the first step ends the coroutine at once.
            if let Some(e) = interp.runtime.throw_in.borrow_mut().take() {
                return Err(e);
            }
            let depth = interp.depth.get() + 1;
            if depth > interp.recursion_limit.get() {
                return Err(recursion_error("maximum recursion depth exceeded"));
            }
            interp.depth.set(depth);
            let caller_position = interp.position.get();
            // The body's statements run in this future itself, not in a nested one, and
            // with no references of their own to the frame or the body: a suspended task
            // keeps one future, with no second copy of anything.
            let result =
                crate::interp::resume::run_statements!(interp, &mut frame, &function.def.body);
            let result = interp.body_ended(result, &mut frame, &function);
            // The locals go as the frame returns, while its caller's line is current (the
            // loop's, for a task's own coroutine).
            interp.position.set(caller_position);
            drop(frame);
            result
        })
    }

    /// A coroutine's body has ended with `result`: its depth is given back, and an
    /// exception leaving it gets this frame in its traceback (a `StopIteration` turning
    /// into `RuntimeError` on the way). Shared by every way a body runs: its own future,
    /// inline, or as an inline call's continuation.
    #[inline(always)]
    pub(crate) fn body_ended(
        &self,
        result: PResult<Flow>,
        frame: &mut Frame,
        function: &Function,
    ) -> PResult {
        self.depth.set(self.depth.get().saturating_sub(1));
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                let e = self.record_frame(e, frame, Some(function.def.span));
                interp::keep_locals(&e, frame);
                Err(stop_iteration_escaped(e))
            }
        }
    }

    /// `await value`: coroutines run inline; futures and tasks suspend until done.
    pub fn await_value(&self, value: Value) -> AwaitValue<'_> {
        let state = match self.awaitable(value) {
            Ok(Awaitable::Body(body)) => AwaitState::Body(body),
            Ok(Awaitable::Future(fut)) => AwaitState::Waiting(fut, false),
            Ok(Awaitable::Ready(value)) => AwaitState::Done(Some(Ok(value))),
            Err(e) => AwaitState::Done(Some(Err(e))),
        };
        AwaitValue {
            interp: self,
            state,
            span: Span::default(),
        }
    }

    /// What `await value` waits on. `value` itself is dropped here, so a suspended `await`
    /// keeps only the coroutine's body or the future.
    fn awaitable(&self, value: Value) -> PResult<Awaitable> {
        let mut value = value;
        let mut via_dunder = false;
        loop {
            if let Value::Native(n) = &value {
                if let Native::Coroutine(c) = &**n {
                    return Ok(Awaitable::Body(self.start_coroutine(c)?));
                }
            }
            if let Value::Future(f) = &value {
                return Ok(Awaitable::Future(f.clone()));
            }
            if via_dunder {
                if let Value::Iterator(_) = &value {
                    // An iterator from `__await__` is what `yield from` drives: one that
                    // ends at once is the await's None; a yielded value is a bad yield to
                    // the task, as in CPython.
                    return match self.next(&value)? {
                        None => Ok(Awaitable::Ready(Value::None)),
                        Some(v) => Err(runtime_error(format!(
                            "Task got bad yield: {}",
                            self.repr(&v)?
                        ))),
                    };
                }
                return Err(type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    type_name(&value)
                )));
            }
            if let Value::Instance(inst) = &value {
                if let Some(f) = inst.class.lookup(sym::AWAIT) {
                    value = self.call(&f, std::slice::from_ref(&value), &[])?;
                    via_dunder = true;
                    continue;
                }
            }
            return Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&value)
            )));
        }
    }

    /// Suspends the running task until `fut` is done, then gives its result.
    pub fn await_future(&self, fut: Rc<Fut>) -> AwaitValue<'_> {
        AwaitValue {
            interp: self,
            state: AwaitState::Waiting(fut, false),
            span: Span::default(),
        }
    }

    /// Gives the loop one turn (`await asyncio.sleep(0)`).
    pub async fn yield_once(&self) -> PResult<()> {
        *self.runtime.yielded.borrow_mut() = Yielded::Bare;
        Suspend::new().await;
        if let Some(e) = self.runtime.throw_in.borrow_mut().take() {
            return Err(e);
        }
        Ok(())
    }
}

/// An exception leaving a coroutine's body: a `StopIteration` becomes `RuntimeError:
/// coroutine raised StopIteration`, caused by it (PEP 479), as CPython does.
pub(crate) fn stop_iteration_escaped(e: Box<PyErr>) -> Box<PyErr> {
    if !e.is_instance_of(&types().stop_iteration) {
        return e;
    }
    let err = runtime_error("coroutine raised StopIteration");
    if let Some(data) = exc_data(&err.exc) {
        let mut data = data.borrow_mut();
        data.cause = Some(e.exc.clone());
        data.context = Some(e.exc.clone());
        data.suppress_context = true;
    }
    err
}
