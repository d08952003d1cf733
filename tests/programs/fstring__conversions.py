s = "text"
print(f"{s!r} {s!s} {s}")
print(f"{'a' + 'b'!r}")
class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p!r} {p!s}")
print(f"{3.0!r} {None!r} {[1, 'x']!s}")
print(f"{s!r:>10}|")
