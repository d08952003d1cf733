//! Numbers out of objects: `__index__`, `__int__` and `__float__`, each result checked as
//! CPython checks it (`PyNumber_Index`, `PyNumber_Long`, `PyFloat_AsDouble`).

use crate::exception::*;
use crate::interp;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::{sym, Sym};
use crate::types::type_name;
use crate::value::*;

impl Interp {
    /// `v.__index__()` for an instance whose class has one, checked to be an int; None for
    /// values without `__index__` (ints themselves included: callers match those first).
    pub fn index_value(&self, v: &Value) -> PResult<Option<Value>> {
        self.int_from_method(v, sym::INDEX)
    }

    /// What `int(v)` makes of an instance: `__int__`, else `__index__`; None without either.
    pub fn int_value(&self, v: &Value) -> PResult<Option<Value>> {
        match self.int_from_method(v, sym::INT)? {
            Some(n) => Ok(Some(n)),
            None => self.index_value(v),
        }
    }

    /// `v` as a float where a real number is wanted (`float()`, `math`, `'%f'`): floats and
    /// ints as they are, an instance through `__float__` (checked to give a float) or else
    /// `__index__`; None for anything else.
    pub fn float_value(&self, v: &Value) -> PResult<Option<f64>> {
        let Value::Instance(inst) = v else {
            return ops::to_f64(v);
        };
        if let Some(method) = inst.class.lookup(sym::FLOAT) {
            let method = self.descriptor_get(method, Some(v), &inst.class, sym::FLOAT)?;
            return match self.call(&method, &[], &[])? {
                Value::Float(f) => Ok(Some(f)),
                other => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    inst.class.name,
                    type_name(&other)
                ))),
            };
        }
        match self.index_value(v)? {
            Some(n) => ops::to_f64(&n),
            None => Ok(None),
        }
    }

    /// Calls `v.name()` (`__int__` or `__index__`) when `v`'s class has it; the result must
    /// be an int (a bool becomes its int).
    fn int_from_method(&self, v: &Value, name: Sym) -> PResult<Option<Value>> {
        let Value::Instance(inst) = v else {
            return Ok(None);
        };
        let Some(method) = inst.class.lookup(name) else {
            return Ok(None);
        };
        let method = self.descriptor_get(method, Some(v), &inst.class, name)?;
        match self.call(&method, &[], &[])? {
            n @ (Value::Int(_) | Value::BigInt(_)) => Ok(Some(n)),
            Value::Bool(b) => Ok(Some(Value::Int(b as i64))),
            other => Err(type_error(format!(
                "{name} returned non-int (type {})",
                type_name(&other)
            ))),
        }
    }
}

/// `v` as an int where one is needed (`operator.index`): ints as they are, an instance
/// through `__index__`, asked of the running interpreter (for helpers that have none at
/// hand); None for anything else.
pub fn as_index(v: &Value) -> PResult<Option<Value>> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(Some(v.clone())),
        Value::Bool(b) => Ok(Some(Value::Int(*b as i64))),
        Value::Instance(_) => Ok(interp::with_current(|interp| interp.index_value(v))
            .transpose()?
            .flatten()),
        _ => Ok(None),
    }
}
