//! The grammar: tokens from [`crate::syntax::lexer`] to the tree in [`crate::syntax::ast`].
//!
//! Written with chumsky 0.12 over the token slice. The grammar is built once per thread (see
//! [`ModuleGrammar`]) because building it allocates a web of reference-counted parsers that
//! `Recursive::declare` never frees. Productions are named as in CPython's grammar
//! (`star_expressions`, `primary`, `compound_stmt`, `block`, ...). Syntax errors are turned into
//! CPython 3.11's wording by [`errors`], which looks at the tokens around the failure, the way
//! CPython's second "invalid_" pass does.

mod errors;
mod expr;
mod failure;
mod stmt;

use std::cell::RefCell;

use chumsky::cache::{Cache, Cached};
use chumsky::input::MappedInput;
use chumsky::prelude::*;

use failure::ParseError;

use crate::source::{Source, Span};
use crate::syntax::ast;
use crate::syntax::ast::{Block, Expr, ExprKind, Module};
use crate::syntax::error::SyntaxError;
use crate::syntax::lexer::{lex, Token};

/// The parser's input: the lexer's tokens, split into token and span.
pub(crate) type In<'t> = MappedInput<'t, Token, SimpleSpan, &'t [(Token, SimpleSpan)]>;
pub(crate) type Extra<'t> = extra::Err<ParseError<'t>>;
/// Every production is boxed: it keeps the types (and compile times) small.
pub(crate) type P<'t, O> = Boxed<'t, 't, In<'t>, O, Extra<'t>>;

/// How deeply expressions may nest. CPython 3.11 compiles `1+1+...+1` with up to 2993 terms
/// at module level and raises `RecursionError` beyond. We stop at 1000: past this limit we
/// stop building the tree, and a tree of this depth can still be dropped (recursively, by the
/// derived `Drop`) when the parser backtracks inside one of chumsky's small stack segments.
pub(crate) const MAX_EXPRESSION_DEPTH: usize = 1000;

/// Converts a chumsky span to ours.
pub(crate) fn span_of(span: SimpleSpan) -> Span {
    Span::new(span.start, span.end)
}

/// The grammar for a whole file, built once per thread by [`Cache`].
#[derive(Default)]
struct ModuleGrammar;

impl Cached for ModuleGrammar {
    type Parser<'t> = P<'t, Block>;

    fn make_parser<'t>(self) -> Self::Parser<'t> {
        stmt::file()
    }
}

thread_local! {
    static GRAMMAR: RefCell<Option<Cache<ModuleGrammar>>> = const { RefCell::new(None) };
}

/// Parses a whole program. On failure, the first error is the one CPython 3.11 would report
/// (same message and line); later ones come from error recovery and are a bonus.
pub fn parse(source: &Source) -> Result<Module, Vec<SyntaxError>> {
    let text = &source.text;
    let lexed = lex(text);
    if let Some(error) = lexed.error {
        // CPython checks the whole token stream when parsing fails, and a tokenizer error then
        // wins over any parser error, so it is the one to report.
        return Err(vec![error]);
    }
    let tokens: Vec<(Token, SimpleSpan)> = lexed
        .tokens
        .into_iter()
        .map(|(token, span)| (token, SimpleSpan::from(span.range())))
        .collect();
    let end = text.len();
    let (body, parse_errors) = GRAMMAR.with(|cell| {
        let mut slot = cell.borrow_mut();
        let cache = slot.get_or_insert_with(Cache::default);
        let input = tokens
            .as_slice()
            .split_token_span(SimpleSpan::from(end..end));
        cache.get().parse(input).into_output_errors()
    });
    if parse_errors.is_empty() && lexed.unclosed.is_none() {
        if let Some(body) = body {
            return Ok(Module {
                body,
                scope: Default::default(),
                warnings: Vec::new(),
            });
        }
    }
    let mut errors: Vec<SyntaxError> = parse_errors
        .into_iter()
        .map(|error| errors::convert(error, &tokens, text))
        .collect();
    if let Some(unclosed) = lexed.unclosed {
        if errors::unclosed_bracket_wins(errors.first(), &unclosed, &tokens, text) {
            errors = vec![unclosed];
        }
    }
    if errors.is_empty() {
        errors.push(SyntaxError::syntax("invalid syntax", Span::new(end, end)));
    }
    Err(errors)
}

/// Parses a single expression (for tests and tools); the text must hold nothing else.
pub fn parse_expression(source: &Source) -> Result<Expr, Vec<SyntaxError>> {
    let module = parse(source)?;
    let mut body = module.body;
    if body.len() == 1 {
        if let Some(stmt) = body.pop() {
            if let ast::StmtKind::Expr(expr) = stmt.node {
                return Ok(expr);
            }
        }
    }
    let span = Span::new(0, source.text.len());
    Err(vec![SyntaxError::syntax(
        "expected a single expression",
        span,
    )])
}

/// A stand-in for a node we refused to build (too deep, out of scope): the parse has already
/// failed with an error, so its value never matters.
pub(crate) fn placeholder(span: Span) -> Expr {
    Expr::new(ExprKind::None, span)
}
