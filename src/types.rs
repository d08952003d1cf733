//! The built-in classes (`int`, `str`, `list`, the exception hierarchy, ...), made once per
//! thread and reachable from anywhere through `types()`; beside them, one file per built-in
//! type holds what it does (constructor, methods, attributes, repr: all of `str` in
//! `str.rs`), and the machinery the types share has files of its own (the method tables,
//! repr, constructors, attributes, dunders).

use std::cell::RefCell;
use std::rc::Rc;

use crate::symbol::Sym;
use crate::value;
use crate::value::{library, Class, ClassKind, Value};
use native::native_class;

// One file per built-in type.
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod function;
pub mod iterator;
pub mod list;
pub mod native;
pub mod number;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;

// What the types share.
pub mod args;
pub mod attributes;
pub mod construct;
pub mod dunders;
pub mod methods;
pub mod repr;
pub mod reprlib;
pub mod sequence;
pub mod signatures;
pub mod sort;

macro_rules! define_types {
    // A plain class's base: `object`, or the class named after `<`, defined above it.
    (@base $object:ident) => { &$object };
    (@base $object:ident $base:ident) => { &$base };
    (
        root $object:ident;
        plain { $($field:ident : $name:literal => $kind:ident $(< $pparent:ident)?),* $(,)? }
        exceptions { $($efield:ident : $ename:literal < $eparent:ident),* $(,)? }
    ) => {
        /// Every built-in class.
        pub struct Types {
            pub $object: Rc<Class>,
            $(pub $field: Rc<Class>,)*
            $(pub $efield: Rc<Class>,)*
        }

        impl Types {
            fn new() -> Types {
                let $object = new_class("object", None, ClassKind::Object);
                $(let $field = new_class(
                    $name,
                    Some(define_types!(@base $object $($pparent)?)),
                    ClassKind::$kind,
                );)*
                $(let $efield = new_class($ename, Some(&$eparent), ClassKind::Exception);)*
                Types { $object, $($field,)* $($efield,)* }
            }

            /// The built-in exception classes, for the builtins namespace.
            pub fn exception_classes(&self) -> Vec<Rc<Class>> {
                vec![$(self.$efield.clone(),)*]
            }

            /// The plain built-in classes, for the builtins namespace.
            pub fn plain_classes(&self) -> Vec<Rc<Class>> {
                vec![self.$object.clone(), $(self.$field.clone(),)*]
            }
        }
    };
}

define_types! {
    root object;
    plain {
        type_: "type" => Type,
        none_type: "NoneType" => NoneType,
        int: "int" => Int,
        // bool is a subclass of int, as in CPython: int's methods are bool's.
        bool_: "bool" => Bool < int,
        float: "float" => Float,
        str_: "str" => Str,
        list: "list" => List,
        tuple: "tuple" => Tuple,
        dict: "dict" => Dict,
        set: "set" => Set,
        frozenset: "frozenset" => FrozenSet,
        range: "range" => Range,
        slice: "slice" => Slice,
        function: "function" => Function,
        builtin_function: "builtin_function_or_method" => BuiltinFunction,
        method: "method" => Method,
        module: "module" => Module,
        cell: "cell" => Cell,
        iterator: "iterator" => Iterator,
        property: "property" => Property,
        staticmethod: "staticmethod" => StaticMethod,
        classmethod: "classmethod" => ClassMethod,
        not_implemented_type: "NotImplementedType" => NotImplementedType,
        ellipsis: "ellipsis" => Ellipsis,
        coroutine: "coroutine" => Native,
        dict_keys: "dict_keys" => Native,
        mappingproxy: "mappingproxy" => Native,
        dict_values: "dict_values" => Native,
        dict_items: "dict_items" => Native,
    }
    exceptions {
        base_exception: "BaseException" < object,
        system_exit: "SystemExit" < base_exception,
        keyboard_interrupt: "KeyboardInterrupt" < base_exception,
        generator_exit: "GeneratorExit" < base_exception,
        exception: "Exception" < base_exception,
        stop_iteration: "StopIteration" < exception,
        memory_error: "MemoryError" < exception,
        stop_async_iteration: "StopAsyncIteration" < exception,
        arithmetic_error: "ArithmeticError" < exception,
        zero_division_error: "ZeroDivisionError" < arithmetic_error,
        overflow_error: "OverflowError" < arithmetic_error,
        assertion_error: "AssertionError" < exception,
        attribute_error: "AttributeError" < exception,
        lookup_error: "LookupError" < exception,
        index_error: "IndexError" < lookup_error,
        key_error: "KeyError" < lookup_error,
        name_error: "NameError" < exception,
        unbound_local_error: "UnboundLocalError" < name_error,
        runtime_error: "RuntimeError" < exception,
        recursion_error: "RecursionError" < runtime_error,
        not_implemented_error: "NotImplementedError" < runtime_error,
        type_error: "TypeError" < exception,
        value_error: "ValueError" < exception,
        unicode_error: "UnicodeError" < value_error,
        import_error: "ImportError" < exception,
        module_not_found_error: "ModuleNotFoundError" < import_error,
        os_error: "OSError" < exception,
        timeout_error: "TimeoutError" < os_error,
        connection_error: "ConnectionError" < os_error,
        broken_pipe_error: "BrokenPipeError" < connection_error,
        connection_aborted_error: "ConnectionAbortedError" < connection_error,
        connection_refused_error: "ConnectionRefusedError" < connection_error,
        connection_reset_error: "ConnectionResetError" < connection_error,
        file_not_found_error: "FileNotFoundError" < os_error,
        file_exists_error: "FileExistsError" < os_error,
        permission_error: "PermissionError" < os_error,
        interrupted_error: "InterruptedError" < os_error,
        blocking_io_error: "BlockingIOError" < os_error,
        child_process_error: "ChildProcessError" < os_error,
        is_a_directory_error: "IsADirectoryError" < os_error,
        not_a_directory_error: "NotADirectoryError" < os_error,
        process_lookup_error: "ProcessLookupError" < os_error,
        lookup_unicode_error: "UnicodeDecodeError" < unicode_error,
        unicode_encode_error: "UnicodeEncodeError" < unicode_error,
        reference_error: "ReferenceError" < exception,
        buffer_error: "BufferError" < exception,
        floating_point_error: "FloatingPointError" < arithmetic_error,
        eof_error: "EOFError" < exception,
        syntax_error: "SyntaxError" < exception,
        indentation_error: "IndentationError" < syntax_error,
        tab_error: "TabError" < indentation_error,
        base_exception_group: "BaseExceptionGroup" < base_exception,
        // Also a BaseExceptionGroup: see `Class::is_subclass`.
        exception_group: "ExceptionGroup" < exception,
        warning: "Warning" < exception,
        runtime_warning: "RuntimeWarning" < warning,
        deprecation_warning: "DeprecationWarning" < warning,
        user_warning: "UserWarning" < warning,
        pending_deprecation_warning: "PendingDeprecationWarning" < warning,
        syntax_warning: "SyntaxWarning" < warning,
        future_warning: "FutureWarning" < warning,
        import_warning: "ImportWarning" < warning,
        unicode_warning: "UnicodeWarning" < warning,
        resource_warning: "ResourceWarning" < warning,
    }
}

