"""Where a quote or some words sit in an article, and the paragraphs around them (like `grep -n -C`). Pure.

Quotes are found the way `koursk check` finds them (white space runs and typographic quotes forgiven); words are
found case- and accent-insensitively, with figures' thousands separators dropped as `--text` drops them (`11000`,
`11,000` and `11 000` all find « 11 000 »), and a figure only whole (`1000` is not found in « 11 000 »). Positions are reported in the article's own text, so what is shown is the
article verbatim.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from .textnorm import figure_separators

_TYPOGRAPHIC = {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'}


class Excerpt(NamedTuple):
    """Lines `first`..`last` (1-based, inclusive) of the article, and the spans matched within them."""

    first: int
    last: int
    spans: tuple[tuple[int, int], ...]  # character offsets (start, end) of each match in the article


def _mapped(text: str, fold: bool) -> tuple[str, list[int]]:
    """The text as the search sees it, and for each of its characters the offset it came from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not space and out:
                out.append(" ")
                where.append(index)
            space = True
            continue
        space = False
        pieces = _TYPOGRAPHIC.get(char, char)
        if fold:
            decomposed = unicodedata.normalize("NFKD", pieces)
            pieces = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for piece in pieces:
            out.append(piece)
            where.append(index)
    if fold:
        dropped = set(figure_separators("".join(out)))
        out = [c for i, c in enumerate(out) if i not in dropped]
        where = [w for i, w in enumerate(where) if i not in dropped]
    return "".join(out), where


def find(text: str, needle: str, *, fold: bool = False) -> list[tuple[int, int]]:
    """Every place `needle` occurs in `text`, as (start, end) offsets of the text; [] when it does not."""
    haystack, where = _mapped(text, fold)
    wanted, _ = _mapped(needle.strip(), fold)
    if not wanted:
        return []
    found = []
    at = haystack.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if fold and _inside_a_figure(haystack, wanted, at, end):
            at = haystack.find(wanted, at + 1)
            continue
        found.append((where[at], where[end - 1] + 1))
        at = haystack.find(wanted, end)
    return found


def _inside_a_figure(haystack: str, wanted: str, start: int, end: int) -> bool:
    """Whether a match that begins or ends with a digit is part of a longer figure (`1000` in `11000`)."""
    return (wanted[0].isdigit() and start > 0 and haystack[start - 1].isdigit()) or (
        wanted[-1].isdigit() and end < len(haystack) and haystack[end].isdigit()
    )


def excerpts(text: str, spans: list[tuple[int, int]], around: int = 0) -> list[Excerpt]:
    """The lines holding each of `spans` (in order), with `around` more lines (paragraphs, in these articles) each
    side, as `grep -n -C` prints them: windows that overlap or touch are one excerpt, so each line comes once."""
    count = text.count("\n") + 1
    merged: list[Excerpt] = []
    for start, end in spans:
        first = max(1, text.count("\n", 0, start) + 1 - around)
        last = min(count, text.count("\n", 0, max(start, end - 1)) + 1 + around)
        if merged and first <= merged[-1].last + 1:
            previous = merged.pop()
            first, last = previous.first, max(last, previous.last)
            merged.append(Excerpt(first, last, (*previous.spans, (start, end))))
        else:
            merged.append(Excerpt(first, last, ((start, end),)))
    return merged


def line_offsets(text: str) -> list[int]:
    """The offset at which each line starts."""
    offsets = [0]
    for index, char in enumerate(text):
        if char == "\n":
            offsets.append(index + 1)
    return offsets
