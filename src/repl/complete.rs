//! Tab completion, answered on the interpreter's thread: keywords, names in scope (the
//! session's globals and the builtins), and attributes of modules and objects reached by a
//! dotted name (`asyncio.ga` → `asyncio.gather`, `q.put_` → `q.put_nowait`). Like CPython's
//! `rlcompleter`, it looks names up but runs no code: attributes are found with `dir`'s
//! rules, and a dotted name is followed only through module attributes and instance data.

use crate::symbol::Sym;
use crate::value::Value;

use super::session::Session;
use crate::modules::asyncio;
use crate::types::attributes;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with",
];

/// The completions of `line` at byte `pos`: where the replaced word starts, and the
/// candidates (whole words, sorted, without duplicates).
pub fn complete(session: &Session, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before = &line[..pos];
    if before.trim().is_empty() {
        // Tab in the indentation indents, as in CPython's REPL.
        return (pos, vec!["    ".to_string()]);
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &line[start..pos];
    let mut candidates: Vec<String> = match word.rsplit_once('.') {
        Some((base, partial)) => match dotted_value(session, base) {
            Some(value) => names_of(session, &value)
                .into_iter()
                .filter(|name| name.starts_with(partial))
                .filter(|name| partial.starts_with('_') || !name.starts_with('_'))
                .map(|name| format!("{base}.{name}"))
                .collect(),
            None => Vec::new(),
        },
        None => {
            let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
            let globals = &session.globals;
            for (slot, name) in globals.names.borrow().iter().enumerate() {
                if !matches!(
                    globals.slots.borrow().get(slot),
                    None | Some(Value::Unbound)
                ) {
                    names.push(name.to_string());
                }
            }
            names.extend(
                session
                    .interp
                    .builtins
                    .borrow()
                    .keys()
                    .map(|k| k.to_string()),
            );
            names
                .into_iter()
                .filter(|name| name.starts_with(word))
                .filter(|name| word.starts_with('_') || !name.starts_with('_'))
                .collect()
        }
    };
    candidates.sort();
    candidates.dedup();
    (start, candidates)
}

/// The value a dotted name refers to, found without running code.
fn dotted_value(session: &Session, dotted: &str) -> Option<Value> {
    let mut parts = dotted.split('.');
    let first = Sym::intern(parts.next()?);
    let mut value = session
        .globals
        .get(first)
        .or_else(|| session.interp.builtins.borrow().get(&first).cloned())?;
    for part in parts {
        let name = Sym::intern(part);
        value = match &value {
            Value::Module(m) => {
                let _ = asyncio::load_prelude_into(&session.interp, m);
                let attr = m.attrs.borrow().get(&name).cloned();
                attr?
            }
            Value::Instance(inst) => inst.get_attr(name)?,
            Value::Class(c) => c.lookup(name)?,
            _ => return None,
        };
    }
    Some(value)
}

/// The attribute names of `value`, as `dir` lists them (asyncio's Python half included).
fn names_of(session: &Session, value: &Value) -> Vec<String> {
    if let Value::Module(m) = value {
        let _ = asyncio::load_prelude_into(&session.interp, m);
    }
    attributes::dir_names(value)
}
