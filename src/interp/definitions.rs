//! Definitions: `def`, `lambda` and `class` statements make functions and classes, with CPython's
//! order of evaluation and its checks.

use super::flow::Flow;
use super::{ClassBody, Frame, Interp, Slots, FINAL_TYPES};
use crate::exception::*;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::types::{type_name, types};
use crate::value::*;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
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

    /// Runs a `class` statement once the values of `class_header` are known: builds the
    /// class (running its body), then applies the decorators, bottom one first.
    pub fn define_class(
        &self,
        frame: &mut Frame,
        def: &Rc<ClassDef>,
        header: Vec<Value>,
    ) -> PResult {
        let mut values = header.into_iter();
        let decorators: Vec<Value> = values.by_ref().take(def.decorators.len()).collect();
        let bases: Vec<Value> = values.by_ref().take(def.bases.len()).collect();
        let keywords: Kwargs = def.keywords.iter().map(|(k, _)| *k).zip(values).collect();
        let mut c = self.make_class(frame, def, bases, keywords)?;
        for (decorator, expr) in decorators.iter().zip(&def.decorators).rev() {
            c = self
                .call(decorator, &[c], &[])
                .map_err(|e| e.at(expr.span))?;
        }
        Ok(c)
    }

    pub(super) fn make_function(
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

    pub(super) fn make_class(
        &self,
        frame: &mut Frame,
        def: &Rc<ClassDef>,
        bases: Vec<Value>,
        mut keywords: Kwargs,
    ) -> PResult {
        let base = self.class_base(def, bases, &mut keywords)?;
        let qualname = match &frame.function {
            Some(f) => format!("{}.<locals>.{}", f.qualname, def.name),
            None => def.name.to_string(),
        };
        let body = Rc::new(ClassBody {
            name: def.name,
            ns: RefCell::new(IndexMap::default()),
        });
        body.ns
            .borrow_mut()
            .insert(sym::MODULE, Value::str(frame.globals.name.to_string()));
        body.ns
            .borrow_mut()
            .insert(sym::QUALNAME, Value::str(qualname.clone()));
        // A docstring is bound before the body runs; a class without one gets `__doc__`
        // None once it has run, as CPython's `type()` adds it.
        let docstring = match def.body.first().map(|stmt| &stmt.node) {
            Some(StmtKind::Expr(Expr {
                node: ExprKind::Str(doc),
                ..
            })) => Some(Value::str(doc.to_string())),
            _ => None,
        };
        if let Some(doc) = docstring {
            body.ns.borrow_mut().insert(sym::DOC, doc);
        }
        let mut body_frame = Frame {
            slots: Slots::owned(Vec::new(), def.scope.slot_count as usize),
            globals: frame.globals.clone(),
            body_source: Some(frame.source().clone()),
            class_body: Some(body.clone()),
            function: None,
        };
        for &(outer, inner) in &def.scope.free_vars {
            body_frame.slots[inner as usize] = frame.slots[outer as usize].clone();
        }
        // An error leaving the body has the body's own frame (named for the class) in its
        // traceback, under the `class` statement's line in the enclosing frame.
        let flow = self
            .run_body(&mut body_frame, &def.body)
            .map_err(|err| self.record_frame(err, &body_frame, None).at(def.span))?;
        if !matches!(flow, Flow::Normal) {
            return Err(syntax_error("'return' outside function").at(def.span));
        }
        let mut dict = std::mem::take(&mut *body.ns.borrow_mut());
        dict.entry(sym::DOC).or_insert(Value::None);
        // As in CPython, a class that defines `__eq__` but not `__hash__` is unhashable.
        if dict.contains_key(&sym::EQ) && !dict.contains_key(&sym::HASH) {
            dict.insert(sym::HASH, Value::None);
        }
        implicit_method_kinds(&mut dict);
        let kind = base.kind;
        let module = match dict.get(&sym::MODULE) {
            Some(Value::Str(s)) => Sym::intern(&s.text),
            _ => frame.globals.name,
        };
        let class = Rc::new(Class {
            name: def.name,
            qualname,
            module,
            base: Some(base),
            dict: RefCell::new(dict),
            kind,
            construction: Default::default(),
        });
        set_owners(&class);
        self.set_names(&class)?;
        // `super(class, class).__init_subclass__(**keywords)`: the nearest base's hook.
        if let Some(base) = &class.base {
            if let Some(hook) = base.lookup(sym::INIT_SUBCLASS) {
                let hook = self.descriptor_get(hook, None, &class, sym::INIT_SUBCLASS)?;
                self.call(&hook, &[], &keywords)?;
            }
        }
        Ok(Value::Class(class))
    }

    /// The base of a new class from its `class` statement's bases and keywords (taking
    /// `metaclass=type` out of them), or CPython's error (or pyco's, for what it cannot do).
    pub(super) fn class_base(
        &self,
        def: &ClassDef,
        bases: Vec<Value>,
        keywords: &mut Kwargs,
    ) -> PResult<Rc<Class>> {
        if let Some(i) = keywords.iter().position(|(k, _)| &*k.name() == "metaclass") {
            // `metaclass=type` asks for what every class gets; any other metaclass would
            // change how the class is built, which pyco cannot do.
            match &keywords[i].1 {
                Value::Class(c) if Rc::ptr_eq(c, &types().type_) => {
                    keywords.remove(i);
                }
                _ => {
                    return Err(type_error(format!(
                        "class {}: metaclasses are not supported by pyco",
                        def.name
                    ))
                    .at(def.span))
                }
            }
        }
        let mut base = None;
        for (value, b) in bases.into_iter().zip(&def.bases) {
            match value {
                Value::Class(c) => {
                    if base.is_some() {
                        return Err(
                            type_error("multiple inheritance is not supported by pyco").at(b.span)
                        );
                    }
                    base = Some(c);
                }
                other => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        type_name(&other)
                    ))
                    .at(b.span))
                }
            }
        }
        let mut base = base.unwrap_or_else(|| types().object.clone());
        if base.kind == ClassKind::Native {
            if let Some(python) = (library().python_base)(self, &base)? {
                base = python;
            }
        }
        // Built-in types written in Rust keep their state outside `Instance`, so a Python
        // subclass would silently lose it: say so instead.
        let builtin_base = !matches!(base.kind, ClassKind::Object | ClassKind::Exception);
        if builtin_base
            && FINAL_TYPES.contains(&&*base.name.name())
            && &*base.module.name() == "builtins"
        {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                base.name
            ))
            .at(def.span));
        }
        if builtin_base {
            let module = base.module.name();
            let shown = if &*module == "builtins" {
                base.name.to_string()
            } else {
                format!("{module}.{}", base.name)
            };
            return Err(type_error(format!(
                "subclassing '{shown}' is not supported by pyco yet"
            ))
            .at(def.span));
        }
        Ok(base)
    }

    /// Calls `__set_name__(class, name)` on each attribute of a new class that has one, as
    /// CPython's `type_new` does; an error comes out as its RuntimeError, caused by it.
    pub(super) fn set_names(&self, class: &Rc<Class>) -> PResult<()> {
        let attributes: Vec<(Sym, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        for (name, value) in attributes {
            if let Value::Descriptor(d) = &value {
                // `property.__set_name__`: the name its errors use.
                if let Descriptor::Property { name: named, .. } = &**d {
                    named.set(Some(name));
                }
                continue;
            }
            let Value::Instance(inst) = &value else {
                continue;
            };
            let Some(set_name) = inst.class.lookup(sym::SET_NAME) else {
                continue;
            };
            let args = [
                value.clone(),
                Value::Class(class.clone()),
                Value::str(name.to_string()),
            ];
            if let Err(e) = self.call(&set_name, &args, &[]) {
                let err = runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    inst.class.name, name, class.name
                ));
                if let Some(data) = exc_data(&err.exc) {
                    let mut data = data.borrow_mut();
                    data.cause = Some(e.exc.clone());
                    data.context = Some(e.exc.clone());
                    data.suppress_context = true;
                }
                return Err(err);
            }
        }
        Ok(())
    }
}

