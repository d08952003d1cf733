//! The `time` module: every reading goes through the runtime's clock (real or virtual).
//! The clocks and `sleep` are here; `struct_time`, `gmtime`, `localtime`, `mktime`,
//! `asctime`, `ctime` and `strftime` are Python (`time.py` beside this file) over three
//! conversions done here with `jiff`, which knows the calendar and the machine's time zone.

use crate::event_loop::{duration_of, record, Nanos};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::ops;
use crate::symbol::Sym;
use crate::types;
use crate::types::args::arity;
use crate::types::type_name;
use crate::value::*;

/// The natives the Python half (`time.py`) is run with; the clocks are the module's own.
pub fn natives() -> Vec<(&'static str, Value)> {
    super::functions(&[
        native!("time", time),
        native!("monotonic", monotonic),
        native!("perf_counter", monotonic),
        native!("process_time", monotonic),
        native!("time_ns", time_ns),
        native!("monotonic_ns", monotonic_ns),
        native!("perf_counter_ns", monotonic_ns),
        native!("sleep", sleep),
        native!("_broken_down", broken_down),
        native!("_local_seconds", local_seconds),
        native!("_zone_names", zone_names),
    ])
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
    let began = record::blocking_begins(interp, || {
        format!("time.sleep({:?})", crate::event_loop::seconds(duration))
    });
    interp.runtime.clock.sleep(duration);
    record::blocking_ended(interp, began);
    check()?;
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
            let nanos = ops::to_bigint(value)
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

/// `_broken_down(secs, local)`: the fields of a `struct_time` for `secs` (None: now) in UTC
/// or in the machine's time zone, as CPython's `gmtime`/`localtime` give them: year, month,
/// day, hour, minute, second, weekday (Monday 0), day of the year, DST flag, zone name and
/// offset east of UTC in seconds. `secs` is taken as CPython's `_PyTime_ObjectToTime_t`
/// takes it: a float is floored, NaN is `ValueError`, out of range is `OverflowError`.
fn broken_down(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("_broken_down", args, 2, 2)?;
    let seconds = match &args[0] {
        Value::None => interp.runtime.clock.time().floor() as i64,
        value => time_t(value)?,
    };
    let local = matches!(args[1], Value::Bool(true));
    let too_large = || {
        PyErr::new(
            &types::types().os_error,
            "[Errno 75] Value too large for defined data type",
        )
    };
    let timestamp = jiff::Timestamp::from_second(seconds).map_err(|_| too_large())?;
    let zone = if local {
        jiff::tz::TimeZone::system()
    } else {
        jiff::tz::TimeZone::UTC
    };
    let info = zone.to_offset_info(timestamp);
    let offset = info.offset();
    let dt = offset.to_datetime(timestamp);
    let name = if local { info.abbreviation() } else { "GMT" }.to_string();
    Ok(Value::tuple(vec![
        Value::Int(dt.year().into()),
        Value::Int(dt.month().into()),
        Value::Int(dt.day().into()),
        Value::Int(dt.hour().into()),
        Value::Int(dt.minute().into()),
        Value::Int(dt.second().into()),
        Value::Int(dt.weekday().to_monday_zero_offset().into()),
        Value::Int(dt.day_of_year().into()),
        Value::Int(i64::from(local && info.dst().is_dst())),
        Value::str(name),
        Value::Int(offset.seconds().into()),
    ]))
}

/// A timestamp argument as a C `time_t`, with CPython's errors.
fn time_t(value: &Value) -> PResult<i64> {
    let out_of_range = || overflow_error("timestamp out of range for platform time_t");
    match value {
        Value::Float(f) if f.is_nan() => Err(value_error("Invalid value NaN (not a number)")),
        Value::Float(f) => {
            let floor = f.floor();
            if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&floor) {
                Ok(floor as i64)
            } else {
                Err(out_of_range())
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => ops::to_bigint(value)
            .and_then(|n| num_traits::ToPrimitive::to_i64(&n))
            .ok_or_else(out_of_range),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(value)
        ))),
    }
}

