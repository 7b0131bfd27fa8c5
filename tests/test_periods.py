"""The periods date flags take (weeks, quarters, month names, ranges, relative periods), against independent
oracles: `date.isocalendar()` for ISO weeks, the `calendar` module for months and quarters, and day-by-day
enumeration for `--within` and overlap."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.dates import DateError, parse_period
from koursk_cli.humanize import human_day
from tests.conftest import run

TODAY = date(2026, 11, 30)  # a Monday

FRENCH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]  # fmt: skip
years = st.integers(1900, 2100)


def weeks_in(year: int) -> int:
    return max(date(year, 12, d).isocalendar()[1] for d in range(25, 32))


@given(
    years | st.integers(1, 9999) | st.sampled_from([1, 9999]),
    st.integers(1, 53),
    st.sampled_from(["{y:04d}-W{w:02d}", "{y:04d}W{w:02d}", "{y:04d}-w{w}"]),
)
def test_an_iso_week_is_the_seven_days_isocalendar_puts_in_it(year: int, week: int, form: str) -> None:
    text = form.format(y=year, w=week)
    if week > weeks_in(year):
        with pytest.raises(DateError, match="no ISO week"):
            parse_period(text)
        return
    if (year, week) == date.max.isocalendar()[:2] and date.max.isoweekday() != 7:  # 9999-W52 ends in 10000
        with pytest.raises(DateError, match="ends after 31 Dec 9999"):
            parse_period(text)
        return
    period = parse_period(text)
    days = [period.start + timedelta(n) for n in range((period.end - period.start).days + 1)]
    assert len(days) == 7
    assert all(d.isocalendar()[:2] == (year, week) for d in days)
    assert period.start == date.min or (period.start - timedelta(1)).isocalendar()[:2] != (year, week)
    assert period.end == date.max or (period.end + timedelta(1)).isocalendar()[:2] != (year, week)


@given(years, st.integers(1, 4), st.sampled_from(["{y}Q{q}", "{y}-Q{q}", "{y}-q{q}", "Q{q} {y}"]))
def test_a_quarter_is_its_three_calendar_months(year: int, q: int, form: str) -> None:
    period = parse_period(form.format(y=year, q=q))
    first = 3 * q - 2
    assert period.start == date(year, first, 1)
    assert period.end == date(year, first + 2, calendar.monthrange(year, first + 2)[1])


@given(years, st.integers(1, 12), st.sampled_from(["en-abbr", "en-full", "fr", "fr-upper"]))
def test_month_names_in_english_and_french_name_that_month(year: int, month: int, style: str) -> None:
    name = {
        "en-abbr": calendar.month_abbr[month],
        "en-full": calendar.month_name[month],
        "fr": FRENCH[month - 1],
        "fr-upper": FRENCH[month - 1].upper(),
    }[style]
    period = parse_period(f"{name} {year}")
    assert (period.start, period.end) == (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_a_day_written_any_usual_way_is_that_day(day: date) -> None:
    forms = [
        day.isoformat(),
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.day} {FRENCH[day.month - 1]} {day.year}",
        f"{day.day} {calendar.month_abbr[day.month]} {day.year}",
        f"{calendar.month_name[day.month]} {day.day}, {day.year}",
    ]
    for text in forms:
        assert parse_period(text)[1:] == (day, day), text


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_a_range_runs_from_the_start_of_one_period_to_the_end_of_the_other(a: date, b: date) -> None:
    a, b = sorted((a, b))
    left, right = f"{a.year}-{a.month:02d}", b.isoformat()
    for text in (f"{left}..{right}", f"{left}/{right}", f"{left} .. {right}"):
        period = parse_period(text)
        assert (period.start, period.end) == (date(a.year, a.month, 1), b)
    assert parse_period(f"{left}..").end == date.max
    assert parse_period(f"..{right}").start == date.min


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("today", "2026-11-30", "2026-11-30"),
        ("yesterday", "2026-11-29", "2026-11-29"),
        ("hier", "2026-11-29", "2026-11-29"),
        ("this week", "2026-11-30", "2026-12-06"),
        ("last week", "2026-11-23", "2026-11-29"),
        ("la semaine dernière", "2026-11-23", "2026-11-29"),
        ("next week", "2026-12-07", "2026-12-13"),
        ("last month", "2026-10-01", "2026-10-31"),
        ("le mois dernier", "2026-10-01", "2026-10-31"),
        ("next month", "2026-12-01", "2026-12-31"),
        ("this quarter", "2026-10-01", "2026-12-31"),
        ("last quarter", "2026-07-01", "2026-09-30"),
        ("next quarter", "2027-01-01", "2027-03-31"),
        ("last year", "2025-01-01", "2025-12-31"),
        ("l'année dernière", "2025-01-01", "2025-12-31"),
    ],
)
def test_relative_periods_count_from_today(text: str, start: str, end: str) -> None:
    period = parse_period(text, today=TODAY)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


@given(st.dates(date(1901, 1, 1), date(2099, 12, 31)))
def test_last_week_is_the_iso_week_before_todays(today: date) -> None:
    period = parse_period("last week", today=today)
    year, week, _ = (today - timedelta(days=7)).isocalendar()
    assert period == parse_period("last week", today=today)
    assert (period.start, period.end) == parse_period(f"{year}-W{week:02d}")[1:]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nov", "needs a year"),
        ("novembr 2024", "did you mean 'novembre'?"),
        ("2024-W53", "2024 has no ISO week 53"),
        ("9999-W53", "9999 has no ISO week 53 (it has 52)"),
        ("9999-W52", "ISO week 52 of 9999 ends after 31 Dec 9999"),
        ("2024-11..2024-10", "ends (2024-10) before it starts (2024-11)"),
        ("31 nov 2024", "day 31 does not exist"),
    ],
)
def test_bad_periods_say_why(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        parse_period(text, today=TODAY)


# Through the CLI


def ids(*args: str) -> list[str]:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return [event["id"] for event in result.json()]


PERIOD_DAYS = {
    "2024-W45": ("2024-11-04", "2024-11-10"),
    "2024Q4": ("2024-10-01", "2024-12-31"),
    "nov 2024": ("2024-11-01", "2024-11-30"),
    "novembre 2024": ("2024-11-01", "2024-11-30"),
    "2024-11-01..2024-11-15": ("2024-11-01", "2024-11-15"),
}
"""Each period form of docs/dates.md with its first and last day."""


def _last_week() -> tuple[str, str]:
    """The ISO week before today's, as `last week` means on this machine."""
    monday = date.today() - timedelta(days=date.today().weekday() + 7)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def _same(args: tuple[str, ...], days: tuple[str, ...]) -> bool:
    """Whether a command with a period form prints what it prints with the form's days instead."""
    given, plain = run(*args), run(*days)
    assert given.exit_code == plain.exit_code == 0, given.stderr
    return given.stdout == plain.stdout != ""


