//! The resumable path: statements and expressions of an `async def` body that contain an
//! `await` run here, as Rust futures the event loop polls. Everything without an `await`
//! (the resolver marks nodes) goes back to the plain evaluator, so only the spine of nodes
//! leading to an `await` pays for suspension.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

use crate::coroutine::{AwaitParts, AwaitValue};
use crate::event_loop::{poll_once, CoroFuture};
use crate::exception::*;
use crate::interp;
use crate::interp::call::{Callee, MethodTarget};
use crate::interp::display::{Acc, DictDisplay, SetDisplay};
use crate::interp::flow;
use crate::interp::{class_header, def_header, Flow, Frame, Interp};
use crate::ops;
use crate::source::Span;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::types;
use crate::types::{class_of, type_name};
use crate::value::*;

/// A boxed future borrowing the interpreter and a frame for `'a`.
pub type Resumable<'a, T> = Pin<Box<dyn Future<Output = PResult<T>> + 'a>>;

/// How `begin_any` started an expression with an `await`.
pub(crate) enum Begun<'a> {
    /// Finished without reaching an `await` (an if-expression took its plain branch), or
    /// failed before it.
    Value(PResult),
    /// Await this, then finish with `finish_any`.
    Await(AwaitValue<'a>, Then<'a>),
    /// Not one of the common shapes: run this expression on the generic path.
    Generic(&'a Expr),
}

/// A `Then` kept by a suspended inline call (see `Interp::run_inline`): the node it
/// refers to is named by its address, found again in the statement when the call resumes.
pub(crate) enum ThenKept {
    Value,
    Left(usize),
    Right(usize, Value),
}

fn address(expr: &Expr) -> usize {
    expr as *const Expr as usize
}

impl Then<'_> {
    fn keep(self) -> ThenKept {
        match self {
            Then::Value => ThenKept::Value,
            Then::Left(e) => ThenKept::Left(address(e)),
            Then::Right(e, v) => ThenKept::Right(address(e), v),
        }
    }
}

impl ThenKept {
    /// The `Then` again, for the statement `stmt` it was made in: its node is the
    /// statement's expression or, after an if-expression, one of its branches.
    fn resolve(self, stmt: &Stmt) -> Then<'_> {
        match self {
            ThenKept::Value => Then::Value,
            ThenKept::Left(addr) => Then::Left(kept_node(stmt, addr)),
            ThenKept::Right(addr, v) => Then::Right(kept_node(stmt, addr), v),
        }
    }
}

/// The node at address `addr` among those `begin_any` may stop at in `stmt`: the
/// statement's expression or, after an if-expression's test, one of its branches.
fn kept_node(stmt: &Stmt, addr: usize) -> &Expr {
    let value = in_place_value(stmt).expect("a kept node comes from an in-place statement");
    match &value.node {
        ExprKind::IfExp { body, orelse, .. } if address(value) != addr => {
            if address(body) == addr {
                body
            } else {
                orelse
            }
        }
        _ => value,
    }
}

/// Where a suspended inline call stopped inside the statement it resumes at.
pub(crate) enum Kept {
    /// At an `await` (polled once, waiting), with what is left of the expression.
    Await(AwaitParts, ThenKept),
    /// An if-expression's test is done: its branch (by address) runs on the generic path.
    Branch(usize),
}

/// What is left of an expression once its `await` has a value.
pub(crate) enum Then<'a> {
    /// The awaited value is the expression's value.
    Value,
    /// `await x <op> right`: evaluate `right`, then the operation (the `BinOp` node).
    Left(&'a Expr),
    /// `left <op> await x`: `left` has its value already.
    Right(&'a Expr, Value),
}

/// The value of `$expr`, which holds an `await`, inside an async block: the common shapes
/// in place (`begin_any` .. `finish_any`), anything else on the generic path.
macro_rules! await_any {
    ($interp:expr, $frame:expr, $expr:expr) => {
        // Labeled blocks, not a `match` around the awaits: a scrutinee would stay in the
        // suspended future beside what was moved out of it.
        'any: {
            let generic = 'generic: {
                let (awaiting, then) = match $interp.begin_any($frame, $expr) {
                    $crate::interp::resume::Begun::Value(r) => break 'any r,
                    $crate::interp::resume::Begun::Await(awaiting, then) => (awaiting, then),
                    $crate::interp::resume::Begun::Generic(e) => break 'generic e,
                };
                let awaited = awaiting.await;
                break 'any $interp.finish_any($frame, then, awaited);
            };
            $interp.eval_async($frame, generic).await
        }
    };
}

