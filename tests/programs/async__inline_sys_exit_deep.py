# sys.exit raised deep inside inline-run calls after a suspension: finally blocks of the
# callers run, the exit code and output are CPython's.
import asyncio
import sys

async def bottom(code):
    await asyncio.sleep(0)
    print("exiting with", code)
    sys.exit(code)

async def middle(n, code):
    if n == 0:
        return await bottom(code)
    try:
        return await middle(n - 1, code) + 1
    finally:
        print("finally", n)

async def main():
    try:
        await middle(3, 7)
    except SystemExit as e:
        print("caught", e.code)
    await middle(2, 3)
    print("not reached")

asyncio.run(main())
