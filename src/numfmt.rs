//! Numbers as CPython 3.11 writes, reads and rounds them.
//!
//! pyco's output must be byte-identical to CPython's, and numbers are where interpreters usually
//! drift: `repr(0.1)`, `format(2.675, '.2f')`, `round(2.5)`, `10**30 / 7`, `int(" -0x1f ", 0)`.
//! Everything here is a pure function over Rust values (`f64`, `BigInt`, `&str`), so the
//! interpreter's `Value` type can call in without this module knowing about it.
//!
//! - [`digits`]: decimal digits of a binary float (shortest round-trip, fixed, significant), laid
//!   out the way CPython's `format_float_short` does; [`float_repr`].
//! - [`spec`]: the format-spec mini-language (`format(x, spec)`, f-strings, `str.format`).
//! - [`convert`]: int → float, int / int, `round()`, float → int, and `str(int)` limits.
//! - [`parse`]: `float(str)` and `int(str, base)`.
//!
//! Errors carry the Python exception they become ([`ExceptionKind`]) and CPython's message verbatim.

pub mod convert;
pub mod digits;
pub mod parse;
pub mod spec;

#[cfg(test)]
mod cpython_cases;

pub use convert::{
    decimal_digits, float_round, float_to_int, int_to_decimal_string, int_to_float, push_i64,
    round_half_even, true_divide, INT_MAX_STR_DIGITS,
};
pub use digits::float_repr;
pub use parse::{parse_float, parse_int, parse_small_decimal, ParseIntError};
pub use spec::{
    format_float, format_float_named, format_int, format_int_named, format_str, format_str_named,
    format_value, parse_format_spec, FormatSpec, Formattable,
};

/// The Python exception a failed numeric operation raises. Kept here (not in the interpreter)
/// so these helpers can say *which* exception CPython raises, not just its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExceptionKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    /// CPython would try to allocate the result; pyco refuses instead of aborting the process.
    MemoryError,
    TypeError,
    IndexError,
}

/// A Python exception in waiting: its class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ExceptionKind,
    pub message: String,
}

impl NumError {
    pub fn new(kind: ExceptionKind, message: impl Into<String>) -> Self {
        NumError {
            kind,
            message: message.into(),
        }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ExceptionKind::ValueError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ExceptionKind::OverflowError, message)
    }
}

impl std::fmt::Display for NumError {
    /// `ValueError: message`, as the last line of a CPython traceback shows it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for NumError {}
