//! Memory limits: one guard for sizes that come from the program, and a live-byte count the
//! evaluator checks at its safe points, so a program asking for too much memory gets a
//! `MemoryError` it can catch (as in CPython) instead of a panic, an abort, or the kernel's
//! out-of-memory killer.
//!
//! Two limits, both in bytes of live heap:
//! - the *ceiling*: [`reserve`] refuses any allocation that would pass it, and [`check`] (run
//!   at every safe point, beside Ctrl-C) raises `MemoryError` once gradual growth has passed
//!   it;
//! - the *hard limit*, a margin above the ceiling: memory growing past it between two safe
//!   points (one builtin call building a huge result without going through [`reserve`]) ends
//!   the process with a message, since no Python code can run to handle it.
//!
//! The global allocator (in `main.rs`) reports every allocation through [`allocated`] and
//! [`freed`]. An embedding program that installs no such allocator simply keeps a count of
//! zero, and with no ceiling set nothing is ever refused.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes currently allocated through the global allocator.
///
/// Updated with a plain load and store, not an atomic add: the interpreter thread does nearly
/// all allocation while the main thread waits for it, so the rare lost update only blurs a
/// count that is approximate by nature (it ignores the allocator's own overhead), and the
/// allocation fast path stays free of locked instructions.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// The ceiling; 0 until set, then [`ceiling`] takes [`default_ceiling`], so a program
/// embedding pyco (or a unit test) that never sets one still gets `MemoryError` for sizes
/// the machine cannot hold rather than an abort.
static CEILING: AtomicUsize = AtomicUsize::new(0);

/// Past this the allocator ends the process; `usize::MAX` until a ceiling is set.
static HARD_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Records an allocation of `size` bytes; false if it would pass the hard limit (the
/// allocator then calls [`out_of_memory`]).
#[inline]
pub fn allocated(size: usize) -> bool {
    let live = LIVE.load(Ordering::Relaxed).saturating_add(size);
    LIVE.store(live, Ordering::Relaxed);
    live <= HARD_LIMIT.load(Ordering::Relaxed)
}

/// Records that `size` bytes were freed.
#[inline]
pub fn freed(size: usize) {
    let live = LIVE.load(Ordering::Relaxed).saturating_sub(size);
    LIVE.store(live, Ordering::Relaxed);
}

/// Bytes currently allocated (as far as the global allocator reported them).
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The ceiling in bytes.
pub fn ceiling() -> usize {
    match CEILING.load(Ordering::Relaxed) {
        0 => {
            let ceiling = default_ceiling(0).max(1);
            CEILING.store(ceiling, Ordering::Relaxed);
            ceiling
        }
        ceiling => ceiling,
    }
}

/// Sets the ceiling, and the hard limit above it: twice the ceiling plus 16 MiB. Growing
/// containers (a list appended to, a queue) double their storage, so one step taken just
/// under the ceiling lands at up to twice it before the next safe point sees it and raises
/// `MemoryError`; the 16 MiB are room for that exception, its traceback and the handlers
/// that run as it unwinds.
pub fn set_ceiling(bytes: usize) {
    let margin = bytes.saturating_add(16 << 20);
    CEILING.store(bytes, Ordering::Relaxed);
    HARD_LIMIT.store(bytes.saturating_add(margin), Ordering::Relaxed);
}

/// Whether room for `count` items of `item_size` bytes fits under the ceiling (and can be
/// represented at all): the test behind `exception::reserve`, and for code that reports
/// errors its own way (number formatting, which knows no Python exception).
pub fn fits(count: usize, item_size: usize) -> bool {
    // Rust refuses any single allocation above `isize::MAX` (by panicking), whatever the
    // ceiling says.
    count.checked_mul(item_size).is_some_and(|bytes| {
        bytes <= isize::MAX as usize && live_bytes().saturating_add(bytes) <= ceiling()
    })
}

/// Whether the live heap has grown past the ceiling (the safe points then raise
/// `MemoryError`).
#[inline]
pub fn over_ceiling() -> bool {
    // An unset ceiling reads as 0 here: the count is then 0 as well (no counting allocator)
    // or the command line has set one.
    let ceiling = CEILING.load(Ordering::Relaxed);
    ceiling != 0 && LIVE.load(Ordering::Relaxed) > ceiling
}

/// Ends the process when memory ran out where no `MemoryError` can be raised: the hard limit
/// was passed between two safe points, or the system refused an allocation. Called from
/// inside the allocator, so it allocates nothing: the message is built on the stack and
/// written with `write(2)`, and the process leaves with `_exit`, running no destructors.
pub fn out_of_memory(requested: usize) -> ! {
    extern "C" {
        fn write(fd: i32, buffer: *const u8, count: usize) -> isize;
        fn _exit(status: i32) -> !;
    }
    let mut message = StackText::default();
    message.push(b"pyco: out of memory: an allocation of ");
    message.push_number(requested);
    message.push(b" bytes failed with ");
    message.push_number(live_bytes() >> 20);
    message.push(b" MiB in use");
    let ceiling = CEILING.load(Ordering::Relaxed);
    if ceiling != 0 {
        message.push(b" (limit ");
        message.push_number(ceiling >> 20);
        message.push(b" MiB; see --max-memory)");
    }
    message.push(b"\n");
    // SAFETY: `write` reads `len` initialised bytes of the buffer; `_exit` has no
    // preconditions.
    unsafe {
        write(2, message.bytes.as_ptr(), message.len);
        _exit(EXIT_OUT_OF_MEMORY)
    }
}

/// The exit status after [`out_of_memory`]: 1, as for an uncaught `MemoryError`.
pub const EXIT_OUT_OF_MEMORY: i32 = 1;

/// A fixed buffer for [`out_of_memory`]'s message, which must not allocate.
struct StackText {
    bytes: [u8; 256],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        StackText {
            bytes: [0; 256],
            len: 0,
        }
    }
}

