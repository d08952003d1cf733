class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Ctx("a") as v:
    print("body", v)
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
try:
    with Ctx("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with Ctx("noas"):
    pass
