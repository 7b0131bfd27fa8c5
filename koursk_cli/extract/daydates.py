"""Days named by their number: « le 3 mars », « du 8 au 10 mai », « 19/12/2024 », ISO and English dates, « la
semaine du 18 novembre », « la première semaine de novembre », and the days the calendar lacks or the store cannot
hold."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..dates import LATEST_STORE_DATE, DateError, Precision, parse_edtf
from ..placeholders import TODO
from .datecontext import DateContext
from .datemention import (
    DAY_RANK,
    MONTH_RANK,
    WEEK_RANK,
    DateMention,
    date_mention,
    day_of,
    interval,
    iso_day,
    month_of,
    quote,
)
from .datewords import EN_MONTHS, MONTH_EN, WEEKDAY_EN
from .frcalendar import WEEKDAYS, WEEKDAYS_CUT
from .frwords import fold_word
from .lexicon import printed_words
from .yearless import a_commemoration_s, of_a_ceremony, story_year, year_of, year_set_by_the_page


def _weekday_check(weekday: str | None, day: date) -> str:
    if weekday is None:
        return ""
    wanted = WEEKDAYS[fold_word(weekday)]
    if day.weekday() == wanted:
        return f", {WEEKDAY_EN[wanted][2:]} as the text says"
    return f"; warning: the text says « {weekday} » but {day.isoformat()} is {WEEKDAY_EN[day.weekday()]}"


def _under_way(first: date, last: date, match: re.Match[str], ctx: DateContext) -> bool:
    """Whether the days from `first` to `last` hold the publication's day, and no year of a chronology's heading or of
    the story told before gives them another (« En novembre 2024, … : du 15 au 25 novembre, elle a repris 40 km² » on
    20 November 2025 is 2024)."""
    if not (first <= ctx.published.start and ctx.ref <= last) or ctx.year is not None:
        return False
    return story_year(ctx, last.month, last.day, match) is None


def rolls_past(y1: int, first: tuple[int, int], second: tuple[int, int], ctx: DateContext) -> bool:
    """Whether a yearless second end (month, day) read as the first after `first` in year `y1` rolls into the next
    year and lies past the publication: a slip of the pen as likely as a span into the future."""
    if second > first:
        return False
    try:
        end = date(y1 + 1, second[0], second[1])
    except ValueError:
        return False
    return end > ctx.published.end


def read_day_range(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    m2, d2 = month_of(match["m2"]), day_of(match["d2"])
    m1 = month_of(match["m1"]) if match["m1"] else m2
    d1 = day_of(match["d1"] or match["d0"])
    # « entre le 3 mars 2025 et le 10 mars »: the first such after the start, unless that runs past the publication
    # into next year (review61b: « Entre le 20 août 2025 et le 15 août » read 2025-08-20/2026-08-15): the year left open
    if match["y1"] and not match["y2"] and not rolls_past(int(match["y1"]), (m1, d1), (m2, d2), ctx):
        y2 = int(match["y1"]) + ((m2, d2) <= (m1, d1))
        note = f"no year given: the first {d2} {MONTH_EN[m2]} after the start it runs from"
    else:
        y2, note = (
            (int(match["y2"]), "")
            if match["y2"]
            else year_of(ctx, m2, d2, f"{d2} {MONTH_EN[m2]}", match, begins=(m1, d1))
        )
    y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if past := [y for y in (y1, y2) if not 1 <= y <= LATEST_STORE_DATE.year]:
        return _past_the_calendar(match, ctx, f"{past[0]:04d}")
    try:
        first, last = date(y1, m1, day_of(match["d1"] or match["d0"])), date(y2, m2, d2)
    except ValueError:
        return None
    if last < first:
        return None
    year_note = f", {note}" if note else ""
    a_year_on = (first + relativedelta(years=1), last + relativedelta(years=1))
    if not (match["y1"] or match["y2"]) and _under_way(*a_year_on, match, ctx):
        # « un cessez-le-feu du 8 au 10 mai » on 9 May: the days under way at the page, not the ones a year before
        first, last = a_year_on
        year_note = f", no year given: the days under way at the publication ({ctx.published.text})"
    if (match["join"] or "").lower() == "ou":  # « le 3 ou le 4 novembre » (rev26 M2): never the last day alone
        year_note += "; one day or the other: the interval that holds both"
    edtf = interval(iso_day(first), iso_day(last))
    return date_mention(match, edtf, f"{quote(match)}{year_note} → {edtf}", DAY_RANK)


def _named_day(match: re.Match[str], ctx: DateContext) -> tuple[date, str] | None:
    """The day a « 18 novembre [2024] » names, its year from the text or from the context; with the basis's year note."""
    month, day = month_of(match["m"]), day_of(match["d"])
    year, note = (int(match["y"]), "") if match["y"] else year_of(ctx, month, day, f"{day} {MONTH_EN[month]}", match)
    try:
        return date(year, month, day), (f", {note}" if note else "")
    except ValueError:
        return None


