"""A store's spreads (spreads.store_spreads, SpreadBuilder) hold one measure's conflict index (conflicts.Group, with
its counts) at a time, with those of the measures a bound ties it to: they once built every measure's group before
counting the first, and held them all to the end (issue 20)."""

from __future__ import annotations

import weakref
from pathlib import Path

import pytest

from koursk_cli import spreads
from koursk_cli.conflicts import Group, Members
from koursk_cli.store import open_store
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


def test_store_spreads_let_each_measure_s_group_go_once_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = StoreBuilder().topics(TOPICS + LOSSES).source("cnn", "2024-11-10").entity("nis", "agency", "NIS")
    for name, measure in MEASURES.items():  # two claims a measure that conflict, in the order of MEASURES
        topic = "losses" if measure in ("killed", "wounded") else "troops"
        builder = builder.claim(f"{name}-a", "cnn", 9000, "2024-10", measure=measure, topic=topic)
        builder = builder.claim(
            f"{name}-b", "cnn", 12000, "2024-10", measure=measure, topic=topic, asserted_by=("nis",)
        )
    store = str(builder.write(tmp_path / "store"))
    live: weakref.WeakSet[Group] = weakref.WeakSet()
    built: list[tuple[str, set[str]]] = []  # each group's measure as built, with those of the groups then held

    class Recorded(Group):
        def __init__(self, members: Members) -> None:
            super().__init__(members)
            live.add(self)
            built.append((_measure(self), {_measure(group) for group in live}))

    monkeypatch.setattr(spreads, "Group", Recorded)
    assert len(spreads.store_spreads(open_store(store))) == len(MEASURES)
    assert sorted(measure for measure, _ in built) == sorted(MEASURES.values())  # each built once
    troops = {"sent-to-russia", "in-russia", "in-kursk"}  # tied by bounds: in-kursk ≤ in-russia ≤ sent-to-russia
    for measure, held in built:
        assert held <= (troops if measure in troops else {measure}), built


def _measure(group: Group) -> str:
    return MEASURES[group.ids[0].split("-")[0]]
