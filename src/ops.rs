//! Operators: arithmetic and unary operators with int fast paths, binary dunders with
//! CPython's reflected order, `repr`/`str`/`format` dispatch; comparisons in `compare.rs`,
//! hashing in `hash.rs`, int and float arithmetic in `numbers.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::exception::*;
use crate::interp::keys::change_set_by_copy;
use crate::interp::Interp;
use crate::numfmt;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::{BinOp, UnaryOp};
use crate::types::{repr, set};
use crate::types::{type_name, types};
use crate::value::*;

mod compare;
mod hash;
mod numbers;

pub use compare::{bound_methods_equal, int_compare_fast, is_same, numeric_cmp, numeric_eq};
pub use hash::{hash_bigint, hash_float, hash_int};
pub use numbers::int_fast;
use numbers::{float_binary, int_binary};

/// The operator's symbol, as error messages show it.
pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn dunder(op: BinOp) -> (Sym, Sym, Sym) {
    match op {
        BinOp::Add => (sym::ADD, sym::RADD, sym::IADD),
        BinOp::Sub => (sym::SUB, sym::RSUB, sym::ISUB),
        BinOp::Mul => (sym::MUL, sym::RMUL, sym::IMUL),
        BinOp::MatMul => (sym::MATMUL, sym::RMATMUL, sym::IMATMUL),
        BinOp::Div => (sym::TRUEDIV, sym::RTRUEDIV, sym::ITRUEDIV),
        BinOp::FloorDiv => (sym::FLOORDIV, sym::RFLOORDIV, sym::IFLOORDIV),
        BinOp::Mod => (sym::MOD, sym::RMOD, sym::IMOD),
        BinOp::Pow => (sym::POW, sym::RPOW, sym::IPOW),
        BinOp::LShift => (sym::LSHIFT, sym::RLSHIFT, sym::ILSHIFT),
        BinOp::RShift => (sym::RSHIFT, sym::RRSHIFT, sym::IRSHIFT),
        BinOp::BitOr => (sym::OR, sym::ROR, sym::IOR),
        BinOp::BitXor => (sym::XOR, sym::RXOR, sym::IXOR),
        BinOp::BitAnd => (sym::AND, sym::RAND, sym::IAND),
    }
}

/// An int operand as a big integer (bools count as ints).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// A number as a float, for mixed arithmetic.
#[inline]
pub fn to_f64(v: &Value) -> PResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(numfmt::int_to_float(b).map_err(num_err)?),
        _ => None,
    })
}

