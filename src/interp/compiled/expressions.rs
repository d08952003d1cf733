//! Expressions, compiled: names read from their slot, constants made once, int operations
//! without a call, calls of global functions straight into the callee's frame.

use super::{displays, CondCode, ExprCode};
use crate::exception::*;
use crate::interp::expressions::quick_clone;
use crate::interp::names::global_or_builtin;
use crate::interp::{Frame, Interp};
use crate::ops;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;

/// An expression left to the walker.
fn walked(expr: &Expr) -> ExprCode {
    let expr = expr.clone();
    Box::new(move |interp, frame| interp.eval(frame, &expr))
}

/// A constant expression's code (`Expr::is_folded_constant`), run once: later evaluations
/// give the same object, as a folded constant in CPython is one object. An error (`~1.5`)
/// is not kept: each evaluation raises it again.
fn constant_once(code: ExprCode) -> ExprCode {
    let value = std::cell::OnceCell::new();
    Box::new(move |interp, frame| {
        if let Some(v) = value.get() {
            return Ok(Value::clone(v));
        }
        let v = code(interp, frame)?;
        Ok(value.get_or_init(|| v).clone())
    })
}

/// The slot of a plain local, if `expr` reads one.
pub(super) fn local_slot(expr: &Expr) -> Option<usize> {
    match &expr.node {
        ExprKind::Name(Name {
            resolved: Resolved::Local(slot),
            ..
        }) => Some(*slot as usize),
        _ => None,
    }
}

pub(super) fn compile_expr(expr: &Expr) -> ExprCode {
    let span = expr.span;
    match &expr.node {
        ExprKind::Tuple(_) | ExprKind::UnaryOp { .. } if expr.is_folded_constant() => {
            constant_once(displays::compile_constant_parts(expr))
        }
        ExprKind::Name(name) => compile_name(name, span),
        ExprKind::Int(i) => {
            let i = *i;
            Box::new(move |_, _| Ok(Value::Int(i)))
        }
        ExprKind::None => Box::new(|_, _| Ok(Value::None)),
        ExprKind::True => Box::new(|_, _| Ok(Value::Bool(true))),
        ExprKind::False => Box::new(|_, _| Ok(Value::Bool(false))),
        ExprKind::Float(f) => {
            let f = *f;
            Box::new(move |_, _| Ok(Value::Float(f)))
        }
        ExprKind::Str(s) => {
            let s = s.clone();
            Box::new(move |interp, _| Ok(interp.str_constant(&s)))
        }
        ExprKind::Ellipsis => Box::new(|_, _| Ok(Value::Ellipsis)),
        ExprKind::BigInt(b) => {
            let b = b.clone();
            Box::new(move |_, _| Ok(Value::BigInt(b.clone())))
        }
        ExprKind::Slice { lower, upper, step } => {
            let part = |p: &Option<Box<Expr>>| p.as_deref().map(compile_expr);
            let (lower, upper, step) = (part(lower), part(upper), part(step));
            Box::new(move |interp, frame| {
                let mut part = |code: &Option<ExprCode>| match code {
                    Some(code) => code(interp, frame),
                    None => Ok(Value::None),
                };
                let lower = part(&lower)?;
                let upper = part(&upper)?;
                let step = part(&step)?;
                Ok(Value::Slice(std::rc::Rc::new(SliceObj {
                    lower,
                    upper,
                    step,
                })))
            })
        }
        ExprKind::BinOp { left, op, right } => compile_binop(left, *op, right, span),
        ExprKind::Compare { left, rest } if rest.len() == 1 => {
            let (op, right) = &rest[0];
            let (op, left, right) = (*op, compile_expr(left), compile_expr(right));
            Box::new(move |interp, frame| {
                let a = left(interp, frame)?;
                let b = right(interp, frame)?;
                compare_values(interp, op, a, b, span)
            })
        }
        ExprKind::Compare { left, rest } => {
            // `a < b < c`: each operand evaluated once, stopping at the first false link.
            let left = compile_expr(left);
            let rest: Vec<(CmpOp, ExprCode)> =
                rest.iter().map(|(op, e)| (*op, compile_expr(e))).collect();
            Box::new(move |interp, frame| {
                let mut a = left(interp, frame)?;
                let (last, init) = rest.split_last().expect("a comparison has operators");
                for (op, right) in init {
                    let b = right(interp, frame)?;
                    let result = interp.compare(*op, &a, &b).map_err(|e| e.at(span))?;
                    if !interp.truthy(&result)? {
                        return Ok(result);
                    }
                    a = b;
                }
                let b = (last.1)(interp, frame)?;
                interp.compare(last.0, &a, &b).map_err(|e| e.at(span))
            })
        }
        ExprKind::Attribute { value, attr } => super::attributes::compile_get(value, *attr, span),
        ExprKind::Subscript { value, index } => {
            if let (Some(slot), Some(key)) = (local_slot(value), InPlace::of(index)) {
                let codes = (compile_expr(value), compile_expr(index));
                return subscript_in_place(InPlace::Slot(slot), key, codes, span);
            }
            let (value, index) = (compile_expr(value), compile_expr(index));
            Box::new(move |interp, frame| {
                let obj = value(interp, frame)?;
                let idx = index(interp, frame)?;
                interp.get_item(&obj, &idx).map_err(|e| e.at(span))
            })
        }
        ExprKind::Call {
            func,
            args,
            all_positional: true,
            method_site,
        } => super::calls::compile_call(expr, func, args, *method_site),
        ExprKind::Call {
            func,
            args,
            method_site,
            ..
        } => super::calls::compile_general_call(expr, func, args, *method_site),
        ExprKind::List(items) => displays::compile_sequence(items, false),
        ExprKind::Tuple(items) => displays::compile_sequence(items, true),
        ExprKind::Dict(items) => {
            displays::compile_dict(items, span).unwrap_or_else(|| walked(expr))
        }
        ExprKind::Comprehension(comp) => displays::compile_comprehension(comp, span),
        ExprKind::FString(parts) => displays::compile_fstring(parts),
        ExprKind::BoolOp { op, values } => displays::compile_bool_op(*op, values),
        ExprKind::UnaryOp { op, operand } => displays::compile_unary(*op, operand, span),
        ExprKind::IfExp { test, body, orelse } => displays::compile_if_exp(test, body, orelse),
        ExprKind::Lambda(def) => displays::compile_lambda(def),
        ExprKind::NamedExpr { target, value } => {
            let (target, value) = (target.clone(), compile_expr(value));
            Box::new(move |interp, frame| {
                let v = value(interp, frame)?;
                interp.store_name(frame, &target, v.clone());
                Ok(v)
            })
        }
        _ => walked(expr),
    }
}