/// A new built-in class named `name` in module `builtins`.
pub fn new_class(name: &str, base: Option<&Rc<Class>>, kind: ClassKind) -> Rc<Class> {
    Rc::new(Class {
        name: Sym::intern(name),
        qualname: name.to_string(),
        module: Sym::intern("builtins"),
        base: base.cloned(),
        dict: RefCell::new(Default::default()),
        kind,
        construction: Default::default(),
    })
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::new()));
}

/// The built-in classes of this thread's interpreter.
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}

/// The class of any value.
pub fn class_of(value: &Value) -> Rc<Class> {
    let t = types();
    match value {
        Value::Unbound | Value::None => t.none_type.clone(),
        Value::NotImplemented => t.not_implemented_type.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(_) => t.set.clone(),
        Value::FrozenSet(_) => t.frozenset.clone(),
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(m) => match m.function {
            Value::Builtin(_) => t.builtin_function.clone(),
            _ => t.method.clone(),
        },
        Value::Class(_) => t.type_.clone(),
        Value::Instance(i) => i.class.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Iterator(it) => match it.try_borrow() {
            Ok(state) => iterator_class(iterator::iterator_type_name(&state)),
            Err(_) => t.iterator.clone(),
        },
        Value::Descriptor(d) => match &**d {
            value::Descriptor::Property { .. } => t.property.clone(),
            value::Descriptor::StaticMethod(_) => t.staticmethod.clone(),
            value::Descriptor::ClassMethod(_) => t.classmethod.clone(),
        },
        Value::Native(n) => native_class(n),
        Value::Future(f) => {
            let l = library();
            if f.is_task() {
                l.task_class.clone()
            } else {
                l.future_class.clone()
            }
        }
    }
}

thread_local! {
    static ITERATOR_CLASSES: RefCell<Vec<(&'static str, Rc<Class>)>> = const { RefCell::new(Vec::new()) };
}

/// The class of one kind of built-in iterator (`map`, `list_iterator`, `generator`, ...):
/// CPython gives each its own type, so `type(it).__name__` tells them apart. Made on first use.
pub fn iterator_class(name: &'static str) -> Rc<Class> {
    ITERATOR_CLASSES.with(|cache| {
        if let Some((_, class)) = cache.borrow().iter().find(|(n, _)| *n == name) {
            return class.clone();
        }
        let class = new_class(name, Some(&types().object), ClassKind::Iterator);
        dunders::install_iterator_dunders(&class);
        cache.borrow_mut().push((name, class.clone()));
        class
    })
}

/// The type name used in messages (`'int' object is not callable`).
pub fn type_name(value: &Value) -> Rc<str> {
    match value {
        Value::Iterator(it) => Rc::from(iterator::iterator_type_name(&it.borrow())),
        _ => class_of(value).name.name(),
    }
}
