//! The depth guard: an expression may nest only [`MAX_EXPRESSION_DEPTH`] levels deep through
//! its operators, trailers, conditionals and lambdas; past that the parser reports a
//! RecursionError, as CPython does, and stops building the tree.

use std::rc::Rc;

use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::{Extras, RECURSION_MARK};
use crate::symbol::Sym;
use crate::syntax::ast::{Expr, ExprKind, Name, StmtKind};
use crate::syntax::parser::MAX_EXPRESSION_DEPTH;

/// The symbol a too-deep subtree is replaced by, so later folds stop at once.
fn poison_sym() -> Sym {
    Sym::intern("<too deep>")
}

pub(super) fn is_poison(expr: &Expr) -> bool {
    matches!(&expr.node, ExprKind::Name(name) if name.id == poison_sym())
}

/// The children through which expressions chain without brackets: operators, attribute and
/// call chains, conditionals, lambda bodies.
fn chained_children(expr: &Expr) -> [Option<&Expr>; 3] {
    match &expr.node {
        ExprKind::BinOp { left, right, .. } => [Some(left), Some(right), None],
        ExprKind::UnaryOp { operand, .. } | ExprKind::Await(operand) => [Some(operand), None, None],
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => {
            [Some(value), None, None]
        }
        ExprKind::Call { func, .. } => [Some(func), None, None],
        ExprKind::IfExp { test, body, orelse } => [Some(test), Some(body), Some(orelse)],
        ExprKind::Lambda(function) => match function.body.first().map(|stmt| &stmt.node) {
            Some(StmtKind::Return(Some(value))) => [Some(value), None, None],
            _ => [None, None, None],
        },
        _ => [None, None, None],
    }
}

/// How deep `expr` nests through [`chained_children`], counting at most `budget + 1` levels.
/// Iterative: it runs inside chumsky's stack segments, which may have little room left.
fn depth_within(expr: &Expr, budget: usize) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(expr, 1usize)];
    while let Some((node, depth)) = pending.pop() {
        deepest = deepest.max(depth);
        if depth > budget {
            return depth;
        }
        pending.extend(
            chained_children(node)
                .into_iter()
                .flatten()
                .map(|child| (child, depth + 1)),
        );
    }
    deepest
}

/// Drops a deep tree without recursing (the derived drop would recurse once per level).
fn dismantle(expr: Expr) {
    let leaf = |span| Expr::new(ExprKind::None, span);
    let take = |child: &mut Box<Expr>| {
        let span = child.span;
        std::mem::replace(child.as_mut(), leaf(span))
    };
    let mut pending = vec![expr];
    while let Some(mut node) = pending.pop() {
        match &mut node.node {
            ExprKind::BinOp { left, right, .. } => {
                pending.push(take(left));
                pending.push(take(right));
            }
            ExprKind::UnaryOp { operand, .. } | ExprKind::Await(operand) => {
                pending.push(take(operand))
            }
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => {
                pending.push(take(value))
            }
            ExprKind::Call { func, .. } => pending.push(take(func)),
            ExprKind::IfExp { test, body, orelse } => {
                pending.push(take(test));
                pending.push(take(body));
                pending.push(take(orelse));
            }
            ExprKind::Lambda(function) => {
                if let Some(function) = Rc::get_mut(function) {
                    for stmt in function.body.drain(..) {
                        if let StmtKind::Return(Some(value)) = stmt.node {
                            pending.push(value);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Refuses to let an expression grow past [`MAX_EXPRESSION_DEPTH`]: reports a RecursionError
/// once and replaces the tree by a poison leaf, so no later fold makes it deeper.
pub(super) fn guard<'t>(node: Expr, e: &mut Extras<'t, '_>) -> Expr {
    if depth_within(&node, MAX_EXPRESSION_DEPTH) > MAX_EXPRESSION_DEPTH {
        let span = node.span;
        e.emit(ParseError::custom(
            SimpleSpan::from(span.range()),
            RECURSION_MARK,
        ));
        dismantle(node);
        return Expr::new(ExprKind::Name(Name::new(poison_sym())), span);
    }
    node
}
