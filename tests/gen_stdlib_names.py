#!/usr/bin/env python3
"""Regenerates src/modules/stdlib_names.rs from CPython 3.11's sys.stdlib_module_names.

    python3 tests/gen_stdlib_names.py && cargo fmt
"""
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the list must come from CPython 3.11"

names = sorted(n for n in sys.stdlib_module_names if not n.startswith('_'))
lines, line = [], "   "
for n in names:
    item = f' "{n}",'
    if len(line) + len(item) > 96:
        lines.append(line)
        line = "   "
    line += item
lines.append(line)
text = '''//! The top-level modules of CPython 3.11's standard library (`sys.stdlib_module_names`, less
//! the private ones), so that importing one pyco leaves out says so instead of looking like
//! a typo. Made by `tests/gen_stdlib_names.py`.

pub const STDLIB_MODULES: &[&str] = &[
''' + "\n".join(lines) + "\n];\n"
out = Path(__file__).resolve().parent.parent / "src" / "modules" / "stdlib_names.rs"
out.write_text(text)