impl StackText {
    fn push(&mut self, text: &[u8]) {
        for &b in text {
            if self.len < self.bytes.len() {
                self.bytes[self.len] = b;
                self.len += 1;
            }
        }
    }

    fn push_number(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        self.push(crate::numfmt::decimal_digits(n as u64, &mut digits));
    }
}

/// The process's address-space limit (`ulimit -v`, `RLIMIT_AS`), if one is set.
#[cfg(target_os = "linux")]
pub fn address_space_limit() -> Option<usize> {
    const RLIMIT_AS: i32 = 9;
    const RLIM_INFINITY: u64 = u64::MAX;
    extern "C" {
        fn getrlimit(resource: i32, limits: *mut [u64; 2]) -> i32;
    }
    let mut limits = [0u64; 2];
    // SAFETY: getrlimit writes one `struct rlimit` (two 64-bit counts on Linux) to `limits`.
    let ok = unsafe { getrlimit(RLIMIT_AS, &mut limits) } == 0;
    let soft = limits[0];
    (ok && soft != RLIM_INFINITY).then(|| usize::try_from(soft).unwrap_or(usize::MAX))
}

#[cfg(not(target_os = "linux"))]
pub fn address_space_limit() -> Option<usize> {
    None
}

/// Physical memory in bytes, if the system says.
#[cfg(target_os = "linux")]
fn physical_memory() -> Option<usize> {
    const SC_PAGESIZE: i32 = 30;
    const SC_PHYS_PAGES: i32 = 85;
    extern "C" {
        fn sysconf(name: i32) -> std::ffi::c_long;
    }
    // SAFETY: sysconf only reads system configuration.
    let (pages, page_size) = unsafe { (sysconf(SC_PHYS_PAGES), sysconf(SC_PAGESIZE)) };
    let pages = usize::try_from(pages).ok()?;
    let page_size = usize::try_from(page_size).ok()?;
    pages.checked_mul(page_size).filter(|&bytes| bytes > 0)
}

#[cfg(not(target_os = "linux"))]
fn physical_memory() -> Option<usize> {
    None
}

/// The ceiling when `--max-memory` is not given.
///
/// Half of physical memory: far more than any normal program or the test suite uses, and
/// low enough that a runaway program gets a `MemoryError` (or, past the hard limit of twice
/// the ceiling, a clear message) before the machine swaps and the kernel's out-of-memory
/// killer picks a victim. Under an address-space limit (`ulimit -v`), a quarter of what is
/// left after the interpreter's stack (`reserved`): a list doubling its storage holds the old
/// and the new block at once, and the allocator reserves address space beyond what it hands
/// out (arenas, fragmentation), so a `MemoryError` must come well before the system refuses
/// an allocation outright.
pub fn default_ceiling(reserved: usize) -> usize {
    let physical = physical_memory().map_or(usize::MAX, |bytes| bytes / 2);
    let address_space =
        address_space_limit().map_or(usize::MAX, |limit| limit.saturating_sub(reserved) / 4);
    physical.min(address_space)
}

/// Parses a `--max-memory` size: a whole number of bytes with an optional binary suffix
/// `K`, `M`, `G` or `T` (also `KB`, `MiB`, ..., any case): `512M`, `4G`, `1048576`.
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits_end);
    let bad = || format!("invalid size '{text}': expected a number of bytes such as 512M or 4G");
    let number: usize = number.parse().map_err(|_| bad())?;
    let suffix = suffix.to_ascii_uppercase();
    let shift = match suffix.trim_end_matches("IB").trim_end_matches('B') {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => return Err(bad()),
    };
    if number == 0 {
        return Err(bad());
    }
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("invalid size '{text}': too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("4G"), Ok(4 << 30));
        assert_eq!(parse_size("4gib"), Ok(4 << 30));
        assert_eq!(parse_size("100kb"), Ok(100 << 10));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("-1G").is_err());
        assert!(parse_size("99999999999999999999T").is_err());
    }

    #[test]
    fn a_number_is_written_without_allocating() {
        let mut text = StackText::default();
        text.push_number(0);
        text.push(b" ");
        text.push_number(usize::MAX);
        assert_eq!(&text.bytes[..text.len], b"0 18446744073709551615");
    }
}
