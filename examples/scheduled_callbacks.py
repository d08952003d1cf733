# Plain callbacks on the event loop, without coroutines: call_soon runs a callback on the
# next iteration (FIFO, with arguments), call_later / call_at run it after a delay or at an
# absolute loop.time(), and a handle can be cancelled before it fires. A periodic "tick"
# reschedules itself with call_at on a fixed grid (start + n * period, so it never drifts),
# and loop.stop() ends run_forever.
import asyncio

loop = asyncio.new_event_loop()
log = []

def say(*words):
    log.append(" ".join(str(w) for w in words))
    print(*words)

def tick(n, period, limit):
    say("tick", n)
    if n < limit:
        loop.call_at(start + n * period, tick, n + 1, period, limit)
    else:
        loop.call_at(start + 0.16, finish)

def finish():
    say("finish: stopping the loop")
    loop.stop()

start = loop.time()
loop.call_soon(say, "soon", 1)
loop.call_soon(say, "soon", 2, "with", "args")
loop.call_later(0.075, say, "later 0.075")
loop.call_at(start + 0.125, say, "at start+0.125")
doomed = loop.call_later(0.01, say, "never printed")
loop.call_soon(tick, 1, 0.05, 3)
doomed.cancel()
print("cancelled handle:", doomed.cancelled())

loop.run_forever()
print("ran for at least 0.15 s:", round(loop.time() - start, 2) >= 0.15)
loop.close()
print(len(log), "callbacks ran; loop closed:", loop.is_closed())
