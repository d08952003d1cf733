//! F-strings: their text split into pieces, and each `{field}`'s expression lexed in place
//! (absolute spans), followed by its conversion, `=` and format spec.

use std::rc::Rc;

use crate::source::Span;
use crate::syntax::error::SyntaxError;

use super::strings::decode_escapes;
use super::{Driver, FieldMeta, Mode, Step, Token};

/// How deeply f-string format specs may nest fields (`f"{x:{y:{z}}}"` is already too deep).
const MAX_FSTRING_NESTING: usize = 2;

impl Driver<'_> {
    /// Splits f-string content `from..to` into text pieces and fields, pushing their tokens.
    pub(super) fn fstring_pieces(
        &mut self,
        from: usize,
        to: usize,
        raw: bool,
        depth: usize,
    ) -> Step {
        let bytes = self.text.as_bytes();
        let mut literal_start = from;
        let mut text = String::new();
        let mut position = from;
        let flush = |driver: &mut Self, text: &mut String, start: usize, end: usize| -> Step {
            if start < end {
                let decoded = decode_escapes(text, raw)
                    .map_err(|message| SyntaxError::syntax(message, Span::new(start, end)))?;
                if !decoded.is_empty() {
                    driver
                        .tokens
                        .push((Token::FStringText(Rc::from(decoded)), Span::new(start, end)));
                }
            }
            text.clear();
            Ok(())
        };
        while position < to {
            let byte = bytes[position];
            if byte == b'\\' && !raw {
                // Keep escapes whole so `\{` is not taken for a field.
                let width = self.text[position + 1..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
                text.push_str(&self.text[position..(position + 1 + width).min(to)]);
                position = (position + 1 + width).min(to);
                continue;
            }
            if byte == b'{' || byte == b'}' {
                if position + 1 < to && bytes[position + 1] == byte {
                    text.push(byte as char);
                    position += 2;
                    continue;
                }
                if byte == b'}' {
                    return Err(SyntaxError::syntax(
                        "f-string: single '}' is not allowed",
                        Span::new(position, position + 1),
                    ));
                }
                flush(self, &mut text, literal_start, position)?;
                position = self.fstring_field(position, to, raw, depth)?;
                literal_start = position;
                continue;
            }
            let width = self.text[position..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            text.push_str(&self.text[position..position + width]);
            position += width;
        }
        flush(self, &mut text, literal_start, to)
    }

    /// Lexes the field whose `{` is at `open`; returns the offset just past its `}`.
    fn fstring_field(
        &mut self,
        open: usize,
        to: usize,
        raw: bool,
        depth: usize,
    ) -> Result<usize, SyntaxError> {
        if depth >= MAX_FSTRING_NESTING {
            return Err(SyntaxError::syntax(
                "f-string: expressions nested too deeply",
                Span::new(open, open + 1),
            ));
        }
        let bytes = self.text.as_bytes();
        let expecting_brace = || SyntaxError::syntax("f-string: expecting '}'", Span::new(to, to));
        let expression_start = open + 1;
        let mut position = expression_start;
        let mut nesting = 0usize;
        let mut debug = false;
        // Find where the expression ends: a top-level `}`, `!` (not `!=`), `:` or `=`.
        let expression_end = loop {
            let Some(&byte) = bytes.get(position).filter(|_| position < to) else {
                return Err(expecting_brace());
            };
            match byte {
                b'(' | b'[' | b'{' => nesting += 1,
                b')' | b']' | b'}' if nesting > 0 => nesting -= 1,
                b'}' => break position,
                b'\'' | b'"' => {
                    position = self.skip_nested_string(position, to)?;
                    continue;
                }
                b'\\' => {
                    return Err(SyntaxError::syntax(
                        "f-string expression part cannot include a backslash",
                        Span::new(position, position + 1),
                    ))
                }
                b'#' => {
                    return Err(SyntaxError::syntax(
                        "f-string expression part cannot include '#'",
                        Span::new(position, position + 1),
                    ))
                }
                b'!' | b'=' | b'<' | b'>' if bytes.get(position + 1) == Some(&b'=') => {
                    position += 2;
                    continue;
                }
                b'!' | b':' if nesting == 0 => break position,
                b'=' if nesting == 0 => {
                    debug = true;
                    break position;
                }
                _ => {}
            }
            position += 1;
        };
        let expression = &self.text[expression_start..expression_end];
        if expression.trim().is_empty() {
            return Err(SyntaxError::syntax(
                "f-string: empty expression not allowed",
                Span::new(expression_end, expression_end + 1),
            ));
        }
        self.tokens
            .push((Token::FieldStart, Span::new(open, open + 1)));
        // The expression is compiled afresh, as CPython 3.11 compiles it: an f-string inside
        // it starts its own count of nested format specs (`f'{f"{1}"}'` nests quotes, not
        // fields). The quotes bound that nesting: an inner string cannot hold its enclosing quote.
        let mut inner = Driver::new(
            self.text,
            expression_start,
            expression_end,
            Mode::Fragment,
            0,
        );
        inner.run_inner()?;
        if let Some((opener, span)) = inner.brackets.first() {
            return Err(SyntaxError::syntax(
                format!("f-string: '{opener}' was never closed"),
                *span,
            ));
        }
        self.tokens.append(&mut inner.tokens);

        position = expression_end;
        let mut debug_text = None;
        if debug {
            position += 1;
            while position < to && (bytes[position] == b' ' || bytes[position] == b'\t') {
                position += 1;
            }
            debug_text = Some(self.text[expression_start..position].to_string());
        }
        let mut conversion = None;
        if position < to && bytes[position] == b'!' {
            let letter = self.text[position + 1..to].chars().next();
            match letter {
                Some(c @ ('r' | 's' | 'a')) => {
                    conversion = Some(c);
                    position += 2;
                }
                None => return Err(expecting_brace()),
                Some(_) => {
                    return Err(SyntaxError::syntax(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        Span::new(position + 1, position + 2),
                    ))
                }
            }
        }
        let has_spec = position < to && bytes[position] == b':';
        if debug && conversion.is_none() && !has_spec {
            // `{x=}` shows the repr unless a conversion or format spec says otherwise.
            conversion = Some('r');
        }
        let meta = FieldMeta {
            conversion,
            debug_text,
        };
        self.tokens.push((
            Token::FieldMeta(Rc::new(meta)),
            Span::new(expression_end, position),
        ));
        if has_spec {
            let spec_start = position + 1;
            let spec_end = self.find_spec_end(spec_start, to)?;
            self.fstring_pieces(spec_start, spec_end, raw, depth + 1)?;
            position = spec_end;
        }
        if position >= to || bytes[position] != b'}' {
            return Err(expecting_brace());
        }
        self.tokens
            .push((Token::FieldEnd, Span::new(position, position + 1)));
        Ok(position + 1)
    }

    /// The end of a format spec: the `}` that closes its field (nested `{}` balanced).
    fn find_spec_end(&self, from: usize, to: usize) -> Result<usize, SyntaxError> {
        let bytes = self.text.as_bytes();
        let mut nesting = 0usize;
        for (position, &byte) in bytes.iter().enumerate().take(to).skip(from) {
            match byte {
                b'{' => nesting += 1,
                b'}' if nesting == 0 => return Ok(position),
                b'}' => nesting -= 1,
                _ => {}
            }
        }
        Err(SyntaxError::syntax(
            "f-string: expecting '}'",
            Span::new(to, to),
        ))
    }

    /// Skips a string literal inside an f-string field; returns the offset past it.
    fn skip_nested_string(&self, open: usize, to: usize) -> Result<usize, SyntaxError> {
        let bytes = self.text.as_bytes();
        let quote = bytes[open];
        let triple = open + 2 < to && bytes[open + 1] == quote && bytes[open + 2] == quote;
        let mut position = open + if triple { 3 } else { 1 };
        while position < to {
            if bytes[position] == quote {
                if !triple {
                    return Ok(position + 1);
                }
                if position + 2 < to && bytes[position + 1] == quote && bytes[position + 2] == quote
                {
                    return Ok(position + 3);
                }
            }
            position += 1;
        }
        Err(SyntaxError::syntax(
            "f-string: unterminated string",
            Span::new(open, open + 1),
        ))
    }
}
