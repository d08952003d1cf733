//! Built-in modules: `math`, `time`, `sys`, `random`, `asyncio`, `nest_asyncio`, and
//! `functools`, written in Python.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::source;
use crate::symbol::Sym;
use crate::syntax::compile;
use crate::syntax::resolve;
use crate::types;
use crate::value::*;

pub mod asyncio;
pub mod math;
pub mod random;
mod random_module;
mod stdlib_names;
pub mod sys;
pub mod time;

/// A new module object named `name` with `attrs`.
pub fn new_module(name: &str, attrs: Vec<(&str, Value)>) -> Value {
    let mut map = indexmap::IndexMap::default();
    for (k, v) in attrs {
        map.insert(Sym::intern(k), v);
    }
    Value::Module(Rc::new(ModuleObj {
        name: Sym::intern(name),
        attrs: RefCell::new(map),
    }))
}

/// `functools`: CPython's own module is Python too, so is this one.
const FUNCTOOLS: &str = include_str!("modules/functools.py");

/// `time`'s Python half: `struct_time` and the calendar functions, over natives in `time.rs`.
const TIME: &str = include_str!("modules/time.py");

/// Makes a list of `(name, builtin)` module attributes.
pub fn functions(fs: &[&'static BuiltinFunction]) -> Vec<(&'static str, Value)> {
    fs.iter().map(|f| (f.name, Value::Builtin(f))).collect()
}

impl Interp {
    /// A module written in Python: its source, part of pyco, run in a namespace of its own
    /// when it is first imported, with `natives` (functions written in Rust) already bound
    /// in it; the names bound at the end are the module's attributes.
    fn python_module(
        &self,
        name: &str,
        text: &'static str,
        natives: Vec<(&str, Value)>,
    ) -> PResult {
        let globals = Rc::new(Globals::with_name(Sym::intern(name)));
        for (native, value) in natives {
            let slot = globals.slot_of(Sym::intern(native));
            globals.slots.borrow_mut()[slot as usize] = value;
        }
        self.run_python_half(&format!("<{name}>"), text, &globals)?;
        let names = globals.names.borrow().clone();
        let slots = globals.slots.borrow().clone();
        let attrs = names
            .into_iter()
            .zip(slots)
            .filter(|(_, value)| !matches!(value, Value::Unbound))
            .collect();
        Ok(Value::Module(Rc::new(ModuleObj {
            name: Sym::intern(name),
            attrs: RefCell::new(attrs),
        })))
    }

    /// Runs `text`, Python that is part of pyco, in `globals`: the Python half of a module.
    pub(crate) fn run_python_half(
        &self,
        name: &str,
        text: &'static str,
        globals: &Rc<Globals>,
    ) -> PResult<()> {
        let source = source::Source::new(name, text);
        let compiled = compile::compile(&source, &**globals, resolve::Mode::File, false)
            .map_err(|text| runtime_error(format!("pyco's {name} failed to compile:\n{text}")))?;
        self.run_module(&compiled, globals, &source)?;
        Ok(())
    }

    /// `import a.b`: the top-level module `a` (made on first import).
    pub fn import(&self, path: &[Sym]) -> PResult {
        let Some(&first) = path.first() else {
            return Err(import_error_of(
                &types::types().module_not_found_error,
                "No module named ''",
                "",
            ));
        };
        if path.len() > 1 {
            // Import the top level first, as CPython does, so its own errors come first.
            self.import(&path[..1])?;
            return Err(missing_submodule(path));
        }
        if let Some(m) = self.modules.borrow().get(&first) {
            return Ok(m.clone());
        }
        let module = match &*first.name() {
            "math" => math::module(),
            "time" => self.python_module("time", TIME, time::natives())?,
            "sys" => sys::module(self),
            "random" => random_module::module(),
            "asyncio" => asyncio::module(self)?,
            "nest_asyncio" => asyncio::nest_asyncio_module(),
            "functools" => self.python_module("functools", FUNCTOOLS, Vec::new())?,
            name => {
                return Err(import_error_of(
                    &types::types().module_not_found_error,
                    missing_module_message(name),
                    name,
                ))
            }
        };
        self.modules.borrow_mut().insert(first, module.clone());
        Ok(module)
    }
}

/// CPython's message for a module that does not exist; for one of CPython's standard
/// library that pyco leaves out, the same message with what pyco has instead.
fn missing_module_message(name: &str) -> String {
    if stdlib_names::STDLIB_MODULES.contains(&name) {
        format!(
            "No module named '{name}' in pyco: its modules are asyncio, functools, math, \
             random, sys and time (and nest_asyncio, built in)"
        )
    } else {
        format!("No module named '{name}'")
    }
}

/// The submodules CPython's asyncio package has: pyco's asyncio is one module.
const ASYNCIO_SUBMODULES: &[&str] = &[
    "base_events",
    "base_futures",
    "base_subprocess",
    "base_tasks",
    "constants",
    "coroutines",
    "events",
    "exceptions",
    "format_helpers",
    "futures",
    "locks",
    "log",
    "mixins",
    "proactor_events",
    "protocols",
    "queues",
    "runners",
    "selector_events",
    "sslproto",
    "staggered",
    "streams",
    "subprocess",
    "taskgroups",
    "tasks",
    "threads",
    "timeouts",
    "transports",
    "trsock",
    "unix_events",
    "windows_events",
    "windows_utils",
];

/// `import a.b` where `a` is one of pyco's modules: none of them has submodules. CPython's
/// message says whether `a` is a package; a submodule CPython has but pyco leaves out gets
/// an error saying so, rather than pretending it does not exist.
fn missing_submodule(path: &[Sym]) -> Box<PyErr> {
    let top = path[0].name();
    let dotted = format!("{}.{}", top, path[1]);
    let message = if &*top == "asyncio" && ASYNCIO_SUBMODULES.contains(&&*path[1].name()) {
        format!("No module named '{dotted}' in pyco: its names are in 'asyncio' itself")
    } else if &*top == "asyncio" {
        format!("No module named '{dotted}'")
    } else {
        format!("No module named '{dotted}'; '{top}' is not a package")
    };
    import_error_of(&types::types().module_not_found_error, message, &dotted)
}

/// What the modules give every interpreter as it starts: the runtime core's table of what
/// it asks of asyncio (see `value::Library`).
pub fn install(_interp: &Interp) {
    asyncio::register();
}
