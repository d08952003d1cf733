//! Time as the program sees it: the real clock, or the virtual one of `--virtual-time`.
//!
//! Inside, time is an integer count of nanoseconds ([`Nanos`]), so arithmetic on it is exact
//! at any horizon: adding a nanosecond to a clock that reads a simulated century still moves
//! it. Python sees floats (`time.monotonic()`, `loop.time()`), converted at the edge, and a
//! timer's float deadline is converted once, exactly, when it is scheduled.
//!
//! The virtual clock is the model of `docs/virtual-time.md`: it runs a program as on an
//! infinitely fast machine on which only three things take time — a reading of the clock
//! ([`READ_COST`]), a blocking `time.sleep`, and the event loop's idle wait. On both clocks
//! the idle wait ends on the millisecond grid, as CPython's epoll selector's does.

use crate::signals;
use std::cell::Cell;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A point in time or a duration, in nanoseconds.
pub type Nanos = i128;

pub const NANOS_PER_SECOND: Nanos = 1_000_000_000;

/// Where monotonic readings start, so they look like CPython's (seconds since boot-ish).
const MONOTONIC_BASE: Nanos = 1000 * NANOS_PER_SECOND;

/// Deadlines are clamped to ±HORIZON: about 4e28 seconds, far past any simulation, and far
/// enough from `Nanos::MAX` that adding costs and waits to it never overflows.
pub const HORIZON: Nanos = Nanos::MAX / 4;

/// The deadline of a timer that can never fire (`inf`): the loop does not wait for it.
pub const NEVER: Nanos = Nanos::MAX;

/// What one reading of the virtual clock costs. A program that polls the clock in a busy
/// loop (`while time.monotonic() - t0 < 0.05`) sees time pass, as on a real machine, and the
/// event loop (which reads the clock once per iteration) moves time on even when its ready
/// queue never empties. A microsecond is the order of one CPython loop iteration; it keeps
/// sleeps started in one iteration within the millisecond that the idle wait rounds to, so
/// they wake together, as they do in real time.
pub const READ_COST: Nanos = 1_000;

/// The grid the idle wait ends on: CPython's epoll selector rounds its timeout up to whole
/// milliseconds (`math.ceil(timeout * 1e3) * 1e-3`), so a loop woken for one timer also runs
/// every timer due within that rounding.
const WAIT_GRID: Nanos = 1_000_000;

pub struct Clock {
    /// The virtual clock's reading (nanoseconds since start), or `None` on the real clock.
    virtual_now: Cell<Option<Nanos>>,
    start: Instant,
    /// Wall-clock nanoseconds since the epoch at start.
    epoch_at_start: Nanos,
}

