//! "Did you mean" suggestions on the last line of a traceback, as CPython 3.11's traceback
//! printer makes them (Python/suggestions.c): the candidate closest by a Levenshtein distance
//! where a case change costs less than other edits, within a third of the characters involved.

use crate::exception::exc_data;
use crate::interp::Interp;
use crate::types::attributes::dir_names;
use crate::types::{class_of, types};
use crate::value::{NameScope, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The names of CPython 3.11's `builtins` module, in its dict's order (ties go to the first).
#[rustfmt::skip]
const CPYTHON_BUILTINS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
    "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr",
    "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
    "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next",
    "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
    "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
    "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
    "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup",
    "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
    "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
    "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
    "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
    "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
    "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license",
    "help",
];

/// The names a script's globals start with, in CPython's order.
#[rustfmt::skip]
const MODULE_DUNDERS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
    "__builtins__", "__file__", "__cached__",
];

/// The suggestion for an uncaught exception, if CPython would print one: only for exceptions of
/// exactly `NameError` or `AttributeError` that know the missing name.
pub fn suggestion(interp: &Interp, exc: &Value) -> Option<String> {
    let class = class_of(exc);
    let t = types();
    let data = exc_data(exc)?.borrow();
    let Some(Value::Str(name)) = &data.name else {
        return None;
    };
    let name = name.as_str();
    if std::rc::Rc::ptr_eq(&class, &t.attribute_error) {
        let obj = data.obj.as_ref()?;
        suggest(name, &dir_names(obj))
    } else if std::rc::Rc::ptr_eq(&class, &t.name_error) {
        let scope = data.name_scope.as_ref()?;
        name_error_suggestion(interp, name, scope)
    } else {
        None
    }
}

/// CPython searches the code's local variable names, then the globals, then the builtins, and
/// takes the first list that offers anything.
fn name_error_suggestion(_interp: &Interp, name: &str, scope: &NameScope) -> Option<String> {
    if let Some(code) = &scope.code {
        let free: Vec<u32> = code.scope.free_vars.iter().map(|&(_, slot)| slot).collect();
        let locals: Vec<String> = code
            .scope
            .slot_names
            .iter()
            .enumerate()
            .filter(|(slot, _)| !free.contains(&(*slot as u32)))
            .map(|(_, n)| n.to_string())
            .collect();
        if let Some(found) = suggest(name, &locals) {
            return Some(found);
        }
    }
    if let Some(globals) = scope.globals.upgrade() {
        let mut names: Vec<String> = MODULE_DUNDERS.iter().map(|s| s.to_string()).collect();
        let slots = globals.slots.borrow();
        for (symbol, value) in globals.names.borrow().iter().zip(slots.iter()) {
            if !matches!(value, Value::Unbound) {
                names.push(symbol.to_string());
            }
        }
        if let Some(found) = suggest(name, &names) {
            return Some(found);
        }
    }
    let builtins: Vec<String> = CPYTHON_BUILTINS.iter().map(|s| s.to_string()).collect();
    suggest(name, &builtins)
}

/// `calculate_suggestions`: the closest candidate other than `name` itself, if close enough.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let mut max_distance = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        // Don't take matches already beaten.
        if let Some((_, best_distance)) = best {
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, best_distance)| distance < best_distance) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between the UTF-8 bytes of two names, or `max_cost + 1` as soon as it
/// must exceed `max_cost`.
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    // Trim away common affixes.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // Prefer the shorter buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    // Quick fail when a match is impossible.
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] = cost(b[..b_index], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, a_char);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            // Everything in this row is too expensive.
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances_match_cpython() {
        // Values from CPython 3.11's traceback._levenshtein_distance with max_cost 100.
        assert_eq!(levenshtein_distance(b"lenght", b"length", 100), 4);
        assert_eq!(levenshtein_distance(b"balanse", b"balance", 100), 2);
        assert_eq!(levenshtein_distance(b"Print", b"print", 100), 1);
        assert_eq!(levenshtein_distance(b"abc", b"", 100), 6);
        assert_eq!(levenshtein_distance(b"kitten", b"sitting", 100), 6);
        assert_eq!(levenshtein_distance(b"kitten", b"sitting", 3), 4);
    }

    #[test]
    fn suggestions_pick_the_closest_within_a_third() {
        assert_eq!(
            suggest("lenght", &names(&["length", "len"])).as_deref(),
            Some("length")
        );
        assert_eq!(
            suggest("balanse", &names(&["__class__", "balance"])).as_deref(),
            Some("balance")
        );
        assert_eq!(suggest("xyz", &names(&["abc", "xyz"])), None);
        assert_eq!(
            suggest("Flase", &names(CPYTHON_BUILTINS)).as_deref(),
            Some("False")
        );
        let many: Vec<String> = (0..750).map(|i| format!("name{i}")).collect();
        assert_eq!(suggest("name1x", &many), None);
    }
}
