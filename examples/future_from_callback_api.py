# Turning a callback-style API into something you can await, with loop.create_future().
# `legacy_lookup` reports its answer later through a callback (here simulated with
# call_later); `lookup` wraps it in a Future that the callback resolves with set_result or
# set_exception, so coroutines can simply `await lookup(key)` and use gather on it.
import asyncio

DIRECTORY = {"alice": "room 101", "bob": "room 204"}

def legacy_lookup(loop, key, on_done):
    def answer():
        if key in DIRECTORY:
            on_done(DIRECTORY[key], None)
        else:
            on_done(None, KeyError(key))
    loop.call_later(0.01 * len(key), answer)

def lookup(key):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def on_done(value, error):
        if fut.cancelled():
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)
    legacy_lookup(loop, key, on_done)
    return fut

async def main():
    print("bob is in", await lookup("bob"))
    results = await asyncio.gather(lookup("alice"), lookup("zed"), lookup("bob"),
                                   return_exceptions=True)
    for key, r in zip(["alice", "zed", "bob"], results):
        print(f"{key:>6}: {r!r}")
    fut = lookup("alice")
    fut.add_done_callback(lambda f: print("done callback, cancelled =", f.cancelled()))
    fut.cancel()
    await asyncio.sleep(0.1)
    print("a cancelled future ignores the late answer")

asyncio.run(main())
