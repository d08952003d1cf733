import sys
def cleanup():
    try:
        sys.exit(0)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("exit code", e.code)
print("continuing")
sys.exit(0)
print("never printed")
