//! Simple statements, several to a line: expression statements and assignments, `return`,
//! `raise`, `global`, `nonlocal`, `del`, `assert`, and the imports.

use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;

use super::targets::{
    augmented_name, check_assignment_targets, check_not_starred, check_target, TargetContext,
};
use super::{custom, stmt, Emitter};
use crate::symbol::Sym;
use crate::syntax::ast::{Alias, BinOp, Expr, ExprKind, Name, Stmt, StmtKind};
use crate::syntax::lexer::Token;
use crate::syntax::parser::expr::{name, ExprGrammar};
use crate::syntax::parser::{placeholder, span_of, P};

/// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
pub(super) fn simple_stmts<'t>(grammar: &ExprGrammar<'t>) -> P<'t, Vec<Stmt>> {
    simple_stmt(grammar)
        .separated_by(just(Token::Semicolon))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(just(Token::Newline))
        .boxed()
}

fn simple_stmt<'t>(grammar: &ExprGrammar<'t>) -> P<'t, Stmt> {
    let expressions = grammar.star_expressions.clone();
    let name_list = name()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>();
    let keyword = |token: Token, node: StmtKind| {
        just(token).map_with(move |_, e| stmt(node.clone(), e.span()))
    };
    choice((
        assignment(grammar),
        keyword(Token::Pass, StmtKind::Pass),
        keyword(Token::Break, StmtKind::Break),
        keyword(Token::Continue, StmtKind::Continue),
        just(Token::Return)
            .ignore_then(expressions.clone().or_not())
            .map_with(|value, e| stmt(StmtKind::Return(value), e.span())),
        just(Token::Raise)
            .ignore_then(
                grammar
                    .expression
                    .clone()
                    .then(
                        just(Token::From)
                            .ignore_then(grammar.expression.clone())
                            .or_not(),
                    )
                    .or_not(),
            )
            .map_with(|exc, e| {
                let (exc, cause) = match exc {
                    Some((exc, cause)) => (Some(exc), cause),
                    None => (None, None),
                };
                stmt(StmtKind::Raise { exc, cause }, e.span())
            }),
        just(Token::Global)
            .ignore_then(name_list.clone())
            .map_with(|names, e| stmt(StmtKind::Global(names), e.span())),
        just(Token::Nonlocal)
            .ignore_then(name_list)
            .map_with(|names, e| stmt(StmtKind::Nonlocal(names), e.span())),
        just(Token::Del)
            .ignore_then(
                grammar
                    .star_target
                    .clone()
                    .separated_by(just(Token::Comma))
                    .at_least(1)
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .validate(|targets: Vec<Expr>, e, emitter| {
                for target in &targets {
                    check_target(target, TargetContext::Delete, emitter);
                }
                stmt(StmtKind::Del(targets), e.span())
            }),
        just(Token::Assert)
            .ignore_then(grammar.expression.clone())
            .then(
                just(Token::Comma)
                    .ignore_then(grammar.expression.clone())
                    .or_not(),
            )
            .map_with(|(test, msg), e| stmt(StmtKind::Assert { test, msg }, e.span())),
        import_name(),
        import_from(),
    ))
    .boxed()
}

