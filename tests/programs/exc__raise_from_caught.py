class ConfigError(Exception):
    pass
def load():
    try:
        int("abc")
    except ValueError as e:
        raise ConfigError("bad config") from e
try:
    load()
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("masked") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("implicit")
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__))
