import sys
print("exiting with message")
sys.exit("fatal: something went wrong")
