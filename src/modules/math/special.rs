//! The `math` module's hyperbolic, exponential and error functions, which call the C
//! library as CPython does, and gamma and log-gamma, computed as CPython computes them.

use super::{c_erf, c_erfc, domain, float_arg, range_error, unary};
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::value::*;

// The C library's functions CPython itself calls, so results agree to the last bit
// (Rust's own versions of some differ in the last digit).
mod libm {
    macro_rules! c_unary {
        ($($name:ident),*) => {$(
            pub fn $name(x: f64) -> f64 {
                extern "C" {
                    fn $name(x: f64) -> f64;
                }
                // SAFETY: a pure function of one double, from the C library std links.
                unsafe { $name(x) }
            }
        )*};
    }
    c_unary!(sinh, cosh, tanh, asinh, acosh, atanh, exp2, expm1, log1p);

    /// The C library's `cbrt` under its `_Float64` name: the plain name is taken by a
    /// Rust built-in copy that rounds differently.
    pub fn cbrt(x: f64) -> f64 {
        extern "C" {
            fn cbrtf64(x: f64) -> f64;
        }
        // SAFETY: a pure function of one double.
        unsafe { cbrtf64(x) }
    }
}

pub(super) fn sinh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "sinh", libm::sinh, |_| true)
}

pub(super) fn cosh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "cosh", libm::cosh, |_| true)
}

pub(super) fn tanh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "tanh", libm::tanh, |_| true)
}

pub(super) fn asinh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "asinh", libm::asinh, |_| true)
}

pub(super) fn acosh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "acosh", libm::acosh, |x| x >= 1.0 || x.is_nan())
}

pub(super) fn atanh(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "atanh", libm::atanh, |x| x.abs() < 1.0 || x.is_nan())
}

pub(super) fn cbrt(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "cbrt", libm::cbrt, |_| true)
}

pub(super) fn exp2(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "exp2", libm::exp2, |_| true)
}

pub(super) fn expm1(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "expm1", libm::expm1, |_| true)
}

pub(super) fn log1p(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "log1p", libm::log1p, |x| x > -1.0 || x.is_nan())
}

pub(super) fn erf(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    // SAFETY: a pure function of one double, from the C library Rust's std already links.
    unary(args, "erf", |x| unsafe { c_erf(x) }, |_| true)
}

pub(super) fn erfc(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    // SAFETY: as for erf.
    unary(args, "erfc", |x| unsafe { c_erfc(x) }, |_| true)
}

// Gamma and log-gamma as CPython computes them (a Lanczos approximation, not the C
// library's), so results agree to the last bit.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near the integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

pub(super) fn gamma(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("gamma", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(Value::Float(x));
        }
        return Err(domain());
    }
    if x == 0.0 || (x.floor() == x && x < 0.0) {
        return Err(domain());
    }
    if x.floor() == x && x <= 23.0 {
        // (x-1)! is exact in a double up to 22!.
        let f: f64 = (1..x as u64).map(|i| i as f64).product();
        return Ok(Value::Float(f));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(Value::Float(r))
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(Value::Float(0.0 / sinpi(x)))
        } else {
            Err(range_error())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

pub(super) fn lgamma(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("lgamma", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if !x.is_finite() {
        return Ok(Value::Float(if x.is_nan() { x } else { f64::INFINITY }));
    }
    if x.floor() == x && x <= 2.0 {
        return if x <= 0.0 {
            Err(domain())
        } else {
            Ok(Value::Float(0.0))
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(Value::Float(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}
