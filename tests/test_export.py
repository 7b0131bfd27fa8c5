"""`koursk export FORMAT`: every format read back by a real reader, with the real store and the same filters as
`koursk events`; escaping of hostile store text; atomic writes."""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import icalendar
import pytest

from koursk_cli.atomic import atomic_path
from koursk_cli.claims import CumulativeMeasures, MeasureBounds
from koursk_cli.dates import parse_edtf
from koursk_cli.export.formats import FORMATS
from koursk_cli.export.ics import fold
from koursk_cli.export.timelinejs import display_date
from koursk_cli.model import Claim
from tests.conftest import Run, run
from tests.stores import ENTITIES, EVENTS, SEED, claim_entry, write_store

FILTERS = [
    (),
    ("--since", "2024-11"),
    ("--place", "kursk", "--status", "confirmed"),
    ("--source", "CNN", "--until", "2024-11-07"),
    ("--tag", "nato", "--sort", "-date", "--limit", "3"),
]


def events_json(*filters: str, data: Path | None = None) -> list[dict[str, Any]]:
    result = run(*_data(data), "events", *filters, "--json")
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = result.json()
    return rows


def _data(data: Path | None) -> tuple[str, ...]:
    return ("--data", str(data)) if data else ()


def export(fmt: str, *args: str, data: Path | None = None, tty: bool = False) -> Run:
    result = run(*_data(data), "export", fmt, *args, tty=tty)
    assert result.exit_code == 0, result.stderr
    return result


# --- hostile text: titles are free text, and the seed (so quotes) is ours in a synthetic store ---------------------

NASTY_TITLE = '=HYPERLINK("http://evil") | <script>alert(1)</script> & co, a; b\\c'
NASTY_QUOTE = "Mark Rutte a déclaré lundi 28 octobre"


@pytest.fixture
def nasty_store(tmp_path: Path) -> Path:
    events = EVENTS.replace("{en: Rutte confirms, fr: Rutte confirme}", "{en: " + json.dumps(NASTY_TITLE) + ", fr: x}")
    assert NASTY_TITLE.split("(")[0] in events
    return write_store(tmp_path / "store", events=events, seed=SEED)


# --- csv ------------------------------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_csv_has_one_row_per_event_in_the_same_order_as_events_json(filters: tuple[str, ...]) -> None:
    expected = events_json(*filters)
    rows = read_csv(export("csv", *filters).stdout)
    assert [r["id"] for r in rows] == [e["id"] for e in expected]
    for row, event in zip(rows, expected, strict=True):
        assert row["title_fr"] == event["title"]["fr"]  # UTF-8, accents intact
        assert row["actors"].split(";") == (event["actors"] or [""])
        assert row["start"] == event["start"] and row["approximate"] in ("true", "false")


