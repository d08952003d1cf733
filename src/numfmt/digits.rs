//! Decimal digits of a binary float, and their layout as CPython's `format_float_short`
//! (Python/pystrtod.c) writes them.
//!
//! CPython asks David Gay's `dtoa` for a digit string and a decimal-point position, then pads
//! and places the point. Rust's float formatting already gives the same digit strings: `{:e}` is
//! the shortest string that round-trips (dtoa mode 0), and `{:.N}` / `{:.Ne}` are correctly
//! rounded from the exact binary value with ties to even (dtoa modes 3 and 2). So this module
//! only re-lays those digits out, line by line after CPython, and the layout rules (when to use
//! an exponent, when `.0` is added, what `#` keeps) stay recognisably CPython's.

/// A positive decimal `0.d1d2d3... × 10^point`: ASCII digits without trailing zeros (zero itself
/// is `"0"` with `point` 1), as `dtoa` returns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub digits: String,
    pub point: i64,
}

impl Decimal {
    fn zero() -> Self {
        Decimal {
            digits: "0".to_string(),
            point: 1,
        }
    }

    /// From Rust's scientific form of a non-negative finite float, `d.ddde-5` or `de7`.
    fn from_scientific(text: &str) -> Self {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        Self::normalized(digits, exponent + 1)
    }

    /// Strips leading zeros (moving the point) and trailing zeros; all zeros become [`zero`].
    fn normalized(digits: String, point: i64) -> Self {
        let leading = digits.bytes().take_while(|&b| b == b'0').count();
        let trimmed = digits[leading..].trim_end_matches('0');
        if trimmed.is_empty() {
            return Self::zero();
        }
        Decimal {
            digits: trimmed.to_string(),
            point: point - leading as i64,
        }
    }
}

/// Shortest digits that read back as `x` (sign ignored; `x` finite).
///
/// Rust and `dtoa` agree on the length and, almost always, on the digits; they differ when `x`
/// lies exactly halfway between the two closest candidates (`155541836096685.125` at 17
/// digits): Rust rounds the tie up, `dtoa` to the even digit. A tie always leaves an odd last
/// digit in one of them, so only then is the correctly rounded (ties-to-even) candidate of the
/// same length tried, and kept if it also reads back as `x`.
pub(crate) fn shortest(x: f64) -> Decimal {
    if x == 0.0 {
        return Decimal::zero();
    }
    let x = x.abs();
    let rust = Decimal::from_scientific(&format!("{x:e}"));
    let last_is_odd = rust
        .digits
        .bytes()
        .last()
        .is_some_and(|d| (d - b'0') % 2 == 1);
    if last_is_odd {
        let rounded = format!("{:.*e}", rust.digits.len() - 1, x);
        if rounded.parse::<f64>() == Ok(x) {
            return Decimal::from_scientific(&rounded);
        }
    }
    rust
}

/// More digits than any `f64` has: its exact decimal value has at most 767 significant
/// digits and 1074 after the point. Asking Rust for more only adds zeros, which [`Decimal`]
/// strips anyway, and Rust's formatter panics on a precision above `u16::MAX`; so a larger
/// precision is asked for as this many, giving the same digits.
const MAX_EXACT_DIGITS: usize = 1100;

/// `x` correctly rounded to `count` (at least 1) significant digits (sign ignored; `x` finite).
pub(crate) fn significant(x: f64, count: usize) -> Decimal {
    if x == 0.0 {
        return Decimal::zero();
    }
    let count = count.clamp(1, MAX_EXACT_DIGITS);
    Decimal::from_scientific(&format!("{:.*e}", count - 1, x.abs()))
}

/// `x` correctly rounded to `places` digits after the point (sign ignored; `x` finite).
pub(crate) fn fixed(x: f64, places: usize) -> Decimal {
    let places = places.min(MAX_EXACT_DIGITS);
    let text = format!("{:.*}", places, x.abs());
    let integer_digits = text.find('.').unwrap_or(text.len()) as i64;
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    Decimal::normalized(digits, integer_digits)
}

/// Which of CPython's float layouts to produce (the `format_code` of `PyOS_double_to_string`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FloatMode {
    /// `repr()`: shortest round-trip digits, exponent outside `1e-4 <= |x| < 1e16`.
    Repr,
    /// `e`: one digit before the point, `precision` after, always an exponent.
    Exponent,
    /// `f`: `precision` digits after the point, never an exponent.
    Fixed,
    /// `g`: `precision` significant digits, exponent when it is < -4 or >= precision.
    General,
}

/// Everything `format_float_short` takes besides the value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FloatStyle {
    pub mode: FloatMode,
    pub precision: usize,
    pub upper: bool,
    /// `#`: keep the point and (for `g`) trailing zeros.
    pub alternate: bool,
    /// Format spec without a type: like `g`, but `1.0` not `1`, and the exponent one place sooner.
    pub add_dot_0: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    pub no_negative_zero: bool,
}

