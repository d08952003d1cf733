//! Expressions: from `atom` and `primary` up through the operator table to `expression`,
//! `named_expression` and `star_expressions`.

use std::rc::Rc;

use chumsky::pratt::{infix, left, prefix, right, Operator};
use chumsky::prelude::*;
use chumsky::recursive::{Indirect, Recursive};

use super::{placeholder, span_of, Extra, In, MAX_EXPRESSION_DEPTH, P};
use crate::source::{Span, Spanned};
use crate::symbol::Sym;
use crate::syntax::ast::{
    Arg, BinOp, BoolOp, CmpOp, Comprehension, ComprehensionKind, DictItem, Expr, ExprKind,
    FStringPart, FormattedField, FunctionDef, Generator, Name, Param, Params, StmtKind, UnaryOp,
};
use crate::syntax::lexer::Token;

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

type Extras<'t, 'b> = chumsky::input::MapExtra<'t, 'b, In<'t>, Extra<'t>>;
type Declared<'t> = Recursive<Indirect<'t, 't, In<'t>, Expr, Extra<'t>>>;

fn expr(node: ExprKind, span: SimpleSpan) -> Expr {
    Expr::new(node, span_of(span))
}

pub(crate) fn name<'t>() -> P<'t, Sym> {
    select! { Token::Name(sym) => sym }.labelled("name").boxed()
}

/// The symbol a too-deep subtree is replaced by, so later folds stop at once.
fn poison_sym() -> Sym {
    Sym::intern("<too deep>")
}

fn is_poison(expr: &Expr) -> bool {
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
fn guard<'t>(node: Expr, e: &mut Extras<'t, '_>) -> Expr {
    if depth_within(&node, MAX_EXPRESSION_DEPTH) > MAX_EXPRESSION_DEPTH {
        let span = node.span;
        e.emit(Rich::custom(SimpleSpan::from(span.range()), RECURSION_MARK));
        dismantle(node);
        return Expr::new(ExprKind::Name(Name::new(poison_sym())), span);
    }
    node
}

/// Builds `left op right` unless either side already stands for a too-deep tree.
fn binary<'t>(
    left: Expr,
    op: BinOp,
    right: Expr,
    span: SimpleSpan,
    e: &mut Extras<'t, '_>,
) -> Expr {
    if is_poison(&left) {
        return left;
    }
    if is_poison(&right) {
        return right;
    }
    let node = expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        span,
    );
    guard(node, e)
}

fn unary<'t>(op: UnaryOp, operand: Expr, span: SimpleSpan, e: &mut Extras<'t, '_>) -> Expr {
    if is_poison(&operand) {
        return operand;
    }
    guard(
        expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span,
        ),
        e,
    )
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

/// One piece of a string literal sequence: plain text or f-string parts.
enum StringPiece {
    Plain(Rc<str>),
    Formatted(Vec<FStringPart>),
}

/// Adjacent literals concatenate; the result is a plain `Str` unless some piece has a field.
fn concatenate(pieces: Vec<StringPiece>) -> ExprKind {
    let mut parts: Vec<FStringPart> = Vec::new();
    let push_text = |parts: &mut Vec<FStringPart>, text: &str| {
        if let Some(FStringPart::Literal(last)) = parts.last_mut() {
            last.push_str(text);
        } else if !text.is_empty() {
            parts.push(FStringPart::Literal(text.to_string()));
        }
    };
    for piece in pieces {
        match piece {
            StringPiece::Plain(text) => push_text(&mut parts, &text),
            StringPiece::Formatted(formatted) => {
                for part in formatted {
                    match part {
                        FStringPart::Literal(text) => push_text(&mut parts, &text),
                        field => parts.push(field),
                    }
                }
            }
        }
    }
    if parts
        .iter()
        .all(|part| matches!(part, FStringPart::Literal(_)))
    {
        let text: String = parts
            .into_iter()
            .map(|part| match part {
                FStringPart::Literal(text) => text,
                FStringPart::Field(_) => String::new(),
            })
            .collect();
        ExprKind::Str(Rc::from(text))
    } else {
        ExprKind::FString(parts)
    }
}

