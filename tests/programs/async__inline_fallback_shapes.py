# Inline calls that hit a statement not run in place (await in try/with/loop/if/comprehension/
# f-string, nested awaits, augmented assignment, multiple targets, if-exp with side effects):
# effects must happen once, in order, with or without suspension.
import asyncio

trace = []

def note(tag, value=True):
    trace.append(tag)
    return value

async def g(v, suspend):
    note(("g", v))
    if suspend:
        await asyncio.sleep(0)
    return v

async def h(v, suspend):
    note(("h", v))
    if suspend:
        await asyncio.sleep(0)
    return v + 1

class CM:
    async def __aenter__(self):
        note("aenter")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *a):
        note("aexit")
        return False

class Box:
    def __repr__(self):
        return 'Box'

async def f_try(s):
    note("before")
    try:
        x = await g(1, s)
    except ValueError:
        x = -1
    finally:
        note("finally")
    note("after")
    return x

async def f_with(s):
    note("before")
    async with CM():
        x = await g(2, s)
    return x

async def f_loop(s):
    total = 0
    for i in range(3):
        total += await g(i, s)
    while total < 10:
        total = total + await h(total, s)
    return total

async def f_if(s):
    note("before")
    if await g(0, s):
        return "yes"
    elif note("elif-test", False):
        return "elif"
    return "no"

async def f_comp(s):
    xs = [await g(i, s) for i in range(3)]
    return xs

async def f_fstring(s):
    return f"<{await g(5, s)}|{await h(5, s)}>"

async def f_nested(s):
    return await g(await h(10, s), s)

async def f_aug(s):
    x = 100
    x += await g(1, s)
    x -= await h(1, s) + 1
    return x

async def f_multi(s):
    a = b = await g(7, s)
    c, d = await g((1, 2), s)
    box = Box()
    box.attr = await g("attr", s)
    dct = {}
    dct[note("key", "k")] = await g("v", s)
    return a, b, c, d, box.attr, dct

async def f_ifexp_sidefx(s, flag):
    # test has a side effect; chosen branch has an await not in place
    return len([await g(1, s)]) if note(("test", flag), flag) else str(await h(2, s))

async def f_ifexp_sidefx2(s, flag):
    return (await g(1, s), 2) if note(("test2", flag), flag) else [await h(3, s)]

async def f_ifexp_sidefx3(s, flag):
    x = await g(await h(0, s), s) if note(("test3", flag), flag) else await g(-1, s)
    return x

flips = 0

def flip():
    global flips
    flips += 1
    return flips % 2 == 1

async def f_ifexp_flip(s):
    # the test must be evaluated once: a second evaluation would pick the other branch
    return [await g("then", s)] if flip() else "else"

async def f_binop_sidefx(s):
    return note("left", 10) + (await g(1, s)) * 2

async def f_binop_both(s):
    return await g(1, s) + await h(1, s)

async def f_call_arg(s):
    return max(note("arg0", 3), await g(4, s))

async def f_await_expr_stmt_with_call(s):
    print("side", await g("print", s))
    return None

async def f_not_await(s):
    return not await g(0, s)

async def f_compare(s):
    return await g(3, s) < note("cmp-right", 5)

async def f_subscript(s):
    return (await g([1, 2, 3], s))[note("idx", 1)]

async def f_attr(s):
    b = Box()
    b.v = 9
    return (await g(b, s)).v

async def f_unary(s):
    return -await g(5, s)

async def f_boolop(s):
    return note("bo", 0) or await g("or", s)

async def f_many_statements(s):
    note("s1")
    a = await g(1, s)
    note("s2")
    b = [await h(a, s)]
    note("s3")
    c = await g(b[0], s)
    note("s4")
    d = c + await h(c, s)
    note("s5")
    return d

async def outer(fn, s, flag=None):
    note(("outer-before", fn.__name__))
    if flag is None:
        r = await fn(s)
    else:
        r = await fn(s, flag)
    note(("outer-after", fn.__name__))
    return r

async def bystander():
    for i in range(40):
        note(("by", i))
        await asyncio.sleep(0)

async def main():
    fns = [f_try, f_with, f_loop, f_if, f_comp, f_fstring, f_nested, f_aug, f_multi,
           f_ifexp_flip, f_binop_sidefx, f_binop_both, f_call_arg, f_await_expr_stmt_with_call, f_not_await,
           f_compare, f_subscript, f_attr, f_unary, f_boolop, f_many_statements]
    for s in (False, True):
        for fn in fns:
            trace.clear()
            t = asyncio.create_task(bystander())
            r = await outer(fn, s)
            t.cancel()
            print(fn.__name__, s, r, trace)
        for fn in (f_ifexp_sidefx, f_ifexp_sidefx2, f_ifexp_sidefx3):
            for flag in (True, False):
                trace.clear()
                r = await outer(fn, s, flag)
                print(fn.__name__, s, flag, r, trace)

asyncio.run(main())
