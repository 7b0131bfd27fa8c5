"""The story's year for a month the text gives without one, on a page written long after the story it tells.

« Le traité signé le 19 juin 2024 et ratifié à l'automne » in a thesis record of December 2026, « commencé à l'automne
2024 …, qui l'a conduit jusqu'à Séoul en juillet »: the month follows the month and year told before it in the
sentence, the story told forward (it was read as the latest such month before the publication: autumn 2026). A year
told in an earlier sentence is no guide (news pages go back to older dates and return: tried, it broke 15 sets).
Pure: dates in, a year out."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .frcalendar import MONTHS, SEASON_NAME, SEASONS, any_of
from .frwords import fold_word

# The story's time must lie this far before the page for its year to win over the page's (a page about this week's
# news keeps the latest month not after it).
OLD_STORY = timedelta(days=183)
_TOLD_IN_THE_SENTENCE = re.compile(
    rf"(?<!\w)(?P<m>{any_of(MONTHS)}|{SEASON_NAME})\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    # … or in figures (« Le 24/02/2022, … ; le sam. 26/02 »: review87)
    r"|(?<![\d/.])\d{1,2}(?P<sep>[/.])(?P<n>0?[1-9]|1[0-2])(?P=sep)(?P<ny>(?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE,
)


def _told_month(told: re.Match[str]) -> tuple[int, int, int]:
    """The first month, how many months it spans and the year of a time told with its year (« juin 2024 », « hiver
    2024 », « 24/02/2022 »)."""
    if told["n"]:
        return int(told["n"]), 1, int(told["ny"])
    word = fold_word(told["m"])
    first, length = (MONTHS[word], 1) if word in MONTHS else SEASONS[word]
    return first, length, int(told["y"])


# « depuis le printemps 2022 », « depuis leur déploiement à l'automne 2024 » (an elided article before it: round 26),
# « depuis le début du déploiement, à l'automne 2024, » (the start in apposition: round 40)
_SINCE = re.compile(
    r"(?<!\w)(?:depuis|d[èe]s)\s+(?:[^\W\d_]+\s+){0,3}(?:[^\W\d_]+\s*,\s*(?:[àa]|en)\s+)?(?:l['’])?$",
    re.IGNORECASE,
)


def _after_a_since(text: str, position: int) -> bool:
    """Whether a « depuis » or « dès » a few words before `position` starts the time told there (`_SINCE`)."""
    return _SINCE.search(text, max(0, position - 60), position) is not None


# « Le soldat, né le 12/03/1998, a été capturé le 26 février »: a birth's day is no time of the story (review88)
_BORN = re.compile(r"(?<!\w)n[ée]e?s?\s+(?:le\s+|en\s+)?$", re.IGNORECASE)


def _last_told(text: str, position: int) -> re.Match[str] | None:
    """The last month told with its year before `position`, never the start of a « depuis » (`_after_a_since`) nor a
    birth's day (`_BORN`)."""
    told = None
    for found in _TOLD_IN_THE_SENTENCE.finditer(text, 0, position):
        born = _BORN.search(text, max(0, found.start() - 12), found.start()) is not None
        if not _after_a_since(text, found.start()) and not born:
            told = found
    return told


def month_told_with_its_year(text: str, position: int) -> tuple[date, str] | None:
    """The story's time at `position`: the last month told with its year earlier in the sentence (« signé le 19 juin
    2024 et ratifié à l'automne »), never the start of a « depuis » (« qui héberge 27 familles depuis le printemps
    2022, organise samedi 30 novembre »); with its words."""
    told = _last_told(text, position)
    if told is None:
        return None
    month, _, year = _told_month(told)
    return date(year, month, 1), " ".join(told.group().split())


def starts_a_since(text: str, start: int, end: int) -> bool:
    """Whether the month told with its year between `start` and `end` starts a « depuis » (`_SINCE`: « tués depuis
    leur arrivée en Russie, à l'automne 2024 », « depuis le sommet de juin 2024 »): the start of a time that runs to
    the page, not where the story is (round 92)."""
    told = _TOLD_IN_THE_SENTENCE.search(text, start, end)
    return told is not None and _after_a_since(text, told.start())


# « repérés mi-novembre 2024, après l'arrivée des fantassins, débarqués début octobre », « en février 2025, après
# avoir vu … fin janvier », « à l'automne 2024, quelques jours après la signature …, le 9 novembre »: « après » right
# after the month told with its year opens what came before it, the story told backward
# (a comma and at most a count of days before it); no « puis », « et », « mais », « avant » or « ; » between it and the
# date, which would go on with the story (« repérés mi-novembre 2024, après …, puis engagés en décembre »), nor a
# conjugated auxiliary: the main clause taken up again (« En octobre 2024, après avoir quitté Wonsan, les soldats ont
# rejoint le front le 4 novembre »)
_THEN_WHAT_CAME_BEFORE = re.compile(
    r"\s*,\s*(?:(?:[^\W\d_]+|\d+)\s+(?:jours?|semaines?|mois|ans?)\s+|peu\s+|juste\s+)?apr[èe]s(?!\s+qu)\s",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"(?<![\w'’])(?:puis|et|mais|avant|ensuite|a|ont|est|sont|avait|avaient|[ée]tait|[ée]taient|fut|furent)(?![\w'’])|;",
    re.IGNORECASE,
)


def told_backward(text: str, position: int) -> date | None:
    """The last month of the time told with its year before `position` (`month_told_with_its_year`'s), when « après »
    follows it (`_THEN_WHAT_CAME_BEFORE`) and the story does not go on before `position`: the dates in what « après »
    opens lie before that time; else None."""
    told = _last_told(text, position)
    if told is None or (then := _THEN_WHAT_CAME_BEFORE.match(text, told.end())) is None:
        return None
    if _GOES_ON.search(text, then.end(), position):
        return None
    return _last_month(told)


def _last_month(told: re.Match[str]) -> date:
    """The last month of a month or season told with its year (« hiver 2024 »: February 2025)."""
    first, length, year = _told_month(told)
    last = first + length - 1
    return date(year + (last - 1) // 12, (last - 1) % 12 + 1, 1)


def told_up_to(text: str, opened: int) -> tuple[date, str] | None:
    """The last month of the time told with its year before `opened`, where a thing done by that time is told (an
    adjectival past participle: « À l'automne 2024, … la région, occupée depuis le 6 août »), and its words; None when
    no such time was told before `opened`."""
    told = _last_told(text, opened)
    return None if told is None else (_last_month(told), " ".join(told.group().split()))


def last_year(month: int, story: date, page: date) -> int | None:
    """The year of the latest such month up to the story's time (`told_backward`), when that time lies long before
    the page; else None."""
    if page - story < OLD_STORY:
        return None
    return story.year if month <= story.month else story.year - 1


def next_year(month: int, story: date, page: date) -> int | None:
    """The year of the first such month from the story's time on, the story told forward (« commencé à l'automne 2024
    … jusqu'à Séoul en juillet » is July 2025, « signé en juin 2024 et entré en vigueur début décembre » December
    2024; « Octobre 2024 : … entre le 8 et le 13 octobre » its own month, October 2024: round 26), when the story's time lies long before the page and that month is not after it; else None."""
    if page - story < OLD_STORY:
        return None
    year = story.year if month >= story.month else story.year + 1
    return year if date(year, month, 1) <= page else None
