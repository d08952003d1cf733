s = "hello World, it's a TEST"
print(s.upper())
print(s.lower())
print(s.title())
print("123abc".upper(), "ABC def".lower())
print("they're bill's friends".title())
print("abc".isalpha(), "ab1".isalpha(), "".isalpha(), "é".isalpha())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), " 1".isdigit())
