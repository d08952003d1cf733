//! The pre-pass over one scope's body, before it is resolved: the names it binds and declares
//! `global` or `nonlocal`, and the names its nested scopes need from outside (which must live
//! in cells).

use std::collections::HashSet;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::{ComprehensionKind, Expr, ExprKind, FunctionDef, Params, Stmt, StmtKind};

use super::walk::walk_children;

/// Parameter names with their spans, in slot order.
pub(super) fn param_list(params: &Params) -> Vec<(Sym, Span)> {
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

pub(super) fn collect_target_names(target: &Expr, out: &mut HashSet<Sym>) {
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
pub(super) struct Scan {
    pub(super) bound: HashSet<Sym>,
    used: HashSet<Sym>,
    pub(super) globals: HashSet<Sym>,
    pub(super) nonlocals: HashSet<Sym>,
    /// Names nested scopes (functions, lambdas, comprehensions' inner functions) need from
    /// outside themselves.
    pub(super) nested_free: HashSet<Sym>,
    /// Names comprehensions use besides their own variables and first iterables: in a class
    /// body they skip the class's names, as CPython's comprehension functions do.
    comprehension_used: HashSet<Sym>,
}

impl Scan {
    pub(super) fn block(&mut self, body: &[Stmt]) {
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

    pub(super) fn expr(&mut self, e: &Expr) {
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
