//! Parse and resolve, the two steps every way of running code takes (a script, a REPL input,
//! a notebook cell, the Python half of a module, `pyco --check`).

use super::ast::Module;
use super::diagnostic::render_syntax_errors;
use super::parser::parse;
use super::resolve::{resolve, GlobalNames, Mode};
use crate::source::Source;

/// Parses and resolves `source` into a module ready to run, or the rendered syntax errors.
pub fn compile(
    source: &Source,
    globals: &dyn GlobalNames,
    mode: Mode,
    color: bool,
) -> Result<Module, String> {
    let mut module =
        parse(source).map_err(|errors| render_syntax_errors(source, &errors, color))?;
    resolve(&mut module, globals, mode)
        .map_err(|errors| render_syntax_errors(source, &errors, color))?;
    Ok(module)
}
