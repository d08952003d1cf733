//! The format-spec mini-language: `format(value, spec)`, `f"{value:spec}"`, `"{:spec}".format()`.
//!
//! A port of CPython 3.11's Python/formatter_unicode.c. Parsing is shared by all types; each type
//! then validates what it does not support, in CPython's order, because a spec with several
//! problems must report the same one CPython reports. The layout of numbers (sign, `0x` prefix,
//! padding that goes between sign and digits for `=`, thousands separators interleaved with zero
//! padding) is one function, [`layout_number`], used by ints and floats alike.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::convert::{int_to_decimal_string, int_to_float};
use super::digits::{float_repr, format_float_short, FloatMode, FloatStyle};
use super::{ExceptionKind, NumError};
use crate::memory;

/// True if an output of `length` bytes may be built. CPython tries to allocate whatever width
/// or precision is asked for and raises MemoryError when it can't; pyco asks the memory
/// guard first, since a failed allocation would end the process.
fn fits(length: usize) -> bool {
    memory::fits(length, 1)
}

/// A parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Alignment and type stay `None` when the spec omits them: their defaults depend on the type
/// being formatted (numbers align right, strings left; ints default to `d`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// `' '` unless given, or `'0'` when the `0` flag stands in for it.
    pub fill: char,
    /// One of `<`, `>`, `^`, `=` when given explicitly.
    pub align: Option<char>,
    /// One of `+`, `-`, `' '` when given.
    pub sign: Option<char>,
    /// `z` (new in 3.11): negative zero after rounding prints as zero.
    pub no_negative_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag without an explicit fill: zero fill, and `=` alignment for numbers unless an
    /// alignment was given.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, a single character (any character; validated per type).
    pub kind: Option<char>,
}

impl FormatSpec {
    /// The alignment in effect for a type whose default alignment is `default_align`.
    fn effective_align(&self, default_align: char) -> char {
        match self.align {
            Some(align) => align,
            None if self.zero_pad && default_align == '>' => '=',
            None => default_align,
        }
    }
}

