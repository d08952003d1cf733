# sum() over ints that overflow a machine word, mixed ints, floats, bools and big ints,
# a start value, and generator expressions (nested, filtered, stopped by an error).
print(sum([2**62, 2**62, 2**62]))
print(sum([-2**63, -1]))
print(sum(x for x in range(10**6, 10**6 + 5)))
print(sum([1, 2.5, True, 2**70]))
print(sum([True, True, False]))
print(sum([[1], [2]], []))
print(sum((x * y for x in range(4) for y in range(x) if (x + y) % 2), 100))
print(sum(range(10), 0.5))
print(sum([], 7), sum(()))
g = (10 // x for x in [5, 2, 0, 1])
try:
    print(sum(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, list(g))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