/// Runs the statements `$body` inside an async block, each on the path it needs: those
/// without an `await` on the plain path, `await f()`, `x = await f()` and `return …` in
/// place, the rest as boxed futures. Shared by `exec_body_async` and a coroutine's own
/// future, which runs its body's statements itself rather than through a nested future.
macro_rules! run_statements {
    ($interp:expr, $frame:expr, $body:expr) => {
        $crate::interp::resume::run_statements!($interp, $frame, $body, 0)
    };
    // From statement `$start` on.
    ($interp:expr, $frame:expr, $body:expr, $start:expr) => {
        'run: {
            // An index, not a slice iterator: a word less in every suspended task.
            let mut next = $start;
            while let Some(stmt) = $body.get(next) {
                next += 1;
                $interp.at_statement($frame, stmt);
                let flow = if !stmt.has_await {
                    $interp.exec($frame, stmt)
                } else if let Some(value) = $crate::interp::resume::in_place_value(stmt) {
                    let v = $crate::interp::resume::await_any!($interp, $frame, value);
                    $interp.finish_statement($frame, stmt, v)
                } else {
                    $interp.exec_async($frame, stmt).await
                };
                match flow {
                    Ok($crate::interp::Flow::Normal) => {}
                    Ok(flow) => break 'run Ok(flow),
                    Err(e) => break 'run Err(e.at(stmt.span)),
                }
            }
            Ok($crate::interp::Flow::Normal)
        }
    };
}
pub(crate) use {await_any, run_statements};

/// The expression of a statement that runs in place on the resumable path: an expression
/// statement, `return <expr>`, or an assignment to one target without an `await`.
pub(crate) fn in_place_value(stmt: &Stmt) -> Option<&Expr> {
    match &stmt.node {
        StmtKind::Expr(e) | StmtKind::Echo(e) | StmtKind::Return(Some(e)) => Some(e),
        StmtKind::Assign { targets, value } if targets.len() == 1 && !targets[0].has_await => {
            Some(value)
        }
        _ => None,
    }
}

