def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        e.add_note(f"looking up {name!r}")
        e.add_note("known names: 'a'")
        raise


load("b")
