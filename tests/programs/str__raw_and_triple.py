print(r"C:\new\table")
print(r'\d+\s*', len(r"\n"))
t = """line one
line two
  line three"""
print(t)
print(t.splitlines())
u = '''single 'quotes' and "double" inside'''
print(u)
v = """\
starts without newline"""
print(repr(v))
print(R"raw\n")
