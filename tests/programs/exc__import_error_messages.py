try:
    import time.x
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import math.floor
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import sys.path
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import asyncio.x
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import asyncio.nope.deeper
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import nosuch.sub
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import nosuch
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from time import nope
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from sys import nope
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import functools.x
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import random.x
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import time.x as tx
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from time.x import y
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from nosuch.sub import y
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import time, nosuch
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import time.x.y
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from time import time, nope
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from sys import (argv, nope2)
    print('ok')
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
print(ImportError('m').name, ImportError('m').path)
