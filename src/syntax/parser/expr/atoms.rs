//! Atoms: names, literals, strings, and the bracketed displays (tuples, lists, dicts, sets,
//! and their comprehensions).

use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::comprehensions::comprehension;
use super::expr;
use super::strings::strings;
use crate::syntax::ast::{ComprehensionKind, DictItem, Expr, ExprKind, Generator, Name};
use crate::syntax::lexer::Token;
use crate::syntax::parser::{Extra, In, P};

/// What a bracketed display holds, before its brackets decide the node.
#[derive(Clone)]
enum DisplayBody {
    Empty,
    /// One element without a comma: `(x)` is `x`, `[x]` is a one-element list.
    Single(Expr),
    Items(Vec<Expr>),
    Comprehension(Expr, Vec<Generator>),
}

/// `atom`: names, literals, strings, `...`, and the bracketed displays.
///
/// Every display parses its first element once and then decides what it is from what follows
/// (a `for`, a `,`, a `:`); trying each kind of display in turn would re-parse nested brackets
/// once per alternative, which is exponential in the nesting depth.
pub(super) fn atom<'t>(
    expression: &P<'t, Expr>,
    star_named_expression: &P<'t, Expr>,
    star_expressions: &P<'t, Expr>,
    clauses: &P<'t, Vec<Generator>>,
    yield_expr: &P<'t, Expr>,
) -> P<'t, Expr> {
    let literal = select! {
        Token::None => ExprKind::None,
        Token::True => ExprKind::True,
        Token::False => ExprKind::False,
        Token::Ellipsis => ExprKind::Ellipsis,
        Token::Int(value) => ExprKind::Int(value),
        Token::BigInt(value) => ExprKind::BigInt(value),
        Token::Float(value) => ExprKind::Float(value),
        Token::Name(sym) => ExprKind::Name(Name::new(sym)),
    }
    .map_with(|node, e| expr(node, e.span()));

    let more_items = just(Token::Comma)
        .ignore_then(star_named_expression.clone())
        .repeated()
        .collect::<Vec<_>>()
        .then(just(Token::Comma).or_not().map(|comma| comma.is_some()))
        .boxed();
    let display_body = star_named_expression
        .clone()
        .then(choice((
            clauses.clone().map(Ok),
            more_items.clone().map(Err),
        )))
        .map(|(first, after)| match after {
            Ok(generators) => DisplayBody::Comprehension(first, generators),
            Err((rest, trailing)) if rest.is_empty() && !trailing => DisplayBody::Single(first),
            Err((rest, _)) => {
                let mut items = Vec::with_capacity(rest.len() + 1);
                items.push(first);
                items.extend(rest);
                DisplayBody::Items(items)
            }
        })
        .boxed();

    let parenthesized = choice((
        display_body.clone(),
        yield_expr.clone().map(DisplayBody::Single),
        empty().to(DisplayBody::Empty),
    ))
    .delimited_by(just(Token::LParen), just(Token::RParen))
    .validate(|body, e, emitter| {
        let span = e.span();
        match body {
            DisplayBody::Empty => expr(ExprKind::Tuple(Vec::new()), span),
            DisplayBody::Single(inner) => {
                if matches!(inner.node, ExprKind::Starred(_)) {
                    let message = "cannot use starred expression here";
                    emitter.emit(ParseError::custom(
                        SimpleSpan::from(inner.span.range()),
                        message,
                    ));
                }
                inner
            }
            DisplayBody::Items(items) => expr(ExprKind::Tuple(items), span),
            DisplayBody::Comprehension(element, generators) => comprehension(
                ComprehensionKind::Generator,
                element,
                None,
                generators,
                span,
            ),
        }
    });

    let list = choice((display_body, empty().to(DisplayBody::Empty)))
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map_with(|body, e| {
            let span = e.span();
            match body {
                DisplayBody::Empty => expr(ExprKind::List(Vec::new()), span),
                DisplayBody::Single(item) => expr(ExprKind::List(vec![item]), span),
                DisplayBody::Items(items) => expr(ExprKind::List(items), span),
                DisplayBody::Comprehension(element, generators) => {
                    comprehension(ComprehensionKind::List, element, None, generators, span)
                }
            }
        });

    choice((
        literal,
        strings(star_expressions.clone()),
        parenthesized,
        list,
        braces(expression, star_named_expression, clauses, more_items),
    ))
    .labelled("expression")
    .boxed()
}

/// What a `{...}` display holds.
#[derive(Clone)]
enum BraceBody {
    Dict(Vec<DictItem>),
    DictComprehension(Expr, Expr, Vec<Generator>),
    Set(Vec<Expr>),
    SetComprehension(Expr, Vec<Generator>),
}

/// The `{...}` displays: dicts, sets and their comprehensions, told apart by what follows the
/// first element (CPython's `dict`, `set`, `dictcomp` and `setcomp`). `more_items` is the rest
/// of a set's items, shared with the other displays.
fn braces<'t>(
    expression: &P<'t, Expr>,
    star_named_expression: &P<'t, Expr>,
    clauses: &P<'t, Vec<Generator>>,
    more_items: P<'t, (Vec<Expr>, bool)>,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> {
    let dict_item = choice((
        just(Token::DoubleStar)
            .ignore_then(expression.clone())
            .map(DictItem::Splat),
        expression
            .clone()
            .then_ignore(just(Token::Colon))
            .then(expression.clone())
            .map(|(key, value)| DictItem::Pair(key, value)),
    ));
    let more_dict_items = just(Token::Comma)
        .ignore_then(dict_item)
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(just(Token::Comma).or_not())
        .boxed();
    let with_first = |first: DictItem, rest: Vec<DictItem>| {
        let mut items = Vec::with_capacity(rest.len() + 1);
        items.push(first);
        items.extend(rest);
        BraceBody::Dict(items)
    };
    let after_key = just(Token::Colon)
        .ignore_then(expression.clone())
        .then(choice((
            clauses.clone().map(Ok),
            more_dict_items.clone().map(Err),
        )));
    let after_element = choice((
        after_key.map(Ok),
        clauses.clone().map(|generators| Err(Ok(generators))),
        more_items.map(|(rest, _)| Err(Err(rest))),
    ));
    let brace_body = choice((
        just(Token::DoubleStar)
            .ignore_then(expression.clone())
            .then(more_dict_items)
            .map(move |(splat, rest)| with_first(DictItem::Splat(splat), rest)),
        star_named_expression
            .clone()
            .then(after_element)
            .map(move |(first, after)| match after {
                Ok((value, Ok(generators))) => {
                    BraceBody::DictComprehension(first, value, generators)
                }
                Ok((value, Err(rest))) => with_first(DictItem::Pair(first, value), rest),
                Err(Ok(generators)) => BraceBody::SetComprehension(first, generators),
                Err(Err(rest)) => {
                    let mut items = Vec::with_capacity(rest.len() + 1);
                    items.push(first);
                    items.extend(rest);
                    BraceBody::Set(items)
                }
            }),
        empty().to(BraceBody::Dict(Vec::new())),
    ));
    brace_body
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|body, e| {
            let span = e.span();
            match body {
                BraceBody::Dict(items) => expr(ExprKind::Dict(items), span),
                BraceBody::Set(items) => expr(ExprKind::Set(items), span),
                BraceBody::DictComprehension(key, value, generators) => {
                    comprehension(ComprehensionKind::Dict, key, Some(value), generators, span)
                }
                BraceBody::SetComprehension(element, generators) => {
                    comprehension(ComprehensionKind::Set, element, None, generators, span)
                }
            }
        })
}
