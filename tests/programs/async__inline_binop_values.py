# Values computed around an in-place await after resuming: every binary operator on both
# sides, operand evaluation order, globals rebound by another task while suspended, dunders.
import asyncio

G = 10
order = []

async def val(v, suspend):
    order.append(("val", v))
    if suspend:
        await asyncio.sleep(0)
    return v

def side(v):
    order.append(("side", v))
    return v

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        order.append(("add", self.v, getattr(o, "v", o)))
        return Num(self.v + getattr(o, "v", o))
    def __radd__(self, o):
        order.append(("radd", self.v, o))
        return Num(o + self.v)
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return f"Num({self.v})"

async def left_ops(a, b, s):
    out = []
    out.append(await val(a, s) + b)
    out.append(await val(a, s) - b)
    out.append(await val(a, s) * b)
    out.append(await val(a, s) / b)
    out.append(await val(a, s) // b)
    out.append(await val(a, s) % b)
    out.append(await val(a, s) ** 2)
    out.append(await val(a, s) << 3)
    out.append(await val(a, s) >> 1)
    out.append(await val(a, s) & b)
    out.append(await val(a, s) | b)
    out.append(await val(a, s) ^ b)
    return out

async def r_add(a, b, s):
    return a + await val(b, s)

async def r_sub(a, b, s):
    return a - await val(b, s)

async def r_mul(a, b, s):
    return a * await val(b, s)

async def r_div(a, b, s):
    return a / await val(b, s)

async def r_floordiv(a, b, s):
    return a // await val(b, s)

async def r_mod(a, b, s):
    return a % await val(b, s)

async def r_pow(a, b, s):
    return a ** await val(b, s)

async def l_add(a, b, s):
    return await val(a, s) + b

async def l_mul(a, b, s):
    return await val(a, s) * b

async def l_mod(a, b, s):
    return await val(a, s) % b

async def l_floordiv(a, b, s):
    return await val(a, s) // b

async def l_pow(a, b, s):
    return await val(a, s) ** b

async def read_global_after(s):
    return await val(1, s) + G

async def read_global_before(s):
    return G + await val(1, s)

async def read_global_assign(s):
    x = G
    y = await val(x, s)
    return x, y, G

async def changer():
    global G
    G = 1000

async def order_left(s):
    return await val("L", s) + side("R")

async def order_right(s):
    return side("L") + await val("R", s)

async def order_ifexp(s, t):
    return await val("B", s) + side("b") if side(t) else side("o") + await val("O", s)

async def chain(n, s):
    if n == 0:
        return await val(1, s)
    return 2 * await chain(n - 1, s) + 1 if n % 2 else await chain(n - 1, s) * 3 - 1

async def main():
    global G
    for s in (False, True):
        print(await left_ops(7, 3, s))
        print(await left_ops(-7, 3, s))
        print(await left_ops(2 ** 62, 5, s))
        print(await left_ops(True, 1, s))
        for fn in (r_add, r_sub, r_mul, r_div, r_floordiv, r_mod, r_pow, l_add, l_mul, l_mod,
                   l_floordiv, l_pow):
            res = []
            for a, b in ((7, 2), (-7, 2), (7, -2), (2 ** 40, 3), (3, 0), ("ab", 3),
                         ([1], [2]), (1.5, 2), (Num(1), 2), (2, Num(1)), (Num(1), Num(2)),
                         (True, False), (None, 1)):
                try:
                    res.append(await fn(a, b, s))
                except Exception as e:
                    res.append(f"{type(e).__name__}: {e}")
            print(fn.__name__, res)
        G = 10
        t = asyncio.create_task(changer())
        print("global after", await read_global_after(s))
        await t
        G = 10
        t = asyncio.create_task(changer())
        print("global before", await read_global_before(s))
        await t
        G = 10
        t = asyncio.create_task(changer())
        print("global assign", await read_global_assign(s))
        await t
        order.clear()
        print(await order_left(s), await order_right(s), await order_ifexp(s, True),
              await order_ifexp(s, False))
        print(order)
        print([await chain(n, s) for n in range(8)])

asyncio.run(main())
