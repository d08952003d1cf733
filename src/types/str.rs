//! `str`: its constructor, repr, receivers and methods; searching and splitting in
//! `str/search.rs`, the `is...` predicates in `str/predicates.rs`, `str.format` in
//! `str/format.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, no_kwargs};
use crate::types::{type_name, types};
use crate::value::*;

use super::methods::s;

pub mod format;
mod predicates;
mod search;

pub use predicates::is_printable;
pub(super) use predicates::*;
pub(super) use search::*;

/// `str(object='', encoding=..., errors=...)`. Decoding needs bytes, which pyco does not
/// have: with an encoding or errors, CPython's errors for what is given instead.
pub fn construct(interp: &Interp, args: &[Value]) -> PResult {
    let given = |i: usize| args.get(i).filter(|v| !matches!(v, Value::Unbound));
    let object = given(0);
    if args.len() <= 1 {
        return match object {
            None => Ok(Value::str("")),
            Some(v @ Value::Str(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::str(interp.str(v)?)),
        };
    }
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = given(i).filter(|v| !matches!(v, Value::Str(_))) {
            return Err(type_error(format!(
                "str() argument '{what}' must be str, not {}",
                type_name(v)
            )));
        }
    }
    match object {
        None => Ok(Value::str("")),
        Some(Value::Str(_)) => Err(type_error("decoding str is not supported")),
        Some(v) => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(v)
        ))),
    }
}

/// Python's repr of a str: single quotes unless the text has a `'` and no `"`.
pub fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

pub(super) fn recv_str(args: &[Value], method: &str) -> PResult<Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method str.{method}() needs an argument"
        ))),
    }
}

pub(super) fn must_str<'a>(v: Option<&'a Value>, method: &str) -> PResult<&'a str> {
    match v {
        Some(Value::Str(s)) => Ok(&s.text),
        Some(other) => Err(type_error(format!("must be str, not {}", type_name(other)))),
        None => Err(type_error(format!(
            "{method}() takes at least 1 argument (0 given)"
        ))),
    }
}

pub(super) fn str_join(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let sep = recv_str(args, "join")?;
    arity("join", &args[1..], 1, 1)?;
    // A list or tuple is read where it is (joining runs no Python code); anything else is
    // collected first.
    match &args[1] {
        Value::List(items) => join_parts(&sep, &items.borrow()),
        Value::Tuple(items) => join_parts(&sep, items),
        other => join_parts(&sep, &interp.collect_iterable(other)?),
    }
}

/// `sep.join(items)`, its output allocated once at its final size.
fn join_parts(sep: &PyStr, items: &[Value]) -> PResult {
    let mut parts: usize = 0;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(p) => parts = parts.saturating_add(p.text.len()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )))
            }
        }
    }
    let separators = sep.text.len().saturating_mul(items.len().saturating_sub(1));
    let total = parts.saturating_add(separators);
    reserve(total, 1)?;
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.text);
        }
        if let Value::Str(p) = item {
            out.push_str(&p.text);
        }
    }
    Ok(s(out))
}

pub(super) fn strip_impl(args: &[Value], name: &str, left: bool, right: bool) -> PResult {
    let text = recv_str(args, name)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(chars)) => Some(chars.text.as_str()),
        Some(_) => {
            return Err(type_error(format!("{name} arg must be None or str")));
        }
    };
    let t = text.text.as_str();
    let result = match chars {
        None => {
            let t = if left { t.trim_start() } else { t };
            if right {
                t.trim_end()
            } else {
                t
            }
        }
        Some(set) => {
            let f = |c: char| set.contains(c);
            let t = if left { t.trim_start_matches(f) } else { t };
            if right {
                t.trim_end_matches(f)
            } else {
                t
            }
        }
    };
    Ok(s(result))
}

pub(super) fn str_strip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "strip", true, true)
}

pub(super) fn str_lstrip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "lstrip", true, false)
}

