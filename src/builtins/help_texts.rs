//! The texts `help()` shows for pyco's builtins and asyncio: a signature and one short
//! paragraph each, written for pyco (CPython's pydoc pages are far longer).

/// The help of a builtin or asyncio name: `(signature, description)`. `name` is the bare
/// name for builtins (`"print"`, `"len"`, `"int"`, `"ValueError"`) and `"asyncio.NAME"` for
/// asyncio (`"asyncio.gather"`, `"asyncio.Queue"`), and `"asyncio"` for the module itself.
pub fn lookup(name: &str) -> Option<(&'static str, &'static str)> {
    TEXTS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, s, d)| (*s, *d))
}

/// Every name with a text, for the test that checks coverage.
#[cfg(test)]
pub fn names() -> impl Iterator<Item = &'static str> {
    TEXTS.iter().map(|(n, _, _)| *n)
}

/// `(name, signature, description)`: the builtin functions, the builtin classes and
/// exceptions, then `asyncio` and its names, then `nest_asyncio`. Signatures are CPython
/// 3.11's (`inspect.signature`, or the docs' form where it has none).
const TEXTS: &[(&str, &str, &str)] = &[
    // ----- builtin functions -----
    (
        "print",
        "print(*args, sep=' ', end='\\n', file=None, flush=False)",
        "Writes the values to standard output (or to file), each converted with str(), separated by sep and followed by end. With no values it writes just end, an empty line by default. flush=True pushes the output out at once instead of leaving it buffered.",
    ),
    (
        "len",
        "len(obj, /)",
        "Returns the number of items in a container: the characters of a str, the elements of a list, tuple, set or range, the keys of a dict. It calls the object's __len__ method; objects without one raise TypeError.",
    ),
    (
        "repr",
        "repr(obj, /)",
        "Returns a string representing the object, the form the interactive prompt shows. For many built-in values it is code that would recreate the value, with quotes around strings: repr('a') is \"'a'\". Classes customize it with __repr__.",
    ),
    (
        "isinstance",
        "isinstance(obj, class_or_tuple, /)",
        "Returns True if obj is an instance of the class or of a subclass of it. The second argument may also be a tuple of classes, or a union such as int | str, meaning any of them: isinstance(x, (int, float)).",
    ),
    (
        "issubclass",
        "issubclass(cls, class_or_tuple, /)",
        "Returns True if cls is the given class or derives from it, directly or indirectly. The second argument may also be a tuple of classes, meaning any of them. A class counts as a subclass of itself, and every class is a subclass of object.",
    ),
    (
        "abs",
        "abs(x, /)",
        "Returns the absolute value of a number: abs(-3) is 3 and abs(-2.5) is 2.5. Other types can support it by defining __abs__.",
    ),
    (
        "min",
        "min(iterable, *[, key, default]) / min(arg1, arg2, *args[, key])",
        "With one iterable, returns its smallest item; with two or more arguments, the smallest of them. key is a function giving the value to compare, as in min(words, key=len). default is returned for an empty iterable, which otherwise raises ValueError. Of equal items, the first is returned.",
    ),
    (
        "max",
        "max(iterable, *[, key, default]) / max(arg1, arg2, *args[, key])",
        "With one iterable, returns its largest item; with two or more arguments, the largest of them. key is a function giving the value to compare, as in max(words, key=len). default is returned for an empty iterable, which otherwise raises ValueError. Of equal items, the first is returned.",
    ),
    (
        "sum",
        "sum(iterable, /, start=0)",
        "Adds up the items of the iterable from left to right, starting from start, and returns the total: sum([1, 2, 3]) is 6. To join strings use ''.join(items) instead; sum() refuses a string start.",
    ),
    (
        "sorted",
        "sorted(iterable, /, *, key=None, reverse=False)",
        "Returns a new list with the items of the iterable in ascending order, leaving the original alone. key is a function whose result is compared instead of each item (key=len, key=str.lower); reverse=True sorts in descending order. The sort is stable: equal items keep their original order.",
    ),
    (
        "any",
        "any(iterable, /)",
        "Returns True if at least one item of the iterable is true, and False otherwise, including for an empty iterable. It stops at the first true item.",
    ),
    (
        "all",
        "all(iterable, /)",
        "Returns True if every item of the iterable is true, including for an empty iterable, and False as soon as it finds a false one.",
    ),
    (
        "iter",
        "iter(object[, sentinel])",
        "Returns an iterator over the object, from its __iter__ method, or by calling __getitem__ with 0, 1, 2 and so on. With a sentinel, object must be a callable: the iterator calls it with no arguments and stops when it returns a value equal to sentinel.",
    ),
    (
        "next",
        "next(iterator[, default])",
        "Returns the next item of an iterator by calling its __next__ method. When the iterator is exhausted, returns default if it was given and otherwise raises StopIteration.",
    ),
    (
        "round",
        "round(number, ndigits=None)",
        "Rounds a number to ndigits digits after the decimal point. Without ndigits it returns the nearest int; with it, a value of the same type as number. Exact halves go to the even choice, so round(2.5) is 2, and since floats are binary, round(2.675, 2) gives 2.67.",
    ),
    (
        "divmod",
        "divmod(x, y, /)",
        "Returns the pair (x // y, x % y), the floor quotient and the remainder: divmod(7, 2) is (3, 1). The remainder has the sign of y.",
    ),
    (
        "pow",
        "pow(base, exp, mod=None)",
        "Returns base raised to the power exp, like base ** exp. With mod, returns base ** exp % mod for integers, computed far more efficiently; a negative exp with mod gives a modular inverse.",
    ),
    (
        "hasattr",
        "hasattr(obj, name, /)",
        "Returns True if the object has an attribute with the given name, a string. It works by calling getattr(obj, name) and checking whether that raises AttributeError.",
    ),
    (
        "getattr",
        "getattr(object, name[, default])",
        "Returns the attribute of the object whose name is the given string: getattr(x, 'size') is x.size. If there is no such attribute, returns default when it was given and otherwise raises AttributeError.",
    ),
    (
        "setattr",
        "setattr(obj, name, value, /)",
        "Sets the attribute of the object named by the given string: setattr(x, 'size', 3) does x.size = 3. Returns None.",
    ),
    (
        "delattr",
        "delattr(obj, name, /)",
        "Deletes the attribute of the object named by the given string: delattr(x, 'size') does del x.size.",
    ),
    (
        "callable",
        "callable(obj, /)",
        "Returns True if the object can be called: functions, methods, classes, and instances of classes that define __call__. A True result does not promise that a call will succeed.",
    ),
    (
        "id",
        "id(obj, /)",
        "Returns an integer identifying the object, unique and constant for its lifetime. Two objects that exist at the same time never share an id, and a is b is the same as id(a) == id(b); an id may be reused after an object is gone.",
    ),
    (
        "hash",
        "hash(obj, /)",
        "Returns the hash value of the object, an int used to find dict keys and set members quickly. Objects that compare equal have the same hash. Mutable containers such as list, dict and set are unhashable and raise TypeError.",
    ),
    (
        "chr",
        "chr(i, /)",
        "Returns the one-character string whose Unicode code point is the integer i: chr(97) is 'a'. The inverse of ord(); i must be from 0 to 1114111.",
    ),
    (
        "ord",
        "ord(c, /)",
        "Returns the Unicode code point of a one-character string as an integer: ord('a') is 97. The inverse of chr().",
    ),
    (
        "hex",
        "hex(number, /)",
        "Converts an integer to a lowercase hexadecimal string prefixed with '0x': hex(255) is '0xff'. For the digits alone use format(n, 'x').",
    ),
    (
        "bin",
        "bin(number, /)",
        "Converts an integer to a binary string prefixed with '0b': bin(5) is '0b101'. For the digits alone use format(n, 'b').",
    ),
    (
        "oct",
        "oct(number, /)",
        "Converts an integer to an octal string prefixed with '0o': oct(8) is '0o10'. For the digits alone use format(n, 'o').",
    ),
    (
        "format",
        "format(value, format_spec='', /)",
        "Formats the value by format_spec, the same mini-language that follows the colon in an f-string: format(3.14159, '.2f') is '3.14' and format(42, '>5') is '   42'. It calls the value's __format__ method; an empty spec usually gives str(value).",
    ),
    (
        "input",
        "input(prompt='', /)",
        "Writes the prompt, if given, to standard output without a newline, then reads one line from standard input and returns it as a string without the trailing newline. Raises EOFError when input has ended.",
    ),
    (
        "ascii",
        "ascii(obj, /)",
        "Like repr(), but any non-ASCII characters in the result are written as \\x, \\u or \\U escapes, so the string contains only ASCII: ascii('café') is \"'caf\\\\xe9'\".",
    ),
    (
        "vars",
        "vars([object])",
        "Returns the __dict__ of a module, class or instance: its attributes as a mapping. Without an argument it acts like locals(). Objects without a __dict__ raise TypeError.",
    ),
    (
        "dir",
        "dir([object])",
        "Without an argument, returns the names defined in the current scope. With an object, returns a sorted list of its attribute names, including those it inherits from its class and base classes. A class can customize the result with __dir__.",
    ),
    (
        "globals",
        "globals()",
        "Returns the dictionary of the current module's global variables. It is the real namespace, so changing the dictionary changes the globals.",
    ),
    (
        "locals",
        "locals()",
        "Returns a dictionary of the current local variables. At module level it is the same dictionary as globals(); inside a function it is a snapshot, and changing it does not change the variables.",
    ),
    (
        "super",
        "super() / super(type, object_or_type=None)",
        "Returns a proxy object that finds methods in the classes after type in the method resolution order, usually the parent class. Inside a method, super() with no arguments means super(ThisClass, self), so super().__init__(x) runs the parent's __init__.",
    ),
    (
        "exit",
        "exit(code=None)",
        "Ends the program or the interactive session by raising SystemExit(code). None or 0 means success, another integer is the exit status, and any other object is printed to standard error with status 1. At the prompt, call it with parentheses, or press Ctrl-D.",
    ),
    (
        "quit",
        "quit(code=None)",
        "The same as exit(): ends the program or the interactive session by raising SystemExit(code). None or 0 means success, another integer is the exit status. At the prompt, call it with parentheses, or press Ctrl-D.",
    ),
    (
        "help",
        "help() / help(request)",
        "Shows the documentation of an object: help(len) prints the signature and description of len, help(asyncio.gather) that of gather. A string is looked up as the name of a module, keyword or topic; with no argument, an interactive help session starts.",
    ),
    (
        "eval",
        "eval(source, globals=None, locals=None, /)",
        "Evaluates a string holding one Python expression and returns its value: eval('1 + 2') is 3. globals and locals give the namespaces it sees, the caller's by default. It can run any code, so never give it text from an untrusted source.",
    ),
    (
        "exec",
        "exec(source, globals=None, locals=None, /, *, closure=None)",
        "Executes a string (or code object) of Python statements and returns None. globals and locals give the namespaces it runs in, the caller's by default, and its assignments land in them. Like eval(), it runs any code, so never give it untrusted text.",
    ),
    (
        "open",
        "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
        "Opens a file and returns a file object. mode is 'r' to read text (the default), 'w' to write (emptying the file first), 'a' to append, 'x' to create; add 'b' for bytes. Use it in a with statement so the file gets closed: with open('data.txt') as f: text = f.read().",
    ),
    // ----- the iterator classes called like functions -----
    (
        "reversed",
        "reversed(sequence, /)",
        "Returns an iterator over the items of a sequence from last to first, without copying it. The argument must support len() and indexing, or define __reversed__; for a general iterable, use reversed(list(it)).",
    ),
    (
        "enumerate",
        "enumerate(iterable, start=0)",
        "An iterator of (index, item) pairs, counting from start: for i, line in enumerate(lines): numbers the lines as it loops over them.",
    ),
    (
        "zip",
        "zip(*iterables, strict=False)",
        "An iterator of tuples that pairs up the items of several iterables: zip([1, 2], 'ab') gives (1, 'a') then (2, 'b'). It stops at the end of the shortest iterable; with strict=True, iterables of unequal length raise ValueError instead.",
    ),
    (
        "map",
        "map(function, iterable, *iterables)",
        "An iterator that calls function on each item of the iterable and yields the results; with several iterables, function gets one item from each, stopping at the shortest. It is lazy, computing each result when asked: wrap it in list() to get them all.",
    ),
    (
        "filter",
        "filter(function, iterable)",
        "An iterator over the items of the iterable for which function(item) is true. With None as the function, it keeps the items that are true themselves. Like map, it is lazy.",
    ),
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
    // ----- exceptions and warnings -----
    (
        "BaseException",
        "BaseException(*args)",
        "The base class of all exceptions. args holds the constructor arguments, which str(e) shows. Catch Exception rather than this class, since BaseException also covers SystemExit, KeyboardInterrupt and asyncio.CancelledError.",
    ),
    (
        "SystemExit",
        "SystemExit(*args)",
        "Raised by exit() and sys.exit() to end the program. Its code attribute, the first argument, is the exit status: None or 0 for success. It derives from BaseException, so except Exception does not stop it.",
    ),
    (
        "KeyboardInterrupt",
        "KeyboardInterrupt(*args)",
        "Raised when the user presses Ctrl-C. It derives from BaseException rather than Exception, so except Exception blocks do not swallow it.",
    ),
    (
        "GeneratorExit",
        "GeneratorExit(*args)",
        "Raised inside a generator or coroutine when its close() method is called, so that its finally blocks run. Let it propagate rather than catching it. It derives from BaseException.",
    ),
    (
        "Exception",
        "Exception(*args)",
        "The base class of all ordinary exceptions; your own exception classes should derive from it. except Exception catches every error but not SystemExit, KeyboardInterrupt or asyncio.CancelledError.",
    ),
    (
        "StopIteration",
        "StopIteration(*args)",
        "Raised by next() and by an iterator's __next__ method when there are no more items; a for loop catches it and ends. Its value attribute carries the return value of a generator or coroutine.",
    ),
    (
        "StopAsyncIteration",
        "StopAsyncIteration(*args)",
        "Raised by an asynchronous iterator's __anext__ method when there are no more items; an async for loop catches it and ends.",
    ),
    (
        "MemoryError",
        "MemoryError(*args)",
        "Raised when an operation runs out of memory and the program might still recover, for example by deleting some objects.",
    ),
    (
        "ArithmeticError",
        "ArithmeticError(*args)",
        "The base class of the errors raised by arithmetic: ZeroDivisionError, OverflowError and FloatingPointError.",
    ),
    (
        "ZeroDivisionError",
        "ZeroDivisionError(*args)",
        "Raised when the second operand of a division or modulo is zero, as in 1 / 0, 1 // 0 or 1 % 0. A subclass of ArithmeticError.",
    ),
    (
        "OverflowError",
        "OverflowError(*args)",
        "Raised when the result of an arithmetic operation is too large to represent, for instance 2.0 ** 10000. Integer arithmetic does not overflow, since integers grow as needed.",
    ),
    (
        "FloatingPointError",
        "FloatingPointError(*args)",
        "Raised when a floating-point operation fails. Not used by default: invalid float operations give inf, nan or other exceptions instead.",
    ),
    (
        "AssertionError",
        "AssertionError(*args)",
        "Raised when the condition of an assert statement is false; the optional message after the comma, as in assert x > 0, 'x must be positive', becomes its argument.",
    ),
    (
        "AttributeError",
        "AttributeError(*args, name=None, obj=None)",
        "Raised when an attribute reference or assignment fails, usually because the object has no attribute of that name. The name and obj attributes give the attribute's name and the object.",
    ),
    (
        "LookupError",
        "LookupError(*args)",
        "The base class of IndexError and KeyError, raised when a key or index used on a mapping or sequence is invalid.",
    ),
    (
        "IndexError",
        "IndexError(*args)",
        "Raised when a sequence index is out of range, as in [1, 2][5]. Slices never raise it; they are clipped to the sequence.",
    ),
    (
        "KeyError",
        "KeyError(*args)",
        "Raised when a mapping key is not found, as in d['missing']; the argument is the key. Use d.get(key) or key in d to avoid it.",
    ),
    (
        "NameError",
        "NameError(*args, name=None)",
        "Raised when a local or global name is not found, usually a misspelled variable or one used before it is defined. The name attribute holds the missing name.",
    ),
    (
        "UnboundLocalError",
        "UnboundLocalError(*args, name=None)",
        "A NameError raised when a local variable is used in a function before it has a value, often because an assignment later in the function makes the name local; global or nonlocal declares the outer one instead.",
    ),
    (
        "RuntimeError",
        "RuntimeError(*args)",
        "Raised for an error that fits no other category. asyncio raises it, for instance, when asyncio.run() is called while an event loop is already running, or when get_running_loop() finds none.",
    ),
    (
        "RecursionError",
        "RecursionError(*args)",
        "Raised when the maximum recursion depth is exceeded, usually by a function that keeps calling itself without reaching a base case. A subclass of RuntimeError.",
    ),
    (
        "NotImplementedError",
        "NotImplementedError(*args)",
        "Raised by abstract methods, or by code not written yet, to say that a subclass must provide the method. Not to be confused with the NotImplemented value that comparison and arithmetic methods return.",
    ),
    (
        "TypeError",
        "TypeError(*args)",
        "Raised when an operation or function is applied to an object of the wrong type, as in 1 + 'a', or when a function is called with the wrong number or kind of arguments.",
    ),
    (
        "ValueError",
        "ValueError(*args)",
        "Raised when an argument has the right type but an unsuitable value, as in int('abc'), or when unpacking finds the wrong number of items.",
    ),
    (
        "UnicodeError",
        "UnicodeError(*args)",
        "The base class of the errors raised when encoding or decoding Unicode text fails. A subclass of ValueError.",
    ),
    (
        "UnicodeDecodeError",
        "UnicodeDecodeError(encoding, object, start, end, reason)",
        "Raised when bytes cannot be decoded with an encoding, for example invalid UTF-8 passed to bytes.decode(). The attributes encoding, object, start, end and reason describe the failing part.",
    ),
    (
        "UnicodeEncodeError",
        "UnicodeEncodeError(encoding, object, start, end, reason)",
        "Raised when a string cannot be encoded with an encoding, as in 'café'.encode('ascii'). The attributes encoding, object, start, end and reason describe the failing part.",
    ),
    (
        "ImportError",
        "ImportError(*args, name=None, path=None)",
        "Raised when an import statement cannot load a module, or from ... import cannot find a name in it. The name and path attributes give the module's name and file.",
    ),
    (
        "ModuleNotFoundError",
        "ModuleNotFoundError(*args, name=None, path=None)",
        "A subclass of ImportError raised when a module cannot be found at all, for example because the name is misspelled or the package is not installed.",
    ),
    (
        "OSError",
        "OSError([arg]) / OSError(errno, strerror[, filename[, winerror[, filename2]]])",
        "Raised when a system function fails, such as opening a file. errno, strerror and filename describe the failure, and the constructor returns the matching subclass, such as FileNotFoundError. IOError and EnvironmentError are other names for it.",
    ),
    (
        "IOError",
        "IOError([arg]) / IOError(errno, strerror[, filename[, winerror[, filename2]]])",
        "An old name for OSError, kept for compatibility: IOError is OSError.",
    ),
    (
        "EnvironmentError",
        "EnvironmentError([arg]) / EnvironmentError(errno, strerror[, filename[, winerror[, filename2]]])",
        "An old name for OSError, kept for compatibility: EnvironmentError is OSError.",
    ),
    (
        "TimeoutError",
        "TimeoutError(*args)",
        "Raised when a system operation times out; a subclass of OSError. Since Python 3.11 it is also asyncio.TimeoutError, raised by asyncio.wait_for() and asyncio.timeout() when the time limit passes.",
    ),
    (
        "ConnectionError",
        "ConnectionError(*args)",
        "The base class of connection errors: BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError and ConnectionResetError. A subclass of OSError.",
    ),
    (
        "BrokenPipeError",
        "BrokenPipeError(*args)",
        "Raised when writing to a pipe whose other end has been closed, or to a socket that has been shut down for writing. A subclass of ConnectionError.",
    ),
    (
        "ConnectionAbortedError",
        "ConnectionAbortedError(*args)",
        "Raised when a connection attempt is aborted by the peer. A subclass of ConnectionError.",
    ),
    (
        "ConnectionRefusedError",
        "ConnectionRefusedError(*args)",
        "Raised when the peer refuses a connection attempt, typically because nothing is listening on that port. A subclass of ConnectionError.",
    ),
    (
        "ConnectionResetError",
        "ConnectionResetError(*args)",
        "Raised when the peer resets an open connection. A subclass of ConnectionError.",
    ),
    (
        "FileNotFoundError",
        "FileNotFoundError(*args)",
        "Raised when a file or directory is requested but does not exist, as in open('missing.txt'). A subclass of OSError.",
    ),
    (
        "FileExistsError",
        "FileExistsError(*args)",
        "Raised when trying to create a file or directory that already exists. A subclass of OSError.",
    ),
    (
        "PermissionError",
        "PermissionError(*args)",
        "Raised when an operation lacks the access rights it needs, such as writing to a read-only file. A subclass of OSError.",
    ),
    (
        "InterruptedError",
        "InterruptedError(*args)",
        "Raised when a system call is interrupted by an incoming signal; Python retries most such calls itself. A subclass of OSError.",
    ),
    (
        "BlockingIOError",
        "BlockingIOError(*args)",
        "Raised when an operation would block on an object, such as a socket, that is set for non-blocking operation. A subclass of OSError.",
    ),
    (
        "ChildProcessError",
        "ChildProcessError(*args)",
        "Raised when an operation on a child process fails. A subclass of OSError.",
    ),
    (
        "IsADirectoryError",
        "IsADirectoryError(*args)",
        "Raised when a file operation, such as open(), is requested on a directory. A subclass of OSError.",
    ),
    (
        "NotADirectoryError",
        "NotADirectoryError(*args)",
        "Raised when a directory operation, such as listing its contents, is requested on something that is not a directory. A subclass of OSError.",
    ),
    (
        "ProcessLookupError",
        "ProcessLookupError(*args)",
        "Raised when a given process does not exist. A subclass of OSError.",
    ),
    (
        "ReferenceError",
        "ReferenceError(*args)",
        "Raised when a weak reference proxy is used after the object it refers to has been garbage collected.",
    ),
    (
        "BufferError",
        "BufferError(*args)",
        "Raised when an operation on a buffer, the memory of an object such as bytes or bytearray, cannot be performed.",
    ),
    (
        "EOFError",
        "EOFError(*args)",
        "Raised when input() reaches the end of input without reading any data, for example after Ctrl-D at the prompt.",
    ),
    (
        "SyntaxError",
        "SyntaxError(*args)",
        "Raised when the parser finds invalid code, in a program or in a string given to eval(), exec() or compile(). The attributes filename, lineno, offset and text locate the error.",
    ),
    (
        "IndentationError",
        "IndentationError(*args)",
        "A SyntaxError raised for incorrect indentation, such as a missing indented block after a colon or an unexpected indent.",
    ),
    (
        "TabError",
        "TabError(*args)",
        "An IndentationError raised when the indentation mixes tabs and spaces inconsistently.",
    ),
    (
        "BaseExceptionGroup",
        "BaseExceptionGroup(message, exceptions)",
        "Bundles several exceptions raised together; the exceptions attribute holds them, and except* clauses handle them by type. When all of them are Exception instances, the constructor returns an ExceptionGroup instead.",
    ),
    (
        "ExceptionGroup",
        "ExceptionGroup(message, exceptions)",
        "An exception group whose members are all Exception instances, so except Exception catches it. asyncio.TaskGroup raises one holding the errors of its failed tasks; handle them one kind at a time with clauses such as except* ValueError:.",
    ),
    (
        "Warning",
        "Warning(*args)",
        "The base class of the warning categories. Warnings are issued with warnings.warn() and by default printed to standard error, once per location, rather than raised.",
    ),
    (
        "RuntimeWarning",
        "RuntimeWarning(*args)",
        "The category of warnings about dubious runtime behaviour. For example, a coroutine that is never awaited triggers RuntimeWarning: coroutine ... was never awaited.",
    ),
    (
        "DeprecationWarning",
        "DeprecationWarning(*args)",
        "The category of warnings about deprecated features, which later versions will remove. Shown by default only when triggered directly by code in __main__.",
    ),
    (
        "UserWarning",
        "UserWarning(*args)",
        "The category that warnings.warn() uses when no other category is given.",
    ),
    (
        "PendingDeprecationWarning",
        "PendingDeprecationWarning(*args)",
        "The category of warnings about features that will be deprecated in the future. Ignored by default.",
    ),
    (
        "SyntaxWarning",
        "SyntaxWarning(*args)",
        "The category of warnings about dubious syntax, such as x is 1, which compares with a literal by identity rather than by value.",
    ),
    (
        "FutureWarning",
        "FutureWarning(*args)",
        "The category of warnings about constructs whose meaning will change in the future, aimed at end users and shown by default.",
    ),
    (
        "ImportWarning",
        "ImportWarning(*args)",
        "The category of warnings about probable mistakes in module imports. Ignored by default.",
    ),
    (
        "UnicodeWarning",
        "UnicodeWarning(*args)",
        "The category of warnings related to Unicode.",
    ),
    (
        "ResourceWarning",
        "ResourceWarning(*args)",
        "The category of warnings about resources not released properly, such as a file never closed. Ignored by default.",
    ),
    // ----- asyncio -----
    (
        "asyncio",
        "asyncio",
        "The standard library module for concurrent code written with async and await. asyncio.run(main()) starts an event loop and runs the coroutine main; each await pauses the current task until its result is ready, while the loop runs other tasks. create_task, gather, TaskGroup, sleep, wait_for, Queue and Lock are the usual building blocks.",
    ),
    (
        "asyncio.run",
        "asyncio.run(main, *, debug=None)",
        "Runs the coroutine main in a new event loop and returns its result: the usual entry point of an asyncio program. When main finishes, tasks still pending are cancelled and the loop is closed. Calling it while an event loop is already running in the same thread raises RuntimeError.",
    ),
    (
        "asyncio.sleep",
        "asyncio.sleep(delay, result=None)",
        "A coroutine that suspends the current task for delay seconds, letting other tasks run meanwhile, then returns result. await asyncio.sleep(0) just gives the other tasks one turn. Unlike time.sleep(), it does not block the event loop.",
    ),
    (
        "asyncio.gather",
        "asyncio.gather(*coros_or_futures, return_exceptions=False)",
        "Runs the awaitables concurrently, wrapping coroutines in Tasks. Awaiting it returns a list of their results in argument order, not completion order. The first exception propagates at once (the others keep running) unless return_exceptions=True, which puts exceptions in the list. Cancelling the gather cancels them all.",
    ),
    (
        "asyncio.create_task",
        "asyncio.create_task(coro, *, name=None, context=None)",
        "Wraps the coroutine in a Task and schedules it on the running event loop, returning the Task at once without waiting; the coroutine starts at the task's next turn. Keep a reference and await it later for its result. It needs a running loop, so call it from a coroutine.",
    ),
    (
        "asyncio.ensure_future",
        "asyncio.ensure_future(coro_or_future, *, loop=None)",
        "Returns a Future for the argument: a Future or Task is returned unchanged, a coroutine is wrapped in a scheduled Task, and another awaitable in a Task that awaits it. For coroutines, asyncio.create_task() is preferred in new code.",
    ),
    (
        "asyncio.current_task",
        "asyncio.current_task(loop=None)",
        "Returns the Task running now, the one executing the coroutine that calls it, or None when no task is running.",
    ),
    (
        "asyncio.all_tasks",
        "asyncio.all_tasks(loop=None)",
        "Returns the set of the loop's Tasks that are not done yet, including the current one. Without loop, uses the running loop.",
    ),
    (
        "asyncio.get_event_loop",
        "asyncio.get_event_loop()",
        "Returns the running event loop when called from a coroutine or callback. Otherwise returns the current thread's loop, creating one if none is set, a use that is deprecated. In coroutines, prefer asyncio.get_running_loop().",
    ),
    (
        "asyncio.new_event_loop",
        "asyncio.new_event_loop()",
        "Creates and returns a new event loop. It is neither running nor current: asyncio.set_event_loop() makes it current, loop.run_until_complete(coro) runs a coroutine on it, and loop.close() closes it when done.",
    ),
    (
        "asyncio.set_event_loop",
        "asyncio.set_event_loop(loop)",
        "Makes loop the current event loop of the current thread, the one asyncio.get_event_loop() returns when no loop is running.",
    ),
    (
        "asyncio.get_running_loop",
        "asyncio.get_running_loop()",
        "Returns the event loop running in the current thread, or raises RuntimeError if none is, so it only works in coroutines and callbacks. Use it for loop methods such as call_soon(), call_later(), time() and create_future().",
    ),
    (
        "asyncio.iscoroutine",
        "asyncio.iscoroutine(obj)",
        "Returns True if obj is a coroutine object, such as the not yet awaited result of calling an async def function.",
    ),
    (
        "asyncio.iscoroutinefunction",
        "asyncio.iscoroutinefunction(func)",
        "Returns True if func is a coroutine function, one defined with async def, whose calls return coroutines instead of running its body.",
    ),
    (
        "asyncio.isfuture",
        "asyncio.isfuture(obj)",
        "Returns True if obj is an asyncio Future, a Task, or another object compatible with Future.",
    ),
    (
        "asyncio.Future",
        "asyncio.Future(*, loop=None)",
        "A low-level awaitable standing for a result that is not ready yet. Some code completes it with set_result() or set_exception(); awaiting it suspends until then, and returns the result or raises the exception. done(), result(), cancel() and add_done_callback() inspect and control it. Usually made with loop.create_future().",
    ),
    (
        "asyncio.Task",
        "asyncio.Task(coro, *, loop=None, name=None, context=None)",
        "A Future that runs a coroutine on the event loop, resuming it whenever what it awaits completes; the task's result is the coroutine's return value. Create one with asyncio.create_task(). cancel() raises CancelledError inside the coroutine; done(), result() and get_name() inspect it.",
    ),
    (
        "asyncio.Handle",
        "asyncio.Handle(callback, args, loop, context=None)",
        "The object loop.call_soon() returns for a scheduled callback. cancel() keeps the callback from running if it has not run yet, and cancelled() says whether it was cancelled.",
    ),
    (
        "asyncio.TimerHandle",
        "asyncio.TimerHandle(when, callback, args, loop, context=None)",
        "The Handle that loop.call_later() and loop.call_at() return for a callback scheduled at a time. Besides cancel() and cancelled(), when() gives the scheduled time on the loop's clock, loop.time().",
    ),
    (
        "asyncio.AbstractEventLoop",
        "asyncio.AbstractEventLoop()",
        "The abstract base class of event loops, listing the methods every loop provides: run_until_complete(), run_forever(), stop(), close(), call_soon(), call_later(), call_at(), time(), create_task(), create_future() and more. Get the actual loop with asyncio.get_running_loop().",
    ),
    (
        "asyncio.CancelledError",
        "asyncio.CancelledError(*args)",
        "Raised inside a task's coroutine when the task is cancelled, and by awaiting a cancelled task or future. It derives from BaseException, so except Exception does not catch it; code that catches it to clean up should raise it again.",
    ),
    (
        "asyncio.InvalidStateError",
        "asyncio.InvalidStateError(*args)",
        "Raised when an operation does not fit the state of a Future or Task, such as set_result() on a future that is already done, or result() on one that is not done yet.",
    ),
    (
        "asyncio.TimeoutError",
        "asyncio.TimeoutError(*args)",
        "Raised by asyncio.wait_for() and asyncio.timeout() when the time limit passes, after cancelling the operation. Since Python 3.11 it is the same class as the builtin TimeoutError.",
    ),
    (
        "asyncio.Event",
        "asyncio.Event()",
        "A flag that tasks can wait for: await event.wait() suspends until another task calls event.set(), which wakes every waiting task. clear() resets the flag and is_set() reads it.",
    ),
    (
        "asyncio.Queue",
        "asyncio.Queue(maxsize=0)",
        "A first-in, first-out queue for passing items between tasks: await put(item) adds one, waiting while the queue is full if maxsize > 0, and await get() removes one, waiting while it is empty. put_nowait() and get_nowait() raise QueueFull or QueueEmpty instead; task_done() and await join() track finished work.",
    ),
    (
        "asyncio.LifoQueue",
        "asyncio.LifoQueue(maxsize=0)",
        "A variant of asyncio.Queue that returns the most recently added item first (last in, first out), like a stack.",
    ),
    (
        "asyncio.PriorityQueue",
        "asyncio.PriorityQueue(maxsize=0)",
        "A variant of asyncio.Queue that returns the smallest item first. Items are usually (priority, data) tuples, so lower priority numbers come out first.",
    ),
    (
        "asyncio.QueueEmpty",
        "asyncio.QueueEmpty(*args)",
        "Raised by a queue's get_nowait() when the queue has no items.",
    ),
    (
        "asyncio.QueueFull",
        "asyncio.QueueFull(*args)",
        "Raised by a queue's put_nowait() when the queue already holds maxsize items.",
    ),
    (
        "asyncio.Lock",
        "asyncio.Lock()",
        "A mutual-exclusion lock for tasks: async with lock: lets one task at a time run the block while the others wait their turn. acquire() is a coroutine, release() a plain method, and locked() says whether the lock is held.",
    ),
    (
        "asyncio.Condition",
        "asyncio.Condition(lock=None)",
        "Lets tasks wait for some state to change: inside async with cond:, await cond.wait() releases the lock and sleeps until another task, holding the lock, calls cond.notify() or cond.notify_all(). await cond.wait_for(predicate) waits until predicate() is true.",
    ),
    (
        "asyncio.Semaphore",
        "asyncio.Semaphore(value=1)",
        "Limits how many tasks may be inside a block at once, for example 10 downloads at a time. It keeps a counter starting at value: acquire(), or entering async with sem:, decrements it and waits while it is zero, and release() increments it.",
    ),
    (
        "asyncio.BoundedSemaphore",
        "asyncio.BoundedSemaphore(value=1)",
        "A Semaphore that raises ValueError if release() would increase the counter above its initial value, which catches releases without a matching acquire.",
    ),
    (
        "asyncio.Barrier",
        "asyncio.Barrier(parties)",
        "Makes a number of tasks wait for each other: each calls await barrier.wait(), and all are released together once parties tasks are waiting. abort() breaks the barrier, making waiters raise BrokenBarrierError. Added in Python 3.11.",
    ),
    (
        "asyncio.BrokenBarrierError",
        "asyncio.BrokenBarrierError(*args)",
        "Raised by Barrier.wait() when the barrier is broken or reset while tasks are waiting. A subclass of RuntimeError.",
    ),
    (
        "asyncio.IncompleteReadError",
        "asyncio.IncompleteReadError(partial, expected)",
        "Raised by a stream reader's readexactly() when the stream ends before the requested number of bytes has arrived. partial holds the bytes read before the end, and expected the number requested. A subclass of EOFError.",
    ),
    (
        "asyncio.LimitOverrunError",
        "asyncio.LimitOverrunError(message, consumed)",
        "Raised by a stream reader's readuntil() when its buffer limit is reached before the separator is found. consumed is the number of bytes to be consumed.",
    ),
    (
        "asyncio.SendfileNotAvailableError",
        "asyncio.SendfileNotAvailableError(*args)",
        "Raised by loop.sendfile() when the operating system's sendfile call cannot be used for the given socket or file and the fallback is disabled. A subclass of RuntimeError.",
    ),
    (
        "asyncio.Runner",
        "asyncio.Runner(*, debug=None, loop_factory=None)",
        "A context manager that runs several top-level coroutines in one event loop: with asyncio.Runner() as runner: runner.run(main()). The loop is closed when the block ends; asyncio.run() is a one-shot Runner. Added in Python 3.11.",
    ),
    (
        "asyncio.TaskGroup",
        "asyncio.TaskGroup()",
        "Structured concurrency: async with asyncio.TaskGroup() as tg: starts tasks with tg.create_task(coro()), and the end of the block waits for all of them. If one fails, the others are cancelled and the errors are raised together in an ExceptionGroup. Added in Python 3.11.",
    ),
    (
        "asyncio.Timeout",
        "asyncio.Timeout(when)",
        "The asynchronous context manager that asyncio.timeout() and asyncio.timeout_at() return. when is a deadline on the loop's clock, or None for no limit; reschedule(when) moves it, and expired() says whether it has passed. Added in Python 3.11.",
    ),
    (
        "asyncio.timeout",
        "asyncio.timeout(delay)",
        "Returns an asynchronous context manager that limits how long its block may run: in async with asyncio.timeout(5):, the awaited work is cancelled after delay seconds and TimeoutError is raised. None means no limit. Added in Python 3.11.",
    ),
    (
        "asyncio.timeout_at",
        "asyncio.timeout_at(when)",
        "Like asyncio.timeout(), but when is an absolute deadline on the loop's clock, as given by loop.time(), rather than a number of seconds from now. Added in Python 3.11.",
    ),
    (
        "asyncio.wait",
        "asyncio.wait(fs, *, timeout=None, return_when='ALL_COMPLETED')",
        "Waits for the Tasks and Futures in fs and returns two sets, (done, pending). return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED; when timeout passes it returns as things stand, without cancelling anything or raising. Since Python 3.11, coroutines are refused: wrap them with create_task() first.",
    ),
    (
        "asyncio.wait_for",
        "asyncio.wait_for(fut, timeout)",
        "Waits for one awaitable with a time limit, wrapping a coroutine in a Task: returns its result, or after timeout seconds cancels it and raises TimeoutError. timeout=None waits as long as it takes.",
    ),
    (
        "asyncio.as_completed",
        "asyncio.as_completed(fs, *, timeout=None)",
        "Runs the awaitables in fs concurrently and returns an iterator of coroutines that give their results in the order they finish: for c in asyncio.as_completed(aws): result = await c. Raises TimeoutError if the timeout passes before all are done.",
    ),
    (
        "asyncio.shield",
        "asyncio.shield(arg)",
        "Protects an awaitable from cancellation: if the task awaiting shield(x) is cancelled, x keeps running, although that await still raises CancelledError. Cancelling x itself directly still cancels it.",
    ),
    (
        "asyncio.to_thread",
        "asyncio.to_thread(func, /, *args, **kwargs)",
        "A coroutine that runs the blocking function func(*args, **kwargs) in a separate thread and returns its result, so the event loop keeps running other tasks meanwhile.",
    ),
    (
        "asyncio.run_coroutine_threadsafe",
        "asyncio.run_coroutine_threadsafe(coro, loop)",
        "Submits a coroutine to an event loop running in another thread and returns a concurrent.futures.Future, whose result() waits for the coroutine's result. The way for ordinary threads to hand work to a loop.",
    ),
    (
        "asyncio.wrap_future",
        "asyncio.wrap_future(future, *, loop=None)",
        "Wraps a concurrent.futures.Future, such as one from a thread or process pool, in an asyncio Future, so that coroutines can await it.",
    ),
    (
        "asyncio.open_connection",
        "asyncio.open_connection(host=None, port=None, *, limit=65536, **kwds)",
        "A coroutine that opens a TCP connection and returns a (reader, writer) pair of streams: await reader.readline() or reader.read(n) to receive, and writer.write(data) followed by await writer.drain() to send.",
    ),
    (
        "asyncio.start_server",
        "asyncio.start_server(client_connected_cb, host=None, port=None, *, limit=65536, **kwds)",
        "A coroutine that starts a TCP server and returns a Server object. For each client, client_connected_cb(reader, writer) is called with a pair of streams; if it is a coroutine function, it runs as a Task.",
    ),
    (
        "asyncio.open_unix_connection",
        "asyncio.open_unix_connection(path=None, *, limit=65536, **kwds)",
        "Like asyncio.open_connection(), but connects to the Unix domain socket at path. Unix only.",
    ),
    (
        "asyncio.start_unix_server",
        "asyncio.start_unix_server(client_connected_cb, path=None, *, limit=65536, **kwds)",
        "Like asyncio.start_server(), but listens on a Unix domain socket at path. Unix only.",
    ),
    (
        "asyncio.create_subprocess_exec",
        "asyncio.create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=65536, **kwds)",
        "A coroutine that starts program with the arguments args as a subprocess and returns a Process. Pass asyncio.subprocess.PIPE as stdin, stdout or stderr to talk to it, and await process.communicate() or process.wait() for it to finish.",
    ),
    (
        "asyncio.create_subprocess_shell",
        "asyncio.create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=65536, **kwds)",
        "Like asyncio.create_subprocess_exec(), but runs the command line cmd through the shell. Quote any untrusted input, for example with shlex.quote().",
    ),
    (
        "asyncio.FIRST_COMPLETED",
        "asyncio.FIRST_COMPLETED",
        "The return_when value that makes asyncio.wait() return as soon as any awaitable finishes or is cancelled.",
    ),
    (
        "asyncio.FIRST_EXCEPTION",
        "asyncio.FIRST_EXCEPTION",
        "The return_when value that makes asyncio.wait() return as soon as any awaitable finishes by raising an exception, or when all are done if none raises.",
    ),
    (
        "asyncio.ALL_COMPLETED",
        "asyncio.ALL_COMPLETED",
        "The default return_when value of asyncio.wait(): it returns when every awaitable has finished or been cancelled.",
    ),
    // ----- nest_asyncio -----
    (
        "nest_asyncio",
        "nest_asyncio",
        "A small third-party module, not part of the standard library, that lets event loops nest: after nest_asyncio.apply(), asyncio.run() and loop.run_until_complete() work even while a loop is already running, as inside a Jupyter notebook.",
    ),
    (
        "nest_asyncio.apply",
        "nest_asyncio.apply(loop=None)",
        "Patches asyncio so that asyncio.run() and loop.run_until_complete() may be called while an event loop is already running, instead of raising RuntimeError. Call it once, near the top of a notebook or script, before the nested calls.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique() {
        let mut seen = HashSet::new();
        for name in names() {
            assert!(seen.insert(name), "{name} has two texts");
        }
    }

    #[test]
    fn each_description_is_one_short_paragraph() {
        for (name, sig, desc) in TEXTS {
            assert!(!sig.is_empty() && !sig.contains('\n'), "{name}: signature");
            assert!(!desc.contains('\n'), "{name}: more than one line");
            assert!(desc.ends_with('.'), "{name}: does not end with a period");
            assert!(
                desc.chars().count() < 400,
                "{name}: longer than 400 characters"
            );
            assert_eq!(desc.trim(), *desc, "{name}: surrounding whitespace");
        }
    }

    #[test]
    fn asyncio_names_are_qualified() {
        for (name, sig, _) in TEXTS {
            if name.starts_with("asyncio") || name.starts_with("nest_asyncio") {
                assert!(sig.starts_with(name), "{name}: signature {sig}");
            }
        }
    }

    #[test]
    fn lookup_finds_texts() {
        let (sig, desc) = lookup("asyncio.gather").unwrap();
        assert!(sig.starts_with("asyncio.gather("));
        assert!(desc.contains("return_exceptions"));
        assert!(lookup("print").is_some());
        assert!(lookup("asyncio").is_some());
        assert!(lookup("no_such_name").is_none());
    }
}
