# A helper that re-raises the exception its caller handles: its own frame is not shown,
# the caller's line that called it is.
def again():
    raise


def parse(text):
    return int(text)


def handle():
    try:
        parse("a")
    except ValueError:
        try:
            raise
        except ValueError:
            print("caught the re-raise inside")
        again()


handle()
