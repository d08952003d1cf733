//! Built-in modules: `math`, `time`, `sys`, `random`, `asyncio`, `nest_asyncio`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::value::*;

pub mod asyncio;
pub mod math;
pub mod random;
mod random_module;
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

/// Makes a list of `(name, builtin)` module attributes.
pub fn functions(fs: &[&'static BuiltinFunction]) -> Vec<(&'static str, Value)> {
    fs.iter().map(|f| (f.name, Value::Builtin(f))).collect()
}

impl Interp {
    /// `import a.b`: the top-level module `a` (made on first import).
    pub fn import(&self, path: &[Sym]) -> PResult {
        let Some(&first) = path.first() else {
            return Err(module_not_found("No module named ''"));
        };
        if let Some(m) = self.modules.borrow().get(&first) {
            return Ok(m.clone());
        }
        let module = match &*first.name() {
            "math" => math::module(),
            "time" => time::module(),
            "sys" => sys::module(self),
            "random" => random_module::module(),
            "asyncio" => asyncio::module(self)?,
            "nest_asyncio" => asyncio::nest_asyncio_module(),
            name => {
                return Err(PyErr::with_args(
                    &crate::types::types().module_not_found_error,
                    vec![Value::str(format!("No module named '{name}'"))],
                ))
            }
        };
        self.modules.borrow_mut().insert(first, module.clone());
        Ok(module)
    }
}

/// Exceptions the asyncio module defines, registered with the other classes.
pub fn install_asyncio_exceptions(_interp: &Interp) {}
