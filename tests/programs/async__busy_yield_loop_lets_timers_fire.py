# A task that yields forever (its ready queue never empties) beside a sleeping one: time
# still passes, the sleeper wakes, and the spinner is cancelled.
import asyncio


async def spin(counter):
    while True:
        await asyncio.sleep(0)
        counter[0] += 1


async def main():
    counter = [0]
    spinner = asyncio.create_task(spin(counter))
    await asyncio.sleep(0.1)
    print("woke; the spinner ran:", counter[0] > 10)
    spinner.cancel()
    try:
        await spinner
    except asyncio.CancelledError:
        print("spinner cancelled")


asyncio.run(main())
