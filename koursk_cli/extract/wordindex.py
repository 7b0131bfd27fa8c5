"""Where a run of words stands in an article, white space aside: an index of the article's words, built once. Pure.

`draft._quote_once` asks, for each record, whether its quote's words stand once in the article, then lengthens the
quote a word at a time until they do. Scanning the whole article for each question made extract quadratic on pages
that repeat their wording (live blogs, tickers: rev31 M4). Here a quote of three words or more is looked for where its
rarest inner word stands (an inner word is a whole word of the article), and a lengthened quote only where the
shorter one stood: the work is the places of the quote's rarest word, not the article's length.

A place is an offset in the article's words joined by one space each (`WordIndex.joined`), which is what a quote's
words joined by one space match: `\\s+` between the words (str.split and the `\\s` of `re` agree on white space).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

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

    def places(self, words: str) -> list[int]:
        """Every place (overlapping ones too, in order) where `words` (words joined by one space) stand in `joined`."""
        parts = words.split(" ")
        if len(parts) < 3:  # no inner word: the edges may stand inside the article's words
            self.scans += 1
            found = []
            at = self.joined.find(words) if words else -1
            while at >= 0:
                found.append(at)
                at = self.joined.find(words, at + 1)
            return found
        inner = min(range(1, len(parts) - 1), key=lambda i: len(self._places.get(parts[i], ())))
        offset = sum(len(part) + 1 for part in parts[:inner])
        candidates = [at - offset for at in self._places.get(parts[inner], ()) if at >= offset]
        return self.narrow(candidates, words)

    def narrow(self, candidates: list[int], words: str) -> list[int]:
        """The `candidates` (places in `joined`) where `words` do stand."""
        self.checked += len(candidates)
        return [at for at in candidates if self.joined.startswith(words, at)]

    def in_text(self, place: int) -> int:
        """The offset in the article of a place in `joined` (which starts on a word, never on a space)."""
        word = bisect.bisect_right(self._joined_starts, place) - 1
        return self._starts[word] + place - self._joined_starts[word]
