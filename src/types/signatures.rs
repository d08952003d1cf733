//! The parameters of the constructors and methods of the built-in types, as CPython 3.11
//! declares them (Argument Clinic or the older parsers). `Interp::bind_native` reads them,
//! so a wrong call gets CPython's own message; a native then finds its arguments in place.
//! The builtin functions declare theirs with the same helpers, in `builtins/signatures.rs`.

use crate::value::ArgStyle::{NoArgs, One, Positional, Tuple};
use crate::value::ParamDefault::{Absent, Bool, Int, None};
use crate::value::{ArgStyle, NativeParam, Signature};

pub(crate) const fn required(name: &'static str) -> NativeParam {
    NativeParam::required(name)
}

pub(crate) const fn absent(name: &'static str) -> NativeParam {
    NativeParam::optional(name, Absent)
}

pub(crate) const OBJECT: &[NativeParam] = &[required("object")];
const SEARCH: &[NativeParam] = &[required("sub"), absent("start"), absent("end")];
const JUSTIFY: &[NativeParam] = &[required("width"), absent("fillchar")];

/// A method taking one argument, `METH_O` (`list.append(object, /)`).
const fn method_one(name: &'static str) -> Signature {
    Signature::positional_only(name, One, true, OBJECT)
}

/// A method taking no arguments, `METH_NOARGS` (`str.upper()`).
const fn method_none(name: &'static str) -> Signature {
    Signature::positional_only(name, NoArgs, true, &[])
}

pub(crate) const fn positional(name: &'static str, params: &'static [NativeParam]) -> Signature {
    Signature::positional_only(name, Positional, false, params)
}

const fn method(name: &'static str, style: ArgStyle, params: &'static [NativeParam]) -> Signature {
    Signature::positional_only(name, style, true, params)
}

// ----- constructors of built-in types (the iterator classes among them) ----------------

pub const INT: Signature = Signature::keywords("int", false, &[absent("x"), absent("base")], 1, 2);
pub const STR: Signature = Signature::keywords(
    "str",
    false,
    &[absent("object"), absent("encoding"), absent("errors")],
    0,
    3,
);
pub const FLOAT: Signature = positional("float", &[absent("x")]);
pub const BOOL: Signature = positional("bool", &[absent("x")]);
pub const LIST: Signature = positional("list", &[absent("iterable")]);
pub const TUPLE: Signature = positional("tuple", &[absent("iterable")]);
pub const SET: Signature = positional("set", &[absent("iterable")]);
pub const FROZENSET: Signature = positional("frozenset", &[absent("iterable")]);
pub const RANGE: Signature = positional(
    "range",
    &[required("start"), absent("stop"), absent("step")],
);
pub const SLICE: Signature = positional(
    "slice",
    &[required("start"), absent("stop"), absent("step")],
);
pub const REVERSED: Signature = positional("reversed", &[required("sequence")]);
pub const ZIP: Signature =
    Signature::varargs("zip", 0, &[NativeParam::optional("strict", Bool(false))]);
pub const FILTER: Signature = positional("filter", &[required("function"), required("iterable")]);

// ----- methods -----------------------------------------------------------------------------

pub const METHOD_ONE: Signature = method_one("");
pub const METHOD_NONE: Signature = method_none("");
/// A method taking any number of positional arguments and no keywords (`set.union(*others)`).
pub const METHOD_VARARGS: Signature = Signature {
    varargs: Some(0),
    ..method_none("")
};
pub const STR_SPLIT: Signature = Signature::keywords(
    "split",
    true,
    &[
        NativeParam::optional("sep", None),
        NativeParam::optional("maxsplit", Int(-1)),
    ],
    0,
    2,
);
pub const STR_RSPLIT: Signature = Signature::keywords(
    "rsplit",
    true,
    &[
        NativeParam::optional("sep", None),
        NativeParam::optional("maxsplit", Int(-1)),
    ],
    0,
    2,
);
pub const STR_SPLITLINES: Signature = Signature::keywords(
    "splitlines",
    true,
    &[NativeParam::optional("keepends", Bool(false))],
    0,
    1,
);
pub const STR_EXPANDTABS: Signature = Signature::keywords(
    "expandtabs",
    true,
    &[NativeParam::optional("tabsize", Int(8))],
    0,
    1,
);
pub const STR_STRIP: Signature = method("strip", Positional, &[absent("chars")]);
pub const STR_LSTRIP: Signature = method("lstrip", Positional, &[absent("chars")]);
pub const STR_RSTRIP: Signature = method("rstrip", Positional, &[absent("chars")]);
pub const STR_REPLACE: Signature = method(
    "replace",
    Positional,
    &[required("old"), required("new"), absent("count")],
);
pub const STR_FIND: Signature = search("find");
pub const STR_RFIND: Signature = search("rfind");
pub const STR_INDEX: Signature = search("index");
pub const STR_RINDEX: Signature = search("rindex");
pub const STR_COUNT: Signature = search("count");
pub const STR_STARTSWITH: Signature = search("startswith");
pub const STR_ENDSWITH: Signature = search("endswith");
pub const STR_LJUST: Signature = justify("ljust");
pub const STR_RJUST: Signature = justify("rjust");
pub const STR_CENTER: Signature = justify("center");
pub const LIST_POP: Signature = method("pop", Positional, &[absent("index")]);
pub const LIST_INSERT: Signature = method(
    "insert",
    Positional,
    &[required("index"), required("object")],
);
pub const SEQ_INDEX: Signature = method(
    "index",
    Positional,
    &[required("value"), absent("start"), absent("stop")],
);
pub const LIST_SORT: Signature = Signature::keywords(
    "sort",
    true,
    &[
        NativeParam::optional("key", None),
        NativeParam::optional("reverse", Bool(false)),
    ],
    0,
    0,
);
pub const DICT_GET: Signature = method(
    "get",
    Positional,
    &[required("key"), NativeParam::optional("default", None)],
);
pub const DICT_SETDEFAULT: Signature = method(
    "setdefault",
    Positional,
    &[required("key"), NativeParam::optional("default", None)],
);
pub const DICT_POP: Signature = method("pop", Positional, &[required("key"), absent("default")]);

/// `str.find(sub[, start[, end]])` and its kin, parsed by `PyArg_ParseTuple`.
const fn search(name: &'static str) -> Signature {
    method(name, Tuple, SEARCH)
}

/// `str.ljust(width, fillchar=' ', /)` and its kin.
const fn justify(name: &'static str) -> Signature {
    method(name, Positional, JUSTIFY)
}
