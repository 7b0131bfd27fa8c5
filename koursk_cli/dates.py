"""Fuzzy dates: the EDTF subset the store uses, and the periods that `--since`/`--until` take.

Pure functions only. Bounds are inclusive days; qualifiers (`~` approximate, `?` uncertain, `%` both) are carried
as flags and never widen the bounds, so filtering is predictable and matches `edtf`'s strict bounds.
"""

import difflib
import re
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from .textnorm import fold, shown


def days_in_month(year: int, month: int) -> int:
    """What calendar.monthrange(year, month)[1] gives, without importing calendar on every run."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


LATEST_STORE_DATE = date(9998, 12, 31)  # every command (timeline weeks, iCalendar's day after) can go past it
WIDEST_SPAN = LATEST_STORE_DATE.toordinal()
"""The days from 1 January of year 1 to LATEST_STORE_DATE: no store date spans more, so a day-count flag stops here
(past it every value means "no limit", and SQLite cannot bind an integer past 2**63)."""


class DateError(ValueError):
    """A date that does not parse; the message says what was expected."""


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}

_POINT = r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%])?"  # compiled by `re` on first use
_PERIOD_HELP = "expected YYYY, YYYY-MM or YYYY-MM-DD"


def _ascii_digits(text: str) -> None:
    """`٢٠٢٤` or `２０２４` are digits to `\\d` and to int(), but no EDTF or period: dates are written with 0-9."""
    if not text.isascii() and any(ch.isdigit() and not ch.isascii() for ch in text):  # a look at each only if any
        raise DateError(f"'{shown(text, 40)}': write the digits of a date as 0-9")


class Point(NamedTuple):
    """One end of a date: a year, month or day, possibly qualified."""

    start: date
    end: date
    precision: Precision
    approximate: bool = False
    uncertain: bool = False


class FuzzyDate(NamedTuple):
    """An EDTF date or interval with its inclusive day bounds."""

    text: str
    first: Point
    last: Point

    @property
    def start(self) -> date:
        return self.first.start

    @property
    def end(self) -> date:
        return self.last.end

    @property
    def is_interval(self) -> bool:
        return self.first is not self.last

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        first, last = self.first.precision, self.last.precision
        return last if last.rank < first.rank else first  # min(first, last, key=rank): the first of equals

    @property
    def approximate(self) -> bool:
        return self.first.approximate or self.last.approximate

    @property
    def uncertain(self) -> bool:
        return self.first.uncertain or self.last.uncertain

    def overlaps(self, start: date, end: date) -> bool:
        return overlaps(self.start, self.end, start, end)


def overlaps(a_start: date, a_end: date, b_start: date, b_end: date) -> bool:
    """Whether two inclusive day ranges share at least one day."""
    return a_start <= b_end and b_start <= a_end


def _point(text: str, whole: str) -> Point:
    match = re.fullmatch(_POINT, text)
    if match is None:
        raise DateError(
            f"'{whole}' is not a supported EDTF date (use YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by ~ ? or %, "
            "or an interval A/B)"
        )
    year = int(match["y"])
    if year == 0:
        raise DateError(f"'{whole}': year 0000 is not supported")
    qualifier = match["q"] or ""
    approximate = qualifier in ("~", "%")
    uncertain = qualifier in ("?", "%")
    if match["m"] is None:
        return Point(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, approximate, uncertain)
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise DateError(f"'{whole}': month {match['m']} is not 01–12")
    last_day = days_in_month(year, month)
    if match["d"] is None:
        return Point(date(year, month, 1), date(year, month, last_day), Precision.MONTH, approximate, uncertain)
    day = int(match["d"])
    if not 1 <= day <= last_day:
        raise DateError(f"'{whole}': day {match['d']} does not exist in {year}-{month:02d}")
    return Point(date(year, month, day), date(year, month, day), Precision.DAY, approximate, uncertain)


@lru_cache(maxsize=32768)
def parse_edtf(text: str) -> FuzzyDate:
    """Parse a store date: a point or a closed interval `A/B`. Memoised (a FuzzyDate is immutable): a store
    repeats its dates, and a first load parses each event's date twice (its check, then its record). The benchmark
    store of 1,000,000 events has 24,577 distinct dates (~12 MB memoised); 4,096 kept only one in six."""
    _ascii_digits(text)
    cleaned = text.strip()
    if not cleaned:
        raise DateError("empty date")
    if "/" not in cleaned:
        point = _point(cleaned, cleaned)
        return FuzzyDate(cleaned, point, point)
    left, _, right = cleaned.partition("/")
    if not left or not right or left == ".." or right == "..":
        raise DateError(f"'{cleaned}': open or unknown interval ends are not supported; give a reasoned bound")
    first, last = _point(left, cleaned), _point(right, cleaned)
    if last.end < first.start:
        raise DateError(f"'{cleaned}': interval ends ({right}) before it starts ({left})")
    if (overlap := _overlapping_ends(first, last, left, right)) is not None:
        raise DateError(f"'{cleaned}': {overlap}")
    return FuzzyDate(cleaned, first, last)


def _qualified(day: date, point: Point) -> str:
    return day.isoformat() + {(True, True): "%", (True, False): "~", (False, True): "?"}.get(
        (point.approximate, point.uncertain), ""
    )


def _overlapping_ends(first: Point, last: Point, left: str, right: str) -> str | None:
    """Why an interval whose ends overlap says two things at once, and what to write instead; None if they do not.
    `2024-11/2024-11-01` was shown "Nov 2024 – 1 Nov 2024" with a month's precision for one day (rev24 F12)."""
    nested = first.end <= last.end and last.start >= first.start
    if nested and first.start != last.end:  # every interval a valid store holds: no fix to write
        return None
    start, end = _qualified(first.start, first), _qualified(last.end, last)
    fix = f"{start}/{end}" if first.start != last.end else start if start == end else f"{start} or {end}"
    if nested:
        return None if start == end else f"both ends are one day; write {fix}"
    if first.end > last.end:
        return f"the start ({left}) ends after the end ({right}); write {fix}"
    return f"the end ({right}) begins before the start ({left}); write {fix}"


