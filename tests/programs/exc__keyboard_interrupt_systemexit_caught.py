import sys
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: Exception caught it")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code", repr(e.code))
print("still running")
