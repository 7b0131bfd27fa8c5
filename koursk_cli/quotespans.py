"""Where a quote stands in its article: on whole words and whole figures only. Pure.

A substring is not enough (rev24 F1): « 2.000 soldats » cut out of « 12.000 soldats », or « 500 militaires » out of
« 1.500 militaires », states a figure the article does not give. `check` (store/checks.py), its editorial rules and
`read` all find a quote here, so they agree on where it is. Texts are as `textnorm.normalise_quote` leaves them (or
`excerpts` maps them): white space is one space.

Past a few occurrences, the edge tests are one compiled scan in C, never a Python step per occurrence (rev26 H3): a
16 MB page holds millions of occurrences of a short quote cut inside words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

_GROUP_SEPARATORS = " .,"  # between digits, they join one figure: « 12.000 », « 1,5 », « 11 000 »
# … a space only before a group of three digits (« 11 000 »): « 1/2 0.50⏎6 mars », a table's last cell and the next
# line's day, are two (white space is one space in a normalised text, so a line break is no boundary of its own)
_WORD = re.compile(r"[^\W_]+(?:(?:[.,](?<=\d[.,])(?=\d)| (?<=\d )(?=\d{3}(?!\d)))[^\W_]+)*")  # a word or figure
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
        group = max(inside, beyond)  # the digits after the separator, on either edge
        return 0 <= beyond < len(text) and text[beyond].isdigit() and (out != " " or _thousands(text, group))
    return edge in _GROUP_SEPARATORS and out.isdigit() and 0 <= within < len(text) and text[within].isdigit()


def _thousands(text: str, start: int) -> bool:
    """Whether exactly three digits stand at `start`: a group of thousands, which a space joins to the digits before
    it (« 11 000 »), where « 0.50 6 » is two figures."""
    group = text[start : start + 4]
    return len(group) >= 3 and group[:3].isdigit() and not group[3:].isdigit()


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


# str.isdigit() as a character class: `\d` is str.isdecimal(), so add the digits that are not decimal (superscripts,
# circled digits …: Unicode's Numeric_Type=Digit; tests/test_quotespans.py checks the class against str.isdigit)
_DIGIT = (
    r"[\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    r"\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    r"\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)
_ALNUM = r"[^\W_]"  # str.isalnum(): `\w` is isalnum() or "_"
_THOUSANDS = f"{_DIGIT}{{3}}(?!{_DIGIT})"  # `_thousands`
_SEPARATOR = "[" + re.escape(_GROUP_SEPARATORS) + "]"


def _word_edges(needle: str) -> tuple[str, str]:
    """The lookarounds before and after `needle` that hold where it stands on whole words (`cut` is None): `cut`'s
    tests made lookarounds, so that the regex engine scans the text in C (rev26 H3: a Python loop over every
    occurrence took a minute for a quote found four million times cut inside words). The needle's own edge
    characters are known, so only the conditions they can meet are written (see `_joined`)."""
    first, last = needle[0], needle[-1]
    ahead = ""  # what a start-edge test must see past the needle's first character, when the needle is one long
    before = []
    if first.isalnum():
        before.append(f"(?<!{_ALNUM})")  # a letter or digit just before a letter or digit
    if first.isdigit():
        before.append(f"(?<!{_DIGIT}[.,])")  # « 12.|000 »: a separator between digits just before
        before.append(f"(?:(?<!{_DIGIT} )|(?!{_THOUSANDS}))")  # « 11 |000 », not « 0.50 |6 »
    if first in _GROUP_SEPARATORS:
        if len(needle) > 1:
            if needle[1].isdigit():
                before.append(f"(?<!{_DIGIT})")  # « 12|.000 »: starts on a separator between digits
        else:
            ahead = f"(?!(?<={_DIGIT}).{_DIGIT})"  # a lone separator between two digits (its end edge too)
    after = []
    if last.isalnum():
        after.append(f"(?!{_ALNUM})")
    if last.isdigit():
        after.append(f"(?![.,]{_DIGIT})(?! {_THOUSANDS})")  # « 12|.000 », « 11| 000 », not « 0.50| 6 »
    if last in _GROUP_SEPARATORS and len(needle) > 1 and needle[-2].isdigit():
        after.append(f"(?!{_DIGIT})")  # « 12.|000 »
    return "".join(before) + ahead, "".join(after)


def inside_a_figure(text: str, start: int, end: int) -> bool:
    """Whether the span `text[start:end]` begins or ends with a digit that is part of a longer figure (`1000` in
    `11000`): the one edge a word search (`read --around`, figures' separators dropped) respects."""
    return (text[start].isdigit() and start > 0 and text[start - 1].isdigit()) or (
        text[end - 1].isdigit() and end < len(text) and text[end].isdigit()
    )


def _figure_edges(needle: str) -> tuple[str, str]:
    """`inside_a_figure`'s tests as lookarounds before and after `needle`, for the edges that are digits."""
    return (f"(?<!{_DIGIT})" if needle[0].isdigit() else ""), (f"(?!{_DIGIT})" if needle[-1].isdigit() else "")


def _on_whole_words(needle: str) -> re.Pattern[str]:
    """A zero-width pattern matching where `needle` starts on whole words, overlapping ones too."""
    lead, trail = _word_edges(needle)
    return re.compile(lead + "(?=" + re.escape(needle) + trail + ")", re.DOTALL)


_FEW = 16  # occurrences `cut` is asked about one by one; past that, one regex scan (compiling it costs up to 2 ms)


def _scanned(text: str, needle: str, first: int) -> Iterator[tuple[int, int]]:
    """`quote_spans` by one regex scan in C from `first`, the first occurrence: linear in the text."""
    return ((m.start(), m.start() + len(needle)) for m in _on_whole_words(needle).finditer(text, first))


def _scanned_apart(text: str, needle: str, first: int, figures: bool) -> Iterator[tuple[int, int]]:
    """`separate_spans` by one regex scan in C from `first`: the needle with its edges' lookarounds, consumed, so
    that the scan goes on after each match as `separate_spans` does."""
    lead, trail = _figure_edges(needle) if figures else _word_edges(needle)
    return (m.span() for m in re.compile(lead + re.escape(needle) + trail, re.DOTALL).finditer(text, first))


def quote_spans(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every place a quote stands in its article on whole words (as `check` accepts it), overlapping ones too: the
    spans of `occurrences` that `cut` leaves whole. A quote found more than `_FEW` times is found by `_scanned`, so
    that the work does not grow with the occurrences cut inside words (rev26 H3)."""
    found = list(islice(occurrences(text, needle), _FEW + 1))
    if len(found) <= _FEW:
        yield from ((start, end) for start, end in found if cut(text, start, end) is None)
    else:
        yield from _scanned(text, needle, found[0][0])


def stands(text: str, needle: str) -> bool:
    """Whether a quote stands somewhere in its article on whole words: `quote_spans` yields a span. Its first
    occurrence, the usual answer, is tried alone: `quote_spans` first lists the occurrences up to _FEW + 1, which
    searched the rest of the article again for every quote of a cold load."""
    start = text.find(needle) if needle else -1
    if start < 0:
        return False
    return cut(text, start, start + len(needle)) is None or next(quote_spans(text, needle), None) is not None


def separate_spans(text: str, needle: str, *, figures: bool = False) -> Iterator[tuple[int, int]]:
    """The places `needle` stands in `text`, leftmost first, each after the end of the one before (`read` shows
    them): on whole words as `check` finds a quote, or with `figures` never inside a longer figure only (`read
    --around` finds « soldat » in « soldats », never `1000` in `11000`). Bounded as `quote_spans`: past `_FEW`
    occurrences, one regex scan (`_scanned_apart`), whatever the occurrences the edges refuse."""
    found = list(islice(occurrences(text, needle), _FEW + 1))
    if len(found) > _FEW:
        yield from _scanned_apart(text, needle, found[0][0], figures)
        return
    after = 0
    for start, end in found:
        if start >= after and not (inside_a_figure(text, start, end) if figures else cut(text, start, end) is not None):
            yield start, end
            after = end
