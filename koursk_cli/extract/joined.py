"""Two dates joined into one period (pure): « courant janvier et en février », « entre la fin décembre et la 3e
semaine de janvier », « de mi-mars à début avril 2025 », « entre l'automne 2024 et le printemps 2025 », « automne
2024 – printemps 2025 ». Each end is read by its own rule (frdates.py); the press means the span from the first to
the last, so a draft that kept the two ends apart would date the fact to one of them only (round 29: the ends of
« de … à » and of « entre l'… et le … » stayed apart)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import DateError, store_date

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from .datemention import DateMention

_BETWEEN = re.compile(r"(?<![\w'’])entre\s+$", re.IGNORECASE)
# « du 22/05/2026 au 04/10/2026 », « du mar. 10/11 au jeu. 12/11 »: after « du » too (round 134)
_FROM = re.compile(r"(?<![\w'’])(?:de|d['’]|du)\s*$", re.IGNORECASE)
# the words an end's own reading may open with, which stand between the two ends (« au printemps 2025 »)
_LEAD = re.compile(r"(?:(?:au|aux|[àa]|en|le|la|les)\s+|l['’]\s*)+", re.IGNORECASE)
_ARTICLE = r"(?:(?:le|la|les)\s+|l['’]\s*)?"
_AND = re.compile(r"\s*(?:et|ou)\s+(?:en\s+)?$", re.IGNORECASE)
_AND_THE = re.compile(
    rf"\s*et\s+(?:en\s+)?{_ARTICLE}$", re.IGNORECASE
)  # after « entre »: « entre l'automne et le printemps »
_TO = re.compile(rf"\s*(?:[àa]|au|aux|jusqu['’]\s*(?:[àa]|au|aux))\s+{_ARTICLE}$", re.IGNORECASE)
_DASH = re.compile(r"\s+[–—-]\s+$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_EDTF_YEAR = re.compile(r"(?<![\d-])(\d{4})(?=[-/~?]|$)")
_WHOLE_MONTH = 28  # days: « lundi et mercredi » are two days, « janvier et février » one period
_COMMA = re.compile(r"\s*+,\s*+")


def _days(edtf: str) -> tuple[int, int] | None:
    """The first and last day of an EDTF value as ordinals, or None when it is no closed value."""
    try:
        parsed = store_date(edtf)
    except DateError:
        return None
    return parsed.start.toordinal(), parsed.end.toordinal()


def join_periods(mentions: list[DateMention], text: str, published: date | None = None) -> list[DateMention]:
    """`mentions` (in text order) with each pair « entre A et B », « de A à B », « A – B » (each with its year), or
    « A et B » / « A ou B » where both name a month or longer, made one mention from A's first day to B's last; a pair
    that would run backwards stays apart, and so does the end of a list (« en octobre 2024, décembre 2024 et septembre
    2025 »: three times, round 50)."""
    joined: list[DateMention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        listed = len(joined) > 1 and _COMMA.fullmatch(text, joined[-2].end, joined[-1].start) is not None
        if last is not None and _between_or_from(last, mention, text):
            second = _after_the_year_of(last, mention, published)
            if _joined_first(last, second, text, listed=listed) is not None:
                mention = second
        first = None if last is None else _joined_first(last, mention, text, listed=listed)
        if last is not None and first is not None:
            edtf = f"{first.edtf.split('/')[0]}/{mention.edtf.split('/')[-1]}"
            basis = f"{first.basis}; {mention.basis}; one period from the first to the last → {edtf}"
            joined[-1] = replace(last, end=mention.end, text=text[last.start : mention.end], edtf=edtf, basis=basis)
        else:
            joined.append(mention)
    return joined


def _years_moved(edtf: str, years: int) -> str:
    """`edtf` with each of its years moved by `years`."""
    return _EDTF_YEAR.sub(lambda year: str(int(year[1]) + years), edtf)


def _nearest_year(mention: DateMention, fits: Callable[[tuple[int, int]], bool]) -> tuple[str, tuple[int, int]] | None:
    """`mention`'s EDTF with its years moved by the least of -2 to 2 that `fits` its days, with those days."""
    for shift in range(-2, 3):
        edtf = _years_moved(mention.edtf, shift)
        moved = _days(edtf)
        if moved is not None and fits(moved):
            return edtf, moved
    return None


