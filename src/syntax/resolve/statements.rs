//! Statements, and the scopes that `def` and `class` open.

use std::collections::HashSet;
use std::rc::Rc;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::{ClassDef, ExprKind, FunctionDef, Name, Params, Resolved, Stmt, StmtKind};

use super::errors::{error, LEAVES_EXCEPT_STAR};
use super::scan::{param_list, Scan};
use super::scopes::{ScopeKind, ScopeState};
use super::walk::contains_named_expr;
use super::Resolver;

impl Resolver<'_> {
    pub(super) fn block(&mut self, body: &mut [Stmt]) -> bool {
        let mut has_await = false;
        for stmt in body {
            has_await |= self.stmt(stmt);
        }
        has_await
    }

    /// Resolves one statement; returns whether it contains an `await`.
    // long: a dispatch match with one arm per kind of statement
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

    pub(super) fn params_defaults(&mut self, params: &mut Params) -> bool {
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

    pub(super) fn function(&mut self, def: &mut FunctionDef) {
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
}
