//! Argument binding: a call's positional and keyword arguments put into a function's
//! parameter slots, with CPython's errors for what does not fit.

use crate::exception::*;
use crate::interp::{Frame, Interp, Slots};
use crate::symbol::Sym;
use crate::syntax::ast::*;
use crate::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// The values of `args`, all positional, for a call of `f`: in a vector with room for
    /// all of `f`'s slots, which becomes its frame's.
    #[inline(always)]
    pub(crate) fn positional_args(
        &self,
        frame: &mut Frame,
        f: &Function,
        args: &[Arg],
    ) -> PResult<Vec<Value>> {
        let mut positional = Vec::with_capacity(f.def.scope.slot_count as usize);
        for arg in args {
            if let Arg::Positional(e) = arg {
                positional.push(self.eval_arg(frame, e)?);
            }
        }
        Ok(positional)
    }

    /// Builds the frame of a call: parameters in their slots, cells, closure.
    #[inline]
    pub fn bind_arguments(
        &self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult<Frame> {
        if kwargs.is_empty() && args.len() as u32 == f.plain_arity {
            // Parameters by position only, and no cells of its own to make: here, in the
            // caller.
            let slots = Slots::owned(args, f.def.scope.slot_count as usize);
            return Ok(Frame::of_call(f.clone(), slots));
        }
        self.bind_arguments_in_general(f, args, kwargs)
    }

    /// `bind_arguments` for any parameters: defaults, `*args`, keywords, cells.
    #[inline(never)]
    pub(super) fn bind_arguments_in_general(
        &self,
        f: &Rc<Function>,
        mut args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult<Frame> {
        let def = &f.def;
        let params = &def.params;
        let positional_count = params.posonly.len() + params.args.len();
        let simple = kwargs.is_empty()
            && args.len() == positional_count
            && params.vararg.is_none()
            && params.kwonly.is_empty()
            && params.kwarg.is_none();
        if !simple {
            args = self.bind_general(f, args, kwargs)?;
        }
        let slots = Slots::owned(args, def.scope.slot_count as usize);
        let mut frame = Frame::of_call(f.clone(), slots);
        let scope = &def.scope;
        for &slot in &scope.cell_params {
            let v = std::mem::replace(&mut frame.slots[slot as usize], Value::Unbound);
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(v)));
        }
        for &slot in &scope.cell_locals {
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(Value::Unbound)));
        }
        Ok(frame)
    }

    /// Argument binding with defaults, `*args`, keywords and `**kwargs`: returns the
    /// parameter values in slot order.
    #[inline(never)]
    pub(super) fn bind_general(
        &self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult<Vec<Value>> {
        let params = &f.def.params;
        let name = &f.qualname;
        let positional: Vec<&Param> = params.posonly.iter().chain(&params.args).collect();
        let n_pos = positional.len();
        let mut values: Vec<Value> = vec![Value::Unbound; n_pos];
        let given = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < n_pos {
                values[i] = a;
            } else {
                extra.push(a);
            }
        }
        if !extra.is_empty() && params.vararg.is_none() {
            let n_defaults = f.defaults.len();
            let takes = if n_defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    n_pos - n_defaults,
                    n_pos
                )
            } else {
                format!(
                    "{} positional argument{}",
                    n_pos,
                    if n_pos == 1 { "" } else { "s" }
                )
            };
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| params.kwonly.iter().any(|p| p.name == *k))
                .count();
            let given_text = if kw_given > 0 {
                format!(
                    "{given} positional argument{} (and {kw_given} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{given}")
            };
            let verb = if given == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(type_error(format!(
                "{name}() takes {takes} but {given_text} {verb} given"
            )));
        }
        let mut kwonly: Vec<Value> = vec![Value::Unbound; params.kwonly.len()];
        let mut extra_kw = Dict::default();
        for (k, v) in kwargs {
            if let Some(i) = params.args.iter().position(|p| p.name == *k) {
                let i = i + params.posonly.len();
                if !matches!(values[i], Value::Unbound) {
                    return Err(type_error(format!(
                        "{name}() got multiple values for argument '{k}'"
                    )));
                }
                values[i] = v.clone();
            } else if let Some(i) = params.kwonly.iter().position(|p| p.name == *k) {
                kwonly[i] = v.clone();
            } else if params.kwarg.is_some() {
                extra_kw.insert(self.key(Value::str(k.to_string()))?, v.clone());
            } else if params.posonly.iter().any(|p| p.name == *k) {
                return Err(type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{k}'"
                )));
            } else {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        let first_default = n_pos - f.defaults.len();
        let mut missing = Vec::new();
        for i in 0..n_pos {
            if matches!(values[i], Value::Unbound) {
                if i >= first_default {
                    values[i] = f.defaults[i - first_default].clone();
                } else {
                    missing.push(positional[i].name);
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(name, "positional", &missing));
        }
        let mut missing_kw = Vec::new();
        for (i, p) in params.kwonly.iter().enumerate() {
            if matches!(kwonly[i], Value::Unbound) {
                match f.kw_defaults.get(i).cloned().flatten() {
                    Some(d) => kwonly[i] = d,
                    None => missing_kw.push(p.name),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(missing_arguments(name, "keyword-only", &missing_kw));
        }
        if params.vararg.is_some() {
            values.push(Value::tuple(extra));
        }
        values.extend(kwonly);
        if params.kwarg.is_some() {
            values.push(Value::Dict(Rc::new(RefCell::new(extra_kw))));
        }
        Ok(values)
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
pub(super) fn name_list(names: &[impl std::fmt::Display]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// CPython's `f() missing 2 required positional arguments: 'a' and 'b'`; `kind` is
/// `positional` or `keyword-only`.
pub(crate) fn missing_arguments(
    qualname: &str,
    kind: &str,
    names: &[impl std::fmt::Display],
) -> Box<PyErr> {
    type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {}",
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        name_list(names)
    ))
}
