//! The method tables of the built-in types, which `install_methods` puts in their class
//! dicts: each method's function is in its type's file (`str.rs`, `list.rs`, `dict.rs`, ...),
//! its parameters in `signatures.rs`. The dunders are added after, by `dunders.rs`.

use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::{sym, Sym};
use crate::types::{types, Types};
use crate::value::*;

use super::coroutine::{coroutine_close, coroutine_send};
use super::dict::*;
use super::exception::exc_add_note;
use super::exception_group::{group_derive, group_split, group_str, group_subgroup};
use super::list::*;
use super::number::*;
use super::object::*;
use super::range::{range_count, range_index};
use super::sequence::{seq_count, seq_index};
use super::set::*;
use super::signatures;
use super::slice::slice_indices_method;
use super::str::*;
use super::tuple::*;

/// Makes a `&'static BuiltinFunction` from a name and a Rust function.
#[macro_export]
macro_rules! native {
    ($name:expr, $f:expr) => {
        &$crate::value::BuiltinFunction {
            name: $name,
            call: $f,
            awaited: None,
            signature: None,
        }
    };
    ($name:expr, $f:expr, awaited = $g:expr) => {
        &$crate::value::BuiltinFunction {
            name: $name,
            call: $f,
            awaited: Some($g),
            signature: None,
        }
    };
    ($name:expr, $f:expr, sig = $s:expr) => {
        &$crate::value::BuiltinFunction {
            name: $name,
            call: $f,
            awaited: None,
            signature: Some($s),
        }
    };
}

