counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_global():
    global created
    created = "made"
make_global()
print(created)
