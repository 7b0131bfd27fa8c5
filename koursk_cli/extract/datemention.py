"""A date the rules read (`DateMention`), how strongly it dates its sentence (the ranks), the EDTF and basis
helpers every resolver writes it with, and how a record takes its date from mentions (`main_mention`, `since_until`).
The bottom of the date modules: it imports none of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import DateError, FuzzyDate, parse_edtf
from .frcalendar import month_number
from .frwords import fold_word

# Ranks: how strongly a mention dates the sentence's main fact, when a sentence holds several.
DAY_RANK, WEEKDAY_RANK, WEEK_RANK, FUZZY_RANK, MONTH_RANK, SEASON_RANK, YEAR_RANK, RECENT_RANK, PRESENT_RANK = (
    6,
    5,
    4,
    4,
    3,
    2,
    2,
    1,
    0,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One temporal expression: where it stands in the sentence, its EDTF and how it was resolved."""

    start: int
    end: int
    text: str
    edtf: str
    basis: str
    rank: int
    since: bool = False
    """« depuis X », « à partir de X », « dès X »: X starts a period that runs on."""
    onset: bool = False
    """« dès X »: as early as X. X dates the act; no period is read from X to the statement (« pourrait envoyer des
    troupes dès cet été », « observée dès la fin 2024 »)."""
    weekday: bool = False
    """Named by its weekday (« jeudi », « jeudi 7 novembre ») and resolved to that one day, which a bound before it
    may widen later (« jusqu'à vendredi »: from the month's start up to that day)."""
    then: bool = False
    """« Depuis, », « depuis lors »: a period from the date named before, whose own sentence dates that start; this
    sentence tells what has held since (round 55)."""
    side: str | None = None
    """The word that opens the side clause the date stands in (« depuis », « qui », « après que »; see clauses.py),
    or None when it stands in the main clause and so dates the main verb."""
    counted: bool = False
    """A span counted from the publication (« dans les prochains jours »): its end moves with its start."""
    foreseen: bool = False
    """A time ahead moved to start at the story's own day, before the publication (`from_the_story_day`): still a
    forecast, which forecasts.py `by_the_publication` dates at its statement with a TODO, not a fact it clips."""


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def interval(first: str, last: str) -> str:
    return first if first == last else f"{first}/{last}"


def month_of(word: str) -> int:
    month = month_number(fold_word(word))
    assert month is not None, word  # MONTH_NAME reads no other word
    return month


def day_of(word: str) -> int:
    return 1 if word.lower() == "1er" else int(word)


def quote(match: re.Match[str]) -> str:
    return f"« {' '.join(match.group().split())} »"


def date_mention(match: re.Match[str], edtf: str, basis: str, rank: int, *, weekday: bool = False) -> DateMention:
    word = match.groupdict().get("since") or ""
    onset = fold_word(word) == "des"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, rank, bool(word), onset, weekday)


def is_day(edtf: str) -> bool:
    """A day, exact or about that day (« 2024-12-29~ »): what « le lendemain » can count from."""
    return len(edtf) == 10 or (len(edtf) == 11 and edtf.endswith("~") and "/" not in edtf)


def main_mention(mentions: list[DateMention]) -> DateMention | None:
    """The mention that best dates a sentence's fact: one of the main clause before one of a side clause, a point in
    time before a « depuis », the most precise kind, then the first."""
    return max(mentions, key=lambda m: (m.side is None, not m.since, m.rank, -m.start), default=None)


def since_until(mention: DateMention, until: DateMention | None, published: FuzzyDate) -> tuple[str, str]:
    """A period that starts at a « depuis » mention and runs to `until` (for an event, the end its sentence names,
    « jusqu'au 10 février »; for a figure, the day it was stated) or the publication; « dès X » (`onset`) is X
    itself."""
    if mention.onset:
        return mention.edtf, mention.basis
    first = mention.edtf.split("/")[0]
    if until is not None:
        last, to = until.edtf.split("/")[-1], f"« {' '.join(until.text.split())} » ({until.edtf})"
    else:
        last, to = published.text.split("/")[-1], f"the publication ({published.text})"
    try:
        edtf = parse_edtf(f"{first}/{last}").text
    except DateError:
        return mention.edtf, mention.basis
    return edtf, f"{mention.basis}; the period runs from there to {to} → {edtf}"
