"""Where a position of the page stands: among which table cells, the rest of its line, and whether a paragraph or a
heading's new story opens there.
"""

from __future__ import annotations

import bisect
import re

from .layout import Cell

_BLANK_LINE_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r]*\Z")


def opens_a_paragraph(text: str, position: int) -> bool:
    """Whether the sentence at `position` opens a paragraph: a blank line before it."""
    return _BLANK_LINE_BEFORE.search(text, max(0, position - 80), position) is not None


def after_a_heading(text: str, position: int) -> bool:
    """Whether the sentence at `position` opens a paragraph under a heading: a short line of its own, between blank
    lines, with no mark ending a sentence, after a paragraph that ends one (« …\n\nPyongyang fête son Parti\n\nÀ
    Pyongyang, … »): a new story; never a page's title under its chrome (« Monde | 09/05/2025 »: review64a)."""
    if not opens_a_paragraph(text, position):
        return False
    before = text[:position].rstrip()
    cut = before.rfind("\n")
    line = before[cut + 1 :].strip()
    story = text[: max(cut, 0)].rstrip()  # the paragraph before the heading: a story's prose, not a page's chrome
    return (
        cut >= 0
        and 0 < len(line) <= _HEADING_CHARS
        and line[-1] not in ".!?…»:;,"
        and text[:cut].rstrip(" \t").endswith("\n")
        and story[-1:] in (".", "!", "?", "»", "…")
    )


_HEADING_CHARS = 80  # how long a heading's line may be


def rest_of_line(text: str, position: int) -> str:
    """The text from `position` to the end of its line."""
    end = text.find("\n", position)
    return text[position : len(text) if end < 0 else end]


def cells_within(cells: list[Cell], start: int, end: int) -> list[Cell]:
    """The table cells that lie in [start, end), found by bisection (cells are in the text's order)."""
    first = bisect.bisect_left(cells, start, key=lambda cell: cell[0])
    last = bisect.bisect_left(cells, end, key=lambda cell: cell[0])
    return cells[first:last]