impl FloatStyle {
    pub fn new(mode: FloatMode, precision: usize) -> Self {
        FloatStyle {
            mode,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            no_negative_zero: false,
        }
    }
}

/// Python's `repr(x)` and `str(x)` for a float: `1.0`, `1e+16`, `1.5e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let style = FloatStyle {
        add_dot_0: true,
        ..FloatStyle::new(FloatMode::Repr, 0)
    };
    format_float_short(x, &style)
}

/// A float in one of CPython's layouts, with a leading `-` when negative (never `+`: the format
/// spec adds signs). A line-by-line port of `format_float_short`, so the edge cases (`#.0e`,
/// `g` with `.0` added, zero padding on both sides of the digits) come out the same.
pub(crate) fn format_float_short(x: f64, style: &FloatStyle) -> String {
    if x.is_nan() {
        return if style.upper { "NAN" } else { "nan" }.to_string();
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if style.upper { "INF" } else { "inf" };
        return if negative {
            format!("-{inf}")
        } else {
            inf.to_string()
        };
    }

    let mut precision = style.precision as i64;
    let decimal = match style.mode {
        FloatMode::Repr => shortest(x),
        FloatMode::Exponent => {
            precision += 1;
            significant(x, style.precision + 1)
        }
        FloatMode::Fixed => fixed(x, style.precision),
        FloatMode::General => {
            // Precision 0 makes no sense for 'g'; CPython reads it as 1.
            precision = precision.max(1);
            significant(x, precision as usize)
        }
    };
    let digits = decimal.digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut point = decimal.point;

    let mut vdigits_end = digits_len;
    let mut use_exponent = false;
    match style.mode {
        FloatMode::Exponent => {
            use_exponent = true;
            vdigits_end = precision;
        }
        FloatMode::Fixed => vdigits_end = point + precision,
        FloatMode::General => {
            let limit = if style.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exponent = point <= -4 || point > limit;
            if style.alternate {
                vdigits_end = precision;
            }
        }
        FloatMode::Repr => use_exponent = point <= -4 || point > 16,
    }

    let mut exponent = 0;
    if use_exponent {
        exponent = point - 1;
        point = 1;
    }
    let vdigits_start = if point <= 0 { point - 1 } else { 0 };
    vdigits_end = if !use_exponent && style.add_dot_0 {
        vdigits_end.max(point + 1)
    } else {
        vdigits_end.max(point)
    };

    let is_zero = decimal.digits == "0";
    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8).max(8) as usize);
    if negative && !(style.no_negative_zero && is_zero) {
        out.push('-');
    }
    let zeros = |out: &mut String, count: i64| {
        out.extend(std::iter::repeat_n('0', count.max(0) as usize));
    };
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();

    // Zeros on the left of the digits, and the point if it falls among them.
    if point <= 0 {
        zeros(&mut out, point - vdigits_start);
        out.push('.');
        zeros(&mut out, -point);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the point if it falls among them.
    if 0 < point && point <= digits_len {
        out.push_str(&text(&digits[..point as usize]));
        out.push('.');
        out.push_str(&text(&digits[point as usize..]));
    } else {
        out.push_str(&text(digits));
    }
    // Zeros on the right, and the point if it falls among them.
    if digits_len < point {
        zeros(&mut out, point - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - point);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !style.alternate {
        out.pop();
    }
    if use_exponent {
        out.push(if style.upper { 'E' } else { 'e' });
        // C's "%+.02d": a sign, then at least two digits.
        let sign = if exponent < 0 { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}", exponent.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // The tie cases are written with their exact binary values on purpose.
    #[allow(clippy::excessive_precision)]
    fn repr_of_everyday_floats() {
        // python3 -c "print([repr(x) for x in (1.0, -0.0, 0.1, 1e16, 1e15, 1e-4, 1e-5, 1.5e-05, 123456789012345678.0, 1e20, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308, 2e16+8)])"
        let cases = [
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-05, "1.5e-05"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e20, "1e+20"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            // An exact tie between two 17-digit candidates goes to the even one.
            (155541836096685.125, "155541836096685.12"),
            (-21352201175232.8125, "-21352201175232.812"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_repr(x), expected, "repr({x:?})");
        }
    }

    #[test]
    fn decimals_are_normalized() {
        assert_eq!(fixed(0.001, 1), Decimal::zero());
        assert_eq!(
            fixed(1234.5, 0),
            Decimal {
                digits: "1234".into(),
                point: 4
            }
        );
        assert_eq!(
            fixed(0.0625, 3),
            Decimal {
                digits: "62".into(),
                point: -1
            }
        );
        assert_eq!(
            significant(100.0, 3),
            Decimal {
                digits: "1".into(),
                point: 3
            }
        );
        assert_eq!(shortest(0.0), Decimal::zero());
    }
}
