"""The French calendar's words, folded (no accents, lower case): its months, its weekdays and its meteorological
seasons. One table for every rule that reads them: the date rules (frdates), the story's year (storyyear), a deadline at
a season's start (seasondeadline) and the page's own dates (byline, pagechrome, briefs). The patterns that read them as printed are built
from these tables (`accent_tolerant`), so that a word is spelled once."""

import re
from collections.abc import Iterable

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}
# … as wire datelines and page stamps abbreviate them (« KIEV, 5 déc 2024 (AFP) - », « Publié le 13 janv. 2025 »)
MONTH_ABBREVIATIONS = {
    "janv": 1,
    "jan": 1,  # AFP's datelines (« KIEV, 12 jan 2025 (AFP) - »)
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


# The accented letters French prints that fold (frwords.py `fold_word`) to each plain one
_ACCENTED = {"a": "àâä", "c": "ç", "e": "éèêë", "i": "îï", "o": "ôö", "u": "ùûü", "y": "ÿ"}


def accent_tolerant(folded: str) -> str:
    """A pattern that reads a folded word as printed, with or without its accents (« fevrier »: « février »)."""
    return "".join(f"[{c}{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in folded)


def any_of(folded: Iterable[str]) -> str:
    """A pattern that reads any of the folded words as printed (`accent_tolerant`)."""
    return "(?:" + "|".join(map(accent_tolerant, folded)) + ")"


# A month as printed, in full or abbreviated with a full stop (« nov. 2023 », « le 3 févr. 2024 »), as tables and page
# stamps print it
MONTH_NAME = "(?:" + "|".join(map(accent_tolerant, MONTHS)) + "|" + any_of(MONTH_ABBREVIATIONS) + r"\.(?!\w))"


# The days of the week, Monday first (`date.weekday()`), and a pattern for any of them
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"


def month_number(folded: str) -> int | None:
    """The month a folded word names, in full or abbreviated (« dec. », « dec »), else None."""
    return MONTHS.get(folded) or MONTH_ABBREVIATIONS.get(folded.removesuffix("."))


# Meteorological seasons: first month and length in months.
SEASONS = {"printemps": (3, 3), "ete": (6, 3), "automne": (9, 3), "hiver": (12, 3)}
# A season as printed (« été », « l'automne »)
SEASON_NAME = any_of(SEASONS)
