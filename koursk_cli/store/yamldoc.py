"""Read one YAML file into plain values that remember their line and column.

A file in the regular layout koursk writes is read line by line (store/yamlregular.py); anything else through the
C parser's events (store/yamlevents.py, built into values in one pass, no node tree composed first). Either way
every value keeps its position, YAML 1.1 surprises stay visible as types (`no` is a boolean, and the schema says
so), date-like scalars keep their text, and aliases, merge keys and tags such as `!!python/object` are refused
instead of obeyed; the values and messages are those of composing the file with `yaml.CSafeLoader` and converting
its nodes. PyYAML itself is imported only for a file that is not regular (parse_events).
"""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

from ..problems import Problem
from ..textnorm import character_name
from .files import Unreadable, read_bounded
from .located import Mark
from .yamlregular import read_regular

# Values in one YAML file, counted from above (lines, twice the colons, commas and brackets): a 16 MB file of
# 20,000 generated events counts about 980,000; 16 MiB of `- {}` lines would count 5.6 million and took 9.9 GB. At the limit: 926 MB (docs/guarantees.md).
MAX_NODES = 1_500_000
MAX_DEPTH = 100  # lists and mappings inside each other: a store entry nests 4 deep; past this, one located problem
# Line breaks to YAML 1.1 (libyaml and PyYAML count them), not to editors, grep -n or koursk's own `file:line:col`,
# which count \n: each shifted every later position, and in a comment made its tail content (rev31 L1).
_BREAKS = "\x85\u2028\u2029"
_UNICODE_BREAK = re.compile(f"[{_BREAKS}]")


def line_col(text: str, offset: int) -> Mark:
    """The line and column of `offset` in `text`, as `file:line:col` counts them (lines at \\n)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 text file, refusing binary, oversized, special and mis-encoded files with a located message."""
    try:
        data = read_bounded(path)
    except Unreadable as error:
        return None, [Problem(display, 1, 1, f"the file {error}")]
    return decode_text(data, display)


def decode_text(data: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """Bytes already read (and digested by the cache) as UTF-8 text, or the located reason they are not."""
    if b"\x00" in data:
        line, col = line_col(data.decode("latin-1"), data.index(b"\x00"))
        return None, [Problem(display, line, col, "binary file (contains a NUL byte); the store holds UTF-8 text")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line, col = line_col(data[: error.start].decode("utf-8", "replace"), error.start)
        byte = data[error.start]
        return None, [Problem(display, line, col, f"not UTF-8 (byte 0x{byte:02X}); save the file as UTF-8")]


def parse_yaml(text: str, display: str, *, marks: bool = True) -> tuple[Any, list[Problem]]:
    """Parse YAML text into located values; syntax errors come back as problems, never as exceptions. A file in the
    regular layout koursk writes is read line by line (store/yamlregular.py), anything else by libyaml: the same
    values and marks either way, and every problem is found and worded by libyaml's reading. Without `marks`, a
    regular file's values keep only some (see read_regular)."""
    estimate = text.count("\n") + 2 * text.count(":") + text.count(",") + text.count("{") + text.count("[")
    if estimate > MAX_NODES:  # every value costs some 400 bytes once parsed: refuse before, at C speed
        return None, [Problem(display, 1, 1, f"the file holds too many YAML values (the limit is {MAX_NODES:,})")]
    if _has_break(text) and (found := _UNICODE_BREAK.search(text)) is not None:
        return None, [_unicode_break(text, found.start(), display)]
    collecting = gc.isenabled()
    gc.disable()  # the values hold no reference cycles: the collector would only walk them again as they grow (~1/4)
    try:
        value = read_regular(text, marks=marks)
        return (value, []) if value is not None else parse_events(text, display)
    finally:
        if collecting:
            gc.enable()


def _has_break(text: str) -> bool:
    """Whether `text` holds a character of _UNICODE_BREAK: a search for each, at C speed, where the class's search
    tests every character against it (~5 ms a 780 KB file, in every run that reads a store file)."""
    return any(char in text for char in _BREAKS)


def _unicode_break(text: str, offset: int, display: str) -> Problem:
    """A line break YAML reads and editors do not, at its place as editors count lines, before the file is parsed
    (the parser's marks after it would be shifted). Pasted from web pages and PDFs, it is written out instead."""
    more = len(_UNICODE_BREAK.findall(text, offset + 1))
    also = f" ({more:,} more after it)" if more else ""
    return Problem(
        display, *line_col(text, offset),
        f"{character_name(text[offset])}{also}: YAML reads it as a line break, editors and koursk's line numbers do "
        "not; replace it with a space (or a new line)",
    )  # fmt: skip


def parse_events(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Any YAML text read through libyaml's events (the collector paused by the caller). PyYAML is imported here, for
    a file that is not regular, and no sooner: a run that reads only regular files (a changed events file) never
    pays for it (~100 M instructions, its reader's and resolver's expressions compiled)."""
    from .yamlevents import read_events

    return read_events(text, display)
