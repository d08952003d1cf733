try:
    try:
        raise ValueError("first")
    except ValueError as a:
        raise TypeError("second") from a
except TypeError:
    raise KeyError("third")
