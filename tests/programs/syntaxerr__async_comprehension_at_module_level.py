print('never printed')
names = {x async for x in []}
