print(type(1), type(1.0), type("a"), type([]), type(()), type({}), type(set()), type(None), type(True))
print(type(range(1)), type(frozenset()), type(len), type(lambda: 0).__name__)
class K:
    def m(self):
        pass
print(type(K), type(K()), type(K().m).__name__)
print(type(1) is int, type(1) == int, type(True) is bool, type(type) is type)
print(int.__name__, str.__name__, type(ValueError("x")))
