d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(sorted(k & {'a', 'q'}), sorted(k | ['z']), sorted(k - {'a'}), sorted(k ^ {'a', 'y'}), type(k & k).__name__)
print(sorted({'a', 'x'} & k), sorted(['b'] and {'b'} - k), sorted(frozenset('ab') | k), type(frozenset('a') & k).__name__)
print(sorted(d.items() & {('a', 1), ('b', 5)}), sorted(d.items() - {('a', 1)}))
print(k == {'a', 'b', 'c'}, {'a', 'b', 'c'} == k, k == {'a'}, k != {'a'}, k == ['a', 'b', 'c'], k == d.keys(), d.items() == {('a', 1), ('b', 2), ('c', 3)})
print(k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k >= {'a'}, {'a'} < k, frozenset('abc') >= k, d.items() > {('a', 1)})
try: k & 5
except TypeError as e: print(e)
try: k < [1]
except TypeError as e: print(e)
try: d.values() & {1}
except TypeError as e: print(e)
e = {}
print(e.keys() | set(), e.keys() & {1}, e.keys() == set())
print(d.keys().isdisjoint({'x'}), d.keys().isdisjoint(['a']), d.items().isdisjoint([('a', 1)]), d.items().isdisjoint({('a', 2)}))
