//! The normaliser the golden harness compares stderr through (`tests/support/stderr.rs`):
//! each rule does what its documentation says, and nothing else is changed.

#[path = "support/stderr.rs"]
mod stderr;

use stderr::{is_syntax_error, normalise};

#[test]
fn caret_lines_are_dropped_and_nothing_else() {
    let cpython = "Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n    x = 1 / 0\n        ~~^~~\nZeroDivisionError: division by zero\n";
    assert_eq!(
        normalise(cpython),
        "Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n    x = 1 / 0\nZeroDivisionError: division by zero\n"
    );
    // A line with other characters, or an empty line, stays.
    assert_eq!(normalise("  ^ here\n\n^^^x\n"), "  ^ here\n\n^^^x\n");
}

#[test]
fn frames_in_cpythons_asyncio_are_dropped() {
    let cpython = "Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n    asyncio.run(main())\n  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n    return runner.run(main)\n           ^^^^^^^^^^^^^^^^\n  File \"/opt/py/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n    return future.result()\n  File \"t.py\", line 4, in main\n    raise ValueError\nValueError\n";
    assert_eq!(
        normalise(cpython),
        "Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n    asyncio.run(main())\n  File \"t.py\", line 4, in main\n    raise ValueError\nValueError\n"
    );
    // A frame without a source line under it takes nothing else with it.
    assert_eq!(
        normalise("  File \"/x/asyncio/tasks.py\", line 1, in f\n  File \"t.py\", line 2, in g\n"),
        "  File \"t.py\", line 2, in g\n"
    );
    // A user's own file named like an asyncio one, or pyco's `<asyncio>`, is kept.
    let kept = "  File \"tasks.py\", line 1, in f\n    pass\n  File \"<asyncio>\", line 3, in g\n    pass\n";
    assert_eq!(normalise(kept), kept);
}

#[test]
fn the_rules_read_past_an_exception_groups_margin() {
    let cpython = "  + Exception Group Traceback (most recent call last):\n  |   File \"t.py\", line 9, in <module>\n  |     asyncio.run(main())\n  |   File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n  |     return runner.run(main)\n  |            ^^^^^^^^^^^^^^^^\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"t.py\", line 3, in job\n    |     1 / 0\n    |     ~~^~~\n    | ZeroDivisionError: division by zero\n    +------------------------------------\n";
    assert_eq!(
        normalise(cpython),
        "  + Exception Group Traceback (most recent call last):\n  |   File \"t.py\", line 9, in <module>\n  |     asyncio.run(main())\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"t.py\", line 3, in job\n    |     1 / 0\n    | ZeroDivisionError: division by zero\n    +------------------------------------\n"
    );
}

#[test]
fn other_paths_into_asyncio_are_shortened() {
    assert_eq!(
        normalise("/usr/lib/python3.11/asyncio/events.py:80: RuntimeWarning: coroutine 'f' was never awaited\n"),
        "<asyncio>/events.py:80: RuntimeWarning: coroutine 'f' was never awaited\n"
    );
    assert_eq!(
        normalise("at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1 and x/asyncio/ here\n"),
        "at <asyncio>/base_events.py:1 and x/asyncio/ here\n"
    );
}

#[test]
fn syntax_errors_are_told_from_tracebacks() {
    assert!(is_syntax_error(
        "  File \"t.py\", line 1\n    f(\n     ^\nSyntaxError: '(' was never closed\n"
    ));
    assert!(is_syntax_error(
        "  File \"t.py\", line 2\n    x\nIndentationError: unexpected indent\n"
    ));
    assert!(!is_syntax_error("Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nSyntaxError: raised by hand\n"));
    assert!(!is_syntax_error(
        "Traceback (most recent call last):\nValueError: x\n"
    ));
}

#[test]
fn addresses_are_masked_and_nothing_else() {
    use stderr::mask_addresses;
    assert_eq!(
        mask_addresses(
            "<function job at 0x7fd9c6c9b240>\n<coroutine object job at 0x2000043db50>\n"
        ),
        "<function job at 0x…>\n<coroutine object job at 0x…>\n"
    );
    // Not an address: no ` at 0x` with hex digits after it.
    for text in ["at 0x10", "looked at 0xZZ", "x = 0x1f", " at 0x"] {
        assert_eq!(mask_addresses(text), text);
    }
}

#[test]
fn pycos_notes_are_dropped_and_nothing_else() {
    let text = "prog.py:5: RuntimeWarning: coroutine 'job' was never awaited\n  job()\n\
                note: the coroutine 'job' made here was never awaited\n   \u{256d}\u{2500}[ prog.py:5:5 ]\n   \u{2502}\n\
                 5 \u{2502}     job()\n\u{2500}\u{2500}\u{2500}\u{256f}\nend\n\
                note: a line of the program's own\nstays\n";
    assert_eq!(
        normalise(text),
        "prog.py:5: RuntimeWarning: coroutine 'job' was never awaited\n  job()\nend\n\
         note: a line of the program's own\nstays\n"
    );
}
