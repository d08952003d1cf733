//! The `time` module: every reading goes through the runtime's clock (real or virtual).

use crate::builtins::arity;
use crate::event_loop::{duration_of, Nanos};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::ops::to_f64;
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
    let secs = match to_f64(&args[0])? {
        Some(s) => s,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&args[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    interp.flush_out();
    interp.runtime.clock.sleep(duration_of(secs));
    crate::signals::check()?;
    Ok(Value::None)
}

/// A clock reading in nanoseconds as a Python int (exact however far the clock has gone).
fn nanos_value(nanos: Nanos) -> Value {
    match i64::try_from(nanos) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(nanos)),
    }
}
