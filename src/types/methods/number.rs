//! The methods of `int`, `float` and `object`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::coroutine;
use crate::exception::*;
use crate::interp::call::inherits_from_object;
use crate::interp::Interp;
use crate::numfmt::digits;
use crate::ops;
use crate::ops::is_same;
use crate::symbol::{sym, Sym};
use crate::types::args::{arity, no_kwargs};
use crate::types::{type_name, types};
use crate::value::*;

use super::s;

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
        crate::numfmt::convert::true_divide(&(value << exp as usize), &1.into())
            .unwrap_or(f64::INFINITY)
    } else {
        let den = num_bigint::BigInt::from(1) << (-exp) as usize;
        crate::numfmt::convert::true_divide(&value, &den).unwrap_or(f64::INFINITY)
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

pub(super) fn same_value(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

pub(super) fn float_is_integer(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(false)),
    }
}

/// `coroutine.close()`: a coroutine that never started just ends (and will not warn).
pub(super) fn coroutine_close(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Some(Value::Native(n)) = args.first() {
        if let Native::Coroutine(c) = &**n {
            c.state.set(coroutine::CoroState::Started);
        }
    }
    Ok(Value::None)
}

/// `coroutine.send(value)`, driving a coroutine by hand as CPython's generator protocol
/// does: runs it to its next suspension (then returns None) or to its end (then raises
/// StopIteration with the returned value).
pub(super) fn coroutine_send(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    use crate::coroutine::CoroState;
    no_kwargs("send", kwargs)?;
    let coro = match args.first().map(|v| match v {
        Value::Native(n) => match &**n {
            Native::Coroutine(_) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }) {
        Some(Some(n)) => n,
        _ => {
            return Err(type_error(
                "descriptor 'send' requires a 'coroutine' object",
            ))
        }
    };
    let Native::Coroutine(c) = &*coro else {
        unreachable!("checked above")
    };
    if args.len() != 2 {
        return Err(type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut body = match c.state.replace(CoroState::Started) {
        CoroState::Sent(body) => body,
        fresh @ (CoroState::Python(_) | CoroState::Native(_)) => {
            c.state.set(fresh);
            if !args[1].is_none() {
                return Err(type_error(
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            interp.start_coroutine(c)?
        }
        CoroState::Started => return Err(runtime_error("cannot reuse already awaited coroutine")),
    };
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match body.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(Ok(value)) => {
            let args = if value.is_none() { vec![] } else { vec![value] };
            Err(PyErr::with_args(&types().stop_iteration, args))
        }
        std::task::Poll::Ready(Err(e)) => Err(e),
        std::task::Poll::Pending => {
            c.state.set(CoroState::Sent(body));
            Ok(Value::None)
        }
    }
}

/// `BaseException.add_note(note)`: appends to the exception's `__notes__` list (made on the
/// first note), which a traceback prints after the exception's line.
pub(super) fn exc_add_note(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let (exc, note) = (&args[0], &args[1]);
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    let notes = Sym::intern("__notes__");
    let list = match interp.get_attr(exc, notes) {
        Ok(list) => list,
        Err(err) if err.is_instance_of(&types().attribute_error) => {
            let list = Value::list(Vec::new());
            interp.set_attr(exc, notes, list.clone())?;
            list
        }
        Err(err) => return Err(err),
    };
    match &list {
        Value::List(items) => items.borrow_mut().push(note.clone()),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

pub(super) fn object_init(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    if let Some(Value::Instance(inst)) = args.first() {
        if inst.exc.is_some() {
            if let Some(data) = &inst.exc {
                data.borrow_mut().args = args[1..].to_vec();
            }
            return Ok(Value::None);
        }
        if args.len() > 1 || !kwargs.is_empty() {
            // CPython's `object_init`: extra arguments are an error unless `__new__` is
            // overridden and `__init__` is not (then `__new__` took them).
            if !inherits_from_object(&inst.class, sym::INIT) {
                return Err(type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if inherits_from_object(&inst.class, sym::NEW) {
                return Err(type_error(format!(
                    "{}() takes no arguments",
                    inst.class.name
                )));
            }
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args)`: a new, bare instance of `cls`.
pub(super) fn object_new(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let class = match args.first() {
        None => return Err(type_error("object.__new__(): not enough arguments")),
        Some(Value::Class(c)) => c,
        Some(other) => {
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
    };
    if !matches!(class.kind, ClassKind::Object | ClassKind::Exception) {
        return Err(type_error(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            class.name
        )));
    }
    // BaseException.__new__ takes any arguments: they become `args`.
    if class.kind == ClassKind::Object && (args.len() > 1 || !kwargs.is_empty()) {
        // CPython's `object_new`: extra arguments are an error unless `__init__` is
        // overridden and `__new__` is not (then `__init__` takes them).
        if !inherits_from_object(class, sym::NEW) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_from_object(class, sym::INIT) {
            return Err(type_error(format!("{}() takes no arguments", class.name)));
        }
    }
    interp.new_instance(class, &args[1..])
}

/// The receiver and attribute name of `object.__getattribute__` / `__setattr__` /
/// `__delattr__` (`count` arguments in all).
pub(super) fn attribute_args(args: &[Value], count: usize) -> PResult<Sym> {
    if args.len() != count {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            count - 1,
            if count == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    match &args[1] {
        Value::Str(name) => Ok(Sym::intern(&name.text)),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

pub(super) fn object_getattribute(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_get_attr(&args[0], inst, name),
        other => interp.get_attr(other, name),
    }
}

pub(super) fn object_setattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 3)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_set_attr(&args[0], inst, name, args[2].clone())?,
        other => interp.set_attr(other, name, args[2].clone())?,
    }
    Ok(Value::None)
}

pub(super) fn object_delattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_del_attr(&args[0], inst, name)?,
        other => interp.del_attr(other, name)?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: the hook every class has, which takes nothing.
pub(super) fn object_init_subclass(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let name = match args.first() {
        Some(Value::Class(c)) => c.qualname.clone(),
        _ => "object".to_string(),
    };
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

pub(super) fn object_repr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(inst) = &v {
        if let Some(data) = &inst.exc {
            let a = data.borrow().args.clone();
            let inner = if a.len() == 1 {
                interp.repr(&a[0])?
            } else {
                let parts: PResult<Vec<String>> = a.iter().map(|x| interp.repr(x)).collect();
                parts?.join(", ")
            };
            return Ok(s(format!("{}({})", inst.class.name, inner)));
        }
        return Ok(s(crate::types::repr::default_repr(&inst.class, &v)));
    }
    Ok(s(interp.repr(&v)?))
}

pub(super) fn object_str(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let v = args.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(inst) = &v {
        if let Some(data) = &inst.exc {
            let a = data.borrow().args.clone();
            return Ok(s(match a.as_slice() {
                [] => String::new(),
                [one] => interp.str(one)?,
                many => interp.repr(&Value::tuple(many.to_vec()))?,
            }));
        }
        if let Some(f) = inst.class.lookup(sym::REPR) {
            return interp.call(&f, std::slice::from_ref(&v), &[]);
        }
    }
    Ok(s(interp.repr(&v)?))
}

pub(super) fn object_eq(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

pub(super) fn object_ne(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(false)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

pub(super) fn object_hash(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(
        args.first()
            .map(|v| (v.identity() >> 4) as i64)
            .unwrap_or(0),
    ))
}
