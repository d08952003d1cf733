//! `await` of a call: an `async def` function's body run inline, without a coroutine
//! object, and runtime methods that can finish at once.

use super::{address, in_place_value, kept_node, Begun, Kept};
use crate::coroutine::AwaitValue;
use crate::event_loop::{poll_once, CoroFuture};
use crate::exception::*;
use crate::interp;
use crate::interp::call::MethodTarget;
use crate::interp::{Flow, Frame, Interp};
use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::*;
use crate::value::*;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

impl Interp {
    /// `await <operand>` for an operand without an `await` of its own: evaluated on the
    /// plain path, then awaited; errors of the `await` are located at `span`.
    #[inline(always)]
    pub(super) fn await_operand(
        &self,
        frame: &mut Frame,
        operand: &Expr,
        span: Span,
    ) -> AwaitValue<'_> {
        if let ExprKind::Call {
            func,
            args,
            all_positional,
            method_site,
        } = &operand.node
        {
            let awaiting = match &func.node {
                ExprKind::Attribute { value, attr } if *all_positional => {
                    let site = *method_site;
                    self.await_method_call(frame, value, *attr, args, operand.span, site)
                }
                ExprKind::Attribute { .. } => {
                    self.eval(frame, operand).map(|v| self.await_value(v))
                }
                _ => self.await_call(frame, func, operand),
            };
            return match awaiting {
                Ok(awaiting) => awaiting.at(span),
                Err(e) => AwaitValue::failed(self, e),
            };
        }
        match self.eval(frame, operand) {
            Ok(v) => self.await_value(v).at(span),
            Err(e) => AwaitValue::failed(self, e),
        }
    }

    /// `await f(args)`: when `f` is an `async def` function called with positional
    /// arguments, its body runs inline without a coroutine object ever being made (nobody
    /// could see it); any other callee is called as usual and its result awaited.
    /// `await obj.method(args)` with positional arguments: a runtime method that can finish
    /// at once (`await q.get()` on a queue with items) does so without making a coroutine;
    /// anything else is called as `eval_call` would and its result awaited.
    pub(super) fn await_method_call(
        &self,
        frame: &mut Frame,
        object: &Expr,
        attr: Sym,
        args: &[Arg],
        span: Span,
        site: Option<MethodSite>,
    ) -> PResult<AwaitValue<'_>> {
        let receiver = self.eval_quick(frame, object)?;
        let target = self
            .method_target_cached(&receiver, attr, site.map(|s| (&*frame.globals, s.index())))
            .map_err(|e| e.at(span))?;
        match &target {
            // A function of a module (`asyncio.sleep(0)`) with a fast path: called with the
            // arguments alone.
            MethodTarget::Bound(Value::Builtin(b)) if b.awaited.is_some() && args.len() <= 2 => {
                drop_quick(receiver);
                return self.await_builtin(frame, b, None, args, span);
            }
            MethodTarget::Unbound(Value::Builtin(b)) if b.awaited.is_some() && args.len() <= 2 => {
                return self.await_builtin(frame, b, Some(receiver), args, span);
            }
            _ => {}
        }
        if let MethodTarget::Unbound(Value::Function(f)) = &target {
            if f.def.is_async && args.len() as u32 + 1 == f.plain_arity {
                return self.await_inline(frame, f.clone(), Some(receiver), args);
            }
        }
        let mut with_receiver = Vec::with_capacity(args.len() + 1);
        with_receiver.push(receiver);
        for arg in args {
            if let Arg::Positional(e) = arg {
                with_receiver.push(self.eval_quick(frame, e)?);
            }
        }
        let value = self
            .call_method_target(target, with_receiver, &[])
            .map_err(|e| e.at(span))?;
        Ok(self.await_value(value))
    }

    /// `await f(args)` or `await receiver.method(args)` of a builtin with a fast path for
    /// being awaited (`await q.get()` on a queue with items finishes at once, `asyncio.sleep(0)`
    /// gives way, with no coroutine made), with at most two positional arguments: the fast
    /// path answers, or the builtin is called as usual and its result awaited. The receiver
    /// and arguments go in an array on the stack: no vector is allocated for `await q.put(x)`.
    #[inline(always)]
    fn await_builtin(
        &self,
        frame: &mut Frame,
        native: &'static BuiltinFunction,
        receiver: Option<Value>,
        args: &[Arg],
        span: Span,
    ) -> PResult<AwaitValue<'_>> {
        let mut stack = [Value::None, Value::None, Value::None];
        let mut given = 0;
        if let Some(receiver) = receiver {
            stack[0] = receiver;
            given = 1;
        }
        for arg in args {
            if let Arg::Positional(e) = arg {
                stack[given] = self.eval_quick(frame, e)?;
                given += 1;
            }
        }
        let given = &stack[..given];
        let answer = native.awaited.and_then(|fast| fast(self, given));
        let result = match answer {
            Some(Ok(awaited)) => Ok(self.awaiting(awaited)),
            Some(Err(e)) => Err(e.at(span)),
            None => {
                let value = self
                    .call_native(native, given, &[])
                    .map_err(|e| e.at(span))?;
                Ok(self.await_value(value))
            }
        };
        let [a, b, c] = stack;
        drop_quick(a);
        drop_quick(b);
        drop_quick(c);
        result
    }

    /// The `await` of what a native's fast path (`BuiltinFunction::awaited`) answered.
    fn awaiting(&self, awaited: Awaited) -> AwaitValue<'_> {
        match awaited {
            Awaited::Value(v) => AwaitValue::ready(self, Ok(v)),
            Awaited::Wait(fut) => self.await_future(fut),
            Awaited::WaitListed(fut, list) => self.await_future(fut).listed_in(list),
            Awaited::Yield(value) => AwaitValue::yielding(self, value),
        }
    }

    /// `await f(*args)` for a special method `f` the statement found on a class (`async
    /// with`'s `__aenter__` and `__aexit__`): a native with a fast path (`asyncio.Lock`'s)
    /// makes no coroutine; anything else is called and its result awaited.
    pub(super) fn await_special(&self, f: &Value, args: &[Value]) -> PResult<AwaitValue<'_>> {
        if let Value::Builtin(b) = f {
            if let Some(answer) = b.awaited.and_then(|fast| fast(self, args)) {
                return answer.map(|awaited| self.awaiting(awaited));
            }
        }
        let value = self.call(f, args, &[])?;
        Ok(self.await_value(value))
    }

    /// `await f(args)`; `call` is the `Call` node and `func` its callee.
    pub(super) fn await_call(
        &self,
        frame: &mut Frame,
        func: &Expr,
        call: &Expr,
    ) -> PResult<AwaitValue<'_>> {
        let callee = self.eval_callee(frame, func)?;
        match (callee, &call.node) {
            (
                Value::Function(f),
                ExprKind::Call {
                    args,
                    all_positional: true,
                    ..
                },
            ) if f.def.is_async => {
                if args.len() as u32 == f.plain_arity {
                    return self.await_inline(frame, f, None, args);
                }
                let positional = self.positional_args(frame, &f, args)?;
                let callee_frame = self
                    .bind_arguments(&f, positional, &[])
                    .map_err(|e| e.at(call.span))?;
                Ok(self.run_inline(f, callee_frame))
            }
            (
                Value::Builtin(native),
                ExprKind::Call {
                    args,
                    all_positional: true,
                    ..
                },
            ) if native.awaited.is_some() && args.len() <= 2 => {
                self.await_builtin(frame, native, None, args, call.span)
            }
            (callee, _) => {
                let value = self.eval_call_of(frame, callee, call)?;
                Ok(self.await_value(value))
            }
        }
    }

    /// `await f(args)` (or `await receiver.method(args)`, `first` being the receiver) of an
    /// `async def` taking its positional arguments plainly: its frame's slots are a window
    /// of the slot stack, the arguments are evaluated straight into them, and the body runs
    /// inline. A body that suspends moves its slots into a vector of their own
    /// (`continue_body`) before this gives the window back.
    fn await_inline(
        &self,
        frame: &mut Frame,
        f: Rc<Function>,
        first: Option<Value>,
        args: &[Arg],
    ) -> PResult<AwaitValue<'_>> {
        let len = f.def.scope.slot_count as usize;
        let (slots, top) = self
            .slot_stack
            .take(len, first, args.len(), |i| match &args[i] {
                Arg::Positional(e) => self.eval_arg(frame, e),
                _ => unreachable!("a call with all_positional has positional arguments only"),
            })?;
        let awaiting = self.run_inline(f.clone(), Frame::of_call(f, slots));
        self.slot_stack.release(top);
        Ok(awaiting)
    }

    /// Runs the body of an `async def` called by `await f(...)` right here, on the Rust
    /// stack, for as long as it does not suspend: statements without an `await` on the
    /// plain path, and the in-place shapes (`x = await g()`, `return await g() + 1`, ...)
    /// by polling their `await` once. A call that finishes costs no future at all (deep
    /// `await` chains, helpers that never wait). At the first `await` that must wait, or
    /// the first statement it cannot run in place, the rest of the body becomes a boxed
    /// continuation, which takes over exactly where this left off: the order of every
    /// effect is the one a body future polled at once would give.
    pub(crate) fn run_inline(&self, function: Rc<Function>, mut frame: Frame) -> AwaitValue<'_> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return AwaitValue::failed(self, recursion_error("maximum recursion depth exceeded"));
        }
        self.depth.set(depth);
        let caller_position = self.position.get();
        let mut next = 0;
        let outcome = loop {
            let Some(stmt) = function.def.body.get(next) else {
                break Ok(Flow::Normal);
            };
            self.at_statement(&frame, stmt);
            let flow = if !stmt.has_await {
                self.exec_await_free(&mut frame, stmt)
            } else {
                let begun =
                    in_place_value(stmt).map(|value| self.begin_any_inline(&mut frame, value));
                match begun {
                    Some(Begun::Value(v)) => self.finish_statement(&mut frame, stmt, v),
                    Some(Begun::Await(awaiting, then)) => {
                        // An `await` that finished already (an inline call that returned)
                        // needs no poll.
                        let awaited = match awaiting.into_ready() {
                            Ok(v) => v,
                            Err(mut awaiting) => match poll_once(Pin::new(&mut awaiting)) {
                                Poll::Ready(v) => v,
                                Poll::Pending => {
                                    let pending =
                                        Some(Kept::Await(awaiting.into_parts(), then.keep()));
                                    let rest = self.continue_body(
                                        function,
                                        frame,
                                        next,
                                        pending,
                                        caller_position,
                                    );
                                    return AwaitValue::pending_body(self, rest);
                                }
                            },
                        };
                        let v = self.finish_any(&mut frame, then, awaited);
                        self.finish_statement(&mut frame, stmt, v)
                    }
                    // Not a shape run in place: the rest of the body goes to a future, from
                    // this statement on, polled once now as it would have been.
                    generic => {
                        // After an if-expression's test, only its branch is left to run.
                        let stopped_at = match generic {
                            Some(Begun::Generic(e)) => Some(address(e)),
                            _ => None,
                        };
                        let pending = match (stopped_at, in_place_value(stmt)) {
                            (Some(at), Some(value)) if at != address(value) => {
                                Some(Kept::Branch(at))
                            }
                            _ => None,
                        };
                        let mut rest =
                            self.continue_body(function, frame, next, pending, caller_position);
                        return match poll_once(rest.as_mut()) {
                            Poll::Ready(result) => AwaitValue::ready(self, result),
                            Poll::Pending => AwaitValue::pending_body(self, rest),
                        };
                    }
                }
            };
            next += 1;
            match flow {
                Ok(Flow::Normal) => {}
                Ok(flow) => break Ok(flow),
                Err(e) => break Err(e.at(stmt.span)),
            }
        };
        self.position.set(caller_position);
        AwaitValue::ready(self, self.body_ended(outcome, &mut frame, &function))
    }

    /// The rest of an inline call's body as a future, from statement `start` on; `pending`
    /// is the `await` that statement is waiting on, with what is left of it. The call's
    /// depth is counted already; the future gives it back when the body ends.
    pub(super) fn continue_body(
        &self,
        function: Rc<Function>,
        mut frame: Frame,
        start: usize,
        pending: Option<Kept>,
        caller_position: interp::Position,
    ) -> CoroFuture {
        frame.slots.keep();
        let interp = self.rc();
        Box::pin(async move {
            let result = 'body: {
                let mut start = start;
                if let Some(kept) = pending {
                    let stmt = &function.def.body[start];
                    let v = match kept {
                        Kept::Await(parts, then) => {
                            let awaited = AwaitValue::from_parts(&interp, parts).await;
                            interp.finish_any(&mut frame, then.resolve(stmt), awaited)
                        }
                        Kept::Branch(at) => {
                            interp.eval_async(&mut frame, kept_node(stmt, at)).await
                        }
                    };
                    match interp.finish_statement(&mut frame, stmt, v) {
                        Ok(Flow::Normal) => {}
                        Ok(flow) => break 'body Ok(flow),
                        Err(e) => break 'body Err(e.at(stmt.span)),
                    }
                    start += 1;
                }
                run_statements!(interp, &mut frame, &function.def.body, start)
            };
            let result = interp.body_ended(result, &mut frame, &function);
            interp.position.set(caller_position);
            drop(frame);
            result
        })
    }
}