pub(super) fn str_rstrip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "rstrip", false, true)
}

pub(super) fn str_upper(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(s(recv_str(args, "upper")?.text.to_uppercase()))
}

pub(super) fn str_lower(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(s(recv_str(args, "lower")?.text.to_lowercase()))
}

pub(super) fn str_title(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text.text.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(s(out))
}

pub(super) fn str_capitalize(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "capitalize")?;
    let mut chars = text.text.chars();
    let out = match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + &chars.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(s(out))
}

pub(super) fn str_swapcase(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "swapcase")?;
    let out: String = text
        .text
        .chars()
        .flat_map(|c| -> Vec<char> {
            if c.is_uppercase() {
                c.to_lowercase().collect()
            } else {
                c.to_uppercase().collect()
            }
        })
        .collect();
    Ok(s(out))
}

pub(super) fn replace_arg(v: &Value, position: usize) -> PResult<&str> {
    match v {
        Value::Str(s) => Ok(&s.text),
        other => Err(type_error(format!(
            "replace() argument {position} must be str, not {}",
            type_name(other)
        ))),
    }
}

pub(super) fn str_replace(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "replace")?;
    let old = replace_arg(&args[1], 1)?;
    let new = replace_arg(&args[2], 2)?;
    let count = match args.get(3) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let out = if count < 0 {
        text.text.replace(old, new)
    } else {
        text.text.replacen(old, new, count as usize)
    };
    Ok(s(out))
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, conversions and specs.
pub(super) fn str_format(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format")?;
    let arguments = format::Arguments::Call {
        positional: &args[1..],
        keywords: kwargs,
    };
    Ok(s(format::format(interp, &text.text, arguments)?))
}

pub(super) fn str_format_map(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format_map")?;
    let arguments = format::Arguments::Mapping(&args[1]);
    Ok(s(format::format(interp, &text.text, arguments)?))
}

pub(super) fn pad_args(args: &[Value], name: &str) -> PResult<(Rc<PyStr>, usize, char)> {
    let text = recv_str(args, name)?;
    arity(name, &args[1..], 1, 2)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.text.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                type_name(other)
            )))
        }
        None => ' ',
    };
    reserve(width, fill.len_utf8())?;
    Ok((text, width, fill))
}

pub(super) fn str_ljust(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (text, width, fill) = pad_args(args, "ljust")?;
    let n = text.char_len();
    Ok(s(format!(
        "{}{}",
        text.text,
        fill.to_string().repeat(width.saturating_sub(n))
    )))
}

pub(super) fn str_rjust(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (text, width, fill) = pad_args(args, "rjust")?;
    let n = text.char_len();
    Ok(s(format!(
        "{}{}",
        fill.to_string().repeat(width.saturating_sub(n)),
        text.text
    )))
}

pub(super) fn str_center(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (text, width, fill) = pad_args(args, "center")?;
    let n = text.char_len();
    if width <= n {
        return Ok(s(text.text.clone()));
    }
    let marg = width - n;
    // CPython: left = marg/2 + (marg & width & 1)
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    let f = fill.to_string();
    Ok(s(format!(
        "{}{}{}",
        f.repeat(left),
        text.text,
        f.repeat(right)
    )))
}

pub(super) fn str_zfill(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "zfill")?;
    arity("zfill", &args[1..], 1, 1)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let n = text.char_len();
    if width <= n {
        return Ok(s(text.text.clone()));
    }
    reserve(width, 1)?;
    let pad = "0".repeat(width - n);
    let t = &text.text;
    Ok(s(if t.starts_with('+') || t.starts_with('-') {
        format!("{}{}{}", &t[..1], pad, &t[1..])
    } else {
        format!("{pad}{t}")
    }))
}

