import asyncio
class FetchError(Exception):
    pass
async def fetch():
    try:
        await asyncio.sleep(0)
        raise ConnectionError("reset")
    except ConnectionError as e:
        raise FetchError("fetch failed") from e
async def main():
    try:
        await asyncio.create_task(fetch())
    except FetchError as e:
        print(e, "<-", repr(e.__cause__))
asyncio.run(main())
