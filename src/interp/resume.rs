//! The resumable path: statements and expressions of an `async def` body that contain an
//! `await` run here, as Rust futures the event loop polls. Everything without an `await`
//! (the resolver marks nodes) goes back to the plain evaluator, so only the spine of nodes
//! leading to an `await` pays for suspension.
//!
//! This file holds what the rest share: starting an expression on whichever path it needs
//! (`begin_any`, `finish_any`) and the statement runner the macros expand to;
//! `statements.rs` runs each kind of statement, `expressions.rs` each kind of expression,
//! and `calls.rs` the `await` of a call (an `async def` body run inline, without a
//! coroutine object).

use std::future::Future;
use std::pin::Pin;

use crate::coroutine::{AwaitParts, AwaitValue};
use crate::exception::*;
use crate::interp::{Flow, Frame, Interp};
use crate::ops;
use crate::syntax::ast::*;
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
                    $interp.exec_await_free($frame, stmt)
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

// After the macros, which the submodules use.
mod calls;
mod expressions;
mod statements;
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
    /// Runs a statement without an `await` met on the resumable path as compiled code
    /// (compiled on first use). Under `force_resumable`, which keeps the walker under test,
    /// the walker runs it.
    #[inline]
    pub(crate) fn exec_await_free(&self, frame: &mut Frame, stmt: &Stmt) -> PResult<Flow> {
        if self.force_resumable {
            return self.exec(frame, stmt);
        }
        super::compiled::await_free_stmt(stmt)(self, frame)
    }

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
}

/// The operand of `await <operand>` when the operand has no `await` of its own.
fn direct_await(expr: &Expr) -> Option<&Expr> {
    match &expr.node {
        ExprKind::Await(operand) if !operand.has_await => Some(operand),
        _ => None,
    }
}
