//! `primary`: an atom followed by its trailers: attributes, calls with their arguments, and
//! subscripts with their slices.

use chumsky::input::Emitter;
use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::comprehensions::comprehension;
use super::depth::{guard, is_poison};
use super::{expr, name, tuple_or_single};
use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::{Arg, ComprehensionKind, Expr, ExprKind, Generator};
use crate::syntax::lexer::Token;
use crate::syntax::parser::{span_of, P};

/// What follows a primary: `.name`, `(args)` or `[slices]`.
enum Trailer {
    Attribute(Sym),
    Call(Vec<Arg>),
    Subscript(Expr),
}

/// `arguments` with their parentheses: positional, `name=value`, `*xs`, `**kw`, or a lone
/// generator expression (`sum(x*x for x in xs)`). Each argument is parsed once, then what
/// follows it (`=`, `for`) decides its kind.
pub(super) fn arguments<'t>(
    expression: &P<'t, Expr>,
    named_expression: &P<'t, Expr>,
    clauses: &P<'t, Vec<Generator>>,
) -> P<'t, (Vec<Arg>, Span)> {
    // The flag marks an unparenthesized generator expression.
    let argument = choice((
        just(Token::Star)
            .ignore_then(expression.clone())
            .map(|value| (Arg::Starred(value), false)),
        just(Token::DoubleStar)
            .ignore_then(expression.clone())
            .map(|value| (Arg::DoubleStarred(value), false)),
        named_expression
            .clone()
            .then(
                choice((
                    just(Token::Equal).ignore_then(expression.clone()).map(Ok),
                    clauses.clone().map(Err),
                ))
                .or_not(),
            )
            .validate(|(value, after), e, emitter| match after {
                None => (Arg::Positional(value), false),
                Some(Ok(assigned)) => match value.node {
                    ExprKind::Name(name) => (Arg::Keyword(name.id, assigned), false),
                    _ => {
                        let message =
                            "expression cannot contain assignment, perhaps you meant \"==\"?";
                        let span = SimpleSpan::from(value.span.range().start..e.span().end);
                        emitter.emit(ParseError::custom(span, message));
                        (Arg::Positional(value), false)
                    }
                },
                Some(Err(generators)) => {
                    let span = e.span();
                    let generator =
                        comprehension(ComprehensionKind::Generator, value, None, generators, span);
                    (Arg::Positional(generator), true)
                }
            }),
    ));
    argument
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .validate(|arguments: Vec<(Arg, bool)>, e, emitter| {
            let count = arguments.len();
            let mut args = Vec::with_capacity(count);
            for (arg, bare_generator) in arguments {
                if bare_generator && count > 1 {
                    if let Arg::Positional(generator) = &arg {
                        let message = "Generator expression must be parenthesized";
                        emitter.emit(ParseError::custom(
                            SimpleSpan::from(generator.span.range()),
                            message,
                        ));
                    }
                }
                args.push(arg);
            }
            check_argument_order(&args, emitter);
            (args, span_of(e.span()))
        })
        .boxed()
}

/// CPython's ordering rules for call arguments.
fn check_argument_order<'t>(args: &[Arg], emitter: &mut Emitter<ParseError<'t>>) {
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut keywords = Vec::new();
    for arg in args {
        match arg {
            Arg::Keyword(keyword, value) => {
                if keywords.contains(keyword) {
                    let message = format!("keyword argument repeated: {keyword}");
                    emitter.emit(ParseError::custom(
                        SimpleSpan::from(value.span.range()),
                        message,
                    ));
                    return;
                }
                keywords.push(*keyword);
                seen_keyword = true;
            }
            Arg::DoubleStarred(_) => seen_double_star = true,
            Arg::Positional(value) if seen_double_star => {
                let message = "positional argument follows keyword argument unpacking";
                emitter.emit(ParseError::custom(
                    SimpleSpan::from(value.span.range()),
                    message,
                ));
                return;
            }
            Arg::Positional(value) if seen_keyword => {
                let message = "positional argument follows keyword argument";
                emitter.emit(ParseError::custom(
                    SimpleSpan::from(value.span.range()),
                    message,
                ));
                return;
            }
            Arg::Starred(value) if seen_double_star => {
                let message = "iterable argument unpacking follows keyword argument unpacking";
                emitter.emit(ParseError::custom(
                    SimpleSpan::from(value.span.range()),
                    message,
                ));
                return;
            }
            _ => {}
        }
    }
}

/// `slices`: one slice or expression, or a comma list of them (a tuple index).
fn slices<'t>(expression: &P<'t, Expr>, named_expression: &P<'t, Expr>) -> P<'t, Expr> {
    let bound = expression.clone().or_not();
    // `:upper[:step]`, after an optional lower bound.
    let rest_of_slice = just(Token::Colon)
        .ignore_then(bound.clone())
        .then(just(Token::Colon).ignore_then(bound).or_not())
        .boxed();
    let slice = |lower: Option<Expr>, (upper, step): (Option<Expr>, Option<Option<Expr>>), span| {
        let node = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.flatten().map(Box::new),
        };
        expr(node, span)
    };
    let item = choice((
        just(Token::Star)
            .ignore_then(expression.clone())
            .map_with(|value, e| expr(ExprKind::Starred(Box::new(value)), e.span())),
        named_expression
            .clone()
            .then(rest_of_slice.clone().or_not())
            .map_with(move |(lower, rest), e| match rest {
                None => lower,
                Some(rest) => slice(Some(lower), rest, e.span()),
            }),
        rest_of_slice.map_with(move |rest, e| slice(None, rest, e.span())),
    ));
    tuple_or_single(item.boxed())
}

/// `primary`: an atom followed by any number of trailers, folded left.
pub(super) fn primary<'t>(
    atom: P<'t, Expr>,
    arguments: P<'t, (Vec<Arg>, Span)>,
    expression: &P<'t, Expr>,
    named_expression: &P<'t, Expr>,
) -> P<'t, Expr> {
    let trailer = choice((
        just(Token::Dot).ignore_then(name()).map(Trailer::Attribute),
        arguments.map(|(args, _)| Trailer::Call(args)),
        slices(expression, named_expression)
            .delimited_by(just(Token::LBracket), just(Token::RBracket))
            .map(Trailer::Subscript),
    ));
    atom.foldl_with(trailer.repeated(), |value, trailer, e| {
        if is_poison(&value) {
            return value;
        }
        let value = Box::new(value);
        let node = match trailer {
            Trailer::Attribute(attr) => ExprKind::Attribute { value, attr },
            Trailer::Call(args) => {
                let all_positional = args.iter().all(|a| matches!(a, Arg::Positional(_)));
                ExprKind::Call {
                    func: value,
                    args: args.into_boxed_slice(),
                    all_positional,
                    method_site: None,
                }
            }
            Trailer::Subscript(index) => ExprKind::Subscript {
                value,
                index: Box::new(index),
            },
        };
        guard(expr(node, e.span()), e)
    })
    .boxed()
}
