print("this must not print: the file never compiles")
for i in range(3):
    print(i)
class C:
    def m(self):
        return (self