def read_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    if match["hyphen"] and (not match["m"][:1].isupper() or not (of_a_ceremony(match) or a_commemoration_s(match))):
        # « 9-mai »: only the capitalised name of a commemoration after its noun, « le défilé du 9-Mai », or after
        # « le » (`a_commemoration_s`); never an event's or a place's name (« les attentats du 11-Septembre »,
        # « l'appel du 18-Juin », « place du 14-Juillet »: review59, a day of the year before)
        return None
    if match["y"] and not 1 <= int(match["y"]) <= LATEST_STORE_DATE.year:
        return _past_the_calendar(match, ctx, match["y"])
    if (named_day := _named_day(match, ctx)) is None:
        month, day = month_of(match["m"]), day_of(match["d"])
        year = int(match["y"]) if match["y"] else year_of(ctx, month, None, MONTH_EN[month], match)[0]
        return _no_such_day(match, year, month, day)
    found, year_note = named_day
    if match["wd"] is not None and not match["y"] and (other := _weekday_s_year(found, match["wd"], ctx, match)):
        found, year_note = other[0], f", {other[1]}"
    basis = f"{quote(match)}{year_note} → {found.isoformat()}{_weekday_check(match['wd'], found)}"
    named = match["wd"] is not None and found.weekday() == WEEKDAYS[fold_word(match["wd"])]
    return date_mention(match, iso_day(found), basis, DAY_RANK, weekday=named)


def _weekday_s_year(found: date, weekday: str, ctx: DateContext, match: re.Match[str]) -> tuple[date, str] | None:
    """« mardi 21 janvier » in a page of 17 January 2025: the year the rules chose makes it a Sunday (2024); the
    weekday names the year, the one within six months of the publication whose day it is, with a note that names
    the year it replaces. Where the story told the year (« le 24 février 2022, … un rassemblement samedi 28
    février » on 24 February 2026: round 134), the publication's years too; never one a chronology's heading or the
    sentence's opening year sets (« En 2019, … le samedi 28 février »: review87), only the year before or after."""
    wanted = WEEKDAYS[fold_word(weekday)]
    if found.weekday() == wanted:
        return None
    years = {found.year + 1, found.year - 1}
    if not year_set_by_the_page(ctx, match):
        years |= {ctx.published.start.year + step for step in (-1, 0, 1)}
    for year in sorted(years):
        try:
            other = found.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.weekday() == wanted and abs((other - ctx.published.start).days) <= _WEEKDAY_YEAR_DAYS:
            note = (
                f"no year given: the year within six months of the publication whose {WEEKDAY_EN[wanted][2:]} it is "
                f"({found.year}, the year the rules would give, makes it {WEEKDAY_EN[found.weekday()]})"
            )
            return other, note
    return None


_WEEKDAY_YEAR_DAYS = 183


def _past_the_calendar(match: re.Match[str], ctx: DateContext, year: str) -> DateMention:
    """« le 3 novembre 9999 »: a day of a year the store cannot hold. Its words are a date, never a figure (the 3 of
    « 3 soldats », rev26 L4), and the draft says so: the publication stands in, with a TODO basis that `check`
    refuses until a curator writes the date the article means."""
    edtf = ctx.published.text
    basis = (
        f"{TODO} {quote(match)} names the year {year}, which the store cannot hold (0001–"
        f"{LATEST_STORE_DATE.year}); write the date the article means; the publication stands in → {edtf}"
    )
    return date_mention(match, edtf, basis, MONTH_RANK)


def _no_such_day(match: re.Match[str], year: int, month: int, day: int) -> DateMention | None:
    """« le 31 novembre », « 31 septembre 2024 », « 31/11/2024 »: a day its month lacks. Its words are a date, never
    a figure (the 31 of « 31 soldats »), and the draft says so: the month, with a TODO basis that `check` refuses
    until a curator writes the day the article meant (rev24 F6)."""
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if not last < day <= 31:
        return None
    after = date(year, month, last) + timedelta(days=1)
    edtf = f"{year:04d}-{month:02d}"
    basis = (
        f"{TODO} {quote(match)} is not a day: {MONTH_EN[month]} {year} has {last}. {last} {MONTH_EN[month]}? "
        f"{after.day} {MONTH_EN[after.month]}? Write the day the article means; the rules read the month → {edtf}"
    )
    return date_mention(match, edtf, basis, MONTH_RANK)


