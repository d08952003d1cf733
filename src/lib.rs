//! pyco: an interpreter for a Python subset with `async def` / `await` and its own event loop.
//!
//! The pipeline, one module per phase, in the order data flows:
//! source text → [`lexer`] (tokens + indentation) → [`parser`] (AST with spans, [`ast`]) →
//! [`resolve`] (scopes and slots) → [`interp`] (tree-walking evaluator) over the runtime
//! ([`value`], [`types`], [`ops`], [`builtins`], [`modules`]) → [`event_loop`].
//! [`diagnostic`] renders syntax errors; [`runner`] ties the phases together for the CLI.

pub mod ast;
pub mod builtins;
pub mod coroutine;
pub mod diagnostic;
pub mod error;
pub mod event_loop;
pub mod exception;
pub mod interp;
pub mod lexer;
pub mod memory;
pub mod modules;
pub mod numfmt;
pub mod ops;
pub mod parser;
pub mod repl;
pub mod resolve;
pub mod runner;
pub mod signals;
pub mod source;
pub mod symbol;
pub mod types;
pub mod value;