/// An operand used where it lies, without a copy: a local (when bound) or an int literal.
/// Reading either has no effect, and nothing that runs while it is used (a `__getitem__`,
/// an `__eq__`) can reach this frame's slots.
pub(super) enum InPlace {
    Slot(usize),
    Const(Value),
}

impl InPlace {
    pub(super) fn of(expr: &Expr) -> Option<InPlace> {
        match (&expr.node, local_slot(expr)) {
            (_, Some(slot)) => Some(InPlace::Slot(slot)),
            (ExprKind::Int(i), _) => Some(InPlace::Const(Value::Int(*i))),
            _ => None,
        }
    }

    /// The operand, unless it is an unbound local.
    #[inline(always)]
    pub(super) fn get<'a>(&'a self, frame: &'a Frame) -> Option<&'a Value> {
        match self {
            InPlace::Slot(slot) => bound_local(frame, *slot),
            InPlace::Const(v) => Some(v),
        }
    }
}

/// The local in `slot`, in place, unless it is unbound (whose read raises: the caller
/// goes the way that raises it).
#[inline(always)]
pub(super) fn bound_local(frame: &Frame, slot: usize) -> Option<&Value> {
    frame
        .slots
        .get(slot)
        .filter(|v| !matches!(v, Value::Unbound))
}

/// `xs[i]`, `t[0]` with `xs` a local: both used in place. An unbound local goes through
/// the compiled reads (`value`, `index`), which raise its error.
fn subscript_in_place(
    obj: InPlace,
    key: InPlace,
    (value, index): (ExprCode, ExprCode),
    span: Span,
) -> ExprCode {
    Box::new(move |interp, frame| {
        if let (Some(obj), Some(key)) = (obj.get(frame), key.get(frame)) {
            return interp.get_item(obj, key).map_err(|e| e.at(span));
        }
        let obj = value(interp, frame)?;
        let key = index(interp, frame)?;
        interp.get_item(&obj, &key).map_err(|e| e.at(span))
    })
}

