results = []
for v in ["1", "two", "3", None, "4.5"]:
    try:
        results.append(int(v))
    except ValueError as e:
        print("skip", repr(v), "->", e)
        continue
    except TypeError as e:
        print("type issue:", e)
        continue
    finally:
        print("checked", repr(v))
print(results)
