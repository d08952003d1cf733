s = "Hello, World"
print(s.lower().count("l"), s.upper().find("WORLD"), s.replace(",", "").split())
print(s.center(20, "=")), print(s.ljust(15, ".") + "|")
print("-".join(s.split(", ")), s.startswith("Hello"), s[7:].endswith("ld"))
print("a1b2".isalpha(), "abc".isalpha(), "٣".isdigit(), "²".isdigit())
print(" x ".strip() == "x", "\tx\n".strip(), "x".zfill(3))
print("Mississippi".rsplit("s", 2), "Mississippi".split("ss"))
