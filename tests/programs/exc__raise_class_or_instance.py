try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise IndexError()
except LookupError as e:
    print(type(e).__name__, repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, isinstance(e, Exception))
