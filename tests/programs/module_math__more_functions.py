import math

# Hyperbolic functions and their inverses.
for x in [0.0, 0.5, 1.0, -2.5, 10.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1.0), math.acosh(2.5), math.atanh(0.5), math.atanh(-0.25))

# Exponentials and logarithms near their edges.
print(math.cbrt(27), math.cbrt(-8.0), math.exp2(10), math.exp2(-1.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.erf(0.5), math.erfc(0.5), math.erf(-3), math.erfc(10))

# Gamma: exact at the small integers, as CPython's table.
print([math.gamma(n) for n in range(1, 8)], math.gamma(0.5), math.gamma(-1.5), math.lgamma(10), math.lgamma(1), math.lgamma(0.5))

# Integer square roots, big ones too.
print(math.isqrt(0), math.isqrt(17), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))

# Float decomposition.
print(math.frexp(8), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1.5, -1075), math.ldexp(3, 10**30 * 0), math.ldexp(0.0, 10**100))
print(math.remainder(10, 3), math.remainder(-7, 2), math.remainder(5, 2), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))

# The errors CPython gives.
checks = [
    lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.sinh(1000),
    lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(-3),
    lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10**100),
    lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1), lambda: math.exp2(5000), lambda: math.erf("x"),
]
for check in checks:
    try:
        print(check())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
