//! Error types, one per phase. Rendering to text lives in `diagnostic.rs`.

use crate::source::Span;

/// The Python exception class a syntax-phase error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// An expression nested too deeply to compile (CPython: "maximum recursion depth exceeded
    /// during compilation"). Reported before the tree is built so it can never overflow our stack.
    Recursion,
}

impl SyntaxErrorKind {
    /// The class name CPython prints on the last line of the report.
    pub fn python_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
            SyntaxErrorKind::Recursion => "RecursionError",
        }
    }
}

/// An error found while lexing or parsing, worded as CPython 3.11 words it where it has a wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    /// Where the error is; a zero-width span points between two characters.
    pub span: Span,
    /// The input ended while something was still open (a bracket, a triple-quoted string, a
    /// block header, a `\`): a REPL should read another line instead of reporting this.
    pub incomplete: bool,
    /// Optional extra help shown beside the span in the rich report.
    pub label: Option<String>,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            span,
            incomplete: false,
            label: None,
        }
    }

    /// A plain `SyntaxError`.
    pub fn syntax(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Syntax, message, span)
    }

    /// An `IndentationError`.
    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Indentation, message, span)
    }

    /// Marks the error as caused by input that ended too early.
    pub fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = Some(label.into());
        self
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.python_name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
