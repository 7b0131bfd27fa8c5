"""`timeline --by week` can be read (rev24 F11, rev25 N24): the week strip had no labels, so its first column had
no reference; an event dated only to a month sat under the week of the 1st as if it began then."""

from __future__ import annotations

from tests.conftest import run


def test_the_week_strip_names_its_first_and_last_week() -> None:
    lines = run("--no-color", "timeline", "--by", "week", "--since", "2024-12-20", "--until", "2025-01-31", tty=True)
    head = lines.stdout.splitlines()[:3]
    assert head[0].startswith("Events per week")
    assert head[2].startswith("2025-W01") and head[2].endswith("2025-W04"), head  # where events begin


def test_an_event_dated_to_a_month_says_so_in_a_weekly_timeline() -> None:
    args = ["timeline", "--by", "week", "--since", "2024-10", "--until", "2024-12"]
    out = " ".join(run("--no-color", *args, tty=True, width=100).stdout.split())
    said = "dated only to Dec 2024: told in its first week, it may begin in any week of it"
    assert f"troop rotation or further deployment ·1 {said}" in out
    assert "dated only to Oct 2024: told in its first week" in out
    monthly = " ".join(run("--no-color", "timeline", "--since", "2024-10", tty=True, width=100).stdout.split())
    assert "dated only to" not in monthly  # a month-dated event in a monthly timeline is where it belongs
