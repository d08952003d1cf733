# exceptions: raised and caught in a loop, with try/finally, custom classes and re-raising.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Retry(AppError):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def check(i):
    if i % 3 == 0:
        raise Retry(i)
    if i % 5 == 0:
        raise AppError(i)
    return i


def main(n):
    caught = retries = finals = bad = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except Retry as e:
            retries += 1
            total += e.code
        except AppError as e:
            caught += 1
            total -= e.code
        finally:
            finals += 1
        if parse("x" if i % 4 == 0 else "12") < 0:
            bad += 1
        try:
            try:
                {}[i]
            except KeyError as e:
                raise LookupError("wrapped") from e
        except LookupError:
            pass
    return total, caught, retries, finals, bad


r = main(150000)
print("exceptions", *r)