def store_date(text: str) -> FuzzyDate:
    """A date the store keeps: an EDTF date (`parse_edtf`) that ends by LATEST_STORE_DATE (`check`, `extract
    --published` and extract's resolved dates hold this one rule)."""
    when = parse_edtf(text)
    if when.end > LATEST_STORE_DATE:
        raise DateError(f"{when.text} is after {LATEST_STORE_DATE}, the latest date koursk keeps")
    return when


class Period(NamedTuple):
    """A span of days given on the command line (`2024-10`, `2024-W45`, `nov 2024`, `A..B`, `last week`)."""

    text: str
    start: date
    end: date


# English and French month names and their usual abbreviations, folded (no accents, lower case).
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv",
        "february feb fevrier fevr fev",
        "march mar mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug aout",
        "september sep sept septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec decembre",
    ),
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))
MONTH_NAMES = frozenset(_MONTHS)
"""English and French month names and abbreviations, folded: what tells a day of the month from a figure."""

_UNITS = {
    "week": "week", "semaine": "week", "month": "month", "mois": "month",
    "quarter": "quarter", "trimestre": "quarter", "year": "year", "annee": "year", "an": "year",
}  # fmt: skip
_SHIFTS = {"this": 0, "current": 0, "ce": 0, "cette": 0, "last": -1, "previous": -1, "next": 1, "prochain": 1}
_SHIFTS_AFTER = {"dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "prochain": 1, "prochaine": 1}


def _fold(text: str) -> str:
    return fold(text).replace("'", " ").replace("  ", " ")


def _year(text: str, whole: str) -> int:
    year = int(text)
    if year == 0:
        raise DateError(f"'{whole}': year 0000 is not supported")
    return year


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, days_in_month(year, month))


