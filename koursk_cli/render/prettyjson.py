"""JSON for a person at a terminal, as gh shows it: indented, coloured (unless colour is off), and with every
character a terminal could obey written as a `\\u` escape, so what is shown is still valid JSON to copy. A pipe never
gets this: it gets machine.py's compact, stable output."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from ..textnorm import for_terminal

# The patterns below stay text: `re` compiles and caches them on first use, so the runs that never show JSON to a
# person (pipes, every --json into a file) do not pay ~0.6 ms to compile them at import.

# jq's and gh's palette: keys bold blue, strings green, numbers cyan, true/false yellow, null dim.
_KEY, _STRING, _NUMBER, _BOOLEAN, _NULL, _RESET = "\x1b[1;34m", "\x1b[32m", "\x1b[36m", "\x1b[33m", "\x1b[2m", "\x1b[0m"

# Outside strings, JSON text holds only punctuation, white space, numbers and the three literals, so one left-to-
# right scan that takes whole strings first never colours a digit or a word inside a string.
_TOKEN = r'("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false)|(null)'


def _coloured(match: re.Match[str]) -> str:
    string, colon, number, boolean, null = match.groups()
    if string is not None:
        return f"{_KEY if colon else _STRING}{string}{_RESET}{colon or ''}"
    if number is not None:
        return f"{_NUMBER}{number}{_RESET}"
    return f"{_BOOLEAN}{boolean}{_RESET}" if boolean is not None else f"{_NULL}{null}{_RESET}"


def pretty(value: Any, *, color: bool, indent: int | None = 2) -> str:
    """`value` as JSON for a terminal: indented (one line when `indent` is None), safe, coloured when `color`."""
    text = for_terminal(json.dumps(value, ensure_ascii=False, indent=indent))  # json.dumps leaves C1 and bidi raw
    return re.sub(_TOKEN, _coloured, text) if color else text


def write_pretty_value(stream: TextIO, value: Any, *, color: bool) -> None:
    stream.write(pretty(value, color=color) + "\n")


def write_pretty_lines(stream: TextIO, values: Iterable[Any], *, color: bool) -> None:
    """JSON lines on a terminal: still one object per line (that is the format), coloured and made safe."""
    for value in values:
        stream.write(pretty(value, color=color, indent=None) + "\n")