/// A name read: a bound local or global without a call, else the walker's `load_name`
/// (with its errors and its builtins fallback).
fn compile_name(name: &Name, span: Span) -> ExprCode {
    let name = name.clone();
    match name.resolved {
        Resolved::Local(slot) => {
            let slot = slot as usize;
            Box::new(move |interp, frame| match bound_local(frame, slot) {
                Some(v) => Ok(quick_clone(v)),
                None => interp.load_name(frame, &name).map_err(|e| e.at(span)),
            })
        }
        Resolved::Global(slot) => Box::new(move |interp, frame| {
            if let Some(v) = global_or_builtin(&frame.globals, slot) {
                return Ok(v);
            }
            // A name not bound yet, or a builtin the module's table does not mirror.
            interp
                .load_global_name(frame, slot, name.id)
                .map_err(|e| e.at(span))
        }),
        Resolved::Cell(slot) => {
            let slot = slot as usize;
            Box::new(move |interp, frame| {
                if let Some(Value::Cell(cell)) = frame.slots.get(slot) {
                    if let Ok(v) = cell.try_borrow() {
                        if !matches!(*v, Value::Unbound) {
                            return Ok(quick_clone(&v));
                        }
                    }
                }
                interp.load_name(frame, &name).map_err(|e| e.at(span))
            })
        }
        _ => Box::new(move |interp, frame| interp.load_name(frame, &name).map_err(|e| e.at(span))),
    }
}

/// `left op right`, with ints added (and so on) in place: a local's int read in its slot,
/// an int literal fixed in the closure.
fn compile_binop(left: &Expr, op: BinOp, right: &Expr, span: Span) -> ExprCode {
    // Takes its operands: ints are let go without the drop glue (they own nothing).
    let general = move |interp: &Interp, a: Value, b: Value| -> PResult {
        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
            if let Some(r) = ops::int_fast(op, *x, *y) {
                std::mem::forget((a, b));
                return Ok(Value::Int(r));
            }
        }
        let result = interp.binary_op(op, &a, &b).map_err(|e| e.at(span));
        drop_quick(a);
        drop_quick(b);
        result
    };
    // Locals and literals only: reading them has no effect, so their ints are combined in
    // place, before anything is evaluated. One closure per pair of leaf kinds, so each
    // reads its operands with no dispatch.
    match (Leaf::of(left), Leaf::of(right)) {
        (Some(Leaf::Local(l)), Some(Leaf::Int(r))) => leaf_binop(l, r, op, general),
        (Some(Leaf::Local(l)), Some(Leaf::Local(r))) => leaf_binop(l, r, op, general),
        (Some(Leaf::Int(l)), Some(Leaf::Local(r))) => leaf_binop(l, r, op, general),
        (None, Some(Leaf::Int(r))) => expr_leaf_binop(compile_expr(left), r, op, general),
        (None, Some(Leaf::Local(r))) => expr_leaf_binop(compile_expr(left), r, op, general),
        (Some(Leaf::Local(l)), None) => leaf_expr_binop(l, compile_expr(right), op, general),
        (Some(Leaf::Int(l)), None) => leaf_expr_binop(l, compile_expr(right), op, general),
        _ => {
            let (left, right) = (compile_expr(left), compile_expr(right));
            Box::new(move |interp, frame| {
                let a = left(interp, frame)?;
                let b = right(interp, frame)?;
                general(interp, a, b)
            })
        }
    }
}

fn leaf_binop<L: LeafRead, R: LeafRead>(
    left: L,
    right: R,
    op: BinOp,
    general: impl Fn(&Interp, Value, Value) -> PResult + 'static,
) -> ExprCode {
    Box::new(move |interp, frame| {
        if let (Some(x), Some(y)) = (left.int(frame), right.int(frame)) {
            if let Some(r) = ops::int_fast(op, x, y) {
                return Ok(Value::Int(r));
            }
        }
        let a = left.eval(interp, frame)?;
        let b = right.eval(interp, frame)?;
        general(interp, a, b)
    })
}

