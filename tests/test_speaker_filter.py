"""`--speaker NAME`: the events with a quote NAME speaks in (Evidence.speaker), apart from `--actor`, the events NAME
acts in. Who said something is not who acted: Rutte is quoted confirming the deployment to Kursk
(`nk-troops-deployed-to-kursk`) but did not deploy anyone, so he is not among its actors and `--actor rutte` rightly
misses it; `--speaker rutte` finds it. One filter (query.EVENT_FILTERS and claimfilters.CLAIM_FILTERS), so every
command with event filters takes it, the cache answers it (tests/test_cache_queries.py draws it), and completion
offers the store's actors."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_completion import complete

CONFIRMS = "Je peux confirmer que des troupes nord-coréennes ont été déployées dans la région de Koursk"
LATER = "Oui, des troupes nord-coréennes sont à Koursk, a répété Rutte"


@pytest.fixture
def store(tmp_path: Path) -> str:
    """The deployment, acted by North Korea, quoted from Rutte (early article) and again from Rutte (late one); his
    statement, an event he acts in; a claim the NIS asserts. NATO's chief acts for NATO (part_of)."""
    builder = (
        StoreBuilder()
        .source("early", "2024-10-28")
        .source("late", "2024-11-20")
        .entity("north-korea", "state", "North Korea", "Corée du Nord")
        .entity("nato", "organisation", "NATO", "OTAN")
        .entity("rutte", "person", "Mark Rutte", "Rutte", part_of="nato")
        .entity("nis", "agency", "NIS")
        .event("deployment", "2024-10", "North Korean troops deployed to Kursk",
               ("early", CONFIRMS, "rutte"), actors=("north-korea",))
        .event("rutte-confirms", "2024-10-28", "Rutte confirms the deployment", ("early", "a déclaré Rutte"),
               actors=("rutte",))
        .event("repeated", "2024-11", "North Korean troops still in Kursk", ("early", "Des troupes restent"),
               ("late", LATER, "rutte"), actors=("north-korea",))
        .claim("nis-12000-sent", "early", 12000, "2024-10", asserted_by=("nis",))
        .claim("article-10000", "late", 10000, "2024-11")
    )  # fmt: skip
    return str(builder.write(tmp_path / "store"))


def _ids(store: str, *args: str) -> list[str]:
    result = run("--data", store, *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [row["id"] for row in result.json()]


def test_speaker_finds_what_was_said_actor_what_was_done(store: str) -> None:
    assert _ids(store, "events", "--speaker", "rutte") == ["deployment", "repeated"]
    assert _ids(store, "events", "--actor", "rutte") == ["rutte-confirms"]
    assert _ids(store, "events", "--speaker", "Mark Rutte", "--actor", "north-korea") == ["deployment", "repeated"]
    assert _ids(store, "events", "--speaker", "rutte", "--actor", "rutte") == []  # different flags must all match
    assert _ids(store, "events", "--speaker", "OTAN") == ["deployment", "repeated"]  # NATO takes in its chief
    assert _ids(store, "events", "--speaker", "north-korea") == []


def test_under_as_of_a_speaker_counts_in_the_articles_published_by_then(store: str) -> None:
    """`repeated` was known by 1 November from `early` alone, in whose quote nobody speaks."""
    assert _ids(store, "events", "--speaker", "rutte", "--as-of", "2024-11-01") == ["deployment"]
    assert _ids(store, "events", "--as-of", "2024-11-01") == ["deployment", "rutte-confirms", "repeated"]
    assert _ids(store, "events", "--speaker", "rutte", "--as-of", "2024-11-30") == ["deployment", "repeated"]


def test_claims_by_speaker_are_those_it_asserts(store: str) -> None:
    assert _ids(store, "claims", "--speaker", "nis") == ["nis-12000-sent"]
    assert _ids(store, "claims", "--speaker", "nis") == _ids(store, "claims", "--actor", "nis", "--role", "asserted")
    assert _ids(store, "claims", "--speaker", "rutte") == []


def test_sources_quoting_a_speaker(store: str) -> None:
    found = run("--data", store, "sources", "--speaker", "rutte", "--json").json()
    assert [row["id"] for row in found] == ["early", "late"]
    assert [row["id"] for row in run("--data", store, "sources", "--speaker", "nis", "--json").json()] == ["early"]


def test_exports_timeline_and_report_take_it(store: str, tmp_path: Path) -> None:
    exported = run("--data", store, "export", "csv", "--speaker", "rutte")
    assert exported.exit_code == 0, exported.stderr
    assert [row["id"] for row in csv.DictReader(io.StringIO(exported.stdout))] == ["deployment", "repeated"]
    database = tmp_path / "k.db"
    result = run("--data", store, "export", "sqlite", "-o", str(database), "--speaker", "rutte")
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(database) as db:
        assert [row[0] for row in db.execute("SELECT id FROM events ORDER BY id")] == ["deployment", "repeated"]
    timeline: Any = run("--data", store, "timeline", "--speaker", "rutte", "--json").json()
    assert sum(period["count"] for period in timeline["periods"]) == 2


def test_an_unknown_speaker_is_a_usage_error_with_a_hint(store: str) -> None:
    result = run("--data", store, "events", "--speaker", "rute")
    assert result.exit_code == 2
    assert "rutte" in result.stderr and "Traceback" not in result.stderr


def test_help_and_completion(store: str) -> None:
    assert "--speaker" in run("events", "--help").stdout
    assert "who said something, where --actor is who acted" in " ".join(run("events", "--help").stdout.split())
    assert complete("koursk events --speaker ru", data=store) == ["rutte"]
    assert complete("koursk claims --speaker n", data=store) == ["nato", "nis", "north-korea"]


def test_the_shipped_store_rutte_speaks_in_the_deployment_without_acting_in_it() -> None:
    """The reported case, and the invariant: every event whose quote an entity speaks in is found by --speaker."""
    assert "nk-troops-deployed-to-kursk" not in [e["id"] for e in run("events", "--actor", "rutte", "--json").json()]
    assert "nk-troops-deployed-to-kursk" in [e["id"] for e in run("events", "--speaker", "rutte", "--json").json()]
    events = run("events", "--json").json()
    speakers = {e["speaker"] for event in events for e in event["evidence"] if e["speaker"]}
    for speaker in sorted(speakers):
        found = {e["id"] for e in run("events", "--speaker", speaker, "--json").json()}
        own = {event["id"] for event in events if speaker in {e["speaker"] for e in event["evidence"]}}
        assert own <= found, speaker  # and those of actors acting for it
