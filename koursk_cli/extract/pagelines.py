"""A page read line by line (pure): a line folded as the lexicon's words are written, whether it ends a sentence,
the lines of a block under a heading alone on its line. The page's furniture, its boxes and its lists of links all
read a page so."""

from __future__ import annotations

import re
from collections.abc import Callable

from .frwords import fold_word


def phrase_alternation(phrases: frozenset[str]) -> str:
    """The phrases as one pattern's alternatives, escaped, the longest first: a phrase wins over its own start."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def folded_line(line: str) -> str:
    """A line as the chrome words are written: folded, its apostrophes straight (« Les plus lus aujourd’hui »: review90),
    without the bullets and quotes it may open with (a handle's « @ » stays: « @FilNordEst · 18 nov. » is a post's
    head)."""
    # « (mis à jour le 1er décembre à 9h12) », « 🔴 Ce live est maintenant terminé »
    return re.sub(r"^[^\w\[@]+", "", " ".join(fold_word(line).replace("’", "'").split()))


def ends_a_sentence(line: str) -> bool:
    """Whether a line ends with a full stop (perhaps inside quotes): a headline or a title has none."""
    return line.rstrip('»”" ').endswith((".", "…"))


# « 2. Brive : il y a 50 ans, la Foire du livre... »: a title cut short by the site, an ellipsis right after its word
_CUT_SHORT = re.compile(r"[^\W\d_](?:\.{3}|…)$")


def lines_under(text: str, heading: re.Pattern[str], *, titles: bool) -> list[tuple[int, int]]:
    """The lines of each block under a heading alone on its line, up to a blank line. A block of `titles` also ends
    at a line that ends a sentence with a full stop (a headline has none, a title cut short an ellipsis: round 73) and
    at a blank line right under its heading; a block of notes (« 1. AFP, 18 octobre 2024. ») does neither."""
    spans: list[tuple[int, int]] = []
    under = started = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if not body:
            under = under and not started
        elif titles and ends_a_sentence(body) and not _CUT_SHORT.search(body):
            under = False
        elif under:
            spans.append((line.start(), line.end()))
            started = True
        if heading.match(folded_line(body)):
            under, started = True, titles
    return spans


def block_right_under(text: str, heads: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The lines right under a line that `heads` a block (its text stripped), up to a blank line."""
    spans: list[tuple[int, int]] = []
    under = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if under and body:
            spans.append((line.start(), line.end()))
        else:
            under = heads(body)
    return spans
