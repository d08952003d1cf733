//! `int`, `bool` and `float`: their constructors, data attributes and methods, and `abs`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::exception::*;
use crate::interp::Interp;
use crate::numfmt;
use crate::numfmt::convert::true_divide;
use crate::numfmt::digits;
use crate::ops;
use crate::ops::to_f64;
use crate::symbol::{sym, Sym};
use crate::types::args::{arity, int_arg, no_kwargs};
use crate::types::type_name;
use crate::value::*;

use super::methods::s;
use super::str::str_repr;

/// `int(x=0)`, `int(x, base)`.
pub fn construct_int(interp: &Interp, args: &[Value]) -> PResult {
    match args.first() {
        Some(Value::Unbound) => Err(type_error("int() missing string argument")),
        first => int_from(interp, first, args.get(1).cloned()),
    }
}

fn int_from(interp: &Interp, value: Option<&Value>, base: Option<Value>) -> PResult {
    let Some(v) = value else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = int_arg(&base, "")?;
        let Value::Str(s) = v else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match numfmt::parse_int(&s.text, b as u32) {
            Ok(n) => Ok(Value::from_bigint(n)),
            Err(e) => Err(value_error(e.message(&str_repr(&s.text)))),
        };
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(f.trunc()))
        }
        Value::Str(s) => match numfmt::parse_small_decimal(&s.text) {
            Some(n) => Ok(Value::Int(n)),
            None => match numfmt::parse_int(&s.text, 10) {
                Ok(n) => Ok(Value::from_bigint(n)),
                Err(e) => Err(value_error(e.message(&str_repr(&s.text)))),
            },
        },
        Value::Instance(_) => {
            if let Some(n) = interp.int_value(v)? {
                return Ok(n);
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(v)
            )))
        }
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

/// `float(x=0.0)`.
pub fn construct_float(interp: &Interp, value: Option<&Value>) -> PResult {
    match value {
        None => Ok(Value::Float(0.0)),
        Some(Value::Float(f)) => Ok(Value::Float(*f)),
        Some(Value::Str(s)) => match numfmt::parse_float(&s.text) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                str_repr(&s.text)
            ))),
        },
        Some(v @ Value::Instance(_)) => match interp.float_value(v)? {
            Some(f) => Ok(Value::Float(f)),
            None => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ))),
        },
        Some(v) => match to_f64(v)? {
            Some(f) => Ok(Value::Float(f)),
            None => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ))),
        },
    }
}

/// `n.real`, `n.imag`, `n.numerator`, `n.denominator` of an int (or bool), `x.real`,
/// `x.imag` of a float.
pub fn attribute(number: &Value, name: &str) -> Option<Value> {
    match number {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(match number {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => number.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        _ => None,
    }
}

/// `abs(v)`: numbers by value, instances by their `__abs__`.
pub fn abs(interp: &Interp, v: &Value) -> PResult {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(inst) if inst.class.lookup(sym::ABS).is_some() => {
            let f = inst.class.lookup(sym::ABS).unwrap_or(Value::None);
            return interp.call_special(sym::ABS, &f, std::slice::from_ref(v), &[]);
        }
        other => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(other)
            )))
        }
    })
}

/// An integral float as an int value (exact, any size).
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        match num_traits::FromPrimitive::from_f64(f) {
            Some(b) => Value::from_bigint(b),
            None => Value::Int(0),
        }
    }
}

/// `n.bit_length()` for any int.
pub fn bit_length(v: &Value) -> Option<u64> {
    ops::to_bigint(v).map(|b| b.bits())
}

pub(super) fn int_bit_length(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let n = args.first().and_then(bit_length).unwrap_or(0);
    Ok(Value::Int(n as i64))
}

pub(super) fn int_bit_count(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("bit_count", &args[1..], 0, 0)?;
    let n = args.first().and_then(ops::to_bigint).unwrap_or_default();
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

pub(super) fn int_as_integer_ratio(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("as_integer_ratio", &args[1..], 0, 0)?;
    let n = match args.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::Int(0),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

pub(super) fn recv_float(args: &[Value], method: &str) -> PResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method float.{method}() needs an argument"
        ))),
    }
}

/// The exact fraction a float holds, in lowest terms.
pub(super) fn float_as_integer_ratio(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("as_integer_ratio", &args[1..], 0, 0)?;
    let x = recv_float(args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let sign: i64 = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mant, mut exp) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant % 2 == 0 && exp < 0 {
        mant /= 2;
        exp += 1;
    }
    let mut num = num_bigint::BigInt::from(mant) * sign;
    let mut den = num_bigint::BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, as CPython.
pub(super) fn float_hex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("hex", &args[1..], 0, 0)?;
    let x = recv_float(args, "hex")?;
    if !x.is_finite() {
        return Ok(s(digits::float_repr(x)));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(s(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    Ok(s(format!("{sign}0x{lead}.{frac:013x}p{exp:+}")))
}

/// `float.fromhex(s)`: the inverse of `hex()`, rounding half to even like CPython.
pub(super) fn float_fromhex(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("fromhex", kwargs)?;
    arity("fromhex", &args[1..], 1, 1)?;
    let text = match &args[1] {
        Value::Str(t) => t.text.trim().to_ascii_lowercase(),
        _ => return Err(type_error("bad argument type for built-in operation")),
    };
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let signed = |x: f64| Ok(Value::Float(if neg { -x } else { x }));
    match body {
        "inf" | "infinity" => return signed(f64::INFINITY),
        "nan" => return signed(f64::NAN),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut value = num_bigint::BigInt::from(0);
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        value = value * 16 + d;
    }
    let exp = exp.saturating_sub(4 * frac_part.len() as i64);
    // value * 2**exp, correctly rounded by the exact integer division; exponents far outside
    // the double range are cut to ones that give the same overflow or zero.
    let bits = value.bits() as i64;
    let x = if value.bits() == 0 || exp + bits < -1200 {
        0.0
    } else if exp + bits > 1100 {
        f64::INFINITY
    } else if exp >= 0 {
        true_divide(&(value << exp as usize), &1.into()).unwrap_or(f64::INFINITY)
    } else {
        let den = num_bigint::BigInt::from(1) << (-exp) as usize;
        true_divide(&value, &den).unwrap_or(f64::INFINITY)
    };
    if x.is_infinite() {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    signed(x)
}

/// `int.conjugate()`: the int itself, as an int (a bool's is 0 or 1).
pub(super) fn int_conjugate(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(match args.first() {
        Some(Value::Bool(b)) => Value::Int(i64::from(*b)),
        Some(v) => v.clone(),
        None => Value::None,
    })
}

pub(super) fn float_is_integer(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(false)),
    }
}
