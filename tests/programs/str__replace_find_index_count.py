s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print(s.replace("", "-")[:12])
print(s.find("at"), s.find("at", 6), s.find("dog"), s.find("the", 1))
print(s.index("sat"), s.count("at"), s.count("the"), s.count(""))
print("aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
