"""A day of the month with no month (« Le 13, », « le 9 dans la région »): of the month the story is in, else
the page's."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from ..dates import DateError, parse_edtf
from .datecontext import DateContext
from .datemention import DAY_RANK, DateMention, date_mention, iso_day, quote
from .frcalendar import MONTH_NAME

# « Le 13, le secrétaire d'État … », « faits prisonniers le 9 dans la région », « s'est achevé le 27 par un discours »,
# « depuis le 14, mais … »: a day of the month with no month, the day of the month the story is in (round 80). Only
# before a stop, or a word that cannot be the noun the number counts (a preposition, a conjunction); never an
# address (« le 12, rue … »), a number to call (« composer le 15 »), a département (« dans le 13 ») or a score.
BARE_DAY = re.compile(
    r"(?<![\w'’])(?:(?P<since>depuis|d[èe]s)\s+)?[Ll]e\s+(?P<d>1er|[1-9]|[12]\d|3[01])"
    r"(?=\s*[,;)]|\s*\.(?!\d)|\s+[àa]\s+(?!\d+(?!\s*h))|\s+(?:dans|au|aux|par|en|lors|pr[èe]s|sur|vers|devant"
    r"|selon|avec|si|et|puis|mais|quand|lorsque)(?![\w'’]))",
)
_NOT_A_BARE_DAY = re.compile(
    r"(?:appel\w*|compos\w*|num[ée]ro|n°|dans|chiffre|case|page|article|bus|tram|ligne|classement|rang|score|contre)"
    r"\s+(?:(?:depuis|d[èe]s)\s+)?$",
    re.IGNORECASE,
)
# « le 3, le 4 et le 5 mars », « le 12, puis le 14 mars » (review57): a list whose month comes at its end, the last day's (the others are its month's, not the
# page's); « le 1er, le 2e et le 3e bataillons »: ordinals; « (le 13) »: a département, an emergency number (review56)
_NOT_A_DAY_OF_A_LIST = re.compile(
    rf"(?:\s*(?:,\s*(?:(?:et|puis|ou)\s+)?|(?:et|puis|ou)\s+)le\s+\d{{1,2}}(?:er)?(?![\w'’]))+\s+{MONTH_NAME}(?![\w'’])"
    r"|\s*(?:,|et)\s*le\s+\d{1,2}(?:e|[èe]me)(?![\w'’])",
    re.IGNORECASE,
)
_AN_ADDRESS = re.compile(
    r"\s*,?\s*(?:bis\b|ter\b)?\s*(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|quai|impasse|route|cours)\b",
    re.IGNORECASE,
)


def _bare_day_s_month(before: DateMention | None, number: int, *, whole: bool) -> date | None:
    """The month (its first day) a date told before names, when it lies within one month: any such date of the same
    sentence (« à la fin avril, … le 26 »), a day or a whole month of the sentences before (`whole`: « Octobre 2024.
    Le 18, … »), or a part of one that holds the day (« Mi-décembre. … dès le 14 »; not « le 3 » after « arrivés
    mi-novembre », which a dispatch tells beside its own day)."""
    if before is None or before.since:
        return None
    try:
        told = parse_edtf(before.edtf)
    except DateError:
        return None
    if (told.start.year, told.start.month) != (told.end.year, told.end.month):
        return None
    whole_or_day = re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", before.edtf.rstrip("~?")) is not None
    if whole and not whole_or_day and not told.start.day <= number <= told.end.day:
        return None
    return told.start.replace(day=1)


def bare_day(
    match: re.Match[str], before: DateMention | None, previous: DateMention | None, ctx: DateContext
) -> DateMention | None:
    """« le 13 » with no month: the day of the month told before it in the sentence, else of the day or month the
    sentences before told; else of the page's month, the latest such day not after the publication (the first one
    after it in a clause in the simple future or the present)."""
    text = match.string
    if (
        _NOT_A_BARE_DAY.search(text, max(0, match.start() - 24), match.start())
        or _AN_ADDRESS.match(text, match.end())
        or _NOT_A_DAY_OF_A_LIST.match(text, match.end())
        or text[: match.start()].rstrip().endswith("(")
    ):
        return None
    number = 1 if match["d"] == "1er" else int(match["d"])
    told = before if _bare_day_s_month(before, number, whole=False) else previous
    month = _bare_day_s_month(told, number, whole=told is previous)
    coming = ctx.clauses is not None and ctx.clauses.future_verb(match.start(), of_a_noun=True) is not None
    if told is not None and month is not None and not (coming and date(month.year, month.month, number) < ctx.ref):
        # (a day in the simple future is not of a month told before that is over: « … début décembre de la même
        # année …, estime un chercheur, qui publiera une note le 3 » on a page of November 2025)
        found = date(month.year, month.month, number)
        said = " ".join(told.text.split())
        basis = f"{quote(match)}: no month given: the month of « {said} » told before it → {found.isoformat()}"
        return date_mention(match, iso_day(found), basis, DAY_RANK)
    ref = ctx.ref
    this = date(ref.year, ref.month, 1)
    past = this if number <= ref.day else this - relativedelta(months=1)
    ahead = this if number > ref.day else this + relativedelta(months=1)
    present = ctx.clauses is not None and not ctx.clauses.told_as_done(match.start())
    try:
        first, second = date(past.year, past.month, number), date(ahead.year, ahead.month, number)
    except ValueError:
        return None
    if coming or (present and (second - ref).days < (ref - first).days):
        found, which = second, "the first such day after"
    else:
        found, which = first, "the latest such day not after"
    basis = f"{quote(match)}: no month given: {which} the publication ({ctx.published.text}) → {found.isoformat()}"
    return date_mention(match, iso_day(found), basis, DAY_RANK)