def test_csv_is_rfc_4180_with_crlf_and_quoting() -> None:
    text = export("csv").stdout
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert not text.startswith("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    widths = {len(row) for row in reader}
    assert len(widths) == 1 and reader.line_num >= len(events_json()) + 1
    assert '"' in text  # commas and quotes in the basis texts are quoted, not mangled


def test_csv_bom_on_request_for_excel() -> None:
    text = export("csv", "--bom").stdout
    assert text.startswith("\ufeffid,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == len(events_json())


def _all_claims() -> list[dict[str, Any]]:
    """Every claim of the shipped store, restatements included (`koursk claims` counts only separate claims)."""
    topics = {m["topic"] for m in run("topics", "--json").json()}
    return [c for topic in sorted(topics) for c in run("sources", "--claim", topic, "--json").json()]


def test_csv_claims_one_row_per_claim_with_their_conflicts() -> None:
    rows = read_csv(export("csv", "--rows", "claims").stdout)
    claims = _all_claims()
    assert len(rows) == len(claims) > sum(m["claims"] for m in run("topics", "--json").json())  # restatements too
    by_id = {r["id"]: r for r in rows}
    assert by_id["zelensky-11000-in-kursk"]["value"] == "11000"  # a count, not 11000.0
    nis = by_id["nis-12000-sent"]
    assert (nis["value_min"], nis["value_max"]) == ("10800", "13200")  # not 13200.000000000002
    assert by_id["ukraine-more-than-10000"]["restates"] == "intel-agencies-more-than-10000"
    assert by_id["zelensky-11000-in-kursk"]["asserted_by"] == "zelensky"
    assert any(r["conflicts_with"] for r in rows)


def test_csv_claims_filters_match_sourcesclaim_entry() -> None:
    filters = ("--actor", "zelensky", "--since", "2024-11")
    rows = read_csv(export("csv", "--rows", "claims", *filters).stdout)
    topics = {m["topic"] for m in run("topics", "--json").json()}
    expected = {c["id"] for t in topics for c in run("sources", "--claim", t, *filters, "--json").json()}
    assert {r["id"] for r in rows} == expected
    assert expected


def test_csv_defuses_spreadsheet_formulas(nasty_store: Path) -> None:
    rows = read_csv(export("csv", data=nasty_store).stdout)
    assert rows[0]["title_en"] == "'" + NASTY_TITLE


def test_csv_of_nothing_is_a_header() -> None:
    rows = export("csv", "--text", "no such words anywhere").stdout
    assert rows.startswith("id,date,") and rows.count("\r\n") == 1


# --- markdown -------------------------------------------------------------------------------------------------------


def markdown_cells(line: str) -> list[str]:
    """Split a table row on pipes that are not escaped."""
    assert line.startswith("| ") and line.endswith(" |")
    return [c.strip() for c in re.split(r"(?<!\\)\|", line[2:-2])]


def markdown_rows(text: str) -> list[str]:
    """The lines of an export's table of rows: its first table, after the heading, before the legend."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| "))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("| ")), len(lines))
    return lines[start:end]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_markdown_table_has_a_row_per_event(filters: tuple[str, ...]) -> None:
    lines = markdown_rows(export("markdown", *filters).stdout)
    header, rule, *rows = lines
    assert markdown_cells(rule) == ["---"] * len(markdown_cells(header))
    assert [markdown_cells(r)[-1] for r in rows] == [e["id"] for e in events_json(*filters)]


def test_markdown_escapes_pipes_markup_and_newlines(nasty_store: Path) -> None:
    _, _, row = markdown_rows(export("markdown", data=nasty_store).stdout)
    cells = markdown_cells(row)
    assert len(cells) == 5
    assert r"\| \<script\>" in cells[1]


def test_markdown_claims() -> None:
    lines = markdown_rows(export("markdown", "--rows", "claims", "--source", "cnn").stdout)
    assert "Figure" in lines[0]
    assert any("11,000 soldiers" in line for line in lines)


def test_markdown_is_self_contained_with_a_heading_a_legend_and_its_sources() -> None:
    """rev30 U18: the file started at its table, with no legend for ~ ? or a status, and no way to resolve the
    sources its rows name (first-clashes, nis-12000)."""
    text = export("markdown", "--since", "2024-11", "--until", "2024-11").stdout
    assert text.startswith("# Events (koursk export markdown)\n\nMade with: koursk export markdown --since 2024-11")
    assert "\n\n| Date |" in text
    assert "\nStatus: confirmed: " in text and "alleged: hedged by the article" in text
    assert "\nDates: \\~ approximate, ? uncertain" in text
    rows = markdown_rows(text)
    cited = {s.strip() for row in rows[2:] for s in markdown_cells(row)[3].split(",")}
    sources = text.split("\n## Sources\n\n", 1)[1].splitlines()
    assert markdown_cells(sources[0]) == ["Id", "Outlet", "Title", "Published", "URL"]
    assert [markdown_cells(line)[0] for line in sources[2:]] == sorted(cited)
    assert "no URL recorded" in text and "untitled (curator's summary)" in text  # unknowns said, never filled in
    claims = export("markdown", "--rows", "claims", "--source", "cnn").stdout
    assert claims.startswith("# Claims") and "\n| cnn | " in claims.split("## Sources")[1]


# --- timelinejs -----------------------------------------------------------------------------------------------------

SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}


def _int_like(value: Any) -> int:
    assert (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, str) and value.isdigit())
    return int(value)


def check_date(value: Any) -> tuple[int, int, int]:
    """A TimelineJS3 date object: year required (a number or integer-like string), month 1–12, a day that exists."""
    assert isinstance(value, dict) and set(value) <= DATE_KEYS and "year" in value
    year = _int_like(value["year"])
    month = _int_like(value["month"]) if "month" in value else 1
    assert 1 <= month <= 12
    assert "day" not in value or "month" in value
    day = _int_like(value["day"]) if "day" in value else 1
    datetime.date(year, month, day)  # raises when the day does not exist
    return year, month, day


def check_timelinejs(document: Any) -> list[dict[str, Any]]:
    """The shape of the TimelineJS3 JSON format, field by field."""
    assert isinstance(document, dict) and set(document) <= {"title", "events", "eras", "scale"}
    if "title" in document:
        assert set(document["title"]) <= SLIDE_KEYS and isinstance(document["title"]["text"]["headline"], str)
    slides = document["events"]
    assert isinstance(slides, list)
    for slide in slides:
        assert set(slide) <= SLIDE_KEYS
        start = check_date(slide["start_date"])
        if "end_date" in slide:
            assert check_date(slide["end_date"]) >= start
        assert set(slide["text"]) <= {"headline", "text"}
        assert all(isinstance(v, str) for v in slide["text"].values())
        for key in ("group", "display_date", "unique_id"):
            assert key not in slide or isinstance(slide[key], str)
    unique = [s["unique_id"] for s in slides]
    assert len(unique) == len(set(unique))
    return slides


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_timelinejs_is_valid_with_a_slide_per_event(filters: tuple[str, ...]) -> None:
    slides = check_timelinejs(json.loads(export("timelinejs", *filters).stdout))
    assert [s["unique_id"] for s in slides] == [e["id"] for e in events_json(*filters)]


def test_timelinejs_honours_precision_and_shows_uncertainty() -> None:
    slides = {s["unique_id"]: s for s in json.loads(export("timelinejs").stdout)["events"]}
    events = {e["id"]: e for e in events_json()}
    for event_id, slide in slides.items():
        event = events[event_id]
        if event["precision"] == "year":
            assert "month" not in slide["start_date"]
        if "/" not in event["date"] and event["precision"] == "month":
            assert set(slide["start_date"]) == {"year", "month"}
        assert ("c. " in slide["display_date"]) == event["approximate"]
        assert ("?" in slide["display_date"]) == event["uncertain"]
        assert slide.get("group") == (event["tags"][0] if event["tags"] else None)  # an untagged event has no group
    assert slides["russia-largest-monthly-gains"]["start_date"] == {"year": 2024, "month": 10}
    assert slides["nk-troops-inactive"]["display_date"] == "c. 11 January 2025 – c. 25 February 2025?"
    assert display_date(parse_edtf("2025-01-11~/2025-01-20~")) == "c. mid-January 2025"  # a third of a month
    assert slides["first-troops-transported"]["end_date"] == {"year": 2024, "month": 10, "day": 13}
    assert "Je peux confirmer" in slides["rutte-confirms-deployment"]["text"]["text"]


def test_timelinejs_escapes_html(nasty_store: Path) -> None:
    slide = json.loads(export("timelinejs", data=nasty_store).stdout)["events"][0]
    assert "<script>" not in slide["text"]["headline"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in slide["text"]["headline"]


# --- geojson --------------------------------------------------------------------------------------------------------


def check_geojson(document: Any) -> list[dict[str, Any]]:
    """RFC 7946: a FeatureCollection of Features with Point geometries in [longitude, latitude] WGS 84."""
    assert document["type"] == "FeatureCollection" and "crs" not in document
    features = document["features"]
    for feature in features:
        assert feature["type"] == "Feature"
        assert isinstance(feature.get("id"), str | int)
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    return features  # type: ignore[no-any-return]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_geojson_has_a_point_per_event_and_mapped_place(filters: tuple[str, ...]) -> None:
    from koursk_cli.store.open import load_store
    from koursk_cli.store.workstore import resolve_store_root

    entities = load_store(resolve_store_root(None)).entities
    features = check_geojson(json.loads(export("geojson", *filters).stdout))
    expected = [
        (e["id"], place)
        for e in events_json(*filters)
        for place in e["places"]
        if entities[place].coordinates is not None
    ]
    assert [(f["properties"]["id"], f["properties"]["place"]) for f in features] == expected
    for feature in features:
        where = entities[feature["properties"]["place"]].coordinates
        assert where is not None and feature["geometry"]["coordinates"] == [where.lon, where.lat]
        assert {"id", "date", "start", "end", "title", "sources"} <= set(feature["properties"])


def test_geojson_puts_longitude_first() -> None:
    features = check_geojson(json.loads(export("geojson", "--place", "budapest").stdout))
    assert features
    assert {tuple(f["geometry"]["coordinates"]) for f in features if f["properties"]["place"] == "budapest"} == {
        (19.04, 47.5)
    }


def test_geojson_counts_every_mapped_place_of_every_event(tmp_path: Path) -> None:
    database = tmp_path / "k.db"
    export("sqlite", "-o", str(database))
    with sqlite3.connect(database) as db:
        (expected,) = db.execute(
            "SELECT count(*) FROM event_places p JOIN entities e ON e.id = p.entity_id WHERE e.lat IS NOT NULL"
        ).fetchone()
    assert len(check_geojson(json.loads(export("geojson").stdout))) == expected > 0


# --- ics ------------------------------------------------------------------------------------------------------------

Component = dict[str, Any]


def parse_ics(text: str) -> list[Component]:
    """A small RFC 5545 reader: CRLF lines of at most 75 octets, unfolded, split into nested components."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    stack: list[Component] = [{"components": []}]
    for line in logical:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append({"type": value, "components": []})
        elif name == "END":
            done = stack.pop()
            assert done["type"] == value
            stack[-1]["components"].append(done)
        else:
            stack[-1].setdefault(name, []).append((params, value))
    assert len(stack) == 1
    return stack[0]["components"]  # type: ignore[no-any-return]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def vevents(text: str) -> list[Component]:
    (calendar,) = parse_ics(text)
    assert calendar["type"] == "VCALENDAR" and calendar["VERSION"] == [([], "2.0")] and "PRODID" in calendar
    return [c for c in calendar["components"] if c["type"] == "VEVENT"]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_ics_has_an_all_day_event_per_event(filters: tuple[str, ...]) -> None:
    found = vevents(export("ics", *filters).stdout)
    expected = events_json(*filters)
    assert [unescape(v["UID"][0][1]) for v in found] == [f"{e['id']}@koursk" for e in expected]
    for vevent, event in zip(found, expected, strict=True):
        start = datetime.date.fromisoformat(event["start"])
        end = datetime.date.fromisoformat(event["end"])
        assert vevent["DTSTART"] == [(["VALUE=DATE"], start.strftime("%Y%m%d"))]
        assert vevent["DTEND"] == [(["VALUE=DATE"], (end + datetime.timedelta(days=1)).strftime("%Y%m%d"))]
        assert unescape(vevent["SUMMARY"][0][1]).startswith(event["title"]["en"])
        for evidence in event["evidence"]:
            assert evidence["quote"] in unescape(vevent["DESCRIPTION"][0][1])


@pytest.mark.parametrize(
    ("edtf", "start", "end"), [("0999", "09990101", "10000101"), ("0009-02", "00090201", "00090301")]
)
def test_ics_dates_before_year_1000_keep_eight_digits(tmp_path: Path, edtf: str, start: str, end: str) -> None:
    """rev14 M5: year 999 was written `9990101` (strftime's %Y does not pad), which RFC 5545 readers reject or misread;
    the store accepts years from 0001."""
    root = write_store(tmp_path / "store", events=EVENTS.replace("date: 2024-10-28", f"date: {edtf}", 1))
    (vevent, *_) = vevents(export("ics", data=root).stdout)
    assert (vevent["DTSTART"], vevent["DTEND"]) == ([(["VALUE=DATE"], start)], [(["VALUE=DATE"], end)])


@pytest.mark.parametrize(
    ("coordinates", "geo"),
    [
        ("{lat: 0.00001, lon: -0.0000001}", "0.00001;-0.0000001"),
        ("{lat: 51.5, lon: 36}", "51.5;36"),
        ("{lat: -33.8688, lon: 151.2093}", "-33.8688;151.2093"),
    ],
)
def test_ics_geo_is_plain_decimals(tmp_path: Path, coordinates: str, geo: str) -> None:
    """rev20 L6: RFC 5545's FLOAT has no exponent; a place near the equator or the prime meridian was `1e-05`."""
    entities = ENTITIES.replace("{lat: 51.5, lon: 36.0}", coordinates)
    root = write_store(tmp_path / "store", entities=entities)
    (vevent,) = vevents(export("ics", data=root).stdout)
    assert vevent["GEO"] == [([], geo)]


def test_ics_is_reproducible_with_a_stamp_from_the_store() -> None:
    first, second = export("ics").stdout, export("ics").stdout
    assert first == second
    stamps = {v["DTSTAMP"][0][1] for v in vevents(first)}
    assert stamps == {"20250228T000000Z"}  # the last day article 004 may have been published


def test_ics_escapes_text(nasty_store: Path) -> None:
    (vevent,) = vevents(export("ics", data=nasty_store).stdout)
    raw = vevent["SUMMARY"][0][1]
    assert r"\, a\; b\\c" in raw
    assert unescape(raw) == NASTY_TITLE


@pytest.mark.parametrize("line", ["x" * 200, "é" * 100, "DESCRIPTION:" + "日本語" * 40, "a" * 75, "a" * 76])
def test_ics_folding_never_splits_a_character_and_unfolds_back(line: str) -> None:
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line


# --- sqlite ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Callable[..., sqlite3.Connection]]:
    opened: list[sqlite3.Connection] = []

    def make(*filters: str) -> sqlite3.Connection:
        path = tmp_path / f"koursk-{len(opened)}.db"
        export("sqlite", "-o", str(path), *filters)
        db = sqlite3.connect(path)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_sqlite_holds_the_selected_events(
    database: Callable[..., sqlite3.Connection], filters: tuple[str, ...]
) -> None:
    db = database(*filters)
    expected = events_json(*filters)
    assert db.execute("SELECT count(*) FROM events").fetchone() == (len(expected),)
    assert {r[0] for r in db.execute("SELECT id FROM events")} == {e["id"] for e in expected}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_joins_events_to_their_sources_and_actors(database: Callable[..., sqlite3.Connection]) -> None:
    db = database()
    cnn = db.execute(
        """SELECT DISTINCT e.id FROM events e
           JOIN event_evidence ev ON ev.event_id = e.id
           JOIN sources s ON s.id = ev.source_id
           WHERE s.outlet = 'CNN' ORDER BY e.id"""
    ).fetchall()
    assert [r[0] for r in cnn] == sorted(e["id"] for e in events_json("--source", "CNN"))
    umerov = db.execute(
        """SELECT e.id, e."end", n.name_fr FROM events e
           JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
           WHERE n.id = 'umerov'"""
    ).fetchall()
    assert ("umerov-announces-first-clashes", "2024-11-06") in [r[:2] for r in umerov]


def test_sqlite_claims_with_who_asserts_them_and_conflicts(database: Callable[..., sqlite3.Connection]) -> None:
    db = database()
    assert db.execute("SELECT count(*) FROM claims").fetchone() == (len(_all_claims()),)
    zelensky = db.execute(
        """SELECT c.value, typeof(c.value), c.measure FROM claims c JOIN claim_asserted_by b ON b.claim_id = c.id
           WHERE b.entity_id = 'zelensky' AND c.topic = 'troops'"""
    ).fetchall()
    assert (11000, "integer", "in-kursk") in zelensky  # a count is an integer, not 11000.0
    bounds = db.execute("SELECT value_min, value_max, typeof(value_max) FROM claims WHERE id = 'nis-12000-sent'")
    assert bounds.fetchone() == (10800, 13200, "integer")
    restated = db.execute("SELECT restates FROM claims WHERE id = 'ukraine-more-than-10000'").fetchone()
    assert restated == ("intel-agencies-more-than-10000",)
    assert db.execute("SELECT count(*) FROM claim_conflicts").fetchone()[0] >= 2  # each direction of a conflict
    kinds = db.execute("SELECT claim_id, other_id, kind FROM claim_conflicts WHERE claim_id = 'nis-12000-sent'")
    assert sorted(kinds) == [
        ("nis-12000-sent", "article-002-10000-men", "overlapping"),  # late Oct: 10,000 against 10,800-13,200
        ("nis-12000-sent", "west-ukr-intel-10000-sent", "total-fell"),  # sent by ~6 Nov, then 10,000 on 8-9 Nov
    ]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_start_end", "claims_topic_measure", "event_actors_entity_id"} <= indexes


def test_sqlite_refuses_stdout() -> None:
    result = run("export", "sqlite")
    assert result.exit_code == 2
    assert "-o FILE" in result.stderr
    assert run("export", "sqlite", "-o", "-").exit_code == 2


# --- files: atomic, never clobbered ---------------------------------------------------------------------------------


def test_writes_a_file_and_refuses_to_overwrite_it_without_force(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    export("csv", "-o", str(target))
    assert len(read_csv(target.read_text(encoding="utf-8"))) == len(events_json())
    target.write_text("keep me", encoding="utf-8")
    refused = run("export", "csv", "-o", str(target))
    assert refused.exit_code == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    export("markdown", "-o", str(target), "--force")
    assert "\n| Date |" in target.read_text(encoding="utf-8")  # the table, after the heading (rev30 U18)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_a_file_replaced_keeps_its_owner_group_and_mode(tmp_path: Path, fmt: str) -> None:
    """rev20 L4: `sudo koursk export -o FILE --force` over another user's file gave the new file to root; a file
    rewritten in place (or a shell start-up file koursk edits) keeps them."""
    target = tmp_path / "theirs"
    target.write_text("theirs", encoding="utf-8")
    os.chown(target, 12345, 23456)
    target.chmod(0o640)
    export(fmt, "-o", str(target), "--force")
    found = target.stat()
    assert (found.st_uid, found.st_gid, stat.S_IMODE(found.st_mode)) == (12345, 23456, 0o640)
    assert target.read_bytes() != b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs"]


def test_file_output_keeps_crlf_bytes(tmp_path: Path) -> None:
    target = tmp_path / "k.ics"
    export("ics", "-o", str(target))
    assert target.read_bytes().count(b"\r\n") > 100 and b"\r\r" not in target.read_bytes()


def test_an_interrupted_export_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import koursk_cli.export.sqlitefmt as sqlitefmt

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sqlitefmt, "fill", interrupted)
    target = tmp_path / "k.db"
    result = run("export", "sqlite", "-o", str(target))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def test_an_export_interrupted_while_streaming_rows_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed half-way through the conflicts, after events and claims went in: no database, no journal, no .tmp."""
    import koursk_cli.export.sqlitefmt as sqlitefmt

    streamed = sqlitefmt._conflict_links

    def interrupted(
        claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
    ) -> Iterator[tuple[str, str, str, str]]:
        yield from list(streamed(claims, cumulative, bounds))[:1]
        raise KeyboardInterrupt

    monkeypatch.setattr(sqlitefmt, "_conflict_links", interrupted)
    result = run("export", "sqlite", "-o", str(tmp_path / "k.db"))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def test_sqlite_holds_every_conflict_in_both_directions_and_each_claims_count(tmp_path: Path) -> None:
    lows = "".join(claim_entry(f"low-{n}", "1000", "exact", "2024-10") for n in range(12))
    highs = "".join(claim_entry(f"high-{n}", "12000", "exact", "2024-10") for n in range(12))
    root = write_store(tmp_path / "store", claims="claims:\n" + lows + highs)
    target = tmp_path / "k.db"
    assert run("--data", str(root), "export", "sqlite", "-o", str(target)).exit_code == 0
    with contextlib.closing(sqlite3.connect(target)) as db:
        pairs = set(db.execute("SELECT claim_id, other_id FROM claim_conflicts"))
        assert pairs == {
            (a, b)
            for x in range(12)
            for y in range(12)
            for a, b in [(f"low-{x}", f"high-{y}"), (f"high-{y}", f"low-{x}")]
        }
        assert set(db.execute("SELECT conflict_count FROM claims")) == {(12,)}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_atomic_path_removes_the_temporary_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target, force=True) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = run("export", "csv", "-o", str(tmp_path / "nope" / "x.csv"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


# --- usage ----------------------------------------------------------------------------------------------------------


def test_an_unknown_format_lists_the_valid_ones() -> None:
    result = run("export", "xlsx")
    assert result.exit_code == 2
    for name in ("csv", "markdown", "timelinejs", "geojson", "ics", "sqlite"):
        assert name in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("timelinejs", "--rows", "claims"),
        ("sqlite", "--rows", "claims", "-o", "x.db"),
        ("csv", "--rows", "claims", "--place", "kursk"),
        ("csv", "--rows", "claims", "--sort", "title"),
        ("ics", "--bom"),
        ("csv", "--place", "atlantis"),
    ],
)
def test_meaningless_combinations_exit_2_with_a_hint(args: tuple[str, ...]) -> None:
    result = run("export", *args)
    assert result.exit_code == 2
    assert "hint:" in result.stderr or "did you mean" in result.stderr or "known" in result.stderr


def test_stdout_never_goes_through_rich_even_on_a_terminal() -> None:
    on_terminal = run("export", "csv", tty=True, color=True, width=40)
    assert on_terminal.exit_code == 0
    assert on_terminal.stdout == export("csv").stdout
    assert "\x1b[" not in on_terminal.stdout


def test_dash_is_stdout() -> None:
    assert export("markdown", "-o", "-").stdout == export("markdown").stdout


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_exports_and_is_in_the_help(name: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{name}"
    result = run("export", name, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_size > 0
    assert name in " ".join(run("export", "--help").stdout.split())


def test_sqlite_export_is_searchable_as_sqlite_utils_and_datasette_expect(tmp_path: Path) -> None:
    """Review 2.5 and F14: the export had no full-text index, so `sqlite-utils search` and Datasette's search box
    found nothing. Each text table gets an FTS5 index declared as sqlite-utils declares one, accents folded."""
    path = tmp_path / "k.db"
    assert run("export", "sqlite", "-o", str(path)).exit_code == 0
    with sqlite3.connect(path) as db:
        for table in ("events", "event_evidence", "claims"):
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone()[0]
            assert f'content="{table}"' in sql and "fts5" in sql.lower()

        def found(table: str, words: str, key: str = "id") -> set[str]:
            rows = db.execute(
                f"SELECT t.{key} FROM {table} t JOIN {table}_fts f ON f.rowid = t.rowid WHERE {table}_fts MATCH ?",
                (words,),
            )
            return {row[0] for row in rows}

        assert "rutte-confirms-deployment" in found("events", "coreennes rutte")  # « nord-coréennes », folded
        quotes = found("event_evidence", "Koursk", "quote")
        assert quotes and all("koursk" in q.lower() for q in quotes)
        assert found("claims", "onze mille") == {"zelensky-11000-in-kursk"}


@pytest.mark.parametrize(
    ("command", "example"),
    [
        (["report"], "koursk.html"),
        (["export", "csv"], "koursk.csv"),
        (["export", "markdown"], "koursk.md"),
        (["export", "sqlite"], "koursk.db"),
        (["export", "timelinejs"], "koursk.json"),
    ],
)
@pytest.mark.parametrize("slash", ["", "/"])
def test_a_folder_for_o_gets_a_file_name_of_the_right_kind(
    tmp_path: Path, command: list[str], example: str, slash: str
) -> None:
    """rev14 L2: `report -o DIR` suggested `-o koursk.csv`. The hint names a file of what the command writes."""
    result = run(*command, "-o", f"{tmp_path}{slash}")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == f"  hint: give a file name, such as -o {tmp_path}/{example}"


@pytest.mark.parametrize(("command", "example"), [(["report"], "koursk.html"), (["export", "csv"], "koursk.csv")])
def test_an_empty_o_is_refused_as_an_unset_variable(command: list[str], example: str) -> None:
    """rev16 L6: `-o ''` (`-o "$OUT"` with OUT unset) said `. is a directory`, a name the user never typed."""
    result = run(*command, "-o", "")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "koursk: error: -o is empty (an unset variable?)",
        f"  hint: give a file name, such as -o {example}, or - for stdout",
    ]


@pytest.mark.parametrize("command", [["report"], ["export", "csv"], ["export", "sqlite"]])
def test_a_tilde_in_o_is_the_home_folder_as_in_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """rev16 L12: a quoted `-o '~/out.csv'` (from a script) said `directory ~ does not exist`, hint `mkdir -p ~`,
    which a shell turns into a no-op; `--data` and `init` expand it. So does -o now."""
    monkeypatch.setenv("HOME", str(tmp_path))
    result = run(*command, "-o", "~/out")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out").stat().st_size > 0


DRAFT_MARK = "DRAFT PREVIEW (koursk --drafts): it holds drafts left by koursk extract that no curator has finished."
_MARK_END = " Not the curated store and not for publication."


@pytest.mark.parametrize(
    ("command", "marked"),
    [
        (["export", "csv"], lambda text: text.splitlines()[0].startswith(DRAFT_MARK)),
        (
            ["export", "csv", "--rows", "claims", "--bom"],
            lambda text: text.splitlines()[0].startswith("\ufeff" + DRAFT_MARK),
        ),
        (["export", "markdown"], lambda text: text.split("\n\n")[1].startswith(f"> **{DRAFT_MARK}")),
        (["export", "timelinejs"], lambda text: DRAFT_MARK in json.loads(text)["title"]["text"]["text"]),
        (["export", "geojson"], lambda text: json.loads(text)["koursk_draft"].startswith(DRAFT_MARK)),
        (["export", "ics"], lambda text: "X-WR-CALNAME:koursk (DRAFT PREVIEW)\nX-WR-CALDESC:DRAFT PREVIEW" in text),
        (["report"], lambda text: "<title>DRAFT PREVIEW – " in text and f"<strong>{DRAFT_MARK}" in text),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_a_drafts_preview_marks_the_file_itself(tmp_path: Path, command: list[str], marked: Any) -> None:
    """rev16 M1: `--drafts report -o` and `--drafts export` wrote shareable files of uncurated drafts with nothing
    in them to say so (the warning went to stderr only). Each format now carries the mark in its own text; without
    --drafts (a curated store), none does."""
    store = str(write_store(tmp_path / "store", events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: x",')))
    out = tmp_path / "out"
    preview = run("--data", store, "--drafts", *command, "-o", str(out))
    assert preview.exit_code == 0, preview.stderr
    assert marked(out.read_text(encoding="utf-8")), out.read_text(encoding="utf-8")[:600]
    curated = str(write_store(tmp_path / "curated"))
    assert run("--data", curated, *command, "-o", str(out), "--force").exit_code == 0
    assert "DRAFT" not in out.read_text(encoding="utf-8")


def test_a_drafts_preview_database_holds_the_mark_in_a_table(tmp_path: Path) -> None:
    """rev16 M1, for `export sqlite`: a table of its own, `koursk_draft`, which Datasette and `.tables` list."""
    store = str(write_store(tmp_path / "store", events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: x",')))
    out = tmp_path / "out.db"
    assert run("--data", store, "--drafts", "export", "sqlite", "-o", str(out)).exit_code == 0
    with contextlib.closing(sqlite3.connect(out)) as db:
        assert db.execute("SELECT note FROM koursk_draft").fetchone()[0].startswith(DRAFT_MARK)


def test_a_drafts_preview_marks_every_record_an_importer_keeps(tmp_path: Path) -> None:
    """rev18 L15: a calendar import keeps the VEVENTs and drops the calendar's name; QGIS, geojson.io and Leaflet
    keep the features and drop the collection's members; a query on `events` never meets the `koursk_draft` table.
    Each event, feature and row now carries the mark too; a curated export carries none."""
    drafted = str(write_store(tmp_path / "store", events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: x",')))
    curated = str(write_store(tmp_path / "curated"))
    for store, mark in ((drafted, DRAFT_MARK), (curated, None)):
        drafts = ("--drafts",) if mark else ()
        ics = icalendar.Calendar.from_ical(run("--data", store, *drafts, "export", "ics").stdout)
        vevents = ics.walk("VEVENT")
        assert vevents
        for vevent in vevents:
            summary, description = str(vevent["SUMMARY"]), str(vevent["DESCRIPTION"])
            if mark is None:
                assert "DRAFT" not in summary + description
            else:
                assert summary.startswith("[DRAFT PREVIEW] ") and description.startswith(mark + _MARK_END + "\n\n")
        features = json.loads(run("--data", store, *drafts, "export", "geojson").stdout)["features"]
        assert features and all(f["properties"].get("koursk_draft") == (mark and mark + _MARK_END) for f in features)
        out = tmp_path / f"out-{bool(mark)}.db"
        assert run("--data", store, *drafts, "export", "sqlite", "-o", str(out)).exit_code == 0
        with contextlib.closing(sqlite3.connect(out)) as db:
            for table in ("events", "claims"):
                columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
                if mark is None:
                    assert "koursk_draft" not in columns
                    continue
                rows = db.execute(f"SELECT koursk_draft FROM {table}").fetchall()
                assert rows and {row[0] for row in rows} == {mark + _MARK_END}


@pytest.mark.parametrize("filters", [("-n", "1"), ("--since", "2030"), ("--source", "rutte-confirms")])
def test_the_timeline_title_counts_the_selection(filters: tuple[str, ...]) -> None:
    """rev14 L8: the title slide said "1 events from 5 news articles" whatever was selected."""
    events = events_json(*filters)
    articles = {e["source"] for event in events for e in event["evidence"]}
    text = json.loads(export("timelinejs", *filters).stdout)["title"]["text"]["text"]
    event_word = "event" if len(events) == 1 else "events"
    article_word = "news article" if len(articles) == 1 else "news articles"
    assert text == f"<p>{len(events)} {event_word} from {len(articles)} {article_word}, curated by koursk.</p>"
