//! The parser's error type. chumsky's `Rich` keeps, for every failure, the list of every
//! token that would have done, merged without repeats as the parser tries each alternative:
//! the grammar's wide `choice`s made that most of the work of parsing a correct file (a
//! linear search of the list per alternative tried). The wording of CPython's messages
//! (`errors.rs`) needs less: where the furthest failure is, what was found there, whether
//! `:` was one of the tokens expected, or the message a rule gave. This keeps exactly that,
//! merged as `Rich` merges it.

use chumsky::error::{Error, LabelError};
use chumsky::input::Input;
use chumsky::span::SimpleSpan;
use chumsky::util::MaybeRef;
use chumsky::DefaultExpected;

use crate::syntax::lexer::Token;

/// A failure at `span`.
pub(crate) struct ParseError<'t> {
    pub(crate) span: SimpleSpan,
    pub(crate) reason: Reason<'t>,
}

pub(crate) enum Reason<'t> {
    /// A rule's own message.
    Custom(String),
    /// `found` (None: the end of the input) where something else was expected.
    ExpectedFound {
        expects_colon: bool,
        found: Option<MaybeRef<'t, Token>>,
    },
}

impl<'t> ParseError<'t> {
    /// A failure with a rule's own message.
    pub(crate) fn custom(span: SimpleSpan, message: impl ToString) -> Self {
        ParseError {
            span,
            reason: Reason::Custom(message.to_string()),
        }
    }
}

/// What the parser may say it expected: a token, or a rule's label.
pub(crate) trait Expected {
    fn is_colon(&self) -> bool;
}

impl Expected for DefaultExpected<'_, Token> {
    fn is_colon(&self) -> bool {
        matches!(self, DefaultExpected::Token(token) if **token == Token::Colon)
    }
}

impl Expected for &str {
    fn is_colon(&self) -> bool {
        false
    }
}

fn any_colon<L: Expected>(expected: impl IntoIterator<Item = L>) -> bool {
    expected.into_iter().any(|l| l.is_colon())
}

impl<'t, I> Error<'t, I> for ParseError<'t>
where
    I: Input<'t, Token = Token, Span = SimpleSpan>,
{
    /// Two failures at one place: a rule's message wins (the first, if both have one);
    /// otherwise what both expected, and what the first found.
    fn merge(self, other: Self) -> Self {
        match (self.reason, other.reason) {
            (reason @ Reason::Custom(_), _) | (_, reason @ Reason::Custom(_)) => ParseError {
                span: self.span,
                reason,
            },
            (
                Reason::ExpectedFound {
                    expects_colon: a,
                    found,
                },
                Reason::ExpectedFound {
                    expects_colon: b, ..
                },
            ) => ParseError {
                span: self.span,
                reason: Reason::ExpectedFound {
                    expects_colon: a || b,
                    found,
                },
            },
        }
    }
}

impl<'t, I, L> LabelError<'t, I, L> for ParseError<'t>
where
    I: Input<'t, Token = Token, Span = SimpleSpan>,
    L: Expected,
{
    fn expected_found<E: IntoIterator<Item = L>>(
        expected: E,
        found: Option<MaybeRef<'t, Token>>,
        span: SimpleSpan,
    ) -> Self {
        ParseError {
            span,
            reason: Reason::ExpectedFound {
                expects_colon: any_colon(expected),
                found,
            },
        }
    }

    fn merge_expected_found<E: IntoIterator<Item = L>>(
        mut self,
        new_expected: E,
        new_found: Option<MaybeRef<'t, Token>>,
        _span: SimpleSpan,
    ) -> Self {
        if let Reason::ExpectedFound {
            expects_colon,
            found,
        } = &mut self.reason
        {
            if !*expects_colon {
                *expects_colon = any_colon(new_expected);
            }
            if found.is_none() {
                *found = new_found;
            }
        }
        self
    }

    fn replace_expected_found<E: IntoIterator<Item = L>>(
        mut self,
        new_expected: E,
        new_found: Option<MaybeRef<'t, Token>>,
        span: SimpleSpan,
    ) -> Self {
        self.span = span;
        self.reason = Reason::ExpectedFound {
            expects_colon: any_colon(new_expected),
            found: new_found,
        };
        self
    }

    /// A labelled rule expected itself, not any one token (so not `:`).
    fn label_with(&mut self, _: L) {
        match &mut self.reason {
            Reason::ExpectedFound { expects_colon, .. } => *expects_colon = false,
            Reason::Custom(_) => {
                self.reason = Reason::ExpectedFound {
                    expects_colon: false,
                    found: None,
                }
            }
        }
    }
}
