"""Text wrapped to a width (a PDF's, a printed column's, an OCR'd page's lines): which line breaks a reader reads
across, and how (pure).

A web page's lines are paragraphs, headings and chrome; a printed column's are cut wherever the width falls, even
inside a word (« quel-⏎que 2 700 blessés », « la se-⏎maine dernière ») or between a bound and its number (« Plus de⏎
34 000 »). Read line by line, such a page loses its bounds and its dates in silence (sealed14: « quelque 2 700 » and
« plus de 34 000 » read exact). A break is soft when the line goes on: after a long line that stops mid-sentence, a
word cut by a hyphen, a little word that cannot end a line (lexicon.toml `open_line_ends`), or a line as wide as the
column it stands in.

`reading` gives a sentence as the rules read it, with the same length as the words the article prints, so every span
found in it indexes the article: a soft break is a space, and a word cut by a hyphen is joined, the two characters it
loses written as spaces after it. Quotes are never taken from the reading: `check` must find them verbatim.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .frnumerals import NUMBER_WORDS
from .frwords import fold_word
from .lexicon import words
from .pagechrome import page_furniture

_OPEN_ENDS = words("open_line_ends")  # « de », « les », « quelque »: a line never ends on them
_KEPT_HYPHENS = words("kept_hyphens")  # « nord-⏎coréens », « peut-⏎être »: a compound's hyphen, kept when joined

# A line of 40 characters or more that stops mid-sentence, the next one going on in lower case (a PDF's text).
_WRAPPED_LINE = 40
# A line at least this share of its column's width (the longest line of its block, a block of three lines or more)
# is as wide as the column: a printed page's line, cut wherever the width fell.
_COLUMN_SHARE = 0.6
_COLUMN_LINES = 3
_SENTENCE_STOP = re.compile(r"[.!?…:;»\"”)|]\s*$")
_GOES_ON = re.compile(r"[ \t]*[a-zàâçéèêëîïôöûùüÿœæ][^|\t\n]*\s\S+\s\S")
_LOWER_START = re.compile(r"[ \t]*[a-zàâçéèêëîïôöûùüÿœæ]")
_OPEN_START = re.compile(r"[ \t]*(?:[a-zàâçéèêëîïôöûùüÿœæ0-9]|[«\"“(]\s*[\w])")
_CUT_WORD = re.compile(r"[^\W\d_]-[ \t]*$")
_LAST_WORD = re.compile(r"(?:^|[^\w'’])(?:[^\W\d_]+['’])?(?P<word>[^\W\d_]+)['’]?[ \t]*$")
_NUMBER_WORD = re.compile(rf"(?:{NUMBER_WORDS})", re.IGNORECASE)
# « environ 11⏎000 hommes »: a line ending on a number's first digits, the next opening on three digits the first of
# which is 0: no count opens on « 000 », so the break cuts one number (round 53; other cut numbers stay a TODO)
_NUMBER_HEAD = re.compile(r"(?<![\d.,'’])\d{1,3}[ \t]*$")
_ZERO_GROUP = re.compile(r"[ \t]*0\d\d(?![\d,.])")


def _blocks(text: str) -> Iterator[list[re.Match[str]]]:
    """The text's blocks: runs of lines with no blank line between them."""
    block: list[re.Match[str]] = []
    for line in re.finditer(r"[^\n]*", text):
        if line.start() > 0 and text[line.start() - 1] != "\n":
            continue  # the empty match right after a line's last character
        if line.group().strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _soft(line: str, following: str, width: int) -> bool:
    """Whether the break between `line` and `following` (the next line of its block, `width` the block's longest
    line, 0 in a block too short to be a column) is one a reader reads across."""
    body = line.rstrip()
    if "|" in body or "\t" in body or page_furniture(following):
        return False
    if _CUT_WORD.search(body) and _LOWER_START.match(following):
        return True  # « quel-⏎que », « se-⏎maine »
    if _ZERO_GROUP.match(following) and _NUMBER_HEAD.search(body):
        return True  # « environ 11⏎000 hommes »
    if _SENTENCE_STOP.search(body):
        return False
    last = _LAST_WORD.search(body)
    if last is not None and fold_word(last["word"]) in _OPEN_ENDS and _OPEN_START.match(following):
        return True  # « Plus de⏎34 000 », « il y⏎a dix ans »
    if len(body) >= _WRAPPED_LINE and _GOES_ON.match(following):
        return True
    return width > 0 and len(body.strip()) >= _COLUMN_SHARE * width and _LOWER_START.match(following) is not None


def soft_breaks(text: str) -> frozenset[int]:
    """The positions of the line breaks of `text` that a reader reads across (see the module's docstring)."""
    found: set[int] = set()
    for block in _blocks(text):
        width = max(len(line.group().strip()) for line in block) if len(block) >= _COLUMN_LINES else 0
        for line, following in itertools.pairwise(block):
            if _soft(line.group(), following.group(), width):
                found.add(line.end())
    return frozenset(found)


def _keeps_its_hyphen(head: str, tail: str) -> bool:
    """Whether a word cut at a hyphen at a line's end is a compound whose hyphen stays (« nord-⏎coréens », « quarante-⏎
    huit », « dit-⏎il », « mi-⏎janvier ») rather than a word the printer cut (« quel-⏎que »)."""
    return (
        fold_word(head) in _KEPT_HYPHENS
        or fold_word(tail) in _KEPT_HYPHENS
        or bool(_NUMBER_WORD.fullmatch(head) and _NUMBER_WORD.fullmatch(tail))
    )


_BREAK = re.compile(r"(?P<head>[^\W\d_]+)?(?P<hyphen>-)?[ \t]*\n[ \t]*(?P<tail>[^\W\d_]+)?")


def reading(text: str, start: int, soft: frozenset[int]) -> str:
    """`text` (a sentence starting at `start` in the article) as the rules read it, with the same length: each soft
    line break a space, each word a hyphen cut at a soft break joined, the characters it loses written as spaces
    after it (« la se-⏎maine dernière » reads « la semaine   dernière »). A break that is not soft stays."""
    if "\n" not in text:
        return text

    def read(match: re.Match[str]) -> str:
        if start + match.start() + match.group().index("\n") not in soft:
            return match.group()
        head, tail = match["head"] or "", match["tail"] or ""
        if match["hyphen"] and head and tail[:1].islower() and not _keeps_its_hyphen(head, tail):
            joined = head + tail
        elif match["hyphen"] and head and tail:
            joined = f"{head}-{tail}"
        else:
            return re.sub(r"\s", " ", match.group())
        return joined + " " * (len(match.group()) - len(joined))

    return _BREAK.sub(read, text)
