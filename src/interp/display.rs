//! How set and dict displays and comprehensions are built: the order in which their items
//! are hashed and added, which a `__hash__` or `__eq__` can see. Both evaluation paths
//! evaluate the items their own way and build through these rules.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::{PResult, PyErr};
use crate::interp::{Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::{Comprehension, ComprehensionKind, Expr};
use crate::value::*;

/// What a comprehension builds. Each item is added (hashed, for a set or a dict) as soon as
/// it is made, as CPython's `LIST_APPEND` / `SET_ADD` / `MAP_ADD` do.
pub(crate) enum Acc {
    List(Vec<Value>),
    Set(Set),
    Dict(Dict),
}

impl Acc {
    pub fn new(kind: ComprehensionKind) -> Acc {
        match kind {
            ComprehensionKind::List | ComprehensionKind::Generator => Acc::List(Vec::new()),
            ComprehensionKind::Set => Acc::Set(Set::default()),
            ComprehensionKind::Dict => Acc::Dict(Dict::default()),
        }
    }

    /// The finished value of a comprehension of `kind`.
    pub fn finish(self, kind: ComprehensionKind) -> Value {
        match self {
            Acc::List(items) if kind == ComprehensionKind::Generator => {
                let state = IterState::Values {
                    items,
                    index: 0,
                    kind: "generator",
                };
                Value::Iterator(Rc::new(RefCell::new(state)))
            }
            Acc::List(items) => Value::list(items),
            Acc::Set(set) => Value::Set(Rc::new(RefCell::new(set))),
            Acc::Dict(dict) => Value::Dict(Rc::new(RefCell::new(dict))),
        }
    }
}

/// A set display being built as CPython builds it: the items before a `*x` (or the end)
/// are all evaluated first, then hashed and added in order (`BUILD_SET`); a `*x` adds its
/// items one by one as it is iterated (`SET_UPDATE`).
pub(crate) struct SetDisplay {
    set: Set,
    pending: Vec<Value>,
    /// Every item is a constant: CPython builds the set at compile time (see
    /// `Set::from_display`).
    constant: bool,
}

impl SetDisplay {
    pub fn new(items: &[Expr]) -> SetDisplay {
        SetDisplay {
            set: Set::default(),
            pending: Vec::with_capacity(items.len()),
            constant: items.iter().all(Expr::is_folded_constant),
        }
    }

    /// Adds the value of an item that is not starred.
    pub fn push(&mut self, value: Value) {
        self.pending.push(value);
    }
}

/// A dict display being built as CPython builds it: the pairs before a `**x` (or the end)
/// are all evaluated first, then hashed and stored in order (`BUILD_MAP`); a `**x` is merged
/// where it stands (`DICT_UPDATE`).
pub(crate) struct DictDisplay {
    dict: Dict,
    pending: Vec<(Value, Value)>,
}

impl DictDisplay {
    pub fn new(len: usize) -> DictDisplay {
        DictDisplay {
            dict: Dict::default(),
            pending: Vec::with_capacity(len),
        }
    }

    /// Adds a `key: value` pair.
    pub fn push(&mut self, key: Value, value: Value) {
        self.pending.push((key, value));
    }
}

impl Interp {
    /// An error leaving the loop of a list, set or dict comprehension: CPython runs that
    /// loop in a function of its own, so the traceback has its frame (`<listcomp>`,
    /// `<setcomp>`, `<dictcomp>`, at the line that failed) under the comprehension's line.
    fn comprehension_error(
        &self,
        mut err: Box<PyErr>,
        frame: &Frame,
        comp: &Comprehension,
        span: Span,
    ) -> Box<PyErr> {
        let function = match comp.kind {
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
            ComprehensionKind::List => "<listcomp>",
        };
        let at = err.span.take().unwrap_or(span);
        err.push_trace(TraceEntry {
            source: frame.source().clone(),
            span: at,
            function: Rc::from(function),
        });
        err.at(span)
    }

    /// Ends a list, set or dict comprehension on either path: its own variables are
    /// cleared (they live in the enclosing frame's slots but not in its scope), and an
    /// error leaving it gets the comprehension's frame.
    pub(crate) fn comprehension_end(
        &self,
        result: PResult<()>,
        frame: &mut Frame,
        comp: &Comprehension,
        span: Span,
    ) -> PResult<()> {
        for &slot in &comp.own_slots {
            frame.slots[slot as usize] = Value::Unbound;
        }
        result.map_err(|err| self.comprehension_error(err, frame, comp, span))
    }

    /// Adds one item of a comprehension (`value` is the value of a dict comprehension's pair).
    pub(crate) fn comprehension_add(
        &self,
        acc: &mut Acc,
        item: Value,
        value: Value,
    ) -> PResult<()> {
        match acc {
            Acc::List(items) => items.push(item),
            Acc::Set(set) => {
                self.set_add_local(set, self.key(item)?)?;
            }
            Acc::Dict(dict) => self.dict_set_local(dict, self.key(item)?, value)?,
        }
        Ok(())
    }

    /// Hashes and adds the items evaluated since the last `*x`: called before a `*x` is
    /// evaluated, as CPython builds the set so far before it.
    pub(crate) fn set_display_flush(&self, display: &mut SetDisplay) -> PResult<()> {
        for value in std::mem::take(&mut display.pending) {
            self.set_add_local(&mut display.set, self.key(value)?)?;
        }
        Ok(())
    }

    /// `*iterable` in a set display, after `set_display_flush`.
    pub(crate) fn set_display_splat(
        &self,
        display: &mut SetDisplay,
        iterable: &Value,
        span: Span,
    ) -> PResult<()> {
        let it = self.iter(iterable).map_err(|e| e.at(span))?;
        while let Some(item) = self.next(&it)? {
            self.set_add_local(&mut display.set, self.key(item)?)?;
        }
        Ok(())
    }

    /// The finished set.
    pub(crate) fn set_display_finish(&self, mut display: SetDisplay) -> PResult {
        let set = if display.constant && display.set.is_empty() {
            let keys = std::mem::take(&mut display.pending)
                .into_iter()
                .map(|v| self.key(v))
                .collect::<PResult<Vec<_>>>()?;
            Set::from_display(keys, true)
        } else {
            self.set_display_flush(&mut display)?;
            display.set
        };
        Ok(Value::Set(Rc::new(RefCell::new(set))))
    }

    /// Hashes and stores the pairs evaluated since the last `**x`: called before a `**x` is
    /// evaluated, as CPython builds the dict so far before it.
    pub(crate) fn dict_display_flush(&self, display: &mut DictDisplay) -> PResult<()> {
        for (key, value) in std::mem::take(&mut display.pending) {
            self.dict_set_local(&mut display.dict, self.key(key)?, value)?;
        }
        Ok(())
    }

    /// `**mapping` in a dict display, after `dict_display_flush`.
    pub(crate) fn dict_display_splat(
        &self,
        display: &mut DictDisplay,
        mapping: &Value,
    ) -> PResult<()> {
        self.dict_update(&mut display.dict, mapping)
    }

    /// The finished dict.
    pub(crate) fn dict_display_finish(&self, mut display: DictDisplay) -> PResult {
        self.dict_display_flush(&mut display)?;
        Ok(Value::Dict(Rc::new(RefCell::new(display.dict))))
    }
}
