# An Event used as a start gate. Runners get ready at different times (their warm-up is a
# sleep), then all block on gate.wait(); the starter opens the gate once everyone is ready,
# and they all start in the same loop iteration, in the order they began waiting.
# A second Event signals "race over" back to the starter.
import asyncio

async def runner(name, warmup, gate, ready, finish_line, results):
    await asyncio.sleep(warmup)
    ready.append(name)
    print(f"{name} ready (warm-up {warmup}s)")
    await gate.wait()
    print(f"{name} starts")
    await asyncio.sleep(len(name) * 0.01)
    results.append(name)
    print(f"{name} finishes")
    if len(results) == 3:
        finish_line.set()

async def starter(gate, ready, finish_line):
    while len(ready) < 3:
        await asyncio.sleep(0.005)
    print("starter: everyone is ready, opening the gate")
    gate.set()
    await finish_line.wait()
    print("starter: race over")

async def main():
    gate, finish_line = asyncio.Event(), asyncio.Event()
    ready, results = [], []
    await asyncio.gather(
        runner("Tortoise", 0.01, gate, ready, finish_line, results),
        runner("Hare", 0.03, gate, ready, finish_line, results),
        runner("Cat", 0.02, gate, ready, finish_line, results),
        starter(gate, ready, finish_line),
    )
    print("waiting order:", ready)
    print("finish order:", results)
    print("gate still open:", gate.is_set())

asyncio.run(main())
