//! help() texts: The built-in classes.

use super::Entry;

pub(super) const TEXTS: &[Entry] = &[
    // ----- built-in classes -----
    (
        "object",
        "object()",
        "The base class of all classes. object() returns a featureless instance. Its methods, such as __init__, __repr__, __eq__ (comparing identity) and __hash__, are the defaults that other classes inherit and override.",
    ),
    (
        "type",
        "type(object) / type(name, bases, dict, **kwds)",
        "With one argument, returns the class of an object: type(3) is int. With three, creates a new class from a name, a tuple of base classes and a dict of attributes, as a class statement does. type is itself the class of every class.",
    ),
    (
        "int",
        "int(x=0) / int(x, base=10)",
        "Makes an integer from a number, truncating a float toward zero, or from a string of digits: int('42') is 42. With base, the string is read in that base, from 2 to 36, and base=0 honours prefixes such as 0x. int() is 0. Integers have no size limit.",
    ),
    (
        "bool",
        "bool(x=False)",
        "Returns True or False, the truth value of x: False, None, zero and empty containers are false, and nearly everything else is true. Classes decide with __bool__ or __len__. bool is a subclass of int, so True == 1 and False == 0.",
    ),
    (
        "float",
        "float(x=0, /)",
        "Makes a floating-point number from a number or a string: float('3.5'), float('inf'), float('nan'). float() is 0.0. Floats are binary, so decimal fractions are approximate: 0.1 + 0.2 is not exactly 0.3.",
    ),
    (
        "str",
        "str(object='') / str(object=b'', encoding='utf-8', errors='strict')",
        "Returns the string form of an object, the one print shows, from its __str__ method (falling back to __repr__); str() is ''. With encoding or errors, decodes bytes instead. Strings are immutable sequences of Unicode characters.",
    ),
    (
        "list",
        "list(iterable=(), /)",
        "Makes a new list from the items of the iterable; list() is []. Lists are mutable sequences: append, extend, insert, pop, remove, sort and reverse change them in place.",
    ),
    (
        "tuple",
        "tuple(iterable=(), /)",
        "Makes a tuple from the items of the iterable; tuple() is (). Tuples are immutable sequences, and hashable when their items are, so they can be dict keys and set members.",
    ),
    (
        "dict",
        "dict(**kwargs) / dict(mapping, **kwargs) / dict(iterable, **kwargs)",
        "Makes a dictionary: empty, copied from a mapping, built from an iterable of (key, value) pairs, with keyword arguments added: dict(a=1) is {'a': 1}. A dict maps hashable keys to values and remembers insertion order.",
    ),
    (
        "set",
        "set([iterable])",
        "Makes a new mutable set from the items of the iterable; set() is the empty set, since {} is an empty dict. A set holds unique hashable items, tests membership quickly, and supports union |, intersection & and difference -.",
    ),
    (
        "frozenset",
        "frozenset([iterable])",
        "Makes an immutable set from the items of the iterable. Unlike a set, a frozenset is hashable, so it can be a dict key or a member of another set.",
    ),
    (
        "range",
        "range(stop) / range(start, stop[, step])",
        "An immutable sequence of integers from start (default 0) up to but not including stop, in steps of step (default 1): range(3) gives 0, 1, 2 and range(10, 0, -3) gives 10, 7, 4, 1. It computes its items on demand, so even a huge range takes little memory.",
    ),
    (
        "slice",
        "slice(stop) / slice(start, stop[, step])",
        "The object that a[start:stop:step] passes to __getitem__; omitted parts are None. Its attributes are start, stop and step, and indices(length) turns it into concrete bounds for a sequence of that length.",
    ),
    (
        "property",
        "property(fget=None, fset=None, fdel=None, doc=None)",
        "Makes a managed attribute: reading it calls fget, assigning to it calls fset, deleting it calls fdel. Usually written as the @property decorator above a getter method, with @name.setter above the setter.",
    ),
    (
        "staticmethod",
        "staticmethod(function)",
        "Turns a function into a static method: called on the class or on an instance, it receives no automatic self or cls argument. Usually written as the @staticmethod decorator.",
    ),
    (
        "classmethod",
        "classmethod(function)",
        "Turns a function into a class method: it receives the class as its first argument, cls, whether called on the class or on an instance. Often used for alternative constructors, and usually written as the @classmethod decorator.",
    ),
    (
        "NoneType",
        "NoneType()",
        "The class of None, the value meaning no value: a function without a return statement returns None. It has exactly one instance, so NoneType() returns None; test for it with x is None. The standard library names this class types.NoneType.",
    ),
    (
        "NotImplementedType",
        "NotImplementedType()",
        "The class of NotImplemented, the value that binary special methods such as __eq__ or __add__ return to say they cannot handle the other operand, so that Python tries the reflected method. It has one instance; the standard library names it types.NotImplementedType.",
    ),
    (
        "ellipsis",
        "ellipsis()",
        "The class of Ellipsis, the object also written ..., used in slicing and as a placeholder body or default value. It has one instance, so ellipsis() returns Ellipsis; the standard library names it types.EllipsisType.",
    ),
    (
        "function",
        "function(code, globals, name=None, argdefs=None, closure=None)",
        "The class of functions made by def, async def and lambda. Calling it directly builds a function from a code object, which is rarely needed. The standard library names it types.FunctionType.",
    ),
    (
        "method",
        "method(function, instance, /)",
        "The class of bound methods: obj.meth gives a method that remembers obj and passes it as self when called. method(function, instance) makes one directly. The standard library names it types.MethodType.",
    ),
    (
        "module",
        "module(name, doc=None)",
        "The class of modules, such as the object an import statement binds. module(name) makes an empty module; its attributes are its global variables. The standard library names it types.ModuleType.",
    ),
    (
        "cell",
        "cell([contents])",
        "The class of cells, which hold variables shared between a function and the nested functions (closures) that use them. A function's __closure__ is a tuple of cells, each with the value in its cell_contents attribute. The standard library names it types.CellType.",
    ),
    (
        "iterator",
        "iterator",
        "The class of the iterators that iter() makes for objects that define __getitem__ but not __iter__: it calls __getitem__ with 0, 1, 2 and so on, until that raises IndexError or StopIteration. It cannot be created directly.",
    ),
    (
        "coroutine",
        "coroutine",
        "The class of coroutine objects. Calling an async def function returns one without running its body; the body runs when the coroutine is awaited or wrapped in a Task by asyncio.run() or asyncio.create_task(). One never awaited does nothing and triggers a RuntimeWarning. Named types.CoroutineType.",
    ),
    (
        "mappingproxy",
        "mappingproxy(mapping)",
        "A read-only view of a mapping: it reads from the underlying dict and so reflects its changes, but cannot be modified itself. A class's __dict__ is one. The standard library names this class types.MappingProxyType.",
    ),
];
