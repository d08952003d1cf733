class Widget:
    created = 0
    registry = {}
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        Widget.registry[name] = self.id
for n in ["a", "b", "c"]:
    Widget(n)
print(Widget.created, Widget.registry)
w = Widget("d")
print(w.created, w.id)
w.created = -1
print(w.created, Widget.created)
