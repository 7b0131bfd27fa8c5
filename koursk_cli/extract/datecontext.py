"""What a sentence's dates are read against (`DateContext`): the publication, the days told before, the story's
time, the clauses. The year of a date the text gives without one is yearless.py's (`year_of`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import FuzzyDate, Precision
from .clauses import Clauses
from .datemention import DateMention

# A bound ahead (« avant », « à partir de », « d'ici », « jusqu'à ») before a date that comes within a season of the
# page names the coming one in a wish (« Elle demande qu'ils puissent partir « avant Pâques » » in January), or where
# the done thing is a demand, a promise or an announcement whose object the bound dates (« a réclamé une réponse des
# alliés « avant Noël » » on 24 December: the one a year back was read); « sont arrivés dès novembre », « a annoncé
# dès novembre que » stay the one before
_BOUND_AHEAD_DAYS = 92
# « Elle demande qu'ils puissent partir « avant Pâques » »: a wish, in the subjunctive of a verb that says so
_WISHED = re.compile(
    r"(?<![\w'’])qu(?:e\s+|['’]\s*)(?:[^\W\d_]+\s+){0,3}?"
    r"(?:puisse|puissent|soit|soient|ait|aient|aille|aillent|fasse|fassent)(?![\w'’])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the rules read a sentence's dates against: the publication, the days and times told before it, its
    clauses."""

    published: FuzzyDate
    news_day: DateMention | None = None
    """The article's own day, when it names one (see `news_day`)."""
    anchor: DateMention | None = None
    """The day « le lendemain » and « la veille » count from: the sentence's own, else the previous sentence's."""
    text: str = ""
    clauses: Clauses | None = None
    told_before: str | None = None
    """The sentence just before, when it told `anchor` (a day of its own), else None (evedates.py `told_day`)."""
    """The sentence's clauses (see clauses.py): which clause a date stands in, and whether it speaks of the future."""
    previous: DateMention | None = None
    """The last date the sentence before names, of any precision (« à l'automne »): what « Depuis, » and « six mois
    plus tard » count from when this sentence names none before them."""
    previous_alone: bool = False
    """Whether `previous` was told after the last day told (`anchor`), in a sentence that names no day: the time the
    story stands at (« Les premiers accrochages eurent lieu début novembre. Trois semaines plus tard, »)."""
    year: int | None = None
    """The year a chronology's heading gives the sentence (« 2024 » alone on its line over « 8 octobre : … »)."""
    own_day: DateMention | None = None
    """The day the sentence's main clause names, if any: the day a count of days « en trois jours » ends on."""
    page: date | None = None
    """The page's own day when it reprints a wire story told from an earlier dateline (byline.py `dispatch_day`)."""
    said_on: DateMention | None = None
    """The past time the sentence's main clause names, which a count « depuis » in the imperfect counts back from, and
    every such count when it is a day and the sentence reports a statement (`statement`; `since_count`)."""
    statement: bool = False
    story: date | None = None
    """The time a retrospective paragraph has reached (« Tout commence le 19 juin 2024 … »; datechecks.py `retrospective`): the story told
    forward, its dates without a year are the first such from it on."""

    def bound_ahead(self, match: re.Match[str], bound: int, gap: int) -> bool:
        """Whether a bound ahead (`bound_side`, its word at `bound`) puts the date at `match` in the coming one, `gap`
        days after the page: within a season (`_BOUND_AHEAD_DAYS`), after a verb that asks for what the bound dates
        (`Clauses.asks_ahead`) or in a wish (`_WISHED`). A clause merely without a past tense is no sign: narratives
        are told in the historical present, the passé simple or without a verb (« les soldats participent aux combats
        à partir du 6 décembre », « Avant Noël, les Nord-Coréens tinrent seuls le secteur »)."""
        if not 0 <= gap <= _BOUND_AHEAD_DAYS or self.clauses is None:
            return False
        return self.clauses.asks_ahead(bound) or _WISHED.search(match.string, max(0, bound - 80), bound) is not None

    def coming(self, match: re.Match[str]) -> str | None:
        """The future verb the date at `match` goes with, when it is the nearest verb of its clause (clauses.py)."""
        return self.clauses.future_verb(match.start()) if self.clauses is not None else None

    @property
    def ref(self) -> date:
        """Relative expressions count from the publication's upper bound."""
        return self.published.end

    @property
    def day_precise(self) -> bool:
        return self.published.last.precision is Precision.DAY


STORY_TENSE = re.compile(
    r"(?<![\w-])(?:avait|avaient|eut|eurent|fut|furent)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
