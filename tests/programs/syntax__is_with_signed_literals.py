# `is` beside a constant the AST optimiser folds from the inside out (`-(-1)`) warns.
x = 5
print(x is -(-1), x is not --2)