/// `_local_seconds(year, month, day, hour, minute, second, isdst)`: the timestamp of a local
/// date and time, normalised as C's `mktime` normalises it (month 13 is January of the next
/// year, day 0 the last of the month before, and so on). A time a DST change skips or
/// repeats is taken as C does for `isdst` -1 (the earlier offset). None when out of range.
fn local_seconds(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("_local_seconds", args, 7, 7)?;
    let mut fields = [0i64; 7];
    for (field, value) in fields.iter_mut().zip(args) {
        *field = match value {
            Value::Int(n) => *n,
            _ => return Err(type_error("_local_seconds() takes ints")),
        };
    }
    let [year, month, day, hour, minute, second, isdst] = fields;
    let seconds = (|| {
        let year = year.checked_add((month - 1).div_euclid(12))?;
        let month = (month - 1).rem_euclid(12) + 1;
        let first =
            jiff::civil::DateTime::new(i16::try_from(year).ok()?, month as i8, 1, 0, 0, 0, 0)
                .ok()?;
        let first = jiff::tz::TimeZone::UTC
            .to_timestamp(first)
            .ok()?
            .as_second();
        let naive = first
            .checked_add((day - 1).checked_mul(86_400)?)?
            .checked_add(hour.checked_mul(3600)?)?
            .checked_add(minute.checked_mul(60)?)?
            .checked_add(second)?;
        let civil = jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::from_second(naive).ok()?);
        let zone = jiff::tz::TimeZone::system();
        let ambiguous = zone.to_ambiguous_timestamp(civil);
        if ambiguous.is_ambiguous() {
            // A time skipped or repeated by a DST change, read as glibc reads it: as
            // summer time (the earlier instant) when the flag says so, as standard time
            // (the later one) when it says not; without a flag a skipped time is read
            // with the offset before the change and a repeated one as summer time.
            let gap = matches!(ambiguous.offset(), jiff::tz::AmbiguousOffset::Gap { .. });
            let later = isdst == 0 || (isdst < 0 && gap);
            let chosen = if later {
                ambiguous.later()
            } else {
                ambiguous.earlier()
            };
            return Some(chosen.ok()?.as_second());
        }
        let at = ambiguous.compatible().ok()?;
        // A flag that contradicts the zone moves the time by the DST difference, as C's
        // mktime reads 2:30 with `isdst` 0 in summer as 2:30 standard time; glibc takes
        // an hour for a zone that has no summer time.
        let is_dst = zone.to_offset_info(at).dst().is_dst();
        let shift = match (isdst, is_dst) {
            (0, true) => dst_difference(&zone, at),
            (1.., false) => match dst_difference(&zone, at) {
                0 => -3600,
                difference => -difference,
            },
            _ => 0,
        };
        at.as_second().checked_add(shift)
    })();
    Ok(seconds.map_or(Value::None, Value::Int))
}

/// What `zone` says on the first of `month` in `year`: its abbreviation, its offset east of
/// UTC in seconds, and whether that is summer time.
fn zone_on(zone: &jiff::tz::TimeZone, year: i16, month: i8) -> Option<(String, i32, bool)> {
    let civil = jiff::civil::DateTime::new(year, month, 1, 0, 0, 0, 0).ok()?;
    let ts = jiff::tz::TimeZone::UTC.to_timestamp(civil).ok()?;
    let info = zone.to_offset_info(ts);
    Some((
        info.abbreviation().to_string(),
        info.offset().seconds(),
        info.dst().is_dst(),
    ))
}

/// How far a zone's summer time is ahead of its standard time in the year of `at` (0 for
/// a zone without DST), from its offsets in January and July.
fn dst_difference(zone: &jiff::tz::TimeZone, at: jiff::Timestamp) -> i64 {
    let year = jiff::tz::Offset::UTC.to_datetime(at).year();
    match (zone_on(zone, year, 1), zone_on(zone, year, 7)) {
        (Some(january), Some(july)) => (i64::from(january.1) - i64::from(july.1)).abs(),
        _ => 0,
    }
}

/// `_zone_names()`: `(tzname, timezone, altzone, daylight)` for the machine's time zone, as
/// CPython works them out: the offsets in January and July of this year.
fn zone_names(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("_zone_names", args, 0, 0)?;
    let zone = jiff::tz::TimeZone::system();
    let now = jiff::Timestamp::from_second(interp.runtime.clock.time() as i64)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let year = jiff::tz::Offset::UTC.to_datetime(now).year();
    let (january, july) = match (zone_on(&zone, year, 1), zone_on(&zone, year, 7)) {
        (Some(january), Some(july)) => (january, july),
        _ => (("UTC".to_string(), 0, false), ("UTC".to_string(), 0, false)),
    };
    // The standard time is the one that is not DST (in the southern hemisphere, July's).
    let (standard, summer) = if january.2 && !july.2 {
        (july, january)
    } else {
        (january, july)
    };
    let daylight = standard.1 != summer.1;
    Ok(Value::tuple(vec![
        Value::tuple(vec![Value::str(standard.0), Value::str(summer.0)]),
        Value::Int(-i64::from(standard.1)),
        Value::Int(-i64::from(summer.1)),
        Value::Int(i64::from(daylight)),
    ]))
}
