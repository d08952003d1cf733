//! Statements: `simple_stmts` on one line, `compound_stmt` with a `block`, and the `file`.
//!
//! This file holds `file` and `block`; the statements are in [`simple`] and [`compound`], and
//! the checks on assignment and deletion targets in [`targets`].

mod compound;
mod simple;
mod targets;

use chumsky::prelude::*;

use crate::syntax::parser::failure::ParseError;
use chumsky::recursive::{Indirect, Recursive};

use super::expr::{expression_grammar, ExprGrammar};
use super::{span_of, Extra, In, P};
use crate::source::Span;
use crate::syntax::ast::{Block, Stmt, StmtKind};
use crate::syntax::lexer::Token;

use compound::compound_stmt;
use simple::simple_stmts;

type DeclaredBlock<'t> = Recursive<Indirect<'t, 't, In<'t>, Block, Extra<'t>>>;
type Emitter<'t> = chumsky::input::Emitter<ParseError<'t>>;

fn stmt(node: StmtKind, span: SimpleSpan) -> Stmt {
    Stmt::new(node, span_of(span))
}

fn custom<'t>(span: Span, message: impl ToString) -> ParseError<'t> {
    ParseError::custom(SimpleSpan::from(span.range()), message)
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
