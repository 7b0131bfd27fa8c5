"""French negation's adverbs, one place for the rules that ask whether a clause is negated: the second half of
« ne … pas / plus / jamais / guère » (lexicon.toml `negation_adverbs`), and those of them that negate alone."""

from __future__ import annotations

from .lexicon import folded_pattern, words

_ADVERBS = sorted(words("negation_adverbs"), key=lambda word: (-len(word), word))
NEGATION_ADVERB = "(?:" + "|".join(map(folded_pattern, _ADVERBS)) + ")"
"""« pas », « plus », « jamais », « guère » (and « guére » as the press may print it), after a « ne » or « n' »."""
NEGATION_ALONE = "(?:" + "|".join(folded_pattern(word) for word in _ADVERBS if word != "plus") + ")"
"""Those that negate with no « ne » (« pas avant 2027 », « jamais confirmé »): « plus » alone is more, not a negation."""
