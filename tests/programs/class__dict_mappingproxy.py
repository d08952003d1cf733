# C.__dict__ is a read-only mapping of the class's namespace; a docstring is __doc__.
class C:
    """Doc."""
    a = 1
    def f(self):
        return 2
class D(C):
    b = 3
ns = C.__dict__
print(type(ns).__name__, ns['a'], 'a' in ns, 'zz' in ns, ns.get('a'), ns.get('zz', 0))
print(sorted(k for k in ns if not k.startswith('__')))
print(sorted(k for k in D.__dict__ if not k.startswith('__')), D.__dict__['b'])
print(ns['__doc__'], D.__dict__['__doc__'], ns['__module__'])
print(callable(ns['f']), type(ns.copy()).__name__, len(D.__dict__) > 0)
try:
    ns['a'] = 5
except TypeError as e:
    print(e)
try:
    ns['missing']
except KeyError as e:
    print("KeyError", e)
print(list(D.__dict__.keys())[:1], [k for k, v in D.__dict__.items() if k == 'b'])
print(bool(ns), 'f' in C.__dict__.keys())
