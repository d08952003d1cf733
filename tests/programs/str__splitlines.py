text = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "one".splitlines(), "trail\n".splitlines())
