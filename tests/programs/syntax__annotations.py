x: int = 1
y: list[int] = [1, 2]
z: str
def f(a: int, b: "str" = "q", *args: int, k: float = 1.0, **kw: dict) -> str:
    return f"{a}{b}{args}{k}{kw}"
print(x, y)
print(f(1, "b", 3, k=2.5, extra=1))
class P:
    name: str = "p"
    count: int
    def m(self) -> None:
        v: int = 3
        print(v)
P().m()
print(P.name)