impl Interp {
    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PResult {
        // Fast paths: small ints and floats.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                let (x, y) = (*x, *y);
                let r = match op {
                    BinOp::Add => x.checked_add(y),
                    BinOp::Sub => x.checked_sub(y),
                    BinOp::Mul => x.checked_mul(y),
                    BinOp::FloorDiv if y != 0 => {
                        if x == i64::MIN && y == -1 {
                            None
                        } else {
                            Some(
                                x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 },
                            )
                        }
                    }
                    BinOp::Mod if y != 0 => {
                        let m = x.wrapping_rem(y);
                        Some(if m != 0 && ((m < 0) != (y < 0)) {
                            m + y
                        } else {
                            m
                        })
                    }
                    BinOp::BitAnd => Some(x & y),
                    BinOp::BitOr => Some(x | y),
                    BinOp::BitXor => Some(x ^ y),
                    BinOp::Div
                        if y != 0
                            && x.unsigned_abs() < (1 << 53)
                            && y.unsigned_abs() < (1 << 53) =>
                    {
                        return Ok(Value::Float(x as f64 / y as f64))
                    }
                    _ => None,
                };
                if let Some(r) = r {
                    return Ok(Value::Int(r));
                }
            }
            (Value::Float(x), Value::Float(y)) => {
                let r = match op {
                    BinOp::Add => Some(x + y),
                    BinOp::Sub => Some(x - y),
                    BinOp::Mul => Some(x * y),
                    BinOp::Div if *y != 0.0 => Some(x / y),
                    _ => None,
                };
                if let Some(r) = r {
                    return Ok(Value::Float(r));
                }
            }
            _ => {}
        }
        match self.binary_builtin(op, a, b)? {
            Some(v) => Ok(v),
            None => self.binary_dunder(op, a, b),
        }
    }

    /// Built-in types' operators; `None` when the types don't support `op`.
    fn binary_builtin(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Option<Value>> {
        if is_int(a) && is_int(b) {
            return int_binary(op, a, b).map(Some);
        }
        if matches!(a, Value::Float(_)) && (is_int(b) || matches!(b, Value::Float(_)))
            || matches!(b, Value::Float(_)) && is_int(a)
        {
            // Floats have no bitwise operators: the error names both operands' own types.
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMul
            ) {
                return Ok(None);
            }
            let (Some(x), Some(y)) = (to_f64(a)?, to_f64(b)?) else {
                return Ok(None);
            };
            return float_binary(op, x, y).map(Some);
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                Some(Value::str(s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend(x.iter().chain(y.iter()).cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), n) if is_int(n) => {
                Some(repeat(a, n)?)
            }
            (BinOp::Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_)) if is_int(n) => {
                Some(repeat(b, n)?)
            }
            (BinOp::Mod, Value::Str(fmt), _) => {
                Some(Value::str(repr::percent_format(self, &fmt.text, b)?))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => Some(self.set_op(op, a, b)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, _)
                if is_set_view(a) || is_set_view(b) =>
            {
                // CPython's `dictviews_sub` and friends: `set(a) op b`, whichever side the view
                // is on, and the result is always a set.
                let as_set = |v: &Value| -> PResult<Value> {
                    let set = set::set_operand(self, v)?.into_set();
                    Ok(Value::Set(Rc::new(RefCell::new(set))))
                };
                Some(self.set_op(op, &as_set(a)?, &as_set(b)?)?)
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let mut d = x.borrow().clone();
                let other = y.borrow().clone();
                for (key, value) in other {
                    self.dict_set_local(&mut d, key, value)?;
                }
                Some(Value::Dict(Rc::new(RefCell::new(d))))
            }
            _ => None,
        })
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets, by CPython's steps (they decide the
    /// result's order).
    fn set_op(&self, op: BinOp, a: &Value, b: &Value) -> PResult {
        let left = set_items(a);
        let right = set_items(b);
        let out = match op {
            BinOp::BitOr => {
                let mut out = left.copy();
                out.merge(&right);
                out
            }
            BinOp::BitAnd if is_same(a, b) => left.copy(),
            BinOp::BitAnd => left.intersection(&right),
            BinOp::Sub => left.difference(&right),
            _ => left.symmetric_difference(&right),
        };
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
            _ => Value::Set(Rc::new(RefCell::new(out))),
        })
    }

    /// `a.name(b)`, then `b.reflected(a)`, for user classes: the first answer that is not
    /// `NotImplemented`, or `None` when neither side has one.
    fn dunder_pair(
        &self,
        a: &Value,
        b: &Value,
        name: Sym,
        reflected: Sym,
    ) -> PResult<Option<Value>> {
        for (receiver, other, method) in [(a, b, name), (b, a, reflected)] {
            if let Value::Instance(inst) = receiver {
                if let Some(f) = inst.class.lookup(method) {
                    let r =
                        self.call_special(method, &f, &[receiver.clone(), other.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// User classes' `__add__` / `__radd__` and friends.
    fn binary_dunder(&self, op: BinOp, a: &Value, b: &Value) -> PResult {
        let (name, rname, _) = dunder(op);
        if let Some(r) = self.dunder_pair(a, b, name, rname)? {
            return Ok(r);
        }
        if op == BinOp::Mul {
            // Neither side multiplies: a sequence repeats by the other's `__index__`.
            for (sequence, count) in [(a, b), (b, a)] {
                if matches!(sequence, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                    if let Some(n) = self.index_value(count)? {
                        return repeat(sequence, &n);
                    }
                }
            }
        }
        Err(binary_type_error(op, a, b))
    }

    /// `a op= b`: in place for lists and user classes with `__iadd__`, else `a op b`.
    pub fn inplace_op(&self, op: BinOp, a: Value, b: &Value) -> PResult {
        // The operator is named with its `=` when no operand supports it (`+=`).
        // `x *= seq`: CPython's in-place multiply tries the right operand's repeat only when
        // the left has no sequence methods at all (an int, a float); a set, a dict, a range
        // or an instance has some, without repeat, so it is an operand error.
        let inplace_error = |e: Box<PyErr>, a: &Value| {
            let operand = binary_is_operand_error(&e)
                || (op == BinOp::Mul
                    && matches!(
                        a,
                        Value::Set(_)
                            | Value::FrozenSet(_)
                            | Value::Dict(_)
                            | Value::Range(_)
                            | Value::Instance(_)
                    )
                    && error_starts_with(&e, "can't multiply sequence"));
            if e.is_instance_of(&types().type_error) && operand {
                type_error(format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    binop_symbol(op).trim_end_matches(" or pow()"),
                    type_name(a),
                    type_name(b)
                ))
            } else {
                e
            }
        };
        match (&a, op) {
            (Value::Int(_), _) | (Value::Float(_), _) | (Value::Str(_), _) => {
                self.binary_op(op, &a, b).map_err(|e| inplace_error(e, &a))
            }
            (Value::List(l), BinOp::Add) => {
                let items = self.collect_iterable(b)?;
                l.borrow_mut().extend(items);
                Ok(a)
            }
            (Value::List(l), BinOp::Mul) => {
                let n = match b {
                    Value::Int(n) => *n,
                    _ => return self.binary_op(op, &a, b),
                };
                let copy = l.borrow().clone();
                let result = repeated(&copy, n.max(0) as usize)?;
                *l.borrow_mut() = result;
                Ok(a)
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let other = set_items(b);
                let same = is_same(&a, b);
                change_set_by_copy(s, |set| match op {
                    BinOp::BitOr if same => {}
                    BinOp::BitOr => set.merge(&other),
                    BinOp::BitAnd => {
                        let result = if same {
                            set.copy()
                        } else {
                            set.intersection(&other)
                        };
                        set.swap_bodies(result);
                    }
                    BinOp::Sub | BinOp::BitXor if same => set.clear(),
                    BinOp::Sub => set.difference_update(other.iter()),
                    _ => set.symmetric_difference_update(&other),
                });
                Ok(a)
            }
            (Value::Dict(d), BinOp::BitOr) => {
                self.dict_update_arg(d, b)?;
                Ok(a)
            }
            (Value::Instance(inst), _) => {
                let (_, _, iname) = dunder(op);
                if let Some(f) = inst.class.lookup(iname) {
                    let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                self.binary_op(op, &a, b).map_err(|e| inplace_error(e, &a))
            }
            _ => self.binary_op(op, &a, b).map_err(|e| inplace_error(e, &a)),
        }
    }

    pub fn unary_op(&self, op: UnaryOp, v: &Value) -> PResult {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => sym::NEG,
                    UnaryOp::Pos => sym::POS,
                    _ => sym::INVERT,
                };
                match inst.class.lookup(name) {
                    Some(f) => self.call(&f, std::slice::from_ref(v), &[]),
                    None => Err(unary_type_error(op, v)),
                }
            }
            _ => Err(unary_type_error(op, v)),
        }
    }

    // ----- comparison --------------------------------------------------------------------

    // ----- hashing -----------------------------------------------------------------------

    // ----- repr / str / format -----------------------------------------------------------

    pub fn repr(&self, v: &Value) -> PResult<String> {
        repr::repr_value(self, v)
    }

    pub fn str(&self, v: &Value) -> PResult<String> {
        match v {
            Value::Str(s) => Ok(s.text.clone()),
            _ => repr::str_value(self, v),
        }
    }

    pub fn format(&self, v: &Value, spec: &str) -> PResult<String> {
        repr::format_value(self, v, spec)
    }
}

/// The end of CPython's `RecursionError` message for comparisons nested too deep.
const IN_COMPARISON: &str = " in comparison";

const HASH_MODULUS: i64 = (1 << 61) - 1;

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// A dict's keys or items view: the views that behave as sets.
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(&**n, Native::DictView(_, DictView::Keys | DictView::Items)))
}

