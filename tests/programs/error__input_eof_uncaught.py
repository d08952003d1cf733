print("before")
name = input("Your name? ")
print("after", name)
