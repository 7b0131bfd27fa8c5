"""Two dates joined into one period (pure): « courant janvier et en février », « entre la fin décembre et la 3e
semaine de janvier ». Each end is read by its own rule (frdates.py); the press means the span from the first to the
last, so a draft that kept the two ends apart would date the fact to one of them only."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import DateError, store_date

if TYPE_CHECKING:
    from .frdates import DateMention

_BETWEEN = re.compile(r"(?<![\w'’])entre\s+$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:et|ou)\s+(?:en\s+)?$", re.IGNORECASE)
_WHOLE_MONTH = 28  # days: « lundi et mercredi » are two days, « janvier et février » one period


def _days(edtf: str) -> tuple[int, int] | None:
    """The first and last day of an EDTF value as ordinals, or None when it is no closed value."""
    try:
        parsed = store_date(edtf)
    except DateError:
        return None
    return parsed.start.toordinal(), parsed.end.toordinal()


def join_periods(mentions: list[DateMention], text: str) -> list[DateMention]:
    """`mentions` (in text order) with each pair « entre A et B », or « A et B » / « A ou B » where both name a month
    or longer, made one mention from A's first day to B's last; a pair that would run backwards stays apart."""
    joined: list[DateMention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and _joins(last, mention, text):
            edtf = f"{last.edtf.split('/')[0]}/{mention.edtf.split('/')[-1]}"
            basis = f"{last.basis}; {mention.basis}; one period from the first to the last → {edtf}"
            joined[-1] = replace(last, end=mention.end, text=text[last.start : mention.end], edtf=edtf, basis=basis)
        else:
            joined.append(mention)
    return joined


def _joins(first: DateMention, second: DateMention, text: str) -> bool:
    if first.since or second.since or first.weekday or second.weekday:
        return False
    if not _AND.fullmatch(text, first.end, second.start):
        return False
    one, two = _days(first.edtf), _days(second.edtf)
    if one is None or two is None or not (one[0] < two[0] and one[1] < two[1]):
        return False
    between = _BETWEEN.search(text, max(0, first.start - 12), first.start) is not None
    wide = min(one[1] - one[0], two[1] - two[0]) + 1 >= _WHOLE_MONTH
    return (between and text[first.end : second.start].strip().startswith("et")) or wide