/// What set comparisons accept on either side: sets, frozensets and set-like views.
fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_)) || is_set_view(v)
}

impl Interp {
    /// The keys of a set, or of a view as a set (items views hash their pairs).
    fn set_like_items(&self, v: &Value) -> PResult<Set> {
        if is_set_view(v) {
            return Ok(set::set_operand(self, v)?.into_set());
        }
        Ok(set_items(v))
    }
}

fn set_items(v: &Value) -> Set {
    match v {
        Value::Set(s) => s.borrow().clone(),
        Value::FrozenSet(s) => (**s).clone(),
        _ => Set::default(),
    }
}

fn repeat(seq: &Value, n: &Value) -> PResult {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            return Err(overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
    };
    let n = n.max(0) as usize;
    Ok(match seq {
        Value::Str(s) => {
            reserve(s.text.len().saturating_mul(n), 1)?;
            Value::str(s.text.repeat(n))
        }
        Value::List(l) => {
            // `repeated` runs no Python, so the list is read in place, not copied first.
            let items = l.borrow();
            Value::list(repeated(&items, n)?)
        }
        Value::Tuple(t) => Value::tuple(repeated(t, n)?),
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be repeated",
                type_name(other)
            )))
        }
    })
}

/// `items * n` for lists and tuples (`*=` too). An empty sequence repeats to nothing at once,
/// however large `n` is (`[] * 10**18`), as in CPython; a long repeat can be interrupted.
fn repeated(items: &[Value], n: usize) -> PResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    reserve(items.len().saturating_mul(n), std::mem::size_of::<Value>())?;
    let mut out = Vec::with_capacity(items.len().saturating_mul(n));
    for i in 0..n {
        check_every(i)?;
        out.extend_from_slice(items);
    }
    Ok(out)
}

