name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} {len(name)} {name[::-1]}")
print(f"{'nested quotes'}")
print(f"{{braces}} {n}")
print(f"{[x * 2 for x in range(n)]}")
print(f"{ {'a': 1}['a'] }")
print(F"upper F {n}")
print(f"{n}" f"{n}" "plain")
