# CPython 3.11's asyncio Lock, Semaphore, BoundedSemaphore and Condition in Python, ported
# from locks.py. The classes asyncio exports are in Rust (locks.rs, condition.rs); these
# serve only as the base of user classes that derive from them, whose instances carry
# Python state.
from asyncio import CancelledError, _ContextManagerMixin, _deque, _name


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            res = f'{res}, waiters:{len(self._waiters)}'
        return f'<{_name(self)} object at 0x{id(self):x} [{res}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                self._waiters._all_cancelled())):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque('Lock')
        fut = self._waiters._waiter()
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters._first()
        if not fut.done():
            fut.set_result(True)


class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            res = f'{res}, waiters:{len(self._waiters)}'
        return f'<{_name(self)} object at 0x{id(self):x} [{res}]>'

    def locked(self):
        return self._value == 0 or (
            self._waiters is not None and not self._waiters._all_cancelled())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque('Semaphore')
        fut = self._waiters._waiter()
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        fut = self._waiters._first_pending()
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque('Condition')

    def __repr__(self):
        res = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            res = f'{res}, waiters:{len(self._waiters)}'
        return f'<{_name(self)} object at 0x{id(self):x} [{res}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._waiters._waiter()
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            err = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err is not None:
                raise err

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        for fut in self._waiters._pending(n):
            fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))
