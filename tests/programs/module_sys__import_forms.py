import sys as system
from sys import argv, exit
print(argv == system.argv, type(argv).__name__)
print(callable(exit), callable(system.stdout.write))
system.stdout.write(str(len(argv)) + "\n")
