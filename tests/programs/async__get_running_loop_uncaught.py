import asyncio
print("about to ask for the loop")
loop = asyncio.get_running_loop()
print("never")
