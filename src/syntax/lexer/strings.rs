//! String literals: finding where they end, and decoding their escapes.

use std::iter::Peekable;
use std::rc::Rc;
use std::str::CharIndices;

use crate::source::Span;
use crate::syntax::error::SyntaxError;

use super::{line_of, unicode_names, Driver, Token};

impl Driver<'_> {
    /// Scans a string literal whose prefix and opening quote logos matched as `start`; pushes
    /// its token(s) and returns how many bytes past `start` it covered.
    pub(super) fn string(&mut self, start: Span) -> Result<usize, SyntaxError> {
        let opening = &self.text[start.range()];
        let quote = opening.as_bytes()[opening.len() - 1];
        let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
        let after_quote = start.end as usize;
        let rest = &self.text.as_bytes()[after_quote..self.end];
        let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
        let content_start = if triple { after_quote + 2 } else { after_quote };
        let raw = prefix.contains('r');
        let content_end = self.find_string_end(start, content_start, quote, triple)?;
        let close_len = if triple { 3 } else { 1 };
        let literal_end = content_end + close_len;
        let whole = Span::new(start.start as usize, literal_end);
        if prefix.contains('b') {
            return Err(SyntaxError::syntax(
                "bytes literals are not supported by pyco",
                whole,
            ));
        }
        if prefix.contains('f') {
            self.tokens.push((
                Token::FStringStart,
                Span::new(start.start as usize, content_start),
            ));
            self.fstring_pieces(content_start, content_end, raw, self.fstring_nesting)?;
            self.tokens
                .push((Token::FStringEnd, Span::new(content_end, literal_end)));
        } else {
            let value = decode_escapes(&self.text[content_start..content_end], raw)
                .map_err(|message| SyntaxError::syntax(message, whole))?;
            self.tokens.push((Token::Str(Rc::from(value)), whole));
        }
        Ok(literal_end - after_quote)
    }

    /// Finds the offset of the closing quote(s) of a string whose content starts at `from`.
    fn find_string_end(
        &self,
        start: Span,
        from: usize,
        quote: u8,
        triple: bool,
    ) -> Result<usize, SyntaxError> {
        let bytes = self.text.as_bytes();
        let mut position = from;
        while position < self.end {
            let byte = bytes[position];
            if byte == b'\\' {
                // A `\` before a CRLF continues the line: the pair is one line end.
                let crlf = bytes.get(position + 1..position + 3) == Some(b"\r\n");
                position += if crlf { 3 } else { 2 };
                continue;
            }
            if byte == quote {
                let closes_triple = position + 3 <= self.end
                    && bytes[position + 1] == quote
                    && bytes[position + 2] == quote;
                if !triple || closes_triple {
                    return Ok(position);
                }
            } else if !triple && (byte == b'\n' || byte == b'\r') {
                let at = Span::new(start.start as usize, start.start as usize + 1);
                return Err(SyntaxError::syntax(
                    format!(
                        "unterminated string literal (detected at line {})",
                        line_of(self.text, position)
                    ),
                    at,
                ));
            }
            position += 1;
        }
        let at = Span::new(start.start as usize, start.start as usize + 1);
        if triple {
            let last = self.end.saturating_sub(1).max(start.start as usize);
            Err(SyntaxError::syntax(
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    line_of(self.text, last)
                ),
                at,
            )
            .incomplete())
        } else {
            let last = self.end.max(start.start as usize);
            Err(SyntaxError::syntax(
                format!(
                    "unterminated string literal (detected at line {})",
                    line_of(self.text, last)
                ),
                at,
            ))
        }
    }
}

/// Reads the `{NAME}` of a `\N{NAME}` escape and looks the name up.
fn named_character(chars: &mut Peekable<CharIndices<'_>>) -> Option<char> {
    chars.next_if(|&(_, c)| c == '{')?;
    let mut name = String::new();
    for (_, c) in chars.by_ref() {
        if c == '}' {
            let name = name.to_ascii_uppercase();
            let found =
                unicode_names::NAMES.binary_search_by(|(entry, _)| (*entry).cmp(name.as_str()));
            return found
                .ok()
                .and_then(|i| char::from_u32(unicode_names::NAMES[i].1));
        }
        name.push(c);
    }
    None
}

/// Decodes a string literal's escapes (`raw` strings keep them verbatim). The error message is
/// CPython's `(unicode error)` wording.
pub fn decode_escapes(content: &str, raw: bool) -> Result<String, String> {
    // Line ends inside literals read as `\n`, as CPython's universal newlines make them.
    let normalized;
    let content = if content.contains('\r') {
        normalized = content.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        content
    };
    if raw || !content.contains('\\') {
        return Ok(content.to_string());
    }
    let mut out = String::with_capacity(content.len());
    let mut chars = content.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, escape)) = chars.next() else {
            out.push('\\');
            break;
        };
        match escape {
            '\n' => {}
            '\r' => {
                if let Some(&(_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = escape.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (count, name) = match escape {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut value = 0u32;
                let mut found = 0;
                while found < count {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            found += 1;
                        }
                        _ => break,
                    }
                }
                let codec = "unicodeescape";
                if found < count {
                    return Err(format!(
                        "(unicode error) '{codec}' codec can't decode bytes in position {}-{}: \
                         truncated {name} escape",
                        index,
                        index + 1 + found
                    ));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(format!(
                            "(unicode error) '{codec}' codec can't decode bytes in position {}-{}: \
                             illegal Unicode character",
                            index,
                            index + 1 + found
                        ))
                    }
                }
            }
            'N' => {
                let named = named_character(&mut chars);
                match named {
                    Some(character) => out.push(character),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                             {index}-{}: unknown Unicode character name",
                            content.len().saturating_sub(1)
                        ))
                    }
                }
            }
            other => {
                // Unknown escapes keep their backslash, as in CPython.
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
