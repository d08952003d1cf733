//! The syntax layer: from source text to a resolved tree, and the reports of what is wrong
//! with it. It knows nothing of run-time values (the resolver fills slots of a
//! [`resolve::GlobalNames`] table the runtime implements).

pub mod ast;
pub mod compile;
pub mod diagnostic;
pub mod error;
pub mod lexer;
pub mod lint;
pub mod parser;
pub mod resolve;
