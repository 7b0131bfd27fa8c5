"""The date core: EDTF bounds against the `edtf` package as an independent oracle, and the flag periods."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from edtf import parse_edtf as oracle_parse
from edtf import struct_time_to_date
from hypothesis import assume, given
from hypothesis import strategies as st

from koursk_cli.dates import DateError, Precision, days_in_month, overlaps, parse_edtf, parse_period


@st.composite
def edtf_points(draw: st.DrawFn, year: int | None = None, qualifiers: tuple[str, ...] = ("", "", "~", "?", "%")) -> str:
    """A year, month or day (in `year`, or any from 1900 to 2100) followed by one of `qualifiers`."""
    year = draw(st.integers(1900, 2100)) if year is None else year
    precision = draw(st.sampled_from(["year", "month", "day"]))
    text = f"{year:04d}"
    if precision != "year":
        month = draw(st.integers(1, 12))
        text += f"-{month:02d}"
        if precision == "day":
            text += f"-{draw(st.integers(1, calendar.monthrange(year, month)[1])):02d}"
    return text + draw(st.sampled_from(qualifiers))


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    first = draw(edtf_points())
    if draw(st.booleans()):
        return first
    second = draw(edtf_points())
    a, b = parse_edtf(first), parse_edtf(second)
    text = f"{first}/{second}" if a.start <= b.end else f"{second}/{first}"
    assume(store_takes(text))
    return text


def store_takes(text: str) -> bool:
    """Whether the store takes an EDTF date: an interval whose ends overlap (`2024-11/2024-11-01`) is refused."""
    try:
        parse_edtf(text)
    except DateError:
        return False
    return True


@given(edtf_dates())
def test_bounds_match_the_edtf_package(text: str) -> None:
    ours = parse_edtf(text)
    theirs = oracle_parse(text)
    assert ours.start == struct_time_to_date(theirs.lower_strict())
    assert ours.end == struct_time_to_date(theirs.upper_strict())
    assert ours.start <= ours.end


@given(edtf_dates())
def test_qualifiers_never_change_bounds(text: str) -> None:
    plain = parse_edtf(text.replace("~", "").replace("?", "").replace("%", ""))
    assert (parse_edtf(text).start, parse_edtf(text).end) == (plain.start, plain.end)


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.sampled_from(["year", "month", "day"]))
def test_a_period_covers_exactly_its_calendar_span(day: date, precision: str) -> None:
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}", "day": day.isoformat()}[precision]
    period = parse_period(text)
    assert period.start <= day <= period.end
    if precision == "day":
        assert period.start == period.end == day
    if precision == "month":
        assert period.start.day == 1 and (period.end + timedelta(days=1)).day == 1


@given(st.integers(1, 9999), st.integers(1, 12))
def test_days_in_month_agrees_with_the_calendar_module(year: int, month: int) -> None:
    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


@given(st.dates(), st.dates(), st.dates(), st.dates())
def test_overlap_is_symmetric_and_agrees_with_a_day_count(a: date, b: date, c: date, d: date) -> None:
    a, b = sorted((a, b))
    c, d = sorted((c, d))
    assert overlaps(a, b, c, d) == overlaps(c, d, a, b)
    shared = min(b, d).toordinal() - max(a, c).toordinal() + 1
    assert overlaps(a, b, c, d) == (shared > 0)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2024-11-07", "2024-11-07", "2024-11-07", Precision.DAY),
        ("2024-10", "2024-10-01", "2024-10-31", Precision.MONTH),
        ("2024-02", "2024-02-01", "2024-02-29", Precision.MONTH),
        ("2022", "2022-01-01", "2022-12-31", Precision.YEAR),
        ("2024-10-08/2024-10-13", "2024-10-08", "2024-10-13", Precision.DAY),
        ("2025-01-11~/2025-01-20~", "2025-01-11", "2025-01-20", Precision.DAY),
        ("2023-09/2024-11-04", "2023-09-01", "2024-11-04", Precision.MONTH),
    ],
)
def test_store_dates(text: str, start: str, end: str, precision: Precision) -> None:
    parsed = parse_edtf(text)
    assert (parsed.start.isoformat(), parsed.end.isoformat(), parsed.precision) == (start, end, precision)


def test_qualifier_flags() -> None:
    assert parse_edtf("2025-02~").approximate and not parse_edtf("2025-02~").uncertain
    assert parse_edtf("2024-10-28?").uncertain and not parse_edtf("2024-10-28?").approximate
    both = parse_edtf("2024-06%")
    assert both.approximate and both.uncertain


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13", "month 13"),
        ("2024-02-30", "day 30 does not exist"),
        ("2024-11-13/2024-10-08", "ends (2024-10-08) before it starts"),
        ("../2024-11-06", "open or unknown"),
        ("/2024-11-06", "open or unknown"),
        ("07/11/2024", "not a supported EDTF date"),
        ("", "empty"),
    ],
)
def test_bad_store_dates_say_why(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_edtf(text)


@pytest.mark.parametrize(
    "text", ["2024-13", "soon", "", "24-10", "nov", "2024-W54", "2024Q5", "..", "2024-11..2024-10", "0000-W01"]
)
def test_periods_refuse_what_names_no_calendar_span(text: str) -> None:
    with pytest.raises(DateError):
        parse_period(text)
