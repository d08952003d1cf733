//! help() texts: `asyncio`, its names, and `nest_asyncio`.

use super::Entry;

pub(super) const TEXTS: &[Entry] = &[
    // ----- asyncio -----
    (
        "asyncio",
        "asyncio",
        "The standard library module for concurrent code written with async and await. asyncio.run(main()) starts an event loop and runs the coroutine main; each await pauses the current task until its result is ready, while the loop runs other tasks. create_task, gather, TaskGroup, sleep, wait_for, Queue and Lock are the usual building blocks.",
    ),
    (
        "asyncio.run",
        "asyncio.run(main, *, debug=None)",
        "Runs the coroutine main in a new event loop and returns its result: the usual entry point of an asyncio program. When main finishes, tasks still pending are cancelled and the loop is closed. Calling it while an event loop is already running in the same thread raises RuntimeError.",
    ),
    (
        "asyncio.sleep",
        "asyncio.sleep(delay, result=None)",
        "A coroutine that suspends the current task for delay seconds, letting other tasks run meanwhile, then returns result. await asyncio.sleep(0) just gives the other tasks one turn. Unlike time.sleep(), it does not block the event loop.",
    ),
    (
        "asyncio.gather",
        "asyncio.gather(*coros_or_futures, return_exceptions=False)",
        "Runs the awaitables concurrently, wrapping coroutines in Tasks. Awaiting it returns a list of their results in argument order, not completion order. The first exception propagates at once (the others keep running) unless return_exceptions=True, which puts exceptions in the list. Cancelling the gather cancels them all.",
    ),
    (
        "asyncio.create_task",
        "asyncio.create_task(coro, *, name=None, context=None)",
        "Wraps the coroutine in a Task and schedules it on the running event loop, returning the Task at once without waiting; the coroutine starts at the task's next turn. Keep a reference and await it later for its result. It needs a running loop, so call it from a coroutine.",
    ),
    (
        "asyncio.ensure_future",
        "asyncio.ensure_future(coro_or_future, *, loop=None)",
        "Returns a Future for the argument: a Future or Task is returned unchanged, a coroutine is wrapped in a scheduled Task, and another awaitable in a Task that awaits it. For coroutines, asyncio.create_task() is preferred in new code.",
    ),
    (
        "asyncio.current_task",
        "asyncio.current_task(loop=None)",
        "Returns the Task running now, the one executing the coroutine that calls it, or None when no task is running.",
    ),
    (
        "asyncio.all_tasks",
        "asyncio.all_tasks(loop=None)",
        "Returns the set of the loop's Tasks that are not done yet, including the current one. Without loop, uses the running loop.",
    ),
    (
        "asyncio.get_event_loop",
        "asyncio.get_event_loop()",
        "Returns the running event loop when called from a coroutine or callback. Otherwise returns the current thread's loop, creating one if none is set, a use that is deprecated. In coroutines, prefer asyncio.get_running_loop().",
    ),
    (
        "asyncio.new_event_loop",
        "asyncio.new_event_loop()",
        "Creates and returns a new event loop. It is neither running nor current: asyncio.set_event_loop() makes it current, loop.run_until_complete(coro) runs a coroutine on it, and loop.close() closes it when done.",
    ),
    (
        "asyncio.set_event_loop",
        "asyncio.set_event_loop(loop)",
        "Makes loop the current event loop of the current thread, the one asyncio.get_event_loop() returns when no loop is running.",
    ),
    (
        "asyncio.get_running_loop",
        "asyncio.get_running_loop()",
        "Returns the event loop running in the current thread, or raises RuntimeError if none is, so it only works in coroutines and callbacks. Use it for loop methods such as call_soon(), call_later(), time() and create_future().",
    ),
    (
        "asyncio.iscoroutine",
        "asyncio.iscoroutine(obj)",
        "Returns True if obj is a coroutine object, such as the not yet awaited result of calling an async def function.",
    ),
    (
        "asyncio.iscoroutinefunction",
        "asyncio.iscoroutinefunction(func)",
        "Returns True if func is a coroutine function, one defined with async def, whose calls return coroutines instead of running its body.",
    ),
    (
        "asyncio.isfuture",
        "asyncio.isfuture(obj)",
        "Returns True if obj is an asyncio Future, a Task, or another object compatible with Future.",
    ),
    (
        "asyncio.Future",
        "asyncio.Future(*, loop=None)",
        "A low-level awaitable standing for a result that is not ready yet. Some code completes it with set_result() or set_exception(); awaiting it suspends until then, and returns the result or raises the exception. done(), result(), cancel() and add_done_callback() inspect and control it. Usually made with loop.create_future().",
    ),
    (
        "asyncio.Task",
        "asyncio.Task(coro, *, loop=None, name=None, context=None)",
        "A Future that runs a coroutine on the event loop, resuming it whenever what it awaits completes; the task's result is the coroutine's return value. Create one with asyncio.create_task(). cancel() raises CancelledError inside the coroutine; done(), result() and get_name() inspect it.",
    ),
    (
        "asyncio.Handle",
        "asyncio.Handle(callback, args, loop, context=None)",
        "The object loop.call_soon() returns for a scheduled callback. cancel() keeps the callback from running if it has not run yet, and cancelled() says whether it was cancelled.",
    ),
    (
        "asyncio.TimerHandle",
        "asyncio.TimerHandle(when, callback, args, loop, context=None)",
        "The Handle that loop.call_later() and loop.call_at() return for a callback scheduled at a time. Besides cancel() and cancelled(), when() gives the scheduled time on the loop's clock, loop.time().",
    ),
    (
        "asyncio.AbstractEventLoop",
        "asyncio.AbstractEventLoop()",
        "The abstract base class of event loops, listing the methods every loop provides: run_until_complete(), run_forever(), stop(), close(), call_soon(), call_later(), call_at(), time(), create_task(), create_future() and more. Get the actual loop with asyncio.get_running_loop().",
    ),
    (
        "asyncio.CancelledError",
        "asyncio.CancelledError(*args)",
        "Raised inside a task's coroutine when the task is cancelled, and by awaiting a cancelled task or future. It derives from BaseException, so except Exception does not catch it; code that catches it to clean up should raise it again.",
    ),
    (
        "asyncio.InvalidStateError",
        "asyncio.InvalidStateError(*args)",
        "Raised when an operation does not fit the state of a Future or Task, such as set_result() on a future that is already done, or result() on one that is not done yet.",
    ),
    (
        "asyncio.TimeoutError",
        "asyncio.TimeoutError(*args)",
        "Raised by asyncio.wait_for() and asyncio.timeout() when the time limit passes, after cancelling the operation. Since Python 3.11 it is the same class as the builtin TimeoutError.",
    ),
    (
        "asyncio.Event",
        "asyncio.Event()",
        "A flag that tasks can wait for: await event.wait() suspends until another task calls event.set(), which wakes every waiting task. clear() resets the flag and is_set() reads it.",
    ),
    (
        "asyncio.Queue",
        "asyncio.Queue(maxsize=0)",
        "A first-in, first-out queue for passing items between tasks: await put(item) adds one, waiting while the queue is full if maxsize > 0, and await get() removes one, waiting while it is empty. put_nowait() and get_nowait() raise QueueFull or QueueEmpty instead; task_done() and await join() track finished work.",
    ),
    (
        "asyncio.LifoQueue",
        "asyncio.LifoQueue(maxsize=0)",
        "A variant of asyncio.Queue that returns the most recently added item first (last in, first out), like a stack.",
    ),
    (
        "asyncio.PriorityQueue",
        "asyncio.PriorityQueue(maxsize=0)",
        "A variant of asyncio.Queue that returns the smallest item first. Items are usually (priority, data) tuples, so lower priority numbers come out first.",
    ),
    (
        "asyncio.QueueEmpty",
        "asyncio.QueueEmpty(*args)",
        "Raised by a queue's get_nowait() when the queue has no items.",
    ),
    (
        "asyncio.QueueFull",
        "asyncio.QueueFull(*args)",
        "Raised by a queue's put_nowait() when the queue already holds maxsize items.",
    ),
    (
        "asyncio.Lock",
        "asyncio.Lock()",
        "A mutual-exclusion lock for tasks: async with lock: lets one task at a time run the block while the others wait their turn. acquire() is a coroutine, release() a plain method, and locked() says whether the lock is held.",
    ),
    (
        "asyncio.Condition",
        "asyncio.Condition(lock=None)",
        "Lets tasks wait for some state to change: inside async with cond:, await cond.wait() releases the lock and sleeps until another task, holding the lock, calls cond.notify() or cond.notify_all(). await cond.wait_for(predicate) waits until predicate() is true.",
    ),
    (
        "asyncio.Semaphore",
        "asyncio.Semaphore(value=1)",
        "Limits how many tasks may be inside a block at once, for example 10 downloads at a time. It keeps a counter starting at value: acquire(), or entering async with sem:, decrements it and waits while it is zero, and release() increments it.",
    ),
    (
        "asyncio.BoundedSemaphore",
        "asyncio.BoundedSemaphore(value=1)",
        "A Semaphore that raises ValueError if release() would increase the counter above its initial value, which catches releases without a matching acquire.",
    ),
    (
        "asyncio.Barrier",
        "asyncio.Barrier(parties)",
        "Makes a number of tasks wait for each other: each calls await barrier.wait(), and all are released together once parties tasks are waiting. abort() breaks the barrier, making waiters raise BrokenBarrierError. Added in Python 3.11.",
    ),
    (
        "asyncio.BrokenBarrierError",
        "asyncio.BrokenBarrierError(*args)",
        "Raised by Barrier.wait() when the barrier is broken or reset while tasks are waiting. A subclass of RuntimeError.",
    ),
    (
        "asyncio.IncompleteReadError",
        "asyncio.IncompleteReadError(partial, expected)",
        "Raised by a stream reader's readexactly() when the stream ends before the requested number of bytes has arrived. partial holds the bytes read before the end, and expected the number requested. A subclass of EOFError.",
    ),
    (
        "asyncio.LimitOverrunError",
        "asyncio.LimitOverrunError(message, consumed)",
        "Raised by a stream reader's readuntil() when its buffer limit is reached before the separator is found. consumed is the number of bytes to be consumed.",
    ),
    (
        "asyncio.SendfileNotAvailableError",
        "asyncio.SendfileNotAvailableError(*args)",
        "Raised by loop.sendfile() when the operating system's sendfile call cannot be used for the given socket or file and the fallback is disabled. A subclass of RuntimeError.",
    ),
    (
        "asyncio.Runner",
        "asyncio.Runner(*, debug=None, loop_factory=None)",
        "A context manager that runs several top-level coroutines in one event loop: with asyncio.Runner() as runner: runner.run(main()). The loop is closed when the block ends; asyncio.run() is a one-shot Runner. Added in Python 3.11.",
    ),
    (
        "asyncio.TaskGroup",
        "asyncio.TaskGroup()",
        "Structured concurrency: async with asyncio.TaskGroup() as tg: starts tasks with tg.create_task(coro()), and the end of the block waits for all of them. If one fails, the others are cancelled and the errors are raised together in an ExceptionGroup. Added in Python 3.11.",
    ),
    (
        "asyncio.Timeout",
        "asyncio.Timeout(when)",
        "The asynchronous context manager that asyncio.timeout() and asyncio.timeout_at() return. when is a deadline on the loop's clock, or None for no limit; reschedule(when) moves it, and expired() says whether it has passed. Added in Python 3.11.",
    ),
    (
        "asyncio.timeout",
        "asyncio.timeout(delay)",
        "Returns an asynchronous context manager that limits how long its block may run: in async with asyncio.timeout(5):, the awaited work is cancelled after delay seconds and TimeoutError is raised. None means no limit. Added in Python 3.11.",
    ),
    (
        "asyncio.timeout_at",
        "asyncio.timeout_at(when)",
        "Like asyncio.timeout(), but when is an absolute deadline on the loop's clock, as given by loop.time(), rather than a number of seconds from now. Added in Python 3.11.",
    ),
    (
        "asyncio.wait",
        "asyncio.wait(fs, *, timeout=None, return_when='ALL_COMPLETED')",
        "Waits for the Tasks and Futures in fs and returns two sets, (done, pending). return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED; when timeout passes it returns as things stand, without cancelling anything or raising. Since Python 3.11, coroutines are refused: wrap them with create_task() first.",
    ),
    (
        "asyncio.wait_for",
        "asyncio.wait_for(fut, timeout)",
        "Waits for one awaitable with a time limit, wrapping a coroutine in a Task: returns its result, or after timeout seconds cancels it and raises TimeoutError. timeout=None waits as long as it takes.",
    ),
    (
        "asyncio.as_completed",
        "asyncio.as_completed(fs, *, timeout=None)",
        "Runs the awaitables in fs concurrently and returns an iterator of coroutines that give their results in the order they finish: for c in asyncio.as_completed(aws): result = await c. Raises TimeoutError if the timeout passes before all are done.",
    ),
    (
        "asyncio.shield",
        "asyncio.shield(arg)",
        "Protects an awaitable from cancellation: if the task awaiting shield(x) is cancelled, x keeps running, although that await still raises CancelledError. Cancelling x itself directly still cancels it.",
    ),
    (
        "asyncio.to_thread",
        "asyncio.to_thread(func, /, *args, **kwargs)",
        "A coroutine that runs the blocking function func(*args, **kwargs) in a separate thread and returns its result, so the event loop keeps running other tasks meanwhile.",
    ),
    (
        "asyncio.run_coroutine_threadsafe",
        "asyncio.run_coroutine_threadsafe(coro, loop)",
        "Submits a coroutine to an event loop running in another thread and returns a concurrent.futures.Future, whose result() waits for the coroutine's result. The way for ordinary threads to hand work to a loop.",
    ),
    (
        "asyncio.wrap_future",
        "asyncio.wrap_future(future, *, loop=None)",
        "Wraps a concurrent.futures.Future, such as one from a thread or process pool, in an asyncio Future, so that coroutines can await it.",
    ),
    (
        "asyncio.open_connection",
        "asyncio.open_connection(host=None, port=None, *, limit=65536, **kwds)",
        "A coroutine that opens a TCP connection and returns a (reader, writer) pair of streams: await reader.readline() or reader.read(n) to receive, and writer.write(data) followed by await writer.drain() to send.",
    ),
    (
        "asyncio.start_server",
        "asyncio.start_server(client_connected_cb, host=None, port=None, *, limit=65536, **kwds)",
        "A coroutine that starts a TCP server and returns a Server object. For each client, client_connected_cb(reader, writer) is called with a pair of streams; if it is a coroutine function, it runs as a Task.",
    ),
    (
        "asyncio.open_unix_connection",
        "asyncio.open_unix_connection(path=None, *, limit=65536, **kwds)",
        "Like asyncio.open_connection(), but connects to the Unix domain socket at path. Unix only.",
    ),
    (
        "asyncio.start_unix_server",
        "asyncio.start_unix_server(client_connected_cb, path=None, *, limit=65536, **kwds)",
        "Like asyncio.start_server(), but listens on a Unix domain socket at path. Unix only.",
    ),
    (
        "asyncio.create_subprocess_exec",
        "asyncio.create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=65536, **kwds)",
        "A coroutine that starts program with the arguments args as a subprocess and returns a Process. Pass asyncio.subprocess.PIPE as stdin, stdout or stderr to talk to it, and await process.communicate() or process.wait() for it to finish.",
    ),
    (
        "asyncio.create_subprocess_shell",
        "asyncio.create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=65536, **kwds)",
        "Like asyncio.create_subprocess_exec(), but runs the command line cmd through the shell. Quote any untrusted input, for example with shlex.quote().",
    ),
    (
        "asyncio.FIRST_COMPLETED",
        "asyncio.FIRST_COMPLETED",
        "The return_when value that makes asyncio.wait() return as soon as any awaitable finishes or is cancelled.",
    ),
    (
        "asyncio.FIRST_EXCEPTION",
        "asyncio.FIRST_EXCEPTION",
        "The return_when value that makes asyncio.wait() return as soon as any awaitable finishes by raising an exception, or when all are done if none raises.",
    ),
    (
        "asyncio.ALL_COMPLETED",
        "asyncio.ALL_COMPLETED",
        "The default return_when value of asyncio.wait(): it returns when every awaitable has finished or been cancelled.",
    ),
    // ----- nest_asyncio -----
    (
        "nest_asyncio",
        "nest_asyncio",
        "A small third-party module, not part of the standard library, that lets event loops nest: after nest_asyncio.apply(), asyncio.run() and loop.run_until_complete() work even while a loop is already running, as inside a Jupyter notebook.",
    ),
    (
        "nest_asyncio.apply",
        "nest_asyncio.apply(loop=None)",
        "Patches asyncio so that asyncio.run() and loop.run_until_complete() may be called while an event loop is already running, instead of raising RuntimeError. Call it once, near the top of a notebook or script, before the nested calls.",
    ),
];
