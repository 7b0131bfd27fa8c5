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


def test_a_pipe_files_the_events_begun_before_since_under_before_as_a_terminal_lists_them_apart() -> None:
    """rev32 R18: `timeline --since 2024-11 | …` gave the events a terminal lists under « Began, or may have happened,
    before 1 Nov 2024 » the period 2024-11, so grouping by the first column counted them as November's."""
    for by in ("month", "week"):
        rows = [line.split("\t") for line in run("timeline", "--since", "2024-11", "--by", by).stdout.splitlines()]
        before = [row[1] for row in rows if row[0] == "before"]
        assert before and all(row[3] < "2024-11-01" for row in rows if row[0] == "before")
        assert all(row[3] >= "2024-11-01" for row in rows if row[0] != "before")
        assert rows[: len(before)] == [row for row in rows if row[0] == "before"]  # first, in date order
        ongoing = run("timeline", "--since", "2024-11", "--by", by, "--json").json()["ongoing"]
        assert before == ongoing  # the JSON's « ongoing »
    assert "before" not in {line.split("\t")[0] for line in run("timeline").stdout.splitlines()}  # no --since
