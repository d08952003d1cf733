for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
print("after loops")
def swallow():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed by break"
print(swallow())
