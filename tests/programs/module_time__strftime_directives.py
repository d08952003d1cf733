# time.strftime as glibc formats in the C locale: every conversion, with flags and widths,
# over dates that stress the ISO week, leap years, negative and five-digit years, noon and
# midnight; gmtime gives the fields of fixed timestamps, so nothing depends on the clock.
import time

directives = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYz%"
flags = ["", "-", "_", "0", "^", "#", "5", "_4", "-4", "03"]
dates = [
    (2020, 1, 1, 0, 0, 0, 2, 1, 0),
    (2021, 1, 3, 12, 30, 59, 6, 3, 0),
    (2024, 12, 30, 23, 59, 60, 0, 365, 0),
    (2026, 12, 31, 11, 1, 2, 3, 365, 0),
    (1999, 2, 28, 13, 45, 0, 6, 59, 0),
    (5, 3, 7, 9, 5, 4, 2, 66, 0),
    (-150, 6, 15, 7, 7, 7, 4, 166, 0),
    (12345, 7, 4, 18, 0, 0, 5, 185, 0),
]
for date in dates:
    for d in directives:
        print(date[0], d, [time.strftime("%" + f + d, date) for f in flags])

# The ISO week and the week numbers of the first and last days of many years.
for year in range(1995, 2031):
    for seconds in (time.mktime((year, 1, 1, 0, 0, 0, 0, 0, 0)),
                    time.mktime((year, 12, 31, 0, 0, 0, 0, 0, 0))):
        t = time.gmtime(seconds)
        print(year, time.strftime("%G-W%V-%u %U %W %j %a", t))

# Text around conversions, unknown conversions and a lone % at the end are kept.
print(repr(time.strftime("at %H:%M on %d/%m, 100%% sure %Q %E %Oe %Ey %", dates[1])))
print(repr(time.strftime("", dates[0])), repr(time.strftime("plain", dates[0])))
