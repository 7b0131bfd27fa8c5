"""French words as the rules compare them: folded (case, accents, inclusive endings), singular, and the store unit
a noun names.

Apart because every reader of extract compares words this way (dates, bylines, fields, story counts), not the figures
alone.
"""

from __future__ import annotations

import functools
import unicodedata

from .lexicon import UNITS

# The apostrophe as the press prints it, straight or curly (« l'armée », « l’armée »)
APOS = "['’]"
# « de » or its elided « d' » before a word (« de janvier », « d'avril », « près de », « plus d'un »)
DE = rf"(?:de\s+|d{APOS}\s*)"


def without_inclusive_endings(word: str) -> str:
    """Inclusive writing's endings after a middle dot left out (« étudiant·e·s » → « étudiants », « sud-coréen·ne·s »
    → « sud-coréens », « ami·e » → « ami »): the masculine form, plural when the last ending is (round 66: « 3 480
    abonné·e·s » was read as a count of something the story counts)."""
    head, dot, endings = word.partition("·")
    if not dot or not head or not endings.replace("·", "").isalpha():
        return word
    return head + ("s" if endings.endswith("s") else "")


def fold_word(word: str) -> str:
    """Case- and accent-insensitive form of one word (`²` becomes `2`), inclusive endings left out."""
    decomposed = unicodedata.normalize("NFKD", without_inclusive_endings(word))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.cache
def _fold_char(ch: str) -> str:
    if ch in "’‘":
        return "'"
    if ch.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold_same_length(text: str) -> str:
    """Case- and accent-insensitive text with the same length as `text`, so spans found in it index the original."""
    return "".join(map(_fold_char, text))


def singular(words: str) -> str:
    """Folded and singular, word by word (« généraux » is `general`, « kilomètres carrés » `kilometre carre`)."""
    return " ".join(
        w[:-3] + "al" if w.endswith("aux") and len(w) > 4 else w[:-1] if len(w) > 3 and w[-1] in "sx" else w
        for w in fold_word(words).split()
    )


def unit_of(noun: str | None) -> str | None:
    """The store unit for a French noun, trying it as written, without its last plural s/x (« ans ») and singular
    word by word (« kilomètres carrés »)."""
    if not noun:
        return None
    folded = " ".join(fold_word(noun).split())
    for key in (folded, folded[:-1] if folded[-1:] in ("s", "x") else folded, singular(folded)):
        if key in UNITS:
            return UNITS[key]
    return None
