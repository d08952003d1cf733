//! The resolver: decides where every name lives (local slot, cell, global slot, class body),
//! writes that into the AST, marks nodes that contain `await`, and reports the errors CPython
//! raises at compile time (`'return' outside function`, `'break' outside loop`, ...).
//!
//! This file holds the entry point and the resolver's state; a scope's body is first scanned
//! ([`scan`]) for the names it binds and its nested scopes need, then resolved statement by
//! statement ([`statements`], [`expressions`]) against its slot tables ([`scopes`]).

mod echo;
mod errors;
mod expressions;
mod scan;
mod scopes;
mod statements;
mod walk;

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::Module;
use crate::syntax::error::SyntaxError;

use echo::mark_echoes;
use scopes::{ScopeKind, ScopeState};

/// Whether `PYCO_FORCE_RESUMABLE=1` is set (read once): every statement and expression then
/// runs on the resumable path, which is otherwise kept for the nodes of async bodies that
/// hold an `await` (module, class and plain function bodies too, polled to completion, see
/// `Interp::run_body`). A testing switch: results must not depend on it.
pub fn force_resumable() -> bool {
    static FORCED: OnceLock<bool> = OnceLock::new();
    *FORCED.get_or_init(|| std::env::var_os("PYCO_FORCE_RESUMABLE").is_some_and(|v| v == "1"))
}

/// How a module is being compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A script: top-level `await` is an error.
    File,
    /// A REPL input: top-level `await` runs on the REPL's event loop, and every expression
    /// statement outside a `def` or `class` shows its value (CPython's `single` mode).
    Interactive,
    /// A notebook cell: top-level `await` as in the REPL, and only a last statement that is
    /// an expression shows its value (as Jupyter shows a cell's result), unless the cell ends
    /// in `;` (`show_last` false), as IPython's rule has it.
    Cell { show_last: bool },
}

impl Mode {
    /// Whether `await` may appear outside any function.
    fn top_level_await(self) -> bool {
        matches!(self, Mode::Interactive | Mode::Cell { .. })
    }
}

/// The global names of the module being resolved, each with its slot. The runtime's module
/// namespace implements it (`value::Globals`); the resolver only names and counts, so the
/// syntax layer knows nothing of run-time values.
pub trait GlobalNames {
    /// The slot of `name`, a new one if the name is new.
    fn slot_of(&self, name: Sym) -> u32;
    /// Every name with a slot, in slot order.
    fn names(&self) -> Vec<Sym>;
    /// A new number for a method call site (`obj.method(...)`) of code compiled into this
    /// namespace: the runtime keeps what a site's method lookup found under its number.
    fn method_site(&self) -> u32;
}

/// Global names alone, for compiling without running (`pyco --check`, tests).
#[derive(Default)]
pub struct NameTable {
    names: RefCell<Vec<Sym>>,
    method_sites: std::cell::Cell<u32>,
}

impl GlobalNames for NameTable {
    fn slot_of(&self, name: Sym) -> u32 {
        let mut names = self.names.borrow_mut();
        match names.iter().position(|n| *n == name) {
            Some(slot) => slot as u32,
            None => {
                names.push(name);
                names.len() as u32 - 1
            }
        }
    }

    fn names(&self) -> Vec<Sym> {
        self.names.borrow().clone()
    }

    fn method_site(&self) -> u32 {
        let site = self.method_sites.get();
        self.method_sites.set(site + 1);
        site
    }
}

/// Resolves `module` in place against the module namespace `globals`.
pub fn resolve(
    module: &mut Module,
    globals: &dyn GlobalNames,
    mode: Mode,
) -> Result<(), Vec<SyntaxError>> {
    let mut resolver = Resolver {
        globals,
        scopes: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        mode,
    };
    resolver
        .scopes
        .push(ScopeState::new(ScopeKind::Module, HashSet::new(), false));
    let mut body = std::mem::take(&mut module.body);
    mark_echoes(&mut body, mode);
    resolver.block(&mut body);
    module.body = body;
    let state = resolver
        .scopes
        .pop()
        .map(|s| s.finish())
        .unwrap_or_default();
    module.scope = state;
    module.scope.global_names = globals.names();
    resolver.warnings.sort_by_key(|(span, _)| span.start);
    module.warnings = resolver.warnings;
    if resolver.errors.is_empty() {
        Ok(())
    } else {
        resolver.errors.sort_by_key(|e| e.span.start);
        Err(resolver.errors)
    }
}

struct Resolver<'g> {
    globals: &'g dyn GlobalNames,
    scopes: Vec<ScopeState>,
    errors: Vec<SyntaxError>,
    /// CPython's compile-time `SyntaxWarning`s: where, and the message.
    warnings: Vec<(Span, String)>,
    mode: Mode,
}

impl Resolver<'_> {
    fn current(&mut self) -> &mut ScopeState {
        let last = self.scopes.len() - 1;
        &mut self.scopes[last]
    }

    fn in_function(&self) -> bool {
        matches!(
            self.scopes.last().map(|s| s.kind),
            Some(ScopeKind::Function { .. })
        )
    }

    /// Whether this node must run on the resumable path although it may hold no `await`:
    /// under `PYCO_FORCE_RESUMABLE=1`, every node does, so the test suite can check that
    /// the two evaluation paths give the same results (see `Interp::run_body`).
    fn forced_resumable(&self) -> bool {
        force_resumable()
    }

    fn in_async_function(&self) -> bool {
        match self.scopes.last().map(|s| s.kind) {
            Some(ScopeKind::Function { is_async }) => is_async,
            Some(ScopeKind::Module) => self.mode.top_level_await(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;
    use crate::syntax::parser::parse;

    /// The first error the resolver reports for `text`, as CPython would print it.
    /// The first compile-time error of `text`, from whichever phase finds it (the parser
    /// reports some of these itself, as CPython's does).
    fn first_error(text: &str) -> Option<String> {
        let source = Source::new("<test>", text.to_string());
        let mut module = match parse(&source) {
            Ok(m) => m,
            Err(errors) => return errors.first().map(|e| e.message.clone()),
        };
        let globals = NameTable::default();
        resolve(&mut module, &globals, Mode::File)
            .err()
            .map(|errors| errors[0].message.clone())
    }

    #[test]
    fn late_global_and_nonlocal_declarations_say_why() {
        let cases = [
            (
                "def f():\n    x = 2\n    global x\n",
                "name 'x' is assigned to before global declaration",
            ),
            (
                "def f():\n    print(x)\n    global x\n",
                "name 'x' is used prior to global declaration",
            ),
            (
                "def f(x):\n    global x\n",
                "name 'x' is parameter and global",
            ),
            (
                "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
                "name 'x' is parameter and nonlocal",
            ),
            (
                "x = 1\nnonlocal x\n",
                "name 'x' is assigned to before nonlocal declaration",
            ),
            (
                "nonlocal x\n",
                "nonlocal declaration not allowed at module level",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(first_error(text).as_deref(), Some(message), "{text}");
        }
    }

    #[test]
    fn starred_targets_and_repeated_keywords() {
        assert_eq!(
            first_error("a, *b, *c = range(5)\n").as_deref(),
            Some("multiple starred expressions in assignment")
        );
        assert_eq!(
            first_error("*a = [1, 2]\n").as_deref(),
            Some("starred assignment target must be in a list or tuple")
        );
        assert_eq!(
            first_error("f(a=1, a=2)\n").as_deref(),
            Some("keyword argument repeated: a")
        );
        assert_eq!(
            first_error("a, *b = [1, 2]\n(*c, d), e = [1, 2], 3\n"),
            None
        );
    }
}
