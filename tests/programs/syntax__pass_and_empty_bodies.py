def nothing():
    pass
class Nothing:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(nothing(), type(Nothing()).__name__, _)
