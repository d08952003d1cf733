//! Comparisons: `==` and ordering (built-in values, sequences item by item, rich comparison
//! dunders with CPython's reflected order), identity, and `in`.

use super::{is_int, is_number, is_set_like, is_set_view, set_items, to_bigint, IN_COMPARISON};
use crate::exception::*;
use crate::interp::attributes::inherits_from_object;
use crate::interp::Interp;
use crate::symbol::sym;
use crate::syntax::ast::CmpOp;
use crate::types::native;
use crate::types::range;
use crate::types::{class_of, type_name};
use crate::value::*;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

impl Interp {
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
        match quick_same_or_eq(a, b) {
            Some(answer) => Ok(answer),
            None => self.eq(a, b),
        }
    }

    /// The first index from `start` of an item of `list` that is `item` or equal to it
    /// (`in`, `index`, `count`, `remove`). The list is read in place, without a copy and
    /// without a count change per item; only an item whose comparison may run Python is
    /// taken out of the borrow first, and the scan goes on by index, so a user `__eq__`
    /// that changes the list sees it as CPython's does.
    pub fn find_in_list(
        &self,
        list: &RefCell<Vec<Value>>,
        item: &Value,
        start: usize,
        end: usize,
    ) -> PResult<Option<usize>> {
        let mut i = start;
        loop {
            let candidate = {
                let items = list.borrow();
                let stop = end.min(items.len());
                let mut found = None;
                while i < stop {
                    let v = &items[i];
                    match quick_same_or_eq(v, item) {
                        Some(true) => return Ok(Some(i)),
                        Some(false) => i += 1,
                        None => {
                            found = Some(v.clone());
                            break;
                        }
                    }
                }
                match found {
                    Some(v) => v,
                    None => return Ok(None),
                }
            };
            if self.same_or_eq(&candidate, item)? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => Ok(x.text == y.text),
            (Value::Instance(x), Value::Instance(y)) if equal_only_if_identical(x, y) => {
                Ok(Rc::ptr_eq(x, y))
            }
            _ => {
                let r = self.rich_eq(a, b, false)?;
                self.truthy(&r)
            }
        }
    }

    pub(super) fn rich_eq(&self, a: &Value, b: &Value, negate: bool) -> PResult {
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

    pub(super) fn instance_eq(&self, a: &Value, b: &Value, negate: bool) -> PResult {
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
    pub(super) fn builtin_eq(&self, a: &Value, b: &Value) -> PResult<bool> {
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
                    native::native_eq(x, y)
                } else {
                    false
                }
            }
            _ => is_same(a, b),
        })
    }

    pub(super) fn seq_eq(&self, x: &[Value], y: &[Value]) -> PResult<bool> {
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

    pub(super) fn rich_order(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
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
    pub(super) fn list_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
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

    pub(super) fn seq_order(&self, op: CmpOp, x: &[Value], y: &[Value]) -> PResult {
        for (p, q) in x.iter().zip(y) {
            if !self.same_or_eq(p, q)? {
                if let (Value::Int(p), Value::Int(q)) = (p, q) {
                    return Ok(Value::Bool(ordering_matches(op, p.cmp(q))));
                }
                return self.rich_order(op, p, q);
            }
        }
        Ok(Value::Bool(ordering_matches(op, x.len().cmp(&y.len()))))
    }

    pub(super) fn order_dunder(&self, op: CmpOp, a: &Value, b: &Value) -> PResult {
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
            Value::List(l) => Ok(self.find_in_list(l, item, 0, usize::MAX)?.is_some()),
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
pub(super) fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
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

/// Bound methods are equal when they bind the same function to the same object (CPython's
/// `method_richcompare` compares the receivers by identity).
pub fn bound_methods_equal(x: &BoundMethod, y: &BoundMethod) -> bool {
    is_same(&x.receiver, &y.receiver) && is_same(&x.function, &y.function)
}

/// `a is b`. Floats live in the value itself, with no address: a float is taken to be the
/// same object as one with the same bits (a NaN `x is x` holds, as in CPython).
/// True when both classes keep `object.__eq__`: then each side says NotImplemented to the
/// other and Python falls back to identity, so `==` needs no call.
#[inline]
fn equal_only_if_identical(x: &Instance, y: &Instance) -> bool {
    inherits_from_object(&x.class, sym::EQ)
        && (Rc::ptr_eq(&x.class, &y.class) || inherits_from_object(&y.class, sym::EQ))
}

/// `a is b or a == b` when no Python code can be involved in the answer, else None.
#[inline]
fn quick_same_or_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.text == y.text),
        (Value::Instance(x), Value::Instance(y)) => {
            if Rc::ptr_eq(x, y) {
                Some(true)
            } else if equal_only_if_identical(x, y) {
                Some(false)
            } else {
                None
            }
        }
        _ if is_same(a, b) => Some(true),
        _ => None,
    }
}

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

pub(super) fn ordering_matches(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}