impl Interp {
    /// Finishes a statement of `in_place_value`'s kinds, given its expression's value.
    #[inline(always)]
    pub(crate) fn finish_statement(
        &self,
        frame: &mut Frame,
        stmt: &Stmt,
        value: PResult,
    ) -> PResult<Flow> {
        let value = value?;
        match &stmt.node {
            StmtKind::Return(_) => Ok(Flow::Return(value)),
            StmtKind::Echo(_) => {
                self.display_value(frame, value)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign { targets, .. } => {
                if let ExprKind::Name(Name {
                    resolved: Resolved::Local(slot),
                    ..
                }) = &targets[0].node
                {
                    store_slot(&mut frame.slots[*slot as usize], value);
                    return Ok(Flow::Normal);
                }
                self.assign(frame, &targets[0], value)?;
                Ok(Flow::Normal)
            }
            _ => Ok(Flow::Normal),
        }
    }

    pub fn exec_block_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        body: &'a [Stmt],
    ) -> Resumable<'a, Flow> {
        Box::pin(self.exec_body_async(frame, body))
    }

    /// Runs a block of statements, each on the path it needs. Not boxed: a coroutine's body
    /// runs the same loop inside its own future (`run_statements!`), so the outermost block
    /// costs no allocation, and loop bodies run it inside their statement's future.
    // Not an `async fn`, which would keep a second copy of its arguments in every
    // suspended task.
    #[allow(clippy::manual_async_fn)]
    pub fn exec_body_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        body: &'a [Stmt],
    ) -> impl Future<Output = PResult<Flow>> + 'a {
        async move { run_statements!(self, frame, body) }
    }

    /// `await <operand>` for an operand without an `await` of its own: evaluated on the
    /// plain path, then awaited; errors of the `await` are located at `span`.
    #[inline(always)]
    fn await_operand(&self, frame: &mut Frame, operand: &Expr, span: Span) -> AwaitValue<'_> {
        if let ExprKind::Call {
            func,
            args,
            all_positional,
            method_cache,
        } = &operand.node
        {
            let awaiting = match &func.node {
                ExprKind::Attribute { value, attr } if *all_positional => {
                    let cache = method_cache.as_deref();
                    self.await_method_call(frame, value, *attr, args, operand.span, cache)
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

    /// Evaluates `expr` on whichever path it needs (see `begin_any`).
    // Not an `async fn`, which would keep a second copy of its arguments in every
    // suspended task.
    #[allow(clippy::manual_async_fn)]
    pub fn eval_any<'a>(
        &'a self,
        frame: &'a mut Frame,
        expr: &'a Expr,
    ) -> impl Future<Output = PResult> + 'a {
        async move {
            if !expr.has_await {
                return self.eval(frame, expr);
            }
            await_any!(self, frame, expr)
        }
    }

    /// Starts an expression that holds an `await`. The shapes most awaits stand in —
    /// `await f()`, `await f() + 1`, `1 + await f()`, an if-expression around them — are
    /// split in three: what comes before the `await` runs here on the plain path, the
    /// caller awaits the `AwaitValue` in its own future, and `finish_any` does the rest.
    /// So they cost no boxed future, and a suspended task keeps only the `AwaitValue` and
    /// a `Then`. Anything deeper is `Begun::Generic`: `eval_async`, one box per node.
    #[inline(never)]
    pub(crate) fn begin_any<'a>(&'a self, frame: &mut Frame, expr: &'a Expr) -> Begun<'a> {
        self.begin_any_inline(frame, expr)
    }

    /// `begin_any`, inlined into the inline runner (`run_inline`), the hottest caller.
    #[inline(always)]
    fn begin_any_inline<'a>(&'a self, frame: &mut Frame, expr: &'a Expr) -> Begun<'a> {
        let mut expr = expr;
        if let ExprKind::IfExp { test, body, orelse } = &expr.node {
            if !test.has_await {
                let t = match self.eval_quick(frame, test) {
                    Ok(Value::Int(i)) => i != 0,
                    Ok(v) => match self.truthy(&v) {
                        Ok(t) => {
                            drop_quick(v);
                            t
                        }
                        Err(e) => return Begun::Value(Err(e)),
                    },
                    Err(e) => return Begun::Value(Err(e)),
                };
                expr = if t { body } else { orelse };
                if !expr.has_await {
                    return Begun::Value(self.eval(frame, expr));
                }
            }
        }
        match &expr.node {
            ExprKind::Await(operand) if !operand.has_await => {
                // An `await` that finished at once (`await q.get()` on a queue with items)
                // is finished here: no poll, and nothing stored in the caller's future.
                match self.await_operand(frame, operand, expr.span).into_ready() {
                    Ok(awaited) => Begun::Value(awaited),
                    Err(awaiting) => Begun::Await(awaiting, Then::Value),
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                if let (Some(operand), false) = (direct_await(left), right.has_await) {
                    let awaiting = self.await_operand(frame, operand, left.span);
                    // Finished at once (an inline call that returned): finish here.
                    return match awaiting.into_ready() {
                        Ok(v) => Begun::Value(self.finish_any(frame, Then::Left(expr), v)),
                        Err(awaiting) => Begun::Await(awaiting, Then::Left(expr)),
                    };
                }
                if let (false, Some(operand)) = (left.has_await, direct_await(right)) {
                    let a = match self.eval(frame, left) {
                        Ok(a) => a,
                        Err(e) => return Begun::Value(Err(e)),
                    };
                    let awaiting = self.await_operand(frame, operand, right.span);
                    return Begun::Await(awaiting, Then::Right(expr, a));
                }
                Begun::Generic(expr)
            }
            _ => Begun::Generic(expr),
        }
    }

    /// Finishes what `begin_any` started, given the awaited value.
    #[inline(always)]
    pub(crate) fn finish_any(
        &self,
        frame: &mut Frame,
        then: Then<'_>,
        awaited: PResult,
    ) -> PResult {
        let awaited = awaited?;
        match then {
            Then::Value => Ok(awaited),
            Then::Left(expr) => {
                let ExprKind::BinOp { op, right, .. } = &expr.node else {
                    unreachable!("Then::Left is made for binary operations")
                };
                let b = self.eval_quick(frame, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&awaited, &b) {
                    if let Some(r) = ops::int_fast(*op, *x, *y) {
                        // Ints own nothing: no call to the drop glue.
                        std::mem::forget((awaited, b));
                        return Ok(Value::Int(r));
                    }
                }
                self.binary_op(*op, &awaited, &b)
                    .map_err(|e| e.at(expr.span))
            }
            Then::Right(expr, a) => {
                let ExprKind::BinOp { op, .. } = &expr.node else {
                    unreachable!("Then::Right is made for binary operations")
                };
                self.binary_op(*op, &a, &awaited)
                    .map_err(|e| e.at(expr.span))
            }
        }
    }

    pub(crate) fn exec_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        stmt: &'a Stmt,
    ) -> Resumable<'a, Flow> {
        match &stmt.node {
            StmtKind::Expr(e) => Box::pin(async move {
                self.eval_any(frame, e).await?;
                Ok(Flow::Normal)
            }),
            StmtKind::Echo(e) => Box::pin(async move {
                let value = self.eval_any(frame, e).await?;
                self.display_value(frame, value)?;
                Ok(Flow::Normal)
            }),
            StmtKind::Assign { targets, value } => Box::pin(async move {
                let v = self.eval_any(frame, value).await?;
                for t in targets {
                    self.assign_any(frame, t, v.clone()).await?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::AnnAssign { target, value, .. } => Box::pin(async move {
                if let Some(value) = value {
                    let v = self.eval_any(frame, value).await?;
                    self.assign_any(frame, target, v).await?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::AugAssign { target, op, value } => Box::pin(async move {
                match &target.node {
                    ExprKind::Name(name) => {
                        let current = self.load_name(frame, name).map_err(|e| e.at(target.span))?;
                        let rhs = self.eval_any(frame, value).await?;
                        let result = self
                            .inplace_op(*op, current, &rhs)
                            .map_err(|e| e.at(target.span))?;
                        self.store_name(frame, name, result);
                    }
                    ExprKind::Attribute { value: obj, attr } => {
                        let obj = self.eval_any(frame, obj).await?;
                        let current = self.get_attr(&obj, *attr).map_err(|e| e.at(target.span))?;
                        let rhs = self.eval_any(frame, value).await?;
                        let result = self
                            .inplace_op(*op, current, &rhs)
                            .map_err(|e| e.at(target.span))?;
                        self.set_attr(&obj, *attr, result)
                            .map_err(|e| e.at(target.span))?;
                    }
                    ExprKind::Subscript { value: obj, index } => {
                        let obj = self.eval_any(frame, obj).await?;
                        let idx = self.eval_any(frame, index).await?;
                        let current = self.get_item(&obj, &idx).map_err(|e| e.at(target.span))?;
                        let rhs = self.eval_any(frame, value).await?;
                        let result = self
                            .inplace_op(*op, current, &rhs)
                            .map_err(|e| e.at(target.span))?;
                        self.set_item(&obj, idx, result)
                            .map_err(|e| e.at(target.span))?;
                    }
                    _ => {
                        return Err(syntax_error("illegal expression for augmented assignment")
                            .at(target.span))
                    }
                }
                Ok(Flow::Normal)
            }),
            StmtKind::Return(value) => Box::pin(async move {
                let v = match value {
                    Some(e) => self.eval_any(frame, e).await?,
                    None => Value::None,
                };
                Ok(Flow::Return(v))
            }),
            StmtKind::If { test, body, orelse } => Box::pin(async move {
                let t = if test.has_await {
                    self.eval_any(frame, test).await?
                } else {
                    self.eval(frame, test)?
                };
                // The blocks run inside this statement's future, not in one of their own.
                let block = if self.truthy(&t)? { body } else { orelse };
                run_statements!(self, frame, block)
            }),
            StmtKind::While { test, body, orelse } => Box::pin(async move {
                loop {
                    let t = if test.has_await {
                        self.eval_any(frame, test).await?
                    } else {
                        self.eval(frame, test)?
                    };
                    if !self.truthy(&t)? {
                        return self.exec_body_async(frame, orelse).await;
                    }
                    // The body runs inside this statement's future: no new future for
                    // each iteration.
                    match run_statements!(self, frame, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
            }),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                // `async for` is refused by the resolver.
                is_async: _,
            } => Box::pin(async move {
                let iterable = self.eval_any(frame, iter).await?;
                // `for i in range(...)` into a name, as on the plain path: no iterator.
                let steps = match (&iterable, &target.node) {
                    (Value::Range(r), ExprKind::Name(name)) => r.int_steps().map(|s| (s, name)),
                    _ => None,
                };
                if let Some((steps, name)) = steps {
                    drop(iterable);
                    for i in steps {
                        check()?;
                        self.store_name(frame, name, Value::Int(i));
                        match run_statements!(self, frame, body)? {
                            Flow::Break => return Ok(Flow::Normal),
                            Flow::Return(v) => return Ok(Flow::Return(v)),
                            Flow::Normal | Flow::Continue => {}
                        }
                    }
                    return self.exec_body_async(frame, orelse).await;
                }
                let it = self.iter(&iterable).map_err(|e| e.at(iter.span))?;
                while let Some(item) = self.next(&it).map_err(|e| e.at(iter.span))? {
                    if target.has_await {
                        self.assign_async(frame, target, item).await?;
                    } else {
                        self.assign(frame, target, item)?;
                    }
                    match run_statements!(self, frame, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_body_async(frame, orelse).await;
            }),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => Box::pin(async move {
                return self
                    .exec_try_async(frame, body, handlers, orelse, finalbody, *is_star)
                    .await;
            }),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                Box::pin(
                    async move { return self.exec_with_async(frame, items, body, *is_async).await },
                )
            }
            StmtKind::Raise { exc, cause } => Box::pin(async move {
                let Some(exc) = exc else {
                    return Err(self.exec_raise(frame, &None, &None)?);
                };
                let value = self.eval_any(frame, exc).await?;
                let cause = match cause {
                    Some(c) => Some(self.eval_any(frame, c).await?),
                    None => None,
                };
                Err(self.make_raise(value, cause)?)
            }),
            StmtKind::Assert { test, msg } => Box::pin(async move {
                let t = self.eval_any(frame, test).await?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval_any(frame, m).await?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(&types::types().assertion_error, args));
                }
                Ok(Flow::Normal)
            }),
            StmtKind::Del(targets) => Box::pin(async move {
                for t in targets {
                    self.delete(frame, t)?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::FunctionDef(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in def_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                let f = self.define_function(frame, def, header)?;
                self.store_name(frame, &def.binding(), f);
                Ok(Flow::Normal)
            }),
            StmtKind::ClassDef(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in class_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                let c = self.define_class(frame, def, header)?;
                self.store_name(frame, &def.binding(), c);
                Ok(Flow::Normal)
            }),
            // Statements with no expression to await in: only a forced run
            // (`PYCO_FORCE_RESUMABLE`) sends them here.
            StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => Box::pin(async move { self.exec(frame, stmt) }),
        }
    }

    /// Assigns to `target`, on the resumable path only if the target holds an `await`.
    async fn assign_any(&self, frame: &mut Frame, target: &Expr, value: Value) -> PResult<()> {
        if !target.has_await {
            return self.assign(frame, target, value);
        }
        self.assign_async(frame, target, value).await
    }

    fn assign_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        target: &'a Expr,
        value: Value,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            match &target.node {
                ExprKind::Attribute { value: obj, attr } => {
                    let obj = self.eval_any(frame, obj).await?;
                    self.set_attr(&obj, *attr, value)
                        .map_err(|e| e.at(target.span))
                }
                ExprKind::Subscript { value: obj, index } => {
                    let obj = self.eval_any(frame, obj).await?;
                    let idx = self.eval_any(frame, index).await?;
                    self.set_item(&obj, idx, value)
                        .map_err(|e| e.at(target.span))
                }
                ExprKind::Tuple(targets) | ExprKind::List(targets) => {
                    let values = self
                        .unpack(&value, targets)
                        .map_err(|e| e.at(target.span))?;
                    for (t, v) in targets.iter().zip(values) {
                        self.assign_any(frame, t, v).await?;
                    }
                    Ok(())
                }
                _ => self.assign(frame, target, value),
            }
        })
    }

    fn exec_try_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            let result = match self.exec_block_async(frame, body).await {
                Ok(Flow::Normal) => self.exec_block_async(frame, orelse).await,
                Ok(flow) => Ok(flow),
                Err(err) if handlers.is_empty() => Err(err),
                Err(err) => {
                    self.handle_exception_async(frame, err, handlers, is_star)
                        .await
                }
            };
            if finalbody.is_empty() {
                return result;
            }
            if let Err(e) = &result {
                self.handling.borrow_mut().push(e.exc.clone());
            }
            let final_flow = self.exec_block_async(frame, finalbody).await;
            if let Err(old) = &result {
                self.handling.borrow_mut().pop();
                if let Err(new) = &final_flow {
                    flow::set_context(new, &old.exc);
                }
            }
            match final_flow {
                Ok(Flow::Normal) => result,
                other => other,
            }
        })
    }

    /// `handle_exception` with clause types and bodies that may await; the rules are the
    /// ones in `except.rs`.
    fn handle_exception_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        err: Box<PyErr>,
        handlers: &'a [ExceptHandler],
        is_star: bool,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            let mut handling = self.begin_handling(frame, err, is_star);
            for handler in handlers {
                let kind = match &handler.kind {
                    Some(kind) => match self.eval_any(frame, kind).await {
                        Ok(kind) => Some(kind),
                        Err(e) => return Err(self.clause_failed(handling, e, handler)),
                    },
                    None => None,
                };
                let caught = match self.select_clause(&mut handling, kind.as_ref()) {
                    Ok(Some(caught)) => caught,
                    Ok(None) => continue,
                    Err(e) => return Err(self.clause_failed(handling, e, handler)),
                };
                self.enter_clause(frame, handler, &caught);
                let result = self.exec_block_async(frame, &handler.body).await;
                if let Some(done) =
                    self.leave_clause(frame, &mut handling, handler, &caught, result)
                {
                    return done;
                }
            }
            self.end_handling(frame, handling)
        })
    }

    fn exec_with_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            let Some((item, rest)) = items.split_first() else {
                return self.exec_block_async(frame, body).await;
            };
            let manager = self.eval_any(frame, &item.context).await?;
            let class = class_of(&manager);
            let (enter_name, exit_name) = if is_async {
                (sym::AENTER, sym::AEXIT)
            } else {
                (sym::ENTER, sym::EXIT)
            };
            let (Some(enter), Some(exit)) = (class.lookup(enter_name), class.lookup(exit_name))
            else {
                let protocol = if is_async {
                    "asynchronous context manager"
                } else {
                    "context manager"
                };
                return Err(type_error(format!(
                    "'{}' object does not support the {protocol} protocol",
                    type_name(&manager)
                ))
                .at(item.context.span));
            };
            let mut entered = self
                .call(&enter, std::slice::from_ref(&manager), &[])
                .map_err(|e| e.at(item.context.span))?;
            if is_async {
                entered = self
                    .await_value(entered)
                    .await
                    .map_err(|e| e.at(item.context.span))?;
            }
            if let Some(target) = &item.target {
                self.assign_any(frame, target, entered).await?;
            }
            let result = self.exec_with_async(frame, rest, body, is_async).await;
            match result {
                Ok(flow) => {
                    let r = self
                        .call(
                            &exit,
                            &[manager, Value::None, Value::None, Value::None],
                            &[],
                        )
                        .map_err(|e| e.at(item.context.span))?;
                    if is_async {
                        self.await_value(r)
                            .await
                            .map_err(|e| e.at(item.context.span))?;
                    }
                    Ok(flow)
                }
                Err(mut err) => {
                    flow::record_pending(&mut err, frame);
                    let exc = err.exc.clone();
                    let exc_class = Value::Class(class_of(&exc));
                    self.handling.borrow_mut().push(exc.clone());
                    let mut suppress =
                        self.call(&exit, &[manager, exc_class, exc, Value::None], &[]);
                    if is_async {
                        if let Ok(v) = suppress {
                            suppress = self.await_value(v).await;
                        }
                    }
                    self.handling.borrow_mut().pop();
                    if self.truthy(&suppress?)? {
                        Ok(Flow::Normal)
                    } else {
                        err = flow::reopen(err);
                        Err(err)
                    }
                }
            }
        })
    }

    /// Evaluates an expression that contains an `await`.
    pub fn eval_async<'a>(&'a self, frame: &'a mut Frame, expr: &'a Expr) -> Resumable<'a, Value> {
        let span = expr.span;
        match &expr.node {
            ExprKind::Await(inner) => Box::pin(async move {
                let v = self.eval_any(frame, inner).await?;
                // `at` also names this line as where the task is suspended (its repr).
                self.await_value(v).at(span).await
            }),
            ExprKind::Call { func, args, .. } => Box::pin(async move {
                // As on the plain path: a method is looked up before the arguments are
                // evaluated, so `a.missing(await f())` fails before `f` runs.
                let mut positional = Vec::with_capacity(args.len() + 1);
                let method = match &func.node {
                    ExprKind::Attribute { value, attr } => {
                        let receiver = self.eval_any(frame, value).await?;
                        let target = self
                            .method_target(&receiver, *attr)
                            .map_err(|e| e.at(span))?;
                        positional.push(receiver);
                        Some(target)
                    }
                    _ => None,
                };
                let callee = match method {
                    Some(_) => Value::None,
                    None => self.eval_any(frame, func).await?,
                };
                let mut keywords = Vec::new();
                // The receiver, to name a method in argument errors.
                let receiver = positional.first().cloned().unwrap_or(Value::None);
                for arg in args {
                    let value = self.eval_any(frame, arg.value()).await?;
                    let named = match &method {
                        Some(target) => Callee::Method(target, &receiver),
                        None => Callee::Value(&callee),
                    };
                    self.add_arg(&mut positional, &mut keywords, arg, value, span, named)?;
                }
                match method {
                    Some(target) => self.call_method_target(target, positional, &keywords),
                    None => self.call_in_frame(frame, &callee, positional, &keywords),
                }
                .map_err(|e| e.at(span))
            }),
            ExprKind::BinOp { left, op, right } => Box::pin(async move {
                let a = self.eval_any(frame, left).await?;
                let b = self.eval_any(frame, right).await?;
                self.binary_op(*op, &a, &b).map_err(|e| e.at(span))
            }),
            ExprKind::UnaryOp { op, operand } => Box::pin(async move {
                let v = self.eval_any(frame, operand).await?;
                self.unary_op(*op, &v).map_err(|e| e.at(span))
            }),
            ExprKind::BoolOp { op, values } => Box::pin(async move {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    last = self.eval_any(frame, v).await?;
                    if i + 1 == values.len() {
                        break;
                    }
                    let truth = self.truthy(&last)?;
                    match op {
                        BoolOp::And if !truth => return Ok(last),
                        BoolOp::Or if truth => return Ok(last),
                        _ => {}
                    }
                }
                Ok(last)
            }),
            ExprKind::Compare { left, rest } => Box::pin(async move {
                let mut a = self.eval_any(frame, left).await?;
                let mut result = Value::Bool(true);
                for (op, right) in rest {
                    let b = self.eval_any(frame, right).await?;
                    result = self.compare(*op, &a, &b).map_err(|e| e.at(span))?;
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    a = b;
                }
                Ok(result)
            }),
            ExprKind::IfExp { test, body, orelse } => Box::pin(async move {
                let t = self.eval_any(frame, test).await?;
                if self.truthy(&t)? {
                    self.eval_any(frame, body).await
                } else {
                    self.eval_any(frame, orelse).await
                }
            }),
            ExprKind::Attribute { value, attr } => Box::pin(async move {
                let obj = self.eval_any(frame, value).await?;
                self.get_attr(&obj, *attr).map_err(|e| e.at(span))
            }),
            ExprKind::Subscript { value, index } => Box::pin(async move {
                let obj = self.eval_any(frame, value).await?;
                let idx = self.eval_any(frame, index).await?;
                self.get_item(&obj, &idx).map_err(|e| e.at(span))
            }),
            ExprKind::List(items) | ExprKind::Tuple(items) => Box::pin(async move {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        let v = self.eval_any(frame, inner).await?;
                        self.extend_from_iterable(&mut values, &v)
                            .map_err(|e| e.at(item.span))?;
                    } else {
                        values.push(self.eval_any(frame, item).await?);
                    }
                }
                Ok(match &expr.node {
                    ExprKind::List(_) => Value::list(values),
                    _ => Value::tuple(values),
                })
            }),
            ExprKind::Set(items) => Box::pin(async move {
                let mut display = SetDisplay::new(items);
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        self.set_display_flush(&mut display)
                            .map_err(|e| e.at(expr.span))?;
                        let v = self.eval_any(frame, inner).await?;
                        self.set_display_splat(&mut display, &v, item.span)?;
                    } else {
                        display.push(self.eval_any(frame, item).await?);
                    }
                }
                self.set_display_finish(display).map_err(|e| e.at(span))
            }),
            ExprKind::Dict(items) => Box::pin(async move {
                let mut display = DictDisplay::new(items.len());
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval_any(frame, k).await?;
                            let v = self.eval_any(frame, v).await?;
                            display.push(k, v);
                        }
                        DictItem::Splat(e) => {
                            self.dict_display_flush(&mut display)
                                .map_err(|e| e.at(expr.span))?;
                            let other = self.eval_any(frame, e).await?;
                            self.dict_display_splat(&mut display, &other)
                                .map_err(|e| e.at(span))?;
                        }
                    }
                }
                self.dict_display_finish(display).map_err(|e| e.at(span))
            }),
            ExprKind::FString(parts) => Box::pin(async move {
                let mut out = String::new();
                self.fstring_async(frame, parts, &mut out).await?;
                Ok(Value::str(out))
            }),
            ExprKind::NamedExpr { target, value } => Box::pin(async move {
                let v = self.eval_any(frame, value).await?;
                self.store_name(frame, target, v.clone());
                Ok(v)
            }),
            ExprKind::Comprehension(comp) if comp.kind == ComprehensionKind::Generator => {
                Box::pin(async move {
                    let first = self.eval_any(frame, &comp.generators[0].iter).await?;
                    self.make_genexpr(frame, comp, first, span)
                })
            }
            ExprKind::Comprehension(comp) => {
                Box::pin(async move { self.comprehension_async(frame, comp, span).await })
            }
            ExprKind::Lambda(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in def_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                self.define_function(frame, def, header)
            }),
            ExprKind::Starred(_) => {
                Box::pin(
                    async move { Err(syntax_error("can't use starred expression here").at(span)) },
                )
            }
            _ => Box::pin(async move { self.eval(frame, expr) }),
        }
    }

    fn fstring_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        parts: &'a [FStringPart],
        out: &'a mut String,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            for part in parts {
                match part {
                    FStringPart::Literal(s) => out.push_str(s),
                    FStringPart::Field(field) => {
                        let value = self.eval_any(frame, &field.expr).await?;
                        let mut spec = String::new();
                        self.fstring_async(frame, &field.format_spec, &mut spec)
                            .await?;
                        self.format_field(&value, field, &spec, out)
                            .map_err(|e| e.at(field.expr.span))?;
                    }
                }
            }
            Ok(())
        })
    }

    /// `[await f(x) for x in xs]` and friends: the plain comprehension loop, resumable,
    /// with the same split between the enclosing frame and the comprehension's own.
    fn comprehension_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        comp: &'a Comprehension,
        span: Span,
    ) -> Resumable<'a, Value> {
        Box::pin(async move {
            for &slot in &comp.fresh_cells {
                frame.slots[slot as usize] =
                    Value::Cell(Rc::new(std::cell::RefCell::new(Value::Unbound)));
            }
            // `async for` in a comprehension is refused by the resolver.
            let first = &comp.generators[0];
            let iterable = self.eval_any(frame, &first.iter).await?;
            let iter = self.iter(&iterable).map_err(|e| e.at(first.iter.span))?;
            let mut acc = Acc::new(comp.kind);
            let result = self
                .comprehension_level_async(frame, comp, 0, iter, &mut acc)
                .await;
            self.comprehension_end(result, frame, comp, span)?;
            Ok(acc.finish(comp.kind))
        })
    }

    fn comprehension_level_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        comp: &'a Comprehension,
        level: usize,
        iter: Value,
        acc: &'a mut Acc,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            let generator = &comp.generators[level];
            'items: while let Some(item) = self.next(&iter)? {
                self.assign_any(frame, &generator.target, item).await?;
                for cond in &generator.conditions {
                    let c = self.eval_any(frame, cond).await?;
                    if !self.truthy(&c)? {
                        continue 'items;
                    }
                }
                match comp.generators.get(level + 1) {
                    Some(inner) => {
                        let iterable = self.eval_any(frame, &inner.iter).await?;
                        let inner_iter = self.iter(&iterable).map_err(|e| e.at(inner.iter.span))?;
                        self.comprehension_level_async(frame, comp, level + 1, inner_iter, acc)
                            .await?;
                    }
                    None => {
                        let item = self.eval_any(frame, &comp.element).await?;
                        let value = match &comp.value {
                            Some(e) => self.eval_any(frame, e).await?,
                            None => Value::None,
                        };
                        self.comprehension_add(acc, item, value)?;
                    }
                }
            }
            Ok(())
        })
    }
}

