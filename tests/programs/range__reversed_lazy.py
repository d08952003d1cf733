# reversed(range) steps through the range lazily, however long it is.

cases = [
    ('list(reversed(range(0, 10, 3)))', lambda: list(reversed(range(0, 10, 3)))),
    ('list(reversed(range(10, 0, -4)))', lambda: list(reversed(range(10, 0, -4)))),
    ('list(reversed(range(5, 5)))', lambda: list(reversed(range(5, 5)))),
    ('next(reversed(range(2**64)))', lambda: next(reversed(range(2**64)))),
    ('next(reversed(range(-2**70, 2**70, 7)))', lambda: next(reversed(range(-2**70, 2**70, 7)))),
]
for text, case in cases:
    try:
        print(text, '->', case())
    except (MemoryError, OverflowError, ValueError) as e:
        print(text, '->', type(e).__name__, e)
print(type(reversed(range(3))).__name__, type(reversed(range(2**70))).__name__)
