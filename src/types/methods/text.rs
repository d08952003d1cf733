//! The methods of `str`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, kwarg, no_kwargs, only_kwargs, search_bound};
use crate::types::repr::is_printable;
use crate::types::str_format;
use crate::types::{type_name, types};
use crate::value::*;

use super::{must_str, recv_str, s};

pub(super) fn str_join(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let sep = recv_str(args, "join")?;
    arity("join", &args[1..], 1, 1)?;
    let items = interp.collect_iterable(&args[1])?;
    let parts: usize = items
        .iter()
        .map(|item| match item {
            Value::Str(p) => p.text.len(),
            _ => 0,
        })
        .fold(0, usize::saturating_add);
    let separators = sep.text.len().saturating_mul(items.len().saturating_sub(1));
    reserve(parts.saturating_add(separators), 1)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.text);
        }
        match item {
            Value::Str(p) => out.push_str(&p.text),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )))
            }
        }
    }
    Ok(s(out))
}

pub(super) fn split_args<'a>(
    args: &'a [Value],
    kwargs: &'a [(Sym, Value)],
    name: &str,
) -> PResult<(Option<String>, i64)> {
    only_kwargs(name, kwargs, &["sep", "maxsplit"])?;
    let sep = args.get(1).cloned().or_else(|| kwarg(kwargs, "sep"));
    let sep = match &sep {
        None | Some(Value::None) => None,
        Some(Value::Str(p)) => {
            if p.text.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(p.text.clone())
        }
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                type_name(other)
            )))
        }
    };
    let maxsplit = match args.get(2).cloned().or_else(|| kwarg(kwargs, "maxsplit")) {
        Some(v) => int_arg(&v, "")?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

pub(super) fn str_split(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "split")?;
    let (sep, maxsplit) = split_args(args, kwargs, "split")?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            let mut chars = sep.as_str().chars();
            if let (Some(c), None, true) = (chars.next(), chars.next(), maxsplit < 0) {
                // One character: a char pattern, which searches with memchr.
                text.text.split(c).map(s).collect()
            } else if maxsplit < 0 {
                text.text.split(sep.as_str()).map(s).collect()
            } else {
                text.text
                    .splitn(maxsplit as usize + 1, sep.as_str())
                    .map(s)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.text.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(s(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(s(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
    };
    Ok(Value::list(parts))
}

pub(super) fn str_rsplit(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "rsplit")?;
    let (sep, maxsplit) = split_args(args, kwargs, "rsplit")?;
    let mut parts: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                text.text.rsplit(sep.as_str()).map(s).collect()
            } else {
                text.text
                    .rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(s)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.text.trim_end();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(s(rest));
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                out.push(s(&rest[start..]));
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
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

/// Char-index window `[start, end)` of `text` from optional Python slice bounds.
pub(super) fn window(
    text: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PResult<(usize, usize)> {
    let len = text.char_len() as i64;
    let clamp = |v: Option<&Value>, default: i64| -> PResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = search_bound(v)?;
                let i = if i < 0 {
                    i.saturating_add(len).max(0)
                } else {
                    i.min(len)
                };
                Ok(i)
            }
        }
    };
    Ok((clamp(start, 0)? as usize, clamp(end, len)? as usize))
}

pub(super) fn char_to_byte(text: &PyStr, char_index: usize) -> usize {
    if text.is_ascii {
        char_index.min(text.text.len())
    } else {
        text.text
            .char_indices()
            .nth(char_index)
            .map(|(b, _)| b)
            .unwrap_or(text.text.len())
    }
}

pub(super) fn byte_to_char(text: &PyStr, byte_index: usize) -> usize {
    if text.is_ascii {
        byte_index
    } else {
        text.text[..byte_index].chars().count()
    }
}

pub(super) fn find_impl(args: &[Value], name: &str, reverse: bool) -> PResult<i64> {
    let text = recv_str(args, name)?;
    arity(name, &args[1..], 1, 3)?;
    let needle = must_str(args.get(1), name)?;
    let (start, end) = window(&text, args.get(2), args.get(3))?;
    if start > end {
        return Ok(-1);
    }
    let (bs, be) = (char_to_byte(&text, start), char_to_byte(&text, end));
    let hay = &text.text[bs..be];
    let found = if reverse {
        hay.rfind(needle)
    } else {
        hay.find(needle)
    };
    Ok(match found {
        Some(b) => byte_to_char(&text, bs + b) as i64,
        None => -1,
    })
}

pub(super) fn str_find(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "find", false)?))
}

pub(super) fn str_rfind(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "rfind", true)?))
}