/// The values `format()` knows natively. `Bool` is separate because `format(True, '')` is
/// `'True'` while `format(True, 'd')` is `'1'`.
#[derive(Debug, Clone, Copy)]
pub enum Formattable<'a> {
    Int(&'a BigInt),
    Bool(bool),
    Float(f64),
    Str(&'a str),
}

/// `format(value, spec)` for the builtin types, including the empty spec (which is `str(value)`).
/// `type_name` is the Python type's name as error messages show it (`int`, `bool`, a subclass).
pub fn format_value(
    value: Formattable<'_>,
    spec: &str,
    type_name: &str,
) -> Result<String, NumError> {
    if spec.is_empty() {
        return match value {
            Formattable::Int(int) => int_to_decimal_string(int),
            Formattable::Bool(b) => Ok(if b { "True" } else { "False" }.to_string()),
            Formattable::Float(x) => Ok(float_repr(x)),
            Formattable::Str(s) => Ok(s.to_string()),
        };
    }
    let parsed = parse_format_spec(spec, type_name)?;
    match value {
        Formattable::Int(int) => format_int_named(int, &parsed, type_name),
        Formattable::Bool(b) => format_int_named(&BigInt::from(u8::from(b)), &parsed, type_name),
        Formattable::Float(x) => format_float_named(x, &parsed, type_name),
        Formattable::Str(s) => format_str_named(s, &parsed, type_name),
    }
}

fn is_alignment(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal integer at `*pos`; `None` if there are no digits. CPython's `get_integer`.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| NumError::value("Too many decimal digits in format string"))?;
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

/// Parses a format spec. `type_name` only appears in the "Invalid format specifier" message.
/// Checks that depend on the value's type (which types allow `,`, `#`, precision ...) happen in
/// the `format_*` functions.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if chars.len() >= 2 && is_alignment(chars[1]) {
        parsed.fill = chars[0];
        parsed.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if chars.first().copied().is_some_and(is_alignment) {
        parsed.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&sign @ ('+' | '-' | ' ')) = chars.get(pos) {
        parsed.sign = Some(sign);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_negative_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        parsed.fill = '0';
        parsed.zero_pad = true;
        pos += 1;
    }
    parsed.width = read_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        parsed.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if parsed.grouping.is_some() {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        parsed.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && parsed.grouping == Some('_') {
        return Err(NumError::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        parsed.precision = read_integer(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => parsed.kind = Some(chars[pos]),
        _ => {
            return Err(NumError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(parsed)
}

/// A presentation type as CPython's messages quote it: the character if printable ASCII,
/// else `\x..`.
fn quote_type(kind: char) -> String {
    let code = kind as u32;
    if code > 32 && code < 128 {
        format!("'{kind}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

fn unknown_type(kind: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_type(kind)
    ))
}

/// How digits are grouped: every `size` digits, separated by `separator`.
#[derive(Debug, Clone, Copy)]
struct Grouping {
    size: usize,
    /// `,` or `_`: ASCII, so grouping can work on bytes.
    separator: char,
}

/// Which separators the type allows (PEP 378, PEP 515), checked before anything else as
/// CPython does at the end of parsing. `kind` is the effective type (`None` for a float's
/// default).
fn check_grouping(spec: &FormatSpec, kind: Option<char>) -> Result<Option<Grouping>, NumError> {
    let Some(separator) = spec.grouping else {
        return Ok(None);
    };
    match kind {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {
            Ok(Some(Grouping { size: 3, separator }))
        }
        Some('b' | 'o' | 'x' | 'X') if separator == '_' => {
            Ok(Some(Grouping { size: 4, separator }))
        }
        Some(other) => Err(NumError::value(format!(
            "Cannot specify '{separator}' with {}.",
            quote_type(other)
        ))),
    }
}

fn check_width(spec: &FormatSpec) -> Result<(), NumError> {
    match spec.width {
        Some(width) if !fits(width) => Err(NumError::new(ExceptionKind::MemoryError, "")),
        _ => Ok(()),
    }
}

/// `format()` of an `int` with a parsed spec.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_named(value, spec, "int")
}

/// `format()` of an int whose Python type is `type_name` (`bool`, or a subclass of `int`).
pub fn format_int_named(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    let kind = spec.kind.unwrap_or('d');
    let grouping = check_grouping(spec, Some(kind))?;
    match kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(value, spec, kind, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            format_float_internal(int_to_float(value)?, spec, Some(kind), grouping)
        }
        other => Err(unknown_type(other, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn format_long(
    value: &BigInt,
    spec: &FormatSpec,
    kind: char,
    grouping: Option<Grouping>,
) -> Result<String, NumError> {
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_width(spec)?;
    let align = spec.effective_align('>');
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(NumError::overflow("%c arg not in range(0x110000)"));
        }
        // Python strings may hold lone surrogates; Rust strings cannot.
        let character = char::from_u32(code as u32).ok_or_else(|| {
            NumError::value(format!(
                "pyco cannot represent the lone surrogate U+{code:04X}"
            ))
        })?;
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &character.to_string(),
        };
        return Ok(layout_number(&parts, spec, align, None, false));
    }
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let magnitude = value.abs();
    let digits = if base == 10 {
        int_to_decimal_string(&magnitude)?
    } else {
        magnitude.to_str_radix(base)
    };
    let parts = NumberParts {
        negative: value.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, align, grouping, kind == 'X'))
}

/// `format()` of a `float` with a parsed spec.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, NumError> {
    format_float_named(value, spec, "float")
}

/// `format()` of a float whose Python type is `type_name`.
pub fn format_float_named(
    value: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    let grouping = check_grouping(spec, spec.kind)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec, spec.kind, grouping)
        }
        Some(other) => Err(unknown_type(other, type_name)),
    }
}

/// CPython's `format_float_internal`; `kind` is the effective type (`None`: no type given).
fn format_float_internal(
    value: f64,
    spec: &FormatSpec,
    kind: Option<char>,
    grouping: Option<Grouping>,
) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::value("precision too big"));
    }
    if spec.precision.is_some_and(|p| !fits(p)) {
        return Err(NumError::new(ExceptionKind::MemoryError, ""));
    }
    check_width(spec)?;
    let mut value = value;
    let mut percent = false;
    let (mode, default_precision) = match kind {
        // No type: repr() unless a precision is given, then 'g' that keeps a ".0".
        None if spec.precision.is_none() => (FloatMode::Repr, 0),
        None => (FloatMode::General, 0),
        Some('e' | 'E') => (FloatMode::Exponent, 6),
        Some('f' | 'F') => (FloatMode::Fixed, 6),
        Some('%') => {
            value *= 100.0;
            percent = true;
            (FloatMode::Fixed, 6)
        }
        // 'g', 'G' and 'n' (the C locale's 'n' is 'g').
        _ => (FloatMode::General, 6),
    };
    let style = FloatStyle {
        mode,
        precision: spec.precision.unwrap_or(default_precision),
        upper: matches!(kind, Some('E' | 'F' | 'G')),
        alternate: spec.alternate,
        add_dot_0: kind.is_none(),
        no_negative_zero: spec.no_negative_zero,
    };
    let mut text = format_float_short(value, &style);
    if percent {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let integer_len = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(integer_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after_point) => (true, after_point),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(layout_number(
        &parts,
        spec,
        spec.effective_align('>'),
        grouping,
        false,
    ))
}

