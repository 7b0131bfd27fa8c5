"""`--sort relevance`: how well an event's words answer a `--text` query. Pure.

The score is BM25 exactly as SQLite's FTS5 computes its bm25() (k1 = 1.2, b = 0.75, the IDF of a word held by more
than half the events floored at 1e-6, negated so that the best comes first in ascending order), over the search
words of every event in the store (textnorm.search_words): a cached store ranks in SQL through its FTS5 index
(store/indexed.py) and a store read from its files ranks here, and the property tests hold the two to the same
order. The arithmetic below follows FTS5's C code operation for operation, so both give the same doubles.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .textnorm import Alternatives

K1 = 1.2
B = 0.75
IDF_FLOOR = 1e-6


class Phrase(NamedTuple):
    """One phrase FTS5 scores: a word of a `--text` query, a prefix or not."""

    word: str
    prefix: bool = False
    within: tuple[str, ...] = ()
    """The words of the quoted phrase it is part of (`"12 000 sommet"`), which the index matches as their AND
    (indexed._match): where that AND fails in an event, FTS5 counts none of them there, even beside an alternative
    that matches (`("12 000 sommet" troup*)`); () for a word of its own."""


Wanted = Sequence[Phrase]
"""A query's phrases: the words of textnorm.query_words' terms, each alternative of a term one (as FTS5 counts the
phrases of `(a OR b) c`), a quoted phrase's words one by one, in order, repeats kept (ranked_words)."""


def ranked_words(terms: list[Alternatives]) -> list[Phrase]:
    """The phrases `--sort relevance` scores, as FTS5 counts those of the query indexed._match writes."""
    return [
        Phrase(part, prefix, tuple(word.split()) if " " in word else ())
        for term in terms
        for word, prefix in term
        for part in word.split()
    ]


def _count(word: str, prefix: bool, words: Sequence[str]) -> int:
    return sum(1 for w in words if w.startswith(word)) if prefix else words.count(word)


class Corpus(NamedTuple):
    """What BM25 needs of the whole store: how many events, their average length in words, and for each word of
    the query how many events hold it."""

    rows: int
    average_length: float
    holding: tuple[int, ...]

    @classmethod
    def of(cls, wanted: Wanted, texts: Iterable[str]) -> Corpus:
        """From every event's search words (space-separated)."""
        rows = tokens = 0
        holding = [0] * len(wanted)
        for text in texts:
            words = text.split()
            rows += 1
            tokens += len(words)
            for index, (word, prefix, _) in enumerate(wanted):
                holding[index] += _count(word, prefix, words) > 0
        return cls(rows, tokens / rows if rows else 0.0, tuple(holding))

    def idf(self, index: int) -> float:
        hits = self.holding[index]
        idf = math.log((self.rows - hits + 0.5) / (hits + 0.5))
        return IDF_FLOOR if idf <= 0.0 else idf


def bm25(wanted: Wanted, text: str, corpus: Corpus) -> float:
    """The score of one event's search words: lower is better (FTS5's sign), 0.0 when nothing is wanted."""
    words = text.split()
    length = float(len(words))
    present = set(words) if any(phrase.within for phrase in wanted) else set()
    score = 0.0
    for index, (word, prefix, within) in enumerate(wanted):
        frequency = float(_count(word, prefix, words)) if present.issuperset(within) else 0.0
        score += corpus.idf(index) * (
            (frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * length / corpus.average_length))
        )
    return -1.0 * score
