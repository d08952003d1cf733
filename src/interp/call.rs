//! Calls, argument binding, attributes and subscripts.

use std::cell::RefCell;
use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::{Flow, Frame, Interp};
use crate::ops;
use crate::source::Span;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::types::{attributes, construct, exception, exception_group, list, repr};
use crate::types::{class_of, sequence, sort, type_name, types};
use crate::value::*;

/// What a call calls, for naming it in an error about its arguments.
#[derive(Clone, Copy)]
pub(crate) enum Callee<'a> {
    /// A callable value.
    Value(&'a Value),
    /// `receiver.method(...)`, looked up without a bound-method object.
    Method(&'a MethodTarget, &'a Value),
}

/// `list.append` for the builtin method `append` of a list: the class that defines it,
/// found along the receiver's MRO, and the method's name.
fn builtin_method_qualname(receiver: &Value, method: &'static BuiltinFunction) -> String {
    builtin_method_qualname_in(class_of(receiver).mro(), method)
}

/// `builtin_method_qualname` for a method called with no receiver (`list.pop()`): the
/// built-in class whose dict holds it.
fn unbound_method_qualname(method: &'static BuiltinFunction) -> String {
    builtin_method_qualname_in(types().plain_classes(), method)
}

fn builtin_method_qualname_in(classes: Vec<Rc<Class>>, method: &'static BuiltinFunction) -> String {
    for class in classes {
        let defines = class
            .dict
            .borrow()
            .values()
            .any(|v| matches!(v, Value::Builtin(b) if std::ptr::eq(*b, method)));
        if defines {
            return format!("{}.{}", class.qualname, method.name);
        }
    }
    method.name.to_string()
}

/// What a method call calls: see `Interp::method_target`.
pub(crate) enum MethodTarget {
    /// A function found in the class: called with the receiver as its first argument.
    Unbound(Value),
    /// Any other attribute: called as it is.
    Bound(Value),
}

impl Interp {
    /// Evaluates call arguments into positional values and keyword pairs; `callee` names the
    /// callable in argument errors.
    pub(crate) fn eval_args(
        &self,
        frame: &mut Frame,
        args: &[Arg],
        span: Span,
        callee: Callee<'_>,
    ) -> PResult<(Vec<Value>, Kwargs)> {
        let mut positional = Vec::with_capacity(args.len());
        let mut keywords = Vec::new();
        for arg in args {
            let value = self.eval(frame, arg.value())?;
            self.add_arg(&mut positional, &mut keywords, arg, value, span, callee)?;
        }
        Ok((positional, keywords))
    }

