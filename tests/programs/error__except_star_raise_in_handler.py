try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("new")
except* TypeError:
    raise
