# An exception raised while another is being handled gets it as __context__, even when
# it is caught again before it leaves the handler, and in functions called from it.
def direct():
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        try:
            raise TypeError("inner")
        except TypeError as e:
            print("direct:", repr(e.__context__))


def callee():
    try:
        {}["missing"]
    except KeyError as e:
        print("callee:", repr(e.__context__))


def caller():
    try:
        raise ValueError("v")
    except ValueError:
        callee()


def reraised():
    try:
        raise ValueError("same")
    except ValueError:
        try:
            raise
        except ValueError as e:
            print("bare raise keeps no self-context:", e.__context__)


def outside():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    try:
        raise IndexError("i")
    except IndexError as e:
        print("after the handler:", e.__context__)


def explicit():
    first = OSError("first")
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        try:
            raise first
        except OSError as e:
            print("explicit:", repr(e.__context__))
    try:
        raise first
    except OSError as e:
        print("kept:", repr(e.__context__))


def in_finally():
    try:
        try:
            raise ValueError("body")
        finally:
            try:
                raise TypeError("in finally")
            except TypeError as e:
                print("finally:", repr(e.__context__))
    except ValueError as e:
        print("then:", repr(e), e.__context__)


direct()
caller()
reraised()
outside()
explicit()
in_finally()
