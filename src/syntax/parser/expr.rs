//! Expressions: from `atom` and `primary` up through the operator table to `expression`,
//! `named_expression` and `star_expressions`.
//!
//! This file builds the grammar and holds the productions that tie it together; the rest are
//! in [`atoms`], [`strings`], [`comprehensions`], [`primary`] (trailers, call arguments,
//! slices), [`operators`] and [`params`], and [`depth`] guards how deeply they nest.

mod atoms;
mod comprehensions;
mod depth;
mod operators;
mod params;
mod primary;
mod strings;

use std::rc::Rc;

use chumsky::input::MapExtra;
use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;
use chumsky::recursive::{Indirect, Recursive};

use super::{placeholder, span_of, Extra, In, P};
use crate::source::{Span, Spanned};
use crate::symbol::Sym;
use crate::syntax::ast::{
    Arg, BoolOp, Expr, ExprKind, FunctionDef, Name, Params, StmtKind, UnaryOp,
};
use crate::syntax::lexer::Token;

use atoms::atom;
use comprehensions::for_if_clauses;
use depth::{guard, is_poison};
use operators::{bool_chain, comparison, operators, unary};
use params::params;
use primary::{arguments, primary};

/// Marks a custom error message as a `RecursionError` (see `errors::convert`).
pub(crate) const RECURSION_MARK: &str = "\u{1}recursion\u{1}";

/// The expression productions the statement grammar needs.
#[derive(Clone)]
pub(crate) struct ExprGrammar<'t> {
    /// `expression`: a conditional expression or lambda; no tuple, no star.
    pub expression: P<'t, Expr>,
    /// `named_expression`: `expression` or `name := expression`.
    pub named_expression: P<'t, Expr>,
    /// `star_expressions`: a comma list becomes a tuple (`x = 1, 2`, `return a, *b`).
    pub star_expressions: P<'t, Expr>,
    /// Targets of `for` and comprehensions: `'*'? bitwise_or` items, a tuple when commas.
    pub star_targets: P<'t, Expr>,
    /// A single assignment target (`with ... as t`): no bare tuple.
    pub star_target: P<'t, Expr>,
    /// Call arguments between parentheses (class bases use them too).
    pub arguments: P<'t, (Vec<Arg>, Span)>,
    /// A parameter list without annotations (lambda) or with them (def).
    pub def_params: P<'t, Params>,
    /// `yield ...` in any position: reported as out of scope.
    pub yield_expr: P<'t, Expr>,
}

type Extras<'t, 'b> = MapExtra<'t, 'b, In<'t>, Extra<'t>>;
type Declared<'t> = Recursive<Indirect<'t, 't, In<'t>, Expr, Extra<'t>>>;

fn expr(node: ExprKind, span: SimpleSpan) -> Expr {
    Expr::new(node, span_of(span))
}

pub(crate) fn name<'t>() -> P<'t, Sym> {
    select! { Token::Name(sym) => sym }.labelled("name").boxed()
}

/// Items separated by commas: one item alone stays itself, otherwise (or with a trailing
/// comma) they form a tuple.
fn tuple_or_single<'t>(item: P<'t, Expr>) -> P<'t, Expr> {
    item.clone()
        .then(
            just(Token::Comma)
                .ignore_then(item)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(just(Token::Comma).or_not())
        .map_with(|((first, rest), trailing), e| {
            if rest.is_empty() && trailing.is_none() {
                first
            } else {
                let mut items = Vec::with_capacity(rest.len() + 1);
                items.push(first);
                items.extend(rest);
                expr(ExprKind::Tuple(items), e.span())
            }
        })
        .boxed()
}

