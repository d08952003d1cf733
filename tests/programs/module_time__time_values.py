import time
a = time.time()
b = time.time()
print(b >= a, isinstance(a, float))
m = [time.monotonic() for _ in range(5)]
print(m == sorted(m))
p = [time.perf_counter() for _ in range(5)]
print(p == sorted(p))
start = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - start >= 0.019)
