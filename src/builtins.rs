//! The builtin functions (`print`, `len`, `sorted`, ...), registered by `install` with the
//! built-in classes: `print` and `input` in `io.rs`, `help()` in `help.rs` (its texts in
//! `help_texts.rs`), their parameters in `signatures.rs`. What the built-in types themselves
//! do is in `types/`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::exception::*;
use crate::interp::{Interp, Output};
use crate::modules;
use crate::modules::asyncio;
use crate::native;
use crate::numfmt;
use crate::ops::to_bigint;
use crate::symbol::{sym, Sym};
use crate::syntax::ast;
use crate::types;
use crate::types::args::{arity, int_arg, kwarg, no_kwargs, search_bound};
use crate::types::iterator::{self, new_iter, ITERATOR_CONSTRUCTORS};
use crate::types::number::{self, float_to_int};
use crate::types::object::{is_callable, is_instance, len_of};
use crate::types::repr::ascii_escape;
use crate::types::sort::sort_values;
use crate::types::{attributes, class_of, dunders, function, list, methods, type_name, types};
use crate::value::*;

mod help;
mod help_texts;
mod io;
mod signatures;

pub use io::note_closed_stdin;

impl Interp {
    /// An interpreter ready to run programs: its builtins namespace filled and its modules
    /// installed, writing to `stdout` and `stderr`.
    pub fn new(stdout: Output, stderr: Output) -> Rc<Interp> {
        let interp = Interp::bare(stdout, stderr);
        install(&interp);
        interp
    }
}

/// Fills the builtins namespace, has the built-in classes' method tables filled, and installs
/// the modules.
fn install(interp: &Interp) {
    let t = types();
    let mut b = interp.builtins.borrow_mut();
    // Room for every builtin at once (about 150), rather than growing table by table.
    b.reserve(192);
    for class in t.plain_classes().into_iter().chain(t.exception_classes()) {
        let name = class.name;
        if !class.name.name().contains('_') || &*class.name.name() == "object" {
            b.insert(name, Value::Class(class));
        }
    }
    b.insert(Sym::intern("Exception"), Value::Class(t.exception.clone()));
    // CPython's old names for OSError are the same class.
    for alias in ["IOError", "EnvironmentError"] {
        b.insert(Sym::intern(alias), Value::Class(t.os_error.clone()));
    }
    let functions: &[&'static BuiltinFunction] = &[
        native!("print", io::builtin_print, sig = &signatures::PRINT),
        native!("len", builtin_len, sig = &signatures::LEN),
        native!("repr", builtin_repr, sig = &signatures::REPR),
        native!(
            "isinstance",
            builtin_isinstance,
            sig = &signatures::ISINSTANCE
        ),
        native!(
            "issubclass",
            builtin_issubclass,
            sig = &signatures::ISSUBCLASS
        ),
        native!("abs", builtin_abs, sig = &signatures::ABS),
        native!("min", builtin_min, sig = &signatures::MIN),
        native!("max", builtin_max, sig = &signatures::MAX),
        native!("sum", builtin_sum, sig = &signatures::SUM),
        native!("sorted", builtin_sorted),
        native!("any", builtin_any, sig = &signatures::ANY),
        native!("all", builtin_all, sig = &signatures::ALL),
        native!("iter", builtin_iter, sig = &signatures::ITER),
        native!("next", builtin_next, sig = &signatures::NEXT),
        native!("round", builtin_round, sig = &signatures::ROUND),
        native!("divmod", builtin_divmod, sig = &signatures::DIVMOD),
        native!("pow", builtin_pow, sig = &signatures::POW),
        native!("hasattr", builtin_hasattr, sig = &signatures::HASATTR),
        native!("getattr", builtin_getattr, sig = &signatures::GETATTR),
        native!("setattr", builtin_setattr, sig = &signatures::SETATTR),
        native!("delattr", builtin_delattr, sig = &signatures::DELATTR),
        native!("callable", builtin_callable, sig = &signatures::CALLABLE),
        native!("id", builtin_id, sig = &signatures::ID),
        native!("hash", builtin_hash, sig = &signatures::HASH),
        native!("chr", builtin_chr, sig = &signatures::CHR),
        native!("ord", builtin_ord, sig = &signatures::ORD),
        native!("hex", builtin_hex, sig = &signatures::HEX),
        native!("bin", builtin_bin, sig = &signatures::BIN),
        native!("oct", builtin_oct, sig = &signatures::OCT),
        native!("format", builtin_format, sig = &signatures::FORMAT),
        native!("input", io::builtin_input, sig = &signatures::INPUT),
        native!("ascii", builtin_ascii, sig = &signatures::ASCII),
        native!("vars", builtin_vars, sig = &signatures::VARS),
        native!("dir", builtin_dir, sig = &signatures::DIR),
        native!("globals", builtin_unsupported_globals),
        native!("locals", builtin_unsupported_globals),
        native!("super", builtin_super),
        native!("help", help::builtin_help),
        native!("exit", function::exit),
        native!("quit", function::exit),
        native!("eval", builtin_unsupported_eval),
        native!("exec", builtin_unsupported_eval),
        native!("open", builtin_unsupported_open),
    ];
    for f in functions {
        b.insert(Sym::intern(f.name), Value::Builtin(f));
    }
    for constructor in ITERATOR_CONSTRUCTORS {
        let class = types::iterator_class(constructor.name);
        b.insert(Sym::intern(constructor.name), Value::Class(class));
    }
    b.insert(Sym::intern("NotImplemented"), Value::NotImplemented);
    b.insert(Sym::intern("Ellipsis"), Value::Ellipsis);
    b.insert(Sym::intern("__name__"), Value::str("__main__"));
    drop(b);
    methods::install_methods();
    dunders::install();
    modules::install(interp);
}