/// Expression statements and every kind of assignment, which all begin with an expression.
fn assignment<'t>(grammar: &ExprGrammar<'t>) -> P<'t, Stmt> {
    let value = choice((grammar.yield_expr.clone(), grammar.star_expressions.clone())).boxed();
    let augmented_operator = select! {
        Token::PlusEqual => BinOp::Add,
        Token::MinusEqual => BinOp::Sub,
        Token::StarEqual => BinOp::Mul,
        Token::SlashEqual => BinOp::Div,
        Token::DoubleSlashEqual => BinOp::FloorDiv,
        Token::PercentEqual => BinOp::Mod,
        Token::AtEqual => BinOp::MatMul,
        Token::AmperEqual => BinOp::BitAnd,
        Token::PipeEqual => BinOp::BitOr,
        Token::CaretEqual => BinOp::BitXor,
        Token::LShiftEqual => BinOp::LShift,
        Token::RShiftEqual => BinOp::RShift,
        Token::DoubleStarEqual => BinOp::Pow,
    };
    #[derive(Clone)]
    enum Rest {
        Assign(Vec<Expr>),
        Augmented(BinOp, Expr),
        Annotated(Expr, Option<Expr>),
        Nothing,
    }
    let rest = choice((
        just(Token::Equal)
            .ignore_then(value.clone())
            .repeated()
            .at_least(1)
            .collect::<Vec<_>>()
            .map(Rest::Assign),
        augmented_operator
            .then(value.clone())
            .map(|(op, value)| Rest::Augmented(op, value)),
        just(Token::Colon)
            .ignore_then(grammar.expression.clone())
            .then(just(Token::Equal).ignore_then(value.clone()).or_not())
            .map(|(annotation, value)| Rest::Annotated(annotation, value)),
        empty().to(Rest::Nothing),
    ));
    value
        .then(rest)
        .validate(|(first, rest), e, emitter| {
            let span = e.span();
            match rest {
                Rest::Nothing => {
                    check_not_starred(&first, emitter);
                    stmt(StmtKind::Expr(first), span)
                }
                Rest::Assign(mut values) => {
                    let value = values.pop().unwrap_or_else(|| placeholder(span_of(span)));
                    let mut targets = vec![first];
                    targets.extend(values);
                    check_assignment_targets(&targets, emitter);
                    for target in &targets {
                        if matches!(target.node, ExprKind::Starred(_)) {
                            let message = "starred assignment target must be in a list or tuple";
                            emitter.emit(custom(target.span, message));
                        }
                    }
                    check_not_starred(&value, emitter);
                    stmt(StmtKind::Assign { targets, value }, span)
                }
                Rest::Augmented(op, value) => {
                    if !matches!(
                        first.node,
                        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                    ) {
                        let message = format!(
                            "'{}' is an illegal expression for augmented assignment",
                            augmented_name(&first)
                        );
                        emitter.emit(custom(first.span, message));
                    }
                    stmt(
                        StmtKind::AugAssign {
                            target: first,
                            op,
                            value,
                        },
                        span,
                    )
                }
                Rest::Annotated(annotation, value) => {
                    match &first.node {
                        ExprKind::Name(_)
                        | ExprKind::Attribute { .. }
                        | ExprKind::Subscript { .. } => {}
                        ExprKind::Tuple(_) => emitter.emit(custom(
                            first.span,
                            "only single target (not tuple) can be annotated",
                        )),
                        ExprKind::List(_) => emitter.emit(custom(
                            first.span,
                            "only single target (not list) can be annotated",
                        )),
                        _ => emitter.emit(custom(first.span, "illegal target for annotation")),
                    }
                    stmt(
                        StmtKind::AnnAssign {
                            target: first,
                            annotation,
                            value,
                        },
                        span,
                    )
                }
            }
        })
        .boxed()
}

/// `dotted_name`: `a.b.c`.
fn dotted_name<'t>() -> P<'t, Vec<Sym>> {
    name()
        .separated_by(just(Token::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed()
}

/// `import a.b as c, d`
fn import_name<'t>() -> P<'t, Stmt> {
    let alias = dotted_name()
        .then(just(Token::As).ignore_then(name()).or_not())
        .map_with(|(path, asname), e| {
            let bound = Name::new(path[0]);
            Alias {
                path,
                asname: asname.map(Name::new),
                bound,
                span: span_of(e.span()),
            }
        });
    just(Token::Import)
        .ignore_then(
            alias
                .separated_by(just(Token::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map_with(|aliases, e| stmt(StmtKind::Import(aliases), e.span()))
        .boxed()
}

/// `from m import a as b, c` / `from m import (a, b)` / `from m import *`
fn import_from<'t>() -> P<'t, Stmt> {
    let alias = name()
        .then(just(Token::As).ignore_then(name()).or_not())
        .map_with(|(item, asname), e| Alias {
            path: vec![item],
            asname: asname.map(Name::new),
            bound: Name::new(item),
            span: span_of(e.span()),
        });
    let aliases = alias.separated_by(just(Token::Comma)).at_least(1);
    let names = choice((
        just(Token::Star).map_with(|_, e| {
            let star = Sym::intern("*");
            vec![Alias {
                path: vec![star],
                asname: None,
                bound: Name::new(star),
                span: span_of(e.span()),
            }]
        }),
        aliases
            .clone()
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
        aliases.collect::<Vec<_>>(),
    ));
    let relative = choice((just(Token::Dot), just(Token::Ellipsis)))
        .repeated()
        .at_least(1)
        .map_with(|_, e| e.span())
        .validate(|span, _, emitter: &mut Emitter<'t>| {
            emitter.emit(ParseError::custom(
                span,
                "relative imports are not supported by pyco",
            ));
        });
    just(Token::From)
        .ignore_then(choice((
            relative
                .ignore_then(dotted_name().or_not())
                .map(Option::unwrap_or_default),
            dotted_name(),
        )))
        .then_ignore(just(Token::Import))
        .then(names)
        .map_with(|(module, names), e| stmt(StmtKind::ImportFrom { module, names }, e.span()))
        .boxed()
}
