//! The plain path, compiled: a function's resolved body turned once, on its first call, into
//! a tree of closures, each specialised to its node (its slot, its constant, its operator),
//! so running it does not dispatch on node kinds again.
//!
//! The closures call the same helpers as the walker (`binary_op`, `compare`, `call_function`,
//! `assign`, ...): the Python rules stay in one place. A node kind not compiled yet keeps its
//! tree and runs through the walker (`eval`, `exec`), on the same frame. A generator
//! expression is compiled on whichever path makes it (`genexpr_code`).

use std::rc::Rc;

use crate::exception::*;
use crate::interp::{Flow, Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::*;

mod attributes;
mod calls;
mod displays;
mod expressions;
mod statements;
mod targets;

pub(crate) use displays::{genexpr_code, GenCode};
use statements::compile_stmt;

/// A compiled expression.
pub(crate) type ExprCode = Box<dyn Fn(&Interp, &mut Frame) -> PResult>;
/// A compiled condition: an expression whose truth is all that is used.
pub(crate) type CondCode = Box<dyn Fn(&Interp, &mut Frame) -> PResult<bool>>;
/// A compiled statement.
pub(crate) type StmtCode = Box<dyn Fn(&Interp, &mut Frame) -> PResult<Flow>>;

/// A compiled block: its statements, each with its span (for the current line and for the
/// traceback entry of an error it raises).
pub(crate) struct BlockCode {
    stmts: Box<[(Span, StmtCode)]>,
}

impl BlockCode {
    /// Runs the block, as `exec_block` runs its tree.
    #[inline]
    pub(crate) fn run(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        for (span, code) in self.stmts.iter() {
            interp.at_offset(frame, span.start);
            match code(interp, frame) {
                Ok(Flow::Normal) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(e.at(*span)),
            }
        }
        Ok(Flow::Normal)
    }
}

/// The compiled body of `def`, compiled on first use and kept in its `CodeCache`.
pub(crate) fn body_of(def: &FunctionDef) -> &BlockCode {
    let code = def
        .code
        .0
        .get_or_init(|| Rc::new(compile_block(&def.body)) as Rc<dyn std::any::Any>);
    match code.downcast_ref::<BlockCode>() {
        Some(block) => block,
        None => unreachable!("a function's code cache holds its compiled body"),
    }
}

/// For the resumable path: the compiled code of `stmt`, a statement without an `await`
/// in an async frame (an `async def`'s body, or a module body with top-level `await`),
/// compiled on first use and kept in the statement's own `CodeCache`.
#[inline]
pub(crate) fn await_free_stmt(stmt: &Stmt) -> &StmtCode {
    let code = stmt
        .code
        .0
        .get_or_init(|| Rc::new(compile_stmt(stmt)) as Rc<dyn std::any::Any>);
    match code.downcast_ref::<StmtCode>() {
        Some(code) => code,
        None => unreachable!("a statement's code cache holds its compiled code"),
    }
}

pub(crate) fn compile_block(body: &[Stmt]) -> BlockCode {
    BlockCode {
        stmts: body.iter().map(|s| (s.span, compile_stmt(s))).collect(),
    }
}
