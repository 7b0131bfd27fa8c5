"""rev37u U6: an event dated only to a wide window was filed under the period its window starts in, and a reader
reads the heading as the date ("February 2022" over a remark dated only `2022-02/2024-11-10`). An event whose
window spans more than 92 days is told in no period but in a band after them, in every timeline: terminal, pipe,
JSON and the report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from koursk_cli.timeline import WIDE_DAYS
from tests.conftest import Run, run
from tests.stores import StoreBuilder

EVENTS = {  # id: date
    "early": "2024-02-10",
    "undated-remark": "2024-03-01/2024-11-10",  # 255 days: wide
    "one-quarter": "2024-08/2024-10-31",  # 92 days, the widest still told in its first month
    "just-wide": "2024-08-01/2024-11-01",  # 93 days
    "dated": "2024-11-07",
}
WIDE = ["undated-remark", "just-wide"]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    built = StoreBuilder().source("alpha", "2024-11-10")
    for n, (event_id, date) in enumerate(EVENTS.items()):
        built.event(event_id, date, f"Event {event_id}", ("alpha", f"Phrase {n} de l’article"))
    return built.write(tmp_path / "store")


def timeline(store: Path, *args: str, tty: bool = False) -> Run:
    result = run("--data", str(store), "--no-color", "timeline", *args, tty=tty)
    assert result.exit_code == 0, result.stderr
    return result


def test_the_threshold_is_three_calendar_months() -> None:
    assert WIDE_DAYS == 92  # Jul-Sep and Oct-Dec, the longest three months: "one-quarter" keeps its heading


def test_a_pipe_files_a_wide_window_under_wide_after_the_periods(store: Path) -> None:
    rows = [line.split("\t") for line in timeline(store).stdout.splitlines()]
    assert [(row[0], row[1]) for row in rows] == [
        ("2024-02", "early"),
        ("2024-08", "one-quarter"),
        ("2024-11", "dated"),
        ("wide", "undated-remark"),
        ("wide", "just-wide"),
    ]
    years = [line.split("\t")[:2] for line in timeline(store, "--by", "year").stdout.splitlines()]
    assert [row for row in years if row[0] == "2024"] == [["2024", "early"], ["2024", "one-quarter"], ["2024", "dated"]]


def test_the_json_ends_with_the_wide_band_spanning_its_events(store: Path) -> None:
    periods = timeline(store, "--json", "--fields", "id").json()["periods"]
    band = periods[-1]
    assert band == {
        "period": "wide",
        "start": "2024-03-01",
        "end": "2024-11-10",
        "count": 2,
        "ongoing": [],
        "events": [{"id": "undated-remark"}, {"id": "just-wide"}],
    }
    told = [event["id"] for period in periods[:-1] for event in period["events"]]
    assert told == ["early", "one-quarter", "dated"]
    assert {p["period"]: p["count"] for p in periods}["2024-03"] == 0  # where the remark's window starts
    lines = timeline(store, "--jsonl", "--fields", "id").jsonl()
    assert lines[-1] == band


def test_a_terminal_lists_the_band_last_and_no_month_heads_a_wide_window(store: Path) -> None:
    out = timeline(store, tty=True).stdout
    heading = "Dated only to more than three months, so in no period above: 1 Mar 2024 – 10 Nov 2024  2 events"
    assert heading in out
    head, _, band = out.partition(heading)
    assert "Event undated-remark" in band and "Event just-wide" in band and "Event dated" not in band
    assert "Event undated-remark" not in head and "Mar 2024  " not in head
    # the months between say what of the band may fall in them, not "nothing reported"
    assert "┆ Mar 2024 – Jul 2024 (5 months): nothing begins here; 1 dated only loosely below may fall in it" in head
    assert "Sep 2024 – Oct 2024 (2 months): nothing begins here; 1 above may reach it; 2 dated only loosely" in head
    assert "Aug 2024  1 event" in head  # one-quarter, 92 days, keeps its first month


def test_an_event_begun_before_since_stays_in_the_began_before_group(store: Path) -> None:
    out = timeline(store, "--since", "2024-09", tty=True).stdout
    assert "Began, or may have happened, before 1 Sep 2024  3 events" in out
    assert "Dated only to more than three months" not in out
    rows = [line.split("\t")[:2] for line in timeline(store, "--since", "2024-09").stdout.splitlines()]
    assert rows == [
        ["before", "undated-remark"],
        ["before", "one-quarter"],
        ["before", "just-wide"],
        ["2024-11", "dated"],
    ]


def test_french_heading(store: Path) -> None:
    out = run("--data", str(store), "--no-color", "--lang", "fr", "timeline", tty=True).stdout
    assert "Datés seulement à plus de trois mois près, donc dans aucune période : 1 mars 2024 – 10 nov. 2024" in out


def test_the_report_puts_the_wide_band_in_its_last_section(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run("--data", str(store), "report", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    sections = re.findall(r'<section class="period" id="period-([^"]+)"', page)
    assert sections == ["2024-02", "2024-08", "2024-11", "wide"]
    band = page[page.index('id="period-wide"') :]
    assert re.findall(r'<li class="event" id="event-([^"]+)"', band) == WIDE
    assert "Dated only to a window of more than three months" in band and "1 Mar 2024 and 10 Nov 2024" in band
    gaps = re.findall(r'<p class="gap">([^<]+)</p>', page)
    assert gaps == [
        "Nothing dated to March 2024 – July 2024; 1 dated only to a wide window (last section) may fall in it.",
        "Nothing dated to September 2024 – October 2024; 2 dated only to a wide window (last section) may fall in it.",
    ]
    listed = json.loads(run("--data", str(store), "events", "--json").stdout)
    assert sorted(re.findall(r'<li class="event" id="event-([^"]+)"', page)) == sorted(e["id"] for e in listed)
