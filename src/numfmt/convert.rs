//! Conversions between ints and floats, and rounding, correctly rounded as CPython does them.
//!
//! Big ints and quotients are rounded to the nearest double with ties to even, from the exact
//! value: `float(2**53 + 1)` is `9007199254740992.0`, `(2**1000 + 1) / 2**999` is `2.0`,
//! `10**30 / 7` agrees with CPython to the last bit. One routine, [`compose_f64`], does the
//! rounding (including subnormals and overflow) for all of them.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::{ExceptionKind, NumError};

/// CPython's default `sys.get_int_max_str_digits()`: decimal conversions of longer ints raise
/// ValueError (a guard against quadratic-time conversion, CVE-2020-10735).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `(mantissa + ε) × 2^exponent` rounded to the nearest double, ties to even, where `ε` is a
/// nonzero amount smaller than one unit of `mantissa` when `sticky` is set. `None` on overflow.
///
/// Callers with a `sticky` remainder must give at least 55 significant bits (or an exponent at
/// most -1076), so the remainder lies strictly below the rounding bit.
fn compose_f64(mantissa: &BigUint, exponent: i64, sticky: bool) -> Option<f64> {
    let bits = mantissa.bits() as i64;
    if bits == 0 {
        return Some(0.0);
    }
    // Exponent of the last bit a double can keep: 53 bits, or fewer in the subnormal range.
    let mut lsb = (bits + exponent - 53).max(-1074);
    let shift = lsb - exponent;
    let mut kept: u64 = if shift <= 0 {
        // Exact: at most 53 bits, moved up to the double's last-bit position.
        mantissa.to_u64()? << (-shift)
    } else {
        let shift = shift as u64;
        let mut kept = (mantissa >> shift).to_u64()?;
        let half = mantissa.bit(shift - 1);
        let below_half = sticky
            || mantissa
                .trailing_zeros()
                .is_some_and(|zeros| zeros < shift - 1);
        if half && (below_half || kept & 1 == 1) {
            kept += 1;
        }
        if kept == 1 << 53 {
            kept >>= 1;
            lsb += 1;
        }
        kept
    };
    if kept == 0 {
        return Some(0.0);
    }
    if kept >= 1 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return None;
        }
        kept = ((biased as u64) << 52) | (kept & ((1 << 52) - 1));
    }
    // Otherwise subnormal: lsb is -1074 and the bits are the mantissa itself.
    Some(f64::from_bits(kept))
}

fn with_sign(x: f64, negative: bool) -> f64 {
    if negative {
        -x
    } else {
        x
    }
}

/// `float(n)` for an int: correctly rounded, OverflowError past the largest double.
pub fn int_to_float(value: &BigInt) -> Result<f64, NumError> {
    compose_f64(value.magnitude(), 0, false)
        .map(|x| with_sign(x, value.sign() == Sign::Minus))
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))
}

/// `a / b` for ints: the exact quotient correctly rounded, as CPython's `long_true_divide`.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::new(
            ExceptionKind::ZeroDivisionError,
            "division by zero",
        ));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (numerator, denominator) = (a.magnitude(), b.magnitude());
    // Both exact as doubles: one IEEE division is correctly rounded (and gives 0/-5 == -0.0).
    let exact_limit = 1u64 << 53;
    if let (Some(x), Some(y)) = (numerator.to_u64(), denominator.to_u64()) {
        if x <= exact_limit && y <= exact_limit {
            return Ok(with_sign(x as f64 / y as f64, negative));
        }
    }
    // Scale so the integer quotient has 55 or 56 bits, and keep the remainder as a sticky bit.
    let exponent = numerator.bits() as i64 - denominator.bits() as i64 - 55;
    let (quotient, remainder) = if exponent >= 0 {
        numerator.div_rem(&(denominator << exponent as u64))
    } else {
        (numerator << (-exponent) as u64).div_rem(denominator)
    };
    compose_f64(&quotient, exponent, !remainder.is_zero())
        .map(|x| with_sign(x, negative))
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))
}

/// `round(x)` without `ndigits`, before the conversion to int: halves go to the even neighbour.
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `int(x)` for a float (truncation), and the int in `round(x)` / `math.floor(x)` once rounded.
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| NumError::overflow("cannot convert float infinity to integer"))
}