/// Builds every expression production. The few that refer to each other in a cycle are
/// declared first and defined at the end.
pub(crate) fn expression_grammar<'t>() -> ExprGrammar<'t> {
    let mut expression: Declared<'t> = Recursive::declare();
    let mut disjunction: Declared<'t> = Recursive::declare();
    let mut bitwise_or_decl: Declared<'t> = Recursive::declare();
    let mut star_expressions_decl: Declared<'t> = Recursive::declare();
    let expression_p = expression.clone().boxed();
    let disjunction_p = disjunction.clone().boxed();
    let bitwise_or_p = bitwise_or_decl.clone().boxed();
    let star_expressions_p = star_expressions_decl.clone().boxed();

    let named_expression = named_expression(expression_p.clone());
    // `'*' bitwise_or | named_expression`, as in displays and tuples.
    let star_named_expression = choice((
        just(Token::Star)
            .ignore_then(bitwise_or_p.clone())
            .map_with(|value, e| expr(ExprKind::Starred(Box::new(value)), e.span())),
        named_expression.clone(),
    ))
    .boxed();
    let star_target = choice((
        just(Token::Star)
            .ignore_then(bitwise_or_p.clone())
            .map_with(|value, e| expr(ExprKind::Starred(Box::new(value)), e.span())),
        bitwise_or_p.clone(),
    ))
    .boxed();
    let star_targets = tuple_or_single(star_target.clone());
    let clauses = for_if_clauses(star_targets.clone(), disjunction_p.clone());
    let yield_expr = yield_expr(star_expressions_p.clone());

    let atom = atom(
        &expression_p,
        &star_named_expression,
        &star_expressions_p,
        &clauses,
        &yield_expr,
    );
    let arguments = arguments(&expression_p, &named_expression, &clauses);
    let primary = primary(atom, arguments.clone(), &expression_p, &named_expression);
    bitwise_or_decl.define(operators(primary));
    let comparison = comparison(bitwise_or_p.clone());
    let inversion = just(Token::Not)
        .map_with(|_, e| e.span())
        .repeated()
        .foldr_with(comparison, |not_span: SimpleSpan, operand, e| {
            let span = SimpleSpan::from(not_span.start..operand.span.end as usize);
            unary(UnaryOp::Not, operand, span, e)
        })
        .boxed();
    let conjunction = bool_chain(inversion, Token::And, BoolOp::And);
    disjunction.define(bool_chain(conjunction, Token::Or, BoolOp::Or));

    let lambda_params = params(false, expression_p.clone());
    let lambdef = just(Token::Lambda)
        .ignore_then(lambda_params.or_not())
        .then_ignore(just(Token::Colon))
        .then(expression_p.clone())
        .map_with(|(params, body), e| {
            let span = span_of(e.span());
            if is_poison(&body) {
                return body;
            }
            let body_span = body.span;
            let function = FunctionDef {
                name: Sym::intern("<lambda>"),
                params: params.unwrap_or_default(),
                body: vec![Spanned::new(StmtKind::Return(Some(body)), body_span)],
                decorators: Vec::new(),
                returns: None,
                is_async: false,
                is_lambda: true,
                span,
                scope: Default::default(),
                code: Default::default(),
            };
            guard(Expr::new(ExprKind::Lambda(Rc::new(function)), span), e)
        })
        .boxed();
    let conditional = disjunction_p
        .clone()
        .then(
            just(Token::If)
                .ignore_then(disjunction_p.clone())
                .then(just(Token::Else).ignore_then(expression_p.clone()).or_not())
                .or_not(),
        )
        .map_with(|(body, rest), e| match rest {
            None => body,
            Some((_, None)) => {
                let span = e.span();
                e.emit(ParseError::custom(
                    span,
                    "expected 'else' after 'if' expression",
                ));
                body
            }
            Some((test, Some(orelse))) => {
                if is_poison(&orelse) {
                    return orelse;
                }
                let node = ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                };
                guard(expr(node, e.span()), e)
            }
        })
        .boxed();
    expression.define(choice((lambdef, conditional)).labelled("expression"));

    // `star_expression`: `'*' bitwise_or | expression`.
    let star_expression = choice((
        just(Token::Star)
            .ignore_then(bitwise_or_p.clone())
            .map_with(|value, e| expr(ExprKind::Starred(Box::new(value)), e.span())),
        expression_p.clone(),
    ))
    .boxed();
    star_expressions_decl.define(tuple_or_single(star_expression));

    let def_params = params(true, expression_p.clone());
    ExprGrammar {
        expression: expression_p,
        named_expression,
        star_expressions: star_expressions_p,
        star_targets,
        star_target,
        arguments,
        def_params,
        yield_expr,
    }
}

/// `named_expression`: `NAME ':=' expression | expression`.
fn named_expression<'t>(expression: P<'t, Expr>) -> P<'t, Expr> {
    let walrus = name()
        .then_ignore(just(Token::Walrus))
        .then(expression.clone())
        .map_with(|(target, value), e| {
            expr(
                ExprKind::NamedExpr {
                    target: Name::new(target),
                    value: Box::new(value),
                },
                e.span(),
            )
        });
    choice((walrus, expression)).boxed()
}

/// `yield` is out of pyco's scope: parse it so the error points at the whole expression.
fn yield_expr<'t>(star_expressions: P<'t, Expr>) -> P<'t, Expr> {
    just(Token::Yield)
        .then(choice((just(Token::From).ignored(), empty())).ignore_then(star_expressions.or_not()))
        .map_with(|_, e| {
            let span = e.span();
            e.emit(ParseError::custom(span, "'yield' is not supported by pyco"));
            placeholder(span_of(e.span()))
        })
        .boxed()
}
