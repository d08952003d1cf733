w = 10
p = 3
v = 2.718281828
print(f"[{v:{w}.{p}f}]")
print(f"[{'txt':>{w}}]")
print(f"[{'mid':^{w}}]")
fill = "*"
print(f"[{'pad':{fill}<{w}}]")
for width in range(3, 7):
    print(f"{width:>{width}}")
