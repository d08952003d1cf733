def check(v):
    assert v >= 0, f"negative value: {v}"
    return v
check(1)
check(-2)
