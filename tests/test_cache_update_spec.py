"""A changed events file's update answers and refuses exactly as a cold load of the changed store does, and a refused
one leaves the cache as it was: the specification any cheaper update path must keep (written by the forty-first
performance pass for its quote cut, which was not merged; docs/performance.md)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.store.cachefile import cache_path
from tests.conftest import run
from tests.stores import StoreBuilder

SOURCES = ("alpha", "beta")
QUOTES = tuple(f"Les renforts du convoi numéro {n} sont arrivés près de Koursk" for n in range(4))
NOWHERE = "Aucun article ne rapporte cette phrase inventée"  # in no seed
CUT = "enforts du convoi numéro 0 sont arrivés"  # in alpha's seed, cut out of « renforts »: refused as a cut word
ORIGINAL = {  # file a's events and file b's, each (id, date, title, evidence); each quote written into its seed
    "a": [
        ("ev-a1", "2024-10-28", "Convoi", [("alpha", QUOTES[0]), ("beta", QUOTES[1])]),
        ("ev-a2", "2024-11", "Renforts", [("beta", QUOTES[2])]),
        ("ev-a3", "2024-11-05/2024-11-12", "Arrivée", [("alpha", QUOTES[3])]),
    ],
    "b": [("ev-b1", "2024-12", "Autre", [("alpha", QUOTES[1])])],
}
# alpha's seed holds QUOTES 0, 1 and 3, beta's 1 and 2: QUOTES[3] from beta, or QUOTES[2] from alpha, is not found.
_evidence = st.lists(
    st.tuples(st.sampled_from(SOURCES), st.sampled_from([*QUOTES, NOWHERE, CUT])), min_size=1, max_size=3
)
_edited = st.lists(
    st.tuples(
        st.sampled_from(["ev-a1", "ev-a2", "ev-a3", "ev-a4", "ev-b1"]),  # kept, new, or another file's (a duplicate)
        st.sampled_from(["2024-10-28", "2024-11", "2025-01"]),
        st.sampled_from(["Convoi", "Convoi modifié"]),
        st.none() | _evidence,  # None: the event's evidence as it was, when it had some
    ),
    max_size=4,
    unique_by=lambda event: event[0],
)


def _builder(files: dict[str, list[tuple[str, str, str, list[tuple[str, str]]]]]) -> StoreBuilder:
    builder = StoreBuilder()
    for source in SOURCES:
        builder.source(source, "2025-02")
    for file, events in files.items():
        for event_id, date, title, evidence in events:
            builder.event(event_id, date, title, *evidence, file=file)
    return builder


def _store(root: Path) -> Path:
    """ORIGINAL, with each seed holding exactly the quotes ORIGINAL cites from it."""
    return _builder(ORIGINAL).write(root)


def _rewrite_a(root: Path, events: list[tuple[str, str, str, list[tuple[str, str]]]]) -> None:
    """Events file a written anew with `events` (a new file renamed over it); the seeds are not touched."""
    text = b"events: []\n"
    with tempfile.TemporaryDirectory() as scratch:
        if events:
            text = (_builder({"a": events}).write(Path(scratch)) / "data/events/a.yaml").read_bytes()
    fresh = root / "data/events/a.yaml.new"
    fresh.write_bytes(text)
    fresh.replace(root / "data/events/a.yaml")


def _rows(root: Path) -> list[str]:
    with sqlite3.connect(cache_path(root)) as db:
        rows = list(db.iterdump())
    db.close()
    return rows


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edited=_edited)
def test_an_update_answers_and_refuses_as_a_cold_load(
    edited: list[tuple[str, str, str, list[tuple[str, str]] | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Events file a rewritten at random (events kept, changed, added, removed, an id taken from file b; quotes kept,
    moved to the other article, not in any seed, or cut out of a word): the updated cache answers `events --json`
    byte for byte as a cache built cold, or the update refuses the file with the same exit code and messages; a
    refused update leaves every row of the cache as it was."""
    before = dict((event_id, evidence) for event_id, _, _, evidence in ORIGINAL["a"])
    events = [
        (event_id, date, title, evidence if evidence is not None else before.get(event_id, [("alpha", QUOTES[0])]))
        for event_id, date, title, evidence in edited
    ]
    with tempfile.TemporaryDirectory() as folder:
        root = _store(Path(folder) / "store")
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        assert run("--data", str(root), "events", "--json").exit_code == 0  # builds
        rows = _rows(root)
        _rewrite_a(root, events)
        updated = run("--data", str(root), "events", "--json")
        if updated.exit_code != 0:
            assert _rows(root) == rows
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cold"))
        cold = run("--data", str(root), "events", "--json")
        assert (updated.exit_code, updated.stdout, updated.stderr) == (cold.exit_code, cold.stdout, cold.stderr)
