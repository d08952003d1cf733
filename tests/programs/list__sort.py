xs = [5, 2, 9, 1, 5, 6]
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
words = ["banana", "Apple", "cherry", "fig"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w), reverse=True); print(words)
pairs = [(1, "b"), (0, "z"), (1, "a")]
pairs.sort(); print(pairs)
stable = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
stable.sort(key=lambda p: p[1]); print(stable)
print(xs.sort())
