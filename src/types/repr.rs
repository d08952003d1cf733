//! `repr()`, `str()`, `format()` and `%`-formatting of values, as CPython writes them: the
//! dispatch over every kind of value, the containers' reprs (which share the guard against
//! self-reference), and for the others their type's own (`str.rs`, `function.rs`,
//! `exception.rs`, ...).

use crate::exception::*;
use crate::interp::Interp;
use crate::numfmt;
use crate::ops::to_bigint;
use crate::symbol::sym;
use crate::types::{class_of, type_name, types};
use crate::value::*;

use super::iterator::iterator_type_name;
use super::number::float_to_int;
use super::object::default_repr;
use super::str::str_repr;
use super::{exception, function, range, slice};
use crate::types::native;

thread_local! {
    /// Containers whose repr is being built, to print `[...]` for self-references.
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `ascii()`: non-ASCII chars escaped.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub(super) fn address(v: &Value) -> String {
    format!("0x{:x}", v.identity())
}

fn with_guard(
    v: &Value,
    open: &str,
    close: &str,
    body: impl FnOnce() -> PResult<String>,
) -> PResult<String> {
    let id = v.identity();
    let seen = REPR_STACK.with(|s| s.borrow().contains(&id));
    if seen {
        return Ok(format!("{open}...{close}"));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(id));
    let result = body();
    REPR_STACK.with(|s| s.borrow_mut().pop());
    result
}

pub(super) fn join_reprs(interp: &Interp, items: &[Value]) -> PResult<String> {
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_value(interp, v)?);
    }
    Ok(out)
}

pub fn repr_value(interp: &Interp, v: &Value) -> PResult<String> {
    let _depth = interp.enter_recursion(" while getting the repr of an object")?;
    Ok(match v {
        Value::Unbound | Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => {
            let mut digits = String::with_capacity(20);
            numfmt::push_i64(&mut digits, *i);
            digits
        }
        Value::BigInt(b) => numfmt::int_to_decimal_string(b).map_err(num_err)?,
        Value::Float(f) => numfmt::float_repr(*f),
        Value::Str(s) => str_repr(&s.text),
        Value::List(l) => {
            let items = l.borrow().clone();
            with_guard(v, "[", "]", || {
                Ok(format!("[{}]", join_reprs(interp, &items)?))
            })?
        }
        Value::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr_value(interp, &t[0])?)
            } else {
                with_guard(v, "(", ")", || Ok(format!("({})", join_reprs(interp, t)?)))?
            }
        }
        Value::Dict(d) => {
            let items = dict_pairs(d);
            with_guard(v, "{", "}", || {
                let mut out = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr_value(interp, k)?);
                    out.push_str(": ");
                    out.push_str(&repr_value(interp, val)?);
                }
                out.push('}');
                Ok(out)
            })?
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().map(|k| k.value.clone()).collect();
            if items.is_empty() {
                "set()".into()
            } else {
                with_guard(v, "{", "}", || {
                    Ok(format!("{{{}}}", join_reprs(interp, &items)?))
                })?
            }
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().map(|k| k.value.clone()).collect();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", join_reprs(interp, &items)?)
            }
        }
        Value::Range(r) => range::repr(r),
        Value::Slice(s) => slice::repr(interp, s)?,
        Value::Function(f) => function::function_repr(f, v),
        Value::Builtin(b) => function::builtin_repr(b),
        Value::BoundMethod(m) => function::method_repr(interp, m)?,
        Value::Class(c) => {
            if &*c.module.name() == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Value::Instance(inst) => {
            if let Some(f) = inst.class.lookup(sym::REPR) {
                if !matches!(f, Value::Builtin(_)) {
                    let r = interp.call_special(sym::REPR, &f, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.text.clone()),
                        other => Err(type_error(format!(
                            "__repr__ returned non-string (type {})",
                            type_name(&other)
                        ))),
                    };
                }
            }
            match &inst.exc {
                Some(data) => exception::repr(interp, &inst.class, data)?,
                None => default_repr(&inst.class, v),
            }
        }
        Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
        Value::Cell(_) => format!("<cell at {}>", address(v)),
        Value::Iterator(it) => match iterator_type_name(&it.borrow()) {
            "generator" => format!("<generator object <genexpr> at {}>", address(v)),
            name => format!("<{} object at {}>", name, address(v)),
        },
        Value::Descriptor(_) => format!("<{} object at {}>", type_name(v), address(v)),
        Value::Native(n) => native::native_repr(interp, v, n)?,
        Value::Future(f) => (library().future_repr)(interp, f)?,
    })
}

