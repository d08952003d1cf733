//! Tokens and the indentation pass.
//!
//! `logos` recognises the individual tokens; [`lex`] drives it and adds what a regular lexer
//! cannot: NEWLINE / INDENT / DEDENT from leading whitespace (dropped inside brackets), `\` line
//! joining, string literals scanned by hand (triple quotes, escapes, prefixes) and f-strings split
//! into pieces whose `{fields}` are lexed recursively, with absolute spans, so the parser sees one
//! flat token stream. Errors are worded as CPython 3.11's tokenizer words them; like CPython's
//! tokenizer, lexing stops at the first error.

use std::fmt;
use std::rc::Rc;

use logos::Logos;

mod unicode_names;
use num_bigint::BigInt;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

/// CPython's refusal of a NUL byte anywhere in a file.
pub const NULL_BYTES_MESSAGE: &str = "source code cannot contain null bytes";
/// CPython's limit on nested brackets (`MAXLEVEL` in its tokenizer).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;
/// How deeply f-string format specs may nest fields (`f"{x:{y:{z}}}"` is already too deep).
const MAX_FSTRING_NESTING: usize = 2;

/// What an f-string field carries after its expression: `!r` and the `x=` of `{x=}`.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldMeta {
    pub conversion: Option<char>,
    pub debug_text: Option<String>,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Token {
    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // Operators and delimiters.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    Walrus,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semicolon,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,

    // Literals and names. Numbers and strings get their values in the driver, which also
    // checks what follows a number (`1abc` is an error, `1if x else y` is not).
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", |lex| Sym::intern(lex.slice()))]
    Name(Sym),
    #[regex(r"[0-9](_?[0-9])*", |_| RawNumber::Decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |_| RawNumber::Hex)]
    #[regex(r"0[oO](_?[0-7])+", |_| RawNumber::Octal)]
    #[regex(r"0[bB](_?[01])+", |_| RawNumber::Binary)]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", |_| RawNumber::Float)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", |_| RawNumber::Float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", |_| RawNumber::Float)]
    RawNumber(RawNumber),
    #[regex(r#"([rRuUfFbB]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    StringStart,
    #[regex(r"\\(\r?\n|\r)?")]
    Backslash,
    #[regex(r"\r?\n|\r")]
    RawNewline,

    // Produced by the driver, never by logos.
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    /// The opening `f"` of an f-string; pieces follow until [`Token::FStringEnd`].
    FStringStart,
    /// Literal text inside an f-string (escapes and `{{` already decoded).
    FStringText(Rc<str>),
    /// `{` opening a replacement field; the expression's tokens follow, then a `FieldMeta`,
    /// then the format spec's pieces, then `FieldEnd`.
    FieldStart,
    FieldMeta(Rc<FieldMeta>),
    FieldEnd,
    FStringEnd,
    Newline,
    Indent,
    Dedent,
}

/// Which kind of number literal logos matched; the driver computes the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawNumber {
    Decimal,
    Hex,
    Octal,
    Binary,
    Float,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Token::False => "'False'",
            Token::None => "'None'",
            Token::True => "'True'",
            Token::And => "'and'",
            Token::As => "'as'",
            Token::Assert => "'assert'",
            Token::Async => "'async'",
            Token::Await => "'await'",
            Token::Break => "'break'",
            Token::Class => "'class'",
            Token::Continue => "'continue'",
            Token::Def => "'def'",
            Token::Del => "'del'",
            Token::Elif => "'elif'",
            Token::Else => "'else'",
            Token::Except => "'except'",
            Token::Finally => "'finally'",
            Token::For => "'for'",
            Token::From => "'from'",
            Token::Global => "'global'",
            Token::If => "'if'",
            Token::Import => "'import'",
            Token::In => "'in'",
            Token::Is => "'is'",
            Token::Lambda => "'lambda'",
            Token::Nonlocal => "'nonlocal'",
            Token::Not => "'not'",
            Token::Or => "'or'",
            Token::Pass => "'pass'",
            Token::Raise => "'raise'",
            Token::Return => "'return'",
            Token::Try => "'try'",
            Token::While => "'while'",
            Token::With => "'with'",
            Token::Yield => "'yield'",
            Token::Plus => "'+'",
            Token::Minus => "'-'",
            Token::Star => "'*'",
            Token::DoubleStar => "'**'",
            Token::Slash => "'/'",
            Token::DoubleSlash => "'//'",
            Token::Percent => "'%'",
            Token::At => "'@'",
            Token::LShift => "'<<'",
            Token::RShift => "'>>'",
            Token::Amper => "'&'",
            Token::Pipe => "'|'",
            Token::Caret => "'^'",
            Token::Tilde => "'~'",
            Token::Walrus => "':='",
            Token::Less => "'<'",
            Token::Greater => "'>'",
            Token::LessEqual => "'<='",
            Token::GreaterEqual => "'>='",
            Token::EqEqual => "'=='",
            Token::NotEqual => "'!='",
            Token::LParen => "'('",
            Token::RParen => "')'",
            Token::LBracket => "'['",
            Token::RBracket => "']'",
            Token::LBrace => "'{'",
            Token::RBrace => "'}'",
            Token::Comma => "','",
            Token::Colon => "':'",
            Token::Dot => "'.'",
            Token::Ellipsis => "'...'",
            Token::Semicolon => "';'",
            Token::Equal => "'='",
            Token::Arrow => "'->'",
            Token::PlusEqual => "'+='",
            Token::MinusEqual => "'-='",
            Token::StarEqual => "'*='",
            Token::SlashEqual => "'/='",
            Token::DoubleSlashEqual => "'//='",
            Token::PercentEqual => "'%='",
            Token::AtEqual => "'@='",
            Token::AmperEqual => "'&='",
            Token::PipeEqual => "'|='",
            Token::CaretEqual => "'^='",
            Token::LShiftEqual => "'<<='",
            Token::RShiftEqual => "'>>='",
            Token::DoubleStarEqual => "'**='",
            Token::Name(name) => return write!(f, "name '{name}'"),
            Token::RawNumber(_) | Token::Int(_) | Token::BigInt(_) | Token::Float(_) => "number",
            Token::StringStart | Token::Str(_) => "string",
            Token::Backslash => "'\\'",
            Token::RawNewline | Token::Newline => "newline",
            Token::FStringStart => "f-string",
            Token::FStringText(_) => "f-string text",
            Token::FieldStart => "'{'",
            Token::FieldMeta(_) => "f-string field",
            Token::FieldEnd => "'}'",
            Token::FStringEnd => "end of f-string",
            Token::Indent => "indent",
            Token::Dedent => "dedent",
        };
        f.write_str(text)
    }
}

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

