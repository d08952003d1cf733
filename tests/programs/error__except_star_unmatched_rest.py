def inner():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])

def outer():
    try:
        inner()
    except* ValueError as e:
        print("handled", repr(e))

outer()
