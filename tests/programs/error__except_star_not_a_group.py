try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* (ValueError, ExceptionGroup):
    pass
