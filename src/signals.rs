//! Ctrl-C: the SIGINT handler only raises a flag; the evaluator and the event loop look at it
//! at safe points (loop iterations, calls, sleeps, each loop iteration) and raise
//! `KeyboardInterrupt` or cancel the main task there, as CPython does (the safe points are
//! in `exception`, which turns this flag and the memory ceiling into Python errors).

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
