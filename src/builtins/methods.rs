//! Methods of str, list, tuple, dict, set, int and float, and sequence indexing and slicing.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins;
use crate::builtins::{arity, int_arg, kwarg, no_kwargs, only_kwargs, sort_values};
use crate::coroutine;
use crate::exception::*;
use crate::interp::call::{inherits_from_object, normalize_index};
use crate::interp::convert;
use crate::interp::keys::change_set_by_copy;
use crate::interp::Interp;
use crate::native;
use crate::numfmt::digits;
use crate::ops;
use crate::ops::is_same;
use crate::symbol::{sym, Sym};
use crate::types::{type_name, types};
use crate::value::*;

pub(super) fn add(class: &Rc<Class>, methods: &[&'static BuiltinFunction]) {
    class_changed();
    let mut dict = class.dict.borrow_mut();
    for m in methods {
        dict.insert(Sym::intern(m.name), Value::Builtin(m));
    }
}

/// `list.sort`, which `sorted` calls too.
pub(crate) static LIST_SORT: BuiltinFunction = BuiltinFunction {
    name: "sort",
    call: list_sort,
    awaited: None,
    signature: Some(&super::signatures::LIST_SORT),
};

/// Puts the methods into the built-in classes' dicts.
pub fn install_methods() {
    let t = types();
    add(
        &t.str_,
        &[
            native!("join", str_join, sig = &super::signatures::METHOD_ONE),
            native!("split", str_split, sig = &super::signatures::STR_SPLIT),
            native!("rsplit", str_rsplit, sig = &super::signatures::STR_RSPLIT),
            native!("strip", str_strip, sig = &super::signatures::STR_STRIP),
            native!("lstrip", str_lstrip, sig = &super::signatures::STR_LSTRIP),
            native!("rstrip", str_rstrip, sig = &super::signatures::STR_RSTRIP),
            native!("upper", str_upper, sig = &super::signatures::METHOD_NONE),
            native!("lower", str_lower, sig = &super::signatures::METHOD_NONE),
            native!("title", str_title, sig = &super::signatures::METHOD_NONE),
            native!(
                "capitalize",
                str_capitalize,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "swapcase",
                str_swapcase,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "replace",
                str_replace,
                sig = &super::signatures::STR_REPLACE
            ),
            native!("find", str_find, sig = &super::signatures::STR_FIND),
            native!("rfind", str_rfind, sig = &super::signatures::STR_RFIND),
            native!("index", str_index, sig = &super::signatures::STR_INDEX),
            native!("rindex", str_rindex, sig = &super::signatures::STR_RINDEX),
            native!("count", str_count, sig = &super::signatures::STR_COUNT),
            native!(
                "startswith",
                str_startswith,
                sig = &super::signatures::STR_STARTSWITH
            ),
            native!(
                "endswith",
                str_endswith,
                sig = &super::signatures::STR_ENDSWITH
            ),
            native!("format", str_format),
            native!(
                "format_map",
                str_format_map,
                sig = &super::signatures::METHOD_ONE
            ),
            native!("zfill", str_zfill, sig = &super::signatures::METHOD_ONE),
            native!("ljust", str_ljust, sig = &super::signatures::STR_LJUST),
            native!("rjust", str_rjust, sig = &super::signatures::STR_RJUST),
            native!("center", str_center, sig = &super::signatures::STR_CENTER),
            native!(
                "isdigit",
                str_isdigit,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isdecimal",
                str_isdigit,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isnumeric",
                str_isdigit,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isalpha",
                str_isalpha,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isalnum",
                str_isalnum,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isspace",
                str_isspace,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isupper",
                str_isupper,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "islower",
                str_islower,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isidentifier",
                str_isidentifier,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "splitlines",
                str_splitlines,
                sig = &super::signatures::STR_SPLITLINES
            ),
            native!(
                "partition",
                str_partition,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "rpartition",
                str_rpartition,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "removeprefix",
                str_removeprefix,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "removesuffix",
                str_removesuffix,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "expandtabs",
                str_expandtabs,
                sig = &super::signatures::STR_EXPANDTABS
            ),
            native!(
                "casefold",
                str_casefold,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isascii",
                str_isascii,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "isprintable",
                str_isprintable,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "istitle",
                str_istitle,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "translate",
                str_translate,
                sig = &super::signatures::METHOD_ONE
            ),
        ],
    );
    t.str_.dict.borrow_mut().insert(
        Sym::intern("maketrans"),
        Value::Descriptor(Rc::new(Descriptor::StaticMethod(Value::Builtin(native!(
            "maketrans",
            str_maketrans
        ))))),
    );
    add(
        &t.list,
        &[
            native!("append", list_append, sig = &super::signatures::METHOD_ONE),
            native!("extend", list_extend, sig = &super::signatures::METHOD_ONE),
            native!("pop", list_pop, sig = &super::signatures::LIST_POP),
            native!("insert", list_insert, sig = &super::signatures::LIST_INSERT),
            native!("remove", list_remove, sig = &super::signatures::METHOD_ONE),
            native!("index", seq_index, sig = &super::signatures::SEQ_INDEX),
            native!("count", seq_count, sig = &super::signatures::METHOD_ONE),
            &LIST_SORT,
            native!(
                "reverse",
                list_reverse,
                sig = &super::signatures::METHOD_NONE
            ),
            native!("copy", list_copy, sig = &super::signatures::METHOD_NONE),
            native!("clear", list_clear, sig = &super::signatures::METHOD_NONE),
        ],
    );
    add(
        &t.tuple,
        &[
            native!("index", tuple_index, sig = &super::signatures::SEQ_INDEX),
            native!("count", tuple_count, sig = &super::signatures::METHOD_ONE),
        ],
    );
    add(
        &t.slice,
        &[native!(
            "indices",
            slice_indices_method,
            sig = &super::signatures::METHOD_ONE
        )],
    );
    add(
        &t.dict_keys,
        &[native!(
            "isdisjoint",
            view_isdisjoint,
            sig = &super::signatures::METHOD_ONE
        )],
    );
    add(
        &t.dict_items,
        &[native!(
            "isdisjoint",
            view_isdisjoint,
            sig = &super::signatures::METHOD_ONE
        )],
    );
    add(
        &t.range,
        &[
            native!(
                "index",
                super::range::range_index,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "count",
                super::range::range_count,
                sig = &super::signatures::METHOD_ONE
            ),
        ],
    );
    add(
        &t.dict,
        &[
            native!("keys", dict_keys, sig = &super::signatures::METHOD_NONE),
            native!("values", dict_values, sig = &super::signatures::METHOD_NONE),
            native!("items", dict_items, sig = &super::signatures::METHOD_NONE),
            native!("get", dict_get, sig = &super::signatures::DICT_GET),
            native!(
                "setdefault",
                dict_setdefault,
                sig = &super::signatures::DICT_SETDEFAULT
            ),
            native!("update", dict_update),
            native!("pop", dict_pop, sig = &super::signatures::DICT_POP),
            native!(
                "popitem",
                dict_popitem,
                sig = &super::signatures::METHOD_NONE
            ),
            native!("copy", dict_copy, sig = &super::signatures::METHOD_NONE),
            native!("clear", dict_clear, sig = &super::signatures::METHOD_NONE),
        ],
    );
    t.dict.dict.borrow_mut().insert(
        Sym::intern("fromkeys"),
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(native!(
            "fromkeys",
            dict_fromkeys
        ))))),
    );
    let set_methods: &[&'static BuiltinFunction] = &[
        native!("add", set_add, sig = &super::signatures::METHOD_ONE),
        native!("discard", set_discard, sig = &super::signatures::METHOD_ONE),
        native!("remove", set_remove, sig = &super::signatures::METHOD_ONE),
        native!("pop", set_pop),
        native!(
            "update",
            set_update,
            sig = &super::signatures::METHOD_VARARGS
        ),
        native!("union", set_union, sig = &super::signatures::METHOD_VARARGS),
        native!(
            "intersection",
            set_intersection,
            sig = &super::signatures::METHOD_VARARGS
        ),
        native!(
            "difference",
            set_difference,
            sig = &super::signatures::METHOD_VARARGS
        ),
        native!(
            "symmetric_difference",
            set_symmetric_difference,
            sig = &super::signatures::METHOD_ONE
        ),
        native!(
            "issubset",
            set_issubset,
            sig = &super::signatures::METHOD_ONE
        ),
        native!(
            "issuperset",
            set_issuperset,
            sig = &super::signatures::METHOD_ONE
        ),
        native!(
            "isdisjoint",
            set_isdisjoint,
            sig = &super::signatures::METHOD_ONE
        ),
        native!("copy", set_copy, sig = &super::signatures::METHOD_NONE),
        native!("clear", set_clear, sig = &super::signatures::METHOD_NONE),
        native!(
            "intersection_update",
            set_intersection_update,
            sig = &super::signatures::METHOD_VARARGS
        ),
        native!(
            "symmetric_difference_update",
            set_symmetric_difference_update
        ),
        native!(
            "difference_update",
            set_difference_update,
            sig = &super::signatures::METHOD_VARARGS
        ),
    ];
    add(&t.set, set_methods);
    add(
        &t.frozenset,
        &[
            native!("union", set_union, sig = &super::signatures::METHOD_VARARGS),
            native!(
                "intersection",
                set_intersection,
                sig = &super::signatures::METHOD_VARARGS
            ),
            native!(
                "difference",
                set_difference,
                sig = &super::signatures::METHOD_VARARGS
            ),
            native!(
                "symmetric_difference",
                set_symmetric_difference,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "issubset",
                set_issubset,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "issuperset",
                set_issuperset,
                sig = &super::signatures::METHOD_ONE
            ),
            native!(
                "isdisjoint",
                set_isdisjoint,
                sig = &super::signatures::METHOD_ONE
            ),
            native!("copy", set_copy, sig = &super::signatures::METHOD_NONE),
        ],
    );
    add(
        &t.int,
        &[
            native!(
                "bit_length",
                int_bit_length,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "bit_count",
                int_bit_count,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "as_integer_ratio",
                int_as_integer_ratio,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "conjugate",
                int_conjugate,
                sig = &super::signatures::METHOD_NONE
            ),
        ],
    );
    // bool inherits the rest from int, as in CPython.
    add(
        &t.float,
        &[
            native!(
                "is_integer",
                float_is_integer,
                sig = &super::signatures::METHOD_NONE
            ),
            native!(
                "as_integer_ratio",
                float_as_integer_ratio,
                sig = &super::signatures::METHOD_NONE
            ),
            native!("hex", float_hex, sig = &super::signatures::METHOD_NONE),
            native!(
                "conjugate",
                same_value,
                sig = &super::signatures::METHOD_NONE
            ),
        ],
    );
    t.float.dict.borrow_mut().insert(
        Sym::intern("fromhex"),
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(native!(
            "fromhex",
            float_fromhex
        ))))),
    );
    add(
        &t.coroutine,
        &[
            native!("close", coroutine_close),
            native!("send", coroutine_send),
            native!("__await__", same_value),
        ],
    );
    add(
        &t.base_exception,
        &[
            native!("with_traceback", same_value),
            native!("add_note", exc_add_note),
        ],
    );
    let group_methods: &[&'static BuiltinFunction] = &[
        native!("__str__", super::exception_group::group_str),
        native!("derive", super::exception_group::group_derive),
        native!("subgroup", super::exception_group::group_subgroup),
        native!("split", super::exception_group::group_split),
    ];
    // ExceptionGroup's single base is Exception, so it needs its own copy of the methods.
    add(&t.base_exception_group, group_methods);
    add(&t.exception_group, group_methods);
    let object_methods: &[&'static BuiltinFunction] = &[
        native!("__init__", object_init),
        native!("__repr__", object_repr),
        native!("__str__", object_str),
        native!("__eq__", object_eq),
        native!("__ne__", object_ne),
        native!("__hash__", object_hash),
        native!("__getattribute__", object_getattribute),
        native!("__setattr__", object_setattr),
        native!("__delattr__", object_delattr),
    ];
    add(&t.object, object_methods);
    t.object.dict.borrow_mut().insert(
        sym::INIT_SUBCLASS,
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(native!(
            "__init_subclass__",
            object_init_subclass
        ))))),
    );
    // `__new__` is a static method: `object.__new__(cls)`, `super().__new__(cls)`.
    t.object.dict.borrow_mut().insert(
        sym::NEW,
        Value::Descriptor(Rc::new(Descriptor::StaticMethod(Value::Builtin(native!(
            "__new__", object_new
        ))))),
    );
}

