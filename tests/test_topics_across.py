"""A measure's conflicts are every conflict its figures take part in, of the three kinds (docs/claims.md rules 3, 8
and 9): `koursk topics` once counted those on the measure only, so the shipped store's in-kursk showed 0 while
`koursk claims troops` listed two pairs across measures touching it. Counted by kind in JSON (`conflict_counts`), a
pair across two measures counting for each; `topics` with filters, `figures` and `show TOPIC` say the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_bounds import TOPICS


@pytest.fixture
def store(tmp_path: Path) -> str:
    """Sent in all (cumulative) ≥ in Russia ≥ in Kursk. Conflicts: ~12,000 sent (NIS, October) and 9,000 sent (CNN,
    October) overlap; 12,000 then 10,000 sent (8-9 Nov) is a total that fell; 11,000 in Kursk on 7 Nov above the
    10,000 sent by 8-9 Nov, and ~10,000 in Kursk in October above 1,500 in Russia then, are across measures."""
    builder = (
        StoreBuilder()
        .topics(TOPICS)
        .source("early", "2024-11-01")
        .source("cnn", "2024-11-10")
        .source("late", "2024-11-12")
        .entity("nis", "agency", "NIS")
        .entity("cia", "agency", "CIA")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .event("e", "2024-10", "Troops sent", ("early", "des troupes envoyées"))
        .claim("nis-12000-sent", "early", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("nis-1500-in-russia", "early", 1500, "2024-10", asserted_by=("nis",), measure="in-russia")
        .claim("cnn-9000-sent", "cnn", 9000, "2024-10")
        .claim("us-10000-in-kursk", "cnn", 10000, "2024-10", kind="approximate", measure="in-kursk")
        .claim("zelensky-11000-in-kursk", "cnn", 11000, "2024-11-07", asserted_by=("zelensky",), measure="in-kursk")
        .claim("cia-10000-sent", "late", 10000, "2024-11-08/2024-11-09", asserted_by=("cia",))
    )
    return str(builder.write(tmp_path / "store"))


def _json(store: str, *args: str) -> Any:
    result = run("--data", store, *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def _by_measure(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["measure"]: row for row in rows}


def _pairs_of_claims(listed: list[dict[str, Any]]) -> dict[str, set[frozenset[str]]]:
    """Per measure, the pairs `claims --json` names with a listed claim of it, a pair once."""
    pairs: dict[str, set[frozenset[str]]] = {}
    for claim in listed:
        pairs.setdefault(claim["measure"], set()).update(
            frozenset((claim["id"], other)) for other in claim["conflicts_with"]
        )
    return pairs


def test_topics_counts_every_conflict_a_measures_figures_take_part_in_by_kind(store: str) -> None:
    topics = _by_measure(_json(store, "topics"))
    assert {m: (t["conflict_count"], t["conflict_counts"]) for m, t in topics.items()} == {
        "sent-to-russia": (3, {"overlapping": 1, "total-fell": 1, "across-measures": 1}),
        "in-russia": (1, {"overlapping": 0, "total-fell": 0, "across-measures": 1}),
        "in-kursk": (2, {"overlapping": 0, "total-fell": 0, "across-measures": 2}),
    }
    # the pairs on the measure first, in as-of order, then those across measures, the measure's own claim first
    sent = topics["sent-to-russia"]
    assert sent["conflicts"] == [
        ["nis-12000-sent", "cnn-9000-sent"],
        ["nis-12000-sent", "cia-10000-sent"],
        ["cia-10000-sent", "zelensky-11000-in-kursk"],
    ]
    assert sent["conflict_kinds"] == ["overlapping", "total-fell", "across-measures"]
    assert topics["in-kursk"]["conflicts"] == [
        ["us-10000-in-kursk", "nis-1500-in-russia"],
        ["zelensky-11000-in-kursk", "cia-10000-sent"],
    ]
    assert topics["in-russia"]["conflicts"] == [["nis-1500-in-russia", "us-10000-in-kursk"]]
    # each count is of the pairs `claims` names with the measure's claims, every kind
    named = _pairs_of_claims(_json(store, "claims", "--all"))
    assert {m: t["conflict_count"] for m, t in topics.items()} == {m: len(p) for m, p in named.items()}
    assert all(sum(t["conflict_counts"].values()) == t["conflict_count"] for t in topics.values())


def test_topics_in_a_pipe_and_on_a_terminal(store: str) -> None:
    lines = run("--data", store, "topics").stdout.splitlines()
    # then how many are firm, and only if on the same day (docs/claims.md rule 11): windows, so same-day
    assert "troops\tin-kursk\t2\t~10,000\t11,000\t2\t0\t1" in lines
    assert "troops\tin-russia\t1\t1,500\t1,500\t1\t0\t1" in lines
    assert "troops\tsent-to-russia\t3\t9,000\t~12,000\t3\t0\t1" in lines
    shown = run("--data", store, "topics", tty=True).stdout
    assert "a pair across two measures (one bounding the other) counted for each" in " ".join(shown.split())


@pytest.mark.parametrize("args", [(), ("--source", "cnn"), ("--as-of", "2024-11-05"), ("--actor", "nis")])
def test_topics_with_filters_counts_what_claims_names(store: str, args: tuple[str, ...]) -> None:
    """A filter narrows the claims counted, never those they are compared with, across measures too."""
    topics = _by_measure(_json(store, "topics", *args))
    named = _pairs_of_claims(_json(store, "claims", "--all", *args))
    assert {m: t["conflict_count"] for m, t in topics.items()} == {m: len(p) for m, p in named.items()}
    for measure, row in topics.items():
        kinds = dict(zip(map(frozenset, row["conflicts"]), row["conflict_kinds"], strict=True))
        assert set(kinds) == named[measure]
        assert row["conflict_counts"] == {
            kind: sum(1 for k in kinds.values() if k == kind)
            for kind in ("overlapping", "total-fell", "across-measures")
        }


def test_topics_with_filters_on_cnn_alone(store: str) -> None:
    topics = _by_measure(_json(store, "topics", "--source", "cnn"))
    assert {m: (t["conflict_count"], t["conflict_counts"]) for m, t in topics.items()} == {
        "sent-to-russia": (1, {"overlapping": 1, "total-fell": 0, "across-measures": 0}),
        "in-kursk": (2, {"overlapping": 0, "total-fell": 0, "across-measures": 2}),
    }


def test_figures_and_show_agree_with_topics(store: str) -> None:
    topics = _by_measure(_json(store, "topics"))
    for measure in topics:
        series = _json(store, "figures", f"troops/{measure}")[0]["series"]
        figures = [f for s in series for f in s["figures"]]
        pairs = {frozenset((f["id"], other)) for f in figures for other in f["conflicts_with"]}
        assert len(pairs) == topics[measure]["conflict_count"], measure
        kinds = [k for f in figures for k in f["conflict_kinds"]]
        assert kinds.count("across-measures") == topics[measure]["conflict_counts"]["across-measures"], measure
        (shown,) = _json(store, "show", f"troops/{measure}")["measures"]
        assert shown == topics[measure]
    assert _by_measure(_json(store, "show", "troops")["measures"]) == topics


def test_the_shipped_store_counts_in_kursk_s_two_pairs_across_measures() -> None:
    """The reported case: `topics` said 0 for in-kursk while `claims troops` named two pairs touching it."""
    topics = _by_measure([t for t in run("topics", "--json").json() if t["topic"] == "troops"])
    assert topics["in-kursk"]["conflict_count"] == 2
    assert topics["in-kursk"]["conflict_counts"]["across-measures"] == 2
    assert topics["in-russia"]["conflict_count"] == 1
    assert topics["sent-to-russia"]["conflict_counts"] == {"overlapping": 1, "total-fell": 1, "across-measures": 1}
    named = _pairs_of_claims(run("claims", "troops", "--all", "--json").json())
    assert {m: t["conflict_count"] for m, t in topics.items()} == {m: len(named.get(m, ())) for m in topics}


def _measures(store: str | None) -> list[tuple[str, str, int]]:
    data = ("--data", store) if store else ()
    return [(t["topic"], t["measure"], t["conflict_count"]) for t in run(*data, "topics", "--json").json()]


@pytest.mark.parametrize("shipped", [False, True], ids=["synthetic", "shipped"])
@pytest.mark.parametrize("command", [("claims",), ("sources", "--claim")], ids=["claims", "sources"])
def test_a_measure_lists_every_conflict_its_figures_take_part_in(
    store: str, shipped: bool, command: tuple[str, ...]
) -> None:
    """rev32 R1: `claims T/M` said "Conflicts (0)", JSON `conflicts_with: []`, for a measure whose figures conflict
    only across measures: the measure is a filter over the conflicts of the whole store, as --actor is."""
    data = () if shipped else ("--data", store)
    measures = _measures(None if shipped else store)
    assert any(count for _, _, count in measures)
    for topic, measure, count in measures:
        on = f"{topic}/{measure}"
        listed = run(*data, *command, on, "--all", "--json").json()
        assert len(_pairs_of_claims(listed).get(measure, set())) == count, on
        shown = run(*data, *command, on, "--all", tty=True, width=200).stdout
        assert f"Conflicts ({count})" in shown, on
    if not shipped:  # an unlisted partner is named as such, as under --actor
        shown = " ".join(run(*data, *command, "troops/in-kursk", tty=True, width=200).stdout.split())
        assert "2 of them with a claim not listed here" in shown
        assert "not listed) (across measures)" in shown
