//! Attributes, compiled: each `obj.name` site keeps an inline cache keyed by the class and
//! the class epoch. While an instance's class (and every class) is unchanged since the site
//! learnt that the class defines nothing under `name` — no descriptor, no method, no
//! `__setattr__` — the instance's own attribute is read or written directly, at the
//! position it was last seen. Anything else goes the whole way (`get_attr`, `set_attr`),
//! which is where the rules live; the cache only remembers that they gave a plain answer.

use std::cell::Cell;
use std::rc::Rc;

use super::expressions::compile_expr;
use super::{ExprCode, StmtCode};
use crate::interp::attributes::inherits_from_object;
use crate::interp::Flow;
use crate::source::Span;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::value::*;

/// What one attribute site learnt: the class (by address, only compared) and the epoch at
/// which the class defined nothing under the name, and where the attribute sat last.
#[derive(Default)]
struct Site {
    class: Cell<usize>,
    epoch: Cell<u64>,
    hint: Cell<u32>,
}

impl Site {
    /// The instance, when its class is the one this site knows, unchanged since.
    #[inline(always)]
    fn known<'v>(&self, obj: &'v Value) -> Option<&'v Instance> {
        match obj {
            Value::Instance(inst)
                if Rc::as_ptr(&inst.class) as usize == self.class.get()
                    && self.epoch.get() == class_epoch() =>
            {
                Some(inst)
            }
            _ => None,
        }
    }

    fn learn(&self, class: &Rc<Class>) {
        self.class.set(Rc::as_ptr(class) as usize);
        self.epoch.set(class_epoch());
    }
}

/// `obj.name` read.
pub(super) fn compile_get(value: &Expr, name: Sym, span: Span) -> ExprCode {
    let (value, site) = (compile_expr(value), Site::default());
    Box::new(move |interp, frame| {
        let obj = value(interp, frame)?;
        if let Some(inst) = site.known(&obj) {
            if let Some(v) = inst.get_attr_at(name, &site.hint) {
                return Ok(v);
            }
        }
        let found = interp.get_attr(&obj, name).map_err(|e| e.at(span))?;
        if let Value::Instance(inst) = &obj {
            // Plain when the class chain has nothing by that name: the instance's own
            // attribute is then what `object.__getattribute__` gives.
            if inst.class.lookup(name).is_none() {
                site.learn(&inst.class);
            }
        }
        Ok(found)
    })
}

/// The statement `obj.name = value`, its value compiled as `value`.
pub(super) fn compile_set(target: &Expr, obj: &Expr, name: Sym, value: ExprCode) -> StmtCode {
    let (obj, site, span) = (compile_expr(obj), Site::default(), target.span);
    // `obj.__dict__ = d` replaces the whole namespace: never a plain write.
    let cacheable = name != sym::DICT;
    Box::new(move |interp, frame| {
        let v = value(interp, frame)?;
        let obj = obj(interp, frame)?;
        if let Some(inst) = site.known(&obj) {
            if inst.exc.is_none() {
                inst.set_attr_at(name, v, &site.hint);
                return Ok(Flow::Normal);
            }
        }
        if let (Value::Instance(inst), true) = (&obj, cacheable) {
            let plain = inst.exc.is_none()
                && inst.class.kind == ClassKind::Object
                && !Rc::ptr_eq(&inst.class, &crate::types::types().object)
                && inherits_from_object(&inst.class, sym::SETATTR)
                && inst.class.lookup(name).is_none();
            if plain {
                site.learn(&inst.class);
            }
        }
        interp.set_attr(&obj, name, v).map_err(|e| e.at(span))?;
        Ok(Flow::Normal)
    })
}
