//! The tree-walking evaluator.
//!
//! One call of a Python function is a `Frame` value (its slots, its module, its source), not
//! Rust locals, so a coroutine's frame can live inside a suspended future. The interpreter's
//! shared state sits behind `&Interp` with interior mutability: no frame holds a `&mut` to it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::builtins;
use crate::coroutine;
use crate::event_loop;
use crate::exception::*;
use crate::interp::display::{Acc, DictDisplay, SetDisplay};
use crate::ops;
use crate::source::{Source, Span};
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::syntax::resolve;
use crate::types::{iterator, range, repr, type_name, types};
use crate::value::*;

pub mod call;
mod class;
pub mod convert;
pub mod display;
pub mod except;
pub mod flow;
pub mod genexpr;
pub mod keys;
pub mod native_args;
pub mod resume;
mod state;

pub use flow::Flow;

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// Where output goes; tests and the REPL inject their own.
pub type Output = Box<dyn Write>;

/// The interpreter: builtins, imported modules, output streams and run-time limits.
pub struct Interp {
    pub builtins: RefCell<HashMap<Sym, Value>>,
    pub modules: RefCell<HashMap<Sym, Value>>,
    pub stdout: RefCell<Output>,
    pub stderr: RefCell<Output>,
    /// Python call depth, for `RecursionError`: 1 at module level, since CPython counts
    /// the module's frame against the limit too.
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// `PYCO_FORCE_RESUMABLE=1`: see `run_body`.
    force_resumable: bool,
    /// Exceptions being handled by `except` blocks, innermost last (implicit chaining).
    pub handling: RefCell<Vec<Value>>,
    pub argv: RefCell<Vec<String>>,
    /// The async runtime: event loop, clock, tasks.
    pub runtime: event_loop::Runtime,
    /// Set when writing to stdout failed with a closed pipe: the program ends quietly.
    pub stdout_closed: Cell<bool>,
    /// This interpreter, for coroutine bodies that must own a handle to it.
    self_ref: RefCell<std::rc::Weak<Interp>>,
    /// The str object of each str constant of the program's source, by text: equal
    /// constants are one object (`"a" is "a"`), as CPython makes them within a code object,
    /// and evaluating a constant allocates nothing.
    str_constants: RefCell<HashMap<Rc<str>, Value, BuildMix>>,
    /// The statement running in the innermost Python frame, for reports that name the
    /// current line as CPython's frame line does (a coroutine never awaited, a running
    /// task's repr).
    pub position: Cell<Position>,
    /// The sources run, to turn a `Position` back into a file and line.
    sources: RefCell<Vec<Rc<Source>>>,
    /// The state library modules keep per interpreter (asyncio's Python half, random's
    /// generator), each found by its type: see [`Interp::state`].
    states: RefCell<Vec<(std::any::TypeId, Rc<dyn std::any::Any>)>>,
}

/// Moves the locals of `frame`, which `err` is leaving, into the error (see
/// `ExcData::frame_locals`).
pub fn keep_locals(err: &PyErr, frame: &mut Frame) {
    let Some(data) = exc_data(&err.exc) else {
        return;
    };
    // A local holding the error itself would make a cycle no one collects: it is left out.
    let same = |v: &Value| matches!((v, &err.exc), (Value::Instance(a), Value::Instance(b)) if Rc::ptr_eq(a, b));
    let is_err = |v: &Value| match v {
        Value::Cell(cell) => cell.try_borrow().is_ok_and(|v| same(&v)),
        v => same(v),
    };
    let slots = std::mem::take(&mut frame.slots);
    let kept = slots
        .into_iter()
        .filter(|v| !matches!(v, Value::Unbound | Value::None) && !is_err(v));
    data.borrow_mut().frame_locals.extend(kept);
}

/// Where the innermost Python frame is: the start of its current statement in a source
/// known by address (only compared, never followed: `Interp::position_source` finds it).
/// `Position::NONE` when no Python frame runs (the loop between callbacks).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Position {
    pub source: usize,
    pub offset: u32,
}

impl Position {
    pub const NONE: Position = Position {
        source: 0,
        offset: 0,
    };

    /// The start of `offset` in `source`.
    pub fn at(source: &Rc<Source>, offset: u32) -> Position {
        Position {
            source: Rc::as_ptr(source) as usize,
            offset,
        }
    }
}

thread_local! {
    /// The interpreter of this thread, for reports made from `Drop` (never-awaited
    /// coroutines, never-retrieved task exceptions).
    static CURRENT: RefCell<std::rc::Weak<Interp>> = const { RefCell::new(std::rc::Weak::new()) };
}

/// Runs `f` with this thread's interpreter, if it is still alive.
pub fn with_current<T>(f: impl FnOnce(&Interp) -> T) -> Option<T> {
    let interp = CURRENT.with(|c| c.borrow().upgrade())?;
    Some(f(&interp))
}

/// One level of recursion counted against `sys.getrecursionlimit()` for as long as it lives.
///
/// Python calls and the runtime's own recursive operations (comparing, hashing and repr-ing
/// nested containers) share the one counter, as in CPython: a self-referential or very deep
/// structure then ends in `RecursionError` at the same depth whatever mix of Python and
/// native recursion got it there, long before the native stack runs out (however large the
/// thread's stack was made).
pub struct DepthGuard<'a> {
    interp: &'a Interp,
}

impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.interp.depth.set(self.interp.depth.get() - 1);
    }
}

