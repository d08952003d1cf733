class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for obj in [Falsy(), Empty(), Both(), Plain()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(Falsy() or "fallback")