// ----- receivers -----------------------------------------------------------------------

fn recv_str(args: &[Value], method: &str) -> PResult<Rc<PyStr>> {
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

fn recv_list(args: &[Value], method: &str) -> PResult<Rc<RefCell<Vec<Value>>>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'list' object"
        ))),
    }
}

fn recv_dict(args: &[Value], method: &str) -> PResult<Rc<RefCell<Dict>>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'dict' object"
        ))),
    }
}

fn must_str<'a>(v: Option<&'a Value>, method: &str) -> PResult<&'a str> {
    match v {
        Some(Value::Str(s)) => Ok(&s.text),
        Some(other) => Err(type_error(format!("must be str, not {}", type_name(other)))),
        None => Err(type_error(format!(
            "{method}() takes at least 1 argument (0 given)"
        ))),
    }
}

fn s(text: impl Into<String>) -> Value {
    Value::str(text)
}

// ----- str -----------------------------------------------------------------------------

fn str_join(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_split(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

fn str_rsplit(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

fn strip_impl(args: &[Value], name: &str, left: bool, right: bool) -> PResult {
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

fn str_strip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "strip", true, true)
}

fn str_lstrip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "lstrip", true, false)
}

fn str_rstrip(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    strip_impl(args, "rstrip", false, true)
}

