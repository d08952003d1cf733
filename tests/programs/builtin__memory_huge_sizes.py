# Sizes past any memory raise MemoryError at once (or OverflowError where CPython takes a C int).
import random

cases = [
    ('[1, 2] * 2**62', lambda: [1, 2] * 2**62),
    ('[0] * 10**12', lambda: [0] * 10**12),
    ('(0,) * 10**12', lambda: (0,) * 10**12),
    ("'x' * 10**12", lambda: 'x' * 10**12),
    ("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12)),
    ("'x'.rjust(10**12)", lambda: 'x'.rjust(10**12)),
    ("'x'.center(10**12)", lambda: 'x'.center(10**12)),
    ("'x'.zfill(10**12)", lambda: 'x'.zfill(10**12)),
    ("'x\\ty'.expandtabs(10**12)", lambda: 'x\ty'.expandtabs(10**12)),
    ("'x'.ljust(2**63)", lambda: 'x'.ljust(2**63)),
    ('[0]*2**63', lambda: [0]*2**63),
    ("f'{1:{10**12}}'", lambda: f'{1:{10**12}}'),
    ("format(1, '1000000000000')", lambda: format(1, '1000000000000')),
    ("format('x', '1000000000000')", lambda: format('x', '1000000000000')),
    ('list(range(10**12))', lambda: list(range(10**12))),
    ('list(range(2**64))', lambda: list(range(2**64))),
    ('tuple(range(10**12))', lambda: tuple(range(10**12))),
    ('random.getrandbits(2**40)', lambda: random.getrandbits(2**40)),
    ("''.join(['x' * 10**6] * 10**7)", lambda: ''.join(['x' * 10**6] * 10**7)),
    ('1 << 10**12', lambda: 1 << 10**12),
    ('1 << 2**64', lambda: 1 << 2**64),
    ('0 << 2**100', lambda: 0 << 2**100),
    ('(-1)**(2**64+1)', lambda: (-1)**(2**64+1)),
    ('(1 << 2**20).bit_length()', lambda: (1 << 2**20).bit_length()),
]
for text, case in cases:
    try:
        print(text, '->', case())
    except (MemoryError, OverflowError, ValueError) as e:
        print(text, '->', type(e).__name__, e)
