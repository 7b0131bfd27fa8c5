"""The story's year for a month the text gives without one, on a page written long after the story it tells.

« Le traité signé le 19 juin 2024 et ratifié à l'automne » in a thesis record of December 2026, « commencé à l'automne
2024 …, qui l'a conduit jusqu'à Séoul en juillet »: the month follows the month and year told before it in the
sentence, the story told forward (it was read as the latest such month before the publication: autumn 2026). A year
told in an earlier sentence is no guide (news pages go back to older dates and return: tried, it broke 15 sets).
Pure: dates in, a year out."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .frcalendar import MONTHS, SEASONS
from .frnumbers import fold_word

# The story's time must lie this far before the page for its year to win over the page's (a page about this week's
# news keeps the latest month not after it).
_OLD_STORY = timedelta(days=183)
_TOLD_IN_THE_SENTENCE = re.compile(
    r"(?<!\w)(?P<m>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|printemps|[ée]t[ée]|automne|hiver)\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# « depuis le printemps 2022 », « depuis leur déploiement à l'automne 2024 » (an elided article before it: round 26),
# « depuis le début du déploiement, à l'automne 2024, » (the start in apposition: round 40)
_SINCE = re.compile(
    r"(?<!\w)(?:depuis|d[èe]s)\s+(?:[^\W\d_]+\s+){0,3}(?:[^\W\d_]+\s*,\s*(?:[àa]|en)\s+)?(?:l['’])?$",
    re.IGNORECASE,
)


def story_time(text: str, position: int) -> tuple[date, str] | None:
    """The story's time at `position`: the last month told with its year earlier in the sentence (« signé le 19 juin
    2024 et ratifié à l'automne »), never the start of a « depuis » (« qui héberge 27 familles depuis le printemps
    2022, organise samedi 30 novembre »); with its words."""
    told = None
    for found in _TOLD_IN_THE_SENTENCE.finditer(text, 0, position):
        if not _SINCE.search(text, max(0, found.start() - 60), found.start()):
            told = found
    if told is None:
        return None
    word = fold_word(told["m"])
    month = MONTHS.get(word) or SEASONS[word][0]
    return date(int(told["y"]), month, 1), " ".join(told.group().split())


def next_year(month: int, story: date, page: date) -> int | None:
    """The year of the first such month from the story's time on, the story told forward (« commencé à l'automne 2024
    … jusqu'à Séoul en juillet » is July 2025, « signé en juin 2024 et entré en vigueur début décembre » December
    2024; « Octobre 2024 : … entre le 8 et le 13 octobre » its own month, October 2024: round 26), when the story's time lies long before the page and that month is not after it; else None."""
    if page - story < _OLD_STORY:
        return None
    year = story.year if month >= story.month else story.year + 1
    return year if date(year, month, 1) <= page else None
