//! The dunder methods of the built-in types: `(1).__add__(2)`, `xs.__len__()`,
//! `d.__setitem__(k, v)`, `it.__next__()`, `int.__add__(1, 2)`. Each calls the interpreter's
//! one rule for its operation, so a dunder never disagrees with the operator it names.

use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::{type_name, types};
use crate::value::*;

use super::args::{arity, no_kwargs};
use super::iterator;
use super::number;
use super::object::len_of;

type Method = &'static BuiltinFunction;

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_number(v: &Value) -> bool {
    is_int(v) || matches!(v, Value::Float(_))
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

/// The operands a value's own number, set and comparison dunders accept; others get
/// NotImplemented, as CPython's slots answer.
fn accepts(recv: &Value, other: &Value) -> bool {
    match recv {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => is_int(other),
        Value::Float(_) => is_number(other),
        Value::Set(_) | Value::FrozenSet(_) => is_set(other),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)),
        Value::Range(_) => matches!(other, Value::Range(_)),
        _ => true,
    }
}

fn binary(
    interp: &Interp,
    args: &[Value],
    kwargs: &[(Sym, Value)],
    op: BinOp,
    name: &str,
    reflected: bool,
) -> PResult {
    no_kwargs(name, kwargs)?;
    let recv = args
        .first()
        .ok_or_else(|| type_error(format!("{name}() needs an argument")))?;
    wrapper_arity(args, 1)?;
    let other = &args[1];
    // A sequence's repeat takes an index, as CPython's `sq_repeat` wrapper does.
    if op == BinOp::Mul
        && matches!(recv, Value::Str(_) | Value::List(_) | Value::Tuple(_))
        && !is_int(other)
    {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        )));
    }
    // Sequences and dicts answer with their own TypeError (`[1].__add__(1)`), numbers and
    // sets with NotImplemented.
    let numeric = is_number(recv) || is_set(recv) || matches!(recv, Value::Dict(_));
    if numeric && !accepts(recv, other) {
        return Ok(Value::NotImplemented);
    }
    let result = if reflected {
        interp.binary_op(op, other, recv)
    } else {
        interp.binary_op(op, recv, other)
    };
    match result {
        Err(e) if numeric && e.is_instance_of(&types().type_error) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// CPython's slot wrappers count the arguments after the receiver this way.
fn wrapper_arity(args: &[Value], expected: usize) -> PResult<()> {
    let given = args.len().saturating_sub(1);
    if given != expected {
        return Err(type_error(format!(
            "expected {expected} argument{}, got {given}",
            if expected == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn compare(
    interp: &Interp,
    args: &[Value],
    kwargs: &[(Sym, Value)],
    op: CmpOp,
    name: &str,
) -> PResult {
    no_kwargs(name, kwargs)?;
    let recv = args
        .first()
        .ok_or_else(|| type_error(format!("{name}() needs an argument")))?;
    wrapper_arity(args, 1)?;
    let other = &args[1];
    let views = matches!(other, Value::Native(_)) && is_set(recv);
    if !accepts(recv, other) && !views {
        return Ok(Value::NotImplemented);
    }
    interp.compare(op, recv, other)
}

macro_rules! binary_dunders {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal => $op:ident;)*) => {
        $(
            fn $f(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
                binary(interp, args, kwargs, BinOp::$op, $name, false)
            }
            fn $rf(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
                binary(interp, args, kwargs, BinOp::$op, $rname, true)
            }
        )*
        /// `(name, method)` for each operator, then its reflected twin.
        fn binary_methods() -> Vec<(BinOp, Method, Method)> {
            vec![$((BinOp::$op, native!($name, $f), native!($rname, $rf)),)*]
        }
    };
}

binary_dunders! {
    add, radd, "__add__", "__radd__" => Add;
    sub, rsub, "__sub__", "__rsub__" => Sub;
    mul, rmul, "__mul__", "__rmul__" => Mul;
    truediv, rtruediv, "__truediv__", "__rtruediv__" => Div;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__" => FloorDiv;
    modulo, rmodulo, "__mod__", "__rmod__" => Mod;
    power, rpower, "__pow__", "__rpow__" => Pow;
    lshift, rlshift, "__lshift__", "__rlshift__" => LShift;
    rshift, rrshift, "__rshift__", "__rrshift__" => RShift;
    and, rand, "__and__", "__rand__" => BitAnd;
    or, ror, "__or__", "__ror__" => BitOr;
    xor, rxor, "__xor__", "__rxor__" => BitXor;
}

macro_rules! compare_dunders {
    ($($f:ident, $name:literal => $op:ident;)*) => {
        $(
            fn $f(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
                compare(interp, args, kwargs, CmpOp::$op, $name)
            }
        )*
        fn compare_methods() -> Vec<Method> {
            vec![$(native!($name, $f),)*]
        }
    };
}

compare_dunders! {
    eq, "__eq__" => Eq;
    ne, "__ne__" => NotEq;
    lt, "__lt__" => Lt;
    le, "__le__" => LtE;
    gt, "__gt__" => Gt;
    ge, "__ge__" => GtE;
}

/// A method of one receiver and no other argument.
fn unary_args<'a>(args: &'a [Value], kwargs: &[(Sym, Value)], name: &str) -> PResult<&'a Value> {
    no_kwargs(name, kwargs)?;
    let recv = args
        .first()
        .ok_or_else(|| type_error(format!("{name}() needs an argument")))?;
    arity(name, &args[1..], 0, 0)?;
    Ok(recv)
}

fn neg(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    interp.unary_op(UnaryOp::Neg, unary_args(args, kwargs, "__neg__")?)
}

fn pos(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    interp.unary_op(UnaryOp::Pos, unary_args(args, kwargs, "__pos__")?)
}

fn invert(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    interp.unary_op(UnaryOp::Invert, unary_args(args, kwargs, "__invert__")?)
}

fn abs(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    number::abs(interp, unary_args(args, kwargs, "__abs__")?)
}

fn bool_(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    Ok(Value::Bool(
        interp.truthy(unary_args(args, kwargs, "__bool__")?)?,
    ))
}

fn len(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    Ok(Value::Int(
        len_of(interp, unary_args(args, kwargs, "__len__")?)? as i64,
    ))
}

fn hash(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let v = unary_args(args, kwargs, "__hash__")?;
    Ok(Value::Int(interp.hash(v)? as i64))
}

fn iter(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    interp.iter(unary_args(args, kwargs, "__iter__")?)
}

fn next(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    iterator::next(interp, unary_args(args, kwargs, "__next__")?, None)
}

fn reversed(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    iterator::reversed(
        interp,
        std::slice::from_ref(unary_args(args, kwargs, "__reversed__")?),
        &[],
    )
}

fn format(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__format__", kwargs)?;
    arity("__format__", args, 2, 2)?;
    match &args[1] {
        Value::Str(spec) => Ok(Value::str(interp.format(&args[0], &spec.text)?)),
        v => Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(v)
        ))),
    }
}