impl Interp {
    /// Counts one more level of recursion, or fails with CPython's `RecursionError` whose
    /// message ends in `context` (`" in comparison"`, `" while getting the repr of an object"`,
    /// or `""` for a Python call).
    #[inline]
    pub fn enter_recursion(&self, context: &'static str) -> PResult<DepthGuard<'_>> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(recursion_error(format!(
                "maximum recursion depth exceeded{context}"
            )));
        }
        self.depth.set(depth);
        Ok(DepthGuard { interp: self })
    }
}

/// The evaluation state of one Python call (or module, or class body).
#[derive(Clone)]
pub struct Frame {
    pub slots: Vec<Value>,
    pub globals: Rc<Globals>,
    /// The source of a module or class body. A function's frame has none of its own: its
    /// function's is the same, and a call then changes one count less (`Frame::source`).
    pub body_source: Option<Rc<Source>>,
    /// In a class body: the class's name and the namespace being filled.
    pub class_body: Option<Rc<ClassBody>>,
    /// The function running in this frame (None for module and class bodies).
    pub function: Option<Rc<Function>>,
}

/// A bare `raise` (and the re-raise that ends an `except*`) adds no traceback entry for the
/// frame it runs in, as CPython's `RERAISE` adds none: the entry the exception got when it
/// first passed through is the one shown. True (and the mark cleared, so the frames the
/// error goes on to leave record themselves) when `err` is such a re-raise.
pub(crate) fn skip_reraise(err: &mut PyErr) -> bool {
    if !err.reraised {
        return false;
    }
    err.reraised = false;
    err.span = None;
    true
}

/// What a class body's frame knows of the class being made.
pub struct ClassBody {
    /// The name its traceback entries carry, as CPython's `co_name` of a class body.
    pub name: Sym,
    pub ns: RefCell<IndexMap<Sym, Value, BuildMix>>,
}

impl Frame {
    pub fn module(globals: Rc<Globals>, source: Rc<Source>, slot_count: u32) -> Frame {
        Frame {
            slots: vec![Value::Unbound; slot_count as usize],
            globals,
            body_source: Some(source),
            class_body: None,
            function: None,
        }
    }

    /// The frame of a call of `f`, with its parameters' values first in `slots`; the rest of
    /// the slots start unbound.
    #[inline(always)]
    pub fn of_call(f: &Rc<Function>, mut slots: Vec<Value>) -> Frame {
        let slot_count = f.def.scope.slot_count as usize;
        if slots.len() < slot_count {
            slots.resize(slot_count, Value::Unbound);
        }
        Frame {
            slots,
            globals: f.globals.clone(),
            body_source: None,
            class_body: None,
            function: Some(f.clone()),
        }
    }

    /// The source this frame runs.
    pub fn source(&self) -> &Rc<Source> {
        match (&self.function, &self.body_source) {
            (Some(f), _) => &f.source,
            (None, Some(source)) => source,
            (None, None) => unreachable!("a module or class frame always has its source"),
        }
    }

    /// The name this frame shows in tracebacks.
    pub fn name(&self) -> Rc<str> {
        match (&self.function, &self.class_body) {
            (Some(f), _) => f.name.name(),
            (None, Some(body)) => body.name.name(),
            (None, None) => Rc::from("<module>"),
        }
    }
}

