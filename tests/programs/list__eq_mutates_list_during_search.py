# An __eq__ that changes the list being searched: remove, index, count and `in` read the
# list as it is at each step (as CPython does), never a stale index.
class ClearsOnEq:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


class AppendsOnEq:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if len(self.target) < 6:
            self.target.append(len(self.target))
        return False


items = [1, 2, 3]
items.remove(ClearsOnEq(items))
print("remove after clear:", items)
items = [5, 6, 7]
print("in:", ClearsOnEq(items) in items, items)
grow = [0]
print("count:", grow.count(AppendsOnEq(grow)), grow)
grow = [0]
print("in:", AppendsOnEq(grow) in grow, grow)
grow = [0]
try:
    grow.index(AppendsOnEq(grow))
except ValueError as e:
    print("index:", grow)
grow = [0]
try:
    grow.remove(AppendsOnEq(grow))
except ValueError as e:
    print("remove:", e, grow)
items = [1, 2, 3]
print("index:", items.index(ClearsOnEq(items)), items)


class Boom:
    def __eq__(self, other):
        raise KeyError("from __eq__")


try:
    [1, 2].remove(Boom())
except KeyError as e:
    print("raised", e)
