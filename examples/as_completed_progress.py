# Progress reporting with asyncio.as_completed: results are handled in the order the work
# finishes, not the order it was started, and a failing job is reported without stopping
# the others. A second pass with a timeout gives up on whatever is still running.
import asyncio

JOBS = [("report.pdf", 0.05), ("photo.png", 0.01), ("broken.zip", 0.03), ("notes.txt", 0.02)]

async def convert(name, seconds):
    await asyncio.sleep(seconds)
    if name.endswith(".zip"):
        raise ValueError(f"cannot convert {name}")
    return name.rsplit(".", 1)[0] + ".html"

async def main():
    total = len(JOBS)
    finished = 0
    for next_done in asyncio.as_completed([convert(n, s) for n, s in JOBS]):
        try:
            out = await next_done
            status = f"ok  {out}"
        except ValueError as e:
            status = f"err {e}"
        finished += 1
        bar = "#" * finished + "." * (total - finished)
        print(f"[{bar}] {finished}/{total} {status}")

    tasks = [asyncio.create_task(convert(n, s * 4)) for n, s in JOBS if not n.endswith(".zip")]
    got = []
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.14):
            got.append(await next_done)
    except TimeoutError:
        print("gave up after 0.14 s with", got)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("cancelled:", sum(t.cancelled() for t in tasks))

asyncio.run(main())
