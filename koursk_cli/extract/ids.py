"""Ids for drafted records: kebab words of the sentence, numbered past every id the store or the draft holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .frwords import fold_word
from .lexicon import STOPWORDS


def slug(text: str, word_count: int = 4) -> str:
    """Lowercase-kebab id words from French text, skipping little words; a number keeps its groups of thousands
    together (« 2 000 soldats » gives 2000, never a bare 000)."""
    joined = _THOUSANDS_GAP.sub("", fold_word(text))
    kept = [w for w in re.findall(r"[a-z0-9]+", joined) if w not in STOPWORDS and len(w) > 2]
    return "-".join(kept[:word_count]) or "item"


_THOUSANDS_GAP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009.'’](?=\d{3}(?!\d))")
"""What French prints between a number's groups of three digits: a space (plain, no-break, narrow or thin), a dot,
an apostrophe."""


@dataclass
class Ids:
    """The ids of one draft's records: never one the store (`in_store`) or the draft (`taken`) already holds."""

    in_store: Callable[[str], bool]  # Store.holds_id
    taken: set[str]  # by this draft
    _next: dict[str, int] = field(default_factory=dict)
    """The next number to try after each base, so that the thousandth « …-200 » is not found by trying 999 others."""

    def new(self, base: str) -> str:
        """`base` (kebab words, at most 60 characters) as an id no one holds: itself, else numbered from 2."""
        base = re.sub(r"-+", "-", base).strip("-")[:60].rstrip("-") or "item"
        n = self._next.get(base)
        candidate, n = (base, 2) if n is None else (f"{base}-{n}", n + 1)
        while candidate in self.taken or self.in_store(candidate):
            candidate, n = f"{base}-{n}", n + 1
        self.taken.add(candidate)
        self._next[base] = n
        return candidate