pub fn str_value(interp: &Interp, v: &Value) -> PResult<String> {
    match v {
        Value::Str(s) => Ok(s.text.clone()),
        Value::Instance(inst) => {
            if let Some(f) = inst
                .class
                .lookup(sym::STR)
                .filter(|f| !matches!(f, Value::Builtin(_)))
            {
                let r = interp.call_special(sym::STR, &f, std::slice::from_ref(v), &[])?;
                return match r {
                    Value::Str(s) => Ok(s.text.clone()),
                    other => Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(&other)
                    ))),
                };
            }
            if let Some(data) = &inst.exc {
                if let Some(text) = exception::str_of(interp, v, inst, data)? {
                    return Ok(text);
                }
            }
            repr_value(interp, v)
        }
        Value::Native(n) => match &**n {
            Native::Object(o) => o.str(interp, v),
            _ => repr_value(interp, v),
        },
        _ => repr_value(interp, v),
    }
}

/// `format(value, spec)`.
pub fn format_value(interp: &Interp, v: &Value, spec: &str) -> PResult<String> {
    use numfmt::Formattable;
    let type_name_text = class_of(v).name.name();
    let big;
    let native = match v {
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(i.to_string());
            }
            big = num_bigint::BigInt::from(*i);
            Some(Formattable::Int(&big))
        }
        Value::BigInt(b) => Some(Formattable::Int(b)),
        Value::Bool(b) => Some(Formattable::Bool(*b)),
        Value::Float(f) => Some(Formattable::Float(*f)),
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.text.clone());
            }
            Some(Formattable::Str(&s.text))
        }
        _ => None,
    };
    if let Some(native) = native {
        return numfmt::format_value(native, spec, &type_name_text).map_err(num_err);
    }
    match v {
        Value::Instance(inst) if inst.class.lookup(sym::FORMAT).is_some() => {
            let f = inst.class.lookup(sym::FORMAT).unwrap_or(Value::None);
            let r = interp.call_special(sym::FORMAT, &f, &[v.clone(), Value::str(spec)], &[])?;
            match r {
                Value::Str(s) => Ok(s.text.clone()),
                other => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&other)
                ))),
            }
        }
        _ => {
            if spec.is_empty() {
                str_value(interp, v)
            } else {
                Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    class_of(v).name
                )))
            }
        }
    }
}

