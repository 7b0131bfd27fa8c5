"""Periods counted from the publication's calendar: « hier », « demain », « cette semaine », « le mois dernier »,
« ces trois derniers mois », « au début de l'année », « au troisième trimestre », « au tournant de l'année »,
« cette année-là »."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..dates import DateError, parse_edtf
from .clauses import side_of
from .datecontext import DateContext
from .datemention import (
    FUZZY_RANK,
    MONTH_RANK,
    RECENT_RANK,
    WEEK_RANK,
    WEEKDAY_RANK,
    YEAR_RANK,
    DateMention,
    date_mention,
    interval,
    iso_day,
    iso_month,
    quote,
)
from .datewords import SINCE, WITH_ITS_YEAR
from .frcalendar import MONTH_NAME
from .frwords import APOS, DE, fold_word
from .monthyeardates import part_days
from .timecounts import delta, time_unit, whole_count, window_back
from .yearless import the_same_year


def read_tomorrow(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« demain », « après-demain »: counted ahead from the publication."""
    days = 2 if "-" in match.group() else 1
    first, last = ctx.published.start + timedelta(days=days), ctx.published.end + timedelta(days=days)
    edtf = interval(iso_day(first), iso_day(last))
    basis = f"{quote(match)} counted ahead from the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, WEEKDAY_RANK)


