//! Source text and byte spans. Line and column numbers exist only in `diagnostic.rs`.

use std::rc::Rc;

/// One program text with the name it is reported under (`prog.py`, `<stdin>`, `<string>`).
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    /// The text's line ends are read as CPython reads them (universal newlines): `\r\n` and a
    /// lone `\r` both end a line and become `\n`, so a lone `\r` after a comment starts a new
    /// line, and line numbers, spans and the lines shown in reports all agree.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Rc<Source> {
        let mut text = text.into();
        if text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        Rc::new(Source {
            name: name.into(),
            text,
        })
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        let end = (offset as usize).min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Whether this is part of pyco's own library written in Python (asyncio's Python
    /// half): CPython's tracebacks never show pyco's implementation, so its frames are left
    /// out of them.
    pub fn is_library(&self) -> bool {
        self.name.starts_with(LIBRARY_PREFIX)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}

/// How the names of pyco's library sources begin (`<asyncio>`, `<asyncio.queues>`).
pub const LIBRARY_PREFIX: &str = "<asyncio";

/// A byte range `start..end` into one `Source`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A node with the span of the source it came from, and room for what a later phase keeps
/// beside it (`code`: nothing for most kinds of node).
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T, C = ()> {
    pub node: T,
    pub span: Span,
    /// Set by the resolver: this node contains an `await` (outside nested functions), so an
    /// async frame must run it on the resumable path. The parser leaves it false.
    pub has_await: bool,
    /// Set by the resolver on the value of an assignment: it contains a `:=`, which may
    /// rebind the target while the value is computed (so `s = s + t` cannot append to
    /// `s` in place).
    pub binds_names: bool,
    pub code: C,
}

impl<T, C: Default> Spanned<T, C> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned {
            node,
            span,
            has_await: false,
            binds_names: false,
            code: C::default(),
        }
    }
}
