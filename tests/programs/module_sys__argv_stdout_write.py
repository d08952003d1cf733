import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" - continued\n")
print("mixed", end="")
sys.stdout.write("|\n")
