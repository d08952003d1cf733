print("Straße ǅ ﬁ".casefold(), "ABC".casefold(), "".isascii(), "é".isascii(), "a\tb".isprintable(), "ab c".isprintable(), "\u200b".isprintable())
for t in ["Hello World", "Hello world", "HELLO", "", "123", "A1 B2", "Ǆx", "They'Re", "hello"]:
    print(repr(t), t.istitle())
tb = str.maketrans("abc", "xyz", "d")
print(tb, "abcdd-e".translate(tb), "abc".translate({97: None, 98: "BB", 99: 100}), "abc".translate([None, 'q']))
print(str.maketrans({'a': 'A', 98: None}), "".maketrans("", ""))
class T:
    def __getitem__(self, k):
        if k == 120: raise KeyError(k)
        return k + 1
print("hal x".translate(T()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans("a", 1), lambda: "a".translate({97: 0x110000})]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
