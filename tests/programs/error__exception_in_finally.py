try:
    print("body")
finally:
    raise ValueError("in finally")
