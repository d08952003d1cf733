class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def area(self):
        return 4
for s in [Sq(), Shape()]:
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    raise TimeoutError("took too long")
except TimeoutError as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError("generic runtime")
except RuntimeError as e:
    print(repr(e))