def test_every_period_form_works_in_every_date_flag() -> None:
    """Each form selects what its days select: `--since` from its first day, `--until` and `--as-of` to its last,
    `--within` the events lying inside it (rev21 B6: an exit status alone also passed a form that matched
    nothing)."""
    every = run("events", "--json").json()
    for form, (first, last) in {**PERIOD_DAYS, "last week": _last_week()}.items():
        assert ids("events", "--since", form) == ids("events", "--since", first), form
        assert ids("events", "--until", form) == ids("events", "--until", last), form
        assert ids("events", "--as-of", form) == ids("events", "--as-of", last), form
        inside = [e["id"] for e in every if first <= e["start"] and e["end"] <= last]
        assert ids("events", "--within", form) == inside, form
        assert form == "last week" or (ids("events", "--since", form) and ids("events", "--until", form) and inside)
    for flag, day in (("--since", 0), ("--until", 1)):
        week, quarter, month = (PERIOD_DAYS[form][day] for form in ("2024-W45", "2024Q4", "nov 2024"))
        assert _same(("timeline", flag, "2024-W45", "--json"), ("timeline", flag, week, "--json")), flag
        assert _same(("sources", flag, "nov 2024", "--json"), ("sources", flag, month, "--json")), flag
        assert _same(("export", "csv", flag, "2024Q4"), ("export", "csv", flag, quarter)), flag
    # diff's --from, like --to, is the state known by the period's last day (2024-W44 ends on 3 November)
    assert _same(
        ("diff", "--from", "2024-W44", "--to", "novembre 2024", "--json"),
        ("diff", "--from", "2024-11-03", "--to", "2024-11-30", "--json"),
    )


