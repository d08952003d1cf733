//! pyco: an interpreter for a Python subset with `async def` / `await` and its own event loop.
//!
//! The pipeline, one module per phase, in the order data flows:
//! source text → [`lexer`] (tokens + indentation) → [`parser`] (AST with spans, [`ast`]) →
//! [`resolve`] (scopes and slots) → [`interp`] (tree-walking evaluator) over the runtime
//! ([`value`], [`builtins`], [`modules`]) → [`event_loop`]. [`diagnostic`] renders every error.

pub mod ast;
pub mod modules;
pub mod numfmt;
pub mod source;
pub mod symbol;
