//! Number literals: their values, and CPython's refusals of what follows or precedes them.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::source::Span;
use crate::syntax::error::SyntaxError;

use super::{Driver, RawNumber, Token};

impl Driver<'_> {
    /// Computes a number literal's value and rejects what CPython rejects after it.
    pub(super) fn number(&self, kind: RawNumber, span: Span) -> Result<Token, SyntaxError> {
        let literal = &self.text[span.range()];
        let after = &self.text[span.end as usize..self.end];
        let next = after.chars().next();
        let kind_name = match kind {
            RawNumber::Decimal | RawNumber::Float => "decimal",
            RawNumber::Hex => "hexadecimal",
            RawNumber::Octal => "octal",
            RawNumber::Binary => "binary",
        };
        if let Some(c) = next {
            if c == 'j' || c == 'J' {
                let end = span.end as usize + 1;
                return Err(SyntaxError::syntax(
                    "complex numbers are not supported by pyco",
                    Span::new(span.start as usize, end),
                ));
            }
            if literal == "0" && matches!(c, 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
                let name = match c.to_ascii_lowercase() {
                    'x' => "hexadecimal",
                    'o' => "octal",
                    _ => "binary",
                };
                let at = Span::new(span.end as usize, span.end as usize + 1);
                return Err(SyntaxError::syntax(format!("invalid {name} literal"), at));
            }
            let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
                .iter()
                .any(|keyword| after.starts_with(keyword));
            if (c == '_' || is_identifier_continue(c)) && !keyword_follows {
                return Err(SyntaxError::syntax(
                    format!("invalid {kind_name} literal"),
                    span,
                ));
            }
        }
        let digits: String = literal.chars().filter(|&c| c != '_').collect();
        let (radix, body) = match kind {
            RawNumber::Float => {
                let value = digits.parse::<f64>().unwrap_or(f64::INFINITY);
                return Ok(Token::Float(value));
            }
            RawNumber::Decimal => {
                if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0')
                {
                    return Err(SyntaxError::syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o \
                         prefix for octal integers",
                        span,
                    ));
                }
                (10, &digits[..])
            }
            RawNumber::Hex => (16, &digits[2..]),
            RawNumber::Octal => (8, &digits[2..]),
            RawNumber::Binary => (2, &digits[2..]),
        };
        if let Ok(value) = i64::from_str_radix(body, radix) {
            return Ok(Token::Int(value));
        }
        match BigInt::parse_bytes(body.as_bytes(), radix) {
            Some(value) => Ok(Token::BigInt(Rc::new(value))),
            None => Err(SyntaxError::syntax(
                format!("invalid {kind_name} literal"),
                span,
            )),
        }
    }
}

fn is_identifier_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}
