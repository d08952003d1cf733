//! Interpreters embedded in one process: each keeps its own state (asyncio's Python half,
//! the Python queue classes, random's generator), so a second interpreter on the same
//! thread works as the first did (the REPL's `:reset` and in-process tools rely on it).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use pyco::interp::Interp;
use pyco::runner::{run_program, Options};
use pyco::source::Source;

/// A writer whose bytes the test reads afterwards.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `program` in a new interpreter on this thread; returns (exit code, stdout, stderr).
fn run(program: &str) -> (i32, String, String) {
    let (out, err) = (Captured::default(), Captured::default());
    let interp = Interp::new(Box::new(out.clone()), Box::new(err.clone()));
    let options = Options {
        argv: vec!["<test>".to_string()],
        virtual_time: true,
        color: false,
    };
    let code = run_program(&interp, Source::new("<test>", program), &options);
    drop(interp);
    let text = |c: &Captured| String::from_utf8_lossy(&c.0.borrow()).into_owned();
    (code, text(&out), text(&err))
}

const PROGRAM: &str = "\
import asyncio, random
class Stack(asyncio.LifoQueue):
    pass
async def main():
    lock = asyncio.Lock()
    async with lock:
        q = Stack()
        q.put_nowait(1)
        q.put_nowait(2)
        print(await asyncio.wait_for(q.get(), 1), lock.locked())
asyncio.run(main())
random.seed(7)
print(random.random())
";

#[test]
fn a_second_interpreter_on_the_same_thread_has_all_of_asyncio_and_its_own_random() {
    let first = run(PROGRAM);
    assert_eq!(first.0, 0, "{}", first.2);
    assert_eq!(first.1, "2 True\n0.32383276483316237\n");
    let second = run(PROGRAM);
    assert_eq!(second, first, "the second interpreter behaves as the first");
}
