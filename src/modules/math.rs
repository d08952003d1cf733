//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::native;
use crate::ops::{to_bigint, to_f64};
use crate::symbol::Sym;
use crate::syntax::ast;
use crate::types::args::{arity, int_arg, kwarg};
use crate::types::{number::float_to_int, type_name};
use crate::value::*;

mod special;

use special::{
    acosh, asinh, atanh, cbrt, cosh, erf, erfc, exp2, expm1, gamma, lgamma, log1p, sinh, tanh,
};

// The C library's functions CPython itself calls, so results agree to the last bit.
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "remainder"]
    fn c_remainder(x: f64, y: f64) -> f64;
    #[link_name = "nextafter"]
    fn c_nextafter(x: f64, y: f64) -> f64;
    #[link_name = "frexp"]
    fn c_frexp(x: f64, e: *mut i32) -> f64;
    #[link_name = "ldexp"]
    fn c_ldexp(x: f64, e: i32) -> f64;
}

pub fn module() -> Value {
    let mut attrs = super::functions(&[
        native!("sqrt", sqrt),
        native!("floor", floor),
        native!("ceil", ceil),
        native!("trunc", trunc),
        native!("isclose", isclose),
        native!("gcd", gcd),
        native!("lcm", lcm),
        native!("fabs", fabs),
        native!("pow", pow),
        native!("exp", exp),
        native!("log", log),
        native!("log2", log2),
        native!("log10", log10),
        native!("sin", sin),
        native!("cos", cos),
        native!("tan", tan),
        native!("asin", asin),
        native!("acos", acos),
        native!("atan", atan),
        native!("atan2", atan2),
        native!("hypot", hypot),
        native!("degrees", degrees),
        native!("radians", radians),
        native!("factorial", factorial),
        native!("isnan", isnan),
        native!("isinf", isinf),
        native!("isfinite", isfinite),
        native!("copysign", copysign),
        native!("fmod", fmod),
        native!("modf", modf),
        native!("fsum", fsum),
        native!("prod", prod),
        native!("comb", comb),
        native!("perm", perm),
        native!("dist", dist),
        native!("sinh", sinh),
        native!("cosh", cosh),
        native!("tanh", tanh),
        native!("asinh", asinh),
        native!("acosh", acosh),
        native!("atanh", atanh),
        native!("cbrt", cbrt),
        native!("exp2", exp2),
        native!("expm1", expm1),
        native!("log1p", log1p),
        native!("erf", erf),
        native!("erfc", erfc),
        native!("gamma", gamma),
        native!("lgamma", lgamma),
        native!("isqrt", isqrt),
        native!("frexp", frexp),
        native!("ldexp", ldexp),
        native!("remainder", remainder),
        native!("nextafter", nextafter),
        native!("ulp", ulp),
    ]);
    attrs.push(("pi", Value::Float(std::f64::consts::PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(f64::INFINITY)));
    attrs.push(("nan", Value::Float(f64::NAN)));
    super::new_module("math", attrs)
}

fn float_arg(v: &Value) -> PResult<f64> {
    let converted = match v {
        // `__float__` / `__index__`, asked of the running interpreter.
        Value::Instance(_) => interp::with_current(|interp| interp.float_value(v))
            .transpose()?
            .flatten(),
        _ => to_f64(v)?,
    };
    match converted {
        Some(f) => Ok(f),
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

fn domain() -> Box<PyErr> {
    value_error("math domain error")
}

fn range_error() -> Box<PyErr> {
    overflow_error("math range error")
}

fn unary(args: &[Value], name: &str, f: fn(f64) -> f64, ok: fn(f64) -> bool) -> PResult {
    arity(name, args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if !ok(x) {
        return Err(domain());
    }
    let r = f(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn sqrt(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan())
}

fn exp(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "exp", f64::exp, |_| true)
}

fn log2(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Some(b) = args.first().and_then(to_bigint) {
        if b.is_positive() && b.bits() > 1000 {
            return Ok(Value::Float(
                b.bits() as f64 - 1.0 + log_mantissa(&b) / std::f64::consts::LN_2,
            ));
        }
    }
    unary(args, "log2", f64::log2, |x| x > 0.0 || x.is_nan())
}

fn log10(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "log10", f64::log10, |x| x > 0.0 || x.is_nan())
}

fn sin(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "sin", f64::sin, |x| !x.is_infinite())
}

fn cos(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "cos", f64::cos, |x| !x.is_infinite())
}

fn tan(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "tan", f64::tan, |x| !x.is_infinite())
}

