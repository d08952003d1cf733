words = ["apple", "bob", "apple", "cat", "bob", "dog"]
unique = set(words)
print(len(unique), sorted(unique))
lengths = {len(w) for w in words}
print(sorted(lengths))
evens = {n for n in range(20) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens)
print(sorted({c for c in "hello world" if c.isalpha()}))
s = {10, 20}
for x in sorted(s):
    print(x)
print(set(range(5)) - {0, 4}, {1, 2, 3} & {2, 3, 4} == {2, 3})
