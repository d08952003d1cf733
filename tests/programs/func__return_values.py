def nothing():
    pass
def bare():
    return
def multi():
    return 1, [2]
def early(x):
    if x > 0:
        return "pos"
    print("not positive")
    return "non-pos"
print(nothing(), bare(), multi())
print(early(1), early(-1))
def loop_return():
    for i in range(10):
        if i == 3:
            return i
print(loop_return())
