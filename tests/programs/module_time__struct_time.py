# time.struct_time: a named 9-sequence with two extra attributes, read-only.
import time

t = time.gmtime(1_700_000_000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), list(t), t[0], t[-1], t[1:4], t[::4])
print(tuple(t) == t, t == tuple(t), t != (1,), t < (2024,), t > (2023,))
print(2023 in t, 99 in t, t.count(0), t.index(14))
year, month, day, *rest = t
print(year, month, day, rest)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
print(hash(t) == hash(tuple(t)))
print(time.struct_time((2020, 5, 17, 10, 0, 0, 6, 138, -1)))
s = time.struct_time(range(10))
print(s.tm_zone, s.tm_gmtoff, list(s))
for bad in ((1, 2), range(12), 5):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    t.tm_year = 2000
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.nonsense
except AttributeError as e:
    print("AttributeError:", e)
print(time.gmtime(0))
print(time.gmtime(-1))
print(time.gmtime(86399.9))
print(time.gmtime(-0.5))
print(time.gmtime(951_782_400))
print(time.gmtime(4_102_444_800))
