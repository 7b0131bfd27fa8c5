"""Where a quote or some words sit in an article, and the paragraphs around them (like `grep -n -C`). Pure.

Quotes are found the way `koursk check` finds them (white space runs and typographic quotes forgiven, on whole words
and figures: `quotespans`); words are found case- and accent-insensitively, with figures' thousands separators dropped
as `--text` drops them (`11000`, `11,000` and `11 000` all find « 11 000 »), and a figure only whole (`1000` is not
found in « 11 000 »). Positions are reported in the article's own text, so what is shown is the article verbatim.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import NamedTuple

from .quotespans import separate_spans
from .textnorm import figure_separators

_TYPOGRAPHIC = {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'}


class Excerpt(NamedTuple):
    """Lines `first`..`last` (1-based, inclusive) of the article, and the spans matched within them."""

    first: int
    last: int
    spans: tuple[tuple[int, int], ...]  # character offsets (start, end) of each match in the article


class _Shifts:
    """Where each character of a mapped text comes from, as runs: from offset `starts[k]` on, a character's offset in
    the text it was mapped from is its own plus `shifts[k]`. A list of every offset held half a gigabyte of int
    objects for a 16 MB page; the runs change only where white space or a character's fold changes the length."""

    def __init__(self) -> None:
        self.starts = array("q", [0])
        self.shifts = array("q", [0])

    def add(self, start: int, shift: int) -> None:
        """From `start` on (never before the last run's start), offsets shift by `shift`."""
        if shift == self.shifts[-1]:
            return
        if start == self.starts[-1]:
            self.shifts[-1] = shift
        else:
            self.starts.append(start)
            self.shifts.append(shift)

    def __getitem__(self, index: int) -> int:
        return index + self.shifts[bisect_right(self.starts, index) - 1]


def _piece(char: str, fold: bool) -> str:
    """What one character (not white space) is to the search: typographic quotes straightened, and with `fold`,
    accents, case and compatibility forms folded (`É` → `e`, `ﬁ` → `fi`, a lone combining accent → nothing)."""
    pieces = _TYPOGRAPHIC.get(char, char)
    if fold:
        decomposed = unicodedata.normalize("NFKD", pieces)
        pieces = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return pieces


def _mapped(text: str, fold: bool) -> tuple[str, Callable[[int], int]]:
    """The text as the search sees it (each run of white space one space, none before the first character; each
    character as `_piece` makes it; with `fold`, figures' thousands separators dropped), and where each of its
    characters comes from in the text. Each distinct character is folded once, stretches where every character
    stays one character are translated whole (`str.translate`), and only runs of white space and characters that
    fold to more or fewer than one are stepped through: no Python step per character of a 16 MB page."""
    chars = set(text)
    pieces = {c: _piece(c, fold) for c in chars if not c.isspace()}
    table = str.maketrans({c: " " for c in chars if c.isspace()} | {c: p for c, p in pieces.items() if len(p) == 1})
    odd = "".join(c for c, p in pieces.items() if len(p) != 1)
    nothing = "".join(c for c in chars if c.isspace() or pieces.get(c) == "")
    at = len(text) - len(text.lstrip(nothing))  # white space and what folds to nothing, before the first character
    spots = re.compile(r"\s{2,}" + (f"|[{re.escape(odd)}]" if odd else ""))
    out: list[str] = []
    shifts = _Shifts()
    length = 0
    for spot in spots.finditer(text, at):
        start = spot.start()
        shifts.add(length, at - length)
        out.append(text[at:start].translate(table))
        length += start - at
        found = spot.group()
        for piece in " " if found[0].isspace() else pieces[found]:  # a run of white space is one space
            shifts.add(length, start - length)
            out.append(piece)
            length += 1
        at = spot.end()
    shifts.add(length, at - length)
    out.append(text[at:].translate(table))
    haystack = "".join(out)
    if not fold or not (dropped := figure_separators(haystack)):
        return haystack, shifts.__getitem__
    kept, joined, after = [], _Shifts(), 0  # `joined`: where each character of the figures joined was before
    for count, position in enumerate(dropped):
        kept.append(haystack[after:position])
        joined.add(position - count, count + 1)
        after = position + 1
    kept.append(haystack[after:])
    return "".join(kept), lambda index: shifts[joined[index]]


def find(text: str, needle: str, *, fold: bool = False) -> Iterator[tuple[int, int]]:
    """Each place `needle` occurs in `text`, leftmost first and none overlapping another, as (start, end) offsets
    of the text: a quote on whole words (quotespans.separate_spans, as `check` finds it), words (`fold`) anywhere
    but inside a longer figure. Yielded as found: a caller that wants the first stops there."""
    haystack, where = _mapped(text, fold)
    wanted, _ = _mapped(needle.strip(), fold)
    if wanted:
        yield from ((where(start), where(end - 1) + 1) for start, end in separate_spans(haystack, wanted, figures=fold))


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
