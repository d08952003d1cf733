# dict_keys: dicts with tuple keys and nested dicts: a grid walk and a group-by.
def main(w, h, rounds):
    grid = {}
    for y in range(h):
        for x in range(w):
            grid[(x, y)] = (x * 31 + y * 17) % 10
    for _ in range(rounds):
        nxt = {}
        for (x, y), v in grid.items():
            s = v
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                s += grid.get((x + dx, y + dy), 0)
            nxt[(x, y)] = s % 10
        grid = nxt
    groups = {}
    for (x, y), v in grid.items():
        row = groups.setdefault(v, {})
        row[x % 8] = row.get(x % 8, 0) + y
    seen = set()
    for key in grid:
        if key[::-1] in grid:
            seen.add(key)
    return sum(grid.values()), len(groups), sorted(groups[0].items())[:3], len(seen)


r = main(150, 120, 14)
print("dict_keys", *r)
