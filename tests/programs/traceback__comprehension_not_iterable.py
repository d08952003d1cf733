# iter() of the first iterable fails in the enclosing frame, of an inner one inside.
try:
    [x for x in 5]
except TypeError as e:
    print("first:", e)
print([y for x in [1] for y in 7])
