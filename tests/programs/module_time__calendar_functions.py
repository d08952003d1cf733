# asctime, ctime, mktime, localtime and strftime with their argument checks. Local time
# is the machine's: only round trips and fixed tuples are printed.
import time

print(time.asctime((2020, 1, 5, 0, 0, 0, 6, 5, 0)))
print(time.asctime(time.gmtime(0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
for seconds in (0, 1, 86_400 * 200, 1_234_567_890, 2_000_000_000, -86_400 * 400):
    local = time.localtime(seconds)
    print(seconds, time.mktime(local) == seconds, time.ctime(seconds) == time.asctime(local))
    print(time.strftime("%Y-%m-%d %H:%M:%S %s", local).endswith(" " + str(seconds)))
print(time.mktime(time.localtime(12345.9)))
# mktime normalises fields out of range, as C does.
base = time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, -1))
print(time.mktime((2020, 13, 1, 0, 0, 0, 0, 0, -1)) - base)
print(time.mktime((2020, 1, 32, 0, 0, 0, 0, 0, -1)) - base)
print(time.mktime((2020, 1, 1, 25, 61, 61, 0, 0, -1)) - base)
print(time.mktime((2020, 1, 0, 0, 0, 0, 0, 0, -1)) - base)
print(time.mktime((2020, 0, 1, 0, 0, 0, 0, 0, -1)) - base)
now = time.time()
print(abs(time.mktime(time.localtime()) - now) < 5)
print(len(time.ctime()), len(time.asctime()), time.strftime("%Y") == time.strftime("%Y", time.localtime()))
print(isinstance(time.tzname, tuple), len(time.tzname), isinstance(time.timezone, int))
print(time.daylight in (0, 1), isinstance(time.altzone, int))

checks = [
    lambda: time.strftime("%Y", (1, 2)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, "x")),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0.5)),
    lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]),
    lambda: time.strftime(5),
    lambda: time.strftime("a\0b"),
    lambda: time.strftime("%Y %m %d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)),
    lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
    lambda: time.strftime("%a", (2020, 1, 1, 0, 0, 0, 7, 1, 0)),
    lambda: time.strftime("%a", (2020, 1, 1, 0, 0, 0, -1, 1, 0)),
    lambda: time.strftime("%a", (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime("%j", (2020, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 0, 1, 0))[-5:],
    lambda: time.asctime((1, 2)),
    lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0, "X", 5)),
    lambda: time.asctime("2020"),
    lambda: time.mktime((1, 2)),
    lambda: time.mktime(5),
    lambda: time.gmtime("x"),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime(1e300),
    lambda: time.gmtime(2 ** 70),
    lambda: time.localtime(float("-inf")),
    lambda: time.ctime("now"),
]
for check in checks:
    try:
        print(repr(check()))
    except Exception as e:
        print(type(e).__name__, e)