def test_a_week_written_as_iso_week_is_the_same_as_its_days() -> None:
    assert ids("events", "--since", "2024-W45", "--until", "2024-W45") == ids(
        "events", "--since", "2024-11-04", "--until", "2024-11-10"
    )
    assert ids("events", "--since", "2024-11-04..2024-11-10") == ids("events", "--since", "2024-11-04")


def test_within_keeps_only_the_events_inside_the_period() -> None:
    overlapping = run("events", "--since", "2024-W45", "--until", "2024-W45", "--json").json()
    within = run("events", "--within", "2024-W45", "--json").json()
    assert {e["id"] for e in within} < {e["id"] for e in overlapping}
    inside = [e["id"] for e in overlapping if e["start"] >= "2024-11-04" and e["end"] <= "2024-11-10"]
    assert [e["id"] for e in within] == inside
    assert within  # the week's own news (the review counted 12 of 22 in the seeds by hand with jq)


def test_within_refuses_since_and_until() -> None:
    result = run("events", "--within", "2024-W45", "--since", "2024-11")
    assert result.exit_code == 2
    assert "--within cannot be used with --since or --until" in result.stderr


def test_a_terminal_lists_ongoing_events_apart() -> None:
    result = run("events", "--since", "2024-W45", "--until", "2024-W45", tty=True, width=120)
    assert result.exit_code == 0
    overlapping = run("events", "--since", "2024-W45", "--until", "2024-W45", "--json").json()
    ongoing = [e for e in overlapping if e["start"] < "2024-11-04"]
    before, _, after = result.stdout.partition("Began, or may have happened, before 4 Nov 2024")
    assert after, result.stdout
    assert f"{len(ongoing)} events" in after.splitlines()[0]
    assert not before.strip()  # rev37u U7: the group comes first, as in `timeline` and in pipes
    assert after.index("russia-north-korea-rapprochement") < after.index("zelensky-budapest-11000")
    assert f"{len(overlapping)} events" in result.stdout


def test_events_and_timeline_head_the_events_reaching_back_alike_and_claim_no_duration() -> None:
    """rev21 A14: an interval is also "some day in A–B" (Dougherty's remark is dated Feb 2022 – 10 Nov 2024 only by
    what the text allows), so neither view calls these events ongoing or still under way, and both say it alike."""
    events = run("events", "--since", "2024-10", tty=True, width=100).stdout
    timeline = run("timeline", "--since", "2024-10", tty=True, width=100).stdout
    heading = "Began, or may have happened, before 1 Oct 2024  5 events"
    assert heading in events.splitlines() and heading in timeline.splitlines()
    assert not [line for line in (events + timeline).splitlines() if "Ongoing" in line or "still under way" in line]
    assert "dougherty-freeze-assessment" in events.partition(heading)[2]


def test_timeline_shows_ongoing_events_apart_and_names_them_in_json() -> None:
    shown = run("timeline", "--by", "week", "--since", "2024-W45", "--until", "2024-W45", tty=True, width=120)
    heading, _, periods = shown.stdout.partition("2024-W45 · 4–10 Nov 2024")
    assert (
        "Began, or may have happened, before 4 Nov 2024" in heading and "Russia and North Korea draw closer" in heading
    )
    assert "Russia and North Korea draw closer" not in periods
    data = run("timeline", "--by", "week", "--since", "2024-W45", "--until", "2024-W45", "--json").json()
    assert "russia-north-korea-rapprochement" in data["ongoing"]
    overlapping = run("events", "--since", "2024-W45", "--until", "2024-W45", "--json").json()
    assert sorted(data["ongoing"]) == sorted(e["id"] for e in overlapping if e["start"] < "2024-11-04")


