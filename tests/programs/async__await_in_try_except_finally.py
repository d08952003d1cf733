import asyncio
async def risky(fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError("risky failed")
    return "risky ok"
async def log(msg):
    await asyncio.sleep(0)
    print("log:", msg)
async def main():
    for fail in (False, True):
        try:
            r = await risky(fail)
            await log(r)
        except ValueError as e:
            await log(f"handled {e}")
        else:
            await log("else branch")
        finally:
            await log("finally branch")
asyncio.run(main())
