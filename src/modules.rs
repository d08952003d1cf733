//! Python's standard modules, implemented in Rust: `random` (and, in time, `asyncio`, `time`,
//! `math`, `sys`). Each is pure logic the interpreter's builtins wrap in Python values.

pub mod random;
