//! Operators: arithmetic, comparison, hashing, `repr`/`str`/`format`, with int fast paths.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::coroutine;
use crate::exception::*;
use crate::interp::keys::change_set_by_copy;
use crate::interp::Interp;
use crate::numfmt;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::{class_of, range, repr, set, type_name, types};
use crate::value::*;

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
pub fn to_f64(v: &Value) -> PResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(numfmt::int_to_float(b).map_err(num_err)?),
        _ => None,
    })
}

/// `a == b` for numbers of any kind.
pub fn numeric_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        _ => numeric_cmp(a, b) == Some(Ordering::Equal),
    }
}

/// Orders two numbers exactly (a big int and a float compare without rounding).
pub fn numeric_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ if is_int(a) && is_int(b) => Some(to_bigint(a)?.cmp(&to_bigint(b)?)),
        (Value::Float(x), other) => int_float_cmp(&to_bigint(other)?, *x).map(Ordering::reverse),
        (other, Value::Float(y)) => int_float_cmp(&to_bigint(other)?, *y),
        _ => None,
    }
}

/// Compares an int with a float exactly.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fi = BigInt::from(floor as i128);
    let fi = if floor.abs() < 1e38 {
        fi
    } else {
        num_traits::FromPrimitive::from_f64(floor)?
    };
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > floor {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        other => Some(other),
    }
}

/// Python's floor division and modulo of floats.
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn int_pow(base: &BigInt, exp: u64) -> PResult {
    if base.magnitude().bits() > 1 {
        // A lower bound on the result's size, so only a result that certainly cannot fit
        // is refused.
        let bits = (base.magnitude().bits() - 1).saturating_mul(exp);
        reserve(usize::try_from(bits / 8).unwrap_or(usize::MAX), 1)?;
    }
    if exp > 100_000_000 && base.abs() > BigInt::from(1) {
        return Err(overflow_error("exponent too large"));
    }
    Ok(Value::from_bigint(num_traits::pow::pow(
        base.clone(),
        exp as usize,
    )))
}

