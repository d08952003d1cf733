//! The resolver: decides where every name lives (local slot, cell, global slot, class body),
//! writes that into the AST, marks nodes that contain `await`, and reports the errors CPython
//! raises at compile time (`'return' outside function`, `'break' outside loop`, ...).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::*;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

/// Whether `PYCO_FORCE_RESUMABLE=1` is set (read once): every statement and expression then
/// runs on the resumable path, which is otherwise kept for the nodes of async bodies that
/// hold an `await` (module, class and plain function bodies too, polled to completion, see
/// `Interp::run_body`). A testing switch: results must not depend on it.
pub fn force_resumable() -> bool {
    static FORCED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
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

/// Turns the expression statements whose values an interactive `mode` shows into
/// [`StmtKind::Echo`]: in the REPL every one outside a `def` or `class`, nested statements
/// included; in a notebook cell only a last statement that is an expression.
fn mark_echoes(body: &mut Block, mode: Mode) {
    fn echo(stmt: &mut Stmt) {
        if let StmtKind::Expr(_) = &stmt.node {
            let StmtKind::Expr(e) = std::mem::replace(&mut stmt.node, StmtKind::Pass) else {
                unreachable!("checked just above")
            };
            stmt.node = StmtKind::Echo(e);
        }
    }
    fn every(body: &mut Block) {
        for stmt in body {
            match &mut stmt.node {
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => {
                    every(body);
                    every(orelse);
                }
                StmtKind::With { body, .. } => every(body),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    every(body);
                    for handler in handlers {
                        every(&mut handler.body);
                    }
                    every(orelse);
                    every(finalbody);
                }
                _ => echo(stmt),
            }
        }
    }
    match mode {
        Mode::File | Mode::Cell { show_last: false } => {}
        Mode::Interactive => every(body),
        Mode::Cell { show_last: true } => {
            if let Some(last) = body.last_mut() {
                echo(last);
            }
        }
    }
}

/// CPython's refusal of a jump out of an `except*` body.
const LEAVES_EXCEPT_STAR: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    let message = message.into();
    let label = label_for(&message);
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        message,
        span,
        incomplete: false,
        label,
    }
}

/// What the report says beside the span: the rule, in the user's terms.
fn label_for(message: &str) -> Option<String> {
    let text = match message {
        "'return' outside function" => "`return` only works inside a `def`",
        "'await' outside function" => {
            "`await` works inside an `async def` (and at the top level of the REPL)"
        }
        "'await' outside async function" => "make this function `async def` to use `await` in it",
        "'break' outside loop" | "'continue' not properly in loop" => {
            "this is not inside a `for` or `while` loop"
        }
        m if m.starts_with("no binding for nonlocal") => {
            "`nonlocal` needs the name to be assigned in an enclosing function"
        }
        m if m.contains("global declaration") || m.contains("nonlocal declaration") => {
            "move the declaration to the top of the function"
        }
        _ => return None,
    };
    Some(text.to_string())
}

/// The global names of the module being resolved, each with its slot. The runtime's module
/// namespace implements it (`value::Globals`); the resolver only names and counts, so the
/// syntax layer knows nothing of run-time values.
pub trait GlobalNames {
    /// The slot of `name`, a new one if the name is new.
    fn slot_of(&self, name: Sym) -> u32;
    /// Every name with a slot, in slot order.
    fn names(&self) -> Vec<Sym>;
}

/// Global names alone, for compiling without running (`pyco --check`, tests).
#[derive(Default)]
pub struct NameTable {
    names: std::cell::RefCell<Vec<Sym>>,
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function { is_async: bool },
    Class,
}

/// A name-binding layer inside one frame: the frame's own scope, or a comprehension
/// whose variables get extra slots in the same frame.
struct Layer {
    names: HashMap<Sym, Resolved>,
}

struct ScopeState {
    kind: ScopeKind,
    layers: Vec<Layer>,
    scope: Scope,
    /// Names this scope binds (locals), from the pre-scan.
    locals: HashSet<Sym>,
    /// Locals that nested scopes capture: they live in cells.
    captured: HashSet<Sym>,
    declared_global: HashSet<Sym>,
    declared_nonlocal: HashSet<Sym>,
    /// What the scope has done with each name so far, in source order, for the messages of
    /// `global` / `nonlocal` declarations that come too late (CPython's USE, DEF_LOCAL,
    /// DEF_PARAM and DEF_ANNOT flags).
    used: HashSet<Sym>,
    assigned: HashSet<Sym>,
    annotated: HashSet<Sym>,
    params: HashSet<Sym>,
    loop_depth: u32,
    /// Inside an `except*` body: the `loop_depth` where it starts. CPython's compiler refuses
    /// `break` and `continue` that would leave such a body (no loop inside it holds them) and
    /// any `return` in it.
    star_handler_loop_depth: Option<u32>,
    /// Inside a `finally` or `except` body nothing changes for us, but inside a class body
    /// nested in a loop `break` is still an error: loops don't cross scopes.
    has_await: bool,
}

