def attempt(f, label):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt(lambda: 1 / 0, "1 / 0")
attempt(lambda: 1.0 / 0, "1.0 / 0")
attempt(lambda: 1 // 0, "1 // 0")
attempt(lambda: 1 % 0, "1 % 0")
attempt(lambda: 1.0 // 0.0, "1.0 // 0.0")
attempt(lambda: 1.5 % 0.0, "1.5 % 0.0")
attempt(lambda: divmod(1, 0), "divmod(1, 0)")
attempt(lambda: 0 ** -1, "0 ** -1")
attempt(lambda: 0.0 ** -1, "0.0 ** -1")
