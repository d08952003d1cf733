# pipeline: source -> parse -> 2 x transform -> filter -> sink over bounded asyncio.Queue(maxsize=...)s; each
# stage reads with asyncio.wait_for(q.get(), timeout=30) (never fires); at the end the stages are cancelled
# and awaited with CancelledError caught. Only sleep(0)/queue waits: the interleaving is deterministic.
import asyncio

TIMEOUT = 30.0


class Counts:
    def __init__(self):
        self.per_stage = {}
        self.stopped = []

    def bump(self, name):
        self.per_stage[name] = self.per_stage.get(name, 0) + 1


async def source(out_q, n, counts):
    for i in range(n):
        await out_q.put(f"rec-{i * 7919 % n}")
        counts.bump("source")
        if i % 64 == 0:
            await asyncio.sleep(0)


def parse(item):
    return int(item[4:])


def transform(x):
    return (x * x + 17) % 100003


def keep(x):
    return x % 5 != 0


async def stage(name, in_q, out_q, fn, counts):
    try:
        while True:
            item = await asyncio.wait_for(in_q.get(), timeout=TIMEOUT)
            counts.bump(name)
            res = fn(item)
            if res is not None:
                await out_q.put(res)
            if res % 3 == 0:
                await asyncio.sleep(0)
    finally:
        counts.stopped.append(name)


async def filter_stage(name, in_q, out_q, counts):
    try:
        while True:
            x = await asyncio.wait_for(in_q.get(), timeout=TIMEOUT)
            counts.bump(name)
            if keep(x):
                await out_q.put(x)
            else:
                counts.bump("dropped")
    finally:
        counts.stopped.append(name)


async def sink(in_q, counts, state, done, expected):
    try:
        while True:
            x = await asyncio.wait_for(in_q.get(), timeout=TIMEOUT)
            counts.bump("sink")
            state[0] = (state[0] * 31 + x) % 1000000007
            state[1] += x
            if counts.per_stage["sink"] == expected:
                done.set()
    finally:
        counts.stopped.append("sink")


async def main(n):
    counts = Counts()
    q1 = asyncio.Queue(maxsize=16)
    q2 = asyncio.Queue(maxsize=8)
    q3 = asyncio.Queue(maxsize=8)
    q4 = asyncio.Queue(maxsize=4)
    expected = sum(1 for i in range(n) if keep(transform(i * 7919 % n)))
    state = [0, 0]
    done = asyncio.Event()
    stages = [
        asyncio.create_task(stage("parse", q1, q2, parse, counts)),
        asyncio.create_task(stage("transform-a", q2, q3, transform, counts)),
        asyncio.create_task(stage("transform-b", q2, q3, transform, counts)),
        asyncio.create_task(filter_stage("filter", q3, q4, counts)),
        asyncio.create_task(sink(q4, counts, state, done, expected)),
    ]
    await source(q1, n, counts)
    await done.wait()
    cancelled = 0
    for t in stages:
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            cancelled += 1
    per = " ".join(f"{k}={v}" for k, v in counts.per_stage.items())
    print(f"pipeline n={n} {per} cancelled={cancelled} stopped={','.join(counts.stopped)} "
          f"hash={state[0]} sum={state[1]} queues={q1.qsize()}{q2.qsize()}{q3.qsize()}{q4.qsize()}")


asyncio.run(main(4300))
