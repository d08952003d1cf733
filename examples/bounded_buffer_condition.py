# A bounded buffer built by hand from an asyncio.Condition, the primitive under Queue.
# Producers wait_for "there is room", consumers wait_for "there is an item", and each side
# notify_all()s after changing the buffer. The final tally shows every item was consumed
# exactly once and the buffer never grew past its capacity.
import asyncio

class BoundedBuffer:
    def __init__(self, capacity):
        self.items, self.capacity, self.high_water = [], capacity, 0
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.high_water = max(self.high_water, len(self.items))
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
        await asyncio.sleep(0)

async def consumer(buf, name, n, got):
    for _ in range(n):
        item = await buf.get()
        got.append(item)
        print(f"{name} got {item}")

async def main():
    buf = BoundedBuffer(capacity=2)
    got = []
    await asyncio.gather(producer(buf, "a", 4), producer(buf, "b", 4),
                         consumer(buf, "c1", 5, got), consumer(buf, "c2", 3, got))
    print("consumed", len(got), "distinct", len(set(got)), "high water", buf.high_water)
    print(sorted(got))

asyncio.run(main())