/// `strings`: one or more adjacent string and f-string literals.
fn strings<'t>(star_expressions: P<'t, Expr>) -> P<'t, Expr> {
    let fstring_part = recursive(|fstring_part| {
        let text = select! { Token::FStringText(text) => FStringPart::Literal(text.to_string()) };
        let field = just(Token::FieldStart)
            .ignore_then(star_expressions)
            .then(select! { Token::FieldMeta(meta) => meta })
            .then(fstring_part.repeated().collect::<Vec<_>>())
            .then_ignore(just(Token::FieldEnd))
            .map(|((value, meta), format_spec)| {
                FStringPart::Field(Box::new(FormattedField {
                    expr: value,
                    conversion: meta.conversion,
                    format_spec,
                    debug_text: meta.debug_text.clone(),
                }))
            });
        choice((text, field)).boxed()
    });
    let fstring = just(Token::FStringStart)
        .ignore_then(fstring_part.repeated().collect::<Vec<_>>())
        .then_ignore(just(Token::FStringEnd))
        .map(StringPiece::Formatted);
    let plain = select! { Token::Str(text) => StringPiece::Plain(text) };
    choice((plain, fstring))
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|pieces, e| expr(concatenate(pieces), e.span()))
        .labelled("string")
        .boxed()
}

/// `for_if_clauses`: `[async] for targets in disjunction (if disjunction)*`, one or more.
fn for_if_clauses<'t>(
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

fn comprehension(
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
    };
    expr(ExprKind::Comprehension(std::rc::Rc::new(node)), span)
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
                e.emit(Rich::custom(span, "expected 'else' after 'if' expression"));
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
            e.emit(Rich::custom(span, "'yield' is not supported by pyco"));
            placeholder(span_of(e.span()))
        })
        .boxed()
}

/// What a bracketed display holds, before its brackets decide the node.
#[derive(Clone)]
enum DisplayBody {
    Empty,
    /// One element without a comma: `(x)` is `x`, `[x]` is a one-element list.
    Single(Expr),
    Items(Vec<Expr>),
    Comprehension(Expr, Vec<Generator>),
}

/// What a `{...}` display holds.
#[derive(Clone)]
enum BraceBody {
    Dict(Vec<DictItem>),
    DictComprehension(Expr, Expr, Vec<Generator>),
    Set(Vec<Expr>),
    SetComprehension(Expr, Vec<Generator>),
}

/// `atom`: names, literals, strings, `...`, and the bracketed displays.
///
/// Every display parses its first element once and then decides what it is from what follows
/// (a `for`, a `,`, a `:`); trying each kind of display in turn would re-parse nested brackets
/// once per alternative, which is exponential in the nesting depth.
fn atom<'t>(
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
                    emitter.emit(Rich::custom(SimpleSpan::from(inner.span.range()), message));
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
    let braces = brace_body
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
        });

    choice((
        literal,
        strings(star_expressions.clone()),
        parenthesized,
        list,
        braces,
    ))
    .labelled("expression")
    .boxed()
}

/// What follows a primary: `.name`, `(args)` or `[slices]`.
enum Trailer {
    Attribute(Sym),
    Call(Vec<Arg>),
    Subscript(Expr),
}