def _in_the_year_of(first: DateMention, second: DateMention) -> DateMention:
    """« de mi-mars à début avril 2025 »: a first end that gives no year is in the year that puts it last before the
    second end, which gives one (its own rule read it against the publication: « la mi-janvier » of the next year)."""
    if _YEAR.search(first.text) or not _YEAR.search(second.text):
        return first
    one, two = _days(first.edtf), _days(second.edtf)
    if one is None or two is None:
        return first
    found = _nearest_year(first, lambda moved: moved[0] < two[0] and moved[1] < two[1] and moved[1] + 366 >= two[0])
    if found is None:
        return first
    return replace(first, edtf=found[0], basis=f"{first.basis}; in the year of the end it runs to → {found[0]}")


def _ends_named(first: DateMention, second: DateMention, text: str) -> tuple[bool, bool]:
    """Whether the two are the ends of « entre A et B », and of « de A à B »."""
    lead = _LEAD.match(second.text)
    gap = text[first.end : second.start + (lead.end() if lead else 0)]
    before = text[max(0, first.start - 12) : first.start]
    between = _BETWEEN.search(before) is not None and _AND_THE.fullmatch(gap) is not None
    return between, _FROM.search(before) is not None and _TO.fullmatch(gap) is not None


def _between_or_from(first: DateMention, second: DateMention, text: str) -> bool:
    return any(_ends_named(first, second, text))


def _after_the_year_of(first: DateMention, second: DateMention, published: date | None = None) -> DateMention:
    """« entre Noël 2024 et le Nouvel An »: a second end that gives no year is the first such after the first end,
    which gives one (its own rule read it against the publication: the latest New Year, a year and more on; round
    92); not one past the `published` day (review61b: « Entre le 20 août 2025 et le 15 août » on 10 September 2025
    read to 2026-08-15: a slip of the pen, its own reading kept)."""
    if _YEAR.search(second.text) or not _YEAR.search(first.text):
        return second
    one, two = _days(first.edtf), _days(second.edtf)
    if one is None or two is None:
        return second
    found = _nearest_year(second, lambda moved: one[0] < moved[0] and one[1] < moved[1])
    if found is None or found[0] == second.edtf or (published is not None and found[1][0] > published.toordinal()):
        return second
    return replace(second, edtf=found[0], basis=f"{second.basis}; the first after the start it runs from → {found[0]}")


def _joined_first(first: DateMention, second: DateMention, text: str, *, listed: bool = False) -> DateMention | None:
    """The first end as the period starts from (its year may come from the second), or None when the two stay apart
    (`listed`: the first ends a list of dates, « A, B et C »)."""
    between, ranged = _ends_named(first, second, text)
    # « lundi et mercredi » are two days; « du mar. 10/11 au jeu. 12/11 » one period (round 134)
    if first.since or second.since or ((first.weekday or second.weekday) and not ranged):
        return None
    lead = _LEAD.match(second.text)
    gap = text[first.end : second.start + (lead.end() if lead else 0)]
    dashed = _DASH.fullmatch(gap) is not None and bool(_YEAR.search(first.text)) and bool(_YEAR.search(second.text))
    if between or ranged:
        first = _in_the_year_of(first, second)
    elif not dashed and (listed or _AND.fullmatch(text, first.end, second.start) is None):
        return None
    one, two = _days(first.edtf), _days(second.edtf)
    if one is None or two is None or not (one[0] < two[0] and one[1] < two[1]):
        return None
    wide = min(one[1] - one[0], two[1] - two[0]) + 1 >= _WHOLE_MONTH
    return first if between or ranged or dashed or wide else None
