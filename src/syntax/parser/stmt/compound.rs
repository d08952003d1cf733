//! Compound statements, the ones that own a block: `if`, `while`, `for`, `with`, `try`,
//! `def` and `class` (decorated or not), and `match`, refused.

use std::rc::Rc;

use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::targets::{check_target, TargetContext};
use super::{custom, stmt, Emitter};
use crate::syntax::ast::{
    Arg, Block, ClassDef, ExceptHandler, Expr, FunctionDef, Name, Stmt, StmtKind, WithItem,
};
use crate::syntax::lexer::Token;
use crate::syntax::parser::expr::{name, ExprGrammar};
use crate::syntax::parser::{span_of, P};

/// `compound_stmt`: the statements that own a block.
pub(super) fn compound_stmt<'t>(
    block: P<'t, Block>,
    grammar: &ExprGrammar<'t>,
) -> P<'t, Vec<Stmt>> {
    let colon = || just(Token::Colon);
    let else_block = just(Token::Else)
        .ignore_then(colon())
        .ignore_then(block.clone())
        .boxed();

    let if_stmt = if_stmt(block.clone(), grammar, else_block.clone());
    let while_stmt = while_stmt(block.clone(), grammar, else_block.clone());
    let for_stmt = for_stmt(block.clone(), grammar, else_block.clone());
    let with_stmt = with_stmt(block.clone(), grammar);
    let try_stmt = try_stmt(block.clone(), grammar, else_block.clone());
    let function_def = function_def(block.clone(), grammar);
    let class_def = class_def(block.clone(), grammar);
    let decorators = just(Token::At)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(just(Token::Newline))
        .repeated()
        .at_least(1)
        .collect::<Vec<Expr>>();
    let decorated = decorators
        .then(choice((function_def.clone(), class_def.clone())))
        .map(|(decorators, mut definition): (Vec<Expr>, Stmt)| {
            match &mut definition.node {
                StmtKind::FunctionDef(function) => Rc::make_mut(function).decorators = decorators,
                StmtKind::ClassDef(class) => Rc::make_mut(class).decorators = decorators,
                _ => {}
            }
            definition
        });
    let match_stmt = select! { Token::Name(sym) if &*sym.name() == "match" => () }
        .then(
            any()
                .and_is(just(Token::Newline).not())
                .and_is(just(Token::Colon).then(just(Token::Newline)).not())
                .repeated(),
        )
        .then(colon())
        .map_with(|_, e| e.span())
        .validate(|span: SimpleSpan, _, emitter: &mut Emitter<'t>| {
            emitter.emit(ParseError::custom(span, "'match' is not supported by pyco"));
            span
        })
        .then(block)
        .map_with(|_, e| stmt(StmtKind::Pass, e.span()));

    choice((
        function_def,
        if_stmt,
        class_def,
        with_stmt,
        for_stmt,
        try_stmt,
        while_stmt,
        decorated,
        match_stmt,
    ))
    .map(|statement| vec![statement])
    .boxed()
}

/// `if_stmt`: `if` with `elif`s folded into nested `If` statements in `orelse`.
fn if_stmt<'t>(
    block: P<'t, Block>,
    grammar: &ExprGrammar<'t>,
    else_block: P<'t, Block>,
) -> P<'t, Stmt> {
    let elif = just(Token::Elif)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(just(Token::Colon))
        .then(block.clone())
        .map_with(|(test, body), e| (test, body, e.span()));
    just(Token::If)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(just(Token::Colon))
        .then(block)
        .then(elif.repeated().collect::<Vec<_>>())
        .then(else_block.or_not())
        .map_with(|(((test, body), elifs), orelse), e| {
            let mut orelse = orelse.unwrap_or_default();
            for (test, body, span) in elifs.into_iter().rev() {
                let span = SimpleSpan::from(
                    span.start..orelse.last().map_or(span.end, |s| s.span.end as usize),
                );
                orelse = vec![stmt(StmtKind::If { test, body, orelse }, span)];
            }
            stmt(StmtKind::If { test, body, orelse }, e.span())
        })
        .boxed()
}

