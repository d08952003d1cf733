//! Tokens and the indentation pass.
//!
//! `logos` recognises the individual tokens; [`lex`] drives it and adds what a regular lexer
//! cannot: NEWLINE / INDENT / DEDENT from leading whitespace (dropped inside brackets), `\` line
//! joining, string literals scanned by hand (triple quotes, escapes, prefixes) and f-strings split
//! into pieces whose `{fields}` are lexed recursively, with absolute spans, so the parser sees one
//! flat token stream. Errors are worded as CPython 3.11's tokenizer words them; like CPython's
//! tokenizer, lexing stops at the first error.
//!
//! This file holds [`lex`] and the driver's main loop (brackets, line joining, invalid
//! characters); the tokens themselves are in [`token`], and the driver's other passes in
//! [`indentation`], [`numbers`], [`strings`] and [`fstrings`].

mod fstrings;
mod indentation;
mod numbers;
mod strings;
mod token;
mod unicode_names;

use logos::Logos;

use crate::source::Span;
use crate::syntax::error::SyntaxError;

use indentation::IndentLevel;

pub use strings::decode_escapes;
pub use token::{FieldMeta, RawNumber, Token};

/// CPython's refusal of a NUL byte anywhere in a file.
pub const NULL_BYTES_MESSAGE: &str = "source code cannot contain null bytes";
/// CPython's limit on nested brackets (`MAXLEVEL` in its tokenizer).
const MAX_BRACKET_DEPTH: usize = 200;

/// The lexer's result: every token up to the first error, and that error.
#[derive(Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<(Token, Span)>,
    /// A tokenizer error (CPython reports these in preference to parser errors).
    pub error: Option<SyntaxError>,
    /// The input ended inside an open bracket: `'(' was never closed`. Kept apart from `error`
    /// because CPython only reports it when the parser fails after the bracket's line.
    pub unclosed: Option<SyntaxError>,
}

/// Lexes a whole module.
pub fn lex(text: &str) -> Lexed {
    // CPython's tokenizer refuses a NUL byte when it reads the line holding it: errors on the
    // lines before win, anything from that line on (an open bracket or string too) does not.
    let null_byte = text.find('\0');
    let end = null_byte.map_or(text.len(), |at| {
        text[..at].rfind('\n').map_or(0, |nl| nl + 1)
    });
    let mut driver = Driver::new(text, 0, end, Mode::Module, 0);
    driver.run();
    if let Some(at) = null_byte {
        if driver.error.as_ref().is_none_or(|error| error.incomplete) {
            driver.error = Some(SyntaxError::syntax(
                NULL_BYTES_MESSAGE,
                Span::new(at, at + 1),
            ));
            driver.unclosed = None;
        }
    }
    Lexed {
        tokens: driver.tokens,
        error: driver.error,
        unclosed: driver.unclosed,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A file: NEWLINE / INDENT / DEDENT are produced.
    Module,
    /// The expression of an f-string field: newlines are whitespace, as inside brackets.
    Fragment,
}

struct Driver<'s> {
    /// The whole source text; spans are offsets into it.
    text: &'s str,
    /// The region this driver lexes.
    start: usize,
    end: usize,
    mode: Mode,
    fstring_nesting: usize,
    tokens: Vec<(Token, Span)>,
    brackets: Vec<(char, Span)>,
    indents: Vec<IndentLevel>,
    error: Option<SyntaxError>,
    unclosed: Option<SyntaxError>,
}

type Step = Result<(), SyntaxError>;

impl<'s> Driver<'s> {
    fn new(text: &'s str, start: usize, end: usize, mode: Mode, fstring_nesting: usize) -> Self {
        Driver {
            text,
            start,
            end,
            mode,
            fstring_nesting,
            tokens: Vec::new(),
            brackets: Vec::new(),
            indents: vec![IndentLevel {
                column: 0,
                alt_column: 0,
            }],
            error: None,
            unclosed: None,
        }
    }

    fn run(&mut self) {
        if let Err(error) = self.run_inner() {
            self.error = Some(error);
        }
    }

