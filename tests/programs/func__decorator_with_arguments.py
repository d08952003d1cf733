def repeat(times):
    def decorate(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name, close=True):
    def decorate(f):
        def wrapper(text):
            inner = f(text)
            return f"<{name}>{inner}</{name}>" if close else f"<{name}>{inner}"
        return wrapper
    return decorate
@tag("b")
@tag("i", close=False)
def text(t):
    return t
print(text("hi"))
counts = {}
def counted(label):
    def deco(f):
        def w(*a):
            counts[label] = counts.get(label, 0) + 1
            return f(*a)
        return w
    return deco
@counted("sq")
def sq(v):
    return v * v
print(sq(2), sq(3), counts)
