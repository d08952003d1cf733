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

use crate::coroutine;
use crate::event_loop;
use crate::exception::*;
use crate::source::{Source, Span};
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::syntax::resolve;
use crate::types::types;
use crate::value::*;

pub mod assign;
pub mod attributes;
pub mod augmented;
pub mod binding;
pub mod call;
pub mod compiled;
pub mod convert;
pub mod definitions;
pub mod display;
pub mod except;
pub mod expressions;
pub mod flow;
pub mod format;
pub mod genexpr;
pub mod instantiate;
pub mod keys;
pub mod names;
pub mod native_args;
pub mod protocols;
pub mod resume;
pub mod scheduler;
pub mod slots;
mod state;
pub mod subscripts;

pub(crate) use definitions::{class_header, def_header};

pub use flow::Flow;
pub use slots::{SlotStack, Slots};

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// Where output goes; tests and the REPL inject their own.
pub type Output = Box<dyn Write>;

/// The interpreter: builtins, imported modules, output streams and run-time limits.
pub struct Interp {
    pub builtins: RefCell<HashMap<Sym, Value, BuildMix>>,
    pub modules: RefCell<HashMap<Sym, Value, BuildMix>>,
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
    /// Where sync calls' frames take their slots (see `slots`).
    pub slot_stack: SlotStack,
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
        .into_vec()
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
    #[inline(always)]
    pub fn enter_recursion(&self, context: &'static str) -> PResult<DepthGuard<'_>> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(recursion_limit_error(context));
        }
        self.depth.set(depth);
        Ok(DepthGuard { interp: self })
    }
}

#[cold]
#[inline(never)]
fn recursion_limit_error(context: &'static str) -> Box<PyErr> {
    recursion_error(format!("maximum recursion depth exceeded{context}"))
}

/// The evaluation state of one Python call (or module, or class body).
#[derive(Clone)]
pub struct Frame {
    pub slots: Slots,
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

/// Built-in types CPython itself does not let a class derive from.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "NoneType",
    "range",
    "slice",
    "function",
    "builtin_function_or_method",
    "method",
    "coroutine",
    "generator",
    "ellipsis",
    "NotImplementedType",
];

/// What a class body's frame knows of the class being made.
pub struct ClassBody {
    /// The name its traceback entries carry, as CPython's `co_name` of a class body.
    pub name: Sym,
    pub ns: RefCell<IndexMap<Sym, Value, BuildMix>>,
}

impl Frame {
    pub fn module(globals: Rc<Globals>, source: Rc<Source>, slot_count: u32) -> Frame {
        Frame {
            slots: Slots::owned(Vec::new(), slot_count as usize),
            globals,
            body_source: Some(source),
            class_body: None,
            function: None,
        }
    }

    /// The frame of a call of `f`, with its parameters' values first in `slots` (as many
    /// slots as `f` has) and the cells `f` closed over in their slots; the other slots
    /// start unbound.
    #[inline(always)]
    pub fn of_call(f: Rc<Function>, mut slots: Slots) -> Frame {
        debug_assert_eq!(slots.len(), f.def.scope.slot_count as usize);
        // The cells the function closed over, shared with the scope that made them.
        for (cell, &(_, slot)) in f.closure.iter().zip(&f.def.scope.free_vars) {
            slots[slot as usize] = Value::Cell(cell.clone());
        }
        Frame {
            slots,
            globals: f.globals.clone(),
            body_source: None,
            class_body: None,
            function: Some(f),
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
    /// An interpreter with an empty builtins namespace and no modules: the library fills
    /// them (`Interp::new`, in `builtins.rs`, makes one ready to run programs).
    pub fn bare(stdout: Output, stderr: Output) -> Rc<Interp> {
        let interp = Rc::new(Interp {
            builtins: RefCell::new(HashMap::default()),
            modules: RefCell::new(HashMap::default()),
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
            slot_stack: SlotStack::new(),
        });
        *interp.self_ref.borrow_mut() = Rc::downgrade(&interp);
        CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(&interp));
        interp
    }

    /// The one str object of the constant `text` (see `Interp::str_constants`).
    pub(crate) fn str_constant(&self, text: &Rc<str>) -> Value {
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
            code: Default::default(),
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
        self.at_offset(frame, stmt.span.start);
    }

    /// Makes the statement starting at `offset` of `frame`'s source the current one.
    #[inline(always)]
    pub fn at_offset(&self, frame: &Frame, offset: u32) {
        self.position.set(Position::at(frame.source(), offset));
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

    /// Runs the body of a module or a class, compiled for this one run (a function keeps its
    /// compiled body: `run_function_body`). Under
    /// `PYCO_FORCE_RESUMABLE=1` (a testing switch, see `resolve::force_resumable`) it runs
    /// on the resumable path instead, polled once: holding no `await`, it cannot suspend.
    #[inline(always)]
    pub fn run_body(&self, frame: &mut Frame, body: &[Stmt]) -> PResult<Flow> {
        if self.force_resumable {
            return self.run_body_resumable(frame, body);
        }
        compiled::compile_block(body).run(self, frame)
    }

    /// Runs the body of the function `def` in `frame`: its compiled code (see `compiled`),
    /// or the resumable path when that is forced.
    #[inline]
    pub fn run_function_body(&self, frame: &mut Frame, def: &FunctionDef) -> PResult<Flow> {
        if self.force_resumable {
            return self.run_body_resumable(frame, &def.body);
        }
        compiled::body_of(def).run(self, frame)
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

    // ----- expressions -------------------------------------------------------------------

    // ----- assignment --------------------------------------------------------------------

    // ----- functions and classes ---------------------------------------------------------

    // ----- truth, iteration --------------------------------------------------------------
}

#[cold]
fn unreachable_interp() -> ! {
    // `Interp::new` is the only constructor and always stores the self reference.
    panic!("interpreter used after it was dropped")
}
