//! The texts `help()` shows for pyco's builtins and asyncio: a signature and one short
//! paragraph each, written for pyco (CPython's pydoc pages are far longer).

mod asyncio;
mod classes;
mod exceptions;
mod functions;

/// The help of a builtin or asyncio name: `(signature, description)`. `name` is the bare
/// name for builtins (`"print"`, `"len"`, `"int"`, `"ValueError"`) and `"asyncio.NAME"` for
/// asyncio (`"asyncio.gather"`, `"asyncio.Queue"`), and `"asyncio"` for the module itself.
pub fn lookup(name: &str) -> Option<(&'static str, &'static str)> {
    texts()
        .find(|(n, _, _)| *n == name)
        .map(|(_, s, d)| (*s, *d))
}

/// Every name with a text, for the test that checks coverage.
#[cfg(test)]
pub fn names() -> impl Iterator<Item = &'static str> {
    texts().map(|(n, _, _)| *n)
}

/// `(name, signature, description)`. Signatures are CPython 3.11's (`inspect.signature`, or
/// the docs' form where it has none).
type Entry = (&'static str, &'static str, &'static str);

/// The tables, one file each: the builtin functions, the builtin classes, the exceptions,
/// then `asyncio` and its names and `nest_asyncio`.
const TABLES: [&[Entry]; 4] = [
    functions::TEXTS,
    classes::TEXTS,
    exceptions::TEXTS,
    asyncio::TEXTS,
];

/// Every text, table after table.
fn texts() -> impl Iterator<Item = &'static Entry> {
    TABLES.iter().flat_map(|table| table.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique() {
        let mut seen = HashSet::new();
        for name in names() {
            assert!(seen.insert(name), "{name} has two texts");
        }
    }

    #[test]
    fn each_description_is_one_short_paragraph() {
        for (name, sig, desc) in texts() {
            assert!(!sig.is_empty() && !sig.contains('\n'), "{name}: signature");
            assert!(!desc.contains('\n'), "{name}: more than one line");
            assert!(desc.ends_with('.'), "{name}: does not end with a period");
            assert!(
                desc.chars().count() < 400,
                "{name}: longer than 400 characters"
            );
            assert_eq!(desc.trim(), *desc, "{name}: surrounding whitespace");
        }
    }

    #[test]
    fn asyncio_names_are_qualified() {
        for (name, sig, _) in texts() {
            if name.starts_with("asyncio") || name.starts_with("nest_asyncio") {
                assert!(sig.starts_with(name), "{name}: signature {sig}");
            }
        }
    }

    #[test]
    fn lookup_finds_texts() {
        let (sig, desc) = lookup("asyncio.gather").unwrap();
        assert!(sig.starts_with("asyncio.gather("));
        assert!(desc.contains("return_exceptions"));
        assert!(lookup("print").is_some());
        assert!(lookup("asyncio").is_some());
        assert!(lookup("no_such_name").is_none());
    }
}