impl Clock {
    pub fn new() -> Clock {
        let epoch_at_start = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as Nanos)
            .unwrap_or(0);
        Clock {
            virtual_now: Cell::new(None),
            start: Instant::now(),
            epoch_at_start,
        }
    }

    pub fn set_virtual(&self, on: bool) {
        self.virtual_now.set(on.then_some(0));
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_now.get().is_some()
    }

    /// Nanoseconds since start, without charging a reading: for the loop's own bookkeeping.
    fn elapsed(&self) -> Nanos {
        match self.virtual_now.get() {
            Some(now) => now,
            None => self.start.elapsed().as_nanos() as Nanos,
        }
    }

    /// A reading of the clock as a program makes one: on the virtual clock it costs
    /// [`READ_COST`], charged after the reading.
    fn read(&self) -> Nanos {
        match self.virtual_now.get() {
            Some(now) => {
                self.virtual_now.set(Some(now + READ_COST));
                now
            }
            None => self.start.elapsed().as_nanos() as Nanos,
        }
    }

    /// The monotonic clock in nanoseconds (`time.monotonic_ns()`, and the loop's "now").
    pub fn monotonic_ns(&self) -> Nanos {
        MONOTONIC_BASE + self.read()
    }

    /// The monotonic clock without charging a reading (the loop's idle wait).
    pub fn peek_monotonic_ns(&self) -> Nanos {
        MONOTONIC_BASE + self.elapsed()
    }

    /// `time.monotonic()`, `time.perf_counter()`, `loop.time()`.
    pub fn monotonic(&self) -> f64 {
        seconds(self.monotonic_ns())
    }

    /// `time.time_ns()`.
    pub fn time_ns(&self) -> Nanos {
        self.epoch_at_start + self.read()
    }

    /// `time.time()`.
    pub fn time(&self) -> f64 {
        seconds(self.time_ns())
    }

    /// `time.sleep`: blocks (real) or advances (virtual) for `duration` nanoseconds.
    pub fn sleep(&self, duration: Nanos) {
        if duration <= 0 {
            return;
        }
        match self.virtual_now.get() {
            Some(now) => self
                .virtual_now
                .set(Some(now.saturating_add(duration).min(HORIZON))),
            None => sleep_interruptibly(duration),
        }
    }

    /// The event loop's idle wait for a timer due at monotonic `deadline`, rounded up to the
    /// millisecond grid counted from now, as CPython's selector rounds its timeout: the real
    /// clock sleeps that long (Ctrl-C ends the sleep early; a day at most, as CPython's
    /// `MAXIMUM_SELECT_TIMEOUT`), the virtual one jumps.
    pub fn wait_until(&self, deadline: Nanos) {
        let now = self.peek_monotonic_ns();
        if deadline == NEVER || deadline <= now {
            return;
        }
        let wait = (deadline - now + WAIT_GRID - 1) / WAIT_GRID * WAIT_GRID;
        match self.virtual_now.get() {
            Some(elapsed) => self
                .virtual_now
                .set(Some(elapsed.saturating_add(wait).min(HORIZON))),
            None => sleep_interruptibly(wait.min(86_400 * NANOS_PER_SECOND)),
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

/// Nanoseconds as float seconds, rounded once, as CPython's `_PyTime_AsSecondsDouble` does.
pub fn seconds(nanos: Nanos) -> f64 {
    if nanos % NANOS_PER_SECOND == 0 {
        (nanos / NANOS_PER_SECOND) as f64
    } else {
        nanos as f64 / 1e9
    }
}

/// The monotonic deadline of a timer whose float deadline is `when` seconds: the last
/// nanosecond tick at or before it, exactly (no float arithmetic), so the loop's test "due
/// when `when < now + 1 ns`" (CPython's `end_time = time() + clock_resolution`) is an exact
/// integer comparison `deadline <= now`. Infinite and NaN deadlines never come;
/// finite ones past the horizon are clamped to it. A NaN deadline is due at once: CPython's
/// `handle._when >= end_time` is false for it, so its loop runs it in the next iteration.
pub fn deadline_of(when: f64) -> Nanos {
    if when == f64::INFINITY {
        return NEVER;
    }
    if when.is_nan() || when == f64::NEG_INFINITY {
        return -HORIZON;
    }
    floor_nanos(when).clamp(-HORIZON, HORIZON)
}

/// A duration of `seconds` rounded up to whole nanoseconds, as CPython rounds a timeout
/// (`_PyTime_ROUND_TIMEOUT`); the caller has refused negative, NaN and overflowing values.
pub fn duration_of(seconds: f64) -> Nanos {
    if seconds <= 0.0 || seconds.is_nan() {
        return 0;
    }
    (-floor_nanos(-seconds)).min(HORIZON)
}

/// `floor(x * 1e9)` computed exactly from the float's mantissa and exponent, saturating
/// outside ±HORIZON.
fn floor_nanos(x: f64) -> Nanos {
    if x == 0.0 {
        return 0;
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = (bits & ((1 << 52) - 1)) as i128;
    // x = mantissa * 2^power, exactly.
    let (mantissa, power) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    };
    let scaled = mantissa * NANOS_PER_SECOND; // < 2^83: no overflow
    let magnitude_floor;
    let inexact;
    if power >= 0 {
        if power > 40 {
            return if negative { -HORIZON } else { HORIZON };
        }
        magnitude_floor = scaled << power;
        inexact = false;
    } else if power <= -127 {
        magnitude_floor = 0;
        inexact = scaled != 0;
    } else {
        let shift = -power;
        magnitude_floor = scaled >> shift;
        inexact = scaled & ((1 << shift) - 1) != 0;
    }
    let value = if negative {
        -magnitude_floor - Nanos::from(inexact)
    } else {
        magnitude_floor
    };
    value.clamp(-HORIZON, HORIZON)
}

/// Sleeps in short slices so Ctrl-C is seen within 50 ms.
fn sleep_interruptibly(duration: Nanos) {
    let duration = Duration::from_nanos(duration.clamp(0, u64::MAX as Nanos) as u64);
    let end = Instant::now() + duration;
    loop {
        if signals::pending() {
            return;
        }
        let now = Instant::now();
        if now >= end {
            return;
        }
        std::thread::sleep((end - now).min(Duration::from_millis(50)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_deadlines_convert_exactly() {
        assert_eq!(floor_nanos(1.5), 1_500_000_000);
        assert_eq!(floor_nanos(-1.5), -1_500_000_000);
        // 0.1 is a little more than a tenth: the floor is the tenth.
        assert_eq!(floor_nanos(0.1), 100_000_000);
        // 0.3 is a little less than 0.3: the floor is one tick below.
        assert_eq!(floor_nanos(0.3), 299_999_999);
        assert_eq!(floor_nanos(1e-12), 0);
        assert_eq!(floor_nanos(-1e-12), -1);
        assert_eq!(floor_nanos(5e-324), 0);
        assert_eq!(floor_nanos(2e7), 20_000_000 * NANOS_PER_SECOND);
        assert_eq!(floor_nanos(3.5e7 + 0.5), 35_000_000_500_000_000);
        assert_eq!(floor_nanos(1e300), HORIZON);
        assert_eq!(floor_nanos(-1e300), -HORIZON);
    }

    #[test]
    fn infinite_deadlines_never_come_and_nan_ones_at_once() {
        assert_eq!(deadline_of(f64::INFINITY), NEVER);
        assert_eq!(deadline_of(f64::NAN), -HORIZON);
        assert_eq!(deadline_of(f64::NEG_INFINITY), -HORIZON);
        assert_eq!(duration_of(0.3), 300_000_000);
        assert_eq!(duration_of(f64::NAN), 0);
    }

    #[test]
    fn the_virtual_clock_moves_by_whole_nanoseconds_at_any_horizon() {
        let clock = Clock::new();
        clock.set_virtual(true);
        let year = 365 * 24 * 3600 * NANOS_PER_SECOND;
        clock.sleep(1000 * year);
        let before = clock.peek_monotonic_ns();
        clock.sleep(1);
        assert_eq!(clock.peek_monotonic_ns(), before + 1);
        assert_eq!(clock.monotonic_ns(), before + 1);
        assert_eq!(clock.peek_monotonic_ns(), before + 1 + READ_COST);
    }

    #[test]
    fn the_idle_wait_ends_on_the_millisecond_grid() {
        let clock = Clock::new();
        clock.set_virtual(true);
        let start = clock.peek_monotonic_ns();
        clock.wait_until(start + 1_500_000);
        assert_eq!(clock.peek_monotonic_ns(), start + 2_000_000);
        clock.wait_until(start + 2_000_000);
        assert_eq!(clock.peek_monotonic_ns(), start + 2_000_000);
        clock.wait_until(NEVER);
        assert_eq!(clock.peek_monotonic_ns(), start + 2_000_000);
        clock.wait_until(HORIZON);
        assert!(clock.peek_monotonic_ns() >= HORIZON);
    }
}
