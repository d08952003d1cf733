//! Parameter lists of `def` and `lambda`, sorted into their groups with CPython's errors.

use chumsky::input::Emitter;
use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::name;
use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::{Expr, Param, Params};
use crate::syntax::lexer::Token;
use crate::syntax::parser::{span_of, P};

/// One item of a parameter list, before the list is checked and sorted into [`Params`].
#[derive(Clone)]
enum ParamItem {
    Plain(Param),
    /// `/`
    Slash(SimpleSpan),
    /// `*` or `*args`
    Star(Option<Param>, SimpleSpan),
    /// `**kwargs`
    DoubleStar(Param),
}

/// `parameters` of a `def` (`annotated`) or a `lambda`.
pub(crate) fn params<'t>(annotated: bool, expression: P<'t, Expr>) -> P<'t, Params> {
    let annotation = if annotated {
        just(Token::Colon)
            .ignore_then(expression.clone())
            .or_not()
            .boxed()
    } else {
        empty().to(None).boxed()
    };
    let param = name()
        .then(annotation)
        .map_with(|(name, annotation), e| Param {
            name,
            default: None,
            annotation,
            span: span_of(e.span()),
        })
        .boxed();
    let with_default = param
        .clone()
        .then(just(Token::Equal).ignore_then(expression).or_not())
        .map(|(param, default)| Param { default, ..param });
    let item = choice((
        just(Token::Slash).map_with(|_, e| ParamItem::Slash(e.span())),
        just(Token::DoubleStar)
            .ignore_then(param.clone())
            .map(ParamItem::DoubleStar),
        just(Token::Star)
            .ignore_then(param.or_not())
            .map_with(|param, e| ParamItem::Star(param, e.span())),
        with_default.map(ParamItem::Plain),
    ));
    item.separated_by(just(Token::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| sort_params(items, emitter))
        .boxed()
}

/// Sorts parameter items into their groups, reporting CPython's errors for misplaced ones.
fn sort_params<'t>(items: Vec<ParamItem>, emitter: &mut Emitter<ParseError<'t>>) -> Params {
    let mut params = Params::default();
    let mut after_star = false;
    let mut star_span = None;
    let mut seen_default = false;
    let mut fail = |span: Span, message: &str| {
        emitter.emit(ParseError::custom(SimpleSpan::from(span.range()), message))
    };
    let mut names: Vec<Sym> = Vec::new();
    for item in &items {
        if let ParamItem::Plain(param)
        | ParamItem::DoubleStar(param)
        | ParamItem::Star(Some(param), _) = item
        {
            if names.contains(&param.name) {
                let message = format!("duplicate argument '{}' in function definition", param.name);
                fail(param.span, &message);
            }
            names.push(param.name);
        }
    }
    for item in items {
        if params.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(p) | ParamItem::DoubleStar(p) => p.span,
                ParamItem::Star(_, s) | ParamItem::Slash(s) => span_of(*s),
            };
            fail(span, "arguments cannot follow var-keyword argument");
            break;
        }
        match item {
            ParamItem::Plain(param) => {
                if after_star {
                    params.kwonly.push(param);
                    star_span = None;
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        fail(param.span, "non-default argument follows default argument");
                    }
                    params.args.push(param);
                }
            }
            ParamItem::Slash(span) => {
                if after_star {
                    fail(span_of(span), "/ must be ahead of *");
                } else if !params.posonly.is_empty() {
                    fail(span_of(span), "/ may appear only once");
                } else if params.args.is_empty() {
                    fail(span_of(span), "at least one argument must precede /");
                }
                params.posonly = std::mem::take(&mut params.args);
            }
            ParamItem::Star(param, span) => {
                if after_star {
                    fail(span_of(span), "* argument may appear only once");
                }
                after_star = true;
                if param.is_none() {
                    star_span = Some(span);
                }
                params.vararg = param;
            }
            ParamItem::DoubleStar(param) => {
                if let Some(span) = star_span.take() {
                    fail(span_of(span), "named arguments must follow bare *");
                }
                params.kwarg = Some(param);
            }
        }
    }
    if let Some(span) = star_span {
        fail(span_of(span), "named arguments must follow bare *");
    }
    params
}
