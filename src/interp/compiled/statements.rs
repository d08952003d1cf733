//! Statements, compiled: assignments, loops, `if`, `try`, `raise`, `return`, definitions.

use super::attributes::{GetSite, SetSite, WriteSite};
use super::expressions::{compile_cond, compile_expr};
use super::targets::{compile_target, Target};
use super::{compile_block, BlockCode, ExprCode, StmtCode};
use crate::exception::*;
use crate::interp::augmented::AugTarget;
use crate::interp::flow::{is_pair_target, ForItem, TryParts};
use crate::interp::{Flow, Frame, Interp};
use crate::syntax::ast::*;
use crate::value::*;

/// A statement left to the walker.
fn walked(stmt: &Stmt) -> StmtCode {
    let stmt = stmt.clone();
    Box::new(move |interp, frame| interp.exec(frame, &stmt))
}

// long: the dispatch over every kind of statement
pub(super) fn compile_stmt(stmt: &Stmt) -> StmtCode {
    match &stmt.node {
        StmtKind::Expr(e) => {
            let e = compile_expr(e);
            Box::new(move |interp, frame| {
                drop_quick(e(interp, frame)?);
                Ok(Flow::Normal)
            })
        }
        StmtKind::Assign { targets, value } if targets.len() == 1 => {
            compile_assign(&targets[0], value)
        }
        StmtKind::Assign { targets, value } => {
            // `a = b = value`: one value stored in each target, left to right.
            let value = compile_expr(value);
            let targets: Vec<Target> = targets.iter().map(compile_target).collect();
            Box::new(move |interp, frame| {
                let v = value(interp, frame)?;
                for target in &targets {
                    target.assign(interp, frame, v.clone())?;
                }
                Ok(Flow::Normal)
            })
        }
        StmtKind::AnnAssign { target, value, .. } => match value {
            Some(value) => {
                let (value, target) = (compile_expr(value), compile_target(target));
                Box::new(move |interp, frame| {
                    let v = value(interp, frame)?;
                    target.assign(interp, frame, v)?;
                    Ok(Flow::Normal)
                })
            }
            None => Box::new(|_, _| Ok(Flow::Normal)),
        },
        StmtKind::AugAssign { target, op, value } => {
            compile_aug_assign(target, *op, value).unwrap_or_else(|| walked(stmt))
        }
        StmtKind::If { test, body, orelse } => {
            let (test, body, orelse) = (
                compile_cond(test),
                compile_block(body),
                compile_block(orelse),
            );
            Box::new(move |interp, frame| {
                if test(interp, frame)? {
                    body.run(interp, frame)
                } else {
                    orelse.run(interp, frame)
                }
            })
        }
        StmtKind::While { test, body, orelse } => {
            let (test, body, orelse) = (
                compile_cond(test),
                compile_block(body),
                compile_block(orelse),
            );
            Box::new(move |interp, frame| {
                interp.run_while(
                    frame,
                    |interp, frame| test(interp, frame),
                    |interp, frame| body.run(interp, frame),
                    |interp, frame| orelse.run(interp, frame),
                )
            })
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async: false,
        } => compile_for(target, iter, body, orelse),
        StmtKind::Return(value) => match value {
            Some(e) => {
                let e = compile_expr(e);
                Box::new(move |interp, frame| Ok(Flow::Return(e(interp, frame)?)))
            }
            None => Box::new(|_, _| Ok(Flow::Return(Value::None))),
        },
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            let parts = CompiledTry {
                body: compile_block(body),
                orelse: compile_block(orelse),
                finalbody: compile_block(finalbody),
                has_finally: !finalbody.is_empty(),
                types: handlers
                    .iter()
                    .map(|h| h.kind.as_ref().map(compile_expr))
                    .collect(),
                bodies: handlers.iter().map(|h| compile_block(&h.body)).collect(),
                handlers: handlers.clone(),
            };
            let is_star = *is_star;
            Box::new(move |interp, frame| interp.run_try(frame, &parts, is_star))
        }
        StmtKind::Raise {
            exc: Some(exc),
            cause,
        } => {
            let (exc, cause) = (compile_expr(exc), cause.as_ref().map(compile_expr));
            Box::new(move |interp, frame| {
                let value = exc(interp, frame)?;
                let cause = match &cause {
                    Some(cause) => Some(cause(interp, frame)?),
                    None => None,
                };
                Err(interp.make_raise(value, cause)?)
            })
        }
        StmtKind::FunctionDef(def) => {
            let header: Vec<ExprCode> = crate::interp::def_header(def).map(compile_expr).collect();
            let def = def.clone();
            Box::new(move |interp, frame| {
                let header = eval_all(interp, frame, &header)?;
                let f = interp.define_function(frame, &def, header)?;
                interp.store_name(frame, &def.binding(), f);
                Ok(Flow::Normal)
            })
        }
        StmtKind::ClassDef(def) => {
            let header: Vec<ExprCode> =
                crate::interp::class_header(def).map(compile_expr).collect();
            let def = def.clone();
            Box::new(move |interp, frame| {
                let header = eval_all(interp, frame, &header)?;
                let c = interp.define_class(frame, &def, header)?;
                interp.store_name(frame, &def.binding(), c);
                Ok(Flow::Normal)
            })
        }
        StmtKind::Echo(e) => {
            let e = compile_expr(e);
            Box::new(move |interp, frame| {
                let value = e(interp, frame)?;
                interp.display_value(frame, value)?;
                Ok(Flow::Normal)
            })
        }
        StmtKind::Assert { test, msg } => {
            let (test, msg) = (compile_cond(test), msg.as_ref().map(compile_expr));
            Box::new(move |interp, frame| {
                if test(interp, frame)? {
                    return Ok(Flow::Normal);
                }
                let args = match &msg {
                    Some(msg) => vec![msg(interp, frame)?],
                    None => vec![],
                };
                Err(PyErr::with_args(
                    &crate::types::types().assertion_error,
                    args,
                ))
            })
        }
        StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {
            Box::new(|_, _| Ok(Flow::Normal))
        }
        StmtKind::Break => Box::new(|_, _| Ok(Flow::Break)),
        StmtKind::Continue => Box::new(|_, _| Ok(Flow::Continue)),
        _ => walked(stmt),
    }
}

