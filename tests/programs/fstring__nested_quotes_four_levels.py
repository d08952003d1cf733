# Python 3.11: an f-string inside a field may not reuse its enclosing quote, so nesting
# alternates among ', ", ''' and """ (four levels at most).
x = 5
print(f'''{f"""{f'{f"{1}"}'}"""}''')
print(f"""{f'''{f"{f'{2 + 3}'}"}'''}""")
print(f'''{f"""{f'{f"{x:>{x}}"}'}"""}''')
print(f"""{f'''{f"{f'{x!r}' + 'b'}"}'''}""")
print(f'{f"{x}" * 2}')
print(f"{'a' + f'{x:03}'}")
print(f'''{"""tri""" + f"{'q'}"}''')
print(f"""{f'{x:{x}}'}|""")
names = ["ab", "cd"]
print(f'''{", ".join(f"<{f'{n!r}'}>" for n in names)}''')