def week_of(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« la semaine du 18 novembre »: the Monday-to-Sunday week that holds that day."""
    if (named_day := _named_day(match, ctx)) is None:
        return None
    named, year_note = named_day
    monday = named - timedelta(days=named.weekday())
    edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    return date_mention(match, edtf, f"{quote(match)}: the week that holds that day{year_note} → {edtf}", WEEK_RANK)


def english_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    try:
        found = date(int(match["y"]), EN_MONTHS[match["m"].lower()], int(match["d"]))
    except ValueError:
        return None
    return date_mention(match, iso_day(found), f"{quote(match)} (English) → {found.isoformat()}", DAY_RANK)


def iso(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """An ISO date in the text; not one that is an XML or HTML element's whole value (« <sent>2025-10-31T08:14:52Z
    </sent> », a wire item's stamps) or a piece of a path (« …/nar/2006-10-01/ », a namespace): the file's metadata,
    no fact (sealed36 s19, round 54)."""
    text = match.string
    if text[match.start() - 1 : match.start()] in (">", "/") and text[match.end() : match.end() + 1] in ("<", "/"):
        return None
    try:
        parsed = parse_edtf(match["iso"])
    except DateError:
        return None
    rank = DAY_RANK if parsed.precision is Precision.DAY else MONTH_RANK
    return date_mention(match, parsed.text, f"{quote(match)}, an ISO date in the text", rank)


def numeric_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    try:
        found = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return _no_such_day(match, int(match["y"]), int(match["m"]), int(match["d"]))
    basis = f"{quote(match)}, day/month/year → {found.isoformat()}{_weekday_check(match['wd'], found)}"
    return date_mention(match, iso_day(found), basis, DAY_RANK)


def numeric_day_month(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« Sam. 26/09 », « le 26/11 »: a day and month with no year, its year as a named day's (« le 26 novembre »),
    the weekday's where one is given. Without a weekday, only a month of two digits (« le 9/11 », never « le 1/3 des
    voix », « le 11/9 », « 24/7 ») and no day of one digit over 10 (« le 1/10 environ des soldats », « une maquette au
    1/10 »: a tenth), and never a ratio, a mark or a number the words around make another thing (`_NOT_A_DAY_MONTH`:
    review87, review88)."""
    month, day = int(match["m"]), int(match["d"])
    weekday = match["wd"] or (match["short"] and WEEKDAYS_CUT[fold_word(match["short"])])
    text = match.string
    if (
        not 1 <= month <= 12
        or not 1 <= day <= 31
        or (not weekday and (len(match["m"]) == 1 or (len(match["d"]) == 1 and month == 10)))
        or _NOT_A_DAY_MONTH.match(text, match.end()) is not None
        or _A_RATIO_CHANGED.search(text, max(0, match.start() - 20), match.start("d")) is not None
    ):
        return None
    year, note = year_of(ctx, month, day, f"{day} {MONTH_EN[month]}", match)
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if weekday and (other := _weekday_s_year(found, weekday, ctx, match)):
        found, note = other
    basis = f"{quote(match)}, day and month; {note} → {found.isoformat()}{_weekday_check(weekday, found)}"
    named = bool(weekday) and found.weekday() == WEEKDAYS[fold_word(weekday)]
    return date_mention(match, iso_day(found), basis, DAY_RANK, weekday=named)


# « lun. 9/12 h », « mercredi 8/10 ans », « au 10/12 rue Gambetta », « le 3/10 des effectifs », « Au 1/10 de
# seconde », « l'invité du 7/10 de France Inter »: hours, ages, a street number (lexicon.toml `street_words`, and
# « place », « route », « cours », left out of it: « au cours du 3 mars » is a day), a fraction, a programme
# (review87, review88)
_NOT_A_DAY_MONTH = re.compile(
    rf"\s*(?:h\b|heures?\b|ans\b|[èe]me\b|e\b|des?\b|du\b|d['’]|{printed_words('street_words')}|place|route|cours\b)",
    re.IGNORECASE,
)
# « passé au 10/12 aux tirs », « le ratio est passé du 3/10 au 5/10 », « réduits au 1/10 »: a score or a ratio that
# changed (lexicon.toml `change_verbs`; review87, review88)
_A_RATIO_CHANGED = re.compile(
    rf"(?<!\w){printed_words('change_verbs')}\w*\s+(?:au|du)\s+(?:\d{{1,2}}/\d{{1,2}}\s+au\s+)?$", re.IGNORECASE
)
_WEEK_ORDINALS = {"premiere": 1, "1re": 1, "deuxieme": 2, "seconde": 2, "2e": 2, "troisieme": 3, "3e": 3}
_WEEK_ORDINALS |= {"quatrieme": 4, "4e": 4}


def week_of_month(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« la première semaine de novembre », « la dernière semaine de mars »: the month's days in sevens (1–7, 8–14,
    15–21, 22–28; the last, its last seven days), never a day of another month (round 27: Monday-to-Sunday weeks made
    the first week of November 2024 start on 28 October; every held-out truth reads days 1–7)."""
    month = month_of(match["m"])
    year, note = (int(match["y"]), "") if match["y"] else year_of(ctx, month, None, MONTH_EN[month], match)
    ordinal = fold_word(match["ord"])
    if ordinal.startswith("derni"):
        first = date(year, month, calendar.monthrange(year, month)[1] - 6)
    else:
        first = date(year, month, 1) + timedelta(weeks=_WEEK_ORDINALS[ordinal] - 1)
    edtf = interval(iso_day(first), iso_day(first + timedelta(days=6)))
    year_note = f"; {note}" if note else ""
    basis = f"{quote(match)}: the month's days in sevens{year_note} → {edtf}"
    return date_mention(match, edtf, basis, WEEK_RANK)
