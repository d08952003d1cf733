//! The parameters of the builtin functions, as CPython 3.11 declares them (Argument Clinic
//! or the older parsers), written with the helpers of the built-in types' own table
//! (`types/signatures.rs`). `Interp::bind_native` reads them, so a wrong call gets CPython's
//! own message.

use crate::types::signatures::{absent, positional, required, OBJECT};
use crate::value::ArgStyle::One;
use crate::value::ParamDefault::{Bool, Int, None};
use crate::value::{NativeParam, Signature};

/// A function taking one argument, `METH_O` (`len(obj, /)`).
const fn one(name: &'static str) -> Signature {
    Signature::positional_only(name, One, false, OBJECT)
}

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
