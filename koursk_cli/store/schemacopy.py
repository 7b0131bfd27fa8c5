"""A store's `data/schema.json`: a copy of the schema for editors, never what koursk checks against.

Every store is checked against the schema shipped inside the koursk package (loader.load_schema); the store's own
copy only serves the editors that read the `# yaml-language-server: $schema=../schema.json` line of its files. A
copy that is not JSON, or not that schema (edited, replaced, or written by another koursk), has editors apply other
rules than `check` does: `check` warns at its first differing line (rev29 L4). A store without the file is fine.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..digits import whole
from ..problems import Problem
from .files import Unreadable, read_bounded
from .loader import load_schema, schema_path

_SCHEMA_DIGITS = 20  # the shipped schema's numbers are bounds of a few digits
FIX = "koursk checks the store against its own schema, editors against this file: write it again with `koursk schema > {path}`"


def schema_copy_problems(root: Path, display: str) -> list[Problem]:
    """A warning, located, when the store's `data/schema.json` (shown as `display`) is there but is not the schema
    this koursk applies; none when it is, or when the store has none."""
    path = root / "data" / "schema.json"
    if not path.exists() and not path.is_symlink():
        return []
    if os.path.realpath(path) == os.path.realpath(schema_path()):  # the shipped store's own
        return []
    fix = FIX.format(path=display)
    try:
        data = read_bounded(path)
    except Unreadable as error:
        return [Problem(display, 1, 1, f"the schema for editors {error}; {fix}", warning=True)]
    try:
        found = json.loads(data.decode("utf-8"), parse_int=_integer)
    except RecursionError:  # json recurses once per nested array or object: 200 KB of `[` exhausts the stack
        return [Problem(display, 1, 1, f"the schema for editors is nested too deeply to be read; {fix}", warning=True)]
    except UnicodeDecodeError:
        return [Problem(display, 1, 1, f"the schema for editors is not UTF-8 text; {fix}", warning=True)]
    except json.JSONDecodeError as error:
        return [Problem(display, error.lineno, error.colno, f"the schema for editors is not JSON ({error.msg}); {fix}",
                        warning=True)]  # fmt: skip
    shipped = load_schema()
    if found == shipped:
        return []
    line = _first_difference(data.decode("utf-8"), json.dumps(shipped, indent=2, ensure_ascii=False) + "\n")
    return [
        Problem(display, line, 1, f"the schema for editors is not the one this koursk applies; {fix}", warning=True)
    ]


def _integer(digits: str) -> int | str:
    """A JSON integer, or its text when longer than any number the schema holds: int() refuses 4,300 digits (rev31
    M1), and text is never equal to the shipped schema's number, so the copy differs where it says so."""
    number = whole(digits.removeprefix("-"), _SCHEMA_DIGITS)
    return digits if number is None else -number if digits.startswith("-") else number


def _first_difference(text: str, expected: str) -> int:
    """The first line of `text` that is not that line of `expected` (as `koursk schema` writes it)."""
    for number, (found, wanted) in enumerate(zip(text.splitlines(), expected.splitlines(), strict=False), 1):
        if found != wanted:
            return number
    return min(len(text.splitlines()), len(expected.splitlines())) + 1
