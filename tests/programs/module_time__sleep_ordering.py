import time
from time import sleep, perf_counter
start = perf_counter()
for i in range(3):
    sleep(0.005)
    print("tick", i)
elapsed = perf_counter() - start
print(elapsed >= 0.015, elapsed < 5)
print(time.sleep(0) is None)
