# Methods called through their class (with and without a receiver), keywords passed with
# **, and the counting of keyword arguments by builtins.

cases = [
    ("str.split('a b', maxsplit=1)", lambda: str.split('a b', maxsplit=1)),
    ("list.sort([3,1], reverse=True)", lambda: list.sort([3,1], reverse=True)),
    ("dict.get({}, 1, 2)", lambda: dict.get({}, 1, 2)),
    ("str.upper()", lambda: str.upper()),
    ("list.pop()", lambda: list.pop()),
    ("str.split()", lambda: str.split()),
    ("True.bit_length(1)", lambda: True.bit_length(1)),
    ("(1,).count()", lambda: (1,).count()),
    ("[].index(x=1)", lambda: [].index(x=1)),
    ("'a'.split(**{})", lambda: 'a'.split(**{})),
    ("len(**{})", lambda: len([], **{})),
    ("sorted(**{'key': None}, iterable=[])", lambda: sorted([], **{'key': None})),
    ("int('7', **{'base': 8})", lambda: int('7', **{'base': 8})),
    ("min(3, 1, key=lambda x: -x)", lambda: min(3, 1, key=lambda x: -x)),
    ("max([], default=None, key=len)", lambda: max([], default=None, key=len)),
    ("print(sep='', end='', **{'flush': True})", lambda: print(sep='', end='', **{'flush': True})),
    ("'%s' % 1", lambda: '%s' % 1),
    ("getattr(1, 'x', 2, 3)", lambda: getattr(1, 'x', 2, 3)),
    ("isinstance(1, int, 2)", lambda: isinstance(1, int, 2)),
    ("range(1, step=2)", lambda: range(1, step=2)),
    ("slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4)),
    ("float('1', x=2)", lambda: float('1', x=2)),
    ("bool(1, x=2)", lambda: bool(1, x=2)),
    ("set([1], x=2)", lambda: set([1], x=2)),
    ("tuple([1], [2], x=2)", lambda: tuple([1], [2], x=2)),
    ("round(2.5, None)", lambda: round(2.5, None)),
    ("pow(2, -1, 5)", lambda: pow(2, -1, 5)),
    ("str.join(',', ['a'])", lambda: str.join(',', ['a'])),
    ("next(iter([]), None)", lambda: next(iter([]), None)),
    ("iter([], 1)", lambda: iter([], 1)),
    ("enumerate([], start=1.5)", lambda: enumerate([], start=1.5)),
    ("'abc'.center(7, fillchar='*')", lambda: 'abc'.center(7, fillchar='*')),
    ("'x'.expandtabs(tabsize=4)", lambda: 'x'.expandtabs(tabsize=4)),
    ("'a\\tb'.expandtabs(4)", lambda: 'a\tb'.expandtabs(4)),
    ("'a'.splitlines(keepends=2)", lambda: 'a\n'.splitlines(keepends=2)),
    ("sum([1.5], start=1)", lambda: sum([1.5], start=1)),
]
for text, call in cases:
    try:
        print(text, '->', repr(call()))
    except Exception as e:
        print(text, '!!', type(e).__name__, e)

for name, call in [('str.split()', lambda: str.split()), ('dict.get()', lambda: dict.get()), ('list.sort()', lambda: list.sort()), ('set.union()', lambda: set.union()), ('int.bit_length()', lambda: int.bit_length()), ('range.index()', lambda: range.index()), ('tuple.count()', lambda: tuple.count()), ('float.hex()', lambda: float.hex()), ('str.ljust()', lambda: str.ljust())]:
    try: call()
    except Exception as e: print(name, type(e).__name__, e)
