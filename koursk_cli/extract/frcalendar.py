"""The French calendar's words, folded (no accents, lower case): its months, its weekdays and its meteorological
seasons, and the patterns that read them as printed (`MONTH_NAME`, `SEASON_NAME`). One table for every rule that reads
them; the patterns are built from it with lexicon.py `folded_pattern`, so that a word is spelled once."""

from collections.abc import Iterable

from .lexicon import folded_pattern

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


def any_of(folded: Iterable[str]) -> str:
    """A pattern that reads any of the folded words as printed, with or without their accents (« février »)."""
    return "(?:" + "|".join(map(folded_pattern, folded)) + ")"


# A month as printed, in full or abbreviated with a full stop (« nov. 2023 », « le 3 févr. 2024 »), as tables and page
# stamps print it
MONTH_NAME = rf"(?:{any_of(MONTHS)}|{any_of(MONTH_ABBREVIATIONS)}\.(?!\w))"


# The days of the week, Monday first (`date.weekday()`), and a pattern for any of them
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"
# … cut short, as agendas print them before a day and month (« Sam. 26/09 », « lun. 7/12 »)
WEEKDAYS_CUT = {name[:3]: name for name in WEEKDAYS}
WEEKDAY_CUT = f"(?:{'|'.join(WEEKDAYS_CUT)})"


def month_number(folded: str) -> int | None:
    """The month a folded word names, in full or abbreviated (« dec. », « dec »), else None."""
    return MONTHS.get(folded) or MONTH_ABBREVIATIONS.get(folded.removesuffix("."))


# Meteorological seasons: first month and length in months.
SEASONS = {"printemps": (3, 3), "ete": (6, 3), "automne": (9, 3), "hiver": (12, 3)}
# A season as printed (« été », « l'automne »)
SEASON_NAME = any_of(SEASONS)
