# Special methods stored as staticmethod/classmethod objects, callable objects or user
# descriptors: implicit uses bind them as CPython does.
def length(self):
    return 3


class Sized:
    __len__ = length


class StaticLen:
    @staticmethod
    def __len__():
        return 5


class ClassRepr:
    @classmethod
    def __repr__(cls):
        return "<class-level repr of " + cls.__name__ + ">"


class Callable:
    def __call__(self, *args):
        return ("called with", args)


class HasCallableAttr:
    # A plain callable object as a special method is called without the receiver.
    __getitem__ = Callable()


class StaticCall:
    @staticmethod
    def __call__(x):
        return x * 2


class StaticEq:
    @staticmethod
    def __eq__(other):
        return "static eq " + str(other)

    __hash__ = None


class ClassIter:
    @classmethod
    def __iter__(cls):
        return iter([cls.__name__, "done"])


class StaticContains:
    @staticmethod
    def __contains__(item):
        return item == "yes"


class StaticStr:
    @staticmethod
    def __str__():
        return "static str"


class StaticBool:
    @staticmethod
    def __bool__():
        return False


print(len(Sized()), len(StaticLen()))
print(repr(ClassRepr()), str(ClassRepr()))
print(HasCallableAttr()["key"])
print(StaticCall()(21))
print(StaticEq() == 1)
print(list(ClassIter()))
print("yes" in StaticContains(), "no" in StaticContains())
print(str(StaticStr()), f"{StaticStr()}")
print(bool(StaticBool()), "falsy" if not StaticBool() else "truthy")


class Factory:
    def __new__(cls, value):
        # Implicitly a static method: cls is passed explicitly.
        obj = super().__new__(cls)
        obj.value = value
        return obj


print(Factory(4).value, Factory.__new__(Factory, 9).value)
