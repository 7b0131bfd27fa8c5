"""Times named from the date told just before: « Depuis, », « depuis lors », « d'ici là », « la semaine
suivante », « l'année précédente », « au printemps suivant »."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..dates import DateError, FuzzyDate, parse_edtf
from .datemention import (
    MONTH_RANK,
    SEASON_RANK,
    WEEK_RANK,
    DateMention,
    date_mention,
    interval,
    iso_day,
    iso_month,
    quote,
)
from .frcalendar import SEASON_NAME, SEASONS
from .frwords import APOS, fold_word

# « Depuis, Pyongyang n'a plus donné aucun chiffre », « depuis lors », « depuis cette date »: since the date named just
# before, in this sentence or the one before it.
_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "serait")
# Round 33: « depuis » as an adverb, with nothing after it, means the same: at its clause's end (« Rien de neuf
# depuis. », « aucune décision n'a été prise depuis ») or between an auxiliary and its participle (« Pyongyang a depuis
# envoyé », « ce chiffre a depuis été révisé »; never « a depuis peu rejoint », « depuis longtemps »).
SINCE_THEN = re.compile(
    r"(?<!\w)depuis(?=\s*,)|(?<!\w)depuis\s+(?:lors|cette\s+date|ce\s+jour(?:-l[àa])?|ce\s+moment-l[àa])(?!\w)"
    r"|(?<!\w)depuis(?=\s*(?:[.;:!?)]|$))"
    r"|(?:" + "|".join(rf"(?<=\W{aux}\s)" for aux in _AUXILIARIES) + r")depuis"
    r"(?=\s+(?!peu\b)(?:[ée]t[ée]|[^\W\d_]{2,}(?:[ée]e?s?|is|it|us?|ue?s?|ts?))(?!\w))",
    re.IGNORECASE,
)


# « … jusqu'au 3 décembre. D'ici là, la question reste ouverte »: from the publication up to the date named before.
# « là » printed without its accent only before a stop: « D'ici la fin de la décennie » is no « d'ici là » (round 46)
UNTIL_THEN = re.compile(rf"(?<!\w)d{APOS}\s*ici(?:\s+[àa])?\s+l(?:à|a(?!\s*+\w))(?!\w)", re.IGNORECASE)


def until_then(match: re.Match[str], before: DateMention | None, published: FuzzyDate) -> DateMention | None:
    """« d'ici là »: from the publication up to the end of the date named before, when that date lies ahead of it."""
    if before is None:
        return None
    end = parse_edtf(before.edtf).end
    if end <= published.start:
        return None
    edtf = interval(iso_day(published.start), iso_day(end))
    basis = (
        f"{quote(match)}: from the publication ({published.text}) up to the date named before, "
        f"« {' '.join(before.text.split())} » ({before.edtf}) → {edtf}"
    )
    return date_mention(match, edtf, basis, WEEK_RANK)


class Told:
    """The sentence's dates of facts (not the periods a « depuis » starts), by where they end: the last one before a
    position is a bisection, never a scan of every date (a pasted page is one sentence with thousands of them)."""

    def __init__(self, found: Iterable[DateMention]) -> None:
        self._facts = sorted((m for m in found if not m.since), key=lambda m: m.end)
        self._ends = [m.end for m in self._facts]

    def before(self, position: int) -> DateMention | None:
        at = bisect.bisect_right(self._ends, position)
        return self._facts[at - 1] if at else None


def since_then(match: re.Match[str], before: DateMention | None, published: FuzzyDate) -> DateMention | None:
    if before is None or parse_edtf(before.edtf).start > published.end:  # a day still ahead starts no period yet
        return None
    basis = f"{quote(match)}: since the date named before, « {' '.join(before.text.split())} » ({before.edtf})"
    if _A_RANGE.search(before.text) and "/" in before.edtf:
        # « Entre l'automne 2024 et l'été 2025, … Depuis, »: since the range's end, not its start (round 22)
        last = before.edtf.split("/")[-1]
        return replace(date_mention(match, last, f"{basis}: since its end, {last}", before.rank), since=True, then=True)
    return replace(date_mention(match, before.edtf, basis, before.rank), since=True, then=True)


_A_RANGE = re.compile(r"\s(?:et|au|[àa]|jusqu['’]\s*[àa]u?)\s", re.IGNORECASE)  # two dates joined: a range
FOLLOWING = re.compile(
    rf"(?<!\w)(?:la\s+(?P<week>semaine)|(?:le|au|du)\s+(?P<month>mois)|l{APOS}\s*ann[ée]e"
    # « au printemps suivant », « l'hiver suivant »: the next such season after the time told (round 21)
    rf"|(?:(?:[àa]\s+)?l{APOS}\s*|le\s+|au\s+)(?P<season>{SEASON_NAME})(?=\s+suivant))\s+"
    r"(?:suivante?|(?P<before>pr[ée]c[ée]dente?))(?!\w)",
    re.IGNORECASE,
)


def following(match: re.Match[str], before: DateMention | None) -> DateMention | None:
    """« la semaine suivante », « le mois suivant », « l'année suivante », « au printemps suivant »: the one after the
    time named before (a season: the first such season to begin after it; round 21);
    « l'année précédente », « la semaine précédente »: the one before it."""
    if before is None:
        return None
    try:
        told = parse_edtf(before.edtf)
    except DateError:
        return None
    step = -1 if match["before"] else 1
    day = told.start if step < 0 else told.end
    if match["season"]:
        # the first such season to begin after the time told ends (« octobre 2024 … au printemps suivant »: spring 2025)
        first_month, length = SEASONS[fold_word(match["season"])]
        start = date(day.year, first_month, 1)
        start = start if start > day else date(day.year + 1, first_month, 1)
        edtf = interval(iso_month(start), iso_month(start + relativedelta(months=length - 1)))
    elif match["week"]:
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    elif match["month"]:
        edtf = iso_month(day + relativedelta(months=step, day=1))
    else:
        edtf = str(day.year + step)
    which = "before" if step < 0 else "after"
    basis = f"{quote(match)}: the one {which} « {' '.join(before.text.split())} » ({before.edtf}) → {edtf}"
    return date_mention(
        match, edtf, basis, WEEK_RANK if match["week"] else SEASON_RANK if match["season"] else MONTH_RANK
    )
