import asyncio
async def coro_fn():
    pass
def plain_fn():
    pass
class K:
    async def method(self):
        pass
    def sync_method(self):
        pass
print(asyncio.iscoroutinefunction(coro_fn))
print(asyncio.iscoroutinefunction(plain_fn))
print(asyncio.iscoroutinefunction(K().method), asyncio.iscoroutinefunction(K.method))
print(asyncio.iscoroutinefunction(K().sync_method))
print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutinefunction(print))
c = coro_fn()
print(asyncio.iscoroutinefunction(c), asyncio.iscoroutine(c))
c.close()
