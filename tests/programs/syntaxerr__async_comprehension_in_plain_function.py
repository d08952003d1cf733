# A list comprehension with 'async for' in a plain function.
def f(ys):
    return [x async for x in ys]
