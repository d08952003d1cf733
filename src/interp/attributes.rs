//! Attributes: reading, setting and deleting `obj.name` (instances, classes, modules, built-in
//! values), descriptors (`__get__`, `__set__`, properties) and `__getattr__`.

use crate::exception::*;
use crate::interp::Interp;
use crate::ops;
use crate::symbol::{sym, Sym};
use crate::types::{attributes, exception};
use crate::types::{class_of, type_name, types};
use crate::value::*;
use std::rc::Rc;

impl Interp {
    /// `obj.name`. An AttributeError leaving here knows `name` and `obj` (CPython's
    /// `set_attribute_error_context`), for the traceback's "Did you mean" suggestion.
    pub fn get_attr(&self, obj: &Value, name: Sym) -> PResult {
        self.lookup_attr(obj, name)
            .inspect_err(|err| attribute_error_context(err, obj, name))
    }

    /// `obj.name` where the class of `obj` has a `property` by that name with `getter`,
    /// and nothing else decides (see `generic_get_attr`): the getter's answer, as
    /// `get_attr` gives it.
    pub(crate) fn call_getter(&self, getter: &Value, obj: &Value, name: Sym) -> PResult {
        self.call(getter, std::slice::from_ref(obj), &[])
            .inspect_err(|err| attribute_error_context(err, obj, name))
    }

    pub(super) fn lookup_attr(&self, obj: &Value, name: Sym) -> PResult {
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
                    return Err(property_lacks(&d, "setter", &inst.class.name.name()));
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
                    return Err(property_lacks(&d, "deleter", &inst.class.name.name()));
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
                let Some(Value::Descriptor(d)) = class_of(obj).lookup(name) else {
                    unreachable!("matched a property")
                };
                Err(property_lacks(&d, "setter", &type_name(obj)))
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
/// `property 'x' of 'C' object has no setter`: named as CPython names it, by the name
/// `__set_name__` gave the property, if it had one.
fn property_lacks(property: &Descriptor, what: &str, type_name: &str) -> Box<PyErr> {
    match property {
        Descriptor::Property { name, .. } if name.get().is_some() => {
            let name = name.get().map(|n| n.name()).unwrap_or_default();
            attribute_error(format!(
                "property '{name}' of '{type_name}' object has no {what}"
            ))
        }
        _ => attribute_error(format!("property of '{type_name}' object has no {what}")),
    }
}

pub fn inherits_from_object(class: &Class, name: Sym) -> bool {
    // Found in `object` itself or nowhere: no dict is read. Otherwise a class may still
    // hold `object`'s own function (`__eq__ = object.__eq__`).
    let owner = class.lookup_owner(name);
    let object: &Class = &types().object;
    if owner.is_null() || std::ptr::eq(owner, object) {
        return true;
    }
    let from_object = object.dict.borrow().get(&name).cloned();
    match (class.lookup(name), from_object) {
        (Some(found), Some(base)) => ops::is_same(&found, &base),
        (None, None) => true,
        _ => false,
    }
}

/// An AttributeError leaving `obj.name` knows `name` and `obj` (CPython's
/// `set_attribute_error_context`), for the traceback's "Did you mean" suggestion.
fn attribute_error_context(err: &PyErr, obj: &Value, name: Sym) {
    if err.is_instance_of(&types().attribute_error) {
        if let Some(data) = exc_data(&err.exc) {
            let mut data = data.borrow_mut();
            if data.name.is_none() && data.obj.is_none() {
                data.name = Some(Value::str(name.to_string()));
                data.obj = Some(obj.clone());
            }
        }
    }
}
