"""One layout for lists of records on a terminal: a date column, a status mark, and a body that folds.

Under NARROW columns, or when a word of a body (an id) would not fit beside the dates, the date goes on its own
line above the body, so that dates and ids never wrap mid-token.
The rows are laid out here and printed as one Text: a Rich table would measure every cell several times, which
costs tens of milliseconds for a few dozen rows on every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from .. import lazy_rich as rich
from ..humanize import DATE
from ..nobreak import LETTER, SPACE, token

NARROW = 60
_WORD = re.compile(rf"{SPACE}*(?:{LETTER}*«{SPACE}+)?{token(DATE)}(?:{SPACE}+»{LETTER}*)?{SPACE}*")
"""A word and the spaces around it, as Rich's wrap reads them once nobreak.py has taught it (a number « 11\u00a0000 »
or a date « 7 nov. 2024 » is one word, review 40: « au 7 / nov. 2024 »); French guillemets and the space inside
them go with their word (« hier », « ses premiers), never left alone at a line's end or start."""


def print_records(
    console: rich.Console,
    rows: Sequence[tuple[rich.Text, rich.Text, rich.Text]],
    *,
    spaced: bool = True,
    indent: int = 0,
) -> None:
    """Each row is (date, mark, body); bodies may hold several lines. `spaced` puts a blank line between rows."""
    if not rows:
        return
    date_width = max(when.cell_len for when, _, _ in rows)
    beside = console.width - indent - date_width - 3  # the body's width beside the dates
    narrow = console.width < NARROW or any(longest_word(body.plain) > beside for _, _, body in rows)
    body_indent = indent + (2 if narrow else date_width + 3)
    body_width = max(console.width - body_indent, 1)
    out = rich.Text(end="")
    for index, (when, mark, body) in enumerate(rows):
        if index and spaced:
            out.append("\n")
        if narrow:
            head = rich.Text.assemble(mark, " ", when)
            append_folded(out, head, max(console.width - indent, 1), " " * indent, " " * indent)
            first = " " * body_indent
        else:
            out.append(" " * indent)
            out.append_text(when)
            out.append(" " * (date_width - when.cell_len + 1))
            out.append_text(mark)
            first = " "
        append_folded(out, body, body_width, first, " " * body_indent)
    console.print(LaidOut(out), soft_wrap=True, end="")


class LaidOut:
    """Text already folded to the console's width: rendered as it is. Printing a Text would run Rich's wrap over
    every line again, which costs three times what the rest of the printing does."""

    def __init__(self, text: rich.Text) -> None:
        self.text = text

    def __rich_console__(self, console: rich.Console, options: rich.ConsoleOptions) -> Iterable[rich.Segment]:
        return self.text.render(console)


def append_folded(out: rich.Text, body: rich.Text, width: int, first: str, indent: str) -> None:
    """Append `body` to `out` in lines of at most `width` cells (after `first`, then `indent`), without trailing
    spaces. Slicing the plain text and re-applying the few style spans costs a fraction of Rich's `Text.wrap`,
    which was the slowest step of a listing; the breaks are Rich's own (see `break_offsets`)."""
    plain = body.plain
    for number, (low, high) in enumerate(fold_spans(plain, width)):
        out.append(first if number == 0 else indent)
        offset = len(out) - low
        out.append(plain[low:high], style=body.style or None)
        for span in body.spans:
            if span.start < high and span.end > low:
                out.stylize(span.style, offset + max(span.start, low), offset + min(span.end, high))
        out.append("\n")


def fold_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """The (start, end) of each line of `plain` folded to `width` cells, without trailing spaces. Pure."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in plain.split("\n"):
        cuts = [start, *(start + offset for offset in break_offsets(line, width)), start + len(line)]
        for low, high in pairwise(cuts):
            while high > low and plain[high - 1].isspace():
                high -= 1
            spans.append((low, high))
        start += len(line) + 1
    return spans


def longest_word(plain: str) -> int:
    """The cells of the widest run of non-spaces in `plain` (an id, a date's token): what must fit whole. Pure."""
    return max((rich.cell_len(word.group().strip()) for word in _WORD.finditer(plain)), default=0)


def break_offsets(text: str, width: int) -> list[int]:
    """Where Rich would break one line of `text` to fit `width` cells: before a word that does not fit, and inside a
    word longer than a whole line (its `fold` overflow). Pure."""
    if rich.cell_len(text) <= width:
        return []
    breaks: list[int] = []
    position = 0
    for word in _WORD.finditer(text):
        start, chunk = word.start(), word.group()
        length = rich.cell_len(chunk.rstrip())
        if width - position >= length:
            position += rich.cell_len(chunk)
        elif length > width:
            pieces = rich.chop_cells(chunk, width)
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            position = rich.cell_len(pieces[-1])
        elif position and start:
            breaks.append(start)
            position = rich.cell_len(chunk)
    return breaks


def packed(items: Sequence[str], width: int, separator: str = " · ") -> list[str]:
    """A legend's items (`·N articles reporting it`) joined by `separator` into lines of at most `width` cells, a
    line broken only between items, so none is cut in two (rev32 R17: `… · ·N` / `sources backing it` at 80
    columns); an item wider than a line stands alone, for Rich to fold. Pure."""
    lines: list[str] = []
    for item in items:
        joined = f"{lines[-1]}{separator}{item}" if lines else item
        if lines and rich.cell_len(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(item)
    return lines