fn int_(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let v = unary_args(args, kwargs, "__int__")?;
    interp.call(
        &Value::Class(types().int.clone()),
        std::slice::from_ref(v),
        &[],
    )
}

fn float_(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let v = unary_args(args, kwargs, "__float__")?;
    interp.call(
        &Value::Class(types().float.clone()),
        std::slice::from_ref(v),
        &[],
    )
}

fn index(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    Ok(match unary_args(args, kwargs, "__index__")? {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

fn contains(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__contains__", kwargs)?;
    arity("__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn getitem(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__getitem__", kwargs)?;
    arity("__getitem__", args, 2, 2)?;
    interp.get_item(&args[0], &args[1])
}

fn setitem(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__setitem__", kwargs)?;
    arity("__setitem__", args, 3, 3)?;
    interp.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__delitem__", kwargs)?;
    arity("__delitem__", args, 2, 2)?;
    interp.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}

fn iadd(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__iadd__", kwargs)?;
    arity("__iadd__", args, 2, 2)?;
    interp.inplace_op(BinOp::Add, args[0].clone(), &args[1])
}

fn imul(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("__imul__", kwargs)?;
    arity("__imul__", args, 2, 2)?;
    interp.inplace_op(BinOp::Mul, args[0].clone(), &args[1])
}

fn add_methods(class: &Rc<Class>, methods: &[Method]) {
    super::methods::add(class, methods);
}

/// Puts the dunders into the built-in classes' dicts (after their named methods).
pub fn install() {
    let t = types();
    let bin = binary_methods();
    let pick = |ops: &[BinOp], reflected: bool| -> Vec<Method> {
        bin.iter()
            .filter(|(op, _, _)| ops.contains(op))
            .flat_map(|(_, f, rf)| if reflected { vec![*f, *rf] } else { vec![*f] })
            .collect()
    };
    use BinOp::*;
    let arithmetic = [Add, Sub, Mul, Div, FloorDiv, Mod, Pow];
    let bits = [LShift, RShift, BitAnd, BitOr, BitXor];
    let set_ops = [Sub, BitAnd, BitOr, BitXor];
    let compares = compare_methods();
    let eq_ne = &compares[..2];
    let number_unary: [Method; 7] = [
        native!("__neg__", neg),
        native!("__pos__", pos),
        native!("__abs__", abs),
        native!("__bool__", bool_),
        native!("__int__", int_),
        native!("__float__", float_),
        native!("__hash__", hash),
    ];
    let format_method: Method = native!("__format__", format);
    for class in [&t.int, &t.bool_] {
        add_methods(class, &pick(&arithmetic, true));
        add_methods(class, &pick(&bits, true));
        add_methods(class, &compares);
        add_methods(class, &number_unary);
        add_methods(
            class,
            &[
                native!("__invert__", invert),
                native!("__index__", index),
                format_method,
            ],
        );
    }
    add_methods(&t.float, &pick(&arithmetic, true));
    add_methods(&t.float, &compares);
    add_methods(&t.float, &number_unary);
    add_methods(&t.float, &[format_method]);
    let len_method: Method = native!("__len__", len);
    let iter_method: Method = native!("__iter__", iter);
    let contains_method: Method = native!("__contains__", contains);
    let getitem_method: Method = native!("__getitem__", getitem);
    let sequence = [len_method, iter_method, contains_method, getitem_method];
    let mul_rmul = [native!("__mul__", mul), native!("__rmul__", rmul)];
    add_methods(&t.str_, &sequence);
    add_methods(&t.str_, &compares);
    add_methods(&t.str_, &mul_rmul);
    add_methods(
        &t.str_,
        &[
            native!("__add__", add),
            native!("__mod__", modulo),
            native!("__hash__", hash),
            format_method,
        ],
    );
    add_methods(&t.tuple, &sequence);
    add_methods(&t.tuple, &compares);
    add_methods(&t.tuple, &mul_rmul);
    add_methods(
        &t.tuple,
        &[native!("__add__", add), native!("__hash__", hash)],
    );
    add_methods(&t.list, &sequence);
    add_methods(&t.list, &compares);
    add_methods(&t.list, &mul_rmul);
    add_methods(
        &t.list,
        &[
            native!("__add__", add),
            native!("__iadd__", iadd),
            native!("__imul__", imul),
            native!("__setitem__", setitem),
            native!("__delitem__", delitem),
            native!("__reversed__", reversed),
        ],
    );
    add_methods(&t.dict, &sequence);
    add_methods(&t.dict, eq_ne);
    add_methods(
        &t.dict,
        &[
            native!("__setitem__", setitem),
            native!("__delitem__", delitem),
            native!("__reversed__", reversed),
            native!("__or__", or),
            native!("__ror__", ror),
        ],
    );
    for class in [&t.set, &t.frozenset] {
        add_methods(class, &[len_method, iter_method, contains_method]);
        add_methods(class, &compares);
        add_methods(class, &pick(&set_ops, true));
    }
    add_methods(&t.frozenset, &[native!("__hash__", hash)]);
    add_methods(&t.range, &sequence);
    add_methods(&t.range, eq_ne);
    add_methods(
        &t.range,
        &[native!("__reversed__", reversed), native!("__hash__", hash)],
    );
    install_iterator_dunders(&t.iterator);
}

/// `__iter__` and `__next__` of one kind of built-in iterator.
pub fn install_iterator_dunders(class: &Rc<Class>) {
    add_methods(
        class,
        &[native!("__iter__", iter), native!("__next__", next)],
    );
}