/// A `try` statement's blocks, compiled, for `Interp::run_try`.
struct CompiledTry {
    body: BlockCode,
    orelse: BlockCode,
    finalbody: BlockCode,
    has_finally: bool,
    handlers: Vec<ExceptHandler>,
    types: Vec<Option<ExprCode>>,
    bodies: Vec<BlockCode>,
}

impl TryParts for CompiledTry {
    fn body(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        self.body.run(interp, frame)
    }
    fn orelse(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        self.orelse.run(interp, frame)
    }
    fn has_finally(&self) -> bool {
        self.has_finally
    }
    fn finalbody(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        self.finalbody.run(interp, frame)
    }
    fn handlers(&self) -> &[ExceptHandler] {
        &self.handlers
    }
    fn clause_type(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult {
        match &self.types[i] {
            Some(code) => code(interp, frame),
            None => Ok(Value::None),
        }
    }
    fn clause_body(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult<Flow> {
        self.bodies[i].run(interp, frame)
    }
}

/// `target = value` with one target.
fn compile_assign(target: &Expr, value: &Expr) -> StmtCode {
    if let ExprKind::Name(Name {
        resolved: Resolved::Local(slot),
        ..
    }) = &target.node
    {
        let slot = *slot as usize;
        if let Some(right) = crate::interp::flow::self_concatenation(slot, value) {
            // `s = s + t`: a str in the slot grows in place, as in the walker.
            let (right, whole, span) = (compile_expr(right), compile_expr(value), value.span);
            return Box::new(move |interp, frame| {
                if matches!(frame.slots[slot], Value::Str(_)) {
                    let rhs = right(interp, frame)?;
                    interp.concatenate_in_place(frame, slot, rhs, span, false)?;
                } else {
                    let v = whole(interp, frame)?;
                    store_slot(&mut frame.slots[slot], v);
                }
                Ok(Flow::Normal)
            });
        }
        // The commonest statement of all: stored here, with no dispatch on the target.
        let value = compile_expr(value);
        return Box::new(move |interp, frame| {
            let v = value(interp, frame)?;
            store_slot(&mut frame.slots[slot], v);
            Ok(Flow::Normal)
        });
    }
    if let ExprKind::Attribute { value: obj, attr } = &target.node {
        // `self.x = v`, next in commonness: through the site, with no dispatch either.
        let (value, site) = (compile_expr(value), SetSite::new(obj, *attr, target.span));
        return Box::new(move |interp, frame| {
            let v = value(interp, frame)?;
            site.set(interp, frame, v)?;
            Ok(Flow::Normal)
        });
    }
    let (value, target) = (compile_expr(value), compile_target(target));
    Box::new(move |interp, frame| {
        let v = value(interp, frame)?;
        target.assign(interp, frame, v)?;
        Ok(Flow::Normal)
    })
}

/// `target op= value`, through the rules of `flow.rs`; `None` for a target the parser
/// would not make.
fn compile_aug_assign(target: &Expr, op: BinOp, value: &Expr) -> Option<StmtCode> {
    let span = target.span;
    let rhs = compile_expr(value);
    let general =
        move |interp: &Interp, frame: &mut Frame, target: AugTarget<'_>, rhs: &ExprCode| {
            let current = interp.aug_assign_current(frame, &target, span)?;
            let rhs = rhs(interp, frame)?;
            interp.aug_assign_finish(frame, target, op, current, &rhs, span)?;
            Ok(Flow::Normal)
        };
    Some(match &target.node {
        ExprKind::Name(name) => {
            let name = name.clone();
            let slot = match name.resolved {
                Resolved::Local(slot) => Some(slot as usize),
                _ => None,
            };
            let concatenates = op == BinOp::Add && !value.binds_names;
            Box::new(move |interp, frame| {
                if let Some(slot) = slot {
                    if let Value::Int(x) = frame.slots[slot] {
                        let rhs = rhs(interp, frame)?;
                        interp.aug_assign_int(frame, slot, x, op, rhs, span)?;
                        return Ok(Flow::Normal);
                    }
                    if concatenates && matches!(frame.slots[slot], Value::Str(_)) {
                        let rhs = rhs(interp, frame)?;
                        interp.concatenate_in_place(frame, slot, rhs, span, true)?;
                        return Ok(Flow::Normal);
                    }
                }
                general(interp, frame, AugTarget::Name(&name), &rhs)
            })
        }
        ExprKind::Attribute { value: obj, attr } => {
            // The rule of `aug_assign_current` and `aug_assign_finish` for an attribute,
            // its read and write through the sites' caches.
            let obj = compile_expr(obj);
            let (read, write) = (GetSite::new(*attr, span), WriteSite::new(*attr, span));
            Box::new(move |interp, frame| {
                let obj = obj(interp, frame)?;
                let current = read.get(interp, &obj)?;
                let rhs = rhs(interp, frame)?;
                let result = interp.aug_combine(op, current, &rhs, span)?;
                write.set(interp, &obj, result)?;
                Ok(Flow::Normal)
            })
        }
        ExprKind::Subscript { value: obj, index } => {
            let (obj, index) = (compile_expr(obj), compile_expr(index));
            Box::new(move |interp, frame| {
                let obj = obj(interp, frame)?;
                let index = index(interp, frame)?;
                general(interp, frame, AugTarget::Subscript(obj, index), &rhs)
            })
        }
        _ => return None,
    })
}

/// `for target in iter: body else: orelse`, with `range` into a name run without an
/// iterator object, as the walker runs it.
fn compile_for(target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> StmtCode {
    let iter_span = iter.span;
    let (iter, body, orelse) = (
        compile_expr(iter),
        compile_block(body),
        compile_block(orelse),
    );
    let name = match &target.node {
        ExprKind::Name(name) => Some(name.clone()),
        _ => None,
    };
    let pairs = is_pair_target(target);
    let target = compile_target(target);
    Box::new(move |interp, frame| {
        let iterable = iter(interp, frame)?;
        interp.run_for(
            frame,
            (iterable, iter_span, name.as_ref(), pairs),
            |interp, frame, item| match item {
                ForItem::One(value) => target.assign(interp, frame, value),
                ForItem::Pair(a, b) => target.assign_pair(interp, frame, a, b),
            },
            |interp, frame| body.run(interp, frame),
            |interp, frame| orelse.run(interp, frame),
        )
    })
}

fn eval_all(interp: &Interp, frame: &mut Frame, codes: &[ExprCode]) -> PResult<Vec<Value>> {
    codes.iter().map(|code| code(interp, frame)).collect()
}