    /// Adds the value of one argument of a call to its positional values or keyword pairs:
    /// the rule of both evaluation paths (`*x` and `**x` unpacked, with CPython's errors,
    /// which name the callee as `_PyObject_FunctionStr` does).
    pub(crate) fn add_arg(
        &self,
        positional: &mut Vec<Value>,
        keywords: &mut Kwargs,
        arg: &Arg,
        value: Value,
        span: Span,
        callee: Callee<'_>,
    ) -> PResult<()> {
        match arg {
            Arg::Positional(_) => positional.push(value),
            Arg::Starred(e) => {
                self.extend_from_iterable(positional, &value)
                    .map_err(|err| {
                        // Only a callee's own TypeError for a value that cannot be iterated
                        // at all: one raised while iterating goes through unchanged.
                        if err.is_instance_of(&types().type_error) && !self.is_iterable(&value) {
                            type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                self.callee_str(callee),
                                type_name(&value)
                            ))
                            .at(e.span)
                        } else {
                            err
                        }
                    })?;
            }
            Arg::Keyword(name, _) => {
                // Only reachable after a `**`: the parser refuses a keyword repeated by name.
                if keywords.iter().any(|(k, _)| k == name) {
                    return Err(self.repeated_keyword(callee, *name).at(span));
                }
                keywords.push((*name, value));
            }
            Arg::DoubleStarred(_) => {
                self.extend_kwargs(keywords, &value, callee)
                    .map_err(|e| e.at(span))?;
            }
        }
        Ok(())
    }

    /// Whether `value` can be iterated: it has `__iter__` or is a sequence.
    fn is_iterable(&self, value: &Value) -> bool {
        match value {
            Value::Instance(inst) => {
                inst.class.lookup(sym::ITER).is_some() || inst.class.lookup(sym::GETITEM).is_some()
            }
            _ => self.iter(value).is_ok(),
        }
    }

    fn repeated_keyword(&self, callee: Callee<'_>, name: Sym) -> Box<PyErr> {
        type_error(format!(
            "{} got multiple values for keyword argument '{name}'",
            self.callee_str(callee)
        ))
    }

    /// Adds the pairs of `**mapping` (a dict or any object with `keys()` and `__getitem__`)
    /// to a call's keywords, with CPython's errors for a repeated or non-string key.
    pub(crate) fn extend_kwargs(
        &self,
        keywords: &mut Kwargs,
        mapping: &Value,
        callee: Callee<'_>,
    ) -> PResult<()> {
        // A dict's keys are distinct: they need comparing with the earlier keywords only.
        let earlier = match mapping {
            Value::Dict(_) => keywords.len(),
            _ => usize::MAX,
        };
        let result = self.for_each_mapping_pair(mapping, |key, value| {
            let Value::Str(s) = &key.value else {
                return Err(type_error("keywords must be strings"));
            };
            let name = Sym::intern(&s.text);
            let seen = &keywords[..earlier.min(keywords.len())];
            if seen.iter().any(|(k, _)| *k == name) {
                return Err(self.repeated_keyword(callee, name));
            }
            keywords.push((name, value));
            Ok(())
        });
        result.map_err(|err| {
            if err.is_instance_of(&types().attribute_error) {
                type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callee_str(callee),
                    type_name(mapping)
                ))
            } else {
                err
            }
        })
    }

    /// How CPython's `_PyObject_FunctionStr` names a callable in a call error:
    /// `__main__.C.m()`, `print()`, `list.append()`.
    pub(crate) fn function_str(&self, callee: &Value) -> String {
        match callee {
            Value::Function(f) => format!("{}.{}()", f.globals.name, f.qualname),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::BoundMethod(m) => match &m.function {
                Value::Builtin(b) => format!("{}()", builtin_method_qualname(&m.receiver, b)),
                function => self.function_str(function),
            },
            Value::Class(c) if &*c.module.name() == "builtins" => format!("{}()", c.qualname),
            Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
            // No `__qualname__`: CPython falls back to `str(callee)`.
            other => repr::str_value(self, other)
                .unwrap_or_else(|_| format!("{} object", type_name(other))),
        }
    }

    /// `function_str` of what a call calls.
    pub(crate) fn callee_str(&self, callee: Callee<'_>) -> String {
        match callee {
            Callee::Value(v) => self.function_str(v),
            Callee::Method(MethodTarget::Bound(v), _) => self.function_str(v),
            Callee::Method(MethodTarget::Unbound(Value::Builtin(b)), receiver) => {
                format!("{}()", builtin_method_qualname(receiver, b))
            }
            Callee::Method(MethodTarget::Unbound(f), _) => self.function_str(f),
        }
    }

    /// A call expression (`call` is the `Call` node).
    pub(crate) fn eval_call(&self, frame: &mut Frame, call: &Expr) -> PResult {
        let ExprKind::Call {
            func,
            args,
            all_positional,
            method_cache,
        } = &call.node
        else {
            unreachable!("eval_call is given a call")
        };
        let span = call.span;
        // `obj.method(...)`: look the method up without making a bound-method object.
        if let ExprKind::Attribute { value, attr } = &func.node {
            let receiver = self.eval_quick(frame, value)?;
            let target = self
                .method_target_cached(&receiver, *attr, method_cache.as_deref())
                .map_err(|e| e.at(span))?;
            if *all_positional {
                // The receiver takes slot 0 from the start: no shifting when it is a method.
                let mut with_receiver = Vec::with_capacity(args.len() + 1);
                with_receiver.push(receiver);
                for arg in args {
                    if let Arg::Positional(e) = arg {
                        with_receiver.push(self.eval_quick(frame, e)?);
                    }
                }
                return self
                    .call_method_target(target, with_receiver, &[])
                    .map_err(|e| e.at(span));
            }
            let (positional, keywords) =
                self.eval_args(frame, args, span, Callee::Method(&target, &receiver))?;
            let mut with_receiver = Vec::with_capacity(positional.len() + 1);
            with_receiver.push(receiver);
            with_receiver.extend(positional);
            return self
                .call_method_target(target, with_receiver, &keywords)
                .map_err(|e| e.at(span));
        }
        let callee = self.eval_callee(frame, func)?;
        self.eval_call_of(frame, callee, call)
    }

    /// A call whose callee is already evaluated (not an `obj.method(...)` form); `call` is
    /// the `Call` node.
    pub(crate) fn eval_call_of(&self, frame: &mut Frame, callee: Value, call: &Expr) -> PResult {
        let ExprKind::Call {
            args,
            all_positional,
            ..
        } = &call.node
        else {
            unreachable!("eval_call_of is given a call")
        };
        let span = call.span;
        if let Value::Function(f) = &callee {
            if *all_positional {
                let positional = self.positional_args(frame, f, args)?;
                return self
                    .call_function(f, positional, &[])
                    .map_err(|e| e.at(span));
            }
        }
        let (positional, keywords) = self.eval_args(frame, args, span, Callee::Value(&callee))?;
        self.call_in_frame(frame, &callee, positional, &keywords)
            .map_err(|e| e.at(span))
    }

    /// The last step of a call expression on either path: `callee(*positional, **keywords)`,
    /// where `super()` with no arguments takes its class and receiver from the calling frame.
    pub(crate) fn call_in_frame(
        &self,
        frame: &Frame,
        callee: &Value,
        positional: Vec<Value>,
        keywords: &Kwargs,
    ) -> PResult {
        if positional.is_empty() && keywords.is_empty() {
            if let Value::Builtin(b) = callee {
                match b.name {
                    "super" => return self.zero_arg_super(frame),
                    "locals" | "vars" => return Ok(self.frame_namespace(frame, false)),
                    "globals" => return Ok(self.frame_namespace(frame, true)),
                    "dir" => {
                        let Value::Dict(names) = self.frame_namespace(frame, false) else {
                            unreachable!("frame_namespace makes a dict")
                        };
                        let mut names: Vec<Value> =
                            names.borrow().keys().map(|k| k.value.clone()).collect();
                        sort::sort_values(self, &mut names, None, false)?;
                        return Ok(Value::list(names));
                    }
                    _ => {}
                }
            }
        }
        self.call_owned(callee, positional, keywords)
    }

    /// `locals()` (and `vars()`, `dir()` without an argument) or, with `globals`, `globals()`
    /// of the calling frame: a new dict of the names bound there (free variables included,
    /// as CPython's `locals()` has them). Unlike CPython's `globals()`, writing to the dict
    /// does not bind names.
    fn frame_namespace(&self, frame: &Frame, globals: bool) -> Value {
        let mut dict = Dict::default();
        let mut add = |name: Sym, value: &Value| {
            let value = match value {
                Value::Cell(cell) => cell.borrow().clone(),
                value => value.clone(),
            };
            if !matches!(value, Value::Unbound) {
                dict.insert(name_key(name), value);
            }
        };
        match (&frame.function, &frame.class_body) {
            (Some(f), _) if !globals => {
                for (name, value) in f.def.scope.slot_names.iter().zip(&frame.slots) {
                    add(*name, value);
                }
            }
            (None, Some(body)) if !globals => {
                for (name, value) in body.ns.borrow().iter() {
                    add(*name, value);
                }
            }
            _ => {
                let names = frame.globals.names.borrow();
                for (name, value) in names.iter().zip(frame.globals.slots.borrow().iter()) {
                    add(*name, value);
                }
            }
        }
        Value::Dict(Rc::new(RefCell::new(dict)))
    }

    /// `super()` inside a method: the defining class and the first argument.
    /// The checks in CPython's order: the frame's first argument, then its class.
    fn zero_arg_super(&self, frame: &Frame) -> PResult {
        let takes_arguments = frame.function.as_ref().is_some_and(|f| {
            let params = &f.def.params;
            !params.posonly.is_empty() || !params.args.is_empty()
        });
        if !takes_arguments {
            return Err(runtime_error("super(): no arguments"));
        }
        let receiver = match frame.slots.first() {
            Some(Value::Cell(c)) => c.borrow().clone(),
            Some(v) => v.clone(),
            None => Value::Unbound,
        };
        if matches!(receiver, Value::Unbound) {
            return Err(runtime_error("super(): arg[0] deleted"));
        }
        let owner = frame
            .function
            .as_ref()
            .and_then(|f| f.owner.borrow().as_ref().and_then(|w| w.upgrade()));
        let Some(owner) = owner else {
            return Err(runtime_error("super(): __class__ cell not found"));
        };
        Ok(Value::Native(Rc::new(Native::Super {
            after: owner,
            receiver,
        })))
    }

    /// Calls `receiver.name(*args, **kwargs)`.
    pub fn call_method(
        &self,
        receiver: &Value,
        name: Sym,
        args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        let mut with_receiver = Vec::with_capacity(args.len() + 1);
        with_receiver.push(receiver.clone());
        with_receiver.extend(args);
        self.call_method_with_receiver(name, with_receiver, kwargs)
    }

    /// `args[0].name(*args[1..])`, with the receiver already in place.
    pub fn call_method_with_receiver(
        &self,
        name: Sym,
        mut args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        match self.method_target(&args[0], name)? {
            MethodTarget::Unbound(f) => self.call_owned(&f, args, kwargs),
            MethodTarget::Bound(f) => {
                args.remove(0);
                self.call_owned(&f, args, kwargs)
            }
        }
    }

    /// What `receiver.name(...)` calls, found before the arguments are evaluated, as
    /// CPython's `LOAD_METHOD` does: a function from the class (called with the receiver
    /// first, with no bound-method object made) or whatever the attribute is.
    pub(crate) fn method_target(&self, receiver: &Value, name: Sym) -> PResult<MethodTarget> {
        self.method_target_cached(receiver, name, None)
    }

    /// `method_target` at a call site with a cache: a method found in the receiver's class
    /// is remembered with the class and the class epoch, and reused while both match.
    #[inline(always)]
    pub(crate) fn method_target_cached(
        &self,
        receiver: &Value,
        name: Sym,
        cache: Option<&MethodCache>,
    ) -> PResult<MethodTarget> {
        let owned;
        let class: Option<&Class> = match receiver {
            Value::Instance(inst) if inst.get_attr(name).is_none() => Some(&inst.class),
            // Coroutines and `super()` have attributes of their own; other runtime objects
            // (queues, futures, events) keep their methods in their class, like built-ins.
            Value::Native(n) => match &**n {
                Native::Coroutine(_) | Native::Super { .. } => None,
                // The hottest runtime objects' classes, borrowed (`await q.get()`).
                Native::Object(o) => Some(o.class()),
                Native::Loop(_) => Some(&library().loop_class),
                other => {
                    owned = coroutine::native_class(other);
                    Some(&owned)
                }
            },
            Value::Instance(_) | Value::Module(_) | Value::Class(_) => None,
            other => {
                owned = class_of(other);
                Some(&owned)
            }
        };
        if let Some(class) = class {
            let key = class as *const Class as usize;
            let epoch = class_epoch();
            if let Some(cache) = cache {
                if let Some((k, e, method)) = &*cache.entry.borrow() {
                    if *k == key && *e == epoch {
                        return Ok(MethodTarget::Unbound(method.clone()));
                    }
                }
            }
            if let Some(f @ (Value::Function(_) | Value::Builtin(_))) = class.lookup(name) {
                if let Some(cache) = cache {
                    *cache.entry.borrow_mut() = Some((key, epoch, f.clone()));
                }
                return Ok(MethodTarget::Unbound(f));
            }
        }
        Ok(MethodTarget::Bound(self.get_attr(receiver, name)?))
    }

    /// Calls what `method_target` found, with the receiver first in `with_receiver`.
    pub(crate) fn call_method_target(
        &self,
        target: MethodTarget,
        mut with_receiver: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        match target {
            MethodTarget::Unbound(f) => self.call_owned(&f, with_receiver, kwargs),
            MethodTarget::Bound(f) => {
                with_receiver.remove(0);
                self.call_owned(&f, with_receiver, kwargs)
            }
        }
    }

    /// Calls the special method `f` (named `name`) that an implicit use (`len(x)`, `x == y`,
    /// `x[i]`, ...) found on the class of `args[0]`, the receiver, as CPython's
    /// `lookup_maybe_method` binds it: a function takes the receiver, a static method goes
    /// without it, a class method takes the class, any other descriptor's `__get__` decides,
    /// and a plain callable object is called without the receiver.
    pub fn call_special(
        &self,
        name: Sym,
        f: &Value,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        let (Some(receiver), false) = (
            args.first(),
            matches!(f, Value::Function(_) | Value::Builtin(_)),
        ) else {
            return self.call(f, args, kwargs);
        };
        let has_get = match f {
            Value::Descriptor(_) => true,
            Value::Instance(d) => d.class.lookup(sym::GET).is_some(),
            _ => false,
        };
        if !has_get {
            return self.call(f, &args[1..], kwargs);
        }
        let bound = self.descriptor_get(f.clone(), Some(receiver), &class_of(receiver), name)?;
        self.call(&bound, &args[1..], kwargs)
    }

    /// Calls any callable.
    pub fn call(&self, callee: &Value, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
        match callee {
            Value::Builtin(b) => self.call_native(b, args, kwargs),
            _ => self.call_owned(callee, args.to_vec(), kwargs),
        }
    }

    /// Calls a native, its arguments first bound by its signature when it declares one.
    #[inline]
    pub fn call_native(
        &self,
        native: &'static BuiltinFunction,
        args: &[Value],
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        let Some(signature) = native.signature else {
            return (native.call)(self, args, kwargs);
        };
        let qualname = || {
            let qualname = match (signature.is_method, args.first()) {
                (true, Some(receiver)) => builtin_method_qualname(receiver, native),
                (true, None) => unbound_method_qualname(native),
                _ => return native.name.to_string(),
            };
            // pyco's bool holds copies of int's methods; in CPython they are int's.
            match qualname.strip_prefix("bool.") {
                Some(method) => format!("int.{method}"),
                None => qualname,
            }
        };
        match super::native_args::bind_native(signature, &qualname, args, kwargs)? {
            None => (native.call)(self, args, kwargs),
            Some((args, kwargs)) => (native.call)(self, &args, &kwargs),
        }
    }

    pub fn call_owned(
        &self,
        callee: &Value,
        mut args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        match callee {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) => self.call_native(b, &args, kwargs),
            Value::BoundMethod(m) => {
                args.insert(0, m.receiver.clone());
                self.call_owned(&m.function, args, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            Value::Instance(inst) => match inst.class.lookup(sym::CALL) {
                Some(f @ Value::Function(_)) => {
                    args.insert(0, callee.clone());
                    self.call_owned(&f, args, kwargs)
                }
                Some(f) => {
                    args.insert(0, callee.clone());
                    self.call_special(sym::CALL, &f, &args, kwargs)
                }
                None => Err(type_error(format!(
                    "'{}' object is not callable",
                    type_name(callee)
                ))),
            },
            Value::Native(n) => coroutine::native_call(self, callee, n, args, kwargs),
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(callee)
            ))),
        }
    }

    /// Calls a Python function: binds arguments into a new frame and runs the body (or, for
    /// `async def`, returns a coroutine that will).
    pub fn call_function(
        &self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        let frame = self.bind_arguments(f, args, kwargs)?;
        if f.def.is_async {
            return Ok(coroutine::new_coroutine(self, f.clone(), frame));
        }
        check()?;
        let caller_position = self.position.get();
        if self.depth.get() == self.runtime.task_base_depth.get() + 1 {
            // A call from the running task's own coroutine: its repr shows this line.
            self.runtime.task_frame_position.set(caller_position);
        }
        let depth = self.enter_recursion("")?;
        let mut frame = frame;
        let result = self.run_body(&mut frame, &f.def.body);
        // The frame's locals go when it returns, while the caller's line is current.
        self.position.set(caller_position);
        drop(depth);
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(self.unwound_frame(e, frame, Some(f.def.span))),
        }
    }

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
            // Parameters by position only, and no cells to make: here, in the caller.
            return Ok(Frame::of_call(f, args));
        }
        self.bind_arguments_in_general(f, args, kwargs)
    }

    /// `bind_arguments` for any parameters: defaults, `*args`, keywords, cells.
    #[inline(never)]
    fn bind_arguments_in_general(
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
        let mut frame = Frame::of_call(f, args);
        let scope = &def.scope;
        for &slot in &scope.cell_params {
            let v = std::mem::replace(&mut frame.slots[slot as usize], Value::Unbound);
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(v)));
        }
        for &slot in &scope.cell_locals {
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(Value::Unbound)));
        }
        for (cell, &(_, slot)) in f.closure.iter().zip(&scope.free_vars) {
            frame.slots[slot as usize] = Value::Cell(cell.clone());
        }
        Ok(frame)
    }

    /// Argument binding with defaults, `*args`, keywords and `**kwargs`: returns the
    /// parameter values in slot order.
    #[inline(never)]
    fn bind_general(
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

    /// `Class(*args)`: `__new__` makes the instance, then `__init__` initialises it when it
    /// is an instance of `Class` (CPython's `type_call`).
    pub fn instantiate(
        &self,
        class: &Rc<Class>,
        args: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        match class.kind {
            ClassKind::Object | ClassKind::Exception => {}
            _ => return construct::construct_builtin(self, class, &args, kwargs),
        }
        let instance = match class.lookup(sym::NEW) {
            Some(new) if !inherits_from_object(class, sym::NEW) => {
                let new = match &new {
                    Value::Descriptor(d) => match &**d {
                        Descriptor::StaticMethod(f) => f.clone(),
                        _ => new.clone(),
                    },
                    _ => new,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Class(class.clone()));
                full.extend(args.iter().cloned());
                let made = self.call_owned(&new, full, kwargs)?;
                if !class_of(&made).is_subclass(class) {
                    return Ok(made);
                }
                made
            }
            _ => {
                if (!args.is_empty() || !kwargs.is_empty())
                    && class.kind == ClassKind::Object
                    && inherits_from_object(class, sym::INIT)
                {
                    return Err(type_error(format!("{}() takes no arguments", class.name)));
                }
                self.new_instance(class, &args)?
            }
        };
        let init_class = class_of(&instance);
        match init_class.lookup(sym::INIT) {
            Some(init @ (Value::Function(_) | Value::BoundMethod(_))) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(instance.clone());
                full.extend(args);
                let r = self.call_owned(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            Some(init @ Value::Builtin(_)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(instance.clone());
                full.extend(args);
                self.call_owned(&init, full, kwargs)?;
            }
            Some(other) => {
                let init = self.descriptor_get(other, Some(&instance), &init_class, sym::INIT)?;
                self.call_owned(&init, args, kwargs)?;
            }
            None => {}
        }
        Ok(instance)
    }

    /// A new instance of `class` (a user class or an exception class) before `__init__`:
    /// what `object.__new__(class, *args)` makes. An exception keeps `args`.
    pub fn new_instance(&self, class: &Rc<Class>, args: &[Value]) -> PResult {
        let mut class = class.clone();
        let exc = if class.kind == ClassKind::Exception {
            let mut data = ExcData {
                args: args.to_vec(),
                ..Default::default()
            };
            if exception_group::is_group_class(&class) {
                let (group_class, group) = exception_group::new_group(self, &class, args)?;
                class = group_class;
                data.group = Some(group);
            }
            Some(RefCell::new(data))
        } else {
            None
        };
        Ok(Value::Instance(Rc::new(Instance {
            class,
            attrs: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
            exc,
        })))
    }

    // ----- attributes --------------------------------------------------------------------

    /// `obj.name`. An AttributeError leaving here knows `name` and `obj` (CPython's
    /// `set_attribute_error_context`), for the traceback's "Did you mean" suggestion.
    pub fn get_attr(&self, obj: &Value, name: Sym) -> PResult {
        self.lookup_attr(obj, name).inspect_err(|err| {
            if err.is_instance_of(&types().attribute_error) {
                if let Some(data) = exc_data(&err.exc) {
                    let mut data = data.borrow_mut();
                    if data.name.is_none() && data.obj.is_none() {
                        data.name = Some(Value::str(name.to_string()));
                        data.obj = Some(obj.clone());
                    }
                }
            }
        })
    }

    fn lookup_attr(&self, obj: &Value, name: Sym) -> PResult {
        match obj {
            Value::Instance(inst) => {
                let found = self.generic_get_attr(obj, inst, name);
                match &found {
                    Err(e) if e.is_instance_of(&types().attribute_error) => {
                        // CPython's `slot_tp_getattr_hook`: `__getattr__` answers whatever
                        // the ordinary lookup (a property's getter too) found missing.
                        if let Some(getattr) = inst.class.lookup(sym::GETATTR) {
                            let getattr =
                                self.descriptor_get(getattr, Some(obj), &inst.class, name)?;
                            return self.call(&getattr, &[Value::str(name.to_string())], &[]);
                        }
                        found
                    }
                    _ => found,
                }
            }
            Value::Class(class) => {
                if let Some(v) = class.lookup(name) {
                    return self.descriptor_get(v, None, class, name);
                }
                attributes::class_special_attr(self, class, name).ok_or_else(|| {
                    attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        class.name, name
                    ))
                })
            }
            Value::Module(m) if name == sym::NAME => Ok(Value::str(m.name.to_string())),
            Value::Module(m) => {
                if let Some(v) = m.attrs.borrow().get(&name) {
                    return Ok(v.clone());
                }
                // asyncio's Python half is compiled on first use of one of its names.
                if (library().load_rest_of)(self, m)? {
                    if let Some(v) = m.attrs.borrow().get(&name) {
                        return Ok(v.clone());
                    }
                }
                Err(attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    m.name, name
                )))
            }
            _ => {
                if let Some(v) = attributes::special_attr(self, obj, name)? {
                    return Ok(v);
                }
                let class = class_of(obj);
                match class.lookup(name) {
                    Some(v) => self.descriptor_get(v, Some(obj), &class, name),
                    None => Err(attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        type_name(obj),
                        name
                    ))),
                }
            }
        }
    }

    /// `object.__getattribute__`: a data descriptor of the class first, then the instance's
    /// own attributes, then anything else the class has (CPython's
    /// `_PyObject_GenericGetAttrWithDict`); no `__getattr__`.
    pub fn generic_get_attr(&self, obj: &Value, inst: &Instance, name: Sym) -> PResult {
        let found = inst.class.lookup(name);
        if let Some(v) = &found {
            if is_data_descriptor(v) {
                return self.descriptor_get(v.clone(), Some(obj), &inst.class, name);
            }
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(v);
        }
        if let Some(v) = exception::exception_attr(inst, name) {
            return Ok(v);
        }
        if name == sym::CLASS {
            return Ok(Value::Class(inst.class.clone()));
        }
        if name == sym::DICT && !Rc::ptr_eq(&inst.class, &types().object) {
            return Ok(Value::Dict(inst.dict()));
        }
        match found {
            Some(v) => self.descriptor_get(v, Some(obj), &inst.class, name),
            None => Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                inst.class.name, name
            ))),
        }
    }

    /// What a class attribute `found` (named `name`, found from `owner`) gives when read
    /// through `instance`, or through the class itself when `instance` is None: CPython's
    /// `__get__` of functions, properties, static and class methods, and of user
    /// descriptors (instances whose class defines `__get__`). The one rule for instance,
    /// class and `super()` access.
    pub fn descriptor_get(
        &self,
        found: Value,
        instance: Option<&Value>,
        owner: &Rc<Class>,
        name: Sym,
    ) -> PResult {
        match &found {
            Value::Function(_) | Value::Builtin(_) => Ok(match instance {
                Some(obj) => Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: obj.clone(),
                    function: found,
                })),
                None => found,
            }),
            Value::Descriptor(d) => match &**d {
                Descriptor::Property { getter, .. } => {
                    let Some(obj) = instance else {
                        return Ok(found.clone());
                    };
                    if getter.is_none() {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no getter",
                            name,
                            type_name(obj)
                        )));
                    }
                    self.call(getter, std::slice::from_ref(obj), &[])
                }
                Descriptor::StaticMethod(f) => Ok(f.clone()),
                Descriptor::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: Value::Class(owner.clone()),
                    function: f.clone(),
                }))),
            },
            Value::Instance(d) => match d.class.lookup(sym::GET) {
                Some(get) => self.call(
                    &get,
                    &[
                        found.clone(),
                        instance.cloned().unwrap_or(Value::None),
                        Value::Class(owner.clone()),
                    ],
                    &[],
                ),
                None => Ok(found),
            },
            _ => Ok(found),
        }
    }

    /// `object.__setattr__`: a data descriptor of the class (a property's setter, a user
    /// `__set__`) first, else the instance's own attributes.
    pub fn generic_set_attr(
        &self,
        obj: &Value,
        inst: &Instance,
        name: Sym,
        value: Value,
    ) -> PResult<()> {
        match inst.class.lookup(name) {
            Some(Value::Descriptor(d)) if matches!(&*d, Descriptor::Property { .. }) => {
                let Descriptor::Property { setter, .. } = &*d else {
                    unreachable!("matched a property")
                };
                if setter.is_none() {
                    return Err(attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        name, inst.class.name
                    )));
                }
                self.call(setter, &[obj.clone(), value], &[])?;
                return Ok(());
            }
            Some(found @ Value::Instance(_)) if is_data_descriptor(&found) => {
                let Value::Instance(d) = &found else {
                    unreachable!("matched an instance")
                };
                let Some(set) = d.class.lookup(sym::SET) else {
                    return Err(attribute_error("__set__"));
                };
                self.call(&set, &[found.clone(), obj.clone(), value], &[])?;
                return Ok(());
            }
            _ => {}
        }
        if Rc::ptr_eq(&inst.class, &types().object) {
            // `object()` instances have no `__dict__`.
            return Err(attribute_error(format!(
                "'object' object has no attribute '{name}'"
            )));
        }
        if inst.exc.is_some() && exception::set_exception_attr(inst, name, &value) {
            return Ok(());
        }
        if name == sym::DICT {
            return match value {
                Value::Dict(dict) => {
                    inst.replace_dict(dict);
                    Ok(())
                }
                other => Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(&other)
                ))),
            };
        }
        inst.set_attr(name, value);
        Ok(())
    }

    /// `object.__delattr__`: a data descriptor of the class (a property's deleter, a user
    /// `__delete__`) first, else the instance's own attribute.
    pub fn generic_del_attr(&self, obj: &Value, inst: &Instance, name: Sym) -> PResult<()> {
        match inst.class.lookup(name) {
            Some(Value::Descriptor(d)) if matches!(&*d, Descriptor::Property { .. }) => {
                let Descriptor::Property { deleter, .. } = &*d else {
                    unreachable!("matched a property")
                };
                if deleter.is_none() {
                    return Err(attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        name, inst.class.name
                    )));
                }
                self.call(deleter, std::slice::from_ref(obj), &[])?;
                return Ok(());
            }
            Some(found @ Value::Instance(_)) if is_data_descriptor(&found) => {
                let Value::Instance(d) = &found else {
                    unreachable!("matched an instance")
                };
                let Some(delete) = d.class.lookup(sym::DELETE) else {
                    return Err(attribute_error("__delete__"));
                };
                self.call(&delete, &[found.clone(), obj.clone()], &[])?;
                return Ok(());
            }
            _ => {}
        }
        if inst.del_attr(name) {
            Ok(())
        } else {
            Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                inst.class.name, name
            )))
        }
    }

    pub fn set_attr(&self, obj: &Value, name: Sym, value: Value) -> PResult<()> {
        match obj {
            Value::Instance(inst) => {
                if !inherits_from_object(&inst.class, sym::SETATTR) {
                    if let Some(setattr) = inst.class.lookup(sym::SETATTR) {
                        let setattr =
                            self.descriptor_get(setattr, Some(obj), &inst.class, sym::SETATTR)?;
                        self.call(&setattr, &[Value::str(name.to_string()), value], &[])?;
                        return Ok(());
                    }
                }
                self.generic_set_attr(obj, inst, name, value)
            }
            Value::Class(class) if class.module != Sym::intern("builtins") => {
                class.dict.borrow_mut().insert(name, value);
                class_changed();
                Ok(())
            }
            Value::Function(f) => {
                let mut attrs = f.attrs.borrow_mut();
                match attrs.iter_mut().find(|(k, _)| *k == name) {
                    Some(slot) => slot.1 = value,
                    None => attrs.push((name, value)),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.attrs.borrow_mut().insert(name, value);
                Ok(())
            }
            Value::Class(class) => Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name, class.name
            ))),
            _ if matches!(class_of(obj).lookup(name), Some(Value::Descriptor(d))
                if matches!(&*d, Descriptor::Property { .. })) =>
            {
                Err(attribute_error(format!(
                    "property '{}' of '{}' object has no setter",
                    name,
                    type_name(obj)
                )))
            }
            _ => Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                type_name(obj),
                name
            ))),
        }
    }

    pub fn del_attr(&self, obj: &Value, name: Sym) -> PResult<()> {
        match obj {
            Value::Instance(inst) => {
                if !inherits_from_object(&inst.class, sym::DELATTR) {
                    if let Some(delattr) = inst.class.lookup(sym::DELATTR) {
                        let delattr =
                            self.descriptor_get(delattr, Some(obj), &inst.class, sym::DELATTR)?;
                        self.call(&delattr, &[Value::str(name.to_string())], &[])?;
                        return Ok(());
                    }
                }
                self.generic_del_attr(obj, inst, name)
            }
            Value::Class(class) => {
                class_changed();
                if class.dict.borrow_mut().shift_remove(&name).is_some() {
                    Ok(())
                } else {
                    Err(attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        class.name, name
                    )))
                }
            }
            _ => Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                type_name(obj),
                name
            ))),
        }
    }

    // ----- subscripts --------------------------------------------------------------------

    pub fn get_item(&self, obj: &Value, index: &Value) -> PResult {
        match (obj, index) {
            (
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_),
                Value::Instance(_),
            ) => match self.index_value(index)? {
                Some(i) => self.get_item(obj, &i),
                None => sequence::sequence_get_item(self, obj, index),
            },
            (Value::List(l), Value::Int(i)) => {
                let l = l.borrow();
                match normalize_index(*i, l.len()) {
                    Some(i) => Ok(l[i].clone()),
                    None => Err(index_error("list index out of range")),
                }
            }
            (Value::Tuple(t), Value::Int(i)) => match normalize_index(*i, t.len()) {
                Some(i) => Ok(t[i].clone()),
                None => Err(index_error("tuple index out of range")),
            },
            (Value::Dict(d), _) => {
                let key = self.key(index.clone())?;
                match self.dict_get(d, &key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(index.clone())),
                }
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::GETITEM) {
                Some(f) => self.call_special(sym::GETITEM, &f, &[obj.clone(), index.clone()], &[]),
                None => Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    inst.class.name
                ))),
            },
            (Value::Class(c), _) if c.lookup(sym::CLASS_GETITEM).is_some() => {
                let hook = c.lookup(sym::CLASS_GETITEM).unwrap_or(Value::None);
                let hook = self.descriptor_get(hook, None, c, sym::CLASS_GETITEM)?;
                self.call(&hook, std::slice::from_ref(index), &[])
            }
            (Value::Class(c), _)
                if c.module == Sym::intern("builtins") || (library().generic_alias)(c) =>
            {
                // `list[int]` in annotations evaluated at run time: a harmless alias.
                Ok(obj.clone())
            }
            _ => sequence::sequence_get_item(self, obj, index),
        }
    }

    pub fn set_item(&self, obj: &Value, index: Value, value: Value) -> PResult<()> {
        match (obj, &index) {
            (Value::List(_), Value::Instance(_)) => match self.index_value(&index)? {
                Some(i) => self.set_item(obj, i, value),
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(&index)
                ))),
            },
            (Value::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let len = l.len();
                match normalize_index(*i, len) {
                    Some(i) => {
                        l[i] = value;
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            (Value::Dict(d), _) => {
                let key = self.key(index)?;
                self.dict_set(d, key, value)
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::SETITEM) {
                Some(f) => self
                    .call_special(sym::SETITEM, &f, &[obj.clone(), index, value], &[])
                    .map(|_| ()),
                None => Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    inst.class.name
                ))),
            },
            (Value::List(_), Value::Slice(_)) => list::list_set_slice(self, obj, &index, value),
            (Value::List(_), _) => Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(&index)
            ))),
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn del_item(&self, obj: &Value, index: &Value) -> PResult<()> {
        match (obj, index) {
            (Value::List(_), Value::Instance(_)) => match self.index_value(index)? {
                Some(i) => self.del_item(obj, &i),
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(index)
                ))),
            },
            (Value::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let len = l.len();
                match normalize_index(*i, len) {
                    Some(i) => {
                        l.remove(i);
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            (Value::List(_), Value::Slice(_)) => list::list_del_slice(self, obj, index),
            (Value::Dict(d), _) => {
                let key = self.key(index.clone())?;
                match self.dict_remove(d, &key)? {
                    Some(_) => Ok(()),
                    None => Err(key_error(index.clone())),
                }
            }
            (Value::Instance(inst), _) => match inst.class.lookup(sym::DELITEM) {
                Some(f) => self
                    .call_special(sym::DELITEM, &f, &[obj.clone(), index.clone()], &[])
                    .map(|_| ()),
                None => Err(type_error(format!(
                    "'{}' object does not support item deletion",
                    inst.class.name
                ))),
            },
            // Sequences CPython can index but not change say "doesn't"; other objects
            // "does not" (its two messages, from PySequence_DelItem and PyObject_DelItem).
            (Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::FrozenSet(_), i)
                if !matches!(i, Value::Slice(_)) =>
            {
                Err(type_error(format!(
                    "'{}' object doesn't support item deletion",
                    type_name(obj)
                )))
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item deletion",
                type_name(obj)
            ))),
        }
    }
}

/// A data descriptor: a class attribute that takes over setting and deleting too, so it
/// wins over the instance's own attribute of the same name (a property, an instance of a
/// class with `__set__` or `__delete__`).
pub fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Descriptor(d) => matches!(&**d, Descriptor::Property { .. }),
        Value::Instance(d) => {
            d.class.lookup(sym::SET).is_some() || d.class.lookup(sym::DELETE).is_some()
        }
        _ => false,
    }
}

/// True when `class` gets `name` (`__new__`, `__init__`) from `object` itself: no class in
/// its chain overrides it.
pub fn inherits_from_object(class: &Class, name: Sym) -> bool {
    let from_object = types().object.dict.borrow().get(&name).cloned();
    match (class.lookup(name), from_object) {
        (Some(found), Some(base)) => ops::is_same(&found, &base),
        (None, None) => true,
        _ => false,
    }
}

/// A Python index (negative counts from the end) as a position, if in range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
fn name_list(names: &[impl std::fmt::Display]) -> String {
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
