"""Where a quote or some words sit in an article, and the paragraphs around them (like `grep -n -C`). Pure.

Quotes are found the way `koursk check` finds them (white space runs and typographic quotes forgiven, on whole words
and figures: `quotespans`); words are found case- and accent-insensitively, with figures' thousands separators dropped
as `--text` drops them (`11000`, `11,000` and `11 000` all find « 11 000 »), and a figure only whole (`1000` is not
found in « 11 000 »). Positions are reported in the article's own text, so what is shown is the article verbatim.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from .quotespans import cut
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
        if _inside_a_figure(haystack, wanted, at, end) if fold else cut(haystack, at, end) is not None:
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
    side, as `grep -n -C` prints them: windows that overlap or touch are one excerpt, so each line comes once. Line
    numbers come from one list of line starts (a count of line feeds from the start per span was quadratic)."""
    offsets = line_offsets(text)
    groups: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in spans:
        first = max(1, bisect_right(offsets, start) - around)
        last = min(len(offsets), bisect_right(offsets, max(start, end - 1)) + around)
        if groups and first <= groups[-1][1] + 1:
            groups[-1][2].append((start, end))
            groups[-1] = (groups[-1][0], max(last, groups[-1][1]), groups[-1][2])
        else:
            groups.append((first, last, [(start, end)]))
    return [Excerpt(first, last, tuple(found)) for first, last, found in groups]


class Line(NamedTuple):
    """One line of an excerpt, and where each match falls on it."""

    number: int  # 1-based
    text: str  # without its line feed
    hits: tuple[tuple[int, int], ...]  # (start, end) within `text` of each match's part on this line, in order


def excerpt_lines(text: str, found: list[Excerpt]) -> Iterator[tuple[Line, ...]]:
    """The lines of each excerpt with their hits. Lines and spans are both in order and spans never overlap (`find`),
    so one walk forward over each serves: a scan of every span for every line was quadratic once touching contexts
    merged into one excerpt (rev18 M4: 8,000 short matching lines took 25 s)."""
    offsets = line_offsets(text)
    for part in found:
        spans = part.spans
        pending = 0  # the first span that does not end before the current line
        lines = []
        for number in range(part.first, part.last + 1):
            start = offsets[number - 1]
            end = offsets[number] - 1 if number < len(offsets) else len(text)
            while pending < len(spans) and spans[pending][1] <= start:
                pending += 1
            hits = []
            at = pending
            while at < len(spans) and spans[at][0] < end:
                if (low := max(spans[at][0] - start, 0)) < (high := min(spans[at][1], end) - start):
                    hits.append((low, high))
                at += 1
            lines.append(Line(number, text[start:end], tuple(hits)))
        yield tuple(lines)


def line_offsets(text: str) -> list[int]:
    """The offset at which each line starts."""
    offsets = [0]
    at = text.find("\n")
    while at >= 0:
        offsets.append(at + 1)
        at = text.find("\n", at + 1)
    return offsets
