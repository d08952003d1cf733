//! Calling a class: `__new__` and `__init__` as CPython's `type_call` runs them, with how a
//! class constructs kept on the class per class epoch.

use std::cell::RefCell;
use std::rc::Rc;

use super::attributes::inherits_from_object;
use crate::exception::*;
use crate::interp::{Interp, Slots};
use crate::symbol::{sym, Sym};
use crate::types::{class_of, construct, exception_group, type_name};
use crate::value::*;

/// How calling `class` (of kind `Object` or `Exception`) makes an instance, worked out once
/// per class epoch: a class whose `__new__` is `object`'s and whose `__init__` is a Python
/// function, or an exception class that defines neither, is made without looking either up
/// again.
fn construction(class: &Class) -> Construction {
    let epoch = crate::value::class_epoch();
    if let Some((seen, how)) = &*class.construction.borrow() {
        if *seen == epoch {
            return how.clone();
        }
    }
    let how = match class.lookup(sym::INIT) {
        Some(Value::Function(init)) if inherits_from_object(class, sym::NEW) => {
            Construction::PlainInit(init)
        }
        _ if class.kind == ClassKind::Exception
            && inherits_from_object(class, sym::NEW)
            && inherits_from_object(class, sym::INIT) =>
        {
            Construction::Bare
        }
        _ => Construction::General,
    };
    *class.construction.borrow_mut() = Some((epoch, how.clone()));
    how
}

/// What `object.__new__` gets of a call's arguments (`full`: a first slot for the instance,
/// then the arguments): an exception keeps them as its `args` before `__init__` runs, as
/// CPython's `BaseException.__new__` does; any other instance takes nothing from them.
fn made_with<'a>(class: &Class, full: &'a [Value]) -> &'a [Value] {
    match class.kind {
        ClassKind::Exception => &full[1..],
        _ => &[],
    }
}

/// `__init__` returns None.
fn check_init_result(r: &Value) -> PResult<()> {
    if r.is_none() {
        return Ok(());
    }
    Err(type_error(format!(
        "__init__() should return None, not '{}'",
        type_name(r)
    )))
}

impl Interp {
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
        // (Only `Object` and `Exception` classes are left here.)
        match construction(class) {
            Construction::PlainInit(init) => {
                // The arguments go into a vector with room for all of `__init__`'s slots.
                let capacity = (init.def.scope.slot_count as usize).max(args.len() + 1);
                let mut full = Vec::with_capacity(capacity);
                full.push(Value::None);
                full.extend(args);
                return self.init_plainly(class, &init, full, kwargs);
            }
            // `object.__init__` would only set the `args` `new_instance` sets (keywords go
            // the general way, to its errors).
            Construction::Bare if kwargs.is_empty() => return self.new_instance(class, &args),
            _ => {}
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
                check_init_result(&r)?;
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

    /// A new instance of `class`, initialised by its Python `__init__` (`init`, found by
    /// `construction`) with `full`: the arguments after a first slot the instance takes.
    fn init_plainly(
        &self,
        class: &Rc<Class>,
        init: &Rc<Function>,
        mut full: Vec<Value>,
        kwargs: &[(Sym, Value)],
    ) -> PResult {
        let instance = self.new_instance(class, made_with(class, &full))?;
        full[0] = instance.clone();
        let r = self.call_function(init, full, kwargs)?;
        check_init_result(&r)?;
        Ok(instance)
    }

    /// How many slots to make room for when calling `class` with `given` positional
    /// arguments: all of its `__init__`'s when that is a Python function it calls plainly.
    pub(crate) fn construction_slots(&self, class: &Class, given: usize) -> usize {
        match (class.kind, construction(class)) {
            (ClassKind::Object | ClassKind::Exception, Construction::PlainInit(init)) => {
                (init.def.scope.slot_count as usize).max(given + 1)
            }
            _ => given + 1,
        }
    }

    /// `class(*args)`, the `given` arguments evaluated into `full` after a first slot left
    /// for the instance (sized by `construction_slots`): for a class made plainly, `full`
    /// becomes `__init__`'s slots with no copy. How the class constructs is asked again,
    /// not carried over from `construction_slots`: evaluating the arguments may have
    /// changed the class (one epoch comparison when it did not).
    pub(crate) fn instantiate_into(
        &self,
        class: &Rc<Class>,
        mut full: Slots,
        given: usize,
    ) -> PResult {
        if matches!(class.kind, ClassKind::Object | ClassKind::Exception) {
            match construction(class) {
                Construction::PlainInit(init) => {
                    if init.takes_plainly(given + 1)
                        && full.len() == init.def.scope.slot_count as usize
                    {
                        let made = made_with(class, &full[..=given]);
                        let instance = self.new_instance(class, made)?;
                        full[0] = instance.clone();
                        check_init_result(&self.call_plain(init, full)?)?;
                        return Ok(instance);
                    }
                    // An `__init__` with arguments to bind (defaults, say).
                    let mut args = full.into_vec();
                    args.truncate(given + 1);
                    return self.init_plainly(class, &init, args, &[]);
                }
                // The arguments, in place, are the exception's `args`.
                Construction::Bare => return self.new_instance(class, &full[1..=given]),
                Construction::General => {}
            }
        }
        let mut args = full.into_vec();
        args.truncate(given + 1);
        args.remove(0);
        self.instantiate(class, args, &[])
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
            Some(Box::new(RefCell::new(data)))
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
}