def iso_week(year: int, week: int) -> tuple[date, date]:
    """Monday to Sunday of ISO week `week` of `year` (week 1 holds 4 January). A week is checked before its days are
    counted: 9999's week 52 runs to 10000-01-02, past the last day a date holds (hostile43: a ValueError, a
    traceback on `events --since 9999-W52`)."""
    weeks = date(year, 12, 28).isocalendar()[1]  # 28 December is always in the year's last week
    if not 1 <= week <= weeks:
        raise DateError(f"{year} has no ISO week {week} (it has {weeks})")
    jan4 = date(year, 1, 4)
    monday = jan4.toordinal() - jan4.weekday() + (week - 1) * 7
    if monday + 6 > date.max.toordinal():
        raise DateError(f"ISO week {week} of {year} ends after 31 Dec {date.max.year}, the last day koursk can tell")
    return date.fromordinal(monday), date.fromordinal(monday + 6)


def quarter(year: int, number: int) -> tuple[date, date]:
    first = 3 * (number - 1) + 1
    return date(year, first, 1), _month_span(year, first + 2)[1]


def _day(year: int, month: int, day: int, whole: str) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise DateError(f"'{whole}': month {month} is not 1–12")
    if not 1 <= day <= days_in_month(year, month):
        raise DateError(f"'{whole}': day {day} does not exist in {year}-{month:02d}")
    return date(year, month, day), date(year, month, day)


