"""A table's cells (layout.table_cells) as the figures read them: a bare cell's noun from its column's heading, its
qualifier from the other cells of its row.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .frfigure import number_matches
from .frnotcounts import REFERENCE_WORDS
from .frnumerals import parse_number
from .frqualifiers import QUALIFIER, QUALIFIERS, qualifier_of
from .frwords import fold_word, singular
from .layout import Cell
from .lexicon import words


def cell_at(cells: Sequence[Cell], position: int) -> Cell | None:
    """The cell `position` falls in (cells are in the text's order and never overlap), by bisection."""
    at = bisect.bisect_right(cells, position, key=lambda cell: cell[0]) - 1
    return cells[at] if at >= 0 and position < cells[at][1] else None


def numbers_rows(heading: str) -> bool:
    """Whether a column's heading is a reference word (« N° », « No », « Numéro », « # »; lexicon.toml
    `reference_words`): its cells number the table's rows, a rundown's or a list's, and count nothing."""
    said = fold_word(heading.strip().rstrip("."))
    return said == "#" or said in REFERENCE_WORDS


def cell_heading(match: re.Match[str], cell: Cell | None) -> str | None:
    """The first word of the column's heading (« Tués », « Soldats engagés »), when the number and its qualifier are
    all the cell holds (« 100 », « « au moins 1 000 » »)."""
    if cell is None:
        return None
    text, (start, end, heading) = match.string, cell
    alone = not text[start : match.start()].strip(' «"“') and not text[match.end("num") : end].strip(' »"”')
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", heading)
    return words[0] if alone and words else None


# A remark of a table's row that qualifies the row's bare numbers (a spreadsheet's « Remarque » column): a qualifier
# of [qualifiers] alone, perhaps quoted, perhaps after the heading of the one column it qualifies (« « environ » »,
# « blessés : « plus de » »), or words that say the row's numbers are rounded (lexicon.toml `rounded_remarks`). Each
# part between commas and semicolons is read alone (« « environ », briefing de la veille »).
_REMARK = re.compile(
    rf"\s*(?:(?P<label>[^\W\d_]+)\s*:\s*)?[«\"“]?\s*(?:(?P<qual>{QUALIFIER})|(?P<rounded>[^\W\d_]+(?:\s+[^\W\d_]+)?))"
    rf"\s*[»\"”]?\s*",
    re.IGNORECASE,
)
_ROUNDED = words("rounded_remarks")


def _row_of(cells: Sequence[Cell], cell: Cell) -> tuple[int, int]:
    """Where `cell`'s row starts and ends, when the sentence runs over several rows joined into one line (a
    DataFrame's rows with no full stop between them, round 41): a row's cells come in its columns' order, the order of
    the headings of the sentence's first row, so a heading no later than the one before opens the next row. Only the
    first row and `cell`'s own are walked: a pasted table is one sentence with thousands of cells."""
    rank: dict[str, int] = {}
    for _, _, heading in cells:
        if heading in rank:
            break
        rank[heading] = len(rank)
    last = len(rank)
    at = bisect.bisect_left(cells, cell[0], key=lambda c: c[0])
    low = high = at
    while low > 0 and rank.get(cells[low - 1][2], last) < rank.get(cells[low][2], last):
        low -= 1
    while high + 1 < len(cells) and rank.get(cells[high + 1][2], last) > rank.get(cells[high][2], last):
        high += 1
    return cells[low][0], cells[high][1]


def row_qualifier(match: re.Match[str], cell: Cell, cells: Sequence[Cell], value: float) -> tuple[str, str] | None:
    """The kind another cell of its row gives a number alone in its cell, which prints no qualifier of its own: the
    same number restated there with one (« 100 » under « Tués », « « au moins » 100 tués » under « Remarque »), or a
    remark that qualifies the row (`_REMARK`); None when the row says nothing of it. A spreadsheet's row is read as a
    whole: its cell « 2000 » beside the remark « « environ » » is approximate, never exact (heldout28)."""
    text, (start, end, heading) = match.string, cell
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    column = singular(next(iter(re.findall(r"[^\W\d_]+", heading)), ""))
    row_start, row_end = _row_of(cells, cell)
    line_start, line_end = max(line_start, row_start), min(line_end, row_end)
    for a, b, _ in cells:
        if a < line_start or b > line_end or a == start:
            continue
        remark = text[a:b]
        for number in number_matches(remark):
            if number["qual"] and parse_number(number["num"]) == value:
                kind, reading = qualifier_of(number)
                return kind, f"{reading}, as its row restates it"
        for part in re.split(r"[,;]", remark):
            said = _REMARK.fullmatch(part + " ")
            if said is None or (said["label"] is not None and singular(said["label"]) != column):
                continue
            if said["qual"] is not None:
                kind, reading = next((k, r) for i, (_, k, r) in enumerate(QUALIFIERS) if said[f"q{i}"])
                return kind, f"{reading}, as its row's remark « {part.strip()} » says"
            if fold_word(" ".join(said["rounded"].split())) in _ROUNDED:
                return "approximate", f"approximate (±10 %), as its row's remark « {part.strip()} » says"
    return None