// ----- builtin functions ---------------------------------------------------------------

fn builtin_len(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("len", kwargs)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(len_of(interp, &args[0])? as i64))
}

fn builtin_repr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("repr", args, 1, 1)?;
    Ok(Value::str(interp.repr(&args[0])?))
}

fn builtin_ascii(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ascii", args, 1, 1)?;
    Ok(Value::str(ascii_escape(&interp.repr(&args[0])?)))
}

fn builtin_isinstance(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(Value::Bool(is_instance(&args[0], &args[1])?))
}

fn builtin_issubclass(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    let Value::Class(c) = &args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    fn check(c: &Rc<Class>, info: &Value) -> PResult<bool> {
        match info {
            Value::Class(d) => {
                Ok(c.is_subclass(d)
                    || (Rc::ptr_eq(c, &types().bool_) && Rc::ptr_eq(d, &types().int)))
            }
            Value::Tuple(items) => {
                for i in items.iter() {
                    if check(c, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    Ok(Value::Bool(check(c, &args[1])?))
}

fn builtin_abs(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("abs", args, 1, 1)?;
    number::abs(interp, &args[0])
}

fn min_max(
    interp: &Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(Sym, Value)],
    want_max: bool,
) -> PResult {
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let default = kwarg(kwargs, "default");
    // One iterable is stepped live, as CPython does: a key function that changes the list
    // being scanned changes what is scanned next.
    let iterator = match args.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => Some(interp.iter(&args[0])?),
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            None
        }
    };
    let mut positional = args.iter().cloned();
    let mut next_item = || match &iterator {
        Some(iterator) => interp.next(iterator),
        None => Ok(positional.next()),
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = next_item()? {
        let k = match &key {
            Some(f) => interp.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = if want_max {
                    interp.less_than(&bk, &k)?
                } else {
                    interp.less_than(&k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_min(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    min_max(interp, "min", args, kwargs, false)
}

fn builtin_max(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    min_max(interp, "max", args, kwargs, true)
}

fn builtin_sum(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mut total = args.get(1).cloned().unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = interp.iter(&args[0])?;
    while let Some(v) = interp.next(&it)? {
        // Ints that do not overflow add here; anything else as `+` does.
        if let (Value::Int(x), Value::Int(y)) = (&total, &v) {
            if let Some(r) = x.checked_add(*y) {
                total = Value::Int(r);
                continue;
            }
        }
        total = interp.binary_op(ast::BinOp::Add, &total, &v)?;
    }
    Ok(total)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: as CPython, a new list sorted by
/// `list.sort`, which takes (and checks) the keywords.
fn builtin_sorted(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let list = Value::list(interp.collect_iterable(&args[0])?);
    interp.call_native(&list::LIST_SORT, std::slice::from_ref(&list), kwargs)?;
    Ok(list)
}

fn builtin_any(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("any", args, 1, 1)?;
    let it = interp.iter(&args[0])?;
    while let Some(v) = interp.next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("all", args, 1, 1)?;
    let it = interp.iter(&args[0])?;
    while let Some(v) = interp.next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_iter(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    match args {
        [function, sentinel] => {
            if !is_callable(function) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable {
                function: function.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        _ => interp.iter(&args[0]),
    }
}

fn builtin_next(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("next", args, 1, 2)?;
    iterator::next(interp, &args[0], args.get(1))
}

fn builtin_round(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let ndigits = args.get(1).cloned().filter(|v| !v.is_none());
    match (&args[0], ndigits) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            let r = numfmt::round_half_even(*f);
            Ok(float_to_int(r))
        }
        (Value::Float(f), Some(n)) => {
            // CPython reads ndigits with PyNumber_AsSsize_t(.., NULL), which clamps.
            let n = search_bound(&n)?;
            Ok(Value::Float(numfmt::float_round(*f, n).map_err(num_err)?))
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), None) => Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        }),
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), Some(n)) => {
            let n = search_bound(&n)?;
            if n >= 0 {
                return Ok(match v {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => v.clone(),
                });
            }
            let x = to_bigint(v).unwrap_or_default();
            // Once 10**places passes 2*|x| (surely when places exceeds x's bit length) the
            // result is 0: answering early avoids building a power of ten with up to 2**63
            // digits (and negating -2**63).
            let places = n.unsigned_abs();
            if places > x.bits() {
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow::pow(BigInt::from(10), places as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (Value::Instance(inst), n) => match inst.class.lookup(sym::ROUND) {
            Some(f) => {
                let mut a = vec![args[0].clone()];
                if let Some(n) = n {
                    a.push(n);
                }
                interp.call_special(sym::ROUND, &f, &a, &[])
            }
            None => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                inst.class.name
            ))),
        },
        (other, _) => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        ))),
    }
}

fn builtin_divmod(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    }
    let q = interp
        .binary_op(ast::BinOp::FloorDiv, &args[0], &args[1])
        .map_err(|e| fix_divmod_msg(e, &args[0], &args[1]))?;
    let r = interp.binary_op(ast::BinOp::Mod, &args[0], &args[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn fix_divmod_msg(e: Box<PyErr>, a: &Value, b: &Value) -> Box<PyErr> {
    // CPython's float_divmod names itself: `float divmod()`, not `float floor division`.
    if e.is_instance_of(&types().zero_division_error)
        && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
    {
        return zero_division("float divmod()");
    }
    if e.is_instance_of(&types().type_error) {
        return type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    e
}

fn builtin_pow(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if let Some(m) = args.get(2).filter(|m| !m.is_none()) {
        let (Some(b), Some(e), Some(m)) = (to_bigint(&args[0]), to_bigint(&args[1]), to_bigint(m))
        else {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        // A negative exponent raises the modular inverse of the base to its magnitude.
        let (b, e) = if e.is_negative() {
            use num_integer::Integer;
            use num_traits::{One, Signed};
            let modulus = m.abs();
            let inverse = b.mod_floor(&modulus).extended_gcd(&modulus);
            if !inverse.gcd.is_one() {
                return Err(value_error("base is not invertible for the given modulus"));
            }
            (inverse.x.mod_floor(&modulus), -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
            r + &m
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    interp.binary_op(ast::BinOp::Pow, &args[0], &args[1])
}

fn attr_name(v: &Value, fname: &str) -> PResult<Sym> {
    match v {
        Value::Str(s) => Ok(Sym::intern(&s.text)),
        other => Err(type_error(format!(
            "{fname}(): attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn builtin_hasattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(&args[1], "hasattr")?;
    match interp.get_attr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance_of(&types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_getattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let name = attr_name(&args[1], "getattr")?;
    match interp.get_attr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance_of(&types().attribute_error) && args.len() == 3 => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn builtin_setattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 3 {
        return Err(type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(&args[1], "setattr")?;
    interp.set_attr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

fn builtin_delattr(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(&args[1], "delattr")?;
    interp.del_attr(&args[0], name)?;
    Ok(Value::None)
}

fn builtin_callable(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args[0])))
}

fn builtin_id(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("id", args, 1, 1)?;
    let v = &args[0];
    let id = match v.identity() {
        0 => match v {
            Value::Int(i) => 0x7000_0000_0000u64.wrapping_add((*i as u64).wrapping_mul(32)) as i64,
            Value::Float(f) => (f.to_bits() >> 4) as i64,
            Value::Bool(b) => 0x6000_0000_0000 + *b as i64 * 32,
            _ => 0x5000_0000_0000,
        },
        n => n as i64,
    };
    Ok(Value::Int(id))
}

fn builtin_hash(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("hash", args, 1, 1)?;
    let h = interp.hash(&args[0])? as i64;
    Ok(Value::Int(h))
}

fn builtin_chr(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("chr", args, 1, 1)?;
    let i = int_arg(&args[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn radix(args: &[Value], name: &str, prefix: &str, base: u32) -> PResult {
    arity(name, args, 1, 1)?;
    let Some(n) = to_bigint(&args[0]) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        )));
    };
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{digits}")))
}

fn builtin_hex(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    radix(args, "hex", "0x", 16)
}

fn builtin_bin(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    radix(args, "bin", "0b", 2)
}

fn builtin_oct(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    radix(args, "oct", "0o", 8)
}

fn builtin_format(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.text.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(interp.format(&args[0], &spec)?))
}

fn builtin_vars(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.is_empty() {
        return Err(not_implemented_error(
            "vars() without an argument is not supported by pyco: it would read the caller's locals",
        ));
    }
    interp.get_attr(&args[0], sym::DICT)
}

fn builtin_dir(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.is_empty() {
        return Err(not_implemented_error(
            "dir() without an argument is not supported by pyco: it would read the caller's locals",
        ));
    }
    if let Value::Module(m) = &args[0] {
        // asyncio's Python half is loaded on first use: its names are the module's too.
        asyncio::load_prelude_into(interp, m)?;
    }
    if let Value::Instance(inst) = &args[0] {
        // A class's own `__dir__` answers; its names come back sorted.
        if let Some(dir) = inst.class.lookup(sym::DIR) {
            let dir = interp.descriptor_get(dir, Some(&args[0]), &inst.class, sym::DIR)?;
            let mut names = interp.collect_iterable(&interp.call(&dir, &[], &[])?)?;
            sort_values(interp, &mut names, None, false)?;
            return Ok(Value::list(names));
        }
    }
    Ok(Value::list(
        attributes::dir_names(&args[0])
            .into_iter()
            .map(Value::str)
            .collect(),
    ))
}

fn builtin_unsupported_globals(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(not_implemented_error(
        "globals() and locals() are not supported by pyco",
    ))
}

fn builtin_unsupported_eval(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(not_implemented_error(
        "eval() and exec() are not supported by pyco",
    ))
}

fn builtin_unsupported_open(_: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(not_implemented_error(
        "open() is not supported by pyco: a script cannot reach files",
    ))
}

/// `super(type, obj)` and `super(type, cls)`: attribute lookup starts after `type` in the
/// chain of `obj`'s class (or of `cls`). `super()` with no arguments inside a method is
/// answered by the call site (`Interp::call_in_frame`), which knows the calling frame.
fn builtin_super(_: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("super", kwargs)?;
    let after = match args.first() {
        None => return Err(runtime_error("super(): no arguments")),
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                type_name(other)
            )))
        }
    };
    let receiver = match args {
        [_] => {
            return Err(type_error(
                "super() with one argument (an unbound super object) is not supported by pyco",
            ))
        }
        [_, receiver] => receiver,
        _ => {
            return Err(type_error(format!(
                "super() expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    let fits = match receiver {
        Value::Class(c) if c.is_subclass(&after) => true,
        other => class_of(other).is_subclass(&after),
    };
    if !fits {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::Native(Rc::new(Native::Super {
        after,
        receiver: receiver.clone(),
    })))
}
