# Builtins and built-in methods called with too few or too many arguments from inside a
# function (where calls take their arguments from the stack), and with the right number.


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except TypeError as e:
        print(label, "TypeError:", e)


def direct():
    xs = [3, 1, 2]
    d = {"a": 1}
    s = "a,b"
    out = []
    for call in range(14):
        try:
            if call == 0:
                out.append(len(xs))
            elif call == 1:
                out.append(len(xs, xs))
            elif call == 2:
                out.append(abs(-2))
            elif call == 3:
                out.append(d.get("a"))
            elif call == 4:
                out.append(d.get("zz", 0))
            elif call == 5:
                out.append(d.get())
            elif call == 6:
                out.append(d.get("a", 1, 2))
            elif call == 7:
                out.append(s.upper(1))
            elif call == 8:
                out.append(s.split(",", 1))
            elif call == 9:
                out.append(getattr(xs))
            elif call == 10:
                out.append(max(4, 9, 2))
            elif call == 11:
                out.append(isinstance(xs, list, 3))
            elif call == 12:
                out.append(xs.insert(0))
            else:
                out.append(round(2.567, 1))
        except TypeError as e:
            out.append(f"TypeError: {e}")
    return out


for line in direct():
    print(line)
attempt("sorted", sorted, [3, 1])
attempt("divmod", divmod, 7)
attempt("pow", pow, 2, 3, 5)
attempt("list.pop", [1, 2].pop, 0, 1)
