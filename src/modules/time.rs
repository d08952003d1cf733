//! The `time` module: every reading goes through the runtime's clock (real or virtual).

use crate::builtins::arity;
use crate::event_loop::{duration_of, Nanos};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::symbol::Sym;
use crate::types::type_name;
use crate::value::*;

pub fn module() -> Value {
    super::new_module(
        "time",
        super::functions(&[
            native!("time", time),
            native!("monotonic", monotonic),
            native!("perf_counter", monotonic),
            native!("process_time", monotonic),
            native!("time_ns", time_ns),
            native!("monotonic_ns", monotonic_ns),
            native!("perf_counter_ns", monotonic_ns),
            native!("sleep", sleep),
        ]),
    )
}

fn time(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("time", args, 0, 0)?;
    Ok(Value::Float(interp.runtime.clock.time()))
}

fn monotonic(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(interp.runtime.clock.monotonic()))
}

fn time_ns(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(nanos_value(interp.runtime.clock.time_ns()))
}

fn monotonic_ns(interp: &Interp, _: &[Value], _: &[(Sym, Value)]) -> PResult {
    Ok(nanos_value(interp.runtime.clock.monotonic_ns()))
}

fn sleep(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("sleep", args, 1, 1)?;
    let duration = sleep_duration(&args[0])?;
    interp.flush_out();
    interp.runtime.clock.sleep(duration);
    crate::signals::check()?;
    Ok(Value::None)
}

/// The nanoseconds CPython's timeouts are counted in: a duration must fit them in an `i64`.
const NANOS_PER_SECOND: f64 = 1e9;

/// A duration for `time.sleep` in nanoseconds, checked as CPython's `_PyTime_FromObject`
/// checks it: an int whose nanoseconds overflow `i64` and a float outside that range
/// (infinity included) raise `OverflowError` rather than sleeping for ever; NaN and negative
/// durations are `ValueError`. A float is rounded up to whole nanoseconds, as CPython rounds
/// a timeout.
fn sleep_duration(value: &Value) -> PResult<Nanos> {
    let nanos = match value {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let nanos = crate::ops::to_bigint(value)
                .and_then(|n| num_traits::ToPrimitive::to_i64(&(n * 1_000_000_000u32)));
            match nanos {
                Some(n) => Nanos::from(n),
                None => {
                    return Err(overflow_error(
                        "timestamp too large to convert to C _PyTime_t",
                    ))
                }
            }
        }
        Value::Float(f) if f.is_nan() => {
            return Err(value_error("Invalid value NaN (not a number)"))
        }
        Value::Float(f) => {
            let nanos = (f * NANOS_PER_SECOND).ceil();
            // i64::MIN and -i64::MIN as floats: the range a C `_PyTime_t` holds.
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&nanos) {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            if *f < 0.0 {
                -1
            } else {
                duration_of(*f)
            }
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(value)
            )))
        }
    };
    if nanos < 0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    Ok(nanos)
}

/// A clock reading in nanoseconds as a Python int (exact however far the clock has gone).
fn nanos_value(nanos: Nanos) -> Value {
    match i64::try_from(nanos) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(nanos)),
    }
}
