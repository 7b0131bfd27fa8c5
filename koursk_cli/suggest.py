"""Did you mean" for every kind of name (actors, places, topics, options, commands, store references). Pure.

Spelling distance alone points the wrong way on short words in multi-word names (`kim` was closest to `ukraine`,
not to `Kim Jong-un`), so candidates come from the first of three tiers that has any, compared case- and
accent-folded:
1. a whole word of the name (`kim` → `Kim Jong-un`, `rutte` → `Mark Rutte`);
2. the start of the name or of one of its words (`zel` → `Zelensky`, `--lim` → `--limit`);
3. spelling distance to the whole name or one of its words (difflib's ratio, at least CLOSE, or 0.6 for one word
   that starts as the name does: `rute` → `Mark Rutte`),
   and within 0.15 of the closest: `troups` is `troupes` or `troops`, and `obus` or `tués`, 0.6 away from it as
   from any short word sharing two letters, are no longer offered beside them (rev27 U9).
Several words asked for (`NATO chief`) first try the names holding the most of them as whole words (`nato`,
`NATO Secretary General`), before spelling distance finds a name that merely looks like one of them (`Chiefs`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from .textnorm import fold

_WORD = re.compile(r"[^\W_]+")
NEAR_THE_BEST = 0.15  # by spelling, a suggestion at most this much further than the closest one
CLOSE = 0.75
"""By spelling, how close a name or one of its words must be to be offered (difflib's ratio); 0.6 is enough for one
word that starts as the name does (`alfa` → `alpha`, 0.67). At 0.6 for all, `pentagone` (0.71 from `bretagne`, 0.67
from `entourage`) offered `united-kingdom` and `trump-circle`, and `le pentagone` (0.6 from `le monde`) offered Le
Monde (rev30 U11); a typo seldom changes the first letter."""

_LINKS = frozenset({"le", "la", "les", "l", "de", "des", "du", "d", "the", "of", "a", "an", "et", "and"})
"""Articles and linking words, which make no name close to another (`le Pentagone` is not `Le Monde`)."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def suggestions(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """The choices closest to `word`, best first, at most `limit`; [] when none is close."""
    wanted = fold(word).lstrip("-")
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice).lstrip("-"), choice)
    if not wanted:
        return []
    tiers: list[list[str]] = [[], []]
    for folded, choice in by_fold.items():
        words = _words(folded)
        if folded == wanted or wanted in words:
            tiers[0].append(choice)
        elif len(wanted) >= 2 and (folded.startswith(wanted) or any(w.startswith(wanted) for w in words)):
            tiers[1].append(choice)
    if tiers[0] or tiers[1]:
        return sorted(tiers[0] or tiers[1], key=lambda c: (len(c), c))[:limit]
    asked = set(_words(wanted)) - _LINKS
    if len(asked) > 1:
        holding = [(-len(asked & set(_words(folded))), len(choice), choice) for folded, choice in by_fold.items()]
        found = sorted(entry for entry in holding if entry[0])
        if found:
            return [entry[-1] for entry in found[:limit]]
    scored = []
    for folded, choice in by_fold.items():
        whole = _ratio(wanted, folded)
        score = max([whole, *(_ratio(wanted, word) for word in _words(folded))])
        if score >= CLOSE or (score >= 0.6 and len(_words(wanted)) == 1 and folded[:1] == wanted[:1]):
            scored.append((-score, -whole, len(choice), choice))  # ties: the closer whole name, then the shorter
    scored.sort()
    return [entry[-1] for entry in scored[:limit] if -entry[0] >= -scored[0][0] - NEAR_THE_BEST]


def _ratio(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 else 0.0


def did_you_mean(word: str, choices: Iterable[str], limit: int = 3) -> str | None:
    """`did you mean 'a' or 'b'?`, or None when nothing is close."""
    close = suggestions(word, choices, limit)
    return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else None
