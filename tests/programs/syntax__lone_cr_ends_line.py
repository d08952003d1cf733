# a comment ended by a lone CRx = 1
print(x)
y = 2  # trailing commentz = y + 1
print(y, z)
a = 1b = 2print(a + b)if a:    print("indented after CR")# comment    print("still in block")def g():    return "g"print(g())