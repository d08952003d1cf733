//! pyco's own event loop: ready queue, timer heap, clocks, tasks and futures.
//!
//! (Being built: this first slice holds the shared state the evaluator needs.)

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::value::Function;

/// The async runtime's state, shared by the interpreter.
pub struct Runtime {
    /// True while `asyncio.run` or `run_until_complete` is running a loop.
    pub running: Cell<bool>,
    pub clock: Clock,
}

impl Runtime {
    pub fn new() -> Runtime {
        Runtime { running: Cell::new(false), clock: Clock::new() }
    }
}

/// Time as the program sees it: the real clock, or a virtual one that jumps instead of
/// waiting (`--virtual-time`). `time.time`, `monotonic`, `perf_counter`, `loop.time` and
/// every sleep go through here.
pub struct Clock {
    virtual_time: Cell<bool>,
    /// Seconds the virtual clock has advanced since start.
    virtual_elapsed: Cell<f64>,
    start: Instant,
    /// Wall-clock seconds since the epoch at start.
    epoch_at_start: f64,
}

/// Where monotonic readings start, so they look like CPython's (seconds since boot-ish).
const MONOTONIC_BASE: f64 = 1000.0;

impl Clock {
    pub fn new() -> Clock {
        let epoch_at_start = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
        Clock { virtual_time: Cell::new(false), virtual_elapsed: Cell::new(0.0), start: Instant::now(), epoch_at_start }
    }

    pub fn set_virtual(&self, on: bool) {
        self.virtual_time.set(on);
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_time.get()
    }

    fn elapsed(&self) -> f64 {
        if self.virtual_time.get() {
            self.virtual_elapsed.get()
        } else {
            self.start.elapsed().as_secs_f64()
        }
    }

    /// `time.monotonic()`, `time.perf_counter()`, `loop.time()`.
    pub fn monotonic(&self) -> f64 {
        MONOTONIC_BASE + self.elapsed()
    }

    /// `time.time()`.
    pub fn time(&self) -> f64 {
        self.epoch_at_start + self.elapsed()
    }

    /// Blocks (real) or advances (virtual) for `seconds`.
    pub fn sleep(&self, seconds: f64) {
        if seconds <= 0.0 || seconds.is_nan() {
            return;
        }
        if self.virtual_time.get() {
            self.virtual_elapsed.set(self.virtual_elapsed.get() + seconds);
        } else {
            std::thread::sleep(Duration::from_secs_f64(seconds.min(1e9)));
        }
    }

    /// Moves the virtual clock forward to monotonic time `deadline` (no-op on the real clock,
    /// where the caller waits instead).
    pub fn advance_to(&self, deadline: f64) {
        if self.virtual_time.get() {
            let target = deadline - MONOTONIC_BASE;
            if target > self.virtual_elapsed.get() {
                self.virtual_elapsed.set(target);
            }
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

/// CPython's warning for a coroutine object dropped before anything awaited it.
pub fn warn_never_awaited(function: &Rc<Function>) {
    eprintln!(
        "sys:1: RuntimeWarning: coroutine '{}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback",
        function.qualname
    );
}
