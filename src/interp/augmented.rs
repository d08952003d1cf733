//! Augmented assignment (`x op= y`): the rule every evaluation path follows — the target's
//! parts evaluated once, its current value read before the right-hand side, combined in
//! place, stored back — and the quick paths for an int or str local.

use std::rc::Rc;

use crate::exception::*;
use crate::interp::{Frame, Interp};
use crate::ops;
use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::*;
use crate::value::*;

/// The target of an augmented assignment, its parts evaluated (see `aug_assign_current`).
pub(crate) enum AugTarget<'a> {
    Name(&'a Name),
    Attribute(Value, Sym),
    Subscript(Value, Value),
}

impl Interp {
    /// `s = s + t` or `s += t` on the str local in `slot`, `rhs` being `t`'s value: the str
    /// grows in place when nothing else holds it. One rule for both plain paths.
    pub(crate) fn concatenate_in_place(
        &self,
        frame: &mut Frame,
        slot: usize,
        rhs: Value,
        span: Span,
        augmented: bool,
    ) -> PResult<()> {
        if let (Value::Str(tail), Value::Str(text)) = (&rhs, &mut frame.slots[slot]) {
            if let Some(text) = Rc::get_mut(text) {
                text.push_str(tail);
                return Ok(());
            }
        }
        let current = frame.slots[slot].clone();
        let result = if augmented {
            self.inplace_op(BinOp::Add, current, &rhs)
        } else {
            self.binary_op(BinOp::Add, &current, &rhs)
        };
        store_slot(&mut frame.slots[slot], result.map_err(|e| e.at(span))?);
        Ok(())
    }

    pub(super) fn exec_aug_assign(
        &self,
        frame: &mut Frame,
        target: &Expr,
        op: BinOp,
        value: &Expr,
    ) -> PResult<()> {
        let span = target.span;
        if let ExprKind::Name(Name {
            resolved: Resolved::Local(slot),
            ..
        }) = &target.node
        {
            let slot = *slot as usize;
            if let Value::Int(x) = frame.slots[slot] {
                let rhs = self.eval(frame, value)?;
                return self.aug_assign_int(frame, slot, x, op, rhs, target.span);
            }
            if op == BinOp::Add && !value.binds_names && matches!(frame.slots[slot], Value::Str(_))
            {
                let rhs = self.eval(frame, value)?;
                return self.concatenate_in_place(frame, slot, rhs, target.span, true);
            }
        }
        let target = match &target.node {
            ExprKind::Name(name) => AugTarget::Name(name),
            ExprKind::Attribute { value: obj, attr } => {
                AugTarget::Attribute(self.eval(frame, obj)?, *attr)
            }
            ExprKind::Subscript { value: obj, index } => {
                let obj = self.eval(frame, obj)?;
                AugTarget::Subscript(obj, self.eval(frame, index)?)
            }
            _ => {
                return Err(
                    syntax_error("illegal expression for augmented assignment").at(target.span)
                )
            }
        };
        let current = self.aug_assign_current(frame, &target, span)?;
        let rhs = self.eval(frame, value)?;
        self.aug_assign_finish(frame, target, op, current, &rhs, span)
    }

    /// `x op= rhs` on the local in `slot`, which held the int `x` before `rhs` was evaluated.
    #[inline]
    pub(crate) fn aug_assign_int(
        &self,
        frame: &mut Frame,
        slot: usize,
        x: i64,
        op: BinOp,
        rhs: Value,
        span: Span,
    ) -> PResult<()> {
        if let Value::Int(y) = rhs {
            if let Some(r) = ops::int_fast(op, x, y) {
                // An int owns nothing: no drop glue to call.
                std::mem::forget(rhs);
                store_slot(&mut frame.slots[slot], Value::Int(r));
                return Ok(());
            }
        }
        let result = self
            .inplace_op(op, Value::Int(x), &rhs)
            .map_err(|e| e.at(span))?;
        store_slot(&mut frame.slots[slot], result);
        Ok(())
    }

    /// The value an augmented assignment to `target` (its parts evaluated) starts from.
    /// With `aug_assign_finish`, the rule of every evaluation path: the current value is
    /// read before the right-hand side is evaluated.
    pub(crate) fn aug_assign_current(
        &self,
        frame: &Frame,
        target: &AugTarget<'_>,
        span: Span,
    ) -> PResult {
        match target {
            AugTarget::Name(name) => self.load_name(frame, name),
            AugTarget::Attribute(obj, attr) => self.get_attr(obj, *attr),
            AugTarget::Subscript(obj, idx) => self.get_item(obj, idx),
        }
        .map_err(|e| e.at(span))
    }

    /// Ends `target op= rhs`: `current` (from `aug_assign_current`) combined in place with
    /// `rhs`, and stored back.
    pub(crate) fn aug_assign_finish(
        &self,
        frame: &mut Frame,
        target: AugTarget<'_>,
        op: BinOp,
        current: Value,
        rhs: &Value,
        span: Span,
    ) -> PResult<()> {
        let result = self.aug_combine(op, current, rhs, span)?;
        match target {
            AugTarget::Name(name) => {
                self.store_name(frame, name, result);
                Ok(())
            }
            AugTarget::Attribute(obj, attr) => self.set_attr(&obj, attr, result),
            AugTarget::Subscript(obj, idx) => self.set_item(&obj, idx, result),
        }
        .map_err(|e| e.at(span))
    }

    /// `current op= rhs`'s new value: the in-place operation, ints combined at once.
    #[inline]
    pub(crate) fn aug_combine(
        &self,
        op: BinOp,
        current: Value,
        rhs: &Value,
        span: Span,
    ) -> PResult {
        if let (Value::Int(x), Value::Int(y)) = (&current, rhs) {
            if let Some(r) = ops::int_fast(op, *x, *y) {
                return Ok(Value::Int(r));
            }
        }
        self.inplace_op(op, current, rhs).map_err(|e| e.at(span))
    }
}
