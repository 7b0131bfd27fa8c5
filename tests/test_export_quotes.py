"""`koursk export csv --rows quotes` (review R8): one row per quote, as `koursk cite ID --json` gives each, so an
analyst checks every quote against its article, or takes the citations into a spreadsheet, without flattening JSON.
The oracle is what the other listings say: each event's `evidence` in `events --json`, each claim's `quote` in
`export csv --rows claims`, under the same filters."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import run
from tests.stores import StoreBuilder

FORMULA = "=HYPERLINK(1) disent les troupes"
DASHED = "-12 000 soldats selon @nis"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles (one with an outlet), events of one and two quotes (one with its speaker recorded), a quote a
    spreadsheet would run as a formula, and claims on two measures."""
    builder = (
        StoreBuilder()
        .source("alpha", "2024-10-28", outlet="Le Monde")
        .source("beta", "2024-11-08/2024-11-09")
        .entity("rutte", "person", "Mark Rutte")
        .entity("nis", "agency", "NIS")
        .event("one", "2024-10-28", "One", ("alpha", "Rutte a confirmé lundi", "rutte"), actors=("rutte",))
        .event(
            "two", "2024-11-08", "Two", ("beta", "Des soldats à Koursk"), ("alpha", "Déjà à Koursk, dit-on"),
            tags=("front",), status="alleged",
        )
        .event("three", "2024-11-09", "Three", ("beta", FORMULA), ("beta", DASHED), tags=("front",))
        .claim("c-12000", "alpha", 12000, "2024-10-28", asserted_by=("nis",), kind="approximate")
        .claim("c-1500", "beta", 1500, "2024-11-08", measure="in-kursk", quote="« 1 500 » hommes à Koursk")
    )  # fmt: skip
    return builder.write(tmp_path_factory.mktemp("quotes") / "store")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _undefused(cell: str) -> str:
    """A cell as its text was before the CSV's guard against formulas (csvfmt.defuse) put an apostrophe before it."""
    return cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@") else cell


def _data(store: Path | None) -> tuple[str, ...]:
    return ("--data", str(store)) if store else ()  # None: the shipped store


def _exported(store: Path | None, *flags: str) -> list[dict[str, str]]:
    result = run(*_data(store), "export", "csv", "--rows", "quotes", *flags)
    assert result.exit_code == 0, result.stderr
    return _rows(result.stdout)


def _expected(store: Path | None, *flags: str) -> list[tuple[str, str, int, str, str]]:
    """(record, kind, number, source, quote) of every quote: the events' in `events --json` order, each event's in
    its order, then the claims' as `export csv --rows claims` lists them."""
    events = run(*_data(store), "events", *flags, "--json")
    assert events.exit_code == 0, events.stderr
    quotes = [
        (e["id"], "event", n, v["source"], v["quote"]) for e in events.json() for n, v in enumerate(e["evidence"], 1)
    ]
    unsorted = [part for n, part in enumerate(flags) if "--sort" not in flags[max(n - 1, 0) : n + 1]]
    claims = run(*_data(store), "export", "csv", "--rows", "claims", *unsorted)  # --sort orders the events alone
    assert claims.exit_code == 0, claims.stderr
    return quotes + [(c["id"], "claim", 1, c["source"], _undefused(c["quote"])) for c in _rows(claims.stdout)]


def _found(rows: list[dict[str, str]]) -> list[tuple[str, str, int, str, str]]:
    return [(r["record"], r["kind"], int(r["number"]), r["source"], _undefused(r["quote"])) for r in rows]


FILTERS = [(), ("--since", "2024-11"), ("--source", "alpha"), ("--actor", "rutte"), ("--status", "alleged")]


