//! Assignment targets: names, attributes, subscripts, unpacking (with a starred target), and
//! `del`.

use super::{Frame, Interp};
use crate::exception::*;
use crate::syntax::ast::*;
use crate::types::{type_name, types};
use crate::value::*;

impl Interp {
    pub fn assign(&self, frame: &mut Frame, target: &Expr, value: Value) -> PResult<()> {
        match &target.node {
            ExprKind::Name(name) => {
                self.store_name(frame, name, value);
                Ok(())
            }
            ExprKind::Attribute { value: obj, attr } => {
                let obj = self.eval(frame, obj)?;
                self.set_attr(&obj, *attr, value)
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Subscript { value: obj, index } => {
                let obj = self.eval(frame, obj)?;
                let idx = self.eval(frame, index)?;
                self.set_item(&obj, idx, value)
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Tuple(targets) | ExprKind::List(targets) => {
                let values = self
                    .unpack(&value, targets)
                    .map_err(|e| e.at(target.span))?;
                for (t, v) in targets.iter().zip(values) {
                    self.assign(frame, t, v)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.assign(frame, inner, value),
            _ => Err(syntax_error("cannot assign to expression").at(target.span)),
        }
    }

    /// Stores the two values of a pair in a target of two parts (`flow::is_pair_target`),
    /// as unpacking their tuple would.
    pub(crate) fn assign_pair(
        &self,
        frame: &mut Frame,
        target: &Expr,
        a: Value,
        b: Value,
    ) -> PResult<()> {
        match &target.node {
            ExprKind::Tuple(parts) | ExprKind::List(parts) if parts.len() == 2 => {
                self.assign(frame, &parts[0], a)?;
                self.assign(frame, &parts[1], b)
            }
            _ => self.assign(frame, target, Value::tuple(vec![a, b])),
        }
    }

    /// Splits `value` into one value per target, a starred target taking a list of the rest.
    pub fn unpack(&self, value: &Value, targets: &[Expr]) -> PResult<Vec<Value>> {
        let items = self.collect_iterable(value).map_err(|e| {
            if e.is_instance_of(&types().type_error) && !matches!(value, Value::Instance(_)) {
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(value)
                ))
            } else {
                e
            }
        })?;
        let star = targets
            .iter()
            .position(|t| matches!(t.node, ExprKind::Starred(_)));
        match star {
            None => {
                if items.len() > targets.len() {
                    return Err(value_error(format!(
                        "too many values to unpack (expected {})",
                        targets.len()
                    )));
                }
                if items.len() < targets.len() {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(star) => {
                let after = targets.len() - star - 1;
                if items.len() < targets.len() - 1 {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        targets.len() - 1,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(star);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    pub fn delete(&self, frame: &mut Frame, target: &Expr) -> PResult<()> {
        match &target.node {
            ExprKind::Name(name) => self.delete_name(frame, name).map_err(|e| e.at(target.span)),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(frame, value)?;
                self.del_attr(&obj, *attr).map_err(|e| e.at(target.span))
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(frame, value)?;
                let idx = self.eval(frame, index)?;
                self.del_item(&obj, &idx).map_err(|e| e.at(target.span))
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(frame, i)?;
                }
                Ok(())
            }
            _ => Err(syntax_error("cannot delete expression").at(target.span)),
        }
    }
}
