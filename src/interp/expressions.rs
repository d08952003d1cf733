//! Expressions on the plain path: the dispatch over every kind of expression, the quick
//! paths for leaves, comparisons chains and comprehensions.

use super::{def_header, Frame, Interp};
use crate::coroutine;
use crate::exception::*;
use crate::interp::display::{Acc, DictDisplay, SetDisplay};
use crate::ops;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// Whether `a and b ...` (`a or b ...`) stops at the operand value `value`: at a false
    /// one for `and`, a true one for `or`. One rule for both evaluation paths.
    pub(crate) fn bool_op_stops(&self, op: BoolOp, value: &Value) -> PResult<bool> {
        let truth = self.truthy(value)?;
        Ok(match op {
            BoolOp::And => !truth,
            BoolOp::Or => truth,
        })
    }

    /// Evaluates an expression that cannot suspend. The common node kinds are handled here;
    /// the rest in `eval_cold`, which keeps this function's stack frame small (it recurses
    /// for every subexpression).
    pub fn eval(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::Name(name) => {
                match name.resolved {
                    Resolved::Local(slot) => {
                        if let Some(v) = frame.slots.get(slot as usize) {
                            if !matches!(v, Value::Unbound) {
                                return Ok(quick_clone(v));
                            }
                        }
                    }
                    Resolved::Global(slot) => {
                        if let Some(v) = frame.globals.slots.borrow().get(slot as usize) {
                            if !matches!(v, Value::Unbound) {
                                return Ok(quick_clone(v));
                            }
                        }
                    }
                    _ => {}
                }
                self.load_name(frame, name).map_err(|e| e.at(expr.span))
            }
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::BinOp { left, op, right } => {
                let a = self.eval_quick(frame, left)?;
                let b = self.eval_quick(frame, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = ops::int_fast(*op, *x, *y) {
                        // Ints own nothing: no call to the drop glue.
                        std::mem::forget((a, b));
                        return Ok(Value::Int(r));
                    }
                }
                self.binary_op(*op, &a, &b).map_err(|e| e.at(expr.span))
            }
            ExprKind::Compare { left, rest } => {
                if let [(op, right)] = rest.as_slice() {
                    let a = self.eval_quick(frame, left)?;
                    let b = self.eval_quick(frame, right)?;
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        if let Some(r) = ops::int_compare_fast(*op, *x, *y) {
                            std::mem::forget((a, b));
                            return Ok(Value::Bool(r));
                        }
                    }
                    return self.compare(*op, &a, &b).map_err(|e| e.at(expr.span));
                }
                self.eval_compare(frame, left, rest, expr.span)
            }
            ExprKind::Call { .. } => self.eval_call(frame, expr),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval_quick(frame, value)?;
                self.get_attr(&obj, *attr).map_err(|e| e.at(expr.span))
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval_quick(frame, value)?;
                let idx = self.eval_quick(frame, index)?;
                self.get_item(&obj, &idx).map_err(|e| e.at(expr.span))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval_quick(frame, test)?;
                let branch = if self.truthy(&t)? { body } else { orelse };
                drop_quick(t);
                self.eval(frame, branch)
            }
            ExprKind::None => Ok(Value::None),
            ExprKind::True => Ok(Value::Bool(true)),
            ExprKind::False => Ok(Value::Bool(false)),
            _ => self.eval_cold(frame, expr),
        }
    }

    /// `eval` for a callee: a bound global (`f(...)`) is read here without a call.
    #[inline(always)]
    pub fn eval_callee(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        if let ExprKind::Name(Name {
            resolved: Resolved::Global(slot),
            ..
        }) = &expr.node
        {
            match frame.globals.slots.borrow().get(*slot as usize) {
                // A function, the usual callee: its count goes up without a call.
                Some(Value::Function(f)) => return Ok(Value::Function(f.clone())),
                Some(v) if !matches!(v, Value::Unbound) => return Ok(v.clone()),
                _ => {}
            }
        }
        self.eval(frame, expr)
    }

    /// `eval_quick` for a call's argument, with `n - 1`-like arguments (an int operation on
    /// int locals and literals, as recursive calls pass) also taken without a call.
    #[inline(always)]
    pub fn eval_arg(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        if let ExprKind::BinOp { left, op, right } = &expr.node {
            if let (Some(x), Some(y)) = (int_leaf(frame, left), int_leaf(frame, right)) {
                if let Some(r) = ops::int_fast(*op, x, y) {
                    return Ok(Value::Int(r));
                }
            }
        }
        self.eval_quick(frame, expr)
    }

    /// `eval`, with the leaves most operands are — a bound local, an int literal — taken
    /// here without a call.
    #[inline(always)]
    pub fn eval_quick(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::Name(Name {
                resolved: Resolved::Local(slot),
                ..
            }) => match frame.slots.get(*slot as usize) {
                Some(Value::Int(i)) => Ok(Value::Int(*i)),
                Some(v) if !matches!(v, Value::Unbound) => Ok(v.clone()),
                _ => self.eval(frame, expr),
            },
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            _ => self.eval(frame, expr),
        }
    }

    /// The less common expression kinds (see `eval`).
    #[inline(never)]
    pub(super) fn eval_cold(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::None => Ok(Value::None),
            ExprKind::True => Ok(Value::Bool(true)),
            ExprKind::False => Ok(Value::Bool(false)),
            ExprKind::Ellipsis => Ok(Value::Ellipsis),
            ExprKind::BigInt(b) => Ok(Value::BigInt(b.clone())),
            ExprKind::Float(f) => Ok(Value::Float(*f)),
            ExprKind::Str(s) => Ok(self.str_constant(s)),
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.eval_fstring(frame, parts, &mut out)?;
                Ok(Value::str(out))
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(frame, operand)?;
                self.unary_op(*op, &v).map_err(|e| e.at(expr.span))
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    last = self.eval(frame, v)?;
                    if i + 1 == values.len() {
                        break;
                    }
                    if self.bool_op_stops(*op, &last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(frame, test)?;
                if self.truthy(&t)? {
                    self.eval(frame, body)
                } else {
                    self.eval(frame, orelse)
                }
            }
            ExprKind::Lambda(def) => {
                let header = def_header(def)
                    .map(|e| self.eval(frame, e))
                    .collect::<PResult<_>>()?;
                self.define_function(frame, def, header)
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(frame, items)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(frame, items)?)),
            ExprKind::Set(items) => {
                let mut display = SetDisplay::new(items);
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        self.set_display_flush(&mut display)
                            .map_err(|e| e.at(expr.span))?;
                        let v = self.eval(frame, inner)?;
                        self.set_display_splat(&mut display, &v, item.span)?;
                    } else {
                        display.push(self.eval(frame, item)?);
                    }
                }
                self.set_display_finish(display)
                    .map_err(|e| e.at(expr.span))
            }
            ExprKind::Dict(items) => {
                let mut display = DictDisplay::new(items.len());
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval(frame, k)?;
                            let v = self.eval(frame, v)?;
                            display.push(k, v);
                        }
                        DictItem::Splat(e) => {
                            self.dict_display_flush(&mut display)
                                .map_err(|e| e.at(expr.span))?;
                            let other = self.eval(frame, e)?;
                            self.dict_display_splat(&mut display, &other)
                                .map_err(|e| e.at(expr.span))?;
                        }
                    }
                }
                self.dict_display_finish(display)
                    .map_err(|e| e.at(expr.span))
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |p: &Option<Box<Expr>>| -> PResult {
                    match p {
                        Some(e) => self.eval(frame, e),
                        None => Ok(Value::None),
                    }
                };
                let lower = part(lower)?;
                let upper = part(upper)?;
                let step = part(step)?;
                Ok(Value::Slice(Rc::new(SliceObj { lower, upper, step })))
            }
            ExprKind::Starred(_) => {
                Err(syntax_error("can't use starred expression here").at(expr.span))
            }
            ExprKind::Comprehension(comp) if comp.kind == ComprehensionKind::Generator => {
                let first = self.eval(frame, &comp.generators[0].iter)?;
                self.make_genexpr(frame, comp, first, expr.span)
            }
            ExprKind::Comprehension(comp) => self.eval_comprehension(frame, comp, expr.span),
            ExprKind::Await(_) => Err(coroutine::await_outside_resumable().at(expr.span)),
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(frame, value)?;
                self.store_name(frame, target, v.clone());
                Ok(v)
            }
            ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::BinOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. } => self.eval(frame, expr),
        }
    }

    /// Evaluates display items, expanding `*iterable`.
    pub fn eval_items(&self, frame: &mut Frame, items: &[Expr]) -> PResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.node {
                let v = self.eval(frame, inner)?;
                self.extend_from_iterable(&mut out, &v)
                    .map_err(|e| e.at(item.span))?;
            } else {
                out.push(self.eval(frame, item)?);
            }
        }
        Ok(out)
    }

    pub(super) fn eval_compare(
        &self,
        frame: &mut Frame,
        left: &Expr,
        rest: &[(CmpOp, Expr)],
        span: Span,
    ) -> PResult {
        let mut a = self.eval(frame, left)?;
        for (i, (op, right)) in rest.iter().enumerate() {
            let b = self.eval(frame, right)?;
            let result = self.compare(*op, &a, &b).map_err(|e| e.at(span))?;
            if i + 1 == rest.len() {
                return Ok(result);
            }
            if !self.truthy(&result)? {
                return Ok(result);
            }
            a = b;
        }
        Ok(a)
    }

    /// A list, set or dict comprehension. As in CPython, the first iterable is evaluated
    /// and iterated over (`iter()`) here; the rest runs in the comprehension's own frame
    /// (`<listcomp>`), which an error leaving it has in its traceback.
    pub(super) fn eval_comprehension(
        &self,
        frame: &mut Frame,
        comp: &Comprehension,
        span: Span,
    ) -> PResult {
        for &slot in &comp.fresh_cells {
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(Value::Unbound)));
        }
        let first = &comp.generators[0];
        let iterable = self.eval(frame, &first.iter)?;
        let iter = self.iter(&iterable).map_err(|e| e.at(first.iter.span))?;
        let mut acc = Acc::new(comp.kind);
        let result = self.comprehension_level(frame, comp, 0, iter, &mut acc);
        self.comprehension_end(result, frame, comp, span)?;
        Ok(acc.finish(comp.kind))
    }

    /// The loop of the comprehension's `level`-th `for` over `iter`, with the levels inside.
    pub(super) fn comprehension_level(
        &self,
        frame: &mut Frame,
        comp: &Comprehension,
        level: usize,
        iter: Value,
        acc: &mut Acc,
    ) -> PResult<()> {
        let generator = &comp.generators[level];
        'items: while let Some(item) = self.next(&iter)? {
            self.assign(frame, &generator.target, item)?;
            for cond in &generator.conditions {
                let c = self.eval(frame, cond)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            match comp.generators.get(level + 1) {
                Some(inner) => {
                    let iterable = self.eval(frame, &inner.iter)?;
                    let inner_iter = self.iter(&iterable).map_err(|e| e.at(inner.iter.span))?;
                    self.comprehension_level(frame, comp, level + 1, inner_iter, acc)?;
                }
                None => {
                    let item = self.eval(frame, &comp.element)?;
                    let value = match &comp.value {
                        Some(e) => self.eval(frame, e)?,
                        None => Value::None,
                    };
                    self.comprehension_add(acc, item, value)?;
                }
            }
        }
        Ok(())
    }
}

/// The value of `expr` if it is an int literal or a local holding an int.
#[inline(always)]
pub(super) fn int_leaf(frame: &Frame, expr: &Expr) -> Option<i64> {
    match &expr.node {
        ExprKind::Name(Name {
            resolved: Resolved::Local(slot),
            ..
        }) => match frame.slots.get(*slot as usize) {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        },
        ExprKind::Int(i) => Some(*i),
        _ => None,
    }
}

/// `v.clone()`, with ints copied in place (the derived `clone` is a call).
#[inline(always)]
pub(crate) fn quick_clone(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        v => v.clone(),
    }
}
