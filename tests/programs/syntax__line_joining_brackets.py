total = (1 +
         2 +
         3)
items = [
    "a",
    "b",   # trailing comment
    "c",
]
d = {
    "k": 1,
    "j": 2
}
def f(a,
      b,
      c=3):
    return a + b + c
print(total, items, d)
print(f(1,
        2))
print(f(
    10, 20, 30,
))
