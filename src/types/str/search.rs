//! Searching a `str` and cutting it where something is found: `find`, `index`, `count`,
//! `startswith`, `partition`, `split`, `splitlines` and their kin.

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, int_flag, kwarg, only_kwargs, search_bound};
use crate::types::methods::s;
use crate::types::type_name;
use crate::value::*;

use super::{must_str, recv_str};

/// Char-index window `[start, end)` of `text` from optional Python slice bounds.
fn window(text: &PyStr, start: Option<&Value>, end: Option<&Value>) -> PResult<(usize, usize)> {
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

fn char_to_byte(text: &PyStr, char_index: usize) -> usize {
    if text.is_ascii() {
        char_index.min(text.text.len())
    } else {
        text.text
            .char_indices()
            .nth(char_index)
            .map(|(b, _)| b)
            .unwrap_or(text.text.len())
    }
}

fn byte_to_char(text: &PyStr, byte_index: usize) -> usize {
    if text.is_ascii() {
        byte_index
    } else {
        text.text[..byte_index].chars().count()
    }
}

fn find_impl(args: &[Value], name: &str, reverse: bool) -> PResult<i64> {
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

pub(in crate::types) fn str_find(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "find", false)?))
}

pub(in crate::types) fn str_rfind(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "rfind", true)?))
}

pub(in crate::types) fn str_index(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(in crate::types) fn str_rindex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(in crate::types) fn str_count(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn affix_impl(args: &[Value], name: &str, suffix: bool) -> PResult {
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

pub(in crate::types) fn str_startswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "startswith", false)
}

pub(in crate::types) fn str_endswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "endswith", true)
}

fn partition_impl(args: &[Value], name: &str, reverse: bool) -> PResult {
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

pub(in crate::types) fn str_partition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "partition", false)
}

pub(in crate::types) fn str_rpartition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "rpartition", true)
}

fn split_args<'a>(
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

pub(in crate::types) fn str_split(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

pub(in crate::types) fn str_rsplit(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

pub(in crate::types) fn str_splitlines(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
