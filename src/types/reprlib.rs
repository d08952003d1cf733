//! `reprlib.repr` with CPython's default limits: the short repr asyncio shows a future's
//! result with (`<Future finished result=[0, 1, 2, 3, 4, 5, ...]>`).

use crate::exception::PResult;
use crate::interp::Interp;
use crate::types;
use crate::value;
use crate::value::Value;

use super::sort::sort_values;

const MAX_LEVEL: usize = 6;
/// Items shown of a tuple, list, set or frozenset.
const MAX_ITEMS: usize = 6;
const MAX_DICT: usize = 4;
const MAX_STRING: usize = 30;
const MAX_LONG: usize = 40;
const MAX_OTHER: usize = 30;
const FILL: &str = "...";

/// `reprlib.repr(v)`.
pub fn short_repr(interp: &Interp, v: &Value) -> PResult<String> {
    repr1(interp, v, MAX_LEVEL)
}

/// `Repr.repr1`: by the exact type (a subclass of list is an "instance").
fn repr1(interp: &Interp, v: &Value, level: usize) -> PResult<String> {
    match v {
        Value::Str(s) => {
            let text = s.as_str();
            let repr = interp.repr(&Value::str(take_chars(text, MAX_STRING)))?;
            if repr.chars().count() <= MAX_STRING {
                return Ok(repr);
            }
            let (i, j) = split(MAX_STRING);
            let n = text.chars().count();
            let kept = format!("{}{}", take_chars(text, i), skip_chars(text, n - j));
            let repr = interp.repr(&Value::str(kept))?;
            Ok(cut(&repr, i, j))
        }
        Value::Int(_) | Value::BigInt(_) => Ok(shorten(interp.repr(v)?, MAX_LONG)),
        Value::Tuple(items) => {
            let items: Vec<Value> = items.iter().cloned().collect();
            let trail = if items.len() == 1 { "," } else { "" };
            iterable(interp, &items, level, "(", trail, ")")
        }
        Value::List(items) => {
            let items = items.borrow().clone();
            iterable(interp, &items, level, "[", "", "]")
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().map(|k| k.value.clone()).collect();
            if items.is_empty() {
                return Ok("set()".to_string());
            }
            let items = possibly_sorted(interp, items);
            iterable(interp, &items, level, "{", "", "}")
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().map(|k| k.value.clone()).collect();
            if items.is_empty() {
                return Ok("frozenset()".to_string());
            }
            let items = possibly_sorted(interp, items);
            iterable(interp, &items, level, "frozenset({", "", "})")
        }
        Value::Dict(d) => {
            let pairs = value::dict_pairs(d);
            if pairs.is_empty() {
                return Ok("{}".to_string());
            }
            if level == 0 {
                return Ok(format!("{{{FILL}}}"));
            }
            let keys = possibly_sorted(interp, pairs.iter().map(|(k, _)| k.clone()).collect());
            let mut pieces = Vec::new();
            for key in keys.iter().take(MAX_DICT) {
                let value = pairs
                    .iter()
                    .find(|(k, _)| value::keys_equal(k, key))
                    .map(|(_, v)| v.clone())
                    .unwrap_or(Value::None);
                pieces.push(format!(
                    "{}: {}",
                    repr1(interp, key, level - 1)?,
                    repr1(interp, &value, level - 1)?
                ));
            }
            if pairs.len() > MAX_DICT {
                pieces.push(FILL.to_string());
            }
            Ok(format!("{{{}}}", pieces.join(", ")))
        }
        // `repr_instance`: everything else, cut to 30 characters; a `__repr__` that fails
        // gives a placeholder.
        _ => Ok(match interp.repr(v) {
            Ok(repr) => shorten(repr, MAX_OTHER),
            Err(_) => format!("<{} instance at {:#x}>", types::type_name(v), v.identity()),
        }),
    }
}

/// `Repr._repr_iterable`.
fn iterable(
    interp: &Interp,
    items: &[Value],
    level: usize,
    left: &str,
    trail: &str,
    right: &str,
) -> PResult<String> {
    if items.is_empty() {
        return Ok(format!("{left}{right}"));
    }
    if level == 0 {
        return Ok(format!("{left}{FILL}{right}"));
    }
    let mut pieces = Vec::new();
    for item in items.iter().take(MAX_ITEMS) {
        pieces.push(repr1(interp, item, level - 1)?);
    }
    if items.len() > MAX_ITEMS {
        pieces.push(FILL.to_string());
    }
    Ok(format!("{left}{}{trail}{right}", pieces.join(", ")))
}

/// `reprlib._possibly_sorted`: sorted if the items compare, else as they are.
fn possibly_sorted(interp: &Interp, items: Vec<Value>) -> Vec<Value> {
    let mut sorted = items.clone();
    match sort_values(interp, &mut sorted, None, false) {
        Ok(()) => sorted,
        Err(_) => items,
    }
}

/// The kept lengths of the head and the tail of a text cut to `limit` characters.
fn split(limit: usize) -> (usize, usize) {
    let i = (limit - FILL.len()) / 2;
    (i, limit - FILL.len() - i)
}

/// `s[:i] + '...' + s[len(s)-j:]` on characters.
fn cut(s: &str, i: usize, j: usize) -> String {
    let n = s.chars().count();
    format!("{}{FILL}{}", take_chars(s, i), skip_chars(s, n - j))
}

/// A repr longer than `limit` characters, cut in the middle.
fn shorten(repr: String, limit: usize) -> String {
    if repr.chars().count() <= limit {
        return repr;
    }
    let (i, j) = split(limit);
    cut(&repr, i, j)
}

fn take_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

fn skip_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[at..],
        None => "",
    }
}
