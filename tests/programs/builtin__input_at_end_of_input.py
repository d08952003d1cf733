try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e, e.args)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input(prompt="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __str__(self):
        return "str-prompt: "
try:
    input(P())
except EOFError as e:
    print("|", e)
try:
    input(42)
except EOFError as e:
    print("|", e)
