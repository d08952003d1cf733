//! help() texts: The builtin functions, and the iterator classes called like functions (`enumerate`,
//! `zip`, `map`, ...).

use super::Entry;

pub(super) const TEXTS: &[Entry] = &[
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
];