/// One indentation level: the column with tabs to multiples of 8 and with tabs as 1, the two
/// measures CPython compares to detect inconsistent tabs.
#[derive(Clone, Copy, PartialEq, Eq)]
struct IndentLevel {
    column: usize,
    alt_column: usize,
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

    /// Measures the indentation of the next non-blank line starting at `offset` (relative to
    /// the region), queues INDENT / DEDENT tokens, and returns how many bytes to skip.
    fn indentation(&mut self, offset: usize) -> Result<usize, SyntaxError> {
        let region = &self.text[self.start..self.end];
        let bytes = region.as_bytes();
        let mut line_start = offset;
        loop {
            let mut position = line_start;
            let mut level = IndentLevel {
                column: 0,
                alt_column: 0,
            };
            while position < bytes.len() {
                match bytes[position] {
                    b' ' => {
                        level.column += 1;
                        level.alt_column += 1;
                    }
                    b'\t' => {
                        level.column = (level.column / 8 + 1) * 8;
                        level.alt_column += 1;
                    }
                    b'\x0c' => {
                        level = IndentLevel {
                            column: 0,
                            alt_column: 0,
                        }
                    }
                    _ => break,
                }
                position += 1;
            }
            match bytes.get(position) {
                // End of input: `finish` closes the blocks.
                None => return Ok(position - offset),
                // Blank or comment-only lines do not count.
                Some(b'\n') | Some(b'\r') | Some(b'#') => {
                    // A line ends at `\n`, `\r\n` or a lone `\r` (`# c\rx = 1` is two lines).
                    let rest = &region[position..];
                    match rest.find(['\n', '\r']) {
                        Some(end) => {
                            let width = if rest[end..].starts_with("\r\n") {
                                2
                            } else {
                                1
                            };
                            line_start = position + end + width;
                        }
                        None => return Ok(region.len() - offset),
                    }
                }
                Some(_) => {
                    let span = Span::new(self.start + position, self.start + position);
                    self.change_indentation(level, span, line_start)?;
                    return Ok(position - offset);
                }
            }
        }
    }

    fn change_indentation(&mut self, level: IndentLevel, at: Span, line_start: usize) -> Step {
        let top = *self.indents.last().unwrap_or(&IndentLevel {
            column: 0,
            alt_column: 0,
        });
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                at,
            )
        };
        if level.column == top.column {
            if level.alt_column != top.alt_column {
                return Err(tab_error());
            }
        } else if level.column > top.column {
            if level.alt_column <= top.alt_column {
                return Err(tab_error());
            }
            if self.indents.len() > MAX_INDENT_LEVELS {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    at,
                ));
            }
            self.indents.push(level);
            let whitespace = Span::new(self.start + line_start, at.start as usize);
            self.tokens.push((Token::Indent, whitespace));
        } else {
            while self.indents.len() > 1
                && level.column < self.indents.last().map_or(0, |l| l.column)
            {
                self.indents.pop();
                self.tokens.push((Token::Dedent, at));
            }
            let top = *self.indents.last().unwrap_or(&IndentLevel {
                column: 0,
                alt_column: 0,
            });
            if level.column != top.column {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    at,
                ));
            }
            if level.alt_column != top.alt_column {
                return Err(tab_error());
            }
        }
        Ok(())
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

    /// Computes a number literal's value and rejects what CPython rejects after it.
    fn number(&self, kind: RawNumber, span: Span) -> Result<Token, SyntaxError> {
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

    /// Scans a string literal whose prefix and opening quote logos matched as `start`; pushes
    /// its token(s) and returns how many bytes past `start` it covered.
    fn string(&mut self, start: Span) -> Result<usize, SyntaxError> {
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

    /// Splits f-string content `from..to` into text pieces and fields, pushing their tokens.
    fn fstring_pieces(&mut self, from: usize, to: usize, raw: bool, depth: usize) -> Step {
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

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn is_identifier_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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

/// Reads the `{NAME}` of a `\N{NAME}` escape and looks the name up.
fn named_character(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<char> {
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
