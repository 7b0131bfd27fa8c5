"""A store's spreads (spreads.store_spreads, SpreadBuilder) hold one measure's conflict index (conflicts.Group, with
its counts) at a time, with those of the measures a bound ties it to: they once built every measure's group before
counting the first, and held them all to the end (issue 20); and `topics` without a filter reads them so."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import pytest

from koursk_cli import claimquery, spreads
from koursk_cli.codec import claim_from_row
from koursk_cli.conflicts import ConflictIndex, Group, Members
from koursk_cli.model import Claim
from koursk_cli.store import open as opened
from koursk_cli.store import open_store
from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_bounds import TOPICS

LOSSES = """\
  - id: losses
    name: {en: Losses, fr: Pertes}
    measures:
      - id: killed
        description: {en: killed, fr: tués}
        cumulative: true
      - id: wounded
        description: {en: wounded, fr: blessés}
"""

MEASURES = {
    "sent": "sent-to-russia",
    "russia": "in-russia",
    "kursk": "in-kursk",
    "killed": "killed",
    "wounded": "wounded",
}


def _store(tmp_path: Path) -> str:
    """Two claims a measure that conflict, in the order of MEASURES."""
    builder = StoreBuilder().topics(TOPICS + LOSSES).source("cnn", "2024-11-10").entity("nis", "agency", "NIS")
    for name, measure in MEASURES.items():
        topic = "losses" if measure in ("killed", "wounded") else "troops"
        builder = builder.claim(f"{name}-a", "cnn", 9000, "2024-10", measure=measure, topic=topic)
        builder = builder.claim(
            f"{name}-b", "cnn", 12000, "2024-10", measure=measure, topic=topic, asserted_by=("nis",)
        )
    return str(builder.write(tmp_path / "store"))


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, set[str]]]:
    """Each group spreads.py builds, by its measure, with the measures of the groups then alive."""
    live: weakref.WeakSet[Group] = weakref.WeakSet()
    built: list[tuple[str, set[str]]] = []

    class Recorded(Group):
        def __init__(self, members: Members) -> None:
            super().__init__(members)
            live.add(self)
            built.append((_measure(self), {_measure(group) for group in live}))

    monkeypatch.setattr(spreads, "Group", Recorded)
    return built


def _one_at_a_time(built: list[tuple[str, set[str]]]) -> None:
    assert sorted(measure for measure, _ in built) == sorted(MEASURES.values())  # each built once
    troops = {"sent-to-russia", "in-russia", "in-kursk"}  # tied by bounds: in-kursk ≤ in-russia ≤ sent-to-russia
    for measure, held in built:
        assert held <= (troops if measure in troops else {measure}), built


def test_store_spreads_let_each_measure_s_group_go_once_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    built = _recorded(monkeypatch)
    assert len(spreads.store_spreads(open_store(store))) == len(MEASURES)
    _one_at_a_time(built)


def test_topics_without_a_filter_reads_each_claim_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`topics` without a filter reads the store in one pass (spreads.store_spreads): each claim decoded once from
    the cache but those of the pairs named, no index of every claim (conflicts.ConflictIndex) beside its own, one
    measure's group at a time. It never did (issue 20): Typer hands a repeated filter given no value as `[]`, so
    `filters != NO_FILTERS` held on every run, and each took the selection's path, which decoded every claim three
    or four times and held every measure's group to the end (`topics --json` at 1,000,000 events: 237 MB)."""
    store = _store(tmp_path)
    assert run("--data", store, "topics", "--json").exit_code == 0  # the cache, built
    decoded: list[str] = []

    def decode(row: dict[str, Any]) -> Claim:
        decoded.append(row["id"])
        return claim_from_row(row)

    indexes: list[object] = []

    class Index(ConflictIndex):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            indexes.append(self)

    monkeypatch.setattr(opened, "claim_from_row", decode)
    monkeypatch.setattr(claimquery, "HELD", 0)  # ids kept, as at a million events, not the claims read
    monkeypatch.setattr(spreads, "ConflictIndex", Index)
    built = _recorded(monkeypatch)
    result = run("--data", store, "topics", "--json")
    assert result.exit_code == 0 and len(result.json()) == len(MEASURES)
    assert not indexes
    _one_at_a_time(built)
    named = sum(2 * len(spread["conflicts"]) for spread in result.json())  # each pair named: its two claims again
    assert len(decoded) == 2 * len(MEASURES) + named, decoded


def _measure(group: Group) -> str:
    return MEASURES[group.ids[0].split("-")[0]]