/// `while_stmt`: `while test: block [else: block]`.
fn while_stmt<'t>(
    block: P<'t, Block>,
    grammar: &ExprGrammar<'t>,
    else_block: P<'t, Block>,
) -> P<'t, Stmt> {
    just(Token::While)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(just(Token::Colon))
        .then(block)
        .then(else_block.or_not())
        .map_with(|((test, body), orelse), e| {
            stmt(
                StmtKind::While {
                    test,
                    body,
                    orelse: orelse.unwrap_or_default(),
                },
                e.span(),
            )
        })
        .boxed()
}

/// `for_stmt`: `[async] for targets in star_expressions: block [else: block]`.
fn for_stmt<'t>(
    block: P<'t, Block>,
    grammar: &ExprGrammar<'t>,
    else_block: P<'t, Block>,
) -> P<'t, Stmt> {
    just(Token::Async)
        .or_not()
        .then_ignore(just(Token::For))
        .then(grammar.star_targets.clone())
        .then_ignore(just(Token::In))
        .then(grammar.star_expressions.clone())
        .then_ignore(just(Token::Colon))
        .then(block)
        .then(else_block.or_not())
        .validate(|((((is_async, target), iter), body), orelse), e, emitter| {
            check_target(&target, TargetContext::Assign, emitter);
            let node = StmtKind::For {
                target,
                iter,
                body,
                orelse: orelse.unwrap_or_default(),
                is_async: is_async.is_some(),
            };
            stmt(node, e.span())
        })
        .boxed()
}

/// `with_stmt`: `[async] with items: block`, the items in parentheses or not.
fn with_stmt<'t>(block: P<'t, Block>, grammar: &ExprGrammar<'t>) -> P<'t, Stmt> {
    let with_item = grammar
        .expression
        .clone()
        .then(
            just(Token::As)
                .ignore_then(grammar.star_target.clone())
                .or_not(),
        )
        .validate(|(context, target), _, emitter| {
            if let Some(target) = &target {
                check_target(target, TargetContext::Assign, emitter);
            }
            WithItem { context, target }
        });
    let with_items = choice((
        with_item
            .clone()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .then_ignore(just(Token::Colon).rewind()),
        with_item
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    just(Token::Async)
        .or_not()
        .then_ignore(just(Token::With))
        .then(with_items)
        .then_ignore(just(Token::Colon))
        .then(block)
        .map_with(|((is_async, items), body), e| {
            stmt(
                StmtKind::With {
                    items,
                    body,
                    is_async: is_async.is_some(),
                },
                e.span(),
            )
        })
        .boxed()
}

/// `try` with handlers, `else` and `finally`; CPython insists on an `except` or `finally`.
fn try_stmt<'t>(
    block: P<'t, Block>,
    grammar: &ExprGrammar<'t>,
    else_block: P<'t, Block>,
) -> P<'t, Stmt> {
    // `except` or `except*`, with the span of the keyword (and star) for the errors.
    let keyword = just(Token::Except)
        .ignore_then(just(Token::Star).or_not())
        .map_with(|star, e| (star.is_some(), e.span()));
    let handler = keyword
        .then(
            grammar
                .expression
                .clone()
                .then(just(Token::As).ignore_then(name()).or_not())
                .or_not(),
        )
        .then(just(Token::Colon).map_with(|_, e| e.span()))
        .then(block.clone())
        .validate(
            |((((is_star, keyword), kind), colon), body): (_, Block),
             e,
             emitter: &mut Emitter<'t>| {
                if is_star && kind.is_none() {
                    emitter.emit(ParseError::custom(
                        colon,
                        "expected one or more exception types",
                    ));
                }
                let (kind, name) = match kind {
                    Some((kind, name)) => (Some(kind), name.map(Name::new)),
                    None => (None, None),
                };
                let handler = ExceptHandler {
                    kind,
                    name,
                    body,
                    span: span_of(e.span()),
                };
                (is_star, keyword, handler)
            },
        );
    let finally = just(Token::Finally)
        .ignore_then(just(Token::Colon))
        .ignore_then(block.clone());
    let with_handlers = handler
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .validate(|handlers, _, emitter: &mut Emitter<'t>| {
            let is_star = handlers.first().is_some_and(|(is_star, _, _)| *is_star);
            if let Some((_, keyword, _)) = handlers.iter().find(|(star, _, _)| *star != is_star) {
                emitter.emit(ParseError::custom(
                    *keyword,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            let handlers: Vec<ExceptHandler> = handlers
                .into_iter()
                .map(|(_, _, handler)| handler)
                .collect();
            (is_star, handlers)
        })
        .then(else_block.or_not())
        .then(finally.clone().or_not())
        .map(|(((is_star, handlers), orelse), finalbody)| {
            (
                handlers,
                orelse.unwrap_or_default(),
                finalbody.unwrap_or_default(),
                is_star,
            )
        });
    let only_finally = finally.map(|finalbody| (Vec::new(), Vec::new(), finalbody, false));
    let missing = empty()
        .and_is(choice((just(Token::Except), just(Token::Finally))).not())
        .validate(|_, e, emitter: &mut Emitter<'t>| {
            emitter.emit(ParseError::custom(
                e.span(),
                "expected 'except' or 'finally' block",
            ));
            (Vec::new(), Vec::new(), Vec::new(), false)
        });
    just(Token::Try)
        .ignore_then(just(Token::Colon))
        .ignore_then(block)
        .then(choice((with_handlers, only_finally, missing)))
        .map_with(|(body, (handlers, orelse, finalbody, is_star)), e| {
            stmt(
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star,
                },
                e.span(),
            )
        })
        .boxed()
}