def yesterday(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    days = 2 if "avant" in match.group().lower() else 1
    edtf = window_back(ctx, relativedelta(days=days), relativedelta(days=days), "jour")
    basis = f"{quote(match)} counted back from the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, WEEKDAY_RANK)


def that_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« cette année-là »: the year told last (yearless.py `the_same_year`), never the page's; nothing when no year was
    told (round 92: « De cette année-là en Corée, il garde un carnet » was read as the page's year)."""
    same = the_same_year(ctx, match, at=match.end())
    if same is None:
        return None
    year, note = same
    return date_mention(match, f"{year:04d}", f"{note} → {year}", YEAR_RANK)  # the note opens on the words quoted


def named_period(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    words = fold_word(" ".join(match.group().split()))
    ref = ctx.ref
    if "annee" in words or re.search(r"(?<![^\W\d_])an(?![^\W\d_])", words):  # « depuis l'an dernier »
        first, last = ctx.published.start.year - 1, ref.year - 1
        if "derni" in words or "passe" in words:
            edtf, rank = interval(str(first), str(last)), YEAR_RANK
        else:
            edtf, rank = interval(str(ctx.published.start.year), str(ref.year)), YEAR_RANK
    elif "mois" in words:
        past = "derni" in words or "passe" in words or "ecoule" in words  # « le mois écoulé »: the one over
        month = ref - relativedelta(months=1) if past else ref
        edtf, rank = iso_month(month), MONTH_RANK
    else:
        monday = ref - timedelta(days=ref.weekday())
        if "derni" in words or "passe" in words or "ecoulee" in words:  # « la semaine écoulée »: the one over
            edtf = interval(iso_day(monday - timedelta(days=7)), iso_day(monday - timedelta(days=1)))
        elif "tot" in words and ctx.news_day is not None:
            return _earlier_this_week(match, ctx, ctx.news_day)
        elif "tot" in words:
            monday = ctx.published.start - timedelta(days=ctx.published.start.weekday())
            edtf = interval(iso_day(monday), iso_day(max(monday, ref - timedelta(days=1))))
        elif (verb := ctx.coming(match)) is not None:  # « doit recevoir … cette semaine »: the week, to its end
            edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
            basis = f"{quote(match)}: the verb speaks of the future (« {verb} »): the whole week → {edtf}"
            return date_mention(match, edtf, basis, WEEK_RANK)
        else:
            edtf = interval(iso_day(monday), iso_day(ref))
        rank = WEEK_RANK
    basis = f"{quote(match)}, counted from the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, rank)


def _earlier_this_week(match: re.Match[str], ctx: DateContext, news: DateMention) -> DateMention:
    """« plus tôt cette semaine » is earlier than the article's own day: Monday of its week to the day before."""
    day = date.fromisoformat(news.edtf)
    monday = day - timedelta(days=day.weekday())
    edtf = interval(iso_day(monday), iso_day(max(monday, day - timedelta(days=1))))
    basis = (
        f"{quote(match)}: earlier in the week than the article's own day, taken as the latest day it names by its "
        f"weekday within the publication window ({ctx.published.text}), « {' '.join(news.text.split())} » → "
        f"{news.edtf}: from that Monday to the day before → {edtf}"
    )
    return date_mention(match, edtf, basis, WEEK_RANK)


def last_count(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« au cours des deux dernières semaines », « ces trois derniers mois »: that span back from the publication."""
    count, unit = whole_count(match["n"] or match["n2"]), time_unit(match["u"])
    if count is None:
        return None
    first = ctx.published.start - delta(count, unit)
    edtf = interval(iso_day(first), iso_day(ctx.published.end))
    basis = f"{quote(match)}: the span counted back from the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, RECENT_RANK)


def recent(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    unit = time_unit(match["u"])
    back = {"mois": relativedelta(months=3), "semaine": relativedelta(weeks=4), "heure": relativedelta(days=1)}.get(
        unit, relativedelta(days=7)
    )
    start = ctx.ref - back
    first = (iso_month(start) if unit == "mois" else iso_day(start)) + "~"
    edtf = f"{first}/{iso_day(ctx.ref)}"
    span = {"mois": "three months", "semaine": "four weeks", "heure": "day"}.get(unit, "week")
    basis = f"{quote(match)} read as the last {span} before the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, RECENT_RANK)


_ORDINALS = {"premier": 1, "1er": 1, "second": 2, "deuxieme": 2, "2e": 2, "troisieme": 3, "3e": 3}
_ORDINALS |= {"quatrieme": 4, "4e": 4, "dernier": 4}


def quarter(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« au troisième trimestre 2024 », « au premier semestre »: the year's quarter or half (a year not given: the
    latest one begun by the publication, or the publication's year's still ahead when the clause tells it not over)."""
    months = 3 if fold_word(match["kind"]) == "trimestre" else 6
    number = _ORDINALS[fold_word(match["ord"])]
    if months == 6:
        number = min(number, 2)
    first_month = (number - 1) * months + 1
    year = int(match["y"]) if match["y"] else ctx.ref.year - (date(ctx.ref.year, first_month, 1) > ctx.ref)
    note = ""
    clauses = ctx.clauses
    if (
        not match["y"]
        and year < ctx.ref.year
        and clauses is not None
        and (clauses.future_marker(match.start()) is not None or not clauses.tells_the_past_at(match.start()))
    ):
        # « le prochain rapport est attendu au second semestre » in February: the publication's year, still ahead, as
        # the clause speaks of the future or tells nothing over (round 42: it was the year before's)
        year, note = ctx.ref.year, ", the publication's year, still ahead: the clause tells nothing over"
    edtf = f"{year}-{first_month:02d}/{year}-{first_month + months - 1:02d}"
    return date_mention(match, edtf, f"{quote(match)}: the months of that part of the year{note} → {edtf}", MONTH_RANK)


# « au début de l'année », « à la fin du mois dernier », « en fin de semaine », « depuis le début de l'année »
PERIOD_PART = (
    rf"(?:{SINCE}|(?:au|en|[àa]\s+la|dans\s+la|vers\s+la|dès\s+la|dès\s+le|pour\s+la|la|le)\s+)?"
    rf"(?P<part>d[ée]but|fin|milieu|mi)(?:\s*-\s*|\s+)"
    # « au début de cette année », « à la fin de ce mois » as « de l'année », « du mois » (round 60)
    rf"(?:de\s+l{APOS}\s*|d{APOS}\s*|du\s+|de\s+la\s+|de\s+(?P<this>cette\s+|ce\s+)?)"
    rf"(?P<unit>ann[ée]e|an(?=\s+(?:dernier|pass[ée]|prochain))|mois(?!\s+{DE}{MONTH_NAME})|semaine)"
    rf"(?:\s+(?P<rel>derni[èe]re?|pass[ée]e?|prochaine?|en\s+cours))?"
)
_PERIOD_PART = re.compile(PERIOD_PART, re.IGNORECASE)
_YEAR_THIRDS = {"debut": (1, 3), "mi": (5, 8), "fin": (10, 12)}  # the months of a year's beginning, middle and end
# « l'année précédente », « l'année scolaire », « le mois suivant »: another year or month than the one told or the
# publication's, which `period_part` does not read (left as it reads them)
_ANOTHER_YEAR = re.compile(
    r"\s+(?:pr[ée]c[ée]dente?|suivante?|scolaire|budg[ée]taire|fiscale?|universitaire|liturgique)(?!\w)", re.IGNORECASE
)
_STORY_YEARS = 2  # how many years before the publication's a date told may be the story's own time (review77)


def period_part(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« début de l'année », « à la fin du mois dernier », « en fin de semaine », « depuis le début de l'année »: a
    part of the publication's year, month or week (or the one before or after, with « dernier », « prochain »). A
    part still ahead of the publication is the one before, unless the clause speaks of the future."""
    unit, part = fold_word(match["unit"]), fold_word(match["part"])
    part = "mi" if part == "milieu" else part
    rel = fold_word(match["rel"] or "")
    shift = -1 if rel.startswith(("derni", "passe")) else 1 if rel.startswith("prochain") else 0

    def span(step: int) -> tuple[date, date, str]:
        ref = ctx.published.start
        if unit.startswith("an"):  # « l'année », « l'an dernier »
            year = ref.year + step
            first, last = _YEAR_THIRDS[part]
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), "year"
        if unit == "mois":
            month = ref + relativedelta(months=step)
            first_day, last_day = part_days(part, month.year, month.month)
            return first_day, last_day, "month"
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        first, last = {"debut": (0, 2), "mi": (2, 3)}.get(part, (3, 6))
        return monday + timedelta(days=first), monday + timedelta(days=last), "week"

    first, last, what = span(shift)
    note = ""
    told = _month_told(ctx) if unit == "mois" and not rel and not match["since"] else None
    if told is not None and ctx.clauses is not None and ctx.clauses.future_marker(match.start(), of_the_date=False):
        # « d'ici à la fin du mois »: the coming end of the publication's month; « s'étaient rendus … au début du mois,
        # et … pourrait envoyer … d'ici la fin de l'année »: a sentence of the news, not of the story told before
        told = None
    if told is not None:  # « … le 13 octobre 2024. Un second contingent a suivi à la fin du mois »
        first, last = part_days(part, told.year, told.month)
        note = f"; the month the story told before, « {' '.join(ctx.previous.text.split())} »" if ctx.previous else ""
        edtf = interval(iso_day(first), iso_day(last))
        return date_mention(
            match, edtf, f"{quote(match)}: beginning, middle, end of the month{note} → {edtf}", FUZZY_RANK
        )
    if match["since"] and part == "debut" and first <= ctx.ref:
        # « depuis le début de l'année »: from its first day up to the publication
        edtf = interval(iso_day(first), iso_day(ctx.ref))
        basis = (
            f"{quote(match)}: from the first day of the {what} up to the publication ({ctx.published.text}) → {edtf}"
        )
        return date_mention(match, edtf, basis, MONTH_RANK if what == "year" else FUZZY_RANK)
    if not rel and first > ctx.ref and not match["since"]:
        marker = ctx.clauses.future_marker(match.start()) if ctx.clauses is not None else None
        if marker is None:
            first, last, what = span(-1)
            note = "; still ahead of the publication and the clause does not speak of the future: the one before"
    show = iso_month if what == "year" else iso_day
    edtf = interval(show(first), show(last))
    thirds = {"year": "January–March, May–August, October–December", "month": "days 1–10, 11–20, 21–end"}
    reading = thirds.get(what, "Monday–Wednesday, Wednesday–Thursday, Thursday–Sunday")
    basis = f"{quote(match)}: beginning, middle, end of the {what} ({reading}){note} → {edtf}"
    return date_mention(match, edtf, basis, MONTH_RANK if what == "year" else FUZZY_RANK)


def of_the_time_told(mention: DateMention, before: DateMention | None, ctx: DateContext) -> DateMention:
    """« En octobre 2024, Séoul affirmait … ; à la fin de l'année, ils étaient près de 11 000 », « Le 13 octobre 2024,
    un contingent arrive ; un second a suivi à la fin du mois » on a page of 2025: a part of « l'année » or « du mois »
    (`period_part`), told in the past, after a date of an earlier year (month) named before it in its sentence's main
    clause (`before`), written with its year, at most two years before the publication's, is a part of that one, not
    of the publication's (round 126: it was the page's year's end, read in a past clause). Never a part the clause
    speaks of as to come, one named with « dernier », « prochain », « ce », « précédente », « scolaire » (« le début de
    ce mois », « la fin de l'année scolaire »), nor the start of a period (« depuis le début de l'année »); never
    after a date of a side clause (« Depuis l'invasion de février 2022, … »), nor of another story (« né le 3 mars
    2001 »: review77)."""
    match = _PERIOD_PART.fullmatch(ctx.text, mention.start, mention.end)
    clauses = ctx.clauses
    if match is None or match["rel"] or match["since"] or match["this"] or clauses is None:
        return mention
    if _ANOTHER_YEAR.match(ctx.text, mention.end):  # « à la fin de l'année précédente », « … scolaire »
        return mention
    if before is None or WITH_ITS_YEAR.search(before.text) is None:  # « l'an dernier, et … au début de l'année »
        return mention
    if side_of(clauses.spans, before.start, before.end) is not None:  # « Depuis l'invasion de février 2022, … »
        return mention
    if not clauses.tells_the_past_at(mention.start) or clauses.future_marker(mention.start) is not None:
        return mention
    try:
        told = parse_edtf(before.edtf)
    except DateError:
        return mention
    unit, part, start, ref = fold_word(match["unit"]), fold_word(match["part"]), told.start, ctx.published.start
    if ref.year - start.year > _STORY_YEARS:  # « né le 3 mars 2001 », « Le traité signé en 1997 »: another story's
        return mention
    part = "mi" if part == "milieu" else part
    first, last = _YEAR_THIRDS[part]
    # the first such part not over before the time told: « En octobre 2024, … 3 000 renforts au début de l'année » is
    # 2025's beginning, the publication's year on a page of 2025 (`period_part`'s own reading)
    year = start.year + (last < start.month)
    if unit.startswith("an") and start.year == told.end.year and year < ref.year:
        edtf, what, rank = f"{year}-{first:02d}/{year}-{last:02d}", "year", MONTH_RANK
    elif unit == "mois" and (start.year, start.month) == (told.end.year, told.end.month) < (ref.year, ref.month):
        first_day, last_day = part_days(part, start.year, start.month)
        edtf, what, rank = interval(iso_day(first_day), iso_day(last_day)), "month", FUZZY_RANK
    else:
        return mention
    basis = (
        f"{quote(match)}: beginning, middle, end of the {what} the story told before, "
        f"« {' '.join(before.text.split())} » ({before.edtf}) → {edtf}"
    )
    return replace(mention, edtf=edtf, basis=basis, rank=rank)


def _month_told(ctx: DateContext) -> date | None:
    """The month « du mois » (« à la fin du mois ») names in a story told in an earlier month: that of the date told
    before, when it lies in one month before the publication's; None when the story is of the publication's month."""
    if ctx.previous is None:
        return None
    try:
        told = parse_edtf(ctx.previous.edtf)
    except DateError:
        return None
    start, end, ref = told.start, told.end, ctx.published.start
    if (start.year, start.month) != (end.year, end.month) or (start.year, start.month) >= (ref.year, ref.month):
        return None
    return start


def turn_of_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« au tournant de l'année », « au tournant de 2025 »: December and January around the new year named, else the
    latest one begun by the publication, or the coming one when the clause speaks of the future."""
    if match["y"] or match["y2"]:
        year, note = int(match["y"] or match["y2"]), "the year named"
    else:
        start = ctx.published.start
        year, note = start.year + (start.month == 12), "the latest one begun by the publication"
        marker = ctx.clauses.future_marker(match.start()) if ctx.clauses is not None else None
        if marker is not None and start.month != 12:
            year, note = year + 1, f"the clause speaks of the future (« {marker} »): the coming one"
    edtf = f"{year - 1}-12/{year}-01"
    return date_mention(match, edtf, f"{quote(match)}: December and January, {note} → {edtf}", MONTH_RANK)
