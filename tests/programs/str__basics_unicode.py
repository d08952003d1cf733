s = "héllo wörld"
print(s, len(s))
print("日本語", len("日本語"), "日本語"[1])
print("emoji: 🐍", len("🐍"))
print(s.upper(), s.title())
print("ß".upper(), "ǅ".lower())
print(ord("é"), chr(233), chr(0x1F40D))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(s[::-1])
