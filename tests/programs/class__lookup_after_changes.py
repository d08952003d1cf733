# Attribute lookups stay right when classes change after use: methods added, replaced and
# deleted on a class and on its base, a base's attribute shadowed, classes made in a loop.
class Base:
    def who(self):
        return "base"


class Child(Base):
    pass


c = Child()
print(c.who(), hasattr(c, "extra"))
Base.extra = lambda self: "extra from base"
print(c.extra())
Child.extra = lambda self: "extra from child"
print(c.extra())
del Child.extra
print(c.extra())
del Base.extra
print(hasattr(c, "extra"))
Base.who = lambda self: "new base"
print(c.who())
Child.who = lambda self: "child"
print(c.who(), Base().who())


class Plain:
    pass


a, b = Plain(), Plain()
print(a == b, a == a, a in [b], a in [b, a])
Plain.__eq__ = lambda self, other: True
print(a == b, a in [b], [b, b].count(a))
del Plain.__eq__
print(a == b, a in [b])

made = []
for i in range(50):
    class K:
        n = i

        def get(self):
            return self.n
    made.append(K())
print(sum(k.get() for k in made), made[7].get())
