# A Lock-protected counter, and the race without it. Each deposit reads the balance,
# awaits (a pretend database round-trip, where other tasks run), then writes
# balance + amount. Without a lock every task reads the same old balance and most deposits
# are lost; with `async with lock` the read-modify-write is atomic with respect to the
# other tasks, and the waiting tasks get the lock in first-come order.
import asyncio

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()
        self.log = []

    async def deposit_unsafe(self, who, amount):
        current = self.balance
        await asyncio.sleep(0.001)
        self.balance = current + amount

    async def deposit_safe(self, who, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.001)
            self.balance = current + amount
            self.log.append(who)

async def run(kind):
    acct = Account()
    method = acct.deposit_unsafe if kind == "unsafe" else acct.deposit_safe
    deposits = [(f"client{i}", 10 * (i + 1)) for i in range(5)]
    await asyncio.gather(*(method(who, amount) for who, amount in deposits))
    expected = sum(amount for _, amount in deposits)
    print(f"{kind:>6}: balance {acct.balance:3d}, expected {expected}, lost {expected - acct.balance}")
    return acct

async def main():
    await run("unsafe")
    acct = await run("safe")
    print("lock order:", acct.log)
    print("lock free at the end:", not acct.lock.locked())

asyncio.run(main())
