cases = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (ValueError, Exception), (TimeoutError, OSError), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (StopIteration, Exception), (AssertionError, Exception),
    (Exception, BaseException), (TypeError, ValueError), (ExceptionGroup, Exception),
]
for child, parent in cases:
    try:
        raise child("x") if child is not ExceptionGroup else child("eg", [ValueError(1)])
    except parent:
        print(child.__name__, "caught by", parent.__name__)
    except BaseException:
        print(child.__name__, "NOT caught by", parent.__name__)
