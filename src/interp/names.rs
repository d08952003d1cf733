//! Names: reading, binding and deleting a name in whichever place the resolver put it (a
//! local slot, a cell, a global slot, a class body), with CPython's errors when it is unbound.

use super::{Frame, Interp};
use crate::exception::*;
use crate::interp::expressions::quick_clone;
use crate::symbol::Sym;
use crate::syntax::ast::*;
use crate::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    pub fn load_name(&self, frame: &Frame, name: &Name) -> PResult {
        match name.resolved {
            Resolved::Local(slot) => match &frame.slots[slot as usize] {
                Value::Unbound => Err(unbound_local(format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.id
                ))),
                v => Ok(v.clone()),
            },
            Resolved::Cell(slot) => match &frame.slots[slot as usize] {
                Value::Cell(cell) => match &*cell.borrow() {
                    Value::Unbound => Err(unbound_cell_error(name.id, frame, slot)),
                    v => Ok(v.clone()),
                },
                _ => Err(unbound_cell_error(name.id, frame, slot)),
            },
            Resolved::Global(slot) => self.load_global_name(frame, slot, name.id),
            Resolved::ClassBody => {
                if let Some(body) = &frame.class_body {
                    if let Some(v) = body.ns.borrow().get(&name.id) {
                        return Ok(v.clone());
                    }
                }
                if let Some(v) = frame.globals.get(name.id) {
                    return Ok(v);
                }
                match self.builtins.borrow().get(&name.id) {
                    Some(v) => Ok(v.clone()),
                    None => Err(undefined_name(frame, name.id)),
                }
            }
            Resolved::Unresolved => Err(undefined_name(frame, name.id)),
        }
    }

    /// A global name of `frame` (or a builtin), with the `NameError` of an unbound one.
    #[inline(never)]
    pub(crate) fn load_global_name(&self, frame: &Frame, slot: u32, name: Sym) -> PResult {
        self.load_global(&frame.globals, slot, name)
            .map_err(|_| undefined_name(frame, name))
    }

    pub(super) fn load_global(&self, globals: &Globals, slot: u32, name: Sym) -> PResult {
        if let Some(v) = global_or_builtin(globals, slot) {
            return Ok(v);
        }
        match self.builtins.borrow().get(&name) {
            Some(v) => Ok(v.clone()),
            None => Err(name_error(format!("name '{name}' is not defined"))),
        }
    }

    pub fn store_name(&self, frame: &mut Frame, name: &Name, value: Value) {
        match name.resolved {
            Resolved::Local(slot) => store_slot(&mut frame.slots[slot as usize], value),
            Resolved::Cell(slot) => match &frame.slots[slot as usize] {
                Value::Cell(cell) => *cell.borrow_mut() = value,
                _ => frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(value))),
            },
            Resolved::Global(slot) => {
                let mut slots = frame.globals.slots.borrow_mut();
                if slots.len() <= slot as usize {
                    slots.resize(slot as usize + 1, Value::Unbound);
                }
                slots[slot as usize] = value;
            }
            Resolved::ClassBody | Resolved::Unresolved => {
                if let Some(body) = &frame.class_body {
                    body.ns.borrow_mut().insert(name.id, value);
                } else {
                    frame.globals.set(name.id, value);
                }
            }
        }
    }

    pub(super) fn delete_name(&self, frame: &mut Frame, name: &Name) -> PResult<()> {
        let missing = || name_error(format!("name '{}' is not defined", name.id));
        match name.resolved {
            Resolved::Local(slot) => {
                if matches!(frame.slots[slot as usize], Value::Unbound) {
                    return Err(unbound_local(format!(
                        "cannot access local variable '{}' where it is not associated with a value",
                        name.id
                    )));
                }
                frame.slots[slot as usize] = Value::Unbound;
            }
            Resolved::Cell(slot) => {
                let Value::Cell(cell) = &frame.slots[slot as usize] else {
                    return Err(unbound_cell_error(name.id, frame, slot));
                };
                if matches!(*cell.borrow(), Value::Unbound) {
                    return Err(unbound_cell_error(name.id, frame, slot));
                }
                *cell.borrow_mut() = Value::Unbound;
            }
            Resolved::Global(slot) => {
                let mut slots = frame.globals.slots.borrow_mut();
                match slots.get_mut(slot as usize) {
                    Some(v) if !matches!(v, Value::Unbound) => *v = Value::Unbound,
                    _ => return Err(missing()),
                }
            }
            Resolved::ClassBody | Resolved::Unresolved => {
                if let Some(body) = &frame.class_body {
                    if body.ns.borrow_mut().shift_remove(&name.id).is_none() {
                        return Err(missing());
                    }
                }
            }
        }
        Ok(())
    }
}

/// `NameError: name 'x' is not defined`, carrying CPython's `NameError.name` and what the
/// traceback printer needs for a "Did you mean" suggestion.
pub(super) fn undefined_name(frame: &Frame, name: Sym) -> Box<PyErr> {
    let err = name_error(format!("name '{name}' is not defined"));
    if let Some(data) = exc_data(&err.exc) {
        let mut data = data.borrow_mut();
        data.name = Some(Value::str(name.to_string()));
        data.name_scope = Some(NameScope {
            code: frame.function.as_ref().map(|f| f.def.clone()),
            globals: Rc::downgrade(&frame.globals),
        });
    }
    err
}

/// Reading or deleting an empty cell: a function's own captured variable is an unbound
/// local, one of an enclosing scope a free variable (as CPython tells `co_cellvars` from
/// `co_freevars`).
pub(super) fn unbound_cell_error(name: Sym, frame: &Frame, slot: u32) -> Box<PyErr> {
    let own = frame
        .function
        .as_ref()
        .is_some_and(|f| !f.def.scope.free_vars.iter().any(|&(_, here)| here == slot));
    if own {
        unbound_local(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

/// The value of the global in `slot`, else the builtin the slot mirrors: a global read
/// that needs no error.
#[inline(always)]
pub(crate) fn global_or_builtin(globals: &Globals, slot: u32) -> Option<Value> {
    if let Some(v) = globals.slots.borrow().get(slot as usize) {
        if !matches!(v, Value::Unbound) {
            return Some(quick_clone(v));
        }
    }
    mirrored_builtin(globals, slot)
}

/// The builtin a global slot mirrors, when the module has not bound the name itself.
#[inline(always)]
fn mirrored_builtin(globals: &Globals, slot: u32) -> Option<Value> {
    match globals.fallback.borrow().get(slot as usize) {
        Some(Value::Unbound) | None => None,
        Some(v) => Some(quick_clone(v)),
    }
}
