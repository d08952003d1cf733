//! The `is...` predicates of `str` (`isdigit`, `isupper`, `istitle`, ...), and the
//! printable characters a repr shows as they are.

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::arity;
use crate::value::*;

use super::recv_str;

/// Approximates Python's `str.isprintable` for one char.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    !matches!(n, 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff)
}

fn char_test(args: &[Value], name: &str, f: fn(char) -> bool) -> PResult {
    let text = recv_str(args, name)?;
    Ok(Value::Bool(
        !text.text.is_empty() && text.text.chars().all(f),
    ))
}

pub(in crate::types) fn str_isdigit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isdigit", |c| c.is_numeric())
}

pub(in crate::types) fn str_isalpha(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalpha", |c| c.is_alphabetic())
}

pub(in crate::types) fn str_isalnum(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalnum", |c| c.is_alphanumeric())
}

pub(in crate::types) fn str_isspace(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isspace", |c| c.is_whitespace())
}

pub(in crate::types) fn str_isupper(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "isupper")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
    ))
}

pub(in crate::types) fn str_islower(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "islower")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
    ))
}

pub(in crate::types) fn str_isidentifier(
    _: &Interp,
    args: &[Value],
    _: &[(Sym, Value)],
) -> PResult {
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

pub(in crate::types) fn str_isascii(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isascii", &args[1..], 0, 0)?;
    Ok(Value::Bool(recv_str(args, "isascii")?.text.is_ascii()))
}

pub(in crate::types) fn str_isprintable(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isprintable", &args[1..], 0, 0)?;
    let text = recv_str(args, "isprintable")?;
    Ok(Value::Bool(text.text.chars().all(is_printable)))
}

/// Upper- and titlecase letters only after uncased ones, lowercase only after cased ones,
/// and at least one cased letter.
pub(in crate::types) fn str_istitle(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
