"""An article cut into sentences: verbatim slices, read across the line breaks a reader reads across (wrapping.py),
a sentence too long to read in one piece cut into pieces of at most MAX_SENTENCE characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .wrapping import reading, soft_breaks


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the page, or a piece of a long one: where it starts in the page, and its text."""

    start: int
    text: str
    body: int = 0
    """Where the facts start: after a dateline or web chrome (« KIEV, 3 décembre 2024 (AFP) - »), which date and
    name the article, not a fact."""
    cut_from: int = 0
    """The length of the sentence this piece was cut from (MAX_SENTENCE), 0 when it is a whole sentence."""
    verbatim: str = ""
    """The words as the article prints them, when `text` (what the rules read) differs: a sentence wrapped to a
    column, read across its line breaks (wrapping.py). Quotes are taken from it, never from `text`."""

    @property
    def printed(self) -> str:
        """The sentence as the article prints it: what a quote is cut from."""
        return self.verbatim or self.text


_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[»\"”’)]*+(?=\s+\S)")
"""A sentence's end: a run of stops (and closing quotes) before a space and a word. It starts only where a run does
and never gives back what it took, so a line of 100 KB of dots is read once, not once per dot (rev23 R7: 17 s)."""


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as verbatim slices of `text`: split at line breaks, except where a reader reads across one (a line
    wrapped to a width: wrapping.py), and after . ! ? … followed by a capital. A sentence read across a line break
    keeps its printed words for its quotes (`Sentence.verbatim`)."""
    sentences: list[Sentence] = []
    soft = soft_breaks(text)
    for line_start, line_end in _lines(text, soft):
        line = text[line_start:line_end]
        start = line_start
        for end in _boundaries(line):
            if len(re.findall(r"\w+", text[start : line_start + end])) < 2:
                continue  # « Février. Les unités … »: a one-word heading opens the sentence it heads
            _add_sentence(sentences, text, start, line_start + end)
            start = line_start + end
        _add_sentence(sentences, text, start, line_end)
    return [_read_across(s, soft) for s in sentences]


def _read_across(sentence: Sentence, soft: frozenset[int]) -> Sentence:
    read = reading(sentence.text, sentence.start, soft)
    return sentence if read == sentence.text else replace(sentence, text=read, verbatim=sentence.text)


# A number cut in two by a line break (« environ 11⏎000 hommes ») stays in one sentence, where it is read as a TODO
# (frnumbers.py) unless the break is soft: the rules cannot tell it from two numbers on two lines. Any digit before
# the break counts, as `check` joins them (quotespans: white space is one space, a space before three digits joins
# them to the digits before): a quote opening the second line (« 341. | Tumen … » after « … main c7af592 ») was
# refused as cut out of « c7af592 341 ».
_CUT_NUMBER = re.compile(r"\d[ \t]*\n[ \t]*\d{3}(?!\d)")


def _lines(text: str, soft: frozenset[int]) -> Iterator[tuple[int, int]]:
    """The text's lines as (start, end), a line and the lines a reader reads on to from it made one."""
    start: int | None = None
    for line in re.finditer(r"[^\n]+", text):
        if start is None:
            start = line.start()
        after = line.end() + 1
        if line.end() in soft or _CUT_NUMBER.search(text, max(line.start(), after - 5), after + 5):
            continue
        yield start, line.end()
        start = None
    if start is not None:
        yield start, len(text)


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\Z")  # « J.D. Vance »: an initial, not a sentence end


def _boundaries(line: str) -> Iterable[int]:
    """Where the sentences of a line end. Each full stop looks at the character after it and the two before it,
    never at the rest of the line: a pasted article on one line (a PDF's text, 1 MB of it) was quadratic in its
    sentences (rev22 M3: 4,000 sentences took 10 s)."""
    for match in _BOUNDARY.finditer(line):
        after = _NEXT_CHARACTER.match(line, match.end())
        if after is None or not (after[1].isupper() or after[1] in '«“"•-–—'):
            continue
        if _INITIAL.search(line[max(0, match.start() - 2) : match.start()]):
            continue
        yield match.end()


# What one sentence may cost (rev14 M3). Each figure of a sentence is read against every date and clause of it, and
# quotes it whole: one sentence with many figures and no full stop (a pasted table, a list) made a draft quadratic
# (76 KB: 27 s, 785 MB, 153 MB of YAML). A longer sentence is cut after a clause (`,` `;` `:`), else a space between
# two words, else a space after a word (« soldats 14 838 soldats »: a table has no other), into verbatim pieces of at
# most this many characters, each read as a sentence and marked for the curator. The longest sentence of the seeds
# and held-out articles is 366 characters.
MAX_SENTENCE = 1_000
_CLAUSE_END = re.compile(r"[,;:]\s|(?<!\d)\s(?!\d)")  # never beside a figure: « 12 000 soldats » stays whole
WORD_EDGE = re.compile(r"(?<=[^\W\d])\s+")  # after a word, never inside a figure: « soldats 14 838 » is cut before 14


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    whole = end - start
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        ends = [m.end() for m in _CLAUSE_END.finditer(window, MAX_SENTENCE // 2)]
        clause = [e for e in ends if window[e - 2] in ",;:"]
        words = [m.end() for m in WORD_EDGE.finditer(window, MAX_SENTENCE // 2)]
        cut = (clause or ends or words or [MAX_SENTENCE])[-1]  # a cut inside a figure would read two wrong ones
        _add_piece(sentences, text, start, start + cut, whole)
        start += cut
    _add_piece(sentences, text, start, end, whole if whole > MAX_SENTENCE else 0)


def _add_piece(sentences: list[Sentence], text: str, start: int, end: int, cut_from: int = 0) -> None:
    piece = text[start:end]
    stripped = piece.lstrip(" \t\u00a0\u202f•-–—*")
    offset = start + len(piece) - len(stripped)
    stripped = stripped.rstrip()
    if len(re.findall(r"\w+", stripped)) >= 2:
        sentences.append(Sentence(offset, stripped, cut_from=cut_from))
