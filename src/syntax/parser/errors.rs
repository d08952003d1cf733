//! From chumsky's "found X, expected Y" to the messages CPython 3.11 prints.
//!
//! CPython finds its specific messages with a second pass of "invalid_" grammar rules; we get
//! the same effect by looking at the tokens around the failure: what the logical line starts
//! with, what came just before, whether we are inside brackets.

use super::failure::{ParseError, Reason};
use chumsky::span::SimpleSpan;

use super::expr::RECURSION_MARK;
use crate::source::Span;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::lexer::Token;

type Tokens = [(Token, SimpleSpan)];

fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Index of the first token starting at or after `offset` (`tokens.len()` at the end).
fn token_index(tokens: &Tokens, offset: usize) -> usize {
    tokens.partition_point(|(_, span)| span.start < offset)
}

/// Index of the first token of the logical line that contains token `index`.
fn line_start(tokens: &Tokens, index: usize) -> usize {
    let mut start = index.min(tokens.len());
    while start > 0
        && !matches!(
            tokens[start - 1].0,
            Token::Newline | Token::Indent | Token::Dedent
        )
    {
        start -= 1;
    }
    start
}

/// How many brackets are open just before token `index` (within its logical line).
fn bracket_depth(tokens: &Tokens, index: usize) -> usize {
    let start = line_start(tokens, index);
    let mut depth = 0usize;
    for (token, _) in &tokens[start..index.min(tokens.len())] {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Can this token end an expression (`x`, `1`, `"s"`, `)`)?
fn ends_expression(token: &Token) -> bool {
    matches!(
        token,
        Token::Name(_)
            | Token::Int(_)
            | Token::BigInt(_)
            | Token::Float(_)
            | Token::Str(_)
            | Token::FStringEnd
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

/// Can this token begin an expression?
fn starts_expression(token: &Token) -> bool {
    matches!(
        token,
        Token::Name(_)
            | Token::Int(_)
            | Token::BigInt(_)
            | Token::Float(_)
            | Token::Str(_)
            | Token::FStringStart
            | Token::LParen
            | Token::LBracket
            | Token::LBrace
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
            | Token::Lambda
            | Token::Await
            | Token::Tilde
    )
}

/// The start of the expression that ends at token `index` (walking back over strings,
/// bracketed groups, attribute dots and calls).
fn expression_start(tokens: &Tokens, mut index: usize) -> usize {
    loop {
        let token = &tokens[index].0;
        if matches!(
            token,
            Token::RParen | Token::RBracket | Token::RBrace | Token::FStringEnd
        ) {
            let mut depth = 0usize;
            while index > 0 {
                match tokens[index].0 {
                    Token::RParen | Token::RBracket | Token::RBrace | Token::FStringEnd => {
                        depth += 1
                    }
                    Token::LParen | Token::LBracket | Token::LBrace | Token::FStringStart => {
                        depth -= 1
                    }
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                index -= 1;
            }
        }
        if index == 0 {
            return 0;
        }
        let previous = &tokens[index - 1].0;
        let token = &tokens[index].0;
        let continues = matches!(previous, Token::Dot)
            || (matches!(token, Token::Dot))
            || (matches!(token, Token::LParen | Token::LBracket) && ends_expression(previous))
            || (matches!(token, Token::Str(_) | Token::FStringStart)
                && matches!(previous, Token::Str(_) | Token::FStringEnd));
        if !continues {
            return index;
        }
        index -= 1;
    }
}

/// Is the innermost open bracket before token `index` a `{` that already holds a `key: value`?
fn innermost_open_is_dict(tokens: &Tokens, index: usize) -> bool {
    let mut depth = 0usize;
    let mut saw_colon = false;
    for position in (line_start(tokens, index)..index.min(tokens.len())).rev() {
        match tokens[position].0 {
            Token::RParen | Token::RBracket | Token::RBrace => depth += 1,
            Token::LParen | Token::LBracket if depth == 0 => return false,
            Token::LBrace if depth == 0 => return saw_colon,
            Token::LParen | Token::LBracket | Token::LBrace => depth -= 1,
            Token::Colon if depth == 0 => saw_colon = true,
            Token::Lambda if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// The block-opening statement a logical line starts with, as CPython names it in
/// "expected an indented block after ...".
fn block_owner(tokens: &Tokens, start: usize) -> Option<&'static str> {
    let mut index = start;
    if matches!(tokens.get(index), Some((Token::Async, _))) {
        index += 1;
    }
    Some(match &tokens.get(index)?.0 {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        Token::Name(sym) if &*sym.name() == "match" => "'match' statement",
        _ => return None,
    })
}

fn syntax(message: impl Into<String>, span: SimpleSpan) -> SyntaxError {
    SyntaxError::syntax(message, Span::new(span.start, span.end))
}

/// Converts one chumsky error into CPython's wording.
pub(crate) fn convert(error: ParseError<'_>, tokens: &Tokens, text: &str) -> SyntaxError {
    let span = error.span;
    match error.reason {
        Reason::Custom(message) if message == RECURSION_MARK => SyntaxError::new(
            SyntaxErrorKind::Recursion,
            "maximum recursion depth exceeded during compilation",
            Span::new(span.start, span.end),
        ),
        Reason::Custom(message) => {
            // A rule that failed only because the input ended (`try:` with no handler yet):
            // a REPL reads more.
            let error = syntax(message, span);
            if only_newlines_and_dedents_from(tokens, span.start) {
                error.incomplete()
            } else {
                error
            }
        }
        Reason::ExpectedFound {
            expects_colon,
            found,
        } => diagnose(tokens, text, span, found.as_deref(), expects_colon),
    }
}

/// Whether nothing but the newlines and dedents that end the input follow `position`: a
/// parse that failed there failed because the input ended.
fn only_newlines_and_dedents_from(tokens: &Tokens, position: usize) -> bool {
    let index = token_index(tokens, position);
    tokens[index.min(tokens.len())..]
        .iter()
        .all(|(token, _)| matches!(token, Token::Newline | Token::Dedent))
}

/// Picks CPython's message for a failure at `span` where `found` was not expected.
fn diagnose(
    tokens: &Tokens,
    text: &str,
    span: SimpleSpan,
    found: Option<&Token>,
    expects_colon: bool,
) -> SyntaxError {
    let index = token_index(tokens, span.start);
    let at_end = only_newlines_and_dedents_from(tokens, span.start);
    let end_span = SimpleSpan::from(text.len()..text.len());
    let found_span = tokens.get(index).map_or(end_span, |(_, span)| *span);

    if matches!(found, Some(Token::Indent)) {
        let next = tokens.get(index + 1).map_or(found_span, |(_, span)| *span);
        return SyntaxError::new(
            SyntaxErrorKind::Indentation,
            "unexpected indent",
            Span::new(next.start, next.end),
        );
    }
    if index >= 2
        && matches!(tokens[index - 1].0, Token::Newline)
        && matches!(tokens[index - 2].0, Token::Colon)
    {
        let start = line_start(tokens, index - 2);
        if let Some(owner) = block_owner(tokens, start) {
            let header_line = line_of(text, tokens[start].1.start);
            let at = if at_end { end_span } else { found_span };
            let error = SyntaxError::new(
                SyntaxErrorKind::Indentation,
                format!("expected an indented block after {owner} on line {header_line}"),
                Span::new(at.start, at.end),
            );
            return if at_end { error.incomplete() } else { error };
        }
    }
    let start = line_start(tokens, index);
    let depth = bracket_depth(tokens, index);
    let first = tokens.get(start).map(|(token, _)| token);

    if matches!(found, Some(Token::Equal))
        && depth == 0
        && matches!(first, Some(Token::If | Token::Elif | Token::While))
    {
        let from = tokens
            .get(start + 1)
            .map_or(span.start, |(_, span)| span.start);
        let to = tokens.get(index + 1).map_or(span.end, |(_, span)| span.end);
        return syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            SimpleSpan::from(from..to),
        );
    }
    if matches!(found, Some(Token::Comma)) && depth == 0 && matches!(first, Some(Token::Except)) {
        return syntax("multiple exception types must be parenthesized", found_span);
    }
    if expects_colon && depth > 0 && innermost_open_is_dict(tokens, index) {
        return syntax("':' expected after dictionary key", found_span);
    }
    if expects_colon
        && matches!(found, Some(Token::Newline))
        && depth == 0
        && block_owner(tokens, start).is_some()
    {
        return syntax("expected ':'", found_span);
    }
    if let Some(found_token) = found {
        if index > 0 && starts_expression(found_token) && ends_expression(&tokens[index - 1].0) {
            let previous = &tokens[index - 1].0;
            if depth > 0
                && !(matches!(previous, Token::Name(_))
                    && matches!(found_token, Token::Str(_) | Token::FStringStart))
            {
                let from = tokens[expression_start(tokens, index - 1)].1.start;
                return syntax(
                    "invalid syntax. Perhaps you forgot a comma?",
                    SimpleSpan::from(from..found_span.end),
                );
            }
            if depth == 0 && index == start + 1 {
                if let Token::Name(sym) = previous {
                    if &*sym.name() == "print" || &*sym.name() == "exec" {
                        let to = tokens[index..]
                            .iter()
                            .take_while(|(token, _)| !matches!(token, Token::Newline))
                            .last()
                            .map_or(found_span.end, |(_, span)| span.end);
                        return syntax(
                            format!(
                                "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                                sym, sym
                            ),
                            SimpleSpan::from(tokens[index - 1].1.start..to),
                        );
                    }
                }
            }
        }
    }
    if found.is_none() || at_end && matches!(found, Some(Token::Dedent)) {
        return syntax("unexpected EOF while parsing", end_span).incomplete();
    }
    syntax("invalid syntax", found_span)
}

/// CPython reports an unclosed bracket at end of input instead of a parser error that is on a
/// later line than the bracket, or that happened only because the input ended.
pub(crate) fn unclosed_bracket_wins(
    first: Option<&SyntaxError>,
    unclosed: &SyntaxError,
    tokens: &Tokens,
    text: &str,
) -> bool {
    let Some(first) = first else { return true };
    let error_at = first.span.start as usize;
    // CPython's "forgot a comma" rules look ahead past the second expression, reach the end of
    // input inside the bracket, and so report the bracket instead.
    if first
        .message
        .starts_with("invalid syntax. Perhaps you forgot a comma?")
        && error_at > unclosed.span.start as usize
    {
        return true;
    }
    let index = token_index(tokens, error_at);
    let at_end = tokens[index.min(tokens.len())..]
        .iter()
        .all(|(token, _)| matches!(token, Token::Newline | Token::Dedent));
    at_end || line_of(text, error_at) > line_of(text, unclosed.span.start as usize)
}
