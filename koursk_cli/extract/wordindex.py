"""Where a run of words stands in an article, white space aside: an index of the article's words, built once. Pure.

`quotes.quote_once` asks, for each record, whether its quote's words stand once in the article, then lengthens the
quote a word at a time until they do. Scanning the whole article for each question made extract quadratic on pages
that repeat their wording (live blogs, tickers: rev31 M4). Here a quote of three words or more is looked for where its
rarest inner word stands (an inner word is a whole word of the article), and a lengthened quote only where the
shorter one stood: the work is the places of the quote's rarest word, not the article's length.

The places are read from the article's start only as far as a question needs (`Places`): a quote that stands
everywhere in a page repeating one dated phrase is known not to stand once from its first few places, where reading
all of them for each record was quadratic in the page (rev37h M2).

A place is an offset in the article's words joined by one space each (`WordIndex.joined`), which is what a quote's
words joined by one space match: `\\s+` between the words (str.split and the `\\s` of `re` agree on white space).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator

_WORD = re.compile(r"\S+")


class WordIndex:
    """The article's words with their offsets, and for each word the places it stands in whole."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []  # where each word starts in `text`
        self._joined_starts: list[int] = []  # … and in `joined`
        self._places: defaultdict[str, list[int]] = defaultdict(list)
        words: list[str] = []
        at = 0
        for match in _WORD.finditer(text):
            word = match.group()
            self._starts.append(match.start())
            self._joined_starts.append(at)
            self._places[word].append(at)
            words.append(word)
            at += len(word) + 1
        self.joined = " ".join(words)
        self.scans = 0  # whole-article scans made (quotes of fewer than three words): tests bound the work
        self.checked = 0  # places compared with a quote

    def in_text(self, place: int) -> int:
        """The offset in the article of a place in `joined` (which starts on a word, never on a space)."""
        word = bisect.bisect_right(self._joined_starts, place) - 1
        return self._starts[word] + place - self._joined_starts[word]


class Places:
    """Every place (overlapping ones too) where `words` (words joined by one space) stand in `joined`, in order, read
    lazily: the candidates are compared only when asked for, and a lengthened run is compared where the shorter one
    stood (its places are among the shorter one's, shifted)."""

    def __init__(self, index: WordIndex, words: str) -> None:
        self._index = index
        self.words = words
        self._found: list[int] = []  # the places read so far
        self._shift = 0  # how far the words grew before the candidates' words
        parts = words.split(" ")
        if len(parts) < 3:  # no inner word: the edges may stand inside the article's words
            index.scans += 1
            self._candidates = _occurrences(index.joined, words)
        else:
            inner = min(range(1, len(parts) - 1), key=lambda i: len(index._places.get(parts[i], ())))
            offset = sum(len(part) + 1 for part in parts[:inner])
            self._candidates = (at - offset for at in index._places.get(parts[inner], ()) if at >= offset)

    def __iter__(self) -> Iterator[int]:
        read = 0
        while read < len(self._found) or self._next():
            yield self._found[read]
            read += 1

    def _next(self) -> bool:
        """Read the next place, if any."""
        for candidate in self._candidates:
            at = candidate - self._shift
            if at >= 0:
                self._index.checked += 1
                if self._index.joined.startswith(self.words, at):
                    self._found.append(at)
                    return True
        return False

    def lengthen(self, longer: str, shift: int) -> None:
        """Now the places of `longer`, which holds the words `shift` characters in (0: the words open it)."""
        self._shift += shift
        self._index.checked += len(self._found)
        self._found = [
            p - shift for p in self._found if p >= shift and self._index.joined.startswith(longer, p - shift)
        ]
        self.words = longer

    def once(self) -> bool:
        """Whether the words stand once: no place that does not overlap the first."""
        places = iter(self)
        first = next(places, None)
        return first is None or all(at < first + len(self.words) for at in places)


def _occurrences(text: str, words: str) -> Iterator[int]:
    at = text.find(words) if words else -1
    while at >= 0:
        yield at
        at = text.find(words, at + 1)