/// `arguments` with their parentheses: positional, `name=value`, `*xs`, `**kw`, or a lone
/// generator expression (`sum(x*x for x in xs)`). Each argument is parsed once, then what
/// follows it (`=`, `for`) decides its kind.
fn arguments<'t>(
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
                        emitter.emit(Rich::custom(span, message));
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
                        emitter.emit(Rich::custom(
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
fn check_argument_order<'t>(
    args: &[Arg],
    emitter: &mut chumsky::input::Emitter<Rich<'t, Token, SimpleSpan>>,
) {
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut keywords = Vec::new();
    for arg in args {
        match arg {
            Arg::Keyword(keyword, value) => {
                if keywords.contains(keyword) {
                    let message = format!("keyword argument repeated: {keyword}");
                    emitter.emit(Rich::custom(SimpleSpan::from(value.span.range()), message));
                    return;
                }
                keywords.push(*keyword);
                seen_keyword = true;
            }
            Arg::DoubleStarred(_) => seen_double_star = true,
            Arg::Positional(value) if seen_double_star => {
                let message = "positional argument follows keyword argument unpacking";
                emitter.emit(Rich::custom(SimpleSpan::from(value.span.range()), message));
                return;
            }
            Arg::Positional(value) if seen_keyword => {
                let message = "positional argument follows keyword argument";
                emitter.emit(Rich::custom(SimpleSpan::from(value.span.range()), message));
                return;
            }
            Arg::Starred(value) if seen_double_star => {
                let message = "iterable argument unpacking follows keyword argument unpacking";
                emitter.emit(Rich::custom(SimpleSpan::from(value.span.range()), message));
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
fn primary<'t>(
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

/// The arithmetic and bitwise operators (`bitwise_or` down to `await_primary`), by precedence.
fn operators<'t>(primary: P<'t, Expr>) -> P<'t, Expr> {
    macro_rules! binary_op {
        ($assoc:expr, $token:expr, $op:expr) => {
            infix(
                $assoc,
                just($token),
                |l: Expr, _, r: Expr, e: &mut Extras<'t, '_>| {
                    let span = e.span();
                    binary(l, $op, r, span, e)
                },
            )
            .boxed()
        };
    }
    macro_rules! unary_op {
        ($power:expr, $token:expr, $op:expr) => {
            prefix(
                $power,
                just($token),
                |_, operand: Expr, e: &mut Extras<'t, '_>| {
                    let span = e.span();
                    unary($op, operand, span, e)
                },
            )
            .boxed()
        };
    }
    primary
        .pratt(vec![
            binary_op!(left(1), Token::Pipe, BinOp::BitOr),
            binary_op!(left(2), Token::Caret, BinOp::BitXor),
            binary_op!(left(3), Token::Amper, BinOp::BitAnd),
            binary_op!(left(4), Token::LShift, BinOp::LShift),
            binary_op!(left(4), Token::RShift, BinOp::RShift),
            binary_op!(left(5), Token::Plus, BinOp::Add),
            binary_op!(left(5), Token::Minus, BinOp::Sub),
            binary_op!(left(6), Token::Star, BinOp::Mul),
            binary_op!(left(6), Token::Slash, BinOp::Div),
            binary_op!(left(6), Token::DoubleSlash, BinOp::FloorDiv),
            binary_op!(left(6), Token::Percent, BinOp::Mod),
            binary_op!(left(6), Token::At, BinOp::MatMul),
            unary_op!(7, Token::Minus, UnaryOp::Neg),
            unary_op!(7, Token::Plus, UnaryOp::Pos),
            unary_op!(7, Token::Tilde, UnaryOp::Invert),
            binary_op!(right(8), Token::DoubleStar, BinOp::Pow),
            prefix(
                9,
                just(Token::Await),
                |_, operand: Expr, e: &mut Extras<'t, '_>| {
                    if is_poison(&operand) {
                        return operand;
                    }
                    let node = expr(ExprKind::Await(Box::new(operand)), e.span());
                    guard(node, e)
                },
            )
            .boxed(),
        ])
        .boxed()
}

/// `comparison`: a chain `a < b <= c`, kept flat as CPython's `Compare` node.
fn comparison<'t>(bitwise_or: P<'t, Expr>) -> P<'t, Expr> {
    let operator = choice((
        just(Token::EqEqual).to(CmpOp::Eq),
        just(Token::NotEqual).to(CmpOp::NotEq),
        just(Token::LessEqual).to(CmpOp::LtE),
        just(Token::Less).to(CmpOp::Lt),
        just(Token::GreaterEqual).to(CmpOp::GtE),
        just(Token::Greater).to(CmpOp::Gt),
        just(Token::Not).then(just(Token::In)).to(CmpOp::NotIn),
        just(Token::In).to(CmpOp::In),
        just(Token::Is).then(just(Token::Not)).to(CmpOp::IsNot),
        just(Token::Is).to(CmpOp::Is),
    ));
    bitwise_or
        .clone()
        .then(operator.then(bitwise_or).repeated().collect::<Vec<_>>())
        .map_with(|(left, rest), e| {
            if rest.is_empty() {
                left
            } else {
                expr(
                    ExprKind::Compare {
                        left: Box::new(left),
                        rest,
                    },
                    e.span(),
                )
            }
        })
        .boxed()
}

/// `conjunction` / `disjunction`: `a and b and c` as one flat `BoolOp`.
fn bool_chain<'t>(operand: P<'t, Expr>, token: Token, op: BoolOp) -> P<'t, Expr> {
    operand
        .separated_by(just(token))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(move |mut values, e| {
            if values.len() == 1 {
                values
                    .pop()
                    .unwrap_or_else(|| placeholder(span_of(e.span())))
            } else {
                expr(ExprKind::BoolOp { op, values }, e.span())
            }
        })
        .boxed()
}

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
fn sort_params<'t>(
    items: Vec<ParamItem>,
    emitter: &mut chumsky::input::Emitter<Rich<'t, Token, SimpleSpan>>,
) -> Params {
    let mut params = Params::default();
    let mut after_star = false;
    let mut star_span = None;
    let mut seen_default = false;
    let mut fail = |span: Span, message: &str| {
        emitter.emit(Rich::custom(SimpleSpan::from(span.range()), message))
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