/// `left op right` where only the right operand is a leaf (`(a + b) % 7`, `f(x) + n`):
/// the left is evaluated first, then an int on both sides is combined in place.
fn expr_leaf_binop<R: LeafRead>(
    left: ExprCode,
    right: R,
    op: BinOp,
    general: impl Fn(&Interp, Value, Value) -> PResult + 'static,
) -> ExprCode {
    Box::new(move |interp, frame| {
        let a = left(interp, frame)?;
        if let (Value::Int(x), Some(y)) = (&a, right.int(frame)) {
            if let Some(r) = ops::int_fast(op, *x, y) {
                // An int owns nothing: no drop glue to call.
                std::mem::forget(a);
                return Ok(Value::Int(r));
            }
        }
        let b = right.eval(interp, frame)?;
        general(interp, a, b)
    })
}

/// `left op right` where only the left operand is a leaf (`total + i * i`, `n * f(n - 1)`):
/// the left's int is read first (an int cannot change, so holding it is evaluating it),
/// then the right is evaluated, and two ints are combined in place.
fn leaf_expr_binop<L: LeafRead>(
    left: L,
    right: ExprCode,
    op: BinOp,
    general: impl Fn(&Interp, Value, Value) -> PResult + 'static,
) -> ExprCode {
    Box::new(move |interp, frame| {
        let Some(x) = left.int(frame) else {
            let a = left.eval(interp, frame)?;
            let b = right(interp, frame)?;
            return general(interp, a, b);
        };
        let b = right(interp, frame)?;
        if let Value::Int(y) = b {
            if let Some(r) = ops::int_fast(op, x, y) {
                std::mem::forget(b);
                return Ok(Value::Int(r));
            }
        }
        general(interp, Value::Int(x), b)
    })
}

/// An operand that is a local or an int literal: its int can be read in place.
enum Leaf {
    Local(LocalLeaf),
    Int(i64),
}

impl Leaf {
    fn of(expr: &Expr) -> Option<Leaf> {
        match (&expr.node, local_slot(expr)) {
            (_, Some(slot)) => Some(Leaf::Local(LocalLeaf(slot, compile_expr(expr)))),
            (ExprKind::Int(i), _) => Some(Leaf::Int(*i)),
            _ => None,
        }
    }
}

/// A local's slot, and its compiled read (for an unbound local's error).
struct LocalLeaf(usize, ExprCode);

trait LeafRead: 'static {
    /// The operand's int, if it holds one.
    fn int(&self, frame: &Frame) -> Option<i64>;
    fn eval(&self, interp: &Interp, frame: &mut Frame) -> PResult;
}

impl LeafRead for LocalLeaf {
    #[inline(always)]
    fn int(&self, frame: &Frame) -> Option<i64> {
        match frame.slots.get(self.0) {
            Some(Value::Int(x)) => Some(*x),
            _ => None,
        }
    }
    #[inline(always)]
    fn eval(&self, interp: &Interp, frame: &mut Frame) -> PResult {
        (self.1)(interp, frame)
    }
}

impl LeafRead for i64 {
    #[inline(always)]
    fn int(&self, _: &Frame) -> Option<i64> {
        Some(*self)
    }
    #[inline(always)]
    fn eval(&self, _: &Interp, _: &mut Frame) -> PResult {
        Ok(Value::Int(*self))
    }
}

fn leaf_cond<L: LeafRead, R: LeafRead>(left: L, right: R, op: CmpOp, span: Span) -> CondCode {
    Box::new(move |interp, frame| {
        if let (Some(x), Some(y)) = (left.int(frame), right.int(frame)) {
            if let Some(r) = ops::int_compare_fast(op, x, y) {
                return Ok(r);
            }
        }
        let a = left.eval(interp, frame)?;
        let b = right.eval(interp, frame)?;
        compare_truth(interp, op, a, b, span)
    })
}