/// `function_def`: `[async] def name(params) [-> expr]: block`.
fn function_def<'t>(block: P<'t, Block>, grammar: &ExprGrammar<'t>) -> P<'t, Stmt> {
    let header = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::Def))
        .then(name())
        .then(
            grammar
                .def_params
                .clone()
                .or_not()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .then(
            just(Token::Arrow)
                .ignore_then(grammar.expression.clone())
                .or_not(),
        )
        .map_with(|(((is_async, name), params), returns), e| {
            (is_async.is_some(), name, params, returns, e.span())
        });
    header
        .then_ignore(just(Token::Colon))
        .then(block)
        .map_with(
            |((is_async, name, params, returns, header_span), body), e| {
                let function = FunctionDef {
                    name,
                    params: params.unwrap_or_default(),
                    body,
                    decorators: Vec::new(),
                    returns,
                    is_async,
                    is_lambda: false,
                    span: span_of(header_span),
                    scope: Default::default(),
                    code: Default::default(),
                };
                stmt(StmtKind::FunctionDef(Rc::new(function)), e.span())
            },
        )
        .boxed()
}

/// `class_def`: `class Name[(bases, keywords)]: block`.
fn class_def<'t>(block: P<'t, Block>, grammar: &ExprGrammar<'t>) -> P<'t, Stmt> {
    just(Token::Class)
        .ignore_then(name())
        .then(grammar.arguments.clone().or_not())
        .map_with(|(name, arguments), e| (name, arguments, e.span()))
        .then_ignore(just(Token::Colon))
        .then(block)
        .validate(|((name, arguments, header_span), body), e, emitter| {
            let mut bases = Vec::new();
            let mut keywords = Vec::new();
            for argument in arguments.map(|(args, _)| args).unwrap_or_default() {
                match argument {
                    Arg::Positional(base) => bases.push(base),
                    Arg::Keyword(keyword, value) => keywords.push((keyword, value)),
                    Arg::Starred(value) | Arg::DoubleStarred(value) => {
                        emitter.emit(custom(
                            value.span,
                            "unpacking in class bases is not supported by pyco",
                        ));
                    }
                }
            }
            let class = ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators: Vec::new(),
                span: span_of(header_span),
                scope: Default::default(),
            };
            stmt(StmtKind::ClassDef(Rc::new(class)), e.span())
        })
        .boxed()
}
