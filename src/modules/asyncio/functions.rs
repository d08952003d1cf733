//! asyncio's module functions: `run`, `sleep`, `gather`, `create_task`, the loop getters, and
//! the `Runner` natives.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::coroutine;
use crate::event_loop::record::{self, WaitKind};
use crate::event_loop::{self, Callback, DoneCallback, EventLoop, Fut, MadeFor};
use crate::exception::*;
use crate::interp::binding::missing_arguments;
use crate::interp::Interp;
use crate::ops::to_f64;
use crate::symbol::Sym;
use crate::types::args::{arity, kwarg, only_kwargs};
use crate::types::type_name;
use crate::value::*;

use super::{
    cancelled_error_class, current_loop, exception_handler, fut_of, is_coroutine, loop_of,
    name_arg, recv_loop, running_loop, task_for, to_future,
};

pub(super) fn run(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
pub(super) fn close_runner_loop(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
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
pub(super) fn runner_new_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = EventLoop::new();
    *interp.runtime.current_loop.borrow_mut() = Some(event_loop.clone());
    Ok(event_loop.value())
}

/// `_runner_run(loop, coro)`: `Runner.run` after its checks.
pub(super) fn runner_run(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    arity("_runner_run", &args[1..], 1, 1)?;
    run_main(interp, &event_loop, &args[1])
}

/// `_runner_close(loop)`: `Runner.close` of an initialized runner.
pub(super) fn runner_close(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = recv_loop(args)?;
    close_runner_loop(interp, &event_loop)?;
    Ok(Value::None)
}

/// What `asyncio.run` does to tasks still pending when the main coroutine returns.
pub(super) fn cancel_all_tasks(interp: &Interp, event_loop: &Rc<EventLoop>) -> PResult<()> {
    let pending = event_loop.live_tasks();
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

/// `asyncio.sleep(delay, result=None)`'s arguments, bound as CPython binds those of the
/// Python function it is there, with its messages.
fn sleep_args(args: &[Value], kwargs: &[(Sym, Value)]) -> PResult<(f64, Value)> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let mut bound = [args.first().cloned(), args.get(1).cloned()];
    for (name, value) in kwargs {
        let i = match &*name.name() {
            "delay" => 0,
            "result" => 1,
            _ => {
                return Err(type_error(format!(
                    "sleep() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        if bound[i].is_some() {
            return Err(type_error(format!(
                "sleep() got multiple values for argument '{name}'"
            )));
        }
        bound[i] = Some(value.clone());
    }
    let [delay, result] = bound;
    let Some(delay) = delay else {
        return Err(missing_arguments("sleep", "positional", &["delay"]));
    };
    let seconds = to_f64(&delay)?.ok_or_else(|| {
        type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            type_name(&delay)
        ))
    })?;
    Ok((seconds, result.unwrap_or(Value::None)))
}

/// `await asyncio.sleep(delay)` with no delay (0 or less): a bare yield, with no coroutine
/// object made for it; anything else is left to `sleep`.
pub(super) fn sleep_awaited(_: &Interp, args: &[Value]) -> Option<PResult<Awaited>> {
    match sleep_args(args, &[]) {
        Ok((delay, result)) if delay <= 0.0 => Some(Ok(Awaited::Yield(result))),
        _ => None,
    }
}

pub(super) fn sleep(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let (delay, result) = sleep_args(args, kwargs)?;
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
            fut.made_for.set(MadeFor::Sleep);
            record::label(&interp, &fut, WaitKind::Timer, || {
                format!("sleep({delay:?})")
            });
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
pub(super) fn gather_futures(
    interp: &Interp,
    event_loop: &Rc<EventLoop>,
    children: Vec<Rc<Fut>>,
    return_exceptions: bool,
) -> Rc<Fut> {
    let outer = Fut::new(event_loop, None);
    outer.made_for.set(MadeFor::Gather);
    record::label(interp, &outer, WaitKind::Task, || {
        format!("gather() of {}", children.len())
    });
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

pub(super) fn gather(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

pub(super) fn create_task(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

pub(super) fn ensure_future(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ensure_future", args, 1, 1)?;
    Ok(to_future(interp, &args[0])?.value())
}

pub(super) fn current_task(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
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

pub(super) fn all_tasks(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let event_loop = match args.first() {
        Some(v) if !v.is_none() => recv_loop(args)?,
        _ => running_loop(interp)?,
    };
    let mut set = Set::default();
    for t in event_loop.live_tasks() {
        set.insert(interp.key(t.value())?);
    }
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

pub(super) fn get_event_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(current_loop(interp).value())
}

pub(super) fn new_event_loop(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(EventLoop::new().value())
}

pub(super) fn set_event_loop(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("set_event_loop", args, 1, 1)?;
    *interp.runtime.current_loop.borrow_mut() = loop_of(&args[0]);
    Ok(Value::None)
}

pub(super) fn get_running_loop(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(running_loop(interp)?.value())
}

pub(super) fn get_running_loop_or_none(
    interp: &Interp,
    _: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
    Ok(interp
        .runtime
        .running_loop()
        .map(|l| l.value())
        .unwrap_or(Value::None))
}

pub(super) fn iscoroutine(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("iscoroutine", args, 1, 1)?;
    Ok(Value::Bool(is_coroutine(&args[0])))
}

pub(super) fn iscoroutinefunction(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("iscoroutinefunction", args, 1, 1)?;
    let f = match &args[0] {
        Value::BoundMethod(m) => m.function.clone(),
        other => other.clone(),
    };
    Ok(Value::Bool(
        matches!(f, Value::Function(f) if f.def.is_async),
    ))
}

pub(super) fn isfuture(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isfuture", args, 1, 1)?;
    Ok(Value::Bool(fut_of(&args[0]).is_some()))
}
