import sys

class Rec:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(("write", s))
        return len(s)
    def flush(self):
        self.calls.append(("flush",))

r = Rec()
print("a", 1, 2.5, None, file=r)
print(file=r)
print("x", "y", sep="--", end="!\n", file=r, flush=True)
print("only", sep=None, end=None, file=r)
print(*[], file=r, flush=False)
for c in r.calls:
    print(c)

class Str:
    def __str__(self):
        return "S!"
r = Rec()
print(Str(), [1, "q"], file=r)
print(r.calls)

print("to stdout", file=None)
print("to stdout flush", file=None, flush=True)
print("to stdout again", file=sys.stdout, flush=True)
print("to stdout obj", file=sys.stdout)

class NoFlush:
    def write(self, s):
        pass
print("ok", file=NoFlush())
try:
    print("ok", file=NoFlush(), flush=True)
except Exception as e:
    print(type(e).__name__, e)

for bad in (1, "s", [1]):
    try:
        print("x", file=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(file=3)
except Exception as e:
    print(type(e).__name__, e)

class BadWrite:
    def write(self, s):
        raise ValueError("no " + s)
try:
    print("a", "b", file=BadWrite())
except Exception as e:
    print(type(e).__name__, e)

class Counting:
    n = 0
    @property
    def write(self):
        Counting.n += 1
        return lambda s: None
c = Counting()
print("a", "b", "c", file=c)
print(Counting.n)

class Boom:
    def __str__(self):
        raise KeyError("str")
r = Rec()
try:
    print("a", Boom(), file=r)
except Exception as e:
    print(type(e).__name__, e)
print(r.calls)
try:
    print("a", sep=1, file=r)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("a", end=[], file=r)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("a", bad=1)
except Exception as e:
    print(type(e).__name__, e)
r = Rec()
print("a", flush=0, file=r)
print("b", flush="yes", file=r)
print(r.calls)
