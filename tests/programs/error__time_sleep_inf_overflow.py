import time

# Durations CPython refuses rather than sleeping for ever (or for centuries).
for duration in [1e300, -1e300, float("-inf"), 10**10, -10**10, 2**63, 10**30, -1, -0.5, float("nan"), "1", None]:
    try:
        time.sleep(duration)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(duration), type(e).__name__, e)
time.sleep(0)
time.sleep(-0.0)
time.sleep(False)
print("short sleeps ok")
time.sleep(float("inf"))
