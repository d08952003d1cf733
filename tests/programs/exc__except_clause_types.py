# The rules of an except clause's type, the same on both evaluation paths.
def bad_name():
    try:
        try:
            raise ValueError("v")
        except undefined_name:
            print("no")
        finally:
            print("finally runs")
    except NameError as e:
        print(type(e).__name__, e, repr(e.__context__))

bad_name()

def tuples():
    for kind in [(KeyError, ValueError), (ValueError,), (), (LookupError, Exception)]:
        try:
            try:
                raise ValueError("x")
            except kind as e:
                print("caught by", kind, repr(e))
        except ValueError:
            print("not caught by", kind)

tuples()

def invalid():
    class NotAnException:
        pass
    kinds = [int, "ValueError", (ValueError, 3), (3, ValueError), None,
             ((TypeError, (ValueError,)),), NotAnException, ValueError(1)]
    for kind in kinds:
        try:
            try:
                raise ValueError("x")
            except kind:
                print("caught")
            finally:
                print("finally")
        except TypeError as e:
            print(type(e).__name__, e, repr(e.__context__))

invalid()

def later_clause():
    try:
        try:
            raise ValueError("x")
        except KeyError:
            pass
        except int:
            pass
        except ValueError:
            print("never")
    except TypeError as e:
        print("later clause:", e)

later_clause()

def not_evaluated():
    try:
        x = 1
    except undefined_name:
        print("no")
    else:
        print("else: the except type is not evaluated")
    try:
        raise KeyError("k")
    except KeyError:
        print("first clause")
    except undefined_name:
        print("no")

not_evaluated()

def name_unbound():
    try:
        raise KeyError("k")
    except KeyError as e:
        del e
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        print(e)
    except NameError as error:
        print(type(error).__name__, error)

name_unbound()

def subclass_order():
    class Base(Exception):
        pass
    class Derived(Base):
        pass
    for exc in [Derived("d"), Base("b")]:
        try:
            raise exc
        except Derived as e:
            print("Derived", e)
        except Base as e:
            print("Base", e)

subclass_order()