pub fn binary_type_error(op: BinOp, a: &Value, b: &Value) -> Box<PyErr> {
    match (op, a) {
        (BinOp::Add, Value::Str(_)) => {
            return type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(b)
            ))
        }
        (BinOp::Add, Value::List(_)) => {
            return type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(b)
            ))
        }
        (BinOp::Add, Value::Tuple(_)) => {
            return type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(b)
            ))
        }
        (BinOp::Mul, _) if is_sequence(a) || is_sequence(b) => {
            let other = if is_sequence(a) { b } else { a };
            if !matches!(other, Value::Instance(_)) {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                ));
            }
        }
        _ => {}
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        binop_symbol(op),
        type_name(a),
        type_name(b)
    ))
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
}

fn binary_is_operand_error(e: &PyErr) -> bool {
    error_starts_with(e, "unsupported operand")
}

fn error_starts_with(e: &PyErr, prefix: &str) -> bool {
    match exc_data(&e.exc).and_then(|d| d.borrow().args.first().cloned()) {
        Some(Value::Str(s)) => s.text.starts_with(prefix),
        _ => false,
    }
}

fn unary_type_error(op: UnaryOp, v: &Value) -> Box<PyErr> {
    let symbol = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    };
    type_error(format!(
        "bad operand type for unary {}: '{}'",
        symbol,
        type_name(v)
    ))
}
