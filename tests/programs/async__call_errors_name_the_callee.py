import asyncio
async def g(v): return v
def show(*a, **k): return a, k
async def main():
    try: show(*await g(1))
    except TypeError as e: print(e)
    try: show(**await g(1))
    except TypeError as e: print(e)
    try: show(a=1, **await g({'a': 2}))
    except TypeError as e: print(e)
    try: [].append(*await g(1))
    except TypeError as e: print(e)
    print(show(*await g([1, 2]), **await g({'x': 3})))
asyncio.run(main())
class It:
    def __iter__(self): return self
    def __next__(self): raise TypeError('inside')
try: show(*It())
except TypeError as e: print(e)
class S:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(show(*S()))
print(list(S()), list(iter(S())))