fn str_upper(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(s(recv_str(args, "upper")?.text.to_uppercase()))
}

fn str_lower(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(s(recv_str(args, "lower")?.text.to_lowercase()))
}

fn str_title(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_capitalize(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "capitalize")?;
    let mut chars = text.text.chars();
    let out = match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + &chars.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(s(out))
}

fn str_swapcase(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn replace_arg(v: &Value, position: usize) -> PResult<&str> {
    match v {
        Value::Str(s) => Ok(&s.text),
        other => Err(type_error(format!(
            "replace() argument {position} must be str, not {}",
            type_name(other)
        ))),
    }
}

fn str_replace(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn window(text: &PyStr, start: Option<&Value>, end: Option<&Value>) -> PResult<(usize, usize)> {
    let len = text.char_len() as i64;
    let clamp = |v: Option<&Value>, default: i64| -> PResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = builtins::search_bound(v)?;
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

fn byte_to_char(text: &PyStr, byte_index: usize) -> usize {
    if text.is_ascii {
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

fn str_find(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "find", false)?))
}

fn str_rfind(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(find_impl(args, "rfind", true)?))
}

fn str_index(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match find_impl(args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_startswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "startswith", false)
}

fn str_endswith(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    affix_impl(args, "endswith", true)
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, conversions and specs.
fn str_format(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format")?;
    let arguments = super::str_format::Arguments::Call {
        positional: &args[1..],
        keywords: kwargs,
    };
    Ok(s(super::str_format::format(interp, &text.text, arguments)?))
}

fn str_format_map(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "format_map")?;
    let arguments = super::str_format::Arguments::Mapping(&args[1]);
    Ok(s(super::str_format::format(interp, &text.text, arguments)?))
}

fn pad_args(args: &[Value], name: &str) -> PResult<(Rc<PyStr>, usize, char)> {
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

fn str_ljust(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (text, width, fill) = pad_args(args, "ljust")?;
    let n = text.char_len();
    Ok(s(format!(
        "{}{}",
        text.text,
        fill.to_string().repeat(width.saturating_sub(n))
    )))
}

fn str_rjust(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let (text, width, fill) = pad_args(args, "rjust")?;
    let n = text.char_len();
    Ok(s(format!(
        "{}{}",
        fill.to_string().repeat(width.saturating_sub(n)),
        text.text
    )))
}

fn str_center(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_zfill(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn char_test(args: &[Value], name: &str, f: fn(char) -> bool) -> PResult {
    let text = recv_str(args, name)?;
    Ok(Value::Bool(
        !text.text.is_empty() && text.text.chars().all(f),
    ))
}

fn str_isdigit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isdigit", |c| c.is_numeric())
}

fn str_isalpha(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalpha", |c| c.is_alphabetic())
}

fn str_isalnum(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isalnum", |c| c.is_alphanumeric())
}

fn str_isspace(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    char_test(args, "isspace", |c| c.is_whitespace())
}

fn str_isupper(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "isupper")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
    ))
}

