# A retry-with-backoff helper. An unreliable service fails a set number of times before it
# answers; retry() calls it, and after each failure waits an exponentially growing delay
# (0.01, 0.02, 0.04 ...) before trying again, giving up after max_attempts. Every attempt
# is also bounded by asyncio.wait_for, so a hanging call counts as a failure too.
import asyncio

class FlakyService:
    def __init__(self, name, failures, hang_first=False):
        self.name, self.failures, self.hang_first, self.calls = name, failures, hang_first, 0

    async def call(self):
        self.calls += 1
        if self.hang_first and self.calls == 1:
            await asyncio.sleep(10)
        await asyncio.sleep(0.005)
        if self.calls <= self.failures:
            raise ConnectionError(f"{self.name} unavailable (call {self.calls})")
        return f"{self.name} ok after {self.calls} calls"

async def retry(make_call, max_attempts=4, base_delay=0.01, per_try_timeout=0.05):
    delay = base_delay
    for attempt in range(1, max_attempts + 1):
        try:
            return await asyncio.wait_for(make_call(), timeout=per_try_timeout)
        except (ConnectionError, TimeoutError) as e:
            reason = type(e).__name__ if isinstance(e, TimeoutError) else str(e)
            print(f"  attempt {attempt} failed: {reason}")
            if attempt == max_attempts:
                raise
            print(f"  waiting {delay:.2f}s")
            await asyncio.sleep(delay)
            delay *= 2

async def main():
    for svc in [FlakyService("db", 2), FlakyService("cache", 0, hang_first=True),
                FlakyService("search", 9)]:
        print("calling", svc.name)
        try:
            print(" ", await retry(svc.call))
        except ConnectionError as e:
            print("  gave up:", e)

asyncio.run(main())
