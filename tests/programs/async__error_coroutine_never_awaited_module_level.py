async def job():
    print("never printed")
c = job()
print(type(c).__name__)
del c
print("after del")
