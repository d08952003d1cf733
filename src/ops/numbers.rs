//! Arithmetic on ints (machine words with a big-integer fallback) and floats, with CPython's
//! errors and rounding (`//` and `%` floor, `divmod`, `**`).

use super::{binary_type_error, binop_symbol, to_bigint, to_f64};
use crate::exception::*;
use crate::numfmt;
use crate::syntax::ast::BinOp;
use crate::types::types;
use crate::value::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Python's floor division and modulo of floats.
pub(super) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub(super) fn int_pow(base: &BigInt, exp: u64) -> PResult {
    if base.magnitude().bits() > 1 {
        // A lower bound on the result's size, so only a result that certainly cannot fit
        // is refused.
        let bits = (base.magnitude().bits() - 1).saturating_mul(exp);
        reserve(usize::try_from(bits / 8).unwrap_or(usize::MAX), 1)?;
    }
    if exp > 100_000_000 && base.abs() > BigInt::from(1) {
        return Err(overflow_error("exponent too large"));
    }
    Ok(Value::from_bigint(num_traits::pow::pow(
        base.clone(),
        exp as usize,
    )))
}

/// `x op y` for two small ints when the result is a small int (None: take the general path).
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

pub(super) fn int_binary(op: BinOp, a: &Value, b: &Value) -> PResult {
    let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
        return Err(binary_type_error(op, a, b));
    };
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => Value::from_bigint(x * y),
        BinOp::Div => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            Value::Float(numfmt::true_divide(&x, &y).map_err(num_err)?)
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                let (Some(fx), Some(fy)) = (to_f64(a)?, to_f64(b)?) else {
                    return Err(binary_type_error(op, a, b));
                };
                Value::Float(fx.powf(fy))
            } else if x.magnitude() <= &num_bigint::BigUint::from(1u8) {
                // 0, 1 and -1 to any power, however large: no multiplication needed.
                Value::from_bigint(if x.is_zero() && !y.is_zero() {
                    BigInt::from(0)
                } else if x.is_negative() && y.is_odd() {
                    BigInt::from(-1)
                } else {
                    BigInt::from(1)
                })
            } else {
                int_pow(&x, y.to_u64().unwrap_or(u64::MAX))?
            }
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let shift = y.to_usize().unwrap_or(usize::MAX);
            let bits = shift.saturating_add(x.magnitude().bits() as usize);
            reserve(bits / 8 + 1, 1)?;
            Value::from_bigint(x << shift)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let shift = y.to_usize().unwrap_or(usize::MAX).min(1 << 30);
            Value::from_bigint(x >> shift)
        }
        BinOp::BitAnd => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p & *q));
            }
            Value::from_bigint(x & y)
        }
        BinOp::BitOr => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p | *q));
            }
            Value::from_bigint(x | y)
        }
        BinOp::BitXor => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p ^ *q));
            }
            Value::from_bigint(x ^ y)
        }
        BinOp::MatMul => return Err(binary_type_error(op, a, b)),
    })
}

pub(super) fn float_binary(op: BinOp, x: f64, y: f64) -> PResult {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            // CPython's float_pow: 0.0 ** -inf is inf, only finite negative powers fail.
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(value_error("complex numbers are not supported by pyco"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PyErr::with_args(
                    &types().overflow_error,
                    vec![Value::Int(34), Value::str("Numerical result out of range")],
                ));
            }
            r
        }
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                binop_symbol(op)
            )))
        }
    }))
}
