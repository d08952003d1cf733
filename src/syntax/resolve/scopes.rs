//! Scopes and their slot tables: what each scope binds, and where each name it sees lives
//! (a local slot, a cell threaded from an enclosing function, a global slot, the class body).

use std::collections::{HashMap, HashSet};

use crate::symbol::{BuildMix, Sym};
use crate::syntax::ast::{Name, Resolved, Scope};

use super::Resolver;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ScopeKind {
    Module,
    Function { is_async: bool },
    Class,
}

/// A name-binding layer inside one frame: the frame's own scope, or a comprehension
/// whose variables get extra slots in the same frame.
pub(super) struct Layer {
    pub(super) names: HashMap<Sym, Resolved, BuildMix>,
}

pub(super) struct ScopeState {
    pub(super) kind: ScopeKind,
    pub(super) layers: Vec<Layer>,
    pub(super) scope: Scope,
    /// Names this scope binds (locals), from the pre-scan.
    pub(super) locals: HashSet<Sym>,
    /// Locals that nested scopes capture: they live in cells.
    pub(super) captured: HashSet<Sym>,
    pub(super) declared_global: HashSet<Sym>,
    pub(super) declared_nonlocal: HashSet<Sym>,
    /// What the scope has done with each name so far, in source order, for the messages of
    /// `global` / `nonlocal` declarations that come too late (CPython's USE, DEF_LOCAL,
    /// DEF_PARAM and DEF_ANNOT flags).
    pub(super) used: HashSet<Sym>,
    pub(super) assigned: HashSet<Sym>,
    pub(super) annotated: HashSet<Sym>,
    pub(super) params: HashSet<Sym>,
    pub(super) loop_depth: u32,
    /// Inside an `except*` body: the `loop_depth` where it starts. CPython's compiler refuses
    /// `break` and `continue` that would leave such a body (no loop inside it holds them) and
    /// any `return` in it.
    pub(super) star_handler_loop_depth: Option<u32>,
    /// Inside a `finally` or `except` body nothing changes for us, but inside a class body
    /// nested in a loop `break` is still an error: loops don't cross scopes.
    pub(super) has_await: bool,
}

impl ScopeState {
    pub(super) fn new(kind: ScopeKind, locals: HashSet<Sym>, _is_async: bool) -> ScopeState {
        ScopeState {
            kind,
            layers: vec![Layer {
                names: HashMap::default(),
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
    pub(super) fn new_slot(&mut self, name: Sym) -> u32 {
        let slot = self.scope.slot_count;
        self.scope.slot_count += 1;
        self.scope.slot_names.push(name);
        slot
    }
    pub(super) fn finish(mut self) -> Scope {
        self.scope.has_await = self.has_await;
        self.scope
    }
}

impl Resolver<'_> {
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
    pub(super) fn free_variable(&mut self, depth: usize, name: Sym) -> Option<Resolved> {
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

    pub(super) fn name_load(&mut self, name: &mut Name) {
        let state = self.current();
        // Names inside a comprehension belong to the comprehension's own scope in CPython.
        if state.layers.len() == 1 {
            state.used.insert(name.id);
        }
        name.resolved = self.lookup(name.id, false);
    }

    pub(super) fn name_store(&mut self, name: &mut Name) {
        let state = self.current();
        if state.layers.len() == 1 {
            state.assigned.insert(name.id);
        }
        name.resolved = self.bind(name.id);
    }
}
