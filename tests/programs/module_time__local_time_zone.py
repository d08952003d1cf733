# Local time in the zone the test harness runs programs in (US Eastern, as a POSIX rule):
# standard and summer time, the zone's names and offsets, and mktime's DST flag.
import time

print(time.tzname, time.timezone, time.altzone, time.daylight)
for seconds in (0, 1_700_000_000, 1_720_000_000, 1_710_054_000, 1_710_050_400,
                1_730_611_800, 1_730_615_400, 100_000_000):
    t = time.localtime(seconds)
    print(t, t.tm_zone, t.tm_gmtoff)
    print(time.strftime("%c %Z %z %s", t), time.mktime(t), time.ctime(seconds))
# The flag: 0 reads the fields as standard time, 1 as summer time, -1 lets the zone say.
for flag in (0, 1):
    print(flag, [time.mktime((2024, month, day, hour, 30, 0, 0, 0, flag))
                 for month, day, hour in ((11, 3, 1), (3, 10, 2), (7, 10, 2), (1, 10, 2))])
print([time.mktime((2024, month, 10, 2, 30, 0, 0, 0, -1)) for month in (3, 7, 1)])
print(time.strftime("%Z %z", (2020, 7, 1, 0, 0, 0, 0, 1, 1)),
      time.strftime("%Z %z", (2020, 7, 1, 0, 0, 0, 0, 1, 0)))