fn asin(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "asin", f64::asin, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}

fn acos(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "acos", f64::acos, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}

fn atan(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "atan", f64::atan, |_| true)
}

fn degrees(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "degrees", f64::to_degrees, |_| true)
}

fn radians(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "radians", f64::to_radians, |_| true)
}

fn fabs(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    unary(args, "fabs", f64::abs, |_| true)
}

/// ln of a big int's mantissa in [1, 2), for logs of ints too large for a float.
fn log_mantissa(b: &BigInt) -> f64 {
    let shift = b.bits().saturating_sub(53);
    let top = (b >> shift).to_f64().unwrap_or(1.0);
    (top / 2f64.powi(52)).ln()
}

fn ln_of(v: &Value) -> PResult<f64> {
    if let Some(b) = to_bigint(v) {
        if !b.is_positive() {
            return Err(domain());
        }
        if b.bits() > 1000 {
            return Ok((b.bits() as f64 - 1.0) * std::f64::consts::LN_2 + log_mantissa(&b));
        }
    }
    let x = float_arg(v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("log", args, 1, 2)?;
    let x = ln_of(&args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(x)),
        Some(base) => {
            let b = ln_of(base)?;
            if b == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(Value::Float(x / b))
        }
    }
}

fn rounding(interp: &Interp, args: &[Value], name: &str, f: fn(f64) -> f64) -> PResult {
    arity(name, args, 1, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ Value::Instance(inst) => {
            // `__floor__`, `__ceil__`, `__trunc__` first; trunc has no float fallback.
            let hook = Sym::intern(&format!("__{name}__"));
            if let Some(method) = inst.class.lookup(hook) {
                let method = interp.descriptor_get(method, Some(v), &inst.class, hook)?;
                return interp.call(&method, &[], &[]);
            }
            if name == "trunc" {
                return Err(type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    inst.class.name
                )));
            }
            rounded_float(v, f)
        }
        v => rounded_float(v, f),
    }
}

/// `f` (floor, ceil or trunc) of a real number, as an int.
fn rounded_float(v: &Value, f: fn(f64) -> f64) -> PResult {
    let x = float_arg(v)?;
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(f(x)))
}

fn floor(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    rounding(interp, args, "floor", f64::floor)
}

fn ceil(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    rounding(interp, args, "ceil", f64::ceil)
}

fn trunc(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    rounding(interp, args, "trunc", f64::trunc)
}

fn isclose(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = float_arg(&args[0])?;
    let b = float_arg(&args[1])?;
    let rel = match kwarg(kwargs, "rel_tol") {
        Some(v) => float_arg(&v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kwargs, "abs_tol") {
        Some(v) => float_arg(&v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_args(args: &[Value]) -> PResult<Vec<BigInt>> {
    args.iter()
        .map(|v| {
            to_bigint(v).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                ))
            })
        })
        .collect()
}

fn gcd(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let ints = int_args(args)?;
    let r = ints.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x));
    Ok(Value::from_bigint(r))
}

fn lcm(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let ints = int_args(args)?;
    let r = ints.iter().fold(BigInt::from(1), |acc, x| {
        if x.is_zero() || acc.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(x)
        }
    });
    Ok(Value::from_bigint(r))
}