/// `"%s and %d" % args`: printf-style formatting.
pub fn percent_format(interp: &Interp, fmt: &str, args: &Value) -> PResult<String> {
    let values: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mapping = matches!(args, Value::Dict(_));
    let mut next = 0;
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut k = String::new();
            for c in chars.by_ref() {
                if c == ')' {
                    break;
                }
                k.push(c);
            }
            key = Some(k);
        }
        let mut conv = None;
        for c in chars.by_ref() {
            if "diouxXeEfFgGcrsa%".contains(c) {
                conv = Some(c);
                break;
            }
            spec.push(c);
        }
        let Some(conv) = conv else {
            return Err(value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let mut next_value = || {
            let v = values
                .get(next)
                .cloned()
                .ok_or_else(|| type_error("not enough arguments for format string"));
            next += 1;
            v
        };
        let (mut flags, mut rest): (String, String) = {
            let i = spec
                .find(|c: char| !"-+ #0".contains(c))
                .unwrap_or(spec.len());
            (spec[..i].to_string(), spec[i..].to_string())
        };
        // `%*d`, `%.*f`: the width and precision come from the arguments, before the value;
        // a negative width means left-justified.
        while let Some(star) = rest.find('*') {
            let n = match next_value()? {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                _ => return Err(type_error("* wants int")),
            };
            let is_width = !rest[..star].contains('.');
            if is_width && n < 0 {
                flags.push('-');
            }
            let n = if is_width {
                n.unsigned_abs()
            } else {
                n.max(0) as u64
            };
            rest.replace_range(star..star + 1, &n.to_string());
        }
        let value = match (&key, mapping) {
            (Some(k), true) => interp.get_item(args, &Value::str(k.clone()))?,
            _ => next_value()?,
        };
        let is_text = matches!(conv, 's' | 'r' | 'a' | 'c');
        let py_spec = printf_spec(&flags, &rest, is_text);
        let text = printf_convert(interp, conv, &value, &flags, &rest, py_spec)?;
        out.push_str(&text);
    }
    if next < values.len() && !mapping {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The `format()` spec of one printf-style conversion: printf right-justifies every
/// conversion unless `-` is given; `0` pads numbers only.
fn printf_spec(flags: &str, rest: &str, is_text: bool) -> String {
    let mut py_spec = String::new();
    if flags.contains('-') {
        py_spec.push('<');
    } else {
        py_spec.push('>');
    }
    if is_text {
        // Sign and alternate-form flags mean nothing for text.
    } else if flags.contains('+') {
        py_spec.push('+');
    } else if flags.contains(' ') {
        py_spec.push(' ');
    }
    if flags.contains('#') && !is_text {
        py_spec.push('#');
    }
    if flags.contains('0') && !flags.contains('-') && !is_text {
        py_spec.clear();
        if flags.contains('+') {
            py_spec.push('+');
        }
        py_spec.push('0');
    }
    py_spec.push_str(rest);
    py_spec
}

/// One printf-style conversion (`conv`, one of `sracdiuoxXeEfFgG`) of `value`: text through
/// `str`/`repr`/`ascii`, a character, an integer laid out as C's printf does, or a float.
fn printf_convert(
    interp: &Interp,
    conv: char,
    value: &Value,
    flags: &str,
    rest: &str,
    py_spec: String,
) -> PResult<String> {
    Ok(match conv {
        's' => format_value(interp, &Value::str(str_value(interp, value)?), &py_spec)?,
        'r' => format_value(interp, &Value::str(repr_value(interp, value)?), &py_spec)?,
        'a' => {
            let text = ascii_escape(&repr_value(interp, value)?);
            format_value(interp, &Value::str(text), &py_spec)?
        }
        'c' => {
            let ch = match value {
                Value::Str(s) if s.text.chars().count() == 1 => s.text.to_string(),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_bigint(value)
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(char::from_u32)
                    .map(String::from)
                    .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?,
                _ => return Err(type_error("%c requires int or char")),
            };
            format_value(interp, &Value::str(ch), &py_spec)?
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let decimal = matches!(conv, 'd' | 'i' | 'u');
            let n = match value {
                Value::Float(f) if decimal => to_bigint(&float_to_int(f.trunc())),
                // `%d` takes what `int()` would (`__int__`, `__index__`), `%x` and `%o`
                // only an `__index__`; a TypeError on the way is the format's own.
                v @ Value::Instance(_) => {
                    let converted = if decimal {
                        interp.int_value(v)
                    } else {
                        interp.index_value(v)
                    };
                    match converted {
                        Ok(n) => n.as_ref().and_then(to_bigint),
                        Err(e) if e.is_instance_of(&types().type_error) => None,
                        Err(e) => return Err(e),
                    }
                }
                v => to_bigint(v),
            };
            let Some(n) = n else {
                let wanted = if matches!(conv, 'd' | 'i' | 'u') {
                    "a real number"
                } else {
                    "an integer"
                };
                return Err(type_error(format!(
                    "%{conv} format: {wanted} is required, not {}",
                    type_name(value)
                )));
            };
            printf_int(&n, conv, flags, rest)?
        }
        _ => {
            let f = interp.float_value(value)?.ok_or_else(|| {
                type_error(format!("must be real number, not {}", type_name(value)))
            })?;
            let spec = if rest.contains('.') {
                py_spec
            } else {
                format!("{py_spec}.6")
            };
            format_value(interp, &Value::Float(f), &format!("{spec}{conv}"))?
        }
    })
}

/// An integer conversion of printf-style `%` (`d i u o x X`), as C's printf lays it out: the
/// precision is a minimum number of digits, `#` adds `0o`/`0x`, `0` pads with zeros after the
/// sign and prefix (with a precision too, unlike C), `-` left-justifies.
fn printf_int(n: &num_bigint::BigInt, conv: char, flags: &str, rest: &str) -> PResult<String> {
    let (width, precision) = match rest.split_once('.') {
        Some((w, p)) => (w, Some(p)),
        None => (rest, None),
    };
    let number = |text: &str| -> PResult<usize> {
        if text.is_empty() {
            return Ok(0);
        }
        text.parse::<usize>()
            .map_err(|_| value_error("unsupported format character"))
    };
    let width = number(width)?;
    let precision = precision.map(number).transpose()?;
    reserve(width.max(precision.unwrap_or(0)), 1)?;
    let magnitude = n.magnitude();
    let mut digits = match conv {
        'o' => magnitude.to_str_radix(8),
        'x' => magnitude.to_str_radix(16),
        'X' => magnitude.to_str_radix(16).to_uppercase(),
        _ => numfmt::int_to_decimal_string(&num_bigint::BigInt::from(magnitude.clone()))
            .map_err(num_err)?,
    };
    if let Some(p) = precision {
        if digits.len() < p {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let prefix = match conv {
        'o' if flags.contains('#') => "0o",
        'x' if flags.contains('#') => "0x",
        'X' if flags.contains('#') => "0X",
        _ => "",
    };
    let len = sign.len() + prefix.len() + digits.len();
    let pad = width.saturating_sub(len);
    Ok(if flags.contains('-') {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    })
}
