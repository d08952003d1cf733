//! Statements: `simple_stmts` on one line, `compound_stmt` with a `block`, and the `file`.

use std::rc::Rc;

use chumsky::prelude::*;
use chumsky::recursive::{Indirect, Recursive};

use super::expr::{expression_grammar, name, ExprGrammar};
use super::{span_of, Extra, In, P};
use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast;
use crate::syntax::ast::{
    Alias, Arg, BinOp, Block, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Name, Stmt,
    StmtKind, WithItem,
};
use crate::syntax::lexer::Token;

type DeclaredBlock<'t> = Recursive<Indirect<'t, 't, In<'t>, Block, Extra<'t>>>;
type Emitter<'t> = chumsky::input::Emitter<Rich<'t, Token, SimpleSpan>>;

fn stmt(node: StmtKind, span: SimpleSpan) -> Stmt {
    Stmt::new(node, span_of(span))
}

fn custom<'t>(span: Span, message: impl ToString) -> Rich<'t, Token, SimpleSpan> {
    Rich::custom(SimpleSpan::from(span.range()), message)
}

/// `file`: statements up to the end of input. A statement that fails to parse is skipped to
/// the end of its line (and its indented block), so later errors are reported too.
pub(crate) fn file<'t>() -> P<'t, Block> {
    let grammar = expression_grammar();
    let mut statements: DeclaredBlock<'t> = Recursive::declare();
    let statements_p = statements.clone().boxed();
    let block = block(statements_p.clone(), &grammar);
    let statement = choice((compound_stmt(block, &grammar), simple_stmts(&grammar)))
        .recover_with(via_parser(recovery()))
        .boxed();
    statements.define(
        statement
            .repeated()
            .at_least(1)
            .collect::<Vec<Vec<Stmt>>>()
            .map(|lines| lines.into_iter().flatten().collect::<Block>()),
    );
    statements_p
        .or_not()
        .map(Option::unwrap_or_default)
        .then_ignore(end())
        .boxed()
}

/// Skips a broken statement: the rest of its line and the indented block after it.
fn recovery<'t>() -> P<'t, Vec<Stmt>> {
    let skipped_block = recursive(|skipped_block| {
        just(Token::Indent)
            .ignore_then(
                choice((
                    skipped_block,
                    any()
                        .and_is(just(Token::Dedent).not())
                        .and_is(just(Token::Indent).not())
                        .ignored(),
                ))
                .repeated(),
            )
            .then_ignore(just(Token::Dedent))
            .ignored()
            .boxed()
    });
    let line = any()
        .and_is(just(Token::Newline).not())
        .and_is(just(Token::Indent).not())
        .and_is(just(Token::Dedent).not())
        .repeated()
        .then(just(Token::Newline))
        .then(skipped_block.clone().or_not())
        .ignored();
    choice((skipped_block, line))
        .map_with(|_, e| vec![stmt(StmtKind::Pass, e.span())])
        .boxed()
}

/// `block`: an indented suite after NEWLINE, or simple statements on the header's line.
fn block<'t>(statements: P<'t, Block>, grammar: &ExprGrammar<'t>) -> P<'t, Block> {
    choice((
        just(Token::Newline)
            .ignore_then(statements.delimited_by(just(Token::Indent), just(Token::Dedent))),
        simple_stmts(grammar),
    ))
    .labelled("block")
    .boxed()
}

/// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
fn simple_stmts<'t>(grammar: &ExprGrammar<'t>) -> P<'t, Vec<Stmt>> {
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
                    let value = values
                        .pop()
                        .unwrap_or_else(|| super::placeholder(span_of(span)));
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

/// A bare `*x` is only meaningful inside a display, a tuple or a call.
fn check_not_starred(value: &Expr, emitter: &mut Emitter<'_>) {
    if matches!(value.node, ExprKind::Starred(_)) {
        emitter.emit(custom(value.span, "can't use starred expression here"));
    }
}

/// Where a target appears, which decides CPython's wording.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetContext {
    Assign,
    Delete,
}

/// The name CPython gives an expression in "cannot assign to ..." messages.
fn expression_name(expr: &Expr) -> &'static str {
    use crate::syntax::ast::ComprehensionKind as K;
    match &expr.node {
        ExprKind::Call { .. } => "function call",
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Comprehension(c) => match c.kind {
            K::List => "list comprehension",
            K::Set => "set comprehension",
            K::Dict => "dict comprehension",
            K::Generator => "generator expression",
        },
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Starred(_) => "starred",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => "name",
    }
}

