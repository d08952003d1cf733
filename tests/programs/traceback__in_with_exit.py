class Res:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close")
        return False
with Res():
    raise RuntimeError("disk on fire")
