# Precisions past 65535 digits work (zeros past the exact value); past a C int they are too big.

cases = [
    ("len(f'{1.5:.65536f}')", lambda: len(f'{1.5:.65536f}')),
    ("len(format(1e300, '.70000e'))", lambda: len(format(1e300, '.70000e'))),
    ("len('%.70000f' % 1.5)", lambda: len('%.70000f' % 1.5)),
    ("f'{1.5:.2147483648f}'", lambda: f'{1.5:.2147483648f}'),
    ("'%.2147483648f' % 1.5", lambda: '%.2147483648f' % 1.5),
    ("len(format(1.5, '.70000g'))", lambda: len(format(1.5, '.70000g'))),
    ("f'{0.1:.1100f}'[-30:]", lambda: f'{0.1:.1100f}'[-30:]),
    ("f'{5e-324:.1080f}'[-30:]", lambda: f'{5e-324:.1080f}'[-30:]),
    ("f'{0.1:.1200e}'[-30:]", lambda: f'{0.1:.1200e}'[-30:]),
]
for text, case in cases:
    try:
        print(text, '->', case())
    except (MemoryError, OverflowError, ValueError) as e:
        print(text, '->', type(e).__name__, e)