impl Interp {
    pub fn new(stdout: Output, stderr: Output) -> Rc<Interp> {
        let interp = Rc::new(Interp {
            builtins: RefCell::new(HashMap::new()),
            modules: RefCell::new(HashMap::new()),
            stdout: RefCell::new(stdout),
            stderr: RefCell::new(stderr),
            depth: Cell::new(1),
            recursion_limit: Cell::new(DEFAULT_RECURSION_LIMIT),
            force_resumable: resolve::force_resumable(),
            handling: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            runtime: event_loop::Runtime::new(),
            stdout_closed: Cell::new(false),
            self_ref: RefCell::new(std::rc::Weak::new()),
            str_constants: RefCell::new(HashMap::default()),
            position: Cell::new(Position::NONE),
            sources: RefCell::new(Vec::new()),
            states: RefCell::new(Vec::new()),
        });
        *interp.self_ref.borrow_mut() = Rc::downgrade(&interp);
        CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(&interp));
        builtins::install(&interp);
        interp
    }

    /// The one str object of the constant `text` (see `Interp::str_constants`).
    fn str_constant(&self, text: &Rc<str>) -> Value {
        if let Some(v) = self.str_constants.borrow().get(&**text) {
            return v.clone();
        }
        let v = Value::str(text.to_string());
        self.str_constants
            .borrow_mut()
            .insert(text.clone(), v.clone());
        v
    }

    /// A counted handle to this interpreter (it always lives in an `Rc`).
    pub fn rc(&self) -> Rc<Interp> {
        match self.self_ref.borrow().upgrade() {
            Some(rc) => rc,
            None => unreachable_interp(),
        }
    }

    /// Writes to the program's stdout. A closed pipe ends output quietly.
    pub fn write_out(&self, text: &str) -> PResult<()> {
        if self.stdout_closed.get() {
            return Ok(());
        }
        let result = self.stdout.borrow_mut().write_all(text.as_bytes());
        if let Err(e) = result {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.stdout_closed.set(true);
                return Ok(());
            }
            return Err(PyErr::new(&types().os_error, e.to_string()));
        }
        Ok(())
    }

    /// `sys.displayhook`, which shows the value of an expression typed at the REPL (a
    /// [`StmtKind::Echo`]): nothing for None, else its repr on stdout, and the value becomes
    /// the builtin `_` (a global `_` the user assigned still wins, as in CPython).
    pub fn display_value(&self, frame: &Frame, value: Value) -> PResult<()> {
        if value.is_none() {
            return Ok(());
        }
        self.set_underscore(&frame.globals, Value::None);
        let text = self.repr(&value)?;
        self.write_out(&text)?;
        self.write_out("\n")?;
        self.set_underscore(&frame.globals, value);
        Ok(())
    }

    fn set_underscore(&self, globals: &Globals, value: Value) {
        let name = Sym::intern("_");
        if let Some(&slot) = globals.index.borrow().get(&name) {
            if let Some(fallback) = globals.fallback.borrow_mut().get_mut(slot as usize) {
                *fallback = value.clone();
            }
        }
        self.builtins.borrow_mut().insert(name, value);
    }

    pub fn flush_out(&self) {
        let _ = self.stdout.borrow_mut().flush();
    }

    pub fn write_err(&self, text: &str) {
        let mut err = self.stderr.borrow_mut();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    // ----- modules -----------------------------------------------------------------------

    /// Runs a resolved module in `globals`, recording a `<module>` traceback entry on error.
    pub fn run_module(
        &self,
        module: &Module,
        globals: &Rc<Globals>,
        source: &Rc<Source>,
    ) -> PResult<()> {
        self.prepare_globals(globals);
        self.sources.borrow_mut().push(source.clone());
        let mut frame = Frame::module(globals.clone(), source.clone(), module.scope.slot_count);
        match self.run_body(&mut frame, &module.body) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.record_frame(e, &frame, module.body.first().map(|s| s.span))),
        }
    }

    /// A module whose body awaits (a REPL input or notebook cell with top-level `await`) as
    /// a coroutine named `<module>`, as CPython compiles one: its frame is the module's, in
    /// `globals`, so it runs on the event loop as a task and defines what it defines there.
    pub fn module_coroutine(
        &self,
        module: Module,
        globals: &Rc<Globals>,
        source: &Rc<Source>,
    ) -> Value {
        self.prepare_globals(globals);
        self.sources.borrow_mut().push(source.clone());
        let span = Span::new(0, source.text.len());
        let def = Rc::new(FunctionDef {
            name: sym::MODULE_NAME,
            params: Default::default(),
            body: module.body,
            decorators: Vec::new(),
            returns: None,
            is_async: true,
            is_lambda: false,
            span,
            scope: module.scope,
        });
        let frame = Frame::module(globals.clone(), source.clone(), def.scope.slot_count);
        let function = Rc::new(Function {
            name: def.name,
            qualname: def.name.name().to_string(),
            defaults: Vec::new(),
            kw_defaults: Vec::new(),
            closure: Vec::new(),
            globals: globals.clone(),
            source: source.clone(),
            attrs: RefCell::new(Vec::new()),
            owner: RefCell::new(None),
            plain_arity: Function::plain_arity_of(&def),
            def,
        });
        coroutine::new_coroutine(self, function, frame)
    }

    /// Notes that `stmt` of `frame` starts running.
    #[inline(always)]
    pub fn at_statement(&self, frame: &Frame, stmt: &Stmt) {
        self.position
            .set(Position::at(frame.source(), stmt.span.start));
    }

    /// The source and 1-based line of `position`, if it is in a source this interpreter ran.
    pub fn position_line(&self, position: Position) -> Option<(Rc<Source>, usize)> {
        if position == Position::NONE {
            return None;
        }
        let sources = self.sources.borrow();
        let source = sources
            .iter()
            .find(|s| Rc::as_ptr(s) as usize == position.source)?;
        Some((source.clone(), source.line_of(position.offset)))
    }

    /// Runs the body of a module, a class or a plain function. Under
    /// `PYCO_FORCE_RESUMABLE=1` (a testing switch, see `resolve::force_resumable`) it runs
    /// on the resumable path instead, polled once: holding no `await`, it cannot suspend.
    #[inline(always)]
    pub fn run_body(&self, frame: &mut Frame, body: &[Stmt]) -> PResult<Flow> {
        if self.force_resumable {
            return self.run_body_resumable(frame, body);
        }
        self.exec_block(frame, body)
    }

    #[cold]
    #[inline(never)]
    fn run_body_resumable(&self, frame: &mut Frame, body: &[Stmt]) -> PResult<Flow> {
        let mut body = self.exec_block_async(frame, body);
        match event_loop::poll_once(body.as_mut()) {
            std::task::Poll::Ready(result) => result,
            std::task::Poll::Pending => Err(runtime_error(
                "internal error: a body without an await suspended",
            )),
        }
    }

    /// Fills the builtin fallback of every global slot (names are resolved once per slot).
    pub fn prepare_globals(&self, globals: &Globals) {
        let names = globals.names.borrow();
        let mut fallback = globals.fallback.borrow_mut();
        let builtins = self.builtins.borrow();
        for (i, name) in names.iter().enumerate() {
            if i >= fallback.len() {
                fallback.push(Value::Unbound);
            }
            if let Value::Unbound = fallback[i] {
                if let Some(v) = builtins.get(name) {
                    fallback[i] = v.clone();
                }
            }
        }
        let mut slots = globals.slots.borrow_mut();
        while slots.len() < names.len() {
            slots.push(Value::Unbound);
        }
    }

    /// An error leaving `frame` for good: its traceback entry, and the frame's locals,
    /// which the error keeps alive.
    pub fn unwound_frame(
        &self,
        err: Box<PyErr>,
        mut frame: Frame,
        fallback: Option<Span>,
    ) -> Box<PyErr> {
        let err = self.record_frame(err, &frame, fallback);
        keep_locals(&err, &mut frame);
        err
    }

    /// Adds the traceback entry of `frame` to an error leaving it.
    pub fn record_frame(
        &self,
        mut err: Box<PyErr>,
        frame: &Frame,
        fallback: Option<Span>,
    ) -> Box<PyErr> {
        if skip_reraise(&mut err) {
            return err;
        }
        let span = err.span.take().or(fallback).unwrap_or_default();
        err.push_trace(TraceEntry {
            source: frame.source().clone(),
            span,
            function: frame.name(),
        });
        err
    }

    // ----- names -------------------------------------------------------------------------

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
            Resolved::Global(slot) => self
                .load_global(&frame.globals, slot, name.id)
                .map_err(|_| undefined_name(frame, name.id)),
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

    fn load_global(&self, globals: &Globals, slot: u32, name: Sym) -> PResult {
        let slots = globals.slots.borrow();
        match slots.get(slot as usize) {
            Some(Value::Unbound) | None => {
                drop(slots);
                if let Some(v) = globals.fallback.borrow().get(slot as usize) {
                    if !matches!(v, Value::Unbound) {
                        return Ok(v.clone());
                    }
                }
                match self.builtins.borrow().get(&name) {
                    Some(v) => Ok(v.clone()),
                    None => Err(name_error(format!("name '{name}' is not defined"))),
                }
            }
            Some(v) => Ok(v.clone()),
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

    fn delete_name(&self, frame: &mut Frame, name: &Name) -> PResult<()> {
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

    // ----- expressions -------------------------------------------------------------------

    /// Evaluates an expression that cannot suspend. The common node kinds are handled here;
    /// the rest in `eval_cold`, which keeps this function's stack frame small (it recurses
    /// for every subexpression).
    pub fn eval(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::Name(name) => {
                match name.resolved {
                    Resolved::Local(slot) => {
                        if let Some(v) = frame.slots.get(slot as usize) {
                            if !matches!(v, Value::Unbound) {
                                return Ok(quick_clone(v));
                            }
                        }
                    }
                    Resolved::Global(slot) => {
                        if let Some(v) = frame.globals.slots.borrow().get(slot as usize) {
                            if !matches!(v, Value::Unbound) {
                                return Ok(quick_clone(v));
                            }
                        }
                    }
                    _ => {}
                }
                self.load_name(frame, name).map_err(|e| e.at(expr.span))
            }
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::BinOp { left, op, right } => {
                let a = self.eval_quick(frame, left)?;
                let b = self.eval_quick(frame, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = ops::int_fast(*op, *x, *y) {
                        // Ints own nothing: no call to the drop glue.
                        std::mem::forget((a, b));
                        return Ok(Value::Int(r));
                    }
                }
                self.binary_op(*op, &a, &b).map_err(|e| e.at(expr.span))
            }
            ExprKind::Compare { left, rest } => {
                if let [(op, right)] = rest.as_slice() {
                    let a = self.eval_quick(frame, left)?;
                    let b = self.eval_quick(frame, right)?;
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        if let Some(r) = ops::int_compare_fast(*op, *x, *y) {
                            std::mem::forget((a, b));
                            return Ok(Value::Bool(r));
                        }
                    }
                    return self.compare(*op, &a, &b).map_err(|e| e.at(expr.span));
                }
                self.eval_compare(frame, left, rest, expr.span)
            }
            ExprKind::Call { .. } => self.eval_call(frame, expr),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval_quick(frame, value)?;
                self.get_attr(&obj, *attr).map_err(|e| e.at(expr.span))
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval_quick(frame, value)?;
                let idx = self.eval_quick(frame, index)?;
                self.get_item(&obj, &idx).map_err(|e| e.at(expr.span))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval_quick(frame, test)?;
                let branch = if self.truthy(&t)? { body } else { orelse };
                drop_quick(t);
                self.eval(frame, branch)
            }
            ExprKind::None => Ok(Value::None),
            ExprKind::True => Ok(Value::Bool(true)),
            ExprKind::False => Ok(Value::Bool(false)),
            _ => self.eval_cold(frame, expr),
        }
    }

    /// `eval` for a callee: a bound global (`f(...)`) is read here without a call.
    #[inline(always)]
    pub fn eval_callee(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        if let ExprKind::Name(Name {
            resolved: Resolved::Global(slot),
            ..
        }) = &expr.node
        {
            match frame.globals.slots.borrow().get(*slot as usize) {
                // A function, the usual callee: its count goes up without a call.
                Some(Value::Function(f)) => return Ok(Value::Function(f.clone())),
                Some(v) if !matches!(v, Value::Unbound) => return Ok(v.clone()),
                _ => {}
            }
        }
        self.eval(frame, expr)
    }

    /// `eval_quick` for a call's argument, with `n - 1`-like arguments (an int operation on
    /// int locals and literals, as recursive calls pass) also taken without a call.
    #[inline(always)]
    pub fn eval_arg(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        if let ExprKind::BinOp { left, op, right } = &expr.node {
            if let (Some(x), Some(y)) = (int_leaf(frame, left), int_leaf(frame, right)) {
                if let Some(r) = ops::int_fast(*op, x, y) {
                    return Ok(Value::Int(r));
                }
            }
        }
        self.eval_quick(frame, expr)
    }

    /// `eval`, with the leaves most operands are — a bound local, an int literal — taken
    /// here without a call.
    #[inline(always)]
    pub fn eval_quick(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::Name(Name {
                resolved: Resolved::Local(slot),
                ..
            }) => match frame.slots.get(*slot as usize) {
                Some(Value::Int(i)) => Ok(Value::Int(*i)),
                Some(v) if !matches!(v, Value::Unbound) => Ok(v.clone()),
                _ => self.eval(frame, expr),
            },
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            _ => self.eval(frame, expr),
        }
    }

    /// The less common expression kinds (see `eval`).
    #[inline(never)]
    fn eval_cold(&self, frame: &mut Frame, expr: &Expr) -> PResult {
        match &expr.node {
            ExprKind::None => Ok(Value::None),
            ExprKind::True => Ok(Value::Bool(true)),
            ExprKind::False => Ok(Value::Bool(false)),
            ExprKind::Ellipsis => Ok(Value::Ellipsis),
            ExprKind::BigInt(b) => Ok(Value::BigInt(b.clone())),
            ExprKind::Float(f) => Ok(Value::Float(*f)),
            ExprKind::Str(s) => Ok(self.str_constant(s)),
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.eval_fstring(frame, parts, &mut out)?;
                Ok(Value::str(out))
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(frame, operand)?;
                self.unary_op(*op, &v).map_err(|e| e.at(expr.span))
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    last = self.eval(frame, v)?;
                    if i + 1 == values.len() {
                        break;
                    }
                    let truth = self.truthy(&last)?;
                    match op {
                        BoolOp::And if !truth => return Ok(last),
                        BoolOp::Or if truth => return Ok(last),
                        _ => {}
                    }
                }
                Ok(last)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(frame, test)?;
                if self.truthy(&t)? {
                    self.eval(frame, body)
                } else {
                    self.eval(frame, orelse)
                }
            }
            ExprKind::Lambda(def) => {
                let header = def_header(def)
                    .map(|e| self.eval(frame, e))
                    .collect::<PResult<_>>()?;
                self.define_function(frame, def, header)
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(frame, items)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(frame, items)?)),
            ExprKind::Set(items) => {
                let mut display = SetDisplay::new(items);
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        self.set_display_flush(&mut display)
                            .map_err(|e| e.at(expr.span))?;
                        let v = self.eval(frame, inner)?;
                        self.set_display_splat(&mut display, &v, item.span)?;
                    } else {
                        display.push(self.eval(frame, item)?);
                    }
                }
                self.set_display_finish(display)
                    .map_err(|e| e.at(expr.span))
            }
            ExprKind::Dict(items) => {
                let mut display = DictDisplay::new(items.len());
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval(frame, k)?;
                            let v = self.eval(frame, v)?;
                            display.push(k, v);
                        }
                        DictItem::Splat(e) => {
                            self.dict_display_flush(&mut display)
                                .map_err(|e| e.at(expr.span))?;
                            let other = self.eval(frame, e)?;
                            self.dict_display_splat(&mut display, &other)
                                .map_err(|e| e.at(expr.span))?;
                        }
                    }
                }
                self.dict_display_finish(display)
                    .map_err(|e| e.at(expr.span))
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |p: &Option<Box<Expr>>| -> PResult {
                    match p {
                        Some(e) => self.eval(frame, e),
                        None => Ok(Value::None),
                    }
                };
                let lower = part(lower)?;
                let upper = part(upper)?;
                let step = part(step)?;
                Ok(Value::Slice(Rc::new(SliceObj { lower, upper, step })))
            }
            ExprKind::Starred(_) => {
                Err(syntax_error("can't use starred expression here").at(expr.span))
            }
            ExprKind::Comprehension(comp) if comp.kind == ComprehensionKind::Generator => {
                let first = self.eval(frame, &comp.generators[0].iter)?;
                self.make_genexpr(frame, comp, first, expr.span)
            }
            ExprKind::Comprehension(comp) => self.eval_comprehension(frame, comp, expr.span),
            ExprKind::Await(_) => Err(coroutine::await_outside_resumable().at(expr.span)),
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(frame, value)?;
                self.store_name(frame, target, v.clone());
                Ok(v)
            }
            ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::BinOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. } => self.eval(frame, expr),
        }
    }

    /// Evaluates display items, expanding `*iterable`.
    pub fn eval_items(&self, frame: &mut Frame, items: &[Expr]) -> PResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.node {
                let v = self.eval(frame, inner)?;
                self.extend_from_iterable(&mut out, &v)
                    .map_err(|e| e.at(item.span))?;
            } else {
                out.push(self.eval(frame, item)?);
            }
        }
        Ok(out)
    }

    fn eval_compare(
        &self,
        frame: &mut Frame,
        left: &Expr,
        rest: &[(CmpOp, Expr)],
        span: Span,
    ) -> PResult {
        let mut a = self.eval(frame, left)?;
        for (i, (op, right)) in rest.iter().enumerate() {
            let b = self.eval(frame, right)?;
            let result = self.compare(*op, &a, &b).map_err(|e| e.at(span))?;
            if i + 1 == rest.len() {
                return Ok(result);
            }
            if !self.truthy(&result)? {
                return Ok(result);
            }
            a = b;
        }
        Ok(a)
    }

    pub fn eval_fstring(
        &self,
        frame: &mut Frame,
        parts: &[FStringPart],
        out: &mut String,
    ) -> PResult<()> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field(field) => {
                    let value = self.eval(frame, &field.expr)?;
                    let mut spec = String::new();
                    self.eval_fstring(frame, &field.format_spec, &mut spec)?;
                    self.format_field(&value, field, &spec, out)
                        .map_err(|e| e.at(field.expr.span))?;
                }
            }
        }
        Ok(())
    }

    /// Appends one formatted f-string field (after the value is known).
    pub fn format_field(
        &self,
        value: &Value,
        field: &FormattedField,
        spec: &str,
        out: &mut String,
    ) -> PResult<()> {
        if let Some(text) = &field.debug_text {
            out.push_str(text);
        }
        let conversion = match field.conversion {
            None if field.debug_text.is_some() && spec.is_empty() => Some('r'),
            c => c,
        };
        let converted;
        let value = match conversion {
            Some('r') => {
                converted = Value::str(self.repr(value)?);
                &converted
            }
            Some('s') => {
                converted = Value::str(self.str(value)?);
                &converted
            }
            Some('a') => {
                converted = Value::str(repr::ascii_escape(&self.repr(value)?));
                &converted
            }
            _ => value,
        };
        if spec.is_empty() {
            if let Value::Str(s) = value {
                out.push_str(&s.text);
            } else {
                out.push_str(&self.str(value)?);
            }
        } else {
            out.push_str(&self.format(value, spec)?);
        }
        Ok(())
    }

    /// A list, set or dict comprehension. As in CPython, the first iterable is evaluated
    /// and iterated over (`iter()`) here; the rest runs in the comprehension's own frame
    /// (`<listcomp>`), which an error leaving it has in its traceback.
    fn eval_comprehension(&self, frame: &mut Frame, comp: &Comprehension, span: Span) -> PResult {
        for &slot in &comp.fresh_cells {
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(Value::Unbound)));
        }
        let first = &comp.generators[0];
        let iterable = self.eval(frame, &first.iter)?;
        let iter = self.iter(&iterable).map_err(|e| e.at(first.iter.span))?;
        let mut acc = Acc::new(comp.kind);
        let result = self.comprehension_level(frame, comp, 0, iter, &mut acc);
        self.comprehension_end(result, frame, comp, span)?;
        Ok(acc.finish(comp.kind))
    }

    /// The loop of the comprehension's `level`-th `for` over `iter`, with the levels inside.
    fn comprehension_level(
        &self,
        frame: &mut Frame,
        comp: &Comprehension,
        level: usize,
        iter: Value,
        acc: &mut Acc,
    ) -> PResult<()> {
        let generator = &comp.generators[level];
        'items: while let Some(item) = self.next(&iter)? {
            self.assign(frame, &generator.target, item)?;
            for cond in &generator.conditions {
                let c = self.eval(frame, cond)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            match comp.generators.get(level + 1) {
                Some(inner) => {
                    let iterable = self.eval(frame, &inner.iter)?;
                    let inner_iter = self.iter(&iterable).map_err(|e| e.at(inner.iter.span))?;
                    self.comprehension_level(frame, comp, level + 1, inner_iter, acc)?;
                }
                None => {
                    let item = self.eval(frame, &comp.element)?;
                    let value = match &comp.value {
                        Some(e) => self.eval(frame, e)?,
                        None => Value::None,
                    };
                    self.comprehension_add(acc, item, value)?;
                }
            }
        }
        Ok(())
    }

    // ----- assignment --------------------------------------------------------------------

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

    // ----- functions and classes ---------------------------------------------------------

    /// Runs a `def` statement or a lambda once the values of `def_header` are known (the
    /// plain and the resumable path each evaluate them their own way): builds the function,
    /// then applies the decorators, bottom one first.
    pub fn define_function(
        &self,
        frame: &mut Frame,
        def: &Rc<FunctionDef>,
        header: Vec<Value>,
    ) -> PResult {
        let mut values = header.into_iter();
        let decorators: Vec<Value> = values.by_ref().take(def.decorators.len()).collect();
        let defaults: Vec<Value> = values
            .by_ref()
            .take(
                positional_params(def)
                    .filter(|p| p.default.is_some())
                    .count(),
            )
            .collect();
        let kw_defaults: Vec<Option<Value>> = def
            .params
            .kwonly
            .iter()
            .map(|p| p.default.as_ref().and_then(|_| values.next()))
            .collect();
        let mut f = self.make_function(frame, def, defaults, kw_defaults);
        for (decorator, expr) in decorators.iter().zip(&def.decorators).rev() {
            f = self
                .call(decorator, &[f], &[])
                .map_err(|e| e.at(expr.span))?;
        }
        Ok(f)
    }

    fn make_function(
        &self,
        frame: &mut Frame,
        def: &Rc<FunctionDef>,
        defaults: Vec<Value>,
        kw_defaults: Vec<Option<Value>>,
    ) -> Value {
        let mut closure = Vec::with_capacity(def.scope.free_vars.len());
        for &(outer, _) in &def.scope.free_vars {
            closure.push(match &frame.slots[outer as usize] {
                Value::Cell(c) => c.clone(),
                other => {
                    // The enclosing slot should already be a cell; box it now if not.
                    let cell = Rc::new(RefCell::new(other.clone()));
                    frame.slots[outer as usize] = Value::Cell(cell.clone());
                    cell
                }
            });
        }
        let prefix = match &frame.function {
            Some(f) => format!("{}.<locals>.", f.qualname),
            None => match &frame.class_body {
                Some(body) => match body.ns.borrow().get(&sym::QUALNAME) {
                    Some(Value::Str(s)) => format!("{}.", s.text),
                    _ => String::new(),
                },
                None => String::new(),
            },
        };
        let name = if def.is_lambda { sym::LAMBDA } else { def.name };
        Value::Function(Rc::new(Function {
            def: def.clone(),
            name,
            qualname: format!("{prefix}{name}"),
            defaults,
            kw_defaults,
            closure,
            globals: frame.globals.clone(),
            source: frame.source().clone(),
            attrs: RefCell::new(Vec::new()),
            owner: RefCell::new(None),
            plain_arity: Function::plain_arity_of(def),
        }))
    }

    // ----- truth, iteration --------------------------------------------------------------

    #[inline]
    pub fn truthy(&self, value: &Value) -> PResult<bool> {
        match value {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy_slow(value),
        }
    }

    #[inline(never)]
    fn truthy_slow(&self, value: &Value) -> PResult<bool> {
        Ok(match value {
            Value::Bool(b) => *b,
            Value::None | Value::Unbound => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.text.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(sym::BOOL) {
                    let r = self.call_special(sym::BOOL, &f, std::slice::from_ref(value), &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = inst.class.lookup(sym::LEN) {
                    let r = self.call_special(sym::LEN, &f, std::slice::from_ref(value), &[])?;
                    return Ok(!matches!(r, Value::Int(0)));
                }
                true
            }
            Value::Native(n) => coroutine::native_truthy(n),
            _ => true,
        })
    }

    /// `iter(value)`.
    pub fn iter(&self, value: &Value) -> PResult {
        let state = match value {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: value.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                text: s.clone(),
                byte_index: 0,
            },
            Value::Range(r) => match &r.big {
                Some(big) => {
                    let [start, stop, step] = &**big;
                    IterState::BigRange {
                        next: start.clone(),
                        stop: stop.clone(),
                        step: step.clone(),
                    }
                }
                None => IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
            },
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterState::Dict {
                    dict: d.clone(),
                    index: 0,
                    len,
                    remaining: len,
                    what: DictView::Keys,
                }
            }
            Value::Set(s) => {
                let len = s.borrow().len();
                IterState::Set {
                    set: s.clone(),
                    slot: 0,
                    len,
                }
            }
            Value::FrozenSet(s) => IterState::Values {
                items: s.iter().map(|k| k.value.clone()).collect(),
                index: 0,
                kind: "set_iterator",
            },
            Value::Iterator(_) => return Ok(value.clone()),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup(sym::ITER) {
                    return self.call_special(sym::ITER, &f, std::slice::from_ref(value), &[]);
                }
                if inst.class.lookup(sym::GETITEM).is_some() {
                    // The sequence protocol, read lazily: `obj[0]`, `obj[1]`, ... until
                    // IndexError, one item per step (the object may never end).
                    IterState::Seq {
                        seq: value.clone(),
                        index: 0,
                    }
                } else {
                    return Err(type_error(format!(
                        "'{}' object is not iterable",
                        type_name(value)
                    )));
                }
            }
            Value::Native(n) => return coroutine::native_iter(self, value, n),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(value)
                )))
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    /// `next(iterator)`, with exhaustion as `None`.
    /// The next item of an iterator. Every builtin that walks an iterable (`sum`, `any`,
    /// `max`, `list`, `sorted`, `str.join` of a generator...) steps through here, so this is
    /// where their loops look at Ctrl-C: one relaxed load, cheaper than counting.
    pub fn next(&self, iter: &Value) -> PResult<Option<Value>> {
        check()?;
        match iter {
            Value::Iterator(state) => iterator::iterator_next(self, state),
            Value::Instance(inst) => {
                let Some(f) = inst.class.lookup(sym::NEXT) else {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(iter)
                    )));
                };
                match self.call_special(sym::NEXT, &f, std::slice::from_ref(iter), &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance_of(&types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(iter)
            ))),
        }
    }

    pub fn collect_iterable(&self, value: &Value) -> PResult<Vec<Value>> {
        match value {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.as_ref().clone()),
            Value::Range(r) => {
                let len = range::len(r)?;
                reserve(len, std::mem::size_of::<Value>())?;
                let mut out = Vec::with_capacity(len);
                self.extend_from_iterable(&mut out, value)?;
                Ok(out)
            }
            _ => {
                let mut out = Vec::new();
                self.extend_from_iterable(&mut out, value)?;
                Ok(out)
            }
        }
    }

    pub fn extend_from_iterable(&self, out: &mut Vec<Value>, value: &Value) -> PResult<()> {
        match value {
            Value::List(l) => out.extend(l.borrow().iter().cloned()),
            Value::Tuple(t) => out.extend(t.iter().cloned()),
            _ => {
                let it = self.iter(value)?;
                while let Some(v) = self.next(&it)? {
                    // A safe point: an endless iterator must not fill memory (or ignore Ctrl-C).
                    check()?;
                    out.push(v);
                }
            }
        }
        Ok(())
    }

    /// A dict/set key for `value`, or `TypeError: unhashable type`.
    pub fn key(&self, value: Value) -> PResult<Key> {
        let hash = self.hash(&value)?;
        Ok(Key { hash, value })
    }

    /// Calls `f` with each key (hashed) and value of a mapping, read as CPython's
    /// `PyDict_Merge` reads one: a dict's pairs from a snapshot (its keys' `__eq__` may change
    /// it), anything else through `keys()` and then `mapping[key]` for each key. An object
    /// without `keys` or `__getitem__` gives the `AttributeError` or `TypeError` of that
    /// lookup; callers that need CPython's own message put it in.
    pub fn for_each_mapping_pair(
        &self,
        mapping: &Value,
        mut f: impl FnMut(Key, Value) -> PResult<()>,
    ) -> PResult<()> {
        if let Value::Dict(d) = mapping {
            let pairs: Vec<(Key, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                f(k, v)?;
            }
            return Ok(());
        }
        let keys_method = self.get_attr(mapping, Sym::intern("keys"))?;
        let keys = self.call(&keys_method, &[], &[])?;
        let iterator = self.iter(&keys).map_err(|err| {
            if err.is_instance_of(&types().type_error) {
                type_error(format!(
                    "{}.keys() returned a non-iterable (type {})",
                    type_name(mapping),
                    type_name(&keys)
                ))
            } else {
                err
            }
        })?;
        while let Some(key) = self.next(&iterator)? {
            let value = self.get_item(mapping, &key)?;
            f(self.key(key)?, value)?;
        }
        Ok(())
    }

    /// Whether `value` has a `keys` attribute: what makes `dict(x)` and `d.update(x)` read
    /// `x` as a mapping rather than as pairs.
    fn has_keys_method(&self, value: &Value) -> PResult<bool> {
        match self.get_attr(value, Sym::intern("keys")) {
            Ok(_) => Ok(true),
            Err(err) if err.is_instance_of(&types().attribute_error) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// `{**other}` into a dict being built: `other` read as a mapping, with CPython's
    /// `'X' object is not a mapping` for one without `keys()`.
    pub fn dict_update(&self, dict: &mut Dict, other: &Value) -> PResult<()> {
        if let Value::Dict(d) = other {
            if dict.is_empty() {
                dict.clone_from(&d.borrow());
                return Ok(());
            }
        }
        self.for_each_mapping_pair(other, |k, v| self.dict_set_local(dict, k, v))
            .map_err(|err| {
                if err.is_instance_of(&types().attribute_error) {
                    type_error(format!("'{}' object is not a mapping", type_name(other)))
                } else {
                    err
                }
            })
    }

    /// The positional argument of `dict(arg)`, `d.update(arg)` and `d |= arg`, stored into
    /// `dict` in place as CPython's `dict_update_arg` does: a dict or any object with `keys()`
    /// merged as a mapping, anything else iterated as key-value pairs.
    pub fn dict_update_arg(&self, dict: &RefCell<Dict>, arg: &Value) -> PResult<()> {
        if let Value::Dict(d) = arg {
            if dict.borrow().is_empty() {
                let copy = d.borrow().clone();
                *dict.borrow_mut() = copy;
                return Ok(());
            }
        }
        if matches!(arg, Value::Dict(_)) || self.has_keys_method(arg)? {
            return self.for_each_mapping_pair(arg, |k, v| self.dict_set(dict, k, v));
        }
        let iterator = self.iter(arg)?;
        let mut index = 0usize;
        while let Some(item) = self.next(&iterator)? {
            let pair = self.collect_iterable(&item).map_err(|err| {
                if err.is_instance_of(&types().type_error) {
                    type_error(format!(
                        "cannot convert dictionary update sequence element #{index} to a sequence"
                    ))
                } else {
                    err
                }
            })?;
            let [key, value] = <[Value; 2]>::try_from(pair).map_err(|pair| {
                value_error(format!(
                    "dictionary update sequence element #{index} has length {}; 2 is required",
                    pair.len()
                ))
            })?;
            self.dict_set(dict, self.key(key)?, value)?;
            index += 1;
        }
        Ok(())
    }
}

#[cold]
fn unreachable_interp() -> ! {
    // `Interp::new` is the only constructor and always stores the self reference.
    panic!("interpreter used after it was dropped")
}

/// `NameError: name 'x' is not defined`, carrying CPython's `NameError.name` and what the
/// traceback printer needs for a "Did you mean" suggestion.
fn undefined_name(frame: &Frame, name: Sym) -> Box<PyErr> {
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
fn unbound_cell_error(name: Sym, frame: &Frame, slot: u32) -> Box<PyErr> {
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

/// The value of `expr` if it is an int literal or a local holding an int.
#[inline(always)]
fn int_leaf(frame: &Frame, expr: &Expr) -> Option<i64> {
    match &expr.node {
        ExprKind::Name(Name {
            resolved: Resolved::Local(slot),
            ..
        }) => match frame.slots.get(*slot as usize) {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        },
        ExprKind::Int(i) => Some(*i),
        _ => None,
    }
}

/// `v.clone()`, with ints copied in place (the derived `clone` is a call).
#[inline(always)]
fn quick_clone(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        v => v.clone(),
    }
}

/// The parameters whose defaults are positional (`posonly` then `args`).
fn positional_params(def: &FunctionDef) -> impl Iterator<Item = &Param> {
    def.params.posonly.iter().chain(&def.params.args)
}

/// The expressions a `def` or lambda evaluates before the function exists, in CPython's
/// order: decorators top to bottom, then positional defaults, then keyword-only defaults.
/// Each evaluation path evaluates them and hands the values to `Interp::define_function`.
pub(crate) fn def_header(def: &FunctionDef) -> impl Iterator<Item = &Expr> {
    def.decorators.iter().chain(
        positional_params(def)
            .chain(&def.params.kwonly)
            .filter_map(|p| p.default.as_ref()),
    )
}

/// The expressions a `class` statement evaluates before its body runs, in CPython's order:
/// decorators top to bottom, then the bases, then the keywords (see `Interp::define_class`).
pub(crate) fn class_header(def: &ClassDef) -> impl Iterator<Item = &Expr> {
    def.decorators
        .iter()
        .chain(&def.bases)
        .chain(def.keywords.iter().map(|(_, value)| value))
}
