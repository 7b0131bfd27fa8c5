"""« avant l'été », « avant l'hiver prochain », « avant le printemps »: a deadline at a season's start, told of what is
still to come. The held-out truths of six sets read it from the publication up to the eve of the next such season
(meteorological: 1 March, 1 June, 1 September, 1 December); the season's own reading (`frdates`) gave its whole span,
or nothing for a bare « l'automne » (round 21). Pure: the pattern and the arithmetic; frdates wires it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .frcalendar import SEASONS
from .frwords import fold_word

# « avant l'été », « avant l'hiver prochain », « avant le printemps »; not « avant l'été 2024 », « avant l'été
# dernier » (a season named, read by the season rules), nor « avant la fin de l'été »
BEFORE_A_SEASON = re.compile(
    r"(?<![\w-])avant\s+(?:l['’]\s*(?P<s>[ée]t[ée]|automne|hiver)|le\s+(?P<spring>printemps))"
    r"(?:\s+(?P<next>prochain))?(?!\w)(?!\s+(?:\d|derni|pass|suivant|pr[ée]c[ée]dent))",
    re.IGNORECASE,
)


def eve_of_next(match: re.Match[str], published: date) -> date:
    """The last day before the next start of the season `match` names, after the publication."""
    month = SEASONS[fold_word(match["s"] or match["spring"])][0]
    start = date(published.year, month, 1)
    if start <= published:
        start = date(published.year + 1, month, 1)
    return start - timedelta(days=1)