pub(super) fn add(class: &Rc<Class>, methods: &[&'static BuiltinFunction]) {
    class_changed();
    let mut dict = class.dict.borrow_mut();
    // All at once: the dict is not rebuilt as it grows (`str` has dozens of methods).
    dict.reserve(methods.len());
    for m in methods {
        dict.insert(Sym::intern(m.name), Value::Builtin(m));
    }
}

/// Puts the methods into the built-in classes' dicts, class by class in a fixed order (a
/// class dict keeps its insertion order, which `C.__dict__` shows).
pub fn install_methods() {
    let t = types();
    install_str(t);
    install_sequences(t);
    install_dict(t);
    install_sets(t);
    install_numbers(t);
    install_objects(t);
}

/// The methods of `str`.
fn install_str(t: &Types) {
    add(
        &t.str_,
        &[
            native!("join", str_join, sig = &signatures::METHOD_ONE),
            native!("split", str_split, sig = &signatures::STR_SPLIT),
            native!("rsplit", str_rsplit, sig = &signatures::STR_RSPLIT),
            native!("strip", str_strip, sig = &signatures::STR_STRIP),
            native!("lstrip", str_lstrip, sig = &signatures::STR_LSTRIP),
            native!("rstrip", str_rstrip, sig = &signatures::STR_RSTRIP),
            native!("upper", str_upper, sig = &signatures::METHOD_NONE),
            native!("lower", str_lower, sig = &signatures::METHOD_NONE),
            native!("title", str_title, sig = &signatures::METHOD_NONE),
            native!("capitalize", str_capitalize, sig = &signatures::METHOD_NONE),
            native!("swapcase", str_swapcase, sig = &signatures::METHOD_NONE),
            native!("replace", str_replace, sig = &signatures::STR_REPLACE),
            native!("find", str_find, sig = &signatures::STR_FIND),
            native!("rfind", str_rfind, sig = &signatures::STR_RFIND),
            native!("index", str_index, sig = &signatures::STR_INDEX),
            native!("rindex", str_rindex, sig = &signatures::STR_RINDEX),
            native!("count", str_count, sig = &signatures::STR_COUNT),
            native!(
                "startswith",
                str_startswith,
                sig = &signatures::STR_STARTSWITH
            ),
            native!("endswith", str_endswith, sig = &signatures::STR_ENDSWITH),
            native!("format", str_format),
            native!("format_map", str_format_map, sig = &signatures::METHOD_ONE),
            native!("zfill", str_zfill, sig = &signatures::METHOD_ONE),
            native!("ljust", str_ljust, sig = &signatures::STR_LJUST),
            native!("rjust", str_rjust, sig = &signatures::STR_RJUST),
            native!("center", str_center, sig = &signatures::STR_CENTER),
            native!("isdigit", str_isdigit, sig = &signatures::METHOD_NONE),
            native!("isdecimal", str_isdigit, sig = &signatures::METHOD_NONE),
            native!("isnumeric", str_isdigit, sig = &signatures::METHOD_NONE),
            native!("isalpha", str_isalpha, sig = &signatures::METHOD_NONE),
            native!("isalnum", str_isalnum, sig = &signatures::METHOD_NONE),
            native!("isspace", str_isspace, sig = &signatures::METHOD_NONE),
            native!("isupper", str_isupper, sig = &signatures::METHOD_NONE),
            native!("islower", str_islower, sig = &signatures::METHOD_NONE),
            native!(
                "isidentifier",
                str_isidentifier,
                sig = &signatures::METHOD_NONE
            ),
            native!(
                "splitlines",
                str_splitlines,
                sig = &signatures::STR_SPLITLINES
            ),
            native!("partition", str_partition, sig = &signatures::METHOD_ONE),
            native!("rpartition", str_rpartition, sig = &signatures::METHOD_ONE),
            native!(
                "removeprefix",
                str_removeprefix,
                sig = &signatures::METHOD_ONE
            ),
            native!(
                "removesuffix",
                str_removesuffix,
                sig = &signatures::METHOD_ONE
            ),
            native!(
                "expandtabs",
                str_expandtabs,
                sig = &signatures::STR_EXPANDTABS
            ),
            native!("casefold", str_casefold, sig = &signatures::METHOD_NONE),
            native!("isascii", str_isascii, sig = &signatures::METHOD_NONE),
            native!(
                "isprintable",
                str_isprintable,
                sig = &signatures::METHOD_NONE
            ),
            native!("istitle", str_istitle, sig = &signatures::METHOD_NONE),
            native!("translate", str_translate, sig = &signatures::METHOD_ONE),
        ],
    );
    t.str_.dict.borrow_mut().insert(
        Sym::intern("maketrans"),
        Value::Descriptor(Rc::new(Descriptor::StaticMethod(Value::Builtin(native!(
            "maketrans",
            str_maketrans
        ))))),
    );
}

/// The methods of `list`, `tuple`, `slice`, the dict views and `range`.
fn install_sequences(t: &Types) {
    add(
        &t.list,
        &[
            native!("append", list_append, sig = &signatures::METHOD_ONE),
            native!("extend", list_extend, sig = &signatures::METHOD_ONE),
            native!("pop", list_pop, sig = &signatures::LIST_POP),
            native!("insert", list_insert, sig = &signatures::LIST_INSERT),
            native!("remove", list_remove, sig = &signatures::METHOD_ONE),
            native!("index", seq_index, sig = &signatures::SEQ_INDEX),
            native!("count", seq_count, sig = &signatures::METHOD_ONE),
            &LIST_SORT,
            native!("reverse", list_reverse, sig = &signatures::METHOD_NONE),
            native!("copy", list_copy, sig = &signatures::METHOD_NONE),
            native!("clear", list_clear, sig = &signatures::METHOD_NONE),
        ],
    );
    add(
        &t.tuple,
        &[
            native!("index", tuple_index, sig = &signatures::SEQ_INDEX),
            native!("count", tuple_count, sig = &signatures::METHOD_ONE),
        ],
    );
    add(
        &t.slice,
        &[native!(
            "indices",
            slice_indices_method,
            sig = &signatures::METHOD_ONE
        )],
    );
    add(
        &t.dict_keys,
        &[native!(
            "isdisjoint",
            view_isdisjoint,
            sig = &signatures::METHOD_ONE
        )],
    );
    add(
        &t.dict_items,
        &[native!(
            "isdisjoint",
            view_isdisjoint,
            sig = &signatures::METHOD_ONE
        )],
    );
    add(
        &t.range,
        &[
            native!("index", range_index, sig = &signatures::METHOD_ONE),
            native!("count", range_count, sig = &signatures::METHOD_ONE),
        ],
    );
}

/// The methods of `dict`.
fn install_dict(t: &Types) {
    add(
        &t.dict,
        &[
            native!("keys", dict_keys, sig = &signatures::METHOD_NONE),
            native!("values", dict_values, sig = &signatures::METHOD_NONE),
            native!("items", dict_items, sig = &signatures::METHOD_NONE),
            native!("get", dict_get, sig = &signatures::DICT_GET),
            native!(
                "setdefault",
                dict_setdefault,
                sig = &signatures::DICT_SETDEFAULT
            ),
            native!("update", dict_update),
            native!("pop", dict_pop, sig = &signatures::DICT_POP),
            native!("popitem", dict_popitem, sig = &signatures::METHOD_NONE),
            native!("copy", dict_copy, sig = &signatures::METHOD_NONE),
            native!("clear", dict_clear, sig = &signatures::METHOD_NONE),
        ],
    );
    t.dict.dict.borrow_mut().insert(
        Sym::intern("fromkeys"),
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(native!(
            "fromkeys",
            dict_fromkeys
        ))))),
    );
}

