# chat_room: waves of short-lived clients join a room, broadcast messages to every subscriber's inbox and
# wait on an asyncio.Condition (wait_for + notify_all); Events signal "message available" and "room closed".
# Lurkers (every 25th client) only leave when the room closes. Only sleep(0): the order is deterministic.
import asyncio


class Room:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.log = []
        self.inboxes = {}
        self.msg_available = asyncio.Event()
        self.closed = asyncio.Event()
        self.joined = 0
        self.left = 0
        self.deliveries = 0
        self.wakeups = 0

    async def post(self, sender, text):
        async with self.cond:
            idx = len(self.log)
            self.log.append((sender, text))
            for cid, inbox in self.inboxes.items():
                if cid != sender:
                    inbox.append(idx)
                    self.deliveries += 1
            self.msg_available.set()
            self.cond.notify_all()


async def client(room, cid, n_posts, want, stats):
    inbox = []
    room.inboxes[cid] = inbox
    room.joined += 1
    for i in range(n_posts):
        await room.post(cid, f"c{cid}:m{i}")
        await asyncio.sleep(0)

    def ready():
        room.wakeups += 1
        return len(inbox) >= want or room.closed.is_set()

    async with room.cond:
        await room.cond.wait_for(ready)
        del room.inboxes[cid]
    room.left += 1
    h = 0
    for idx in inbox:
        sender, text = room.log[idx]
        h = (h * 31 + idx * 7 + sender + len(text)) % 1000000007
    stats.append((cid, len(inbox), h))


async def monitor(room, out):
    await room.closed.wait()
    out.append(len(room.inboxes))


async def main(waves, per_wave, n_posts, want):
    room = Room()
    stats = []
    seen_at_close = []
    mon = asyncio.create_task(monitor(room, seen_at_close))
    regular = []
    lurkers = []
    cid = 0
    for _ in range(waves):
        for _ in range(per_wave):
            if cid % 25 == 0:
                lurkers.append(asyncio.create_task(client(room, cid, 1, 10**9, stats)))
            else:
                regular.append(asyncio.create_task(client(room, cid, n_posts, want, stats)))
            cid += 1
        await room.msg_available.wait()
        room.msg_available.clear()
    await asyncio.gather(*regular)
    room.closed.set()
    async with room.cond:
        room.cond.notify_all()
    await asyncio.gather(*lurkers)
    await mon
    order_hash = 0
    total_recv = 0
    for c, n, h in stats:
        order_hash = (order_hash * 1000003 + c * 131 + h) % 1000000007
        total_recv += n
    print(f"chat_room clients={room.joined} left={room.left} messages={len(room.log)} "
          f"deliveries={room.deliveries} received={total_recv} wakeups={room.wakeups} "
          f"open_at_close={seen_at_close[0]} hash={order_hash}")


asyncio.run(main(145, 20, 3, 20))
