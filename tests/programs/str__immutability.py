s = "hello"
try:
    s[0] = "j"
except TypeError as e:
    print("TypeError:", e)
t = s
s += " world"
print(s, t)
print(s.replace("l", "L"), s)