/// A test comparing an expression with a leaf (`j % 3 == 0`, `len(xs) > n`): the left is
/// evaluated, then two ints are compared in place.
fn expr_leaf_cond<R: LeafRead>(left: ExprCode, right: R, op: CmpOp, span: Span) -> CondCode {
    Box::new(move |interp, frame| {
        let a = left(interp, frame)?;
        if let (Value::Int(x), Some(y)) = (&a, right.int(frame)) {
            if let Some(r) = ops::int_compare_fast(op, *x, y) {
                std::mem::forget(a);
                return Ok(r);
            }
        }
        let b = right.eval(interp, frame)?;
        compare_truth(interp, op, a, b, span)
    })
}

/// A test comparing a leaf with an expression (`i < len(xs)`): the left's int is read
/// first (holding an int is evaluating it), then the right is evaluated.
fn leaf_expr_cond<L: LeafRead>(left: L, right: ExprCode, op: CmpOp, span: Span) -> CondCode {
    Box::new(move |interp, frame| {
        let Some(x) = left.int(frame) else {
            let a = left.eval(interp, frame)?;
            let b = right(interp, frame)?;
            return compare_truth(interp, op, a, b, span);
        };
        let b = right(interp, frame)?;
        if let Value::Int(y) = b {
            if let Some(r) = ops::int_compare_fast(op, x, y) {
                std::mem::forget(b);
                return Ok(r);
            }
        }
        compare_truth(interp, op, Value::Int(x), b, span)
    })
}

/// An `if` or `while` test: a comparison of ints gives its `bool` without making a value.
pub(super) fn compile_cond(expr: &Expr) -> CondCode {
    if let ExprKind::Compare { left, rest } = &expr.node {
        if let [(op, right)] = rest.as_slice() {
            let (op, span) = (*op, expr.span);
            return match (Leaf::of(left), Leaf::of(right)) {
                (Some(Leaf::Local(l)), Some(Leaf::Int(r))) => leaf_cond(l, r, op, span),
                (Some(Leaf::Local(l)), Some(Leaf::Local(r))) => leaf_cond(l, r, op, span),
                (Some(Leaf::Int(l)), Some(Leaf::Local(r))) => leaf_cond(l, r, op, span),
                (None, Some(Leaf::Int(r))) => expr_leaf_cond(compile_expr(left), r, op, span),
                (None, Some(Leaf::Local(r))) => expr_leaf_cond(compile_expr(left), r, op, span),
                (Some(Leaf::Local(l)), None) => leaf_expr_cond(l, compile_expr(right), op, span),
                (Some(Leaf::Int(l)), None) => leaf_expr_cond(l, compile_expr(right), op, span),
                _ => {
                    let (left, right) = (compile_expr(left), compile_expr(right));
                    Box::new(move |interp, frame| {
                        let a = left(interp, frame)?;
                        let b = right(interp, frame)?;
                        compare_truth(interp, op, a, b, span)
                    })
                }
            };
        }
    }
    let code = compile_expr(expr);
    Box::new(move |interp, frame| {
        let v = code(interp, frame)?;
        let truth = interp.truthy(&v);
        drop_quick(v);
        truth
    })
}

/// The values of a call's positional arguments, in a vector with room for `capacity`.
#[inline(always)]
pub(super) fn eval_all(
    interp: &Interp,
    frame: &mut Frame,
    args: &[ExprCode],
    capacity: usize,
) -> PResult<Vec<Value>> {
    let mut values = Vec::with_capacity(capacity.max(args.len()));
    for arg in args {
        values.push(arg(interp, frame)?);
    }
    Ok(values)
}

/// `a op b` for one comparison, its operands taken (ints let go without the drop glue).
#[inline(always)]
fn compare_values(interp: &Interp, op: CmpOp, a: Value, b: Value, span: Span) -> PResult {
    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
        if let Some(r) = ops::int_compare_fast(op, *x, *y) {
            std::mem::forget((a, b));
            return Ok(Value::Bool(r));
        }
    }
    let result = interp.compare(op, &a, &b).map_err(|e| e.at(span));
    drop_quick(a);
    drop_quick(b);
    result
}

/// Whether `a op b` holds: ints answer without making a value.
#[inline(always)]
fn compare_truth(interp: &Interp, op: CmpOp, a: Value, b: Value, span: Span) -> PResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
        if let Some(r) = ops::int_compare_fast(op, *x, *y) {
            std::mem::forget((a, b));
            return Ok(r);
        }
    }
    let r = compare_values(interp, op, a, b, span)?;
    interp.truthy(&r)
}
