# `await` in the decorators and defaults of a def, lambda or class inside an async function:
# evaluated in the same order as outside one.
import asyncio


async def value(label, v):
    await asyncio.sleep(0)
    print("eval", label)
    return v


def deco(name):
    def apply(f):
        print("apply", name, "to", f.__name__)
        return f

    return apply


class Base:
    pass


async def main():
    @(await value("top decorator", deco("top")))
    @deco("bottom")
    def f(a=await value("a", 1), *, b=await value("b", 2)):
        return a + b

    print(f())
    g = lambda x=await value("lambda x", 3): x * 2
    print(g())

    @(await value("class decorator", deco("class")))
    class C(await value("base", Base)):
        attr = 1

    print(C.__name__, C.attr, C.__mro__[1].__name__)
    try:

        @(await value("decorator raising", None))
        def h():
            pass

    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
