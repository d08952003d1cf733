//! The methods of the built-in types, installed in their class dicts by `install_methods`:
//! `str` in `types/str.rs`, `list` and `tuple` in `sequence.rs`, `dict`, `set`, numbers and
//! `object` in files of their own, and indexing and slicing in `index.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::symbol::{sym, Sym};
use crate::types::types;
use crate::value::*;

mod dict;
mod index;
mod number;
mod sequence;
mod set;

use super::str::*;
use dict::*;
pub use index::*;
use number::*;
pub use number::{abs, bit_length, float_to_int};
use sequence::*;
pub use set::*;

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

pub(super) fn s(text: impl Into<String>) -> Value {
    Value::str(text)
}