/// `round(x, ndigits)` for a float: the exact binary value rounded to `ndigits` decimal places
/// (negative: to tens, hundreds ...), halves to even, then read back as the nearest double.
/// So `round(2.675, 2)` is `2.67` (2.675 is really 2.67499999...) and `round(0.125, 2)` is `0.12`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // Past these, every double rounds to itself or to zero (CPython's NDIGITS_MAX / NDIGITS_MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Rust's fixed formatting is exact with ties to even, and parsing is correctly rounded.
        let text = format!("{:.*}", ndigits as usize, x);
        return Ok(text.parse().unwrap_or(x));
    }
    let power = BigUint::from(10u32).pow((-ndigits) as u32);
    let (mantissa, exponent) = decompose(x.abs());
    let (numerator, denominator) = if exponent >= 0 {
        (mantissa << exponent as u64, power)
    } else {
        (mantissa, power << (-exponent) as u64)
    };
    let (mut quotient, remainder) = numerator.div_rem(&denominator);
    let twice = remainder << 1u32;
    if twice > denominator || (twice == denominator && quotient.bit(0)) {
        quotient += BigUint::one();
    }
    let rounded: f64 = format!("{quotient}e{}", -ndigits)
        .parse()
        .unwrap_or(f64::INFINITY);
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(with_sign(rounded, x.is_sign_negative()))
}

/// A finite non-negative double as `mantissa × 2^exponent`, exactly.
fn decompose(x: f64) -> (BigUint, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (BigUint::from(fraction), -1074)
    } else {
        (BigUint::from(fraction | (1 << 52)), biased - 1075)
    }
}

fn too_many_digits_to_str() -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The decimal digits of `n`, written from the end of `digits`: the part they fill. Needs no
/// allocation (the allocator's out-of-memory message uses it too).
pub fn decimal_digits(mut n: u64, digits: &mut [u8; 20]) -> &[u8] {
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &digits[start..]
}

/// Appends `str(i)` for an int that fits in 64 bits: its decimal digits, with `-` when
/// negative, without the formatting machinery (`write!` costs about 130 instructions an
/// int, this about 30).
pub fn push_i64(out: &mut String, i: i64) {
    if i < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    for &d in decimal_digits(i.unsigned_abs(), &mut digits) {
        out.push(char::from(d));
    }
}

/// `str(n)` / `repr(n)` for an int, with CPython's limit on the number of digits.
pub fn int_to_decimal_string(value: &BigInt) -> Result<String, NumError> {
    // 2^14300 has more than 4300 digits: refuse before doing quadratic work.
    if value.bits() > 14300 {
        return Err(too_many_digits_to_str());
    }
    let text = value.to_string();
    let digit_count = text.len() - usize::from(value.is_negative());
    if digit_count > INT_MAX_STR_DIGITS {
        return Err(too_many_digits_to_str());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> BigInt {
        text.parse().expect("test literal")
    }

    #[test]
    fn push_i64_writes_what_to_string_writes() {
        for i in [
            0,
            7,
            -7,
            10,
            -10,
            99,
            100,
            12345,
            -98765,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let mut out = String::from("x");
            push_i64(&mut out, i);
            assert_eq!(out, format!("x{i}"));
        }
    }

    #[test]
    fn int_to_float_rounds_half_even() {
        // python3 -c "print(repr(float(2**53+1)), repr(float(2**53+3)), repr(float(-(2**64-1))))"
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(int_to_float(&(&two53 + 1)).unwrap(), 9007199254740992.0);
        assert_eq!(int_to_float(&(&two53 + 3)).unwrap(), 9007199254740996.0);
        assert_eq!(
            int_to_float(&-BigInt::from(u64::MAX)).unwrap(),
            -18446744073709551616.0
        );
        let max = BigInt::from(2).pow(1024) - BigInt::from(2).pow(970);
        assert_eq!(int_to_float(&(&max - 1)).unwrap(), f64::MAX);
        let err = int_to_float(&max).unwrap_err();
        assert_eq!(err.message, "int too large to convert to float");
    }

    #[test]
    fn division_of_small_ints_keeps_negative_zero() {
        // python3 -c "print(0/-5, -0/5)"  ->  -0.0 0.0
        let q = true_divide(&BigInt::zero(), &BigInt::from(-5)).unwrap();
        assert!(q == 0.0 && q.is_sign_negative());
        let err = true_divide(&BigInt::one(), &BigInt::zero()).unwrap_err();
        assert_eq!(
            (err.kind, err.message.as_str()),
            (ExceptionKind::ZeroDivisionError, "division by zero")
        );
    }

    #[test]
    fn float_to_int_errors() {
        assert_eq!(float_to_int(-2.9).unwrap(), BigInt::from(-2));
        assert_eq!(float_to_int(1e20).unwrap(), big("100000000000000000000"));
        assert_eq!(
            float_to_int(f64::NAN).unwrap_err().message,
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            float_to_int(f64::NEG_INFINITY).unwrap_err().message,
            "cannot convert float infinity to integer"
        );
    }

    #[test]
    fn decimal_string_limit() {
        let ok: BigInt = BigInt::from(10).pow(4300) - 1;
        assert_eq!(int_to_decimal_string(&-ok).unwrap().len(), 4301);
        assert!(int_to_decimal_string(&BigInt::from(10).pow(4300)).is_err());
    }
}
