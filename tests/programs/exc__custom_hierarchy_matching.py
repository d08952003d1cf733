class Base(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(Base):
    pass
class Forbidden(Base):
    def __str__(self):
        return f"forbidden ({self.code})"
def fetch(what):
    if what == "missing":
        raise NotFound("no such thing", 404)
    if what == "secret":
        raise Forbidden("nope", 403)
    return what
for w in ["ok", "missing", "secret"]:
    try:
        print("got", fetch(w))
    except NotFound as e:
        print("not found:", e, e.code, e.args)
    except Base as e:
        print("base:", e, e.code, repr(e))
