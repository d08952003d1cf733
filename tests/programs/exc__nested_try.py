def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "fine"
        except KeyError as e:
            print("inner caught", repr(e))
            raise IndexError("converted") from e
        finally:
            print("inner finally", n)
    except IndexError as e:
        print("outer caught", e)
        return "recovered"
    except ValueError as e:
        print("outer caught value", e)
        return "value"
    finally:
        print("outer finally", n)
for n in range(3):
    print("->", level(n))
