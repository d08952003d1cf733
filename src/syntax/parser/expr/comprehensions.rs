//! Comprehensions: their `for` / `if` clauses, and the node all four kinds share.

use std::rc::Rc;

use chumsky::prelude::*;

use super::expr;
use crate::syntax::ast::{CodeCache, Comprehension, ComprehensionKind, Expr, ExprKind, Generator};
use crate::syntax::lexer::Token;
use crate::syntax::parser::P;

/// `for_if_clauses`: `[async] for targets in disjunction (if disjunction)*`, one or more.
pub(super) fn for_if_clauses<'t>(
    star_targets: P<'t, Expr>,
    disjunction: P<'t, Expr>,
) -> P<'t, Vec<Generator>> {
    just(Token::Async)
        .or_not()
        .then_ignore(just(Token::For))
        .then(star_targets)
        .then_ignore(just(Token::In))
        .then(disjunction.clone())
        .then(
            just(Token::If)
                .ignore_then(disjunction)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(((is_async, target), iter), conditions)| Generator {
            target,
            iter,
            conditions,
            is_async: is_async.is_some(),
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed()
}

pub(super) fn comprehension(
    kind: ComprehensionKind,
    element: Expr,
    value: Option<Expr>,
    generators: Vec<Generator>,
    span: SimpleSpan,
) -> Expr {
    let node = Comprehension {
        kind,
        element,
        value,
        generators,
        fresh_cells: Vec::new(),
        own_slots: Vec::new(),
        is_async_genexpr: false,
        code: CodeCache::default(),
    };
    expr(ExprKind::Comprehension(Rc::new(node)), span)
}