impl ScopeState {
    fn new(kind: ScopeKind, locals: HashSet<Sym>, _is_async: bool) -> ScopeState {
        ScopeState {
            kind,
            layers: vec![Layer {
                names: HashMap::new(),
            }],
            scope: Scope::default(),
            locals,
            captured: HashSet::new(),
            declared_global: HashSet::new(),
            declared_nonlocal: HashSet::new(),
            used: HashSet::new(),
            assigned: HashSet::new(),
            annotated: HashSet::new(),
            params: HashSet::new(),
            loop_depth: 0,
            star_handler_loop_depth: None,
            has_await: false,
        }
    }
    fn new_slot(&mut self, name: Sym) -> u32 {
        let slot = self.scope.slot_count;
        self.scope.slot_count += 1;
        self.scope.slot_names.push(name);
        slot
    }
    fn finish(mut self) -> Scope {
        self.scope.has_await = self.has_await;
        self.scope
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

    // ----- names -------------------------------------------------------------------------

    /// Where `name` lives when bound in the current scope.
    fn bind(&mut self, name: Sym) -> Resolved {
        self.lookup(name, true)
    }

    fn lookup(&mut self, name: Sym, binding: bool) -> Resolved {
        let depth = self.scopes.len() - 1;
        // Comprehension layers and already-decided names, innermost first. A class body's
        // own name is its namespace's even where a comprehension in it threaded a cell of
        // the same name from an enclosing function through the class's first layer.
        let scope = &self.scopes[depth];
        let class_own = matches!(scope.kind, ScopeKind::Class)
            && scope.layers.len() == 1
            && scope.locals.contains(&name);
        let skip = usize::from(class_own);
        for layer in scope.layers[skip..].iter().rev() {
            if let Some(&r) = layer.names.get(&name) {
                return r;
            }
        }
        let state = &self.scopes[depth];
        let kind = state.kind;
        if state.declared_global.contains(&name) {
            let r = Resolved::Global(self.globals.slot_of(name));
            self.scopes[depth].layers[0].names.insert(name, r);
            return r;
        }
        match kind {
            ScopeKind::Module => {
                let r = Resolved::Global(self.globals.slot_of(name));
                self.scopes[depth].layers[0].names.insert(name, r);
                r
            }
            ScopeKind::Class => {
                // A comprehension in a class body is a function of its own in CPython:
                // the class's names are not visible in it (only its first iterable, which
                // is resolved outside), so a name it does not bind is an enclosing
                // function's or a global.
                let in_comprehension = state.layers.len() > 1;
                if !binding && (in_comprehension || !state.locals.contains(&name)) {
                    if let Some(r) = self.free_variable(depth, name) {
                        return r;
                    }
                    if in_comprehension {
                        return Resolved::Global(self.globals.slot_of(name));
                    }
                }
                Resolved::ClassBody
            }
            ScopeKind::Function { .. } => {
                if state.locals.contains(&name) && !state.declared_nonlocal.contains(&name) {
                    let captured = state.captured.contains(&name);
                    let state = &mut self.scopes[depth];
                    let slot = state.new_slot(name);
                    let r = if captured {
                        state.scope.cell_locals.push(slot);
                        Resolved::Cell(slot)
                    } else {
                        Resolved::Local(slot)
                    };
                    state.layers[0].names.insert(name, r);
                    return r;
                }
                if let Some(r) = self.free_variable(depth, name) {
                    return r;
                }
                let r = Resolved::Global(self.globals.slot_of(name));
                self.scopes[depth].layers[0].names.insert(name, r);
                r
            }
        }
    }

    /// Finds `name` in an enclosing function scope and threads a cell to scope `depth`.
    fn free_variable(&mut self, depth: usize, name: Sym) -> Option<Resolved> {
        let mut owner = None;
        for d in (0..depth).rev() {
            let s = &self.scopes[d];
            if s.layers[1..].iter().any(|l| l.names.contains_key(&name)) {
                owner = Some(d);
                break;
            }
            match s.kind {
                ScopeKind::Module => break,
                ScopeKind::Class => continue,
                ScopeKind::Function { .. } => {
                    if s.declared_global.contains(&name) {
                        break;
                    }
                    if s.layers.iter().any(|l| l.names.contains_key(&name))
                        || (s.locals.contains(&name) && !s.declared_nonlocal.contains(&name))
                        || s.declared_nonlocal.contains(&name)
                    {
                        owner = Some(d);
                        break;
                    }
                }
            }
        }
        let owner = owner?;
        let mut parent_slot = match self.lookup_at(owner, name) {
            Resolved::Cell(slot) => slot,
            _ => return None,
        };
        for d in owner + 1..=depth {
            if let Some(&Resolved::Cell(slot)) = self.scopes[d].layers[0].names.get(&name) {
                parent_slot = slot;
                continue;
            }
            let state = &mut self.scopes[d];
            let slot = state.new_slot(name);
            state.scope.free_vars.push((parent_slot, slot));
            state.layers[0].names.insert(name, Resolved::Cell(slot));
            parent_slot = slot;
        }
        Some(Resolved::Cell(parent_slot))
    }

    /// Resolves `name` as seen from scope `depth` (which binds it), for capturing.
    fn lookup_at(&mut self, depth: usize, name: Sym) -> Resolved {
        let saved: Vec<ScopeState> = self.scopes.drain(depth + 1..).collect();
        let r = self.lookup(name, false);
        self.scopes.extend(saved);
        r
    }

    fn name_load(&mut self, name: &mut Name) {
        let state = self.current();
        // Names inside a comprehension belong to the comprehension's own scope in CPython.
        if state.layers.len() == 1 {
            state.used.insert(name.id);
        }
        name.resolved = self.lookup(name.id, false);
    }

    fn name_store(&mut self, name: &mut Name) {
        let state = self.current();
        if state.layers.len() == 1 {
            state.assigned.insert(name.id);
        }
        name.resolved = self.bind(name.id);
    }

    /// The error for `global name` / `nonlocal name` (`declaration`) after the scope already
    /// used or bound `name`, with CPython's precedence between the reasons.
    fn late_declaration(&mut self, name: Sym, declaration: &str) -> Option<String> {
        let state = self.current();
        if state.params.contains(&name) {
            Some(format!("name '{name}' is parameter and {declaration}"))
        } else if state.used.contains(&name) {
            Some(format!(
                "name '{name}' is used prior to {declaration} declaration"
            ))
        } else if state.annotated.contains(&name) {
            Some(format!("annotated name '{name}' can't be {declaration}"))
        } else if state.assigned.contains(&name) {
            Some(format!(
                "name '{name}' is assigned to before {declaration} declaration"
            ))
        } else {
            None
        }
    }

    /// An assignment target may hold one starred name, and only inside a tuple or list.
    fn check_starred_target(&mut self, target: &Expr) {
        match &target.node {
            ExprKind::Starred(_) => {
                let msg = "starred assignment target must be in a list or tuple";
                self.errors.push(error(msg, target.span));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let starred = items
                    .iter()
                    .filter(|i| matches!(i.node, ExprKind::Starred(_)))
                    .count();
                if starred > 1 {
                    self.errors.push(error(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                for item in items {
                    match &item.node {
                        ExprKind::Starred(inner) => self.check_nested_starred(inner),
                        _ => self.check_starred_target(item),
                    }
                }
            }
            _ => {}
        }
    }

    /// The target under a `*`: a name, or a tuple or list checked like a whole target.
    fn check_nested_starred(&mut self, target: &Expr) {
        if let ExprKind::Tuple(_) | ExprKind::List(_) = &target.node {
            self.check_starred_target(target);
        }
    }

    // ----- statements --------------------------------------------------------------------

    fn block(&mut self, body: &mut [Stmt]) -> bool {
        let mut has_await = false;
        for stmt in body {
            has_await |= self.stmt(stmt);
        }
        has_await
    }

    fn in_function(&self) -> bool {
        matches!(
            self.scopes.last().map(|s| s.kind),
            Some(ScopeKind::Function { .. })
        )
    }

    /// Resolves one statement; returns whether it contains an `await`.
    fn stmt(&mut self, stmt: &mut Stmt) -> bool {
        let span = stmt.span;
        let has_await = match &mut stmt.node {
            StmtKind::Expr(e) | StmtKind::Echo(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                let mut a = self.expr(value);
                value.binds_names = contains_named_expr(value);
                for t in targets {
                    self.check_starred_target(t);
                    a |= self.target(t);
                }
                a
            }
            StmtKind::AugAssign { target, value, .. } => {
                let a = self.expr(value);
                value.binds_names = contains_named_expr(value);
                self.target(target) | a
            }
            StmtKind::AnnAssign { target, value, .. } => {
                let mut a = false;
                if let Some(v) = value {
                    a |= self.expr(v);
                }
                if let ExprKind::Name(n) = &mut target.node {
                    self.current().annotated.insert(n.id);
                    self.name_store(n);
                    false
                } else {
                    a | self.target(target)
                }
            }
            StmtKind::Pass => false,
            StmtKind::Break | StmtKind::Continue => {
                let state = self.current();
                if state.star_handler_loop_depth == Some(state.loop_depth) {
                    self.errors.push(error(LEAVES_EXCEPT_STAR, span));
                } else if self.current().loop_depth == 0 {
                    let msg = if matches!(stmt.node, StmtKind::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.errors.push(error(msg, span));
                }
                false
            }
            StmtKind::Return(value) => {
                if !self.in_function() {
                    self.errors.push(error("'return' outside function", span));
                } else if self.current().star_handler_loop_depth.is_some() {
                    let at = value.as_ref().map_or(span, |value| value.span);
                    self.errors.push(error(LEAVES_EXCEPT_STAR, at));
                }
                value.as_mut().map(|v| self.expr(v)).unwrap_or(false)
            }
            StmtKind::Raise { exc, cause } => {
                let mut a = false;
                if let Some(e) = exc {
                    a |= self.expr(e);
                }
                if let Some(c) = cause {
                    a |= self.expr(c);
                }
                a
            }
            StmtKind::Global(names) => {
                for &name in names.iter() {
                    if let Some(msg) = self.late_declaration(name, "global") {
                        self.errors.push(error(msg, span));
                    }
                    self.current().declared_global.insert(name);
                }
                false
            }
            StmtKind::Nonlocal(names) => {
                // CPython checks each name's earlier uses while visiting the scope, and only
                // afterwards that a module cannot have nonlocals at all.
                let late = names
                    .iter()
                    .find_map(|&name| self.late_declaration(name, "nonlocal"));
                if let Some(msg) = late {
                    self.errors.push(error(msg, span));
                } else if matches!(self.current().kind, ScopeKind::Module) {
                    self.errors.push(error(
                        "nonlocal declaration not allowed at module level",
                        span,
                    ));
                } else {
                    for &name in names.iter() {
                        let depth = self.scopes.len() - 1;
                        let r = self.free_variable(depth, name);
                        match r {
                            Some(r) => {
                                self.current().layers[0].names.insert(name, r);
                            }
                            None => {
                                let msg = format!("no binding for nonlocal '{name}' found");
                                self.errors.push(error(msg, span));
                            }
                        }
                    }
                }
                false
            }
            StmtKind::Del(targets) => {
                let mut a = false;
                for t in targets {
                    a |= self.target(t);
                }
                a
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.node, ExprKind::Tuple(items) if !items.is_empty()) {
                    self.warnings.push((
                        span,
                        "assertion is always true, perhaps remove parentheses?".to_string(),
                    ));
                }
                let mut a = self.expr(test);
                if let Some(m) = msg {
                    a |= self.expr(m);
                }
                a
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    if let Some(asname) = &mut alias.asname {
                        self.name_store(asname);
                    }
                    if alias
                        .path
                        .first()
                        .map(|s| &*s.name() != "*")
                        .unwrap_or(true)
                    {
                        self.name_store(&mut alias.bound);
                    }
                }
                false
            }
            StmtKind::If { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.block(body);
                a | b | self.block(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                let a = self.expr(test);
                self.current().loop_depth += 1;
                let b = self.block(body);
                self.current().loop_depth -= 1;
                a | b | self.block(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    // CPython's error outside an async function; inside one, pyco's own.
                    let message = if self.in_async_function() {
                        "'async for' is not supported by pyco"
                    } else {
                        "'async for' outside async function"
                    };
                    let header = Span {
                        start: span.start,
                        end: iter.span.end,
                    };
                    self.errors.push(error(message, header));
                }
                let a = self.expr(iter) | *is_async;
                self.check_starred_target(target);
                let t = self.target(target);
                self.current().loop_depth += 1;
                let b = self.block(body);
                self.current().loop_depth -= 1;
                a | t | b | self.block(orelse)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let mut a = self.block(body);
                for h in handlers {
                    if let Some(kind) = &mut h.kind {
                        a |= self.expr(kind);
                    }
                    if let Some(name) = &mut h.name {
                        self.name_store(name);
                    }
                    let outer = self.current().star_handler_loop_depth;
                    if *is_star {
                        let loop_depth = self.current().loop_depth;
                        self.current().star_handler_loop_depth = Some(loop_depth);
                    }
                    a |= self.block(&mut h.body);
                    self.current().star_handler_loop_depth = outer;
                }
                a |= self.block(orelse);
                a | self.block(finalbody)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    self.errors
                        .push(error("'async with' outside async function", span));
                }
                let mut a = *is_async;
                for item in items {
                    a |= self.expr(&mut item.context);
                    if let Some(t) = &mut item.target {
                        self.check_starred_target(t);
                        a |= self.target(t);
                    }
                }
                a | self.block(body)
            }
            StmtKind::FunctionDef(def) => {
                let mut a = false;
                if let Some(def) = Rc::get_mut(def) {
                    for d in &mut def.decorators {
                        a |= self.expr(d);
                    }
                    a |= self.params_defaults(&mut def.params);
                    self.function(def);
                    let mut name = Name::new(def.name);
                    self.name_store(&mut name);
                    def.scope.name_binding = name.resolved;
                }
                a
            }
            StmtKind::ClassDef(class) => {
                let mut a = false;
                if let Some(class) = Rc::get_mut(class) {
                    for d in &mut class.decorators {
                        a |= self.expr(d);
                    }
                    for b in &mut class.bases {
                        a |= self.expr(b);
                    }
                    for (_, v) in &mut class.keywords {
                        a |= self.expr(v);
                    }
                    self.class(class);
                    let mut name = Name::new(class.name);
                    self.name_store(&mut name);
                    class.scope.name_binding = name.resolved;
                }
                a
            }
        };
        let has_await = has_await || self.forced_resumable();
        stmt.has_await = has_await;
        if has_await {
            self.current().has_await = true;
        }
        has_await
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

    fn params_defaults(&mut self, params: &mut Params) -> bool {
        let mut a = false;
        let all = params
            .posonly
            .iter_mut()
            .chain(params.args.iter_mut())
            .chain(params.vararg.iter_mut())
            .chain(params.kwonly.iter_mut())
            .chain(params.kwarg.iter_mut());
        for p in all {
            if let Some(d) = &mut p.default {
                a |= self.expr(d);
            }
        }
        a
    }

    fn function(&mut self, def: &mut FunctionDef) {
        let mut locals = HashSet::new();
        let mut seen = HashSet::new();
        let params: Vec<(Sym, Span)> = param_list(&def.params);
        for &(p, span) in &params {
            if !seen.insert(p) {
                let msg = format!("duplicate argument '{p}' in function definition");
                self.errors.push(error(msg, span));
            }
            locals.insert(p);
        }
        let mut scan = Scan::default();
        scan.block(&def.body);
        locals.extend(scan.bound.iter().copied());
        for g in scan.globals.iter().chain(scan.nonlocals.iter()) {
            if !params.iter().any(|(p, _)| p == g) {
                locals.remove(g);
            }
        }
        let mut state = ScopeState::new(
            ScopeKind::Function {
                is_async: def.is_async,
            },
            locals,
            def.is_async,
        );
        state.captured = scan
            .nested_free
            .intersection(&state.locals)
            .copied()
            .collect();
        state.declared_global = scan.globals.clone();
        state.declared_nonlocal = scan.nonlocals.clone();
        state.params = params.iter().map(|&(p, _)| p).collect();
        self.scopes.push(state);
        // Parameters take the first slots, in order.
        for (p, _) in &params {
            let captured = self.current().captured.contains(p);
            let state = self.current();
            let slot = state.new_slot(*p);
            let r = if captured {
                state.scope.cell_params.push(slot);
                Resolved::Cell(slot)
            } else {
                Resolved::Local(slot)
            };
            state.layers[0].names.insert(*p, r);
        }
        let mut body = std::mem::take(&mut def.body);
        self.block(&mut body);
        def.body = body;
        if let Some(state) = self.scopes.pop() {
            def.scope = state.finish();
        }
    }

    fn class(&mut self, class: &mut ClassDef) {
        let mut scan = Scan::default();
        scan.block(&class.body);
        let mut state = ScopeState::new(ScopeKind::Class, scan.bound.clone(), false);
        state.declared_global = scan.globals.clone();
        state.declared_nonlocal = scan.nonlocals.clone();
        self.scopes.push(state);
        let mut body = std::mem::take(&mut class.body);
        self.block(&mut body);
        class.body = body;
        if let Some(state) = self.scopes.pop() {
            class.scope = state.finish();
        }
    }

    // ----- expressions -------------------------------------------------------------------

    /// Resolves an assignment target; returns whether it contains an `await`.
    fn target(&mut self, target: &mut Expr) -> bool {
        let a = match &mut target.node {
            ExprKind::Name(n) => {
                self.name_store(n);
                false
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut a = false;
                for i in items {
                    a |= self.target(i);
                }
                a
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                let a = self.expr(value);
                a | self.expr(index)
            }
            _ => self.expr(target),
        };
        let a = a || self.forced_resumable();
        target.has_await = a;
        a
    }

    /// Resolves an expression; returns whether it contains an `await`.
    fn expr(&mut self, expr: &mut Expr) -> bool {
        let span = expr.span;
        let a = match &mut expr.node {
            ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_) => false,
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Name(n) => {
                self.name_load(n);
                false
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.check_subscript(value, index, span);
                let a = self.expr(value);
                a | self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut a = false;
                for part in [lower, upper, step].into_iter().flatten() {
                    a |= self.expr(part);
                }
                a
            }
            ExprKind::Call { func, args, .. } => {
                self.check_repeated_keywords(args);
                self.check_caller(func, span);
                let mut a = self.expr(func);
                for arg in args {
                    a |= match arg {
                        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => {
                            self.expr(e)
                        }
                        Arg::Keyword(_, e) => self.expr(e),
                    };
                }
                a
            }
            ExprKind::BinOp { left, right, .. } => {
                let a = self.expr(left);
                a | self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                let mut a = false;
                for v in values {
                    a |= self.expr(v);
                }
                a
            }
            ExprKind::Compare { left, rest } => {
                // CPython's check_compare: the first `is` / `is not` beside a literal.
                let mut previous = &**left;
                for (op, right) in rest.iter() {
                    if matches!(op, CmpOp::Is | CmpOp::IsNot)
                        && (is_literal(previous) || is_literal(right))
                    {
                        let message = if *op == CmpOp::Is {
                            "\"is\" with a literal. Did you mean \"==\"?"
                        } else {
                            "\"is not\" with a literal. Did you mean \"!=\"?"
                        };
                        self.warnings.push((span, message.to_string()));
                        break;
                    }
                    previous = right;
                }
                let mut a = self.expr(left);
                for (_, e) in rest {
                    a |= self.expr(e);
                }
                a
            }
            ExprKind::IfExp { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.expr(body);
                a | b | self.expr(orelse)
            }
            ExprKind::Lambda(def) => {
                if let Some(def) = Rc::get_mut(def) {
                    let a = self.params_defaults(&mut def.params);
                    self.function(def);
                    a
                } else {
                    false
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                let mut a = false;
                for i in items {
                    a |= self.expr(i);
                }
                a
            }
            ExprKind::Dict(items) => {
                let mut a = false;
                for item in items {
                    a |= match item {
                        DictItem::Pair(k, v) => {
                            let a = self.expr(k);
                            a | self.expr(v)
                        }
                        DictItem::Splat(e) => self.expr(e),
                    };
                }
                a
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Comprehension(comp) => self.comprehension(std::rc::Rc::make_mut(comp)),
            ExprKind::Await(inner) => {
                if !self.in_async_function() {
                    let msg = if self.in_function() {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    self.errors.push(error(msg, span));
                }
                self.expr(inner);
                true
            }
            ExprKind::NamedExpr { target, value } => {
                let a = self.expr(value);
                // `:=` inside a comprehension binds in the enclosing scope.
                let saved_layers: Vec<Layer> = self.current().layers.drain(1..).collect();
                self.name_store(target);
                self.current().layers.extend(saved_layers);
                a
            }
        };
        let a = a || self.forced_resumable();
        expr.has_await = a;
        a
    }

    /// CPython's `check_caller`: calling a display or a literal, most likely a comma left
    /// out between two items (`[(1, 2) (3, 4)]`), warns.
    fn check_caller(&mut self, func: &Expr, span: Span) {
        let callable_kind = matches!(
            func.node,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::Dict(_)
                | ExprKind::Set(_)
                | ExprKind::FString(_)
        ) || matches!(&func.node, ExprKind::Comprehension(_))
            || Expr::is_folded_constant(func);
        if !callable_kind {
            return;
        }
        if let Some(type_name) = literal_type(func) {
            self.warnings.push((
                span,
                format!("'{type_name}' object is not callable; perhaps you missed a comma?"),
            ));
        }
    }

    /// CPython's `check_subscripter` and `check_index` for `value[index]` read (not
    /// assigned): subscripting a number, None, a set or a lambda, or indexing a sequence
    /// display or literal with a literal that is not an int or a slice, warns.
    fn check_subscript(&mut self, value: &Expr, index: &Expr, span: Span) {
        let unsubscriptable = match &value.node {
            ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Set(_)
            | ExprKind::Lambda(_) => true,
            ExprKind::Comprehension(c) => {
                matches!(
                    c.kind,
                    ComprehensionKind::Set | ComprehensionKind::Generator
                )
            }
            ExprKind::UnaryOp { .. } => Expr::is_folded_constant(value),
            _ => false,
        };
        if unsubscriptable {
            if let Some(type_name) = literal_type(value) {
                self.warnings.push((
                    span,
                    format!(
                        "'{type_name}' object is not subscriptable; perhaps you missed a comma?"
                    ),
                ));
            }
            return;
        }
        let Some(index_type) = literal_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &value.node {
            ExprKind::Str(_) | ExprKind::List(_) | ExprKind::FString(_) => true,
            ExprKind::Tuple(_) => true,
            ExprKind::Comprehension(c) => c.kind == ComprehensionKind::List,
            _ => false,
        };
        if sequence {
            if let Some(type_name) = literal_type(value) {
                self.warnings.push((
                    span,
                    format!(
                        "{type_name} indices must be integers or slices, not {index_type}; \
                         perhaps you missed a comma?"
                    ),
                ));
            }
        }
    }

    /// `f(a=1, a=2)`. The AST keeps no span for the keyword itself, so the error points at
    /// the repeated argument's value.
    fn check_repeated_keywords(&mut self, args: &[Arg]) {
        let mut seen = HashSet::new();
        for arg in args {
            if let Arg::Keyword(name, value) = arg {
                if !seen.insert(*name) {
                    self.errors.push(error(
                        format!("keyword argument repeated: {name}"),
                        value.span,
                    ));
                    return;
                }
            }
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) -> bool {
        let mut a = false;
        for part in parts {
            if let FStringPart::Field(field) = part {
                a |= self.expr(&mut field.expr);
                a |= self.fstring(&mut field.format_spec);
            }
        }
        a
    }

    fn comprehension(&mut self, comp: &mut Comprehension) -> bool {
        // The first iterable is evaluated in the enclosing scope.
        let mut first_awaits = false;
        if let Some(first) = comp.generators.first_mut() {
            first_awaits = self.expr(&mut first.iter);
        }
        let mut a = false;
        // The comprehension's variables: fresh slots in this frame, in a new layer.
        let mut bound = HashSet::new();
        for g in &comp.generators {
            collect_target_names(&g.target, &mut bound);
        }
        let mut nested = Scan::default();
        nested.expr(&comp.element);
        if let Some(v) = &comp.value {
            nested.expr(v);
        }
        for g in &comp.generators {
            for c in &g.conditions {
                nested.expr(c);
            }
            nested.expr(&g.iter);
        }
        let mut layer = Layer {
            names: HashMap::new(),
        };
        let mut fresh_cells = Vec::new();
        let mut own_slots = Vec::new();
        let is_class = matches!(self.current().kind, ScopeKind::Class);
        for name in bound {
            let state = self.current();
            let slot = state.new_slot(name);
            own_slots.push(slot);
            let r = if nested.nested_free.contains(&name) && !is_class {
                fresh_cells.push(slot);
                Resolved::Cell(slot)
            } else {
                Resolved::Local(slot)
            };
            layer.names.insert(name, r);
        }
        comp.fresh_cells = fresh_cells;
        comp.own_slots = own_slots;
        self.current().layers.push(layer);
        for (i, g) in comp.generators.iter_mut().enumerate() {
            if g.is_async {
                let message = if self.in_async_function() {
                    "'async for' is not supported by pyco"
                } else if comp.kind == ComprehensionKind::Generator {
                    "asynchronous generator expressions are not supported by pyco"
                } else {
                    "asynchronous comprehension outside of an asynchronous function"
                };
                self.errors.push(error(message, g.iter.span));
            }
            if i > 0 {
                a |= self.expr(&mut g.iter);
            }
            self.check_starred_target(&g.target);
            a |= self.target(&mut g.target);
            for c in &mut g.conditions {
                a |= self.expr(c);
            }
            a |= g.is_async;
        }
        a |= self.expr(&mut comp.element);
        if let Some(v) = &mut comp.value {
            a |= self.expr(v);
        }
        self.current().layers.pop();
        comp.is_async_genexpr =
            comp.kind == ComprehensionKind::Generator && awaits_past_first_iterable(comp);
        a || first_awaits
    }
}

/// The type CPython's compiler infers for `e` (`infer_type`): a display's or literal's, or
/// None when it cannot tell.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.node {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_) => "dict",
        ExprKind::Set(_) => "set",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::List => "list",
            ComprehensionKind::Set => "set",
            ComprehensionKind::Dict => "dict",
            ComprehensionKind::Generator => "generator",
        },
        ExprKind::Lambda(_) => "function",
        ExprKind::FString(_) | ExprKind::Str(_) => "str",
        ExprKind::Slice { .. } => "slice",
        ExprKind::None => "NoneType",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::True | ExprKind::False => "bool",
        ExprKind::Int(_) | ExprKind::BigInt(_) => "int",
        ExprKind::Float(_) => "float",
        ExprKind::UnaryOp { operand, .. } if Expr::is_folded_constant(e) => {
            return literal_type(operand)
        }
        _ => return None,
    })
}

/// Whether `e` is a constant to CPython's compiler after its constant folding, other than
/// None, True, False and `...`: what `is` beside it warns about (`check_is_arg`).
fn is_literal(e: &Expr) -> bool {
    match &e.node {
        ExprKind::None | ExprKind::True | ExprKind::False | ExprKind::Ellipsis => false,
        _ => Expr::is_folded_constant(e),
    }
}

/// Parameter names with their spans, in slot order.
fn param_list(params: &Params) -> Vec<(Sym, Span)> {
    params
        .posonly
        .iter()
        .chain(params.args.iter())
        .chain(params.vararg.iter())
        .chain(params.kwonly.iter())
        .chain(params.kwarg.iter())
        .map(|p| (p.name, p.span))
        .collect()
}

fn collect_target_names(target: &Expr, out: &mut HashSet<Sym>) {
    match &target.node {
        ExprKind::Name(n) => {
            out.insert(n.id);
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                collect_target_names(i, out);
            }
        }
        ExprKind::Starred(inner) => collect_target_names(inner, out),
        _ => {}
    }
}

/// A pre-scan of one scope's body: the names it binds, declares and uses, and the free
/// names of the scopes nested in it (which decide what must live in cells).
#[derive(Default)]
struct Scan {
    bound: HashSet<Sym>,
    used: HashSet<Sym>,
    globals: HashSet<Sym>,
    nonlocals: HashSet<Sym>,
    /// Names nested scopes (functions, lambdas, comprehensions' inner functions) need from
    /// outside themselves.
    nested_free: HashSet<Sym>,
    /// Names comprehensions use besides their own variables and first iterables: in a class
    /// body they skip the class's names, as CPython's comprehension functions do.
    comprehension_used: HashSet<Sym>,
}

impl Scan {
    fn block(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn free_of_function(def: &FunctionDef) -> HashSet<Sym> {
        let mut inner = Scan::default();
        inner.block(&def.body);
        for (p, _) in param_list(&def.params) {
            inner.bound.insert(p);
        }
        let mut free: HashSet<Sym> = inner.used.union(&inner.nested_free).copied().collect();
        free.extend(inner.nonlocals.iter().copied());
        free.retain(|n| {
            (!inner.bound.contains(n) || inner.nonlocals.contains(n)) && !inner.globals.contains(n)
        });
        free
    }

    fn function_like(&mut self, def: &FunctionDef) {
        for p in def
            .params
            .posonly
            .iter()
            .chain(&def.params.args)
            .chain(&def.params.kwonly)
        {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        for d in &def.decorators {
            self.expr(d);
        }
        self.nested_free.extend(Scan::free_of_function(def));
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.node {
            StmtKind::Expr(e) | StmtKind::Echo(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.target(target);
                self.expr(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause.iter()) {
                    self.expr(e);
                }
            }
            StmtKind::Global(names) => self.globals.extend(names.iter().copied()),
            StmtKind::Nonlocal(names) => self.nonlocals.extend(names.iter().copied()),
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => self.bound.insert(n.id),
                        None => self.bound.insert(a.bound.id),
                    };
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.block(body);
                for h in handlers {
                    if let Some(k) = &h.kind {
                        self.expr(k);
                    }
                    if let Some(n) = &h.name {
                        self.bound.insert(n.id);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context);
                    if let Some(t) = &i.target {
                        self.target(t);
                    }
                }
                self.block(body);
            }
            StmtKind::FunctionDef(def) => {
                self.bound.insert(def.name);
                self.function_like(def);
            }
            StmtKind::ClassDef(class) => {
                self.bound.insert(class.name);
                for b in &class.bases {
                    self.expr(b);
                }
                for d in &class.decorators {
                    self.expr(d);
                }
                let mut inner = Scan::default();
                inner.block(&class.body);
                // Class-body names are not visible to nested functions, but whatever the
                // class body or its methods use from outside is free here.
                let mut free: HashSet<Sym> = inner.nested_free.clone();
                for u in &inner.used {
                    if !inner.bound.contains(u) {
                        free.insert(*u);
                    }
                }
                free.extend(inner.comprehension_used.iter().copied());
                free.extend(inner.nonlocals.iter().copied());
                free.retain(|n| !inner.globals.contains(n));
                self.nested_free.extend(free);
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.node {
            ExprKind::Name(n) => {
                self.bound.insert(n.id);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.node {
            ExprKind::Name(n) => {
                self.used.insert(n.id);
            }
            ExprKind::Lambda(def) => self.function_like(def),
            ExprKind::Comprehension(comp) => {
                // Comprehension variables are not this scope's locals; what the
                // comprehension uses besides them is.
                let mut inner = Scan::default();
                let mut bound = HashSet::new();
                for g in &comp.generators {
                    collect_target_names(&g.target, &mut bound);
                }
                inner.expr(&comp.element);
                if let Some(v) = &comp.value {
                    inner.expr(v);
                }
                for (i, g) in comp.generators.iter().enumerate() {
                    if i == 0 {
                        self.expr(&g.iter);
                    } else {
                        inner.expr(&g.iter);
                    }
                    for c in &g.conditions {
                        inner.expr(c);
                    }
                }
                for &u in &inner.used {
                    if !bound.contains(&u) {
                        self.used.insert(u);
                        self.comprehension_used.insert(u);
                    }
                }
                if comp.kind == ComprehensionKind::Generator {
                    // A generator expression runs after the statement that made it, on its
                    // own copy of the frame: the names it shares with this scope (walrus
                    // targets too) live in cells, as the free variables of CPython's
                    // `<genexpr>` function do.
                    self.nested_free
                        .extend(inner.used.iter().filter(|u| !bound.contains(u)));
                    self.nested_free.extend(inner.bound.iter().copied());
                }
                for f in inner.nested_free {
                    if !bound.contains(&f) {
                        self.nested_free.insert(f);
                    }
                }
                // Walrus targets inside bind here.
                self.bound.extend(inner.bound);
            }
            ExprKind::NamedExpr { target, value } => {
                self.bound.insert(target.id);
                self.expr(value);
            }
            _ => walk_children(e, &mut |child| self.expr(child)),
        }
    }
}

/// Whether `e` holds a `:=` (comprehensions included, lambdas' bodies not).
fn contains_named_expr(e: &Expr) -> bool {
    match &e.node {
        ExprKind::NamedExpr { .. } => return true,
        ExprKind::Comprehension(c) => {
            let parts = std::iter::once(&c.element).chain(&c.value).chain(
                c.generators
                    .iter()
                    .flat_map(|g| [&g.target, &g.iter].into_iter().chain(&g.conditions)),
            );
            return parts.into_iter().any(contains_named_expr);
        }
        _ => {}
    }
    let mut found = false;
    walk_children(e, &mut |child| found |= contains_named_expr(child));
    found
}

/// Whether `e` holds an `await` (comprehensions included, lambdas' bodies not).
fn contains_await(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Await(_) => return true,
        ExprKind::Comprehension(c) => {
            return c
                .generators
                .first()
                .is_some_and(|g| contains_await(&g.iter))
                || awaits_past_first_iterable(c)
        }
        _ => {}
    }
    let mut found = false;
    walk_children(e, &mut |child| found |= contains_await(child));
    found
}

/// Whether a comprehension awaits (or iterates with `async for`) past its first iterable,
/// the part that runs in its own scope.
fn awaits_past_first_iterable(c: &Comprehension) -> bool {
    c.generators.iter().enumerate().any(|(i, g)| {
        g.is_async || (i > 0 && contains_await(&g.iter)) || g.conditions.iter().any(contains_await)
    }) || contains_await(&c.element)
        || c.value.as_ref().is_some_and(contains_await)
}

/// Calls `f` on each direct child expression of `e` (not into lambdas' bodies).
fn walk_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.node {
        ExprKind::FString(parts) => walk_fstring(parts, f),
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                f(p);
            }
        }
        ExprKind::Call { func, args, .. } => {
            f(func);
            for a in args {
                match a {
                    Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => f(e),
                    Arg::Keyword(_, e) => f(e),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare { left, rest } => {
            f(left);
            for (_, e) in rest {
                f(e);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(f)
        }
        ExprKind::Dict(items) => {
            for i in items {
                match i {
                    DictItem::Pair(k, v) => {
                        f(k);
                        f(v);
                    }
                    DictItem::Splat(e) => f(e),
                }
            }
        }
        ExprKind::Starred(inner) | ExprKind::Await(inner) => f(inner),
        ExprKind::NamedExpr { value, .. } => f(value),
        _ => {}
    }
}

fn walk_fstring(parts: &[FStringPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FStringPart::Field(field) = p {
            f(&field.expr);
            walk_fstring(&field.format_spec, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    /// The first error the resolver reports for `text`, as CPython would print it.
    /// The first compile-time error of `text`, from whichever phase finds it (the parser
    /// reports some of these itself, as CPython's does).
    fn first_error(text: &str) -> Option<String> {
        let source = Source::new("<test>", text.to_string());
        let mut module = match crate::syntax::parser::parse(&source) {
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
