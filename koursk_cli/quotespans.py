"""Where a quote stands in its article: on whole words and whole figures only. Pure.

A substring is not enough (rev24 F1): « 2.000 soldats » cut out of « 12.000 soldats », or « 500 militaires » out of
« 1.500 militaires », states a figure the article does not give. `check` (store/checks.py), its editorial rules and
`read` all find a quote here, so they agree on where it is. Texts are as `textnorm.normalise_quote` leaves them (or
`excerpts` maps them): white space is one space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_GROUP_SEPARATORS = " .,"  # between digits, they join one figure: « 12.000 », « 1,5 », « 11 000 »
_WORD = re.compile(r"[^\W_]+(?:[ .,](?<=\d[ .,])(?=\d)[^\W_]+)*")  # a word, or a figure with its separators
_AROUND = 80  # how far a word is looked for each side of a cut, for the message


class Cut(NamedTuple):
    """A quote's occurrence that cuts a word or figure of the article: which edge, and that word."""

    edge: str  # "starts" or "ends"
    word: str


def _joined(text: str, outside: int, inside: int) -> bool:
    """Whether the character just past an edge (`outside`) and the edge's own character (`inside`) belong to one
    word or figure: two letters or digits, or a digit-group separator between two digits."""
    if not 0 <= outside < len(text):
        return False
    out, edge = text[outside], text[inside]
    if out.isalnum() and edge.isalnum():
        return True
    beyond, within = 2 * outside - inside, 2 * inside - outside  # one further out, one further in
    if out in _GROUP_SEPARATORS and edge.isdigit():
        return 0 <= beyond < len(text) and text[beyond].isdigit()
    return edge in _GROUP_SEPARATORS and out.isdigit() and 0 <= within < len(text) and text[within].isdigit()


def _word_at(text: str, index: int) -> str:
    low = max(0, index - _AROUND)
    for match in _WORD.finditer(text, low, index + _AROUND):
        if match.start() <= index < match.end():
            return match.group()
    return text[index]


def cut(text: str, start: int, end: int) -> Cut | None:
    """How the span `text[start:end]` cuts a word or a figure of `text`, or None when both edges are boundaries."""
    if _joined(text, start - 1, start):
        return Cut("starts", _word_at(text, start))
    if _joined(text, end, end - 1):
        return Cut("ends", _word_at(text, end - 1))
    return None


def occurrences(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every place `needle` occurs in `text`, overlapping ones too, whole words or not."""
    start = text.find(needle) if needle else -1
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def quote_spans(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every place a quote stands in its article on whole words (as `check` accepts it)."""
    return ((start, end) for start, end in occurrences(text, needle) if cut(text, start, end) is None)
