"""Where the story stands after a sentence: the article's own day, the date it leaves the story at, and the last
time a thing happened. Read by draft.py across sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..dates import DateError, FuzzyDate, parse_edtf
from . import storyyear
from .datemention import DateMention
from .evedates import ANCHORED, eve_of_an_act
from .frwords import APOS, fold_word
from .lexicon import written_words
from .relativedates import RELATIVE
from .timecounts import NOT_SINCE


def news_day(mentions: Iterable[DateMention], published: FuzzyDate) -> DateMention | None:
    """The article's own day: the latest day it names by its weekday (« a déclaré jeudi ») that falls within the
    publication window. A news article is taken to be written on the day of the latest news it tells, so when the
    publication is known only to a window of days, this picks the day inside it; None when no such day is named."""
    named = [
        m
        for m in mentions
        if m.weekday and len(m.edtf) == 10 and published.start <= date.fromisoformat(m.edtf) <= published.end
    ]
    return max(named, key=lambda m: m.edtf, default=None)  # the first of equals: `mentions` are in text order


# « huit mois et demi après l'incursion ukrainienne du mois d'août 2024 »: the words before a date that make it the
# day of the thing a time is counted from, in its clause
# (a count of time before it: « après l'annonce de la reprise le 26 avril, le Kremlin a salué » is that day's; round 82)
# (the times: lexicon.toml `counted_times`)
_COUNTED_FROM = re.compile(
    rf"(?<![\w-]){written_words('counted_times')}\s+(?:et\s+"
    rf"demie?\s+)?(?:apr[èe]s|avant)\s+(?:l{APOS}|la\s|les?\s|du\s|des\s)",
    re.IGNORECASE,
)
_CLAUSE_MARKS = ",;:.()«»"  # `_COUNTED_FROM`'s clause ends after the last of these
# a time counted from a thing (« près de neuf mois après », « deux ans avant »), not from a clause (« … après que »)
_COUNTED_TO = re.compile(r"(?<!\w)(?:apr[èe]s|avant)\s*$", re.IGNORECASE)


def counts_a_time_from(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the day of a thing another time is counted from, in its clause (« près de neuf mois après
    l'incursion ukrainienne du 6 août »): no day the story stands at."""
    # in its clause: after the last mark that ends one (a search from the text's start for the words and no such mark
    # up to the day was quadratic on a long line: review57)
    clause = max(text.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS) + 1
    return _COUNTED_FROM.search(text, clause, mention.start) is not None


def story_time(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence leaves the story at, for « deux jours plus tard » in the next: its last date of a fact,
    never one a « depuis » starts nor the day of a thing another time is counted from (« Le 26 avril 2025, Moscou
    annonçait la reprise, huit mois après l'incursion du mois d'août 2024. Deux jours plus tard, » counts from 26
    April: round 21; it counted from August 2024)."""
    told = [m for m in mentions if not m.since and not counts_a_time_from(text, m)]
    # … nor a month told with its year that a « depuis » a few words before starts (storyyear.py
    # `starts_a_since`: « tués depuis leur arrivée en Russie, à l'automne 2024. Une rotation a eu lieu entre fin
    # novembre et mi-décembre » is the page's December, « leur premier tête-à-tête depuis le sommet de juin 2024.
    # Mi-août, » the page's August: round 92)
    told = [m for m in told if not storyyear.starts_a_since(text, m.start, m.end)]
    # … nor where a time counted from a thing lands, after a day the sentence told (« Ce samedi-là, … annonçait la
    # libération, près de neuf mois après l'incursion du 6 août 2024. Deux jours plus tard, » is the Monday: round 82)
    days = [m for m in told if len(m.edtf) == 10]
    told = [m for m in told if not (_COUNTED_TO.search(m.text) and any(d.end <= m.start for d in days))]
    # … nor the eve of an act told before (« La veille de l'annonce, les tirs avaient redoublé. Deux jours plus tard, »
    # counts from the announcement)
    told = [m for m in told if not eve_of_an_act(m)]
    return next((m for m in reversed(told) if not recalled(m, told)), None)


def last_time(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The sentence's last date when it is the last time a thing happened (`_last_time`) and the sentence names no
    other: what « Depuis, » opening the next sentence counts from (`find_dates`'s `last_seen`); None otherwise."""
    last = mentions[-1] if mentions else None
    if last is None or not _last_time(text, last):
        return None
    # only when the sentence names no other date (review61: « Le 3 octobre 2024, Kim a affirmé qu'il n'avait pas vu
    # Poutine depuis juin 2024. Depuis, » counts from the day the sentence tells, as before round 90)
    if any(m.end <= last.start or m.start >= last.end for m in mentions):
        return None
    return last


def _last_time(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the last time a thing happened, told by a negated verb before « depuis » (« Les deux hommes
    ne s'étaient pas vus depuis juin 2024 », « qu'il n'avait plus rencontré depuis juin 2024 et la signature du
    traité »): a point of the story, which « Depuis, » in the next sentence counts from, not a period's start. Only a
    date with a month or a day: « n'a pas combattu depuis 1953 » is how long, a duration (`since_count`)."""
    return (
        mention.since
        and fold_word(mention.text.split()[0]) == "depuis"
        and len(mention.edtf.split("/")[0].rstrip("~")) >= len("2024-06")
        and NOT_SINCE.search(text, max(0, mention.start - 80), mention.start) is not None
    )


def counted_back(mention: DateMention, told: list[DateMention]) -> bool:
    """Whether `mention` is a day counted back from a day the sentence told before it (« Le 19 décembre, … un carnet
    trouvé la veille », « Lundi, KCNA a confirmé …, deux jours après que Moscou eut affirmé … »): the story stays at the
    day told, and the next sentence's « le lendemain », « le même jour » count from that one (round 78)."""
    words = mention.text.lstrip()
    return bool(ANCHORED.match(words) or RELATIVE.match(words)) and recalled(mention, told)


def recalled(mention: DateMention, told: list[DateMention]) -> bool:
    """Whether `mention` recalls a time wholly before a day the sentence told before it: background, where the story
    does not go (« Le 26 avril, l'état-major avait affirmé avoir repris la région, envahie l'été dernier. Deux jours
    plus tard, » counts from 26 April, not from the summer; « a reconnu le 28 avril …, en vertu du traité conclu en
    juin 2024. … deux jours plus tôt » likewise)."""
    try:
        ends = parse_edtf(mention.edtf).end
        days = [parse_edtf(d.edtf).start for d in told if d.end <= mention.start and len(d.edtf) == 10]
    except DateError:
        return False
    return any(ends < day for day in days)
