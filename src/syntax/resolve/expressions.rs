//! Expressions, assignment targets and comprehensions (whose variables get slots of their own
//! in the enclosing frame).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::syntax::ast::{
    Arg, CmpOp, Comprehension, ComprehensionKind, DictItem, Expr, ExprKind, FStringPart,
    MethodSite, Resolved,
};

use super::errors::{error, is_literal};
use super::scan::{collect_target_names, Scan};
use super::scopes::{Layer, ScopeKind};
use super::walk::awaits_past_first_iterable;
use super::Resolver;

impl Resolver<'_> {
    /// Resolves an assignment target; returns whether it contains an `await`.
    pub(super) fn target(&mut self, target: &mut Expr) -> bool {
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
    pub(super) fn expr(&mut self, expr: &mut Expr) -> bool {
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
            ExprKind::Call {
                func,
                args,
                method_site,
                ..
            } => {
                if matches!(func.node, ExprKind::Attribute { .. }) {
                    *method_site = Some(MethodSite::new(self.globals.method_site()));
                }
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
            ExprKind::Comprehension(comp) => self.comprehension(Rc::make_mut(comp)),
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
            names: HashMap::default(),
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