/// `x op y` for two small ints when the result is a small int (None: take the general path).
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// `x op y` for two small ints, for the ordering and equality operators.
#[inline(always)]
pub fn int_compare_fast(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
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
                let mut v = x.as_ref().clone();
                v.extend(y.iter().cloned());
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

    pub fn compare(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
        // Two small ints compare without the recursion guard, as CPython's specialised
        // `COMPARE_OP` does: at the recursion limit, `n == 0` is not where it fails.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int_compare_fast(op, *x, *y) {
                return Ok(Value::Bool(r));
            }
        }
        Ok(Value::Bool(match op {
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            CmpOp::Is => is_same(a, b),
            CmpOp::IsNot => !is_same(a, b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => return self.rich_order(op, a, b),
        }))
    }

    /// `a is b or a == b`: the equality of containers' searches and comparisons (`in`,
    /// `index`, `count`, `remove`, `==` of lists, tuples and dicts), which take an object to
    /// equal itself whatever its `__eq__` says, as CPython's `PyObject_RichCompareBool` does
    /// (so a NaN is found in a list holding it).
    pub fn same_or_eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        Ok(is_same(a, b) || self.eq(a, b)?)
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => Ok(x.text == y.text),
            _ => {
                let r = self.rich_eq(a, b, false)?;
                self.truthy(&r)
            }
        }
    }

    fn rich_eq(&self, a: &Value, b: &Value, negate: bool) -> PResult {
        let _depth = self.enter_recursion(IN_COMPARISON)?;
        let result = match (a, b) {
            (Value::Instance(inst), _)
                if inst
                    .class
                    .lookup(if negate { sym::NE } else { sym::EQ })
                    .is_some()
                    || inst.class.lookup(sym::EQ).is_some() =>
            {
                return self.instance_eq(a, b, negate);
            }
            (_, Value::Instance(inst)) if inst.class.lookup(sym::EQ).is_some() => {
                return self.instance_eq(b, a, negate);
            }
            _ => self.builtin_eq(a, b)?,
        };
        Ok(Value::Bool(result != negate))
    }

    fn instance_eq(&self, a: &Value, b: &Value, negate: bool) -> PResult {
        let class = class_of(a);
        if negate {
            if let Some(f) = class.lookup(sym::NE) {
                let r = self.call_special(sym::NE, &f, &[a.clone(), b.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = class.lookup(sym::EQ) {
            let r = self.call_special(sym::EQ, &f, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return if negate {
                    Ok(Value::Bool(!self.truthy(&r)?))
                } else {
                    Ok(r)
                };
            }
        }
        Ok(Value::Bool(is_same(a, b) != negate))
    }

    /// Equality of built-in values (containers compare element-wise).
    fn builtin_eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.text == y.text,
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                matches!(self.list_compare(CmpOp::Eq, a, b)?, Value::Bool(true))
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y)?,
            (Value::Dict(x), Value::Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.iter() {
                    match y.get(k) {
                        Some(w) => {
                            if !self.same_or_eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let (x, y) = (set_items(a), set_items(b));
                x.len() == y.len() && x.iter().all(|k| y.contains(k))
            }
            _ if is_set_like(a) && is_set_like(b) && (is_set_view(a) || is_set_view(b)) => {
                let (x, y) = (self.set_like_items(a)?, self.set_like_items(b)?);
                x.len() == y.len() && x.iter().all(|k| y.contains(k))
            }
            (Value::Range(x), Value::Range(y)) => range::equal(x, y),
            // Slices compare as the tuples (start, stop, step).
            (Value::Slice(x), Value::Slice(y)) => self.seq_eq(
                &[x.lower.clone(), x.upper.clone(), x.step.clone()],
                &[y.lower.clone(), y.upper.clone(), y.step.clone()],
            )?,
            _ if is_number(a) && is_number(b) => numeric_eq(a, b),
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::BoundMethod(x), Value::BoundMethod(y)) => bound_methods_equal(x, y),
            (Value::Native(_), _) | (_, Value::Native(_)) => {
                if let (Value::Native(x), Value::Native(y)) = (a, b) {
                    coroutine::native_eq(x, y)
                } else {
                    false
                }
            }
            _ => is_same(a, b),
        })
    }

    fn seq_eq(&self, x: &[Value], y: &[Value]) -> PResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.same_or_eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn rich_order(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
        let _depth = self.enter_recursion(IN_COMPARISON)?;
        if let Some(ord) = numeric_cmp(a, b) {
            return Ok(Value::Bool(ordering_matches(op, ord)));
        }
        if is_number(a) && is_number(b) {
            return Ok(Value::Bool(false)); // NaN
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                Ok(Value::Bool(ordering_matches(op, x.text.cmp(&y.text))))
            }
            (Value::List(_), Value::List(_)) => self.list_compare(op, a, b),
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_order(op, x, y),
            _ if is_set_like(a) && is_set_like(b) => {
                let (x, y) = (self.set_like_items(a)?, self.set_like_items(b)?);
                let sub = x.iter().all(|k| y.contains(k));
                let sup = y.iter().all(|k| x.contains(k));
                Ok(Value::Bool(match op {
                    CmpOp::LtE => sub,
                    CmpOp::Lt => sub && x.len() < y.len(),
                    CmpOp::GtE => sup,
                    _ => sup && x.len() > y.len(),
                }))
            }
            _ => self.order_dunder(op, a, b),
        }
    }

    /// `list == list`, `list < list`...: CPython's `list_richcompare`, which reads both live
    /// lists at each step, since an item's `__eq__` may grow, shrink or clear either one.
    fn list_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
        let len = |v: &Value| match v {
            Value::List(l) => l.borrow().len(),
            _ => 0,
        };
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && len(a) != len(b) {
            return Ok(Value::Bool(op == CmpOp::NotEq));
        }
        let mut index = 0;
        while let (Some(p), Some(q)) = (seq_item(a, index), seq_item(b, index)) {
            if !self.same_or_eq(&p, &q)? {
                break;
            }
            index += 1;
        }
        match (seq_item(a, index), seq_item(b, index)) {
            (Some(p), Some(q)) => match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => self.rich_order(op, &p, &q),
            },
            _ => {
                let sizes = len(a).cmp(&len(b));
                Ok(Value::Bool(match op {
                    CmpOp::Eq => sizes == Ordering::Equal,
                    CmpOp::NotEq => sizes != Ordering::Equal,
                    _ => ordering_matches(op, sizes),
                }))
            }
        }
    }

    fn seq_order(&self, op: CmpOp, x: &[Value], y: &[Value]) -> PResult {
        for (p, q) in x.iter().zip(y) {
            if !self.same_or_eq(p, q)? {
                return self.rich_order(op, p, q);
            }
        }
        Ok(Value::Bool(ordering_matches(op, x.len().cmp(&y.len()))))
    }

    fn order_dunder(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
        let (name, reflected) = match op {
            CmpOp::Lt => (sym::LT, sym::GT),
            CmpOp::LtE => (sym::LE, sym::GE),
            CmpOp::Gt => (sym::GT, sym::LT),
            _ => (sym::GE, sym::LE),
        };
        if let Some(r) = self.dunder_pair(a, b, name, reflected)? {
            return Ok(r);
        }
        let symbol = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            symbol,
            type_name(a),
            type_name(b)
        )))
    }

    /// `a < b` as a bool, for sorting and `min`/`max`.
    pub fn less_than(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.text < y.text),
            _ => {
                let r = self.rich_order(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.text.contains(sub.text.as_str())),
                _ => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            },
            Value::List(_) => {
                let mut i = 0;
                while let Some(v) = seq_item(container, i) {
                    if self.same_or_eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for v in t.iter() {
                    if self.same_or_eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let key = self.key(item.clone())?;
                Ok(self.find_key(d, &key)?.is_some())
            }
            Value::Set(s) => {
                let key = self.key(item.clone())?;
                self.set_contains(s, &key)
            }
            Value::FrozenSet(s) => {
                let key = self.key(item.clone())?;
                Ok(self.find_key_with(|| &**s, &key)?.is_some())
            }
            Value::Range(r) => range::contains(self, r, item),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(sym::CONTAINS) {
                    let r = self.call_special(
                        sym::CONTAINS,
                        &f,
                        &[container.clone(), item.clone()],
                        &[],
                    )?;
                    return self.truthy(&r);
                }
                let it = self.iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if self.same_or_eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iterator(_) | Value::Native(_) => {
                let it = self.iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if self.same_or_eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))),
        }
    }

    // ----- hashing -----------------------------------------------------------------------

    pub fn hash(&self, v: &Value) -> PResult<u64> {
        Ok(match v {
            Value::Int(i) => hash_int(*i) as u64,
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => hash_bigint(b) as u64,
            Value::Float(f) => hash_float(*f) as u64,
            Value::Str(s) => s.hash_value(),
            Value::None => 0xFCA86420,
            Value::Tuple(items) => {
                // CPython's tuplehash (xxHash's mixing, 64-bit primes).
                const PRIME_1: u64 = 11400714785074694791;
                const PRIME_2: u64 = 14029467366897019727;
                const PRIME_5: u64 = 2870177450012600261;
                let mut acc = PRIME_5;
                let _depth = self.enter_recursion("")?;
                for item in items.iter() {
                    let lane = self.hash(item)?;
                    acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(PRIME_1);
                }
                acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc
                }
            }
            Value::FrozenSet(s) => s.frozen_hash(),
            // Slices are unhashable in 3.11; dict_keys and dict_items compare as sets, so
            // they are unhashable too (dict_values hash by identity).
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
            }
            Value::Native(_) if matches!(type_name(v).as_ref(), "dict_keys" | "dict_items") => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
            }
            Value::Instance(inst) => {
                let class = &inst.class;
                match class.lookup(sym::HASH) {
                    Some(Value::None) => {
                        return Err(type_error(format!("unhashable type: '{}'", class.name)))
                    }
                    Some(f) => {
                        let r = self.call_special(sym::HASH, &f, std::slice::from_ref(v), &[])?;
                        // CPython's `slot_tp_hash`: an int that fits a hash is the hash
                        // itself (-1 is -2, -1 being C's error value); a bigger one is
                        // hashed as an int.
                        match r {
                            Value::Int(-1) => -2i64 as u64,
                            Value::Int(i) => i as u64,
                            Value::Bool(b) => b as u64,
                            Value::BigInt(b) => hash_bigint(&b) as u64,
                            _ => {
                                return Err(type_error("__hash__ method should return an integer"))
                            }
                        }
                    }
                    None => {
                        if class.lookup(sym::EQ).is_some() {
                            return Err(type_error(format!("unhashable type: '{}'", class.name)));
                        }
                        (v.identity() >> 4) as u64
                    }
                }
            }
            // CPython's `method_hash`: the receiver's address and the function's hash, so
            // that `a.f` made twice is one dict key.
            Value::BoundMethod(m) => {
                ((m.receiver.identity() >> 4) as u64) ^ self.hash(&m.function)?
            }
            _ => (v.identity() >> 4) as u64,
        })
    }

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

