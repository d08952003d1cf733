def add(a,
        b):
    return a + b

add(1,
    2)
text = """line one
line two"""
text
long = 1 + \
    2
long
@staticmethod
def decorated():
    return 'deco'

class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count

c = Counter()
c.bump(); c.bump()
while c.count < 5:
    c.bump()

c.count
[n * n
 for n in range(4)]
with_blank = [
    1,

    2,
]
with_blank
