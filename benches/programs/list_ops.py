# list_ops: linear list searches — `x in xs`, xs.index(x), xs.count(x), xs.remove(x) — on ~5,000 instances of a
# class without __eq__ (identity comparison), on ints (with duplicates) and on strs; probes from a small LCG.


class Item:
    def __init__(self, k):
        self.k = k


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def probe_objects(items, rng, rounds, stats):
    n = len(items)
    stranger = Item(-1)
    for _ in range(rounds):
        x = items[rng.next(n)]
        if x in items:
            stats[0] += 1
        stats[1] += items.index(x)
        stats[2] += items.count(x)
        if stranger not in items:
            stats[3] += 1


def probe_values(xs, rng, rounds, span, stats):
    for _ in range(rounds):
        v = xs[0] if span == 0 else rng.next(span)
        if v in xs:
            stats[0] += 1
            stats[1] += xs.index(v)
            stats[2] += xs.count(v)
        else:
            stats[3] += 1
            try:
                xs.index(v)
            except ValueError as e:
                stats[4] = str(e)


def probe_strs(xs, rng, rounds, span, stats):
    for _ in range(rounds):
        v = f"key-{rng.next(span)}"
        if v in xs:
            stats[0] += 1
            stats[1] += xs.index(v)
            stats[2] += xs.count(v)
        else:
            stats[3] += 1


def drain(xs, order, missing):
    # remove the elements of `order` one by one (first occurrence each time), checking membership
    removed = 0
    checksum = 0
    for x in order:
        xs.remove(x)
        removed += 1
        if len(xs) > 0:
            checksum = (checksum * 31 + len(xs) + (1 if x in xs else 0)) % 1000000007
    msg = ""
    try:
        xs.remove(missing)
    except ValueError as e:
        msg = str(e)
    return removed, checksum, msg


def main(n, rounds):
    rng = Lcg(2024)
    items = [Item(i) for i in range(n)]
    ints = [(i * i) % (n // 2) for i in range(n)]
    strs = [f"key-{(i * 7919) % n}" for i in range(n)]

    so = [0, 0, 0, 0]
    probe_objects(items, rng, rounds, so)
    si = [0, 0, 0, 0, ""]
    probe_values(ints, rng, rounds, n, si)
    ss = [0, 0, 0, 0]
    probe_strs(strs, rng, rounds, n + n // 4, ss)

    picks = []
    for _ in range(n // 3):
        j = rng.next(n)
        if j not in picks:
            picks.append(j)
    r1 = drain(items, [items[j] for j in picks], Item(-2))
    r2 = drain(ints, [ints[j] for j in picks[: n // 4]], -5)
    kept = [x.k for x in items[:5]]
    print(f"list_ops n={n} rounds={rounds} obj={so} int={si} str={ss} "
          f"drain_obj={r1} drain_int={r2} left={len(items)},{len(ints)} head={kept}")


main(5000, 600)
