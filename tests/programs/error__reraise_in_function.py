# A bare `raise` in a function adds no entry for it: its entry is the line that failed.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("parse failed, re-raising")
        raise


parse("a")
