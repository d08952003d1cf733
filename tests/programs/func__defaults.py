def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
N = 5
def uses_def_time(x=N):
    return x
N = 6
print(uses_def_time())
print(greet.__name__)
