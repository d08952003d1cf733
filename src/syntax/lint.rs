//! What `pyco --check` warns about beyond the compiler's errors: a call whose coroutine is
//! thrown away. `job()` as a statement, where `job` is an `async def`, makes a coroutine
//! and drops it: the body never runs, and CPython only says so (`was never awaited`) when
//! the line runs. Found statically here, for the calls whose callee is known:
//!
//! - a module's `async def` function (bound once, undecorated), called by its global name;
//! - an `async def` method of the class around, called on the method's first parameter
//!   (`self.refresh()`);
//! - `asyncio.sleep`, `asyncio.wait_for` and `asyncio.wait`, on the module `asyncio`.

use std::collections::{HashMap, HashSet};

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::*;

/// A warning: where, what, and the hint beside the span.
pub struct Lint {
    pub span: Span,
    pub message: String,
    pub label: String,
}

/// The calls of `module` whose coroutine is thrown away, in source order.
pub fn unawaited_calls(module: &Module) -> Vec<Lint> {
    let mut counts: HashMap<Sym, (usize, bool)> = HashMap::new();
    count_bindings(&module.body, &mut counts);
    let async_functions = counts
        .into_iter()
        .filter(|(_, (n, is_async))| *n == 1 && *is_async)
        .map(|(name, _)| name)
        .collect();
    let imports_asyncio = module_imports_asyncio(&module.body);
    let mut walker = Walker {
        async_functions,
        imports_asyncio,
        lints: Vec::new(),
    };
    walker.block(&module.body, &Context::default());
    walker.lints.sort_by_key(|l| l.span.start);
    walker.lints
}

/// Where a statement is: in an `async def` or not; in a method of a class with `async def`
/// methods, and by what name the method calls its instance.
#[derive(Clone, Default)]
struct Context<'a> {
    in_async: bool,
    methods: Option<&'a HashSet<Sym>>,
    receiver: Option<Sym>,
}

struct Walker {
    async_functions: HashSet<Sym>,
    imports_asyncio: bool,
    lints: Vec<Lint>,
}

impl Walker {
    fn block(&mut self, block: &[Stmt], context: &Context) {
        for stmt in block {
            self.stmt(stmt, context);
        }
    }

    fn stmt(&mut self, stmt: &Stmt, context: &Context) {
        match &stmt.node {
            StmtKind::Expr(expr) => self.expression_statement(expr, context),
            StmtKind::FunctionDef(def) => {
                // Directly in a class body: a method, which calls its instance by its first
                // parameter's name. Any other `def` knows no class.
                let in_class_body = context.methods.is_some() && context.receiver.is_none();
                let receiver = in_class_body
                    .then(|| def.params.posonly.iter().chain(&def.params.args).next())
                    .flatten()
                    .map(|p| p.name);
                let inner = Context {
                    in_async: def.is_async,
                    methods: receiver.and(context.methods),
                    receiver,
                };
                self.block(&def.body, &inner);
            }
            StmtKind::ClassDef(class) => {
                let mut counts = HashMap::new();
                count_bindings(&class.body, &mut counts);
                let methods: HashSet<Sym> = counts
                    .into_iter()
                    .filter(|(_, (n, is_async))| *n == 1 && *is_async)
                    .map(|(name, _)| name)
                    .collect();
                let inner = Context {
                    in_async: false,
                    methods: Some(&methods),
                    receiver: None,
                };
                self.block(&class.body, &inner);
            }
            _ => {
                for block in stmt.blocks() {
                    self.block(block, context);
                }
            }
        }
    }

    fn expression_statement(&mut self, expr: &Expr, context: &Context) {
        let ExprKind::Call { func, .. } = &expr.node else {
            return;
        };
        let callee = match &func.node {
            ExprKind::Name(name)
                if matches!(name.resolved, Resolved::Global(_) | Resolved::ClassBody)
                    && self.async_functions.contains(&name.id) =>
            {
                format!("{}()", name.id.name())
            }
            ExprKind::Attribute { value, attr } => match &value.node {
                ExprKind::Name(owner)
                    if Some(owner.id) == context.receiver
                        && context.methods.is_some_and(|m| m.contains(attr)) =>
                {
                    format!("{}.{}()", owner.id.name(), attr.name())
                }
                ExprKind::Name(owner)
                    if self.imports_asyncio
                        && &*owner.id.name() == "asyncio"
                        && matches!(owner.resolved, Resolved::Global(_))
                        && ["sleep", "wait_for", "wait"].contains(&&*attr.name()) =>
                {
                    format!("asyncio.{}()", attr.name())
                }
                _ => return,
            },
            _ => return,
        };
        let label = if context.in_async {
            "add 'await' before this call".to_string()
        } else {
            "add 'await' (inside an async def), or run it with asyncio.run() or \
             asyncio.create_task()"
                .to_string()
        };
        self.lints.push(Lint {
            span: expr.span,
            message: format!("the coroutine {callee} returns is thrown away: its body never runs"),
            label,
        });
    }
}

/// How many times each name is bound in a scope's own statements (not inside its `def`s
/// and classes), and whether its one binding is an undecorated `async def`.
fn count_bindings(block: &[Stmt], counts: &mut HashMap<Sym, (usize, bool)>) {
    let bind = |name: Sym, is_async: bool, counts: &mut HashMap<Sym, (usize, bool)>| {
        let entry = counts.entry(name).or_insert((0, false));
        entry.0 += 1;
        entry.1 = is_async;
    };
    for stmt in block {
        match &stmt.node {
            StmtKind::FunctionDef(def) => {
                bind(def.name, def.is_async && def.decorators.is_empty(), counts)
            }
            StmtKind::ClassDef(class) => bind(class.name, false, counts),
            StmtKind::Assign { targets, .. } => {
                for target in targets {
                    target_names(target, &mut |n| bind(n, false, counts));
                }
            }
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                target_names(target, &mut |n| bind(n, false, counts))
            }
            StmtKind::For { target, .. } => target_names(target, &mut |n| bind(n, false, counts)),
            StmtKind::With { items, .. } => {
                for item in items {
                    if let Some(target) = &item.target {
                        target_names(target, &mut |n| bind(n, false, counts));
                    }
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    let name = alias.asname.as_ref().unwrap_or(&alias.bound);
                    bind(name.id, false, counts);
                }
            }
            StmtKind::Try { handlers, .. } => {
                for handler in handlers {
                    if let Some(name) = &handler.name {
                        bind(name.id, false, counts);
                    }
                }
            }
            // Any `del` of a name makes it unknown.
            StmtKind::Del(targets) => {
                for target in targets {
                    target_names(target, &mut |n| bind(n, false, counts));
                }
            }
            _ => {}
        }
        for inner in stmt.blocks() {
            count_bindings(inner, counts);
        }
    }
}

/// The names an assignment target binds.
fn target_names(target: &Expr, found: &mut dyn FnMut(Sym)) {
    match &target.node {
        ExprKind::Name(name) => found(name.id),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                target_names(item, found);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, found),
        _ => {}
    }
}

/// Whether the module imports `asyncio` under its own name (`import asyncio`).
fn module_imports_asyncio(block: &[Stmt]) -> bool {
    block.iter().any(|stmt| match &stmt.node {
        StmtKind::Import(aliases) => aliases
            .iter()
            .any(|a| a.asname.is_none() && a.path.len() == 1 && &*a.path[0].name() == "asyncio"),
        _ => stmt.blocks().iter().any(|b| module_imports_asyncio(b)),
    })
}
