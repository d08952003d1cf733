//! Calls: evaluating a call expression, calling functions, natives and methods (calling a
//! class is in `instantiate.rs`, argument binding in `binding.rs`, attributes in
//! `attributes.rs`, subscripts in `subscripts.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::coroutine;
use crate::exception::*;
use crate::interp::{Flow, Frame, Interp, Slots};
use crate::source::Span;
use crate::symbol::{sym, Sym};
use crate::syntax::ast::*;
use crate::types::native;
use crate::types::{class_of, type_name, types};
use crate::types::{repr, sort};
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
            method_site,
        } = &call.node
        else {
            unreachable!("eval_call is given a call")
        };
        let span = call.span;
        // `obj.method(...)`: look the method up without making a bound-method object.
        if let ExprKind::Attribute { value, attr } = &func.node {
            return self.eval_method_call(
                frame,
                value,
                *attr,
                args,
                *all_positional,
                *method_site,
                span,
            );
        }
        let callee = self.eval_callee(frame, func)?;
        self.eval_call_of(frame, callee, call)
    }

    /// `obj.method(args)`, with the method looked up through the call site's cache.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn eval_method_call(
        &self,
        frame: &mut Frame,
        value: &Expr,
        attr: Sym,
        args: &[Arg],
        all_positional: bool,
        method_site: Option<MethodSite>,
        span: Span,
    ) -> PResult {
        let receiver = self.eval_quick(frame, value)?;
        let target = self
            .method_target_cached(
                &receiver,
                attr,
                method_site.map(|s| (&*frame.globals, s.index())),
            )
            .map_err(|e| e.at(span))?;
        if all_positional {
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
        self.call_method_target(target, with_receiver, &keywords)
            .map_err(|e| e.at(span))
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
                for (name, value) in f.def.scope.slot_names.iter().zip(frame.slots.iter()) {
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
        site: Option<(&Globals, u32)>,
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
                    owned = native::native_class(other);
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
            if let Some((globals, site)) = site {
                if let Some(method) = globals.cached_method(site, key, epoch) {
                    return Ok(MethodTarget::Unbound(method));
                }
            }
            if let Some(f @ (Value::Function(_) | Value::Builtin(_))) = class.lookup(name) {
                if let Some((globals, site)) = site {
                    globals.cache_method(site, key, epoch, f.clone());
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
            Value::Function(f) if kwargs.is_empty() && f.takes_plainly(args.len()) => {
                // The arguments copied into a window of the slot stack (a key function, a
                // callback, a special method).
                let len = f.def.scope.slot_count as usize;
                let (slots, top) = self
                    .slot_stack
                    .take(len, None, args.len(), |i| Ok(args[i].clone()))?;
                let result = self.call_plain(f.clone(), slots);
                self.slot_stack.release(top);
                result
            }
            Value::Function(f) => {
                // With room for all the callee's slots: a plain call takes the vector as
                // its slots, not growing it again.
                let slots = f.def.scope.slot_count as usize;
                let mut owned = Vec::with_capacity(slots.max(args.len()));
                owned.extend_from_slice(args);
                self.call_function(f, owned, kwargs)
            }
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
        if kwargs.is_empty() {
            let given = match (signature.is_method, args.len()) {
                (false, n) => Some(n),
                (true, n) => n.checked_sub(1),
            };
            if given.is_some_and(|n| signature.takes_as_given(n)) {
                return (native.call)(self, args, kwargs);
            }
        }
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
            Value::Native(n) => native::native_call(self, callee, n, args, kwargs),
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
        if kwargs.is_empty() && f.takes_plainly(args.len()) {
            let slots = Slots::owned(args, f.def.scope.slot_count as usize);
            return self.call_plain(f.clone(), slots);
        }
        let frame = self.bind_arguments(f, args, kwargs)?;
        if f.def.is_async {
            return Ok(coroutine::new_coroutine(self, f.clone(), frame));
        }
        self.run_call(frame)
    }

    /// A call of `f` (a sync `def`: see `Function::takes_plainly`) whose arguments, first
    /// in `slots`, fill its parameters by position: nothing to bind.
    #[inline(always)]
    pub(crate) fn call_plain(&self, f: Rc<Function>, slots: Slots) -> PResult {
        self.run_call(Frame::of_call(f, slots))
    }

    /// Runs the body of a synchronous function in `frame`, its arguments bound: every sync
    /// call ends here.
    #[inline(always)]
    fn run_call(&self, mut frame: Frame) -> PResult {
        let Some(f) = &frame.function else {
            unreachable!("a call's frame has its function")
        };
        let def: *const FunctionDef = &*f.def;
        check()?;
        let caller_position = self.position.get();
        if self.depth.get() == self.runtime.task_base_depth.get() + 1 {
            // A call from the running task's own coroutine: its repr shows this line.
            self.runtime.task_frame_position.set(caller_position);
        }
        let depth = self.enter_recursion("")?;
        // SAFETY: `frame.function` owns the function, and so its definition, until the frame
        // is dropped at the end of this call; nothing assigns `frame.function` once a frame
        // is made. Borrowing the definition through the frame would hold `frame` borrowed
        // while the body needs it mutably, and a counted copy costs two count changes a call.
        let def = unsafe { &*def };
        let result = self.run_function_body(&mut frame, def);
        // The frame's locals go when it returns, while the caller's line is current.
        self.position.set(caller_position);
        drop(depth);
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(self.unwound_frame(e, frame, Some(def.span))),
        }
    }
}
