try:
    {}["k"]
except KeyError:
    raise LookupError("hidden cause") from None