pub(super) fn str_removeprefix(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "removeprefix")?;
    let p = match &args[1] {
        Value::Str(p) => p.text.as_str(),
        other => {
            return Err(type_error(format!(
                "removeprefix() argument must be str, not {}",
                type_name(other)
            )))
        }
    };
    Ok(s(text.text.strip_prefix(p).unwrap_or(&text.text)))
}

pub(super) fn str_removesuffix(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "removesuffix")?;
    let p = match &args[1] {
        Value::Str(p) => p.text.as_str(),
        other => {
            return Err(type_error(format!(
                "removesuffix() argument must be str, not {}",
                type_name(other)
            )))
        }
    };
    Ok(s(text.text.strip_suffix(p).unwrap_or(&text.text)))
}

pub(super) fn str_expandtabs(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "expandtabs")?;
    let size = match args.get(1) {
        Some(v) => int_arg(v, "")?,
        None => 8,
    };
    // CPython takes the tab size as a C int.
    if size > i64::from(i32::MAX) {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    let size = size.max(0) as usize;
    if text.text.contains('\t') {
        reserve(size, 1)?;
    }
    let mut out = String::new();
    let mut col = 0;
    for c in text.text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(s(out))
}

pub(super) fn str_casefold(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("casefold", &args[1..], 0, 0)?;
    let text = recv_str(args, "casefold")?;
    let mut out = String::with_capacity(text.text.len());
    for c in text.text.chars() {
        // The full case foldings that differ from lowercasing, for the letters met in practice.
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'ŉ' => out.push_str("ʼn"),
            'İ' => out.push_str("i\u{307}"),
            c => out.extend(c.to_lowercase()),
        }
    }
    Ok(s(out))
}

/// The key of a translation table entry: a code point, or a one-character string.
pub(super) fn maketrans_key(key: &Value) -> PResult<Value> {
    match key {
        Value::Str(k) => {
            let mut chars = k.text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(value_error(
                    "string keys in translate table must be of length 1",
                )),
            }
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(key.clone()),
        _ => Err(type_error(
            "keys in translate table must be strings or integers",
        )),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
pub(super) fn str_maketrans(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("str.maketrans", kwargs)?;
    arity("maketrans", args, 1, 3)?;
    let table = Rc::new(RefCell::new(Dict::default()));
    let set = |k: Value, v: Value| interp.dict_set(&table, interp.key(k)?, v);
    match args {
        [Value::Dict(d)] => {
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                set(maketrans_key(&k)?, v)?;
            }
        }
        [_] => {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [x, y, rest @ ..] => {
            let strs = |v: &Value, n: &str| match v {
                Value::Str(s) => Ok(s.clone()),
                other => Err(type_error(format!(
                    "maketrans() argument {n} must be str, not {}",
                    type_name(other)
                ))),
            };
            let (x, y) = (strs(x, "1")?, strs(y, "2")?);
            if x.text.chars().count() != y.text.chars().count() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.text.chars().zip(y.text.chars()) {
                set(Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = rest.first() {
                for c in strs(z, "3")?.text.chars() {
                    set(Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [] => unreachable!("arity checked"),
    }
    Ok(Value::Dict(table))
}

/// `str.translate(table)`: each character looked up by code point with `table[ord(c)]`;
/// a LookupError keeps the character, None drops it.
pub(super) fn str_translate(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("translate", kwargs)?;
    let text = recv_str(args, "translate")?;
    arity("translate", &args[1..], 1, 1)?;
    let table = &args[1];
    let lookup_error = types().lookup_error.clone();
    let mut out = String::with_capacity(text.text.len());
    for c in text.text.chars() {
        match interp.get_item(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(&r.text),
            Ok(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                let cp = ops::to_bigint(&v).and_then(|b| num_traits::ToPrimitive::to_u32(&b));
                match cp.and_then(char::from_u32) {
                    Some(r) => out.push(r),
                    None => {
                        return Err(value_error("character mapping must be in range(0x110000)"))
                    }
                }
            }
            Ok(_) => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(e) if e.is_instance_of(&lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(s(out))
}