fn augmented_name(expr: &Expr) -> &'static str {
    expression_name(expr)
}

/// The first sub-expression that cannot be assigned to (or deleted), if any.
fn invalid_target(target: &Expr, context: TargetContext) -> Option<&Expr> {
    match &target.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().find_map(|item| invalid_target(item, context))
        }
        ExprKind::Starred(inner) if context == TargetContext::Assign => {
            invalid_target(inner, context)
        }
        _ => Some(target),
    }
}

fn check_target(target: &Expr, context: TargetContext, emitter: &mut Emitter<'_>) {
    if let Some(bad) = invalid_target(target, context) {
        let verb = if context == TargetContext::Delete {
            "delete"
        } else {
            "assign to"
        };
        emitter.emit(custom(
            bad.span,
            format!("cannot {verb} {}", expression_name(bad)),
        ));
    }
}

/// `a = b = value`: CPython says "... here. Maybe you meant '==' instead of '='?" when the bad
/// target sits right before the first `=` (so the line may be a mistyped comparison).
fn check_assignment_targets(targets: &[Expr], emitter: &mut Emitter<'_>) {
    for target in targets {
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &target.node {
            let starred = items
                .iter()
                .filter(|item| matches!(item.node, ExprKind::Starred(_)));
            if starred.count() > 1 {
                let message = "multiple starred expressions in assignment";
                emitter.emit(custom(target.span, message));
                return;
            }
        }
    }
    for (index, target) in targets.iter().enumerate() {
        let Some(bad) = invalid_target(target, TargetContext::Assign) else {
            continue;
        };
        let name = expression_name(bad);
        // CPython's hint applies only to targets at the `bitwise_or` level.
        let keyword_constant = matches!(
            bad.node,
            ExprKind::None
                | ExprKind::True
                | ExprKind::False
                | ExprKind::Lambda(_)
                | ExprKind::IfExp { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::UnaryOp {
                    op: ast::UnaryOp::Not,
                    ..
                }
        );
        let right_before_equal = match &target.node {
            ExprKind::Tuple(items) => {
                let bare = items
                    .first()
                    .is_some_and(|item| item.span.start == target.span.start);
                bare && items.last().is_some_and(|last| std::ptr::eq(last, bad))
            }
            ExprKind::List(_) => false,
            _ => std::ptr::eq(target, bad),
        };
        let message = if index == 0 && targets.len() == 1 && right_before_equal && !keyword_constant
        {
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {name}")
        };
        emitter.emit(custom(bad.span, message));
        return;
    }
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
            emitter.emit(Rich::custom(
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

/// `compound_stmt`: the statements that own a block.
fn compound_stmt<'t>(block: P<'t, Block>, grammar: &ExprGrammar<'t>) -> P<'t, Vec<Stmt>> {
    let colon = || just(Token::Colon);
    let else_block = just(Token::Else)
        .ignore_then(colon())
        .ignore_then(block.clone())
        .boxed();

    // `if` with `elif`s folded into nested `If` statements in `orelse`.
    let elif = just(Token::Elif)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(colon())
        .then(block.clone())
        .map_with(|(test, body), e| (test, body, e.span()));
    let if_stmt = just(Token::If)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(colon())
        .then(block.clone())
        .then(elif.repeated().collect::<Vec<_>>())
        .then(else_block.clone().or_not())
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
        .boxed();

    let while_stmt = just(Token::While)
        .ignore_then(grammar.named_expression.clone())
        .then_ignore(colon())
        .then(block.clone())
        .then(else_block.clone().or_not())
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
        .boxed();

    let for_stmt = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::For))
        .then(grammar.star_targets.clone())
        .then_ignore(just(Token::In))
        .then(grammar.star_expressions.clone())
        .then_ignore(colon())
        .then(block.clone())
        .then(else_block.clone().or_not())
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
        .boxed();

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
            .then_ignore(colon().rewind()),
        with_item
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let with_stmt = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::With))
        .then(with_items)
        .then_ignore(colon())
        .then(block.clone())
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
        .boxed();

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
            emitter.emit(Rich::custom(span, "'match' is not supported by pyco"));
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
                    emitter.emit(Rich::custom(colon, "expected one or more exception types"));
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
                emitter.emit(Rich::custom(
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
            emitter.emit(Rich::custom(
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
