//! The parameters of the builtin functions, constructors and methods, as CPython 3.11
//! declares them (Argument Clinic or the older parsers). `Interp::bind_native` reads them,
//! so a wrong call gets CPython's own message; a native then finds its arguments in place.

use crate::value::ArgStyle::{NoArgs, One, Positional, Tuple};
use crate::value::ParamDefault::{Absent, Bool, Int, None};
use crate::value::{ArgStyle, NativeParam, Signature};

const fn required(name: &'static str) -> NativeParam {
    NativeParam::required(name)
}

const fn absent(name: &'static str) -> NativeParam {
    NativeParam::optional(name, Absent)
}

const OBJECT: &[NativeParam] = &[required("object")];
const SEARCH: &[NativeParam] = &[required("sub"), absent("start"), absent("end")];
const JUSTIFY: &[NativeParam] = &[required("width"), absent("fillchar")];

/// A function taking one argument, `METH_O` (`len(obj, /)`).
const fn one(name: &'static str) -> Signature {
    Signature::positional_only(name, One, false, OBJECT)
}

/// A method taking one argument, `METH_O` (`list.append(object, /)`).
const fn method_one(name: &'static str) -> Signature {
    Signature::positional_only(name, One, true, OBJECT)
}

/// A method taking no arguments, `METH_NOARGS` (`str.upper()`).
const fn method_none(name: &'static str) -> Signature {
    Signature::positional_only(name, NoArgs, true, &[])
}

const fn positional(name: &'static str, params: &'static [NativeParam]) -> Signature {
    Signature::positional_only(name, Positional, false, params)
}

const fn method(name: &'static str, style: ArgStyle, params: &'static [NativeParam]) -> Signature {
    Signature::positional_only(name, style, true, params)
}

// ----- builtin functions ---------------------------------------------------------------

pub const PRINT: Signature = Signature {
    counts_arguments: false,
    ..Signature::varargs(
        "print",
        0,
        &[
            NativeParam::optional("sep", None),
            NativeParam::optional("end", None),
            NativeParam::optional("file", None),
            NativeParam::optional("flush", Bool(false)),
        ],
    )
};
pub const MIN: Signature = Signature::varargs("min", 1, &[absent("key"), absent("default")]);
pub const MAX: Signature = Signature::varargs("max", 1, &[absent("key"), absent("default")]);
pub const ZIP: Signature =
    Signature::varargs("zip", 0, &[NativeParam::optional("strict", Bool(false))]);
pub const SUM: Signature = Signature::keywords(
    "sum",
    false,
    &[required("iterable"), NativeParam::optional("start", Int(0))],
    1,
    2,
);
pub const POW: Signature = Signature::keywords(
    "pow",
    false,
    &[
        required("base"),
        required("exp"),
        NativeParam::optional("mod", None),
    ],
    0,
    3,
);
pub const ROUND: Signature = Signature::keywords(
    "round",
    false,
    &[required("number"), NativeParam::optional("ndigits", None)],
    0,
    2,
);
pub const LEN: Signature = one("len");
pub const REPR: Signature = one("repr");
pub const ASCII: Signature = one("ascii");
pub const ABS: Signature = one("abs");
pub const ANY: Signature = one("any");
pub const ALL: Signature = one("all");
pub const CALLABLE: Signature = one("callable");
pub const ID: Signature = one("id");
pub const HASH: Signature = one("hash");
pub const CHR: Signature = one("chr");
pub const ORD: Signature = one("ord");
pub const HEX: Signature = one("hex");
pub const OCT: Signature = one("oct");
pub const BIN: Signature = one("bin");
pub const ISINSTANCE: Signature =
    positional("isinstance", &[required("obj"), required("class_or_tuple")]);
pub const ISSUBCLASS: Signature =
    positional("issubclass", &[required("cls"), required("class_or_tuple")]);
pub const DIVMOD: Signature = positional("divmod", &[required("x"), required("y")]);
pub const HASATTR: Signature = positional("hasattr", &[required("obj"), required("name")]);
pub const GETATTR: Signature = positional(
    "getattr",
    &[required("object"), required("name"), absent("default")],
);
pub const SETATTR: Signature = positional(
    "setattr",
    &[required("obj"), required("name"), required("value")],
);
pub const DELATTR: Signature = positional("delattr", &[required("obj"), required("name")]);
pub const ITER: Signature = positional("iter", &[required("object"), absent("sentinel")]);
pub const NEXT: Signature = positional("next", &[required("iterator"), absent("default")]);
pub const FORMAT: Signature = positional("format", &[required("value"), absent("format_spec")]);
pub const INPUT: Signature = positional("input", &[absent("prompt")]);
pub const VARS: Signature = positional("vars", &[absent("object")]);
pub const DIR: Signature = positional("dir", &[absent("object")]);

// ----- constructors of built-in types ----------------------------------------------------

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
