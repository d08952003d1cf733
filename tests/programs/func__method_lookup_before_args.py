# A method is looked up before its arguments are evaluated (CPython's LOAD_METHOD): a missing
# attribute fails first, and __getattr__ runs before the arguments, in plain and awaited calls.
import asyncio
def side(tag):
    print("side", tag)
    return tag
class A:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a, **k: (name, a, k)
class B:
    async def m(self, x):
        return x
try:
    B().missing(side(1))
except AttributeError as e:
    print("AttributeError", e)
print(A().dyn(side(2), k=side(3)))
async def main():
    try:
        await B().missing(side(4))
    except AttributeError as e:
        print("AttributeError", e)
    print(await B().m(side(5)))
    try:
        await B().nope(k=side(6))
    except AttributeError as e:
        print("AttributeError", e)
asyncio.run(main())
