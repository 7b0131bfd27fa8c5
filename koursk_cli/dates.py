"""Fuzzy dates: the EDTF subset the store uses, and the periods that `--since`/`--until` take.

Pure functions only. Bounds are inclusive days; qualifiers (`~` approximate, `?` uncertain, `%` both) are carried
as flags and never widen the bounds, so filtering is predictable and matches `edtf`'s strict bounds.
"""

import re
from datetime import date
from enum import StrEnum
from typing import NamedTuple


def days_in_month(year: int, month: int) -> int:
    """What calendar.monthrange(year, month)[1] gives, without importing calendar on every run."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


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
        return min(self.first.precision, self.last.precision, key=lambda p: p.rank)

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


def parse_edtf(text: str) -> FuzzyDate:
    """Parse a store date: a point or a closed interval `A/B`."""
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
    return FuzzyDate(cleaned, first, last)


class Period(NamedTuple):
    """A calendar period given on the command line (`2024`, `2024-10`, `2024-10-05`)."""

    text: str
    start: date
    end: date


def parse_period(text: str) -> Period:
    """Parse a `--since`/`--until` value; qualifiers and intervals are not accepted here."""
    cleaned = text.strip()
    if not cleaned:
        raise DateError(f"empty date ({_PERIOD_HELP})")
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", cleaned):
        raise DateError(f"'{cleaned}' is not a date ({_PERIOD_HELP})")
    point = _point(cleaned, cleaned)
    return Period(cleaned, point.start, point.end)
