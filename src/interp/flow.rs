//! Statements: control flow, exceptions, `with`, imports.

use std::rc::Rc;

use crate::exception::*;
use crate::interp;
use crate::interp::{class_header, def_header, Frame, Interp};
use crate::source::Span;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::types::{class_of, type_name, types};
use crate::value::*;

/// The blocks of a `try` statement as one plain path runs them (see `Interp::run_try`).
pub(crate) trait TryParts {
    fn body(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow>;
    fn orelse(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow>;
    fn has_finally(&self) -> bool;
    fn finalbody(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow>;
    /// The `except` clauses (their names and spans; their types and bodies run below).
    fn handlers(&self) -> &[ExceptHandler];
    /// The type of clause `i`, which has one.
    fn clause_type(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult;
    fn clause_body(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult<Flow>;
}

/// A `try` statement's blocks run by the walker.
struct WalkedTry<'a> {
    body: &'a [Stmt],
    handlers: &'a [ExceptHandler],
    orelse: &'a [Stmt],
    finalbody: &'a [Stmt],
}

impl TryParts for WalkedTry<'_> {
    fn body(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        interp.exec_block(frame, self.body)
    }
    fn orelse(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        interp.exec_block(frame, self.orelse)
    }
    fn has_finally(&self) -> bool {
        !self.finalbody.is_empty()
    }
    fn finalbody(&self, interp: &Interp, frame: &mut Frame) -> PResult<Flow> {
        interp.exec_block(frame, self.finalbody)
    }
    fn handlers(&self) -> &[ExceptHandler] {
        self.handlers
    }
    fn clause_type(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult {
        match &self.handlers[i].kind {
            Some(kind) => interp.eval(frame, kind),
            None => Ok(Value::None),
        }
    }
    fn clause_body(&self, interp: &Interp, frame: &mut Frame, i: usize) -> PResult<Flow> {
        interp.exec_block(frame, &self.handlers[i].body)
    }
}

/// How a statement finished.
pub enum Flow {
    Normal,
    Return(Value),
    Break,
    Continue,
}

impl Interp {
    pub fn exec_block(&self, frame: &mut Frame, body: &[Stmt]) -> PResult<Flow> {
        for stmt in body {
            self.at_statement(frame, stmt);
            match self.exec(frame, stmt) {
                Ok(Flow::Normal) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(e.at(stmt.span)),
            }
        }
        Ok(Flow::Normal)
    }

    /// Executes a statement that cannot suspend. Loops, assignments and the like are here;
    /// the rest is in `exec_cold`, so this recursive function keeps a small stack frame.
    pub fn exec(&self, frame: &mut Frame, stmt: &Stmt) -> PResult<Flow> {
        match &stmt.node {
            StmtKind::Expr(e) => {
                self.eval(frame, e)?;
            }
            StmtKind::Echo(e) => {
                let value = self.eval(frame, e)?;
                self.display_value(frame, value)?;
            }
            StmtKind::Assign { targets, value } => {
                if let [target] = targets.as_slice() {
                    if let ExprKind::Name(Name {
                        resolved: Resolved::Local(slot),
                        ..
                    }) = &target.node
                    {
                        let slot = *slot as usize;
                        // `s = s + t` on a str: checked only when the slot holds a str, so
                        // other assignments pay one comparison.
                        if matches!(frame.slots[slot], Value::Str(_)) {
                            if let Some(right) = self_concatenation(slot, value) {
                                let rhs = self.eval(frame, right)?;
                                self.concatenate_in_place(frame, slot, rhs, value.span, false)?;
                                return Ok(Flow::Normal);
                            }
                        }
                        let v = self.eval(frame, value)?;
                        store_slot(&mut frame.slots[slot], v);
                        return Ok(Flow::Normal);
                    }
                    let v = self.eval(frame, value)?;
                    self.assign(frame, target, v)?;
                } else {
                    let v = self.eval(frame, value)?;
                    for t in targets {
                        self.assign(frame, t, v.clone())?;
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.exec_aug_assign(frame, target, *op, value)?
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    let v = self.eval(frame, value)?;
                    self.assign(frame, target, v)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.eval(frame, test)?;
                return if self.truthy(&t)? {
                    self.exec_block(frame, body)
                } else {
                    self.exec_block(frame, orelse)
                };
            }
            StmtKind::While { test, body, orelse } => {
                return self.run_while(
                    frame,
                    |interp, frame| {
                        let t = interp.eval(frame, test)?;
                        interp.truthy(&t)
                    },
                    |interp, frame| interp.exec_block(frame, body),
                    |interp, frame| interp.exec_block(frame, orelse),
                )
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                let iterable = self.eval(frame, iter)?;
                let name = match &target.node {
                    ExprKind::Name(name) => Some(name),
                    _ => None,
                };
                return self.run_for(
                    frame,
                    (iterable, iter.span, name, is_pair_target(target)),
                    |interp, frame, item| match item {
                        ForItem::One(value) => interp.assign(frame, target, value),
                        ForItem::Pair(a, b) => interp.assign_pair(frame, target, a, b),
                    },
                    |interp, frame| interp.exec_block(frame, body),
                    |interp, frame| interp.exec_block(frame, orelse),
                );
            }
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval_quick(frame, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            _ => return self.exec_cold(frame, stmt),
        }
        Ok(Flow::Normal)
    }

    /// The less common statements (see `exec`).
    #[inline(never)]
    fn exec_cold(&self, frame: &mut Frame, stmt: &Stmt) -> PResult<Flow> {
        match &stmt.node {
            StmtKind::FunctionDef(def) => {
                let header = def_header(def)
                    .map(|e| self.eval(frame, e))
                    .collect::<PResult<_>>()?;
                let f = self.define_function(frame, def, header)?;
                self.store_name(frame, &def.binding(), f);
            }
            StmtKind::ClassDef(def) => {
                let header = class_header(def)
                    .map(|e| self.eval(frame, e))
                    .collect::<PResult<_>>()?;
                let c = self.define_class(frame, def, header)?;
                self.store_name(frame, &def.binding(), c);
            }
            StmtKind::Raise { exc, cause } => return Err(self.exec_raise(frame, exc, cause)?),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => return self.exec_try(frame, body, handlers, orelse, finalbody, *is_star),
            StmtKind::With { items, body, .. } => return self.exec_with(frame, items, body),
            StmtKind::Assert { test, msg } => {
                let t = self.eval(frame, test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(frame, m)?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(&types().assertion_error, args));
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(frame, t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let module = self.import(&alias.path).map_err(|e| e.at(alias.span))?;
                    match &alias.asname {
                        Some(asname) => {
                            let target = self.import_path_end(module, &alias.path)?;
                            self.store_name(frame, asname, target);
                        }
                        None => self.store_name(frame, &alias.bound, module),
                    }
                }
            }
            StmtKind::ImportFrom { module, names } => {
                let m = self.import(module).map_err(|e| e.at(stmt.span))?;
                let m = self.import_path_end(m, module)?;
                for alias in names {
                    if alias
                        .path
                        .first()
                        .map(|s| &*s.name() == "*")
                        .unwrap_or(false)
                    {
                        if let Value::Module(mo) = &m {
                            for (k, v) in mo.attrs.borrow().iter() {
                                if !k.name().starts_with('_') {
                                    frame.globals.set(*k, v.clone());
                                }
                            }
                        }
                        continue;
                    }
                    let Some(&name) = alias.path.first() else {
                        continue;
                    };
                    let value = self.get_attr(&m, name).map_err(|_| {
                        let module_name = module.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(".");
                        // pyco's modules are built in, so there is no file to name, as
                        // for CPython's built-in modules.
                        import_error_of(
                            &types().import_error,
                            format!("cannot import name '{name}' from '{module_name}' (unknown location)"),
                            &module_name,
                        )
                        .at(alias.span)
                    })?;
                    match &alias.asname {
                        Some(asname) => self.store_name(frame, asname, value),
                        None => self.store_name(frame, &alias.bound, value),
                    }
                }
            }
            _ => return self.exec(frame, stmt),
        }
        Ok(Flow::Normal)
    }

    fn import_path_end(&self, module: Value, path: &[Sym]) -> PResult {
        let mut v = module;
        for name in path.iter().skip(1) {
            v = self.get_attr(&v, *name)?;
        }
        Ok(v)
    }

    /// `s = s + t` or `s += t` on a local str: when nothing else refers to the str, `t` is
    /// appended to it in place, as CPython does, so a loop building a string grows it
    /// instead of copying it every time.
    /// A `while` loop on a plain path, its test and blocks run by the closures given:
    /// `else` runs when the test fails, not after a `break`. The rule of both plain paths.
    pub(crate) fn run_while(
        &self,
        frame: &mut Frame,
        mut test: impl FnMut(&Interp, &mut Frame) -> PResult<bool>,
        mut body: impl FnMut(&Interp, &mut Frame) -> PResult<Flow>,
        orelse: impl FnOnce(&Interp, &mut Frame) -> PResult<Flow>,
    ) -> PResult<Flow> {
        loop {
            check()?;
            if !test(self, frame)? {
                return orelse(self, frame);
            }
            match body(self, frame)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
    }

    /// A `for` loop on a plain path over `iterable` (evaluated at `iter_span`), into the
    /// target `assign` stores to, or into the plain name `name`. `for i in range(...)` into
    /// a name runs without an iterator object; a target of two parts (`pairs`, see
    /// `is_pair_target`) takes the pairs of `d.items()` and `enumerate(...)` as two values,
    /// without a tuple per step. The rule of both plain paths.
    pub(crate) fn run_for(
        &self,
        frame: &mut Frame,
        (iterable, iter_span, name, pairs): (Value, Span, Option<&Name>, bool),
        mut assign: impl FnMut(&Interp, &mut Frame, ForItem) -> PResult<()>,
        mut body: impl FnMut(&Interp, &mut Frame) -> PResult<Flow>,
        orelse: impl FnOnce(&Interp, &mut Frame) -> PResult<Flow>,
    ) -> PResult<Flow> {
        if let (Value::Range(r), Some(name)) = (&iterable, name) {
            if let Some(steps) = r.int_steps() {
                for i in steps {
                    check()?;
                    match name.resolved {
                        Resolved::Local(slot) => {
                            store_slot(&mut frame.slots[slot as usize], Value::Int(i))
                        }
                        _ => self.store_name(frame, name, Value::Int(i)),
                    }
                    match body(self, frame)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return orelse(self, frame);
            }
        }
        let it = self.iter(&iterable).map_err(|e| e.at(iter_span))?;
        if let (true, Value::Iterator(state)) = (pairs, &it) {
            while let Some(step) = crate::types::iterator::next_pair(self, state) {
                check()?;
                let Some((a, b)) = step.map_err(|e| e.at(iter_span))? else {
                    return orelse(self, frame);
                };
                assign(self, frame, ForItem::Pair(a, b))?;
                match body(self, frame)? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Normal | Flow::Continue => {}
                }
            }
        }
        while let Some(item) = self.next(&it).map_err(|e| e.at(iter_span))? {
            check()?;
            assign(self, frame, ForItem::One(item))?;
            match body(self, frame)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        orelse(self, frame)
    }

    /// Builds the exception a `raise` statement raises.
    pub fn exec_raise(
        &self,
        frame: &mut Frame,
        exc: &Option<Expr>,
        cause: &Option<Expr>,
    ) -> PResult<Box<PyErr>> {
        let Some(exc) = exc else {
            return Ok(match self.handling.borrow().last() {
                Some(current) => {
                    let mut err = PyErr::from_value(current.clone());
                    err.reraised = true;
                    err
                }
                None => runtime_error("No active exception to reraise"),
            });
        };
        let value = self.eval(frame, exc)?;
        let cause = match cause {
            Some(c) => Some(self.eval(frame, c)?),
            None => None,
        };
        self.make_raise(value, cause)
    }

    /// The exception raised by `raise value [from cause]`.
    pub fn make_raise(&self, value: Value, cause: Option<Value>) -> PResult<Box<PyErr>> {
        let exc = self.exception_instance(value)?;
        if let Some(handled) = self.handling.borrow().last() {
            chain_raised(&exc, handled);
        }
        if let Some(cause) = cause {
            let cause =
                match cause {
                    Value::None => None,
                    other => Some(self.exception_instance(other).map_err(|_| {
                        type_error("exception causes must derive from BaseException")
                    })?),
                };
            if let Some(data) = exc_data(&exc) {
                let mut data = data.borrow_mut();
                data.cause = cause;
                data.suppress_context = true;
            }
        }
        Ok(PyErr::from_value(exc))
    }

    /// An exception instance from a class or instance (`raise ValueError` / `raise e`).
    pub fn exception_instance(&self, value: Value) -> PResult {
        match &value {
            Value::Instance(i) if i.exc.is_some() => Ok(value),
            Value::Class(c) if c.kind == ClassKind::Exception => self.call(&value, &[], &[]),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    fn exec_try(
        &self,
        frame: &mut Frame,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        is_star: bool,
    ) -> PResult<Flow> {
        let parts = WalkedTry {
            body,
            handlers,
            orelse,
            finalbody,
        };
        self.run_try(frame, &parts, is_star)
    }

    /// A `try` statement on a plain path, its blocks run by `parts`: the body, then `else`
    /// or the clauses that catch its error, then `finally` whatever happened (its own
    /// break, return or raise wins). The rule of both plain paths.
    pub(crate) fn run_try(
        &self,
        frame: &mut Frame,
        parts: &impl TryParts,
        is_star: bool,
    ) -> PResult<Flow> {
        let result = match parts.body(self, frame) {
            Ok(Flow::Normal) => parts.orelse(self, frame),
            Ok(flow) => Ok(flow),
            Err(err) if parts.handlers().is_empty() => Err(err),
            Err(err) => self.handle_exception(frame, err, parts, is_star),
        };
        if !parts.has_finally() {
            return result;
        }
        if let Err(e) = &result {
            self.handling.borrow_mut().push(e.exc.clone());
        }
        let final_flow = parts.finalbody(self, frame);
        if let Err(old) = &result {
            self.handling.borrow_mut().pop();
            if let Err(new) = &final_flow {
                set_context(new, &old.exc);
            }
        }
        match final_flow {
            Ok(Flow::Normal) => result,
            other => other,
        }
    }

    /// Runs the clauses that catch the error (the rules are in `except.rs`).
    fn handle_exception(
        &self,
        frame: &mut Frame,
        err: Box<PyErr>,
        parts: &impl TryParts,
        is_star: bool,
    ) -> PResult<Flow> {
        let mut handling = self.begin_handling(frame, err, is_star);
        for (i, handler) in parts.handlers().iter().enumerate() {
            let kind = match &handler.kind {
                Some(_) => match parts.clause_type(self, frame, i) {
                    Ok(kind) => Some(kind),
                    Err(e) => return Err(self.clause_failed(handling, e, handler)),
                },
                None => None,
            };
            let caught = match self.select_clause(&mut handling, kind.as_ref()) {
                Ok(Some(caught)) => caught,
                Ok(None) => continue,
                Err(e) => return Err(self.clause_failed(handling, e, handler)),
            };
            self.enter_clause(frame, handler, &caught);
            let result = parts.clause_body(self, frame, i);
            if let Some(done) = self.leave_clause(frame, &mut handling, handler, &caught, result) {
                return done;
            }
        }
        self.end_handling(frame, handling)
    }

    fn exec_with(&self, frame: &mut Frame, items: &[WithItem], body: &[Stmt]) -> PResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(frame, body);
        };
        let manager = self.eval(frame, &item.context)?;
        let class = class_of(&manager);
        let (Some(enter), Some(exit)) = (class.lookup(sym::ENTER), class.lookup(sym::EXIT)) else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(&manager)
            ))
            .at(item.context.span));
        };
        let entered = self
            .call(&enter, std::slice::from_ref(&manager), &[])
            .map_err(|e| e.at(item.context.span))?;
        if let Some(target) = &item.target {
            self.assign(frame, target, entered)?;
        }
        let result = self.exec_with(frame, rest, body);
        match result {
            Ok(flow) => {
                self.call(
                    &exit,
                    &[manager, Value::None, Value::None, Value::None],
                    &[],
                )
                .map_err(|e| e.at(item.context.span))?;
                Ok(flow)
            }
            Err(mut err) => {
                record_pending(&mut err, frame);
                let exc = err.exc.clone();
                let exc_class = Value::Class(class_of(&exc));
                self.handling.borrow_mut().push(exc.clone());
                let suppress = self.call(&exit, &[manager, exc_class, exc, Value::None], &[]);
                self.handling.borrow_mut().pop();
                if self.truthy(&suppress?)? {
                    Ok(Flow::Normal)
                } else {
                    Err(reopen(err))
                }
            }
        }
    }
}

/// What a `for` loop stores in its target at a step: an item, or the two values of a pair
/// for a target of two parts, given without their tuple (see `run_for`).
pub(crate) enum ForItem {
    One(Value),
    Pair(Value, Value),
}

/// Whether `target` has exactly two parts, none starred (`for k, v in ...`): `run_for`
/// then gives it the pairs of dict-items and enumerate iterators as two values.
pub(crate) fn is_pair_target(target: &Expr) -> bool {
    match &target.node {
        ExprKind::Tuple(parts) | ExprKind::List(parts) => {
            parts.len() == 2 && !parts.iter().any(|p| matches!(p.node, ExprKind::Starred(_)))
        }
        _ => false,
    }
}

/// Records the frame's pending error location as a traceback entry (an exception caught
/// here keeps its full traceback); returns the span, so an unmatched error can `reopen`.
pub fn record_pending(err: &mut PyErr, frame: &Frame) -> Option<Span> {
    if interp::skip_reraise(err) {
        return None;
    }
    let span = err.span.take()?;
    err.push_trace(TraceEntry {
        source: frame.source().clone(),
        span,
        function: frame.name(),
    });
    Some(span)
}

/// Takes the innermost recorded entry back as the pending span, so the frame that records it
/// next does not record it twice.
pub fn reopen(mut err: Box<PyErr>) -> Box<PyErr> {
    if let Some(data) = exc_data(&err.exc) {
        let mut data = data.borrow_mut();
        if !data.traceback.is_empty() {
            let entry = data.traceback.remove(0);
            err.span = Some(entry.span);
        }
    }
    err
}

impl Interp {
    /// Chains an exception about to be caught to the one being handled, if any. CPython
    /// does it when the exception is raised; when it is caught, the handled exception is
    /// the same one, since handlers inside the `try` block chain what leaves them.
    pub(crate) fn chain_to_handled(&self, err: &PyErr) {
        if let Some(handled) = self.handling.borrow().last() {
            set_context(err, handled);
        }
    }
}

/// Chains `handled` as the implicit context of a new exception raised while handling it,
/// unless something chained it already.
pub fn set_context(err: &PyErr, handled: &Value) {
    link_context(&err.exc, handled, false);
}

/// `raise exc` while `handled` is being handled: CPython's `_PyErr_SetObject` sets the
/// context at the raise, over any context `exc` had.
pub fn chain_raised(exc: &Value, handled: &Value) {
    link_context(exc, handled, true);
}

/// Makes `handled` the context of `exc` (only if it has none unless `overwrite`). As in
/// CPython, a link of `handled`'s own context chain that leads back to `exc` is cut
/// first, so no cycle is made; a cycle already there is walked once (Floyd's algorithm).
fn link_context(exc: &Value, handled: &Value, overwrite: bool) {
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let context_of = |v: &Value| exc_data(v).and_then(|d| d.borrow().context.clone());
    let Some(data) = exc_data(exc) else { return };
    if same(exc, handled) || (!overwrite && data.borrow().context.is_some()) {
        return;
    }
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut toggle = false;
    while let Some(context) = context_of(&o) {
        if same(&context, exc) {
            if let Some(d) = exc_data(&o) {
                d.borrow_mut().context = None;
            }
            break;
        }
        o = context;
        if same(&o, &slow) {
            break;
        }
        if toggle {
            slow = context_of(&slow).unwrap_or(Value::None);
        }
        toggle = !toggle;
    }
    data.borrow_mut().context = Some(handled.clone());
}

/// The `<expr>` of `x = x + <expr>`, for `x` the local in `slot`, unless it holds a `:=`
/// (which may rebind `x` before the addition).
pub(crate) fn self_concatenation(slot: usize, value: &Expr) -> Option<&Expr> {
    match &value.node {
        ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } if !value.binds_names => match &left.node {
            ExprKind::Name(Name {
                resolved: Resolved::Local(left_slot),
                ..
            }) if *left_slot as usize == slot => Some(right),
            _ => None,
        },
        _ => None,
    }
}
