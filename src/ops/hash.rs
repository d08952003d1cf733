//! Hashing as CPython hashes: ints modulo the Mersenne prime 2**61 - 1, floats by their exact
//! value (so `hash(1.0) == hash(1)`), and `__hash__` for instances.

use super::HASH_MODULUS;
use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::sym;
use crate::types::type_name;
use crate::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

impl Interp {
    pub fn hash(&self, v: &Value) -> PResult<u64> {
        if let Some(h) = leaf_hash(v) {
            return Ok(h);
        }
        Ok(match v {
            Value::BigInt(b) => hash_bigint(b) as u64,
            Value::Float(f) => hash_float(*f) as u64,
            Value::Tuple(items) => {
                // CPython's tuplehash (xxHash's mixing, 64-bit primes).
                const PRIME_1: u64 = 11400714785074694791;
                const PRIME_2: u64 = 14029467366897019727;
                const PRIME_5: u64 = 2870177450012600261;
                let mut acc = PRIME_5;
                // The recursion guard is needed only for an item that can hold others.
                let mut depth = None;
                for item in items.iter() {
                    let lane = match leaf_hash(item) {
                        Some(lane) => lane,
                        None => {
                            if depth.is_none() {
                                depth = Some(self.enter_recursion("")?);
                            }
                            self.hash(item)?
                        }
                    };
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
}

/// The hash of a value that holds no others and runs no Python code (an int, a bool, a
/// str, `None`): the first rule of `Interp::hash`, and what a tuple hashes its items by
/// without the recursion guard. `None` for any other value.
#[inline(always)]
fn leaf_hash(v: &Value) -> Option<u64> {
    Some(match v {
        Value::Int(i) => hash_int(*i) as u64,
        Value::Str(s) => s.hash_value(),
        Value::Bool(b) => *b as u64,
        Value::None => 0xFCA86420,
        _ => return None,
    })
}

/// CPython's hash of an int: the value modulo 2**61 - 1, with -1 mapped to -2.
#[inline]
pub fn hash_int(i: i64) -> i64 {
    // Most ints are already smaller than the modulus: no division.
    if i.unsigned_abs() < HASH_MODULUS as u64 {
        return if i == -1 { -2 } else { i };
    }
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

pub(super) fn frexp(x: f64) -> (f64, i32) {
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