def test_a_bad_period_names_the_flag_and_the_forms() -> None:
    result = run("events", "--since", "novembr 2024")
    assert result.exit_code == 2
    assert "invalid value for --since" in result.stderr
    assert "did you mean 'novembre'?" in result.stderr
    assert "hint: periods look like" in result.stderr


@pytest.mark.parametrize("period", ["foo", "..", "4/11/2024"])
def test_a_bad_period_lists_the_forms_once(period: str) -> None:
    """rev25 N14: the error line and the hint each listed the forms; the list is the hint's alone now, and a
    slashed date is answered with the two ISO dates it may mean."""
    result = run("events", "--since", period)
    assert result.exit_code == 2
    assert result.stderr.count("2024-W45") == 1 and "hint: periods look like" in result.stderr
    if period == "4/11/2024":
        assert "write 2024-11-04 for day/month or 2024-04-11 for month/day" in result.stderr


def test_the_dates_doc_lists_every_form_the_help_names() -> None:
    from tests.conftest import REPO

    doc = (REPO / "docs" / "dates.md").read_text(encoding="utf-8")
    for form in ("2024-W45", "2024Q4", "nov 2024", "novembre 2024", "..", "last week", "--within", "may have happened"):
        assert form in doc, form
    assert "koursk docs dates" in run("events", "-h").stdout


@pytest.mark.parametrize("days", [1, 7, 31])
def test_max_span_keeps_the_events_known_that_precisely(days: int) -> None:
    """Issue 17 F21 and review §4.3: month-long banners in an ICS, events known only to the month in a week's
    news; --max-span DAYS keeps events whose date spans at most DAYS days, in every event command."""
    every = run("events", "--json").json()
    kept = run("events", "--max-span", str(days), "--json").json()
    expected = [
        e["id"] for e in every if (date.fromisoformat(e["end"]) - date.fromisoformat(e["start"])).days + 1 <= days
    ]
    assert [e["id"] for e in kept] == expected
    assert 0 < len(expected) < len(every)
    exported = run("export", "ics", "--max-span", str(days)).stdout
    assert exported.count("BEGIN:VEVENT") == len(expected)
    periods = run("timeline", "--max-span", str(days), "--json").json()["periods"]
    assert sorted(e["id"] for p in periods for e in p["events"]) == sorted(expected)


def test_max_span_means_nothing_for_claims() -> None:
    assert run("claims", "--max-span", "3").exit_code == 2
    refused = run("export", "csv", "--rows", "claims", "--max-span", "3")
    assert refused.exit_code == 2
    assert "drop --max-span" in refused.stderr


@pytest.mark.parametrize(
    ("args", "noun"),
    [
        (["events", "--since", "yesterday"], "events"),
        (["timeline", "--since", "hier"], "events"),
        (["claims", "troops", "--since", "yesterday"], "claims on 'troops'"),
    ],
)
def test_a_period_in_words_that_selects_nothing_says_what_it_resolved_to(args: list[str], noun: str) -> None:
    """rev32 R18: `events --since yesterday` said "No events match these filters." alone, a day nearly two years
    after the store's last article: it now says the day it read and when the articles were published."""
    shown = run(*args, tty=True)
    assert shown.exit_code == 0, shown.stderr
    yesterday = human_day(date.today() - timedelta(days=1))
    assert shown.stderr.strip() == (
        f"No {noun} match these filters ({args[-2]} {args[-1]} is {yesterday}; the store's articles were published "
        "13 Oct 2024 – 28 Feb 2025)."
    )
    plain = "No events match these filters." if args[0] != "claims" else "No claims match these filters."
    assert run(args[0], "--since", "2026-01", tty=True).stderr.strip() == plain  # a calendar period: said as given