/// `format()` of a `str` with a parsed spec.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, NumError> {
    format_str_named(value, spec, "str")
}

/// `format()` of a string whose Python type is `type_name`; CPython's `format_string_internal`.
pub fn format_str_named(
    value: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    let kind = spec.kind.unwrap_or('s');
    check_grouping(spec, Some(kind))?;
    if kind != 's' {
        return Err(unknown_type(kind, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_negative_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.effective_align('<');
    if align == '=' {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec)?;
    let text: &str = match spec.precision {
        Some(precision) => match value.char_indices().nth(precision) {
            Some((cut, _)) => &value[..cut],
            None => value,
        },
        None => value,
    };
    let length = text.chars().count();
    let total = spec.width.unwrap_or(0).max(length);
    let left = match align {
        '>' => total - length,
        '^' => (total - length) / 2,
        _ => 0,
    };
    let right = total - length - left;
    let mut out = String::with_capacity(text.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.push_str(text);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// A number cut into the pieces CPython lays out separately:
/// `[sign][prefix][digits][.][remainder]`, where only `digits` is grouped and zero-padded.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits before the decimal point (empty for `inf`, `nan`, and `c`).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the point: fraction, exponent, `%`, or all of `inf` / `nan` / a `c` char.
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`: the output is
/// `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`, at most
/// one padding non-empty. With fill `0` and `=` alignment the padding is instead made of zero
/// digits inside the grouping, so `format(1234, '08,')` is `0,001,234`.
fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    align: char,
    grouping: Option<Grouping>,
    upper: bool,
) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w as isize);
    let non_digits = isize::from(sign.is_some())
        + parts.prefix.len() as isize
        + isize::from(parts.has_decimal)
        + parts.remainder.chars().count() as isize;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digits
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, grouping)
    };
    let padding = (width - non_digits - grouped.chars().count() as isize).max(0) as usize;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };

    let mut out = String::new();
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    if upper {
        out.push_str(&parts.prefix.to_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_fill(&mut out, spec.fill, middle);
    if upper {
        out.push_str(&grouped.to_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right and, while
/// the result is narrower than `min_width`, adds leading zeros (grouped too).
fn insert_grouping(digits: &str, min_width: isize, grouping: Option<Grouping>) -> String {
    let digits = digits.as_bytes();
    // Built right to left, reversed at the end; all ASCII (digits, zeros, ',' or '_').
    let mut reversed: Vec<u8> = Vec::with_capacity(digits.len() + min_width.max(0) as usize);
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut use_separator = false;
    let emit = |reversed: &mut Vec<u8>, remaining: isize, length: isize, separator: Option<u8>| {
        let zeros = (length - remaining).max(0);
        let chars = remaining.min(length).max(0);
        reversed.extend(separator);
        let end = remaining.max(0) as usize;
        let start = end - chars as usize;
        reversed.extend(digits[start..end].iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', zeros as usize));
        chars
    };
    let mut finished = false;
    if let Some(Grouping { size, separator }) = grouping {
        let size = size as isize;
        loop {
            let length = size.min(remaining.max(min_width).max(1));
            let separator = use_separator.then_some(separator as u8);
            remaining -= emit(&mut reversed, remaining, length, separator);
            use_separator = true;
            min_width -= size;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let length = remaining.max(min_width).max(1);
        let separator = grouping
            .filter(|_| use_separator)
            .map(|g| g.separator as u8);
        emit(&mut reversed, remaining, length, separator);
    }
    reversed.reverse();
    String::from_utf8(reversed).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(text: &str) -> FormatSpec {
        parse_format_spec(text, "int").expect("valid spec")
    }

    #[test]
    fn parses_every_field() {
        let parsed = spec("*^+z#012,.3f");
        assert_eq!(parsed.fill, '*');
        assert_eq!(parsed.align, Some('^'));
        assert_eq!(parsed.sign, Some('+'));
        assert!(parsed.no_negative_zero && parsed.alternate);
        // An explicit fill wins over the 0 flag, which is then just part of the width.
        assert!(!parsed.zero_pad);
        assert_eq!(parsed.width, Some(12));
        assert_eq!(parsed.grouping, Some(','));
        assert_eq!(parsed.precision, Some(3));
        assert_eq!(parsed.kind, Some('f'));
    }

    #[test]
    fn zero_flag_sets_fill_and_numeric_alignment() {
        let parsed = spec("010");
        assert!(parsed.zero_pad);
        assert_eq!(parsed.fill, '0');
        assert_eq!(parsed.effective_align('>'), '=');
        assert_eq!(parsed.effective_align('<'), '<');
    }

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        // python3 -c "print(format(1234, '08,'), format(1234, '09,'), format(5, '05'))"
        assert_eq!(format_int(&1234.into(), &spec("08,")).unwrap(), "0,001,234");
        assert_eq!(format_int(&1234.into(), &spec("09,")).unwrap(), "0,001,234");
        assert_eq!(format_int(&5.into(), &spec("05")).unwrap(), "00005");
    }

    #[test]
    fn bool_and_empty_specs() {
        let one = BigInt::from(10).pow(30);
        assert_eq!(
            format_value(Formattable::Bool(true), "", "bool").unwrap(),
            "True"
        );
        assert_eq!(
            format_value(Formattable::Bool(true), "d", "bool").unwrap(),
            "1"
        );
        assert_eq!(
            format_value(Formattable::Float(1e20), "", "float").unwrap(),
            "1e+20"
        );
        assert_eq!(
            format_value(Formattable::Int(&one), "", "int").unwrap(),
            one.to_string()
        );
        let err = format_value(Formattable::Bool(true), "s", "bool").unwrap_err();
        assert_eq!(
            err.message,
            "Unknown format code 's' for object of type 'bool'"
        );
    }

    #[test]
    fn refuses_absurd_widths_instead_of_aborting() {
        let err = format_value(Formattable::Float(1.5), "99999999999999", "float").unwrap_err();
        assert_eq!(err.kind, ExceptionKind::MemoryError);
    }
}
