//! help() texts: The built-in exceptions and warnings.

use super::Entry;

pub(super) const TEXTS: &[Entry] = &[
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
];
