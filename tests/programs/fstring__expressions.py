d = {"a": 1, "b": 2}
xs = [3, 1, 2]
print(f"{d['a'] + d['b']}")
print(f"{sorted(xs)} {max(xs)} {sum(xs) / len(xs):.2f}")
print(f"{'yes' if xs else 'no'}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{', '.join(str(x) for x in xs)}")
print(f"{x!r}" if (x := "walrus") else "")
print(f"{f'{1 + 1}'}")
print(f"{'a' 'b'}")
print(f"{2 ** 10:,}")
