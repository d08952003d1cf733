print("before")
raise ArithmeticError("arith")
print("after")