fn str_islower(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = recv_str(args, "islower")?;
    let t = &text.text;
    Ok(Value::Bool(
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
    ))
}

fn str_isidentifier(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn int_flag(v: &Value) -> PResult<bool> {
    match v {
        Value::BigInt(_) => Ok(true),
        other => Ok(int_arg(other, "")? != 0),
    }
}

fn str_splitlines(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_partition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "partition", false)
}

fn str_rpartition(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    partition_impl(args, "rpartition", true)
}

fn str_removeprefix(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_removesuffix(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_expandtabs(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_casefold(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn str_isascii(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isascii", &args[1..], 0, 0)?;
    Ok(Value::Bool(recv_str(args, "isascii")?.text.is_ascii()))
}

fn str_isprintable(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isprintable", &args[1..], 0, 0)?;
    let text = recv_str(args, "isprintable")?;
    Ok(Value::Bool(
        text.text.chars().all(super::repr::is_printable),
    ))
}

/// Upper- and titlecase letters only after uncased ones, lowercase only after cased ones,
/// and at least one cased letter.
fn str_istitle(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn maketrans_key(key: &Value) -> PResult<Value> {
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
fn str_maketrans(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
fn str_translate(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

// ----- list and tuple ------------------------------------------------------------------

fn list_append(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("append", kwargs)?;
    let l = recv_list(args, "append")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "extend")?;
    arity("extend", &args[1..], 1, 1)?;
    let items = interp.collect_iterable(&args[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_pop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "pop")?;
    let i = match args.get(1) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match normalize_index(i, l.len()) {
        Some(i) => Ok(l.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

fn list_insert(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "insert")?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let mut l = l.borrow_mut();
    let len = l.len() as i64;
    let i = int_arg(&args[1], "")?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

fn list_remove(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "remove")?;
    arity("remove", &args[1..], 1, 1)?;
    let mut i = 0;
    while let Some(v) = seq_item(&args[0], i) {
        if interp.same_or_eq(&v, &args[1])? {
            // `__eq__` may have shrunk the list: as CPython's slice deletion, an index now
            // past the end removes nothing.
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// A `start`/`stop` of `list.index`, read as CPython's `_PyEval_SliceIndexNotNone`.
fn slice_index(v: &Value) -> PResult<i64> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => builtins::search_bound(v),
        Value::Instance(_) if convert::as_index(v)?.is_some() => builtins::search_bound(v),
        _ => Err(type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

// tuple's own entries for the shared sequence methods: a method is found by its address,
// to name its class in messages (`unbound method tuple.count() needs an argument`).
fn tuple_index(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_index(interp, args, kwargs)
}

fn tuple_count(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_count(interp, args, kwargs)
}

fn seq_index(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let Some(recv) = args.first() else {
        return Err(type_error("index() needs a receiver"));
    };
    let len = match recv {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        _ => 0,
    } as i64;
    let bound = |v: Option<&Value>, d: usize| -> PResult<usize> {
        Ok(match v {
            Some(v) => {
                let i = slice_index(v)?;
                (if i < 0 {
                    i.saturating_add(len).max(0)
                } else {
                    i
                }) as usize
            }
            None => d,
        })
    };
    // No end given: as CPython, the search runs to the live end of a list that `__eq__`
    // may grow.
    let (start, end) = (bound(args.get(2), 0)?, bound(args.get(3), usize::MAX)?);
    for i in start..end {
        let Some(v) = seq_item(recv, i) else { break };
        if interp.same_or_eq(&v, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error(match recv {
        Value::List(_) => format!("{} is not in list", interp.repr(&args[1])?),
        _ => "tuple.index(x): x not in tuple".to_string(),
    }))
}

fn seq_count(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let Some(recv) = args.first() else {
        return Err(type_error("count() needs a receiver"));
    };
    arity("count", &args[1..], 1, 1)?;
    let (mut n, mut i) = (0, 0);
    while let Some(v) = seq_item(recv, i) {
        if interp.same_or_eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_sort(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let l = recv_list(args, "sort")?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => int_flag(&r)?,
        None => false,
    };
    // As CPython's `list.sort`: the items are taken out, so a key or `__lt__` sees an empty
    // list; whatever it put there is dropped for the sorted items, and reported.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = sort_values(interp, &mut items, key.as_ref(), reverse);
    let modified = !std::mem::replace(&mut *l.borrow_mut(), items).is_empty();
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_list(args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::list(recv_list(args, "copy")?.borrow().clone()))
}

fn list_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_list(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

// ----- dict ----------------------------------------------------------------------------

fn view(args: &[Value], name: &str, what: DictView) -> PResult {
    let d = recv_dict(args, name)?;
    Ok(Value::Native(Rc::new(Native::DictView(d, what))))
}

fn dict_keys(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "keys", DictView::Keys)
}

fn dict_values(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "values", DictView::Values)
}

fn dict_items(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    view(args, "items", DictView::Items)
}

fn dict_get(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "get")?;
    arity("get", &args[1..], 1, 2)?;
    let key = interp.key(args[1].clone())?;
    let found = interp.dict_get(&d, &key)?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "setdefault")?;
    arity("setdefault", &args[1..], 1, 2)?;
    let key = interp.key(args[1].clone())?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    interp.dict_setdefault(&d, key, default)
}

fn dict_update(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "update")?;
    arity("update", &args[1..], 0, 1)?;
    if let Some(other) = args.get(1) {
        interp.dict_update_arg(&d, other)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, interp.key(s(k.to_string()))?, v.clone())?;
    }
    Ok(Value::None)
}

fn dict_pop(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "pop")?;
    arity("pop", &args[1..], 1, 2)?;
    if d.borrow().is_empty() {
        // As CPython's `_PyDict_Pop`: an empty dict hashes nothing.
        return args
            .get(2)
            .cloned()
            .ok_or_else(|| key_error(args[1].clone()));
    }
    let key = interp.key(args[1].clone())?;
    let removed = interp.dict_remove(&d, &key)?;
    match removed {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "popitem")?;
    let popped = d.borrow_mut().pop();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(key_error(s("popitem(): dictionary is empty"))),
    }
}

fn dict_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let d = recv_dict(args, "copy")?;
    let copy = d.borrow().clone();
    Ok(Value::Dict(Rc::new(RefCell::new(copy))))
}

fn dict_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_dict(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_fromkeys(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("dict.fromkeys", kwargs)?;
    arity("fromkeys", &args[1..], 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let mut d = Dict::default();
    for k in interp.collect_iterable(&args[1])? {
        interp.dict_set_local(&mut d, interp.key(k)?, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

// ----- set -----------------------------------------------------------------------------
// Each operation follows the steps of CPython's setobject.c, because the order of the
// result's table depends on them.

/// The other operand of a set method: a set's table, a dict's keys, or an iterable's items.
pub fn set_operand(interp: &Interp, v: &Value) -> PResult<SetOperand> {
    Ok(match v {
        Value::Set(s) => SetOperand::Set(s.borrow().clone()),
        Value::FrozenSet(s) => SetOperand::Set((**s).clone()),
        Value::Dict(d) => SetOperand::DictKeys(d.borrow().keys().cloned().collect()),
        other => {
            let items = interp.collect_iterable(other)?;
            SetOperand::Items(
                items
                    .into_iter()
                    .map(|item| interp.key(item))
                    .collect::<PResult<_>>()?,
            )
        }
    })
}

/// The keys of a set or frozenset (a structural copy: same table, same order).
fn set_of(v: &Value) -> Option<Set> {
    match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

/// Any iterable as a set, for membership tests.
fn to_set(interp: &Interp, v: &Value) -> PResult<Set> {
    Ok(set_operand(interp, v)?.into_set())
}

fn like(recv: &Value, set: Set) -> Value {
    match recv {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(set)),
        _ => Value::Set(Rc::new(RefCell::new(set))),
    }
}

fn recv_set(args: &[Value], name: &str) -> PResult<Rc<RefCell<Set>>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'set' object"
        ))),
    }
}

fn set_add(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "add")?;
    arity("add", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    interp.set_add(&set, k)?;
    Ok(Value::None)
}

fn set_discard(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "discard")?;
    arity("discard", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    interp.set_discard(&set, &k)?;
    Ok(Value::None)
}

fn set_remove(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "remove")?;
    arity("remove", &args[1..], 1, 1)?;
    let k = interp.key(args[1].clone())?;
    if interp.set_discard(&set, &k)? {
        Ok(Value::None)
    } else {
        Err(key_error(args[1].clone()))
    }
}

fn set_pop(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "pop")?;
    let first = set.borrow_mut().pop();
    match first {
        Some(k) => Ok(k.value),
        None => Err(key_error(s("pop from an empty set"))),
    }
}

fn set_update(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "update")?;
    for other in &args[1..] {
        if is_same(&args[0], other) {
            continue;
        }
        match set_operand(interp, other)? {
            // `set_update_internal` adds an iterable's items one by one to the live set.
            SetOperand::Items(keys) => {
                for key in keys {
                    interp.set_add(&set, key)?;
                }
            }
            operand => change_set_by_copy(&set, |set| set.update(operand)),
        }
    }
    Ok(Value::None)
}

fn set_union(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mut out = set_of(&args[0]).unwrap_or_default().copy();
    for other in &args[1..] {
        out.update(set_operand(interp, other)?);
    }
    Ok(like(&args[0], out))
}

/// `set_intersection_multi`: the receiver itself when there is nothing to intersect with.
fn intersection_of(interp: &Interp, args: &[Value]) -> PResult<Set> {
    let mut out = set_of(&args[0]).unwrap_or_default();
    if args.len() == 1 {
        return Ok(out.copy());
    }
    for other in &args[1..] {
        out = out.intersect(set_operand(interp, other)?);
    }
    Ok(out)
}

fn set_intersection(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(like(&args[0], intersection_of(interp, args)?))
}

/// `set_difference_multi`.
fn difference_of(interp: &Interp, args: &[Value]) -> PResult<Set> {
    let receiver = set_of(&args[0]).unwrap_or_default();
    let Some((first, rest)) = args[1..].split_first() else {
        return Ok(receiver.copy());
    };
    let mut out = receiver.subtract(set_operand(interp, first)?);
    for other in rest {
        out.subtract_in_place(set_operand(interp, other)?);
    }
    Ok(out)
}

fn set_difference(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(like(&args[0], difference_of(interp, args)?))
}

fn set_symmetric_difference(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("symmetric_difference", &args[1..], 1, 1)?;
    let receiver = set_of(&args[0]).unwrap_or_default();
    let mut out = set_operand(interp, &args[1])?.into_set();
    out.symmetric_difference_update(&receiver);
    Ok(like(&args[0], out))
}

fn set_symmetric_difference_update(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "symmetric_difference_update")?;
    arity("symmetric_difference_update", &args[1..], 1, 1)?;
    if is_same(&args[0], &args[1]) {
        set.borrow_mut().clear();
        return Ok(Value::None);
    }
    let operand = set_operand(interp, &args[1])?;
    change_set_by_copy(&set, |set| set.symmetric_update(operand));
    Ok(Value::None)
}

fn set_intersection_update(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "intersection_update")?;
    let result = intersection_of(interp, args)?;
    set.borrow_mut().swap_bodies(result);
    Ok(Value::None)
}

fn set_difference_update(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let set = recv_set(args, "difference_update")?;
    for other in &args[1..] {
        if is_same(&args[0], other) {
            set.borrow_mut().clear();
            continue;
        }
        match set_operand(interp, other)? {
            // `set_difference_update_internal` discards an iterable's items one by one.
            SetOperand::Items(keys) => {
                for key in keys {
                    interp.set_discard(&set, &key)?;
                }
            }
            operand => change_set_by_copy(&set, |set| set.subtract_in_place(operand)),
        }
    }
    Ok(Value::None)
}

fn set_issubset(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("issubset", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let all = a.iter().all(|k| b.contains(k));
    Ok(Value::Bool(all))
}

fn set_issuperset(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("issuperset", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let all = b.iter().all(|k| a.contains(k));
    Ok(Value::Bool(all))
}

fn set_isdisjoint(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("isdisjoint", &args[1..], 1, 1)?;
    let a = set_of(&args[0]).unwrap_or_default();
    let b = to_set(interp, &args[1])?;
    let any = a.iter().any(|k| b.contains(k));
    Ok(Value::Bool(!any))
}

fn set_copy(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Value::FrozenSet(_) = &args[0] {
        // A frozenset's copy is itself.
        return Ok(args[0].clone());
    }
    Ok(like(&args[0], set_of(&args[0]).unwrap_or_default().copy()))
}

fn set_clear(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    recv_set(args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

// ----- numbers, object ------------------------------------------------------------------

fn int_bit_length(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let n = args.first().and_then(super::bit_length).unwrap_or(0);
    Ok(Value::Int(n as i64))
}

fn int_bit_count(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("bit_count", &args[1..], 0, 0)?;
    let n = args.first().and_then(ops::to_bigint).unwrap_or_default();
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("as_integer_ratio", &args[1..], 0, 0)?;
    let n = match args.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::Int(0),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

fn recv_float(args: &[Value], method: &str) -> PResult<f64> {
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
fn float_as_integer_ratio(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn float_hex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn float_fromhex(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
fn int_conjugate(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(match args.first() {
        Some(Value::Bool(b)) => Value::Int(i64::from(*b)),
        Some(v) => v.clone(),
        None => Value::None,
    })
}

fn same_value(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn float_is_integer(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(false)),
    }
}

/// `coroutine.close()`: a coroutine that never started just ends (and will not warn).
fn coroutine_close(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
fn coroutine_send(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
fn exc_add_note(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn object_init(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
fn object_new(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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
fn attribute_args(args: &[Value], count: usize) -> PResult<Sym> {
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

fn object_getattribute(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_get_attr(&args[0], inst, name),
        other => interp.get_attr(other, name),
    }
}

fn object_setattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 3)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_set_attr(&args[0], inst, name, args[2].clone())?,
        other => interp.set_attr(other, name, args[2].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attribute_args(args, 2)?;
    match &args[0] {
        Value::Instance(inst) => interp.generic_del_attr(&args[0], inst, name)?,
        other => interp.del_attr(other, name)?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: the hook every class has, which takes nothing.
fn object_init_subclass(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
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

fn object_repr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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
        return Ok(s(super::repr::default_repr(&inst.class, &v)));
    }
    Ok(s(interp.repr(&v)?))
}

fn object_str(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
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

fn object_eq(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn object_ne(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [a, b] => Ok(if is_same(a, b) {
            Value::Bool(false)
        } else {
            Value::NotImplemented
        }),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn object_hash(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(
        args.first()
            .map(|v| (v.identity() >> 4) as i64)
            .unwrap_or(0),
    ))
}

// ----- indexing and slicing ------------------------------------------------------------

/// `slice.indices(len)`: start, stop, step clamped as CPython does.
/// `view.isdisjoint(other)` of a keys or items view: no item of `other` is in the view.
fn view_isdisjoint(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("isdisjoint", kwargs)?;
    arity("isdisjoint", &args[1..], 1, 1)?;
    for item in interp.collect_iterable(&args[1])? {
        if interp.contains(&args[0], &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `slice.indices(length)`: the start, stop and step a sequence of that length would use.
fn slice_indices_method(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("indices", kwargs)?;
    let slice = match args.first() {
        Some(Value::Slice(s)) => s.clone(),
        _ => return Err(type_error("descriptor 'indices' requires a 'slice' object")),
    };
    arity("indices", &args[1..], 1, 1)?;
    let len = int_arg(&args[1], "")?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices(&slice, len as usize)?;
    // A step beyond 64 bits is clamped for slicing only: `indices` gives it back as it is.
    let step = match &slice.step {
        big @ Value::BigInt(_) => big.clone(),
        _ => Value::Int(step),
    };
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        step,
    ]))
}

pub fn slice_indices(slice: &SliceObj, len: usize) -> PResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = match &slice.step {
        Value::None => 1,
        // Clamped as CPython's `PySlice_Unpack` clamps it: to Py_ssize_t, and no lower
        // than -PY_SSIZE_T_MAX, so that negating it cannot overflow.
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => -i64::MAX,
        Value::BigInt(_) => i64::MAX,
        v => int_arg(v, " or have an __index__ method").map_err(|_| {
            type_error("slice indices must be integers or None or have an __index__ method")
        })?,
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let bound = |v: &Value, default: i64| -> PResult<i64> {
        match v {
            Value::None => Ok(default),
            v => {
                let i = match v {
                    Value::BigInt(b) => {
                        if num_traits::Signed::is_negative(&**b) {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    _ => int_arg(v, "").map_err(|_| {
                        type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })?,
                };
                Ok(if i < 0 {
                    let j = i + len;
                    if j < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        j
                    }
                } else if i >= len {
                    if step < 0 {
                        len - 1
                    } else {
                        len
                    }
                } else {
                    i
                })
            }
        }
    };
    let start = bound(&slice.lower, if step < 0 { len - 1 } else { 0 })?;
    let stop = bound(&slice.upper, if step < 0 { -1 } else { len })?;
    Ok((start, stop, step))
}

fn slice_positions(slice: &SliceObj, len: usize) -> PResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(slice, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        match i.checked_add(step) {
            Some(next) => i = next,
            None => break,
        }
    }
    Ok(out)
}

/// Indexing and slicing of str, tuple, list and range (dicts and instances are handled
/// by the caller).
pub fn sequence_get_item(interp: &Interp, obj: &Value, index: &Value) -> PResult {
    match (obj, index) {
        (Value::Str(text), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            let i = int_arg(index, "").map_err(|_| index_error("string index out of range"))?;
            let len = text.char_len();
            let Some(i) = normalize_index(i, len) else {
                return Err(index_error("string index out of range"));
            };
            if text.is_ascii {
                Ok(s(&text.text[i..i + 1]))
            } else {
                Ok(s(text
                    .text
                    .chars()
                    .nth(i)
                    .map(|c| c.to_string())
                    .unwrap_or_default()))
            }
        }
        (Value::Str(text), Value::Slice(slice)) => {
            let len = text.char_len();
            let (start, stop, step) = slice_indices(slice, len)?;
            if step == 1 && text.is_ascii {
                let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                return Ok(s(&text.text[a.min(len)..b.min(len)]));
            }
            let chars: Vec<char> = text.text.chars().collect();
            let out: String = slice_positions(slice, len)?
                .into_iter()
                .map(|i| chars[i])
                .collect();
            Ok(s(out))
        }
        (Value::List(l), Value::Slice(slice)) => {
            let l = l.borrow();
            let items = slice_positions(slice, l.len())?
                .into_iter()
                .map(|i| l[i].clone())
                .collect();
            Ok(Value::list(items))
        }
        (Value::Tuple(t), Value::Slice(slice)) => {
            let items = slice_positions(slice, t.len())?
                .into_iter()
                .map(|i| t[i].clone())
                .collect();
            Ok(Value::tuple(items))
        }
        (Value::List(_) | Value::Tuple(_), Value::Bool(b)) => {
            let item = match obj {
                Value::List(l) => {
                    normalize_index(*b as i64, l.borrow().len()).map(|i| l.borrow()[i].clone())
                }
                Value::Tuple(t) => normalize_index(*b as i64, t.len()).map(|i| t[i].clone()),
                _ => None,
            };
            let what = if matches!(obj, Value::List(_)) {
                "list"
            } else {
                "tuple"
            };
            item.ok_or_else(|| index_error(format!("{what} index out of range")))
        }
        (Value::List(_) | Value::Tuple(_), Value::BigInt(_)) => {
            Err(index_error("cannot fit 'int' into an index-sized integer"))
        }
        (Value::Range(r), Value::Int(i)) if r.big.is_none() && r.len() < i64::MAX => {
            match normalize_index(*i, r.len() as usize) {
                Some(i) => Ok(Value::Int(r.start + r.step * i as i64)),
                None => Err(index_error("range object index out of range")),
            }
        }
        (Value::Range(r), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            super::range::item(r, &ops::to_bigint(index).unwrap_or_default())
        }
        (Value::Range(r), Value::Slice(slice)) => super::range::slice(r, slice),
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_), _) => {
            let what = match obj {
                Value::Str(_) => "string",
                Value::List(_) => "list",
                Value::Tuple(_) => "tuple",
                _ => "range",
            };
            // CPython 3.11 quotes the type for a str only.
            let message = if matches!(obj, Value::Str(_)) {
                format!(
                    "{what} indices must be integers, not '{}'",
                    type_name(index)
                )
            } else {
                format!(
                    "{what} indices must be integers or slices, not {}",
                    type_name(index)
                )
            };
            Err(type_error(message))
        }
        (Value::Native(n), _) => coroutine::native_get_item(interp, obj, n, index),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        ))),
    }
}

pub fn list_set_slice(interp: &Interp, obj: &Value, index: &Value, value: Value) -> PResult<()> {
    let (Value::List(l), Value::Slice(slice)) = (obj, index) else {
        return Ok(());
    };
    let items = interp
        .collect_iterable(&value)
        .map_err(|_| type_error("can only assign an iterable"))?;
    let len = l.borrow().len();
    let (start, stop, step) = slice_indices(slice, len)?;
    if step == 1 {
        let start = start.max(0) as usize;
        let stop = (stop.max(start as i64) as usize).min(len);
        l.borrow_mut().splice(start..stop, items);
        return Ok(());
    }
    let positions = slice_positions(slice, len)?;
    if positions.len() != items.len() {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            positions.len()
        )));
    }
    let mut l = l.borrow_mut();
    for (p, v) in positions.into_iter().zip(items) {
        l[p] = v;
    }
    Ok(())
}

pub fn list_del_slice(_interp: &Interp, obj: &Value, index: &Value) -> PResult<()> {
    let (Value::List(l), Value::Slice(slice)) = (obj, index) else {
        return Ok(());
    };
    let len = l.borrow().len();
    let positions = slice_positions(slice, len)?;
    // One pass over the list whatever the step: removing the items one by one shifts the
    // tail each time, which made `del a[::2]` on a million items take minutes.
    let mut doomed = vec![false; len];
    for p in positions {
        doomed[p] = true;
    }
    let mut index = 0;
    l.borrow_mut().retain(|_| {
        index += 1;
        !doomed[index - 1]
    });
    Ok(())
}
