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
//! - **driver**: [`runner`] (a program end to end) and [`repl`] (the REPL and notebooks);
//!   the command line is `main.rs`.

// Leaves.
pub mod memory;
pub mod numfmt;
pub mod signals;
pub mod source;
pub mod symbol;

// Syntax.
pub mod syntax;

// Runtime core.
pub mod coroutine;
pub mod event_loop;
pub mod exception;
pub mod interp;
pub mod ops;
pub mod traceback;
pub mod types;
pub mod value;

// Library.
pub mod builtins;
pub mod modules;

// Driver.
pub mod repl;
pub mod runner;
