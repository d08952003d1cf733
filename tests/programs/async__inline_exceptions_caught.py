# Exceptions raised before, at and after a suspension inside nested inline-run calls,
# caught by callers around `await f()`, with chaining (__cause__/__context__).
import asyncio

async def boom(where, suspend):
    if where == "before":
        raise ValueError("before " + str(suspend))
    if suspend:
        await asyncio.sleep(0)
    if where == "after":
        raise KeyError("after")
    return 1

async def mid_assign(where, suspend):
    x = await boom(where, suspend)
    return x + 1

async def mid_left(where, suspend):
    return await mid_assign(where, suspend) + 10

async def mid_right(where, suspend):
    y = 5
    return y * await mid_left(where, suspend)

async def mid_ifexp(where, suspend, flag):
    return await mid_right(where, suspend) if flag else 0 - await mid_left(where, suspend)

async def bad_binop(suspend):
    return await boom("none", suspend) + "x"

async def bad_binop_right(suspend):
    return "x" + await boom("none", suspend)

async def name_err_after(suspend):
    v = await boom("none", suspend)
    return v + undefined_name

async def zero_div(suspend):
    v = await boom("none", suspend)
    return 1 / (v - 1)

async def raise_in_then(suspend):
    return await boom("none", suspend) + helper_raises()

def helper_raises():
    raise RuntimeError("from then")

async def top(fn, *a):
    try:
        r = await fn(*a) if len(a) == 2 else await fn(a[0])
    except Exception as e:
        print(fn.__name__, a, type(e).__name__, e)
        return "caught"
    else:
        print(fn.__name__, a, "ok", r)
        return r

async def top_positional_only(suspend):
    # catch at every level
    try:
        try:
            await mid_left("after", suspend)
        finally:
            print("inner finally", suspend)
    except KeyError as e:
        print("outer caught", repr(e))
    try:
        await mid_ifexp("before", suspend, True)
    except ValueError as e:
        print("ifexp caught", e)
    try:
        await mid_ifexp("after", suspend, False)
    except KeyError as e:
        print("ifexp-else caught", repr(e))

async def reraise_chain(suspend):
    try:
        await mid_assign("after", suspend)
    except KeyError as e:
        raise TypeError("wrapped") from e

async def context_chain(suspend):
    try:
        await mid_assign("after", suspend)
    except KeyError:
        await boom("before", suspend)

async def main():
    for s in (False, True):
        for where in ("before", "after", "none"):
            await top(mid_assign, where, s)
            await top(mid_left, where, s)
            await top(mid_right, where, s)
        await top(bad_binop, s)
        await top(bad_binop_right, s)
        await top(name_err_after, s)
        await top(zero_div, s)
        await top(raise_in_then, s)
        await top_positional_only(s)
        try:
            await reraise_chain(s)
        except TypeError as e:
            print("chain", repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
        try:
            await context_chain(s)
        except ValueError as e:
            print("context", repr(e), repr(e.__context__), e.__suppress_context__)
    # exception inside a gathered task at depth
    res = await asyncio.gather(mid_left("after", True), mid_right("none", True),
                               mid_assign("before", True), return_exceptions=True)
    print([repr(r) for r in res])

asyncio.run(main())
