def classify(n):
    if n < 0:
        return "neg"
    else:
        if n == 0:
            return "zero"
        # comment at a different indentation
            # deeper comment
        return "pos"

for n in [-2, 0, 5]:
  print(n, classify(n))

x = 1
if x:
        print("deep indent ok")
while x < 3:
 x += 1
print(x)
