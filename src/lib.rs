//! pyco: an interpreter for a Python subset with `async def` / `await` and its own event loop.
//!
//! The modules in layers, each importing only from the layers above it in this list
//! (`tests/layers.rs` keeps it so; `docs/architecture.md` tells the story):
//!
//! - **leaves**, which import nothing of pyco: [`source`] (text, spans), [`symbol`]
//!   (interned names), [`signals`] (Ctrl-C), [`memory`] (the heap ceiling), [`numfmt`]
//!   (number formatting);
//! - **syntax**: [`syntax`] — lexer, parser, tree, resolver, diagnostics, `compile`;
//! - **runtime core**: the object model ([`value`]; [`types`], the built-in classes and, one
//!   file per built-in type, what each does; [`exception`], [`traceback`], [`ops`]), the
//!   evaluator ([`interp`]), the scheduler ([`event_loop`], [`coroutine`]);
//! - **library**: [`builtins`] (the builtin functions) and [`modules`] (asyncio, math,
//!   random, time, ...);
//! - **driver**: [`runner`] (a program end to end), [`repl`] (the REPL and notebooks) and
//!   [`timeline`] (the pictures of what the loop did); the command line is `main.rs`.

// Leaves.
pub mod memory; // the heap ceiling, checked at safe points
pub mod numfmt; // CPython's number formatting and parsing
pub mod signals; // Ctrl-C, turned into KeyboardInterrupt
pub mod source; // source text, spans
pub mod symbol; // interned names

// Syntax.
pub mod syntax; // lexer, parser, tree, resolver, diagnostics, compile

// Runtime core.
pub mod coroutine; // coroutine objects and the await future
pub mod event_loop; // the scheduler: ready queue, timers, clocks, futures, tasks
pub mod exception; // errors as Python exceptions
pub mod interp; // the evaluator (plain path; resume/ the resumable one)
pub mod ops; // operators, comparisons, hashing
pub mod traceback; // tracebacks as CPython prints them
pub mod types; // the built-in classes, one file per type
pub mod value; // Value and the object model

// Library.
pub mod builtins; // the builtin functions
pub mod modules; // asyncio, math, random, time, sys, functools

// Driver.
pub mod repl; // the REPL and notebooks
pub mod runner; // a program end to end: compile, run, report
pub mod timeline; // the pictures of --timeline: the loop's work, drawn
