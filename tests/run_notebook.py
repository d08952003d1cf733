#!/usr/bin/env python3
"""Run a notebook's code cells under CPython as pyco runs them: the oracle for the goldens of
notebook programs (tests/regen-goldens calls it; the test suite never does).

Usage: python3 tests/run_notebook.py [--keep-going] [--show-cells] NOTEBOOK.ipynb

What it does, as Jupyter's kernel does and as `pyco NOTEBOOK.ipynb` does:
- the code cells run in order in one `__main__` namespace, on one event loop;
- a cell runs with the loop running (a callback of the loop), so `asyncio.run()` refuses
  until `nest_asyncio.apply()`; a cell with top-level `await` runs as a task of the loop;
- the value of a last line that is an expression is shown with `repr` (not None), unless
  the cell ends in `;` (IPython's rule);
- lines starting with `!` or `%` are not run, with pyco's note on stderr;
- a failing cell prints its traceback (frames of this script left out) and stops the run,
  exit status 1, unless --keep-going (then the status is still 1 at the end);
- each cell is compiled as `<cell N>`, N counting code cells from 1.
"""

import ast
import asyncio
import builtins
import json
import sys
import traceback


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            source = cell["source"]
            yield source if isinstance(source, str) else "".join(source)


# pyco's notes for what a notebook cell holds that is not Python (src/repl/prompt.rs and
# src/repl/notebook.rs write them; they are pyco's words, so this oracle repeats them).
SHELL_NOTE = ("pyco: shell commands (lines starting with '!') are not run; nest_asyncio is "
              "built into pyco, so `import nest_asyncio` works as is")


def runnable(cell):
    """The cell with shell lines and magics blanked (noted on stderr), or None for a cell
    magic, whose whole cell is skipped."""
    if cell.lstrip().startswith("%%"):
        magic = cell.lstrip().split("\n")[0]
        print(f"pyco: IPython cell magics are not supported: the cell starting '{magic}' "
              "is skipped", file=sys.stderr)
        return None
    lines = []
    for line in cell.split("\n"):
        code = line.lstrip()
        if code.startswith("!"):
            print(SHELL_NOTE, file=sys.stderr)
            line = ""
        elif code.startswith("%"):
            print(f"pyco: IPython magics are not supported: '{code.rstrip()}' is skipped",
                  file=sys.stderr)
            line = ""
        lines.append(line)
    return "\n".join(lines)


def ends_with_semicolon(text):
    """IPython's rule: a cell whose last token (comments and line ends aside) is `;` shows
    no value."""
    import io
    import tokenize
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER,
            tokenize.INDENT, tokenize.DEDENT}
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)
                  if t.type not in skip]
    except (tokenize.TokenError, SyntaxError):
        return False
    return bool(tokens) and tokens[-1].string == ";"


def show_error(exc):
    tb = exc.__traceback__
    while tb is not None and not tb.tb_frame.f_code.co_filename.startswith("<cell"):
        tb = tb.tb_next
    sys.stdout.flush()
    traceback.print_exception(type(exc), exc, tb)
    sys.stderr.flush()


def main():
    args = sys.argv[1:]
    keep_going = "--keep-going" in args
    show_cells = "--show-cells" in args
    path = [a for a in args if not a.startswith("--")][0]
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def run_in_loop(code):
        """Runs `code` as a loop callback (the loop is running); returns its value."""
        done = loop.create_future()

        def callback():
            try:
                done.set_result(eval(code, namespace))
            except BaseException as exc:  # noqa: B902 - handed back to the caller
                done.set_result(exc)
                done.exc = exc

        done.exc = None
        loop.call_soon(callback)
        value = loop.run_until_complete(done)
        if done.exc is not None:
            raise done.exc
        return value

    def run(code):
        value = run_in_loop(code)
        if asyncio.iscoroutine(value):
            value = loop.run_until_complete(value)
        return value

    def show(value):
        if value is not None:
            builtins._ = None
            print(repr(value))
            builtins._ = value

    builtins.__notebook_show__ = show
    failed = False
    for number, cell in enumerate(code_cells(path), start=1):
        if show_cells:
            print(f"──── In [{number}] ────")
        text = runnable(cell)
        if text is None:
            continue
        name = f"<cell {number}>"
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        try:
            tree = ast.parse(text, name)
            if tree.body and isinstance(tree.body[-1], ast.Expr) and not ends_with_semicolon(text):
                # The last expression's value is shown, in the same code object (so a cell
                # that awaits is one task, as in pyco).
                last = tree.body[-1]
                last.value = ast.Call(ast.Name("__notebook_show__", ast.Load()), [last.value], [])
                ast.fix_missing_locations(ast.copy_location(last.value, last))
            run(compile(tree, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT))
        except SystemExit as exc:
            sys.stdout.flush()
            code = exc.code
            if code is None:
                sys.exit(0)
            if isinstance(code, int):
                sys.exit(code)
            print(code, file=sys.stderr)
            sys.exit(1)
        except BaseException as exc:  # noqa: B902 - reported as the notebook shows it
            show_error(exc)
            failed = True
            if not keep_going:
                break
    sys.stdout.flush()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
