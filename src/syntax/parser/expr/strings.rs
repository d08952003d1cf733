//! String literals: adjacent strings and f-strings concatenated into one node.

use std::rc::Rc;

use chumsky::prelude::*;

use super::expr;
use crate::syntax::ast::{Expr, ExprKind, FStringPart, FormattedField};
use crate::syntax::lexer::Token;
use crate::syntax::parser::P;

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
pub(super) fn strings<'t>(star_expressions: P<'t, Expr>) -> P<'t, Expr> {
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