/// The methods of `set` and `frozenset`.
fn install_sets(t: &Types) {
    let set_methods: &[&'static BuiltinFunction] = &[
        native!("add", set_add, sig = &signatures::METHOD_ONE),
        native!("discard", set_discard, sig = &signatures::METHOD_ONE),
        native!("remove", set_remove, sig = &signatures::METHOD_ONE),
        native!("pop", set_pop),
        native!("update", set_update, sig = &signatures::METHOD_VARARGS),
        native!("union", set_union, sig = &signatures::METHOD_VARARGS),
        native!(
            "intersection",
            set_intersection,
            sig = &signatures::METHOD_VARARGS
        ),
        native!(
            "difference",
            set_difference,
            sig = &signatures::METHOD_VARARGS
        ),
        native!(
            "symmetric_difference",
            set_symmetric_difference,
            sig = &signatures::METHOD_ONE
        ),
        native!("issubset", set_issubset, sig = &signatures::METHOD_ONE),
        native!("issuperset", set_issuperset, sig = &signatures::METHOD_ONE),
        native!("isdisjoint", set_isdisjoint, sig = &signatures::METHOD_ONE),
        native!("copy", set_copy, sig = &signatures::METHOD_NONE),
        native!("clear", set_clear, sig = &signatures::METHOD_NONE),
        native!(
            "intersection_update",
            set_intersection_update,
            sig = &signatures::METHOD_VARARGS
        ),
        native!(
            "symmetric_difference_update",
            set_symmetric_difference_update
        ),
        native!(
            "difference_update",
            set_difference_update,
            sig = &signatures::METHOD_VARARGS
        ),
    ];
    add(&t.set, set_methods);
    add(
        &t.frozenset,
        &[
            native!("union", set_union, sig = &signatures::METHOD_VARARGS),
            native!(
                "intersection",
                set_intersection,
                sig = &signatures::METHOD_VARARGS
            ),
            native!(
                "difference",
                set_difference,
                sig = &signatures::METHOD_VARARGS
            ),
            native!(
                "symmetric_difference",
                set_symmetric_difference,
                sig = &signatures::METHOD_ONE
            ),
            native!("issubset", set_issubset, sig = &signatures::METHOD_ONE),
            native!("issuperset", set_issuperset, sig = &signatures::METHOD_ONE),
            native!("isdisjoint", set_isdisjoint, sig = &signatures::METHOD_ONE),
            native!("copy", set_copy, sig = &signatures::METHOD_NONE),
        ],
    );
}

/// The methods of `int` and `float` (`bool` inherits `int`'s, as in CPython).
fn install_numbers(t: &Types) {
    add(
        &t.int,
        &[
            native!("bit_length", int_bit_length, sig = &signatures::METHOD_NONE),
            native!("bit_count", int_bit_count, sig = &signatures::METHOD_NONE),
            native!(
                "as_integer_ratio",
                int_as_integer_ratio,
                sig = &signatures::METHOD_NONE
            ),
            native!("conjugate", int_conjugate, sig = &signatures::METHOD_NONE),
        ],
    );
    // bool inherits the rest from int, as in CPython.
    add(
        &t.float,
        &[
            native!(
                "is_integer",
                float_is_integer,
                sig = &signatures::METHOD_NONE
            ),
            native!(
                "as_integer_ratio",
                float_as_integer_ratio,
                sig = &signatures::METHOD_NONE
            ),
            native!("hex", float_hex, sig = &signatures::METHOD_NONE),
            native!("conjugate", same_value, sig = &signatures::METHOD_NONE),
        ],
    );
    t.float.dict.borrow_mut().insert(
        Sym::intern("fromhex"),
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(Value::Builtin(native!(
            "fromhex",
            float_fromhex
        ))))),
    );
}

/// The methods of `coroutine`, the exceptions and `object`.
fn install_objects(t: &Types) {
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
        native!("__str__", group_str),
        native!("derive", group_derive),
        native!("subgroup", group_subgroup),
        native!("split", group_split),
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

// ----- shared by the methods of several types ------------------------------------------

/// A str value: the short name the methods build their results with.
pub(super) fn s(text: impl Into<String>) -> Value {
    Value::str(text)
}

/// A method that gives back its receiver (`float.conjugate`, `coroutine.__await__`,
/// `BaseException.with_traceback`).
pub(super) fn same_value(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
