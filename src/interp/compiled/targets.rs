//! Assignment targets, compiled: a local stored in its slot, an attribute set through its
//! site's cache (`attributes.rs`), an item set with its parts evaluated by compiled code,
//! a tuple of targets filled straight from a tuple of the right length. Anything else (a
//! starred target, unpacking another iterable, a length that does not match) goes through
//! `Interp::assign`, where the unpacking rules and their errors live.

use super::attributes::SetSite;
use super::expressions::compile_expr;
use super::ExprCode;
use crate::exception::*;
use crate::interp::{Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;

pub(super) enum Target {
    Local(usize),
    Attribute(SetSite),
    Item(ExprCode, ExprCode, Span),
    /// `a, b` (or `[a, b]`) with no starred part; the whole target for the general rule.
    Tuple(Vec<Target>, Expr),
    /// A `Tuple` whose parts are all plain locals (`for k, v in d.items()`).
    Locals(Vec<usize>, Expr),
    Other(Expr),
}

pub(super) fn compile_target(target: &Expr) -> Target {
    match &target.node {
        ExprKind::Name(Name {
            resolved: Resolved::Local(slot),
            ..
        }) => Target::Local(*slot as usize),
        ExprKind::Attribute { value, attr } => {
            Target::Attribute(SetSite::new(value, *attr, target.span))
        }
        ExprKind::Subscript { value, index } => {
            Target::Item(compile_expr(value), compile_expr(index), target.span)
        }
        ExprKind::Tuple(parts) | ExprKind::List(parts)
            if !parts.iter().any(|p| matches!(p.node, ExprKind::Starred(_))) =>
        {
            let parts: Vec<Target> = parts.iter().map(compile_target).collect();
            let locals: Option<Vec<usize>> = parts
                .iter()
                .map(|part| match part {
                    Target::Local(slot) => Some(*slot),
                    _ => None,
                })
                .collect();
            match locals {
                Some(slots) => Target::Locals(slots, target.clone()),
                None => Target::Tuple(parts, target.clone()),
            }
        }
        _ => Target::Other(target.clone()),
    }
}

impl Target {
    /// Stores `value` in the target.
    pub(super) fn assign(&self, interp: &Interp, frame: &mut Frame, value: Value) -> PResult<()> {
        match self {
            Target::Local(slot) => {
                store_slot(&mut frame.slots[*slot], value);
                Ok(())
            }
            Target::Attribute(site) => site.set(interp, frame, value),
            Target::Item(obj, index, span) => {
                let obj = obj(interp, frame)?;
                let index = index(interp, frame)?;
                interp.set_item(&obj, index, value).map_err(|e| e.at(*span))
            }
            Target::Tuple(parts, whole) => match &value {
                Value::Tuple(items) if items.len() == parts.len() => {
                    for (part, item) in parts.iter().zip(items.iter()) {
                        part.assign(interp, frame, item.clone())?;
                    }
                    Ok(())
                }
                _ => interp.assign(frame, whole, value),
            },
            Target::Locals(slots, whole) => match value {
                Value::Tuple(items) if items.len() == slots.len() => {
                    store_items(frame, slots, items);
                    Ok(())
                }
                value => interp.assign(frame, whole, value),
            },
            Target::Other(target) => interp.assign(frame, target, value),
        }
    }

    /// Stores the two values of a pair in a target of two parts (`flow::is_pair_target`),
    /// as unpacking their tuple would.
    pub(super) fn assign_pair(
        &self,
        interp: &Interp,
        frame: &mut Frame,
        a: Value,
        b: Value,
    ) -> PResult<()> {
        match self {
            Target::Locals(slots, _) if slots.len() == 2 => {
                store_slot(&mut frame.slots[slots[0]], a);
                store_slot(&mut frame.slots[slots[1]], b);
                Ok(())
            }
            Target::Tuple(parts, _) if parts.len() == 2 => {
                parts[0].assign(interp, frame, a)?;
                parts[1].assign(interp, frame, b)
            }
            _ => self.assign(interp, frame, Value::tuple(vec![a, b])),
        }
    }
}

/// Stores the items of a tuple of the right length in the slots of a `Locals` target:
/// moved out when nothing else holds the tuple (a pair fresh from `dict.items()`).
#[inline]
fn store_items(frame: &mut Frame, slots: &[usize], items: Tuple) {
    match Tuple::try_unwrap(items) {
        Ok(items) => {
            for (&slot, item) in slots.iter().zip(items) {
                store_slot(&mut frame.slots[slot], item);
            }
        }
        Err(items) => {
            for (&slot, item) in slots.iter().zip(items.iter()) {
                store_slot(&mut frame.slots[slot], item.clone());
            }
        }
    }
}
