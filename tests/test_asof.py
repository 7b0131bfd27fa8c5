"""`--as-of PERIOD` serves each event as the articles published by then told it (review 14, H4): only their quotes
and sources, in every output (listings, JSON, timeline, exports, the report, diff's new events), and the filters
and sorts that read articles or quotes read those alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from koursk_cli.export.formats import FORMATS
from tests.conftest import run
from tests.stores import StoreBuilder

EARLY = "Des troupes nord-coréennes sont à Koursk"
STRADDLING = "Un transfert discret vers Koursk"
LATE = "Des soldats tardifs combattent à Koursk"
LATER = "Un bilan de février à Koursk"
LATE_QUOTES = (STRADDLING, LATE, LATER)
AS_OF = ("--as-of", "2024-10-31")
KURSK = ("kursk-oblast",)  # on the map too (geojson)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """By 31 October only `oct-alpha` (28–31 Oct) is published: `oct-nov-beta` (20 Oct – 5 Nov) is not, nor
    `nov-gamma` (8 Nov) or `feb-delta` (February)."""
    root = tmp_path_factory.mktemp("asof")
    (
        StoreBuilder()
        .source("oct-alpha", "2024-10-28/2024-10-31")
        .source("oct-nov-beta", "2024-10-20/2024-11-05")
        .source("nov-gamma", "2024-11-08")
        .source("feb-delta", "2025-02")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk")
        .event(
            "deployed", "2024-10-20", "Troops deployed", ("oct-alpha", EARLY), ("nov-gamma", LATE), ("feb-delta", LATER)
        )
        .event(
            "moved",
            "2024-10-25",
            "Troops moved",
            ("oct-nov-beta", STRADDLING),
            ("oct-alpha", EARLY + " depuis"),
            places=KURSK,
        )
        .event("clashes", "2024-10-25", "First clashes", ("nov-gamma", LATE + " encore"), places=KURSK)
        .claim("early-10000", "oct-alpha", 10000, "2024-10")
        .claim("late-11000", "nov-gamma", 11000, "2024-10")  # conflicts with early-10000
        .write(root / "store")
    )
    return str(root / "store")


def koursk(store: str, *args: str) -> str:
    result = run("--data", store, *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_events_json_keeps_only_the_quotes_and_sources_published_by_then(store: str) -> None:
    rows = {row["id"]: row for row in json.loads(koursk(store, "events", *AS_OF, "--json"))}
    assert list(rows) == ["deployed", "moved"]  # `clashes` has no article published by then
    assert rows["deployed"]["sources"] == ["oct-alpha"]
    assert rows["deployed"]["evidence"] == [{"source": "oct-alpha", "quote": EARLY, "speaker": None}]
    assert rows["moved"]["sources"] == ["oct-alpha"]
    # first reported by `oct-alpha` as far as 31 October knew, not by the straddling article it has not yet counted
    assert (rows["moved"]["reported"], rows["moved"]["reported_start"]) == ("2024-10-28/2024-10-31", "2024-10-28")
    whole = {row["id"]: row for row in json.loads(koursk(store, "events", "--json"))}
    assert whole["deployed"]["sources"] == [
        "oct-alpha",
        "nov-gamma",
        "feb-delta",
    ]  # without --as-of, everything as stored
    assert whole["moved"]["reported"] == "2024-10-20/2024-11-05"


@pytest.mark.parametrize(
    "args",
    [
        ["events"],  # a pipe: one line per event
        ["events", "--jsonl"],
        ["events", "--fields", "id,sources,evidence", "--jsonl"],
        ["timeline", "--json"],
        ["timeline", "--jsonl"],
        *(["export", name] for name, exporter in FORMATS.items() if not exporter.writes_file),
        ["export", "csv", "--rows", "claims"],
        ["claims", "--json"],
        ["report", "-o", "-"],
    ],
    ids=" ".join,
)
def test_no_output_holds_a_later_article(store: str, args: list[str]) -> None:
    served = koursk(store, *args, *AS_OF)
    if args == ["timeline", "--json"]:  # its head names, by id alone, the article left out that may have been out
        head = json.loads(served)
        assert head.pop("as_of_left_out") == ["oct-nov-beta"]
        served = json.dumps(head, ensure_ascii=False)
    assert "oct-alpha" in served
    for text in (*LATE_QUOTES, "nov-gamma", "feb-delta", "oct-nov-beta", "late-11000"):
        assert text not in served, text
    assert "nov-gamma" in koursk(store, *args)  # the same command without --as-of names it


def test_the_terminal_listings_name_and_count_only_the_articles_published_by_then(store: str) -> None:
    listing = run("--data", store, "events", *AS_OF, tty=True).stdout
    assert "deployed · oct-alpha\n" in listing and "nov-gamma" not in listing
    timeline = run("--data", store, "timeline", *AS_OF, tty=True).stdout
    assert "Troops deployed  ·1" in timeline and "·3" not in timeline
    assert "·3" in run("--data", store, "timeline", tty=True).stdout
    assert "\tconfirmed\t1\tTroops deployed\n" in koursk(store, "timeline", *AS_OF)  # a pipe counts them too


def test_the_sqlite_export_holds_no_later_quote(store: str, tmp_path: Path) -> None:
    target = tmp_path / "asof.db"
    koursk(store, "export", "sqlite", "-o", str(target), *AS_OF)
    with sqlite3.connect(target) as db:
        evidence = db.execute("SELECT event_id, source_id FROM event_evidence ORDER BY event_id").fetchall()
        sources = db.execute("SELECT id FROM sources").fetchall()
        conflicts = db.execute("SELECT id, conflict_count FROM claims").fetchall()
    assert evidence == [("deployed", "oct-alpha"), ("moved", "oct-alpha")]
    assert sources == [("oct-alpha",)] and conflicts == [("early-10000", 0)]


def test_the_report_cites_counts_and_lists_only_the_articles_published_by_then(store: str) -> None:
    page = koursk(store, "report", "-o", "-", *AS_OF)
    assert "2 events, 1 figure, 1 source" in page  # rev37u U9: in its number
    assert (
        'id="source-oct-alpha"' in page and 'id="source-nov-gamma"' not in page and 'id="source-feb-delta"' not in page
    )
    assert "dates, date bases, statuses, titles and notes (of events, figures and articles) are the store's" in page
    assert "Known by" not in koursk(store, "report", "-o", "-")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--source", "nov-gamma"], []),  # reported by `nov-gamma`, which 31 October had not read
        (["--source", "oct-alpha"], ["deployed", "moved"]),
        (["--text", "tardifs"], []),  # words only in a later quote
        (["--text", "troupes"], ["deployed", "moved"]),
        (["--sort", "reported"], ["deployed", "moved"]),  # both first reported by `oct-alpha` then: by date
        (["--sort", "source", "--limit", "1"], ["deployed"]),  # not by `oct-nov-beta`
    ],
)
def test_filters_and_sorts_read_the_events_as_known_then(store: str, args: list[str], expected: list[str]) -> None:
    rows = json.loads(koursk(store, "events", *AS_OF, *args, "--json"))
    assert [row["id"] for row in rows] == expected


def test_a_date_diff_shows_new_events_with_the_quotes_of_the_new_articles(store: str) -> None:
    diff = json.loads(koursk(store, "diff", "--from", "2024-10-27", "--to", "2024-11-10", "--json"))
    assert {e["id"]: e["sources"] for e in diff["new_events"]} == {
        "deployed": ["oct-alpha", "nov-gamma"],
        "moved": ["oct-nov-beta", "oct-alpha"],  # `oct-nov-beta` straddles --from: known by 10 Nov, as --as-of says
        "clashes": ["nov-gamma"],
    }
    assert diff["maybe_known"] == {"events": [], "claims": [], "conflicts": []}  # each has an article wholly new
    assert LATER not in json.dumps(diff, ensure_ascii=False)


@pytest.mark.parametrize("command", ["events", "claims", "timeline", "export", "report"])
def test_the_help_says_what_as_of_keeps_and_what_it_does_not(command: str) -> None:
    """Wherever --as-of is offered (claims too: figures, their conflicts among those published by then), and what
    stays today's reading: notes, titles and the articles' own windows included (rev15 L1-L3)."""
    shown = " ".join(run(command, "--help").stdout.split())
    assert "the events and figures its articles report, each event with only their quotes and sources" in shown
    assert "titles and notes (of events, figures and articles) stay the store's reading" in shown


def test_a_figure_known_then_is_not_said_to_clash_with_a_later_one(store: str) -> None:
    known = json.loads(koursk(store, "claims", *AS_OF, "--json"))
    assert [(c["id"], c["conflict_count"], c["conflicts_with"]) for c in known] == [("early-10000", 0, [])]
    every = {c["id"]: c["conflicts_with"] for c in json.loads(koursk(store, "claims", "--json"))}
    assert every == {"early-10000": ["late-11000"], "late-11000": ["early-10000"]}


@pytest.mark.parametrize("command", ["events", "claims", "timeline"])
def test_as_of_names_the_articles_it_leaves_out_that_may_already_have_been_out(store: str, command: str) -> None:
    """rev32 R13: `--as-of` left out an article whose window straddles its day without a word (diff says it): a
    terminal's stderr names it in one line; a pipe's output is the same records, with nothing added."""
    shown = run("--data", store, command, *AS_OF, tty=True)
    assert shown.exit_code == 0, shown.stderr
    (line,) = [line for line in shown.stderr.splitlines() if "leaves out" in line]
    assert line == (
        "koursk: --as-of 31 Oct 2024 leaves out oct-nov-beta (published 20 Oct – 5 Nov 2024), which may already "
        "have been out: an article counts once its whole publication window has passed"
    )
    piped = run("--data", store, command, *AS_OF)
    assert "leaves out" not in piped.stderr
    # an article the filters leave out anyway is not named; a day no window straddles names none
    assert "leaves out" not in run("--data", store, command, *AS_OF, "--source", "oct-alpha", tty=True).stderr
    assert "leaves out" not in run("--data", store, command, "--as-of", "2024-11-30", tty=True).stderr


def test_timeline_json_names_the_articles_as_of_leaves_out(store: str) -> None:
    head = json.loads(koursk(store, "timeline", *AS_OF, "--json"))
    assert head["as_of_left_out"] == ["oct-nov-beta"]
    assert "as_of_left_out" not in json.loads(koursk(store, "timeline", "--json"))
