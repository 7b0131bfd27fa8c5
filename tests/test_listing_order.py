"""rev37u U5 and U7: one order in every view, and `-n N` cuts what is shown. A terminal listed the events that began
before --since last, `timeline` and pipes first; `-n` cut the date order and the terminal then regrouped it, so
`events --since 2024-11 --until 2024-11 -n 6` showed six carry-overs under a heading at the bottom and said nothing of
November's twelve. Now the began-before group comes first everywhere (last under --sort -date, where the earliest
go), and -n takes the first N rows of that listing and says what it left out of each group."""

from __future__ import annotations

import re

import pytest

from tests.conftest import run

PERIOD = ("--since", "2024-11", "--until", "2024-11")
HEADING = "Began, or may have happened, before 1 Nov 2024"


def _shown_ids(stdout: str, known: list[str]) -> list[str]:
    """The event ids in the order a terminal listing prints them (each stands at the start of its own line)."""
    wanted = set(known)
    return [m.group(1) for m in re.finditer(r"^\s*([a-z0-9-]+) ·", stdout, re.M) if m.group(1) in wanted]


@pytest.mark.parametrize("sort", ["date", "-date", "title"])
def test_limit_keeps_the_first_rows_of_the_terminals_listing(sort: str) -> None:
    everything = run("events", *PERIOD, "--sort", sort, "--json").json()
    ids = [e["id"] for e in everything]
    full = run("events", *PERIOD, "--sort", sort, tty=True, width=200)
    order = _shown_ids(full.stdout, ids)
    assert sorted(order) == sorted(ids)
    for n in (3, 6, 20):
        cut = run("events", *PERIOD, "--sort", sort, "-n", str(n), tty=True, width=200)
        assert _shown_ids(cut.stdout, ids) == order[:n], (sort, n)


def test_the_began_before_group_comes_first_on_a_terminal_as_in_a_pipe_and_the_timeline() -> None:
    piped = [line.split("\t")[0] for line in run("events", *PERIOD).stdout.splitlines()]
    terminal = run("events", *PERIOD, tty=True, width=200).stdout
    assert _shown_ids(terminal, piped) == piped
    head, _, rest = terminal.partition(HEADING)
    assert rest and "zelensky-budapest-11000" not in head  # the heading opens the listing
    timeline = run("timeline", *PERIOD, tty=True, width=200).stdout
    assert timeline.index(HEADING) < timeline.index("Nov 2024  ")


def test_the_limit_notice_says_what_each_group_lost() -> None:
    everything = run("events", *PERIOD, "--json").json()
    before = sum(e["start"] < "2024-11-01" for e in everything)
    after = len(everything) - before
    assert before > 6 and after > 0
    shown = run("events", *PERIOD, "-n", "6", tty=True, width=200).stdout
    assert (
        f"6 of {len(everything)} events shown (--limit 6); left out: {before - 6} more that began before 1 Nov 2024 "
        f"and {after} from 1 Nov 2024 on; drop it to see them all"
    ) in shown
    late = run("events", *PERIOD, "-n", str(before + 2), tty=True, width=200).stdout
    assert f"left out: {after - 2} more from 1 Nov 2024 on;" in late and "that began before" not in late