pub(super) fn str_index(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn str_rindex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn str_count(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "count")?;
    arity("count", &args[1..], 1, 3)?;
    let needle = must_str(args.get(1), "count")?;
    let (start, end) = window(&text, args.get(2), args.get(3))?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &text.text[char_to_byte(&text, start)..char_to_byte(&text, end)];
    let n = if needle.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(needle).count()
    };
    Ok(Value::Int(n as i64))
}

pub(super) fn affix_impl(args: &[Value], name: &str, suffix: bool) -> PResult {
    let text = recv_str(args, name)?;
    arity(name, &args[1..], 1, 3)?;
    let (start, end) = window(&text, args.get(2), args.get(3))?;
    let hay = if start <= end {
        &text.text[char_to_byte(&text, start)..char_to_byte(&text, end)]
    } else {
        ""
    };
    let test = |p: &str| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(&p.text))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match item {
                    Value::Str(p) => {
                        if test(&p.text) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(other)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
    }
}

pub(super) fn str_startswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "startswith", false)
}

pub(super) fn str_endswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "endswith", true)
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, conversions and specs.
pub(super) fn str_format(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format")?;
    let arguments = str_format::Arguments::Call {
        positional: &args[1..],
        keywords: kwargs,
    };
    Ok(s(str_format::format(interp, &text.text, arguments)?))
}

pub(super) fn str_format_map(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format_map")?;
    let arguments = str_format::Arguments::Mapping(&args[1]);
    Ok(s(str_format::format(interp, &text.text, arguments)?))
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

pub(super) fn char_test(args: &[Value], name: &str, f: fn(char) -> bool) -> PResult {
    let text = recv_str(args, name)?;
    Ok(Value::Bool(
        !text.text.is_empty() && text.text.chars().all(f),
    ))
}

pub(super) fn str_isdigit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isdigit", |c| c.is_numeric())
}

pub(super) fn str_isalpha(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalpha", |c| c.is_alphabetic())
}

pub(super) fn str_isalnum(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalnum", |c| c.is_alphanumeric())
}

pub(super) fn str_isspace(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isspace", |c| c.is_whitespace())
}

pub(super) fn str_isupper(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "isupper")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
    ))
}

pub(super) fn str_islower(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "islower")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
    ))
}

pub(super) fn str_isidentifier(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "isidentifier")?;
    let mut chars = text.text.chars();
    let ok = match chars.next() {
        Some(c) => {
            (c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

/// A flag Argument Clinic reads as a C int (`bool(accept={int})`): an int, or an object
/// with `__index__`, else `'str' object cannot be interpreted as an integer`.
pub(super) fn int_flag(v: &Value) -> PResult<bool> {
    match v {
        Value::BigInt(_) => Ok(true),
        other => Ok(int_arg(other, "")? != 0),
    }
}

pub(super) fn str_splitlines(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "splitlines")?;
    let keep = match args.get(1) {
        Some(v) => int_flag(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let t = &text.text;
    let mut start = 0;
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        out.push(s(if keep { &t[start..end] } else { &t[start..i] }));
        start = end;
    }
    if start < t.len() {
        out.push(s(&t[start..]));
    }
    Ok(Value::list(out))
}

pub(super) fn partition_impl(args: &[Value], name: &str, reverse: bool) -> PResult {
    let text = recv_str(args, name)?;
    arity(name, &args[1..], 1, 1)?;
    let sep = must_str(args.get(1), name)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let t = &text.text;
    let found = if reverse { t.rfind(sep) } else { t.find(sep) };
    Ok(Value::tuple(match found {
        Some(i) => vec![s(&t[..i]), s(sep), s(&t[i + sep.len()..])],
        None if reverse => vec![s(""), s(""), s(t.clone())],
        None => vec![s(t.clone()), s(""), s("")],
    }))
}

pub(super) fn str_partition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "partition", false)
}

pub(super) fn str_rpartition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "rpartition", true)
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

pub(super) fn str_isascii(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isascii", &args[1..], 0, 0)?;
    Ok(Value::Bool(recv_str(args, "isascii")?.text.is_ascii()))
}

pub(super) fn str_isprintable(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isprintable", &args[1..], 0, 0)?;
    let text = recv_str(args, "isprintable")?;
    Ok(Value::Bool(text.text.chars().all(is_printable)))
}

/// Upper- and titlecase letters only after uncased ones, lowercase only after cased ones,
/// and at least one cased letter.
pub(super) fn str_istitle(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("istitle", &args[1..], 0, 0)?;
    let text = recv_str(args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in text.text.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
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