def _relative(text: str, today: date | None) -> tuple[date, date] | None:
    """`today`, `yesterday`, `this|last|next week|month|quarter|year` and their French forms, around `today`."""
    words = text.split()
    if text in ("today", "aujourd hui", "yesterday", "hier"):
        if today is None:
            raise DateError(f"'{text}' needs today's date")
        day = today if text in ("today", "aujourd hui") else date.fromordinal(today.toordinal() - 1)
        return day, day
    words = [w for w in words if w not in ("la", "le", "l")]
    shift = unit = None
    if len(words) == 2 and words[0] in _SHIFTS and words[1] in _UNITS:
        shift, unit = _SHIFTS[words[0]], _UNITS[words[1]]
    elif len(words) == 2 and words[0] in _UNITS and words[1] in _SHIFTS_AFTER:
        shift, unit = _SHIFTS_AFTER[words[1]], _UNITS[words[0]]
    if shift is None or unit is None:
        return None
    if today is None:
        raise DateError(f"'{text}' needs today's date")
    if unit == "week":
        monday = date.fromordinal(today.toordinal() - today.weekday() + 7 * shift)
        return monday, date.fromordinal(monday.toordinal() + 6)
    if unit == "year":
        return date(today.year + shift, 1, 1), date(today.year + shift, 12, 31)
    months = 3 if unit == "quarter" else 1
    first = (today.month - 1) // months * months + months * shift  # 0-based month index, may leave the year
    year, index = today.year + first // 12, first % 12
    return date(year, index + 1, 1), _month_span(year + (index + months - 1) // 12, (index + months - 1) % 12 + 1)[1]


def _single(text: str, whole: str, today: date | None) -> tuple[date, date]:
    """One period, not a range: the bounds of the calendar span it names."""
    folded = _fold(text)
    if match := re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", folded):
        year = _year(match[1], whole)
        if match[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        if match[3] is None:
            if not 1 <= int(match[2]) <= 12:
                raise DateError(f"'{whole}': month {match[2]} is not 1–12")
            return _month_span(year, int(match[2]))
        return _day(year, int(match[2]), int(match[3]), whole)
    if match := re.fullmatch(r"(\d{4}) ?-?w(\d{1,2})", folded):
        return iso_week(_year(match[1], whole), int(match[2]))
    if match := re.fullmatch(r"(\d{4}) ?-? ?q([1-4])|q([1-4]) ?-? ?(\d{4})", folded):
        return quarter(_year(match[1] or match[4], whole), int(match[2] or match[3]))
    if match := re.fullmatch(r"(?:(\d{1,2})(?:er)? )?([a-z]+)\.?,? (\d{4})", folded):
        day, name, year = match[1], match[2], _year(match[3], whole)
        if name in _MONTHS:
            if day is None:
                return _month_span(year, _MONTHS[name])
            return _day(year, _MONTHS[name], int(day), whole)
        return _unknown_month(name, whole)
    if match := re.fullmatch(r"([a-z]+)\.? (\d{1,2}),? (\d{4})", folded):
        if match[1] in _MONTHS:
            return _day(_year(match[3], whole), _MONTHS[match[1]], int(match[2]), whole)
        return _unknown_month(match[1], whole)
    if found := _relative(folded, today):
        return found
    if folded in _MONTHS:
        raise DateError(f"'{whole}' needs a year: '{text} 2024'")
    if match := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", folded):
        one, two = int(match[1]), int(match[2])
        raise DateError(
            f"'{whole}' is not a period: write {match[3]}-{two:02}-{one:02} for day/month "
            f"or {match[3]}-{one:02}-{two:02} for month/day"
        )
    raise DateError(f"'{whole}' is not a period")


def _unknown_month(name: str, whole: str) -> tuple[date, date]:
    close = difflib.get_close_matches(name, list(_MONTHS), n=1, cutoff=0.6)
    suggestion = f" (did you mean '{close[0]}'?)" if close else ""
    raise DateError(f"'{whole}': '{name}' is not a month name{suggestion}")


def parse_period(text: str, today: date | None = None) -> Period:
    """Parse what a date flag takes: a calendar period (the forms commands/usage.PERIOD_HINT lists once, under the
    error) or a range `A..B` (also EDTF's `A/B`) from
    the start of A to the end of B; `A..` and `..B` are open. Relative periods (`last week`) count from `today`."""
    _ascii_digits(text)
    cleaned = text.strip()
    if not cleaned:
        raise DateError("empty date")
    cleaned = cleaned.rstrip("~?%") if re.fullmatch(r"[\d-]+[~?%]", cleaned) else cleaned
    left, sep, right = cleaned.partition("..")
    if not sep and re.fullmatch(r"[^/]+/[^/]+", cleaned) and not re.fullmatch(r"\d{4}/\d{1,2}", cleaned):
        left, sep, right = cleaned.partition("/")
    if not sep:
        start, end = _single(cleaned, cleaned, today)
        return Period(cleaned, start, end)
    if not left.strip() and not right.strip():
        raise DateError(f"'{cleaned}' names no period")
    start = _single(left.strip(), cleaned, today)[0] if left.strip() else date.min
    end = _single(right.strip(), cleaned, today)[1] if right.strip() else date.max
    if end < start:
        raise DateError(f"'{cleaned}': the range ends ({right.strip()}) before it starts ({left.strip()})")
    return Period(cleaned, start, end)


def is_relative(text: str) -> bool:
    """Whether a period flag's text counts from today (`yesterday`, `last week`, `hier`, `..today`): what it
    resolved to is worth saying when it selects nothing (rev32 R18)."""
    try:
        parse_period(text)
    except DateError:
        return True
    return False


def _after_today(day: date, today: date) -> bool:
    """Whether `day` is after `today`, the day after aside (today already, in a time zone ahead of this one)."""
    return day > today + timedelta(days=1)


def retrieval_problem(day: str, published: FuzzyDate | None, today: date) -> str | None:
    """Why a source's `retrieved` day (YYYY-MM-DD) is none the article could have been read on, or None: no day of the
    calendar, before its publication, or after `today` (the day after in a time zone ahead of this one aside). One
    rule for `extract --retrieved` and `check`."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return "is no day of the calendar"
    if published is not None and when < published.start:
        return f"is before the article was published ({published.text})"
    return "is after today" if _after_today(when, today) else None


def publication_problem(published: FuzzyDate, today: date) -> str | None:
    """Why a source's `published` window is none an article at hand can have, or None: one whose end names a day or
    period after `today` (the day after aside, as for `retrieved`) claims an article from the future, and would move
    the day `--as-of` counts it from (rev26 M4). A month or year that holds today is not refused: it says no more
    than the article's month or year. One rule for `check`, `extract --published` and the date extract reads off
    the page."""
    if not _after_today(published.last.start, today):
        return None
    if published.start > today:
        return "is after today"
    return f"ends after today: end the window by today ({published.start.isoformat()}/{today.isoformat()})"
