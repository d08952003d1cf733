# Cancellation and cleanup. A server-like task owns two "connections"; cancelling it
# throws CancelledError into the await it is blocked on, its `except` logs, its `finally`
# awaits an orderly close, and the error is re-raised so the task ends up cancelled.
# A second worker swallows the cancellation instead and returns a value.
import asyncio

async def connection(name):
    print(f"{name}: open")
    try:
        while True:
            await asyncio.sleep(0.05)
            print(f"{name}: heartbeat")
    finally:
        await asyncio.sleep(0.01)
        print(f"{name}: closed")

async def server():
    conns = [asyncio.create_task(connection(n)) for n in ("db", "cache")]
    try:
        await asyncio.gather(*conns)
    except asyncio.CancelledError:
        print("server: cancelled once its connections closed")
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancel")
    return "stubborn result"

async def main():
    srv = asyncio.create_task(server())
    st = asyncio.create_task(stubborn())
    await asyncio.sleep(0.08)
    print("main: cancel ->", srv.cancel(), st.cancel())
    results = await asyncio.gather(srv, st, return_exceptions=True)
    print("results:", [type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print("server cancelled:", srv.cancelled(), "stubborn cancelled:", st.cancelled())
    print("cancel after done:", srv.cancel())

asyncio.run(main())
