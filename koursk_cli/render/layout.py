"""One layout for lists of records on a terminal: a date column, a status mark, and a body that folds.

Under NARROW columns the date goes on its own line above the body, so that dates and ids never wrap mid-token.
The rows are laid out here and printed as one Text: a Rich table would measure every cell several times, which
costs tens of milliseconds for a few dozen rows on every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

NARROW = 60


def print_records(
    console: Console, rows: Sequence[tuple[Text, Text, Text]], *, spaced: bool = True, indent: int = 0
) -> None:
    """Each row is (date, mark, body); bodies may hold several lines. `spaced` puts a blank line between rows."""
    from rich.text import Text

    if not rows:
        return
    narrow = console.width < NARROW
    date_width = max(when.cell_len for when, _, _ in rows)
    body_indent = indent + (2 if narrow else date_width + 3)
    body_width = max(console.width - body_indent, 1)
    out = Text(end="")
    for index, (when, mark, body) in enumerate(rows):
        if index and spaced:
            out.append("\n")
        if narrow:
            head = Text.assemble(mark, " ", when)
            for line in head.wrap(console, max(console.width - indent, 1), overflow="fold"):
                out.append(" " * indent)
                out.append_text(line)
                out.append("\n")
            first = " " * body_indent
        else:
            out.append(" " * indent)
            out.append_text(when)
            out.append(" " * (date_width - when.cell_len + 1))
            out.append_text(mark)
            first = " "
        for number, line in enumerate(_wrapped(console, body, body_width)):
            out.append(first if number == 0 else " " * body_indent)
            out.append_text(line)
            out.append("\n")
    console.print(out, soft_wrap=True, end="")


def _wrapped(console: Console, body: Text, width: int) -> list[Text]:
    """The body's lines folded to `width`, without trailing spaces; lines that fit are kept as they are (most do,
    and Rich's wrap is the costliest step of a listing)."""
    lines = []
    for line in body.split("\n"):
        if line.cell_len <= width:
            line.rstrip()
            lines.append(line)
            continue
        for part in line.wrap(console, width, overflow="fold"):
            part.rstrip()
            lines.append(part)
    return lines
