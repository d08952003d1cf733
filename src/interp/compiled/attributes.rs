//! Attributes, compiled: each `obj.name` site keeps an inline cache keyed by the class and
//! the class epoch. While an instance's class (and every class) is unchanged since the site
//! learnt that the class defines nothing under `name` — no descriptor, no method, no
//! `__setattr__` — the instance's own attribute is read or written directly, at the
//! position it was last seen. Anything else goes the whole way (`get_attr`, `set_attr`),
//! which is where the rules live; the cache only remembers that they gave a plain answer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::expressions::{bound_local, compile_expr, local_slot};
use super::ExprCode;
use crate::exception::*;
use crate::interp::attributes::inherits_from_object;
use crate::interp::{Frame, Interp};
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
    let (value_code, site) = (compile_expr(value), GetSite::new(name, span));
    if let Some(slot) = local_slot(value) {
        // A local's object is read where it lies, not copied: nothing that runs while the
        // attribute is found (a getter, `__getattr__`) can reach this frame's slots.
        return Box::new(move |interp, frame| match bound_local(frame, slot) {
            Some(obj) => site.get(interp, obj),
            // Unbound: the read raises its error.
            None => site.get(interp, &value_code(interp, frame)?),
        });
    }
    let value = value_code;
    Box::new(move |interp, frame| {
        let obj = value(interp, frame)?;
        site.get(interp, &obj)
    })
}

/// A read of one attribute name at one site, with the site's cache.
pub(super) struct GetSite {
    name: Sym,
    span: Span,
    site: Site,
    /// When the known class has a `property` by this name whose getter is a Python
    /// function: the getter.
    getter: RefCell<Option<Value>>,
    /// `getter.is_some()`, kept apart so that a plain read checks one flag: reading it
    /// through the `RefCell` and cloning costs `objects` 1.7% more instructions.
    has_getter: Cell<bool>,
}

impl GetSite {
    pub(super) fn new(name: Sym, span: Span) -> GetSite {
        GetSite {
            name,
            span,
            site: Site::default(),
            getter: RefCell::new(None),
            has_getter: Cell::new(false),
        }
    }

    /// `obj.name`.
    #[inline(always)]
    pub(super) fn get(&self, interp: &Interp, obj: &Value) -> PResult {
        let (name, site) = (self.name, &self.site);
        if let Some(inst) = site.known(obj) {
            if !self.has_getter.get() {
                if let Some(v) = inst.get_attr_at(name, &site.hint) {
                    return Ok(v);
                }
            } else if let Some(getter) = self.known_getter() {
                // The property wins over an attribute of the instance by the same name.
                return interp
                    .call_getter(&getter, obj, name)
                    .map_err(|e| e.at(self.span));
            }
        }
        let found = interp.get_attr(obj, name).map_err(|e| e.at(self.span))?;
        if let Value::Instance(inst) = obj {
            self.learn(inst);
        }
        Ok(found)
    }

    fn known_getter(&self) -> Option<Value> {
        self.getter.borrow().clone()
    }

    /// Remembers the instance's class when reading `name` through it follows one of two
    /// plain rules: the class chain has nothing by that name (the instance's own attribute
    /// is what `object.__getattribute__` gives), or a `property` whose getter is a Python
    /// function, with no `__getattr__` to answer the getter's AttributeError (a property
    /// is a data descriptor: it wins over the instance's attributes).
    #[cold]
    fn learn(&self, inst: &Instance) {
        let getter = match inst.class.lookup(self.name) {
            None => None,
            Some(Value::Descriptor(d))
                if inst.exc.is_none() && inst.class.lookup(sym::GETATTR).is_none() =>
            {
                match &*d {
                    Descriptor::Property {
                        getter: getter @ Value::Function(_),
                        ..
                    } => Some(getter.clone()),
                    _ => return,
                }
            }
            Some(_) => return,
        };
        self.has_getter.set(getter.is_some());
        *self.getter.borrow_mut() = getter;
        self.site.learn(&inst.class);
    }
}

/// An `obj.name = value` target: `obj` compiled, with the site's cache.
pub(super) struct SetSite {
    obj: ExprCode,
    /// When `obj` is a local: its slot, where the object is used in place.
    obj_slot: Option<usize>,
    write: WriteSite,
}

impl SetSite {
    pub(super) fn new(obj: &Expr, name: Sym, span: Span) -> SetSite {
        SetSite {
            obj: compile_expr(obj),
            obj_slot: local_slot(obj),
            write: WriteSite::new(name, span),
        }
    }

    /// Evaluates `obj` and stores `v` as its attribute.
    #[inline(always)]
    pub(super) fn set(&self, interp: &Interp, frame: &mut Frame, v: Value) -> PResult<()> {
        if let Some(slot) = self.obj_slot {
            // Not copied, as in `compile_get`: a `__setattr__` cannot reach this frame.
            if let Some(obj) = bound_local(frame, slot) {
                return self.write.set(interp, obj, v);
            }
        }
        let obj = (self.obj)(interp, frame)?;
        self.write.set(interp, &obj, v)
    }
}

/// A write of one attribute name at one site, with the site's cache.
pub(super) struct WriteSite {
    name: Sym,
    span: Span,
    site: Site,
}

impl WriteSite {
    pub(super) fn new(name: Sym, span: Span) -> WriteSite {
        WriteSite {
            name,
            span,
            site: Site::default(),
        }
    }

    /// `obj.name = v`.
    #[inline(always)]
    pub(super) fn set(&self, interp: &Interp, obj: &Value, v: Value) -> PResult<()> {
        let (name, site) = (self.name, &self.site);
        if let Some(inst) = site.known(obj) {
            if inst.exc.is_none() {
                inst.set_attr_at(name, v, &site.hint);
                return Ok(());
            }
        }
        // `obj.__dict__ = d` replaces the whole namespace: never a plain write.
        if let (Value::Instance(inst), false) = (obj, name == sym::DICT) {
            let plain = inst.exc.is_none()
                && inst.class.kind == ClassKind::Object
                && !Rc::ptr_eq(&inst.class, &crate::types::types().object)
                && inherits_from_object(&inst.class, sym::SETATTR)
                && inst.class.lookup(name).is_none();
            if plain {
                site.learn(&inst.class);
            }
        }
        interp.set_attr(obj, name, v).map_err(|e| e.at(self.span))
    }
}
