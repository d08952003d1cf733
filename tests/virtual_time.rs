//! The virtual clock (`--virtual-time`) on what only it can do: horizons no test could wait
//! for in real time, exact nanosecond arithmetic far from the start, and determinism. What
//! both clocks must agree on is in the golden programs (`async__*` run under both).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `program` under the virtual clock; a hang fails the test instead of stalling the suite.
fn run_virtual(program: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyco"))
        .args(["--virtual-time", "-c", program])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyco starts");
    let limit = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait on pyco") {
            break status;
        }
        if Instant::now() > limit {
            let _ = child.kill();
            panic!("pyco --virtual-time hung on:\n{program}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut out = String::new();
    let mut err = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read stdout");
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert!(
        status.success(),
        "exit {status:?}\nstdout:\n{out}\nstderr:\n{err}"
    );
    out
}

#[test]
fn a_simulated_year_of_hourly_sleeps_ends_with_a_year_elapsed() {
    let out = run_virtual(
        "import asyncio\n\
         async def main():\n\
         \x20   loop = asyncio.get_running_loop()\n\
         \x20   t0 = loop.time()\n\
         \x20   for _ in range(24 * 365):\n\
         \x20       await asyncio.sleep(3600)\n\
         \x20   print(round((loop.time() - t0) / 86400, 3))\n\
         asyncio.run(main())\n",
    );
    assert_eq!(out, "365.0\n");
}

#[test]
fn far_from_the_start_a_microsecond_still_moves_the_clock() {
    let out = run_virtual(
        "import asyncio, time\n\
         async def main():\n\
         \x20   await asyncio.sleep(2e7)\n\
         \x20   await asyncio.sleep(3e9)\n\
         \x20   t1 = time.monotonic_ns()\n\
         \x20   await asyncio.sleep(1e-6)\n\
         \x20   t2 = time.monotonic_ns()\n\
         \x20   print(t2 - t1 >= 1000, t2 - t1 < 2_000_000)\n\
         \x20   time.sleep(1e-9)\n\
         \x20   print(time.monotonic_ns() > t2)\n\
         \x20   start = time.monotonic()\n\
         \x20   while time.monotonic() - start < 0.001:\n\
         \x20       pass\n\
         \x20   print('polled')\n\
         asyncio.run(main())\n",
    );
    assert_eq!(out, "True True\nTrue\npolled\n");
}

#[test]
fn a_sleep_past_any_real_horizon_ends() {
    let out = run_virtual(
        "import asyncio\n\
         async def main():\n\
         \x20   loop = asyncio.get_running_loop()\n\
         \x20   await asyncio.sleep(1e300)\n\
         \x20   print('woke', loop.time() > 1e20)\n\
         \x20   await asyncio.sleep(1)\n\
         \x20   print('and again')\n\
         asyncio.run(main())\n",
    );
    assert_eq!(out, "woke True\nand again\n");
}

#[test]
fn a_century_of_blocking_sleep_is_exact() {
    let out = run_virtual(
        "import time\n\
         t0 = time.monotonic_ns()\n\
         time.sleep(100 * 365 * 86400)\n\
         t1 = time.monotonic_ns()\n\
         print(t1 - t0 - 100 * 365 * 86400 * 10**9 < 10**6)\n\
         time.sleep(1e-9)\n\
         print(time.monotonic_ns() - t1 >= 1)\n",
    );
    assert_eq!(out, "True\nTrue\n");
}

#[test]
fn the_virtual_clock_is_deterministic() {
    let program = "import asyncio, time\n\
         async def tick(i):\n\
         \x20   for k in range(5):\n\
         \x20       await asyncio.sleep(0.01 * (i + 1))\n\
         \x20       print(i, k, time.monotonic_ns())\n\
         async def main():\n\
         \x20   await asyncio.gather(*(tick(i) for i in range(5)))\n\
         \x20   print(time.time_ns() % 10**9 >= 0, asyncio.get_running_loop().time())\n\
         asyncio.run(main())\n";
    let first = run_virtual(program);
    assert_eq!(first.lines().count(), 26);
    assert_eq!(first, run_virtual(program));
}