/// CPython's hash of an int: the value modulo 2**61 - 1, with -1 mapped to -2.
pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (equal to the hash of an equal int).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(f as i64);
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// Bound methods are equal when they bind the same function to the same object (CPython's
/// `method_richcompare` compares the receivers by identity).
pub fn bound_methods_equal(x: &BoundMethod, y: &BoundMethod) -> bool {
    is_same(&x.receiver, &y.receiver) && is_same(&x.function, &y.function)
}

/// `a is b`. Floats live in the value itself, with no address: a float is taken to be the
/// same object as one with the same bits (a NaN `x is x` holds, as in CPython).
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None)
        | (Value::Unbound, Value::Unbound)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::NotImplemented, Value::NotImplemented) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Builtin(x), Value::Builtin(y)) => std::ptr::eq(*x, *y),
        _ => {
            let (x, y) = (a.identity(), b.identity());
            x != 0 && x == y
        }
    }
}

fn ordering_matches(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
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

fn int_binary(op: BinOp, a: &Value, b: &Value) -> PResult {
    let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
        return Err(binary_type_error(op, a, b));
    };
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => Value::from_bigint(x * y),
        BinOp::Div => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            Value::Float(numfmt::true_divide(&x, &y).map_err(num_err)?)
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                let (Some(fx), Some(fy)) = (to_f64(a)?, to_f64(b)?) else {
                    return Err(binary_type_error(op, a, b));
                };
                Value::Float(fx.powf(fy))
            } else if x.magnitude() <= &num_bigint::BigUint::from(1u8) {
                // 0, 1 and -1 to any power, however large: no multiplication needed.
                Value::from_bigint(if x.is_zero() && !y.is_zero() {
                    BigInt::from(0)
                } else if x.is_negative() && y.is_odd() {
                    BigInt::from(-1)
                } else {
                    BigInt::from(1)
                })
            } else {
                int_pow(&x, y.to_u64().unwrap_or(u64::MAX))?
            }
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let shift = y.to_usize().unwrap_or(usize::MAX);
            let bits = shift.saturating_add(x.magnitude().bits() as usize);
            reserve(bits / 8 + 1, 1)?;
            Value::from_bigint(x << shift)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let shift = y.to_usize().unwrap_or(usize::MAX).min(1 << 30);
            Value::from_bigint(x >> shift)
        }
        BinOp::BitAnd => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p & *q));
            }
            Value::from_bigint(x & y)
        }
        BinOp::BitOr => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p | *q));
            }
            Value::from_bigint(x | y)
        }
        BinOp::BitXor => {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Value::Bool(*p ^ *q));
            }
            Value::from_bigint(x ^ y)
        }
        BinOp::MatMul => return Err(binary_type_error(op, a, b)),
    })
}

fn float_binary(op: BinOp, x: f64, y: f64) -> PResult {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            // CPython's float_pow: 0.0 ** -inf is inf, only finite negative powers fail.
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(value_error("complex numbers are not supported by pyco"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PyErr::with_args(
                    &types().overflow_error,
                    vec![Value::Int(34), Value::str("Numerical result out of range")],
                ));
            }
            r
        }
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                binop_symbol(op)
            )))
        }
    }))
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
