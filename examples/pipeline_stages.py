# A pipeline of three stages connected by queues: read -> parse -> store.
# Each stage is a task that takes items from its input queue, works on them, and passes the
# result on; a None sentinel flows through the pipeline to shut every stage down in order.
import asyncio

RAW = ["3,4", "10,20", "bad", "7,8", "1,1"]

async def reader(out_q):
    for line in RAW:
        await asyncio.sleep(0.04)
        print(f"read   {line!r}")
        await out_q.put(line)
    await out_q.put(None)

async def parser(in_q, out_q, errors):
    while (line := await in_q.get()) is not None:
        try:
            a, b = (int(x) for x in line.split(","))
        except ValueError:
            errors.append(line)
            print(f"parse  {line!r} failed")
            continue
        print(f"parse  {line!r} -> {a}+{b}")
        await out_q.put((a, b))
    await out_q.put(None)

async def store(in_q, db):
    while (pair := await in_q.get()) is not None:
        await asyncio.sleep(0.005)
        db.append(sum(pair))
        print(f"store  {pair} -> {sum(pair)}")

async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    db, errors = [], []
    await asyncio.gather(reader(q1), parser(q1, q2, errors), store(q2, db))
    print("stored:", db, "total:", sum(db))
    print("rejected:", errors)

asyncio.run(main())
