for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aa"))
print(str(12), str(-3.5), str(None), str([1, "a"]), str((1,)))
print(len(""), len("four"))
print("x".join(reversed("abc")))
print(sorted("banana"))
print(str(True) + str(1))
