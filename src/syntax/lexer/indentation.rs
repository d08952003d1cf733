//! The indentation pass: INDENT / DEDENT from each logical line's leading whitespace, with
//! CPython's checks for tabs and spaces mixed inconsistently.

use crate::source::Span;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

use super::{Driver, Step, Token};

/// CPython's limit on indentation levels (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;

/// One indentation level: the column with tabs to multiples of 8 and with tabs as 1, the two
/// measures CPython compares to detect inconsistent tabs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct IndentLevel {
    pub(super) column: usize,
    pub(super) alt_column: usize,
}

impl Driver<'_> {
    /// Measures the indentation of the next non-blank line starting at `offset` (relative to
    /// the region), queues INDENT / DEDENT tokens, and returns how many bytes to skip.
    pub(super) fn indentation(&mut self, offset: usize) -> Result<usize, SyntaxError> {
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
}
