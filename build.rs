//! Links the `pyco` executable at a fixed address (not position-independent) on Linux.
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! pyco's 15,000 relocations (every vtable, every table of built-in functions) cost 400,000
//! instructions and 110 page faults, a third of the start-up of `print("hi")`. Linked at a
//! fixed address the linker resolves them once. The code itself stays compiled as it is
//! (position-independent code runs unchanged at a fixed address); only the executable's own
//! layout loses address randomisation, which an interpreter of trusted scripts can spare.
//! Only the binary is affected: the library, tests and build scripts link as usual.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
