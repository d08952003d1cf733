def chk(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
def ss():
    d = {}; d[:] = 1
chk(ss)
chk(lambda: {[]: 1})
chk(lambda: set([[]]))
chk(lambda: hash({}.keys()))
chk(lambda: {}.get([]))
chk(lambda: [] in {})
chk(lambda: {1}.add([]))
chk(lambda: {{}: 1})
chk(lambda: dict.fromkeys([[]]))
chk(lambda: {}.setdefault([]))
chk(lambda: {}.pop([], 1))
chk(lambda: frozenset([{}]))
chk(lambda: {*[[]]})
chk(lambda: {x: 1 for x in [[]]})
chk(lambda: {x for x in [[]]})
chk(lambda: dict([([], 1)]))
chk(lambda: hash(slice(1)))
chk(lambda: hash({}.items()))
chk(lambda: [] in {1})
chk(lambda: {1}.discard([]))
chk(lambda: {1}.remove([]))
chk(lambda: {}.pop([]))