fn pow(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("pow", args, 2, 2)?;
    let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn atan2(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("atan2", args, 2, 2)?;
    Ok(Value::Float(
        float_arg(&args[0])?.atan2(float_arg(&args[1])?),
    ))
}

fn hypot(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mut acc = 0.0f64;
    for a in args {
        acc = acc.hypot(float_arg(a)?);
    }
    Ok(Value::Float(acc))
}

fn copysign(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("copysign", args, 2, 2)?;
    Ok(Value::Float(
        float_arg(&args[0])?.copysign(float_arg(&args[1])?),
    ))
}

fn fmod(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("fmod", args, 2, 2)?;
    let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn modf(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("modf", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    // The C library's modf: the fraction keeps the sign, and is 0 for an infinity.
    let fract = if x.is_infinite() { 0.0 } else { x.fract() };
    Ok(Value::tuple(vec![
        Value::Float(fract.copysign(x)),
        Value::Float(x.trunc()),
    ]))
}

fn factorial(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("factorial", args, 1, 1)?;
    let n = match &args[0] {
        Value::Float(_) => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => int_arg(v, "")?,
    };
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        check_every(i as usize)?;
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn isnan(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isnan", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0])?.is_nan()))
}

fn isinf(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isinf", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0])?.is_infinite()))
}

fn isfinite(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isfinite", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0])?.is_finite()))
}

/// Shewchuk's exact summation, as CPython's `math.fsum`.
fn fsum(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("fsum", args, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    for v in interp.collect_iterable(&args[0])? {
        let mut x = float_arg(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    arity("prod", args, 1, 1)?;
    let mut acc = kwarg(kwargs, "start").unwrap_or(Value::Int(1));
    for v in interp.collect_iterable(&args[0])? {
        acc = interp.binary_op(ast::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

fn comb(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("comb", args, 2, 2)?;
    let (n, k) = (int_arg(&args[0], "")?, int_arg(&args[1], "")?);
    if n < 0 || k < 0 {
        return Err(value_error(if n < 0 {
            "n must be a non-negative integer"
        } else {
            "k must be a non-negative integer"
        }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("perm", args, 1, 2)?;
    let n = int_arg(&args[0], "")?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_arg(v, "")?,
        _ => n,
    };
    if n < 0 || k < 0 {
        return Err(value_error(if n < 0 {
            "n must be a non-negative integer"
        } else {
            "k must be a non-negative integer"
        }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= n - i;
    }
    Ok(Value::from_bigint(r))
}

fn dist(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("dist", args, 2, 2)?;
    let p = interp.collect_iterable(&args[0])?;
    let q = interp.collect_iterable(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        acc = acc.hypot(float_arg(a)? - float_arg(b)?);
    }
    Ok(Value::Float(acc))
}

fn isqrt(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isqrt", args, 1, 1)?;
    let n = int_args(&args[..1])?.remove(0);
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn frexp(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("frexp", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let mut e: i32 = 0;
        // SAFETY: a pure function of a double, writing the exponent into a local.
        (unsafe { c_frexp(x, &mut e) }, e)
    };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ldexp", args, 2, 2)?;
    let x = float_arg(&args[0])?;
    let i = match &args[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) if b.is_negative() => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Beyond ±2200 every finite double over- or underflows, so clamping changes nothing.
    let e = i.clamp(-2200, 2200) as i32;
    // SAFETY: a pure function of a double and an int.
    let r = unsafe { c_ldexp(x, e) };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn remainder(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("remainder", args, 2, 2)?;
    let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    // SAFETY: a pure function of two doubles.
    Ok(Value::Float(unsafe { c_remainder(x, y) }))
}

fn nextafter(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("nextafter", args, 2, 2)?;
    let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
    // SAFETY: a pure function of two doubles.
    Ok(Value::Float(unsafe { c_nextafter(x, y) }))
}

fn ulp(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ulp", args, 1, 1)?;
    let x = float_arg(&args[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let next = f64::from_bits(x.to_bits() + 1);
    if next.is_infinite() {
        let prev = f64::from_bits(x.to_bits() - 1);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}