    fn run_inner(&mut self) -> Step {
        let region = &self.text[self.start..self.end];
        let mut lexer = Token::lexer(region);
        if self.mode == Mode::Module {
            let skipped = self.indentation(0)?;
            lexer.bump(skipped);
        }
        while let Some(result) = lexer.next() {
            let range = lexer.span();
            let span = Span::new(self.start + range.start, self.start + range.end);
            let token = match result {
                Ok(token) => token,
                Err(()) => return Err(self.invalid_character(span.start as usize)),
            };
            match token {
                Token::RawNewline => {
                    if self.mode == Mode::Fragment || !self.brackets.is_empty() {
                        continue;
                    }
                    if !matches!(self.tokens.last(), None | Some((Token::Newline, _))) {
                        self.tokens.push((Token::Newline, span));
                    }
                    let skipped = self.indentation(span.end as usize - self.start)?;
                    lexer.bump(skipped);
                }
                Token::Backslash => {
                    let at_end = range.end == region.len();
                    if span.end - span.start == 1 && !at_end {
                        return Err(SyntaxError::syntax(
                            "unexpected character after line continuation character",
                            Span::new(span.end as usize, span.end as usize),
                        ));
                    }
                    if at_end {
                        let end = Span::new(span.start as usize + 1, span.start as usize + 1);
                        return Err(
                            SyntaxError::syntax("unexpected EOF while parsing", end).incomplete()
                        );
                    }
                }
                Token::RawNumber(kind) => {
                    let token = self.number(kind, span)?;
                    self.tokens.push((token, span));
                }
                Token::StringStart => {
                    let consumed = self.string(span)?;
                    lexer.bump(consumed);
                }
                Token::LParen | Token::LBracket | Token::LBrace => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(SyntaxError::syntax("too many nested parentheses", span));
                    }
                    let opener = region[range.clone()].chars().next().unwrap_or('(');
                    self.brackets.push((opener, span));
                    self.tokens.push((token, span));
                }
                Token::RParen | Token::RBracket | Token::RBrace => {
                    self.close_bracket(&region[range.clone()], span)?;
                    self.tokens.push((token, span));
                }
                token => self.tokens.push((token, span)),
            }
        }
        self.finish();
        Ok(())
    }

    /// The end of input: close the last line, every open block, and note an open bracket.
    fn finish(&mut self) {
        if self.mode == Mode::Fragment {
            return;
        }
        let eof = Span::new(self.end, self.end);
        if let Some(&(opener, span)) = self.brackets.first() {
            self.unclosed = Some(
                SyntaxError::syntax(format!("'{opener}' was never closed"), span).incomplete(),
            );
        }
        if !matches!(self.tokens.last(), None | Some((Token::Newline, _))) {
            self.tokens.push((Token::Newline, eof));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push((Token::Dedent, eof));
        }
    }

    fn close_bracket(&mut self, closer: &str, span: Span) -> Step {
        let closer = closer.chars().next().unwrap_or(')');
        let Some((opener, opener_span)) = self.brackets.pop() else {
            return Err(SyntaxError::syntax(format!("unmatched '{closer}'"), span));
        };
        let expected = match opener {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if closer == expected {
            return Ok(());
        }
        let opener_line = line_of(self.text, opener_span.start as usize);
        let message = if opener_line == line_of(self.text, span.start as usize) {
            format!("closing parenthesis '{closer}' does not match opening parenthesis '{opener}'")
        } else {
            format!(
                "closing parenthesis '{closer}' does not match opening parenthesis '{opener}' \
                 on line {opener_line}"
            )
        };
        Err(SyntaxError::syntax(message, span))
    }

    fn invalid_character(&self, offset: usize) -> SyntaxError {
        let character = self.text[offset..].chars().next().unwrap_or(' ');
        let span = Span::new(offset, offset + character.len_utf8());
        if character.is_ascii() && !character.is_ascii_control() {
            // `$`, `?`, `!`, a backtick: CPython's parser calls these plain invalid syntax.
            return SyntaxError::syntax("invalid syntax", span);
        }
        if is_printable(character) {
            SyntaxError::syntax(
                format!(
                    "invalid character '{character}' (U+{:04X})",
                    character as u32
                ),
                span,
            )
        } else {
            SyntaxError::syntax(
                format!("invalid non-printable character U+{:04X}", character as u32),
                span,
            )
        }
    }
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Roughly Python's `str.isprintable` for one character: not a control, format or separator
/// character (other than the ordinary space).
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x2028..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF)
}
