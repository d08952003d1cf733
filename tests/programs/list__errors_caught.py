xs = [1, 2, 3]
for action in ["index", "remove", "pop_empty", "pop_range", "getitem", "setitem"]:
    try:
        if action == "index":
            xs.index(9)
        elif action == "remove":
            xs.remove(9)
        elif action == "pop_empty":
            [].pop()
        elif action == "pop_range":
            xs.pop(10)
        elif action == "getitem":
            xs[3]
        else:
            xs[-4] = 0
    except (ValueError, IndexError) as e:
        print(action, type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("sort", e)