/// As CPython's `type_new`: a plain function named `__new__` in a class body is a static
/// method, and `__init_subclass__` and `__class_getitem__` are class methods.
pub(super) fn implicit_method_kinds(dict: &mut IndexMap<Sym, Value, BuildMix>) {
    let wrap = |value: &mut Value, make: fn(Value) -> Descriptor| {
        if let Value::Function(_) = value {
            let f = std::mem::replace(value, Value::None);
            *value = Value::Descriptor(Rc::new(make(f)));
        }
    };
    if let Some(v) = dict.get_mut(&sym::NEW) {
        wrap(v, Descriptor::StaticMethod);
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(v) = dict.get_mut(&Sym::intern(name)) {
            wrap(v, Descriptor::ClassMethod);
        }
    }
}

/// The parameters whose defaults are positional (`posonly` then `args`).
pub(super) fn positional_params(def: &FunctionDef) -> impl Iterator<Item = &Param> {
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

/// Tells each function of a new class's dict (methods, static and class methods, property
/// accessors) which class owns it, for `super()` without arguments and `__class__`.
pub(super) fn set_owners(class: &Rc<Class>) {
    for value in class.dict.borrow().values() {
        let function = match value {
            Value::Function(f) => Some(f.clone()),
            Value::Descriptor(d) => match &**d {
                Descriptor::StaticMethod(Value::Function(f))
                | Descriptor::ClassMethod(Value::Function(f)) => Some(f.clone()),
                Descriptor::Property { getter, setter, .. } => {
                    for part in [getter, setter] {
                        if let Value::Function(f) = part {
                            *f.owner.borrow_mut() = Some(Rc::downgrade(class));
                        }
                    }
                    None
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(f) = function {
            *f.owner.borrow_mut() = Some(Rc::downgrade(class));
        }
    }
}
