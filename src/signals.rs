//! Ctrl-C: the SIGINT handler only raises a flag; the evaluator and the event loop look at it
//! at safe points (loop iterations, calls, sleeps, each loop iteration) and raise
//! `KeyboardInterrupt` or cancel the main task there, as CPython does. The same safe points
//! check the memory ceiling ([`crate::memory`]).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" {
    fn signal(signal: i32, handler: usize) -> usize;
}

const SIGINT: i32 = 2;

extern "C" fn on_sigint(_: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (the command line does; tests that embed pyco need not).
/// A SIGINT the parent ignores (a background job) stays ignored, as in CPython.
pub fn install() {
    const SIG_IGN: usize = 1;
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe.
    unsafe {
        let previous = signal(SIGINT, on_sigint as extern "C" fn(i32) as usize);
        if previous == SIG_IGN {
            signal(SIGINT, SIG_IGN);
        }
    }
}

/// True if Ctrl-C was pressed since the last call (and clears it).
#[inline]
pub fn take() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// True if Ctrl-C is pending, without clearing it.
#[inline]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// The `KeyboardInterrupt` a safe point raises.
pub fn keyboard_interrupt() -> Box<crate::exception::PyErr> {
    crate::exception::PyErr::new(&crate::types::types().keyboard_interrupt, "")
}

/// The evaluator's safe-point check: raises `KeyboardInterrupt` if Ctrl-C is pending, or
/// `MemoryError` if the heap has grown past the memory ceiling (growth one step at a time,
/// such as a list appended to forever, passes no single-size check, so it is caught here).
#[inline]
pub fn check() -> crate::exception::PResult<()> {
    if take() {
        Err(keyboard_interrupt())
    } else {
        crate::memory::check()
    }
}

/// How many iterations a builtin loop runs between two looks at Ctrl-C: often enough that a
/// long loop stops within a fraction of a second, rarely enough to cost nothing measurable.
const CHECK_INTERVAL: usize = 1 << 12;

/// The one Ctrl-C check for loops inside builtins (repeats, joins, sorts, `sum`, `list(range)`):
/// call it with the iteration's index; it raises `KeyboardInterrupt` every `CHECK_INTERVAL`
/// iterations if Ctrl-C is pending, so native loops can be stopped like the evaluator's.
#[inline]
pub fn check_every(iteration: usize) -> crate::exception::PResult<()> {
    if iteration.is_multiple_of(CHECK_INTERVAL) {
        check()
    } else {
        Ok(())
    }
}
