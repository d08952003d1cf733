import sys
def main():
    try:
        int("bad")
    except ValueError as e:
        print("error:", e)
        sys.exit(4)
try:
    main()
except SystemExit as e:
    print("intercepted", e.code)
sys.stdout.write("bye\n")