@pytest.mark.parametrize("flags", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_one_row_per_quote_of_the_events_then_the_claims(store: Path, flags: tuple[str, ...]) -> None:
    assert _found(_exported(store, *flags)) == _expected(store, *flags)


_FLAGS = st.lists(
    st.sampled_from(
        [
            ("--since", "2024-11"),
            ("--until", "2024-11-08"),
            ("--source", "beta"),
            ("--actor", "nis"),
            ("--status", "confirmed"),
            ("--text", "koursk"),
            ("--as-of", "2024-10-30"),
            ("--limit", "1"),
            ("--claim", "troops/in-kursk"),
            ("--sort", "-date"),
        ]
    ),
    max_size=3,
    unique=True,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=_FLAGS)
def test_every_quote_listed_is_in_exactly_one_row(store: Path, chosen: list[tuple[str, str]]) -> None:
    """Property: under any filters, the rows are the quotes of the JSON listings, each once, in their order."""
    flags = tuple(part for flag in chosen for part in flag)
    if "--claim" in flags:  # narrows the claims alone: the events' quotes are those of the other filters
        rest = tuple(part for flag in chosen if flag[0] != "--claim" for part in flag)
        listed = tuple(part for flag in chosen if flag[0] not in ("--claim", "--sort") for part in flag)
        selected = run("--data", str(store), "export", "csv", "--rows", "claims", *listed, "--claim", "troops/in-kursk")
        assert selected.exit_code == 0, selected.stderr
        claims = _rows(selected.stdout)
        assert {r["record"] for r in _exported(store, *flags) if r["kind"] == "claim"} == {c["id"] for c in claims}
        flags = rest
    found, expected = _found(_exported(store, *flags)), _expected(store, *flags)
    assert found == expected
    assert len(set(found)) == len(found)


def test_each_row_says_where_to_check_its_quote(store: Path) -> None:
    rows = {(r["record"], r["number"]): r for r in _exported(store)}
    one = rows["one", "1"]
    assert (one["kind"], one["source"], one["outlet"], one["speaker"], one["published"]) == (
        "event",
        "alpha",
        "Le Monde",
        "rutte",
        "2024-10-28",
    )
    assert one["url"] == "" and one["seed"] == "alpha.txt" and len(one["sha256"]) == 64  # no URL: never guessed
    assert one["text"].startswith("«Rutte a confirmé lundi»\n  — ") and "Le Monde" in one["text"]
    claim = rows["c-12000", "1"]
    assert (claim["kind"], claim["asserted_by"], claim["attribution"]) == ("claim", "nis", "NIS")
    assert [rows["two", n]["source"] for n in ("1", "2")] == ["beta", "alpha"]  # the event's order: --quote N


def test_quotes_a_spreadsheet_would_run_are_defused(store: Path) -> None:
    """CSV injection: a quote opening with = - + @ gets csvfmt's apostrophe, as every CSV cell does."""
    quotes = [r["quote"] for r in _exported(store, "--tag", "front") if r["record"] == "three"]
    assert quotes == ["'" + FORMULA, "'" + DASHED]


def test_the_file_is_utf8_crlf_with_the_bom_on_request(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    result = run("--data", str(store), "export", "csv", "--rows", "quotes", "--bom", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith("\ufeffrecord,kind,number,".encode())
    assert "« 1 500 » hommes à Koursk".encode() in data and data.endswith(b"\r\n")


def test_the_rows_are_the_same_in_either_language(store: Path) -> None:
    """A quote and its article's title are in the article's language, whatever --lang."""
    english = _exported(store)
    assert _exported(store, "--lang", "fr") == english and english


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("markdown", "--rows", "quotes"), "--rows quotes works with csv, not markdown"),
        (("csv", "--rows", "quotes", "--claim", "troops", "--tag", "front"), "--tag cannot select claims"),
    ],
)
def test_what_cannot_hold_quotes_is_a_usage_error(store: Path, args: tuple[str, ...], said: str) -> None:
    result = run("--data", str(store), "export", *args)
    assert result.exit_code == 2 and said in result.stderr and not result.stdout


def test_a_filter_no_claim_has_says_the_file_holds_no_claims(store: Path) -> None:
    result = run("--data", str(store), "export", "csv", "--rows", "quotes", "--tag", "front")
    assert result.exit_code == 0
    assert "--tag cannot select claims" in result.stderr and "holds no claims" in result.stderr
    assert {r["kind"] for r in _rows(result.stdout)} == {"event"}


def test_the_shipped_store_s_quotes_are_its_listings_quotes() -> None:
    """On the shipped store: each quote of every event and claim once, numbered 1..n within its record, with its
    article's outlet and address as `sources --json` has them (never filled in)."""
    rows = _exported(None)
    assert _found(rows) == _expected(None)
    numbers: dict[str, list[int]] = {}
    for row in rows:
        numbers.setdefault(row["record"], []).append(int(row["number"]))
    assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())
    sources: dict[str, dict[str, Any]] = {s["id"]: s for s in run("sources", "--json").json()}
    for row in rows:
        source = sources[row["source"]]
        assert (row["outlet"], row["url"]) == (source["outlet"] or "", source["url"] or "")
        assert row["draft"] == "false"