impl Interp {
    /// `await f(args)`: when `f` is an `async def` function called with positional
    /// arguments, its body runs inline without a coroutine object ever being made (nobody
    /// could see it); any other callee is called as usual and its result awaited.
    /// `await obj.method(args)` with positional arguments: a runtime method that can finish
    /// at once (`await q.get()` on a queue with items) does so without making a coroutine;
    /// anything else is called as `eval_call` would and its result awaited.
    fn await_method_call(
        &self,
        frame: &mut Frame,
        object: &Expr,
        attr: Sym,
        args: &[Arg],
        span: Span,
        cache: Option<&MethodCache>,
    ) -> PResult<AwaitValue<'_>> {
        let receiver = self.eval_quick(frame, object)?;
        let target = self
            .method_target_cached(&receiver, attr, cache)
            .map_err(|e| e.at(span))?;
        // The receiver and up to two arguments of a runtime method with a fast path go in
        // an array on the stack: no vector is allocated for `await q.put(x)`.
        let with_receiver = match &target {
            MethodTarget::Unbound(Value::Builtin(b)) if b.awaited.is_some() && args.len() <= 2 => {
                let mut stack = [receiver, Value::None, Value::None];
                for (i, arg) in args.iter().enumerate() {
                    if let Arg::Positional(e) = arg {
                        stack[i + 1] = self.eval_quick(frame, e)?;
                    }
                }
                let given = &stack[..args.len() + 1];
                match b.awaited.and_then(|fast| fast(self, given)) {
                    Some(Ok(Awaited::Value(v))) => {
                        let [a, b, c] = stack;
                        drop_quick(a);
                        drop_quick(b);
                        drop_quick(c);
                        return Ok(AwaitValue::ready(self, Ok(v)));
                    }
                    Some(Ok(Awaited::Wait(fut))) => return Ok(self.await_future(fut)),
                    Some(Ok(Awaited::WaitListed(fut, event))) => {
                        return Ok(self.await_future(fut).listed_in(event))
                    }
                    Some(Err(e)) => return Err(e.at(span)),
                    None => stack.into_iter().take(args.len() + 1).collect(),
                }
            }
            _ => {
                let mut with_receiver = Vec::with_capacity(args.len() + 1);
                with_receiver.push(receiver);
                for arg in args {
                    if let Arg::Positional(e) = arg {
                        with_receiver.push(self.eval_quick(frame, e)?);
                    }
                }
                with_receiver
            }
        };
        let value = self
            .call_method_target(target, with_receiver, &[])
            .map_err(|e| e.at(span))?;
        Ok(self.await_value(value))
    }

    /// `await f(args)`; `call` is the `Call` node and `func` its callee.
    fn await_call(&self, frame: &mut Frame, func: &Expr, call: &Expr) -> PResult<AwaitValue<'_>> {
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
                let positional = self.positional_args(frame, &f, args)?;
                let callee_frame = self
                    .bind_arguments(&f, positional, &[])
                    .map_err(|e| e.at(call.span))?;
                Ok(self.run_inline(f, callee_frame))
            }
            (callee, _) => {
                let value = self.eval_call_of(frame, callee, call)?;
                Ok(self.await_value(value))
            }
        }
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
                self.exec(&mut frame, stmt)
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
    fn continue_body(
        &self,
        function: Rc<Function>,
        mut frame: Frame,
        start: usize,
        pending: Option<Kept>,
        caller_position: interp::Position,
    ) -> CoroFuture {
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

/// The operand of `await <operand>` when the operand has no `await` of its own.
fn direct_await(expr: &Expr) -> Option<&Expr> {
    match &expr.node {
        ExprKind::Await(operand) if !operand.has_await => Some(operand),
        _ => None,
    }
}
