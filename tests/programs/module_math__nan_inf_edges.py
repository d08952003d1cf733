import math
nan, inf = math.nan, math.inf
print(math.modf(-100.0), math.modf(-1), math.modf(2.5), math.modf(inf), math.modf(-inf), math.modf(nan))
print(math.fmod(nan, 0.0), math.fmod(inf, nan), math.fmod(nan, nan), math.fmod(-7.0, 2), math.fmod(1, inf))
print(math.log2(nan), math.log10(nan), math.log(nan), math.sqrt(nan), math.pow(0.0, -inf), math.pow(-0.0, -inf), math.pow(nan, 0), math.pow(1, nan))
for bad in [lambda: math.fmod(inf, 1), lambda: math.fmod(1, 0), lambda: math.pow(0.0, -1), lambda: math.log2(-1), lambda: math.log10(0)]:
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__, e)
