//! The tokens: what logos recognises, and what the driver adds (values, f-string pieces,
//! NEWLINE / INDENT / DEDENT), with their names in CPython's error messages.

use std::fmt;
use std::rc::Rc;

use logos::Logos;
use num_bigint::BigInt;

use crate::symbol::Sym;

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
