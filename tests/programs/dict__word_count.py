text = "the quick brown fox jumps over the lazy dog the fox"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
print({k: len(v) for k, v in sorted(by_len.items())})
