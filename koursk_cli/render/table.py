"""One table layout for every terminal listing (sources, topics, entities, the fields of `show`), readable from 60
columns up.

An id is copied into the next command, so a cell that does not fold (an id, a date, a figure) is never broken, and a
header never stands one letter per line. A column that folds (a title, a name, a description) folds at words and is
never narrower than its minimum or its longest word (an id inside it). The first of three forms that fits the width:

1. side by side, the folding columns folded in their place;
2. the columns that do not fold side by side, each folding cell under its row;
3. one card per row: the cells that do not fold packed on lines, broken only between cells, then the folding ones.

A token wider than the whole terminal is folded there (Rich's `fold`), as a last resort. Rich's Table shrinks any
column, `no_wrap` or not, once the others take the width: that is what this replaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .. import lazy_rich as rich
from .layout import LaidOut, append_folded, fold_spans, longest_word
from .styles import MUTED

GAP = 2  # cells between columns, and between the cells of a card
INDENT = 2  # a card's later lines


class Column(NamedTuple):
    header: str
    fold: int = 0
    """0: the cells never fold (ids, dates, figures); else they fold at words and are at least this many cells."""
    right: bool = False
    """Aligned right (counts and figures)."""
    named: bool = False
    """Outside the side-by-side form, the cell says its header first: a bare count or outlet would say nothing."""


Row = Sequence["rich.Text"]  # a string: naming rich.Text here would import Rich on every pipe


def print_table(console: rich.Console, columns: Sequence[Column], rows: Sequence[Row]) -> None:
    """The rows in the first form that fits the console's width (see the module's docstring)."""
    width = console.width
    natural = [max(_width(rich.Text(c.header)), *(_width(row[i]) for row in rows)) for i, c in enumerate(columns)]
    least = [
        n if not c.fold else _least(c, n, [row[i] for row in rows])
        for i, (c, n) in enumerate(zip(columns, natural, strict=True))
    ]
    whole = [i for i, c in enumerate(columns) if not c.fold]
    out = rich.Text(end="")
    if sum(least) + GAP * (len(columns) - 1) <= width:
        _side_by_side(out, columns, rows, _widen(least, natural, width - sum(least) - GAP * (len(columns) - 1)))
    elif sum(natural[i] for i in whole) + GAP * (len(whole) - 1) <= width:
        _folded_under(out, columns, rows, natural, width)
    else:
        for row in rows:
            _card(out, columns, row, width)
    console.print(LaidOut(out), soft_wrap=True, end="")


def _width(cell: rich.Text) -> int:
    return max((rich.cell_len(line) for line in cell.plain.split("\n")), default=0)


def _least(column: Column, natural: int, cells: Sequence[rich.Text]) -> int:
    """The narrowest a folding column may be: its minimum (or less, if nothing in it is that wide), its header, and
    its longest word."""
    return max(min(column.fold, natural), rich.cell_len(column.header), *(longest_word(c.plain) for c in cells))


def _widen(least: list[int], natural: list[int], spare: int) -> list[int]:
    """Share the spare cells one at a time among the columns still narrower than their content."""
    widths = list(least)
    while spare > 0 and any(w < n for w, n in zip(widths, natural, strict=True)):
        for i, (w, n) in enumerate(zip(widths, natural, strict=True)):
            if spare and w < n:
                widths[i] += 1
                spare -= 1
    return widths


def _lines(cell: rich.Text, width: int) -> list[rich.Text]:
    return [cell[low:high] for low, high in fold_spans(cell.plain, width)]


def _row(out: rich.Text, columns: Sequence[Column], cells: Sequence[rich.Text], widths: Sequence[int]) -> None:
    """One row, side by side: each cell folded to its width, then line by line, without trailing spaces."""
    stacks = [
        _lines(cell, w) if c.fold else cell.split("\n") for c, cell, w in zip(columns, cells, widths, strict=True)
    ]
    for number in range(max(len(stack) for stack in stacks)):
        line = rich.Text()
        for index, (column, stack, w) in enumerate(zip(columns, stacks, widths, strict=True)):
            piece = stack[number] if number < len(stack) else rich.Text()
            pad = " " * (w - piece.cell_len)
            line.append(" " * GAP if index else "")
            line.append_text(rich.Text.assemble(pad, piece) if column.right else rich.Text.assemble(piece, pad))
        line.rstrip()
        out.append_text(line)
        out.append("\n")


def _header(out: rich.Text, columns: Sequence[Column], widths: Sequence[int]) -> None:
    if any(c.header for c in columns):
        _row(out, columns, [rich.Text(c.header, style="bold") for c in columns], widths)


def _side_by_side(out: rich.Text, columns: Sequence[Column], rows: Sequence[Row], widths: Sequence[int]) -> None:
    _header(out, columns, widths)
    for row in rows:
        _row(out, columns, row, widths)


def _named(column: Column, cell: rich.Text) -> rich.Text:
    return rich.Text.assemble((f"{column.header} ", MUTED), cell) if column.named else cell


def _folded_under(
    out: rich.Text, columns: Sequence[Column], rows: Sequence[Row], natural: Sequence[int], width: int
) -> None:
    """The columns that do not fold side by side; under each row, its folding cells, aligned with the second column
    when their words fit there."""
    whole = [i for i, c in enumerate(columns) if not c.fold]
    kept = [columns[i] for i in whole]
    widths = [natural[i] for i in whole]
    under = [i for i, c in enumerate(columns) if c.fold]
    indent = natural[whole[0]] + GAP
    if any(longest_word(_named(columns[i], row[i]).plain) > width - indent for row in rows for i in under):
        indent = INDENT
    _header(out, kept, widths)
    for row in rows:
        _row(out, kept, [row[i] for i in whole], widths)
        for i in under:
            if row[i].plain:
                append_folded(out, _named(columns[i], row[i]), max(width - indent, 1), " " * indent, " " * indent)


def _card(out: rich.Text, columns: Sequence[Column], row: Row, width: int) -> None:
    """One row as a card: the cells that do not fold on lines broken only between cells, then each folding cell."""
    line = rich.Text()
    for column, cell in zip(columns, row, strict=True):
        if column.fold or not cell.plain:
            continue
        chip = _named(column, cell)
        if line.plain and line.cell_len + GAP + chip.cell_len > width:
            append_folded(out, line, width, "", "")  # folds only a cell wider than the terminal
            line = rich.Text(" " * INDENT)
        line.append(" " * GAP if line.plain.strip() else "")
        line.append_text(chip)
    append_folded(out, line, width, "", "")
    for column, cell in zip(columns, row, strict=True):
        if column.fold and cell.plain:
            append_folded(out, _named(column, cell), max(width - INDENT, 1), " " * INDENT, " " * INDENT)
