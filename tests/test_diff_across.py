"""`koursk diff A B` compares claims as every listing does (claims.conflict_kind, one place): on one measure, a total
that fell, and across two measures one of which bounds the other (docs/claims.md rule 9). It once paired claims on
one measure only, so 1,500 in Russia (one article) and ~10,000 in Kursk over the same weeks (another) were listed
as "measures only one article addresses" though they cannot both be true."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_bounds import TOPICS


@pytest.fixture
def store(tmp_path: Path) -> str:
    builder = (
        StoreBuilder()
        .topics(TOPICS)
        .source("seoul", "2024-11-01")
        .source("cnn", "2024-11-10")
        .source("late", "2024-11-12")
        .entity("nis", "agency", "NIS")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .event("e", "2024-10", "Troops sent", ("seoul", "des troupes envoyées"), ("cnn", "des troupes à Koursk"))
        .claim("nis-1500-in-russia", "seoul", 1500, "2024-10", asserted_by=("nis",), measure="in-russia")
        .claim("nis-12000-sent", "seoul", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("us-10000-in-kursk", "cnn", 10000, "2024-10", kind="approximate", measure="in-kursk")
        .claim("zelensky-11000-in-kursk", "cnn", 11000, "2024-11-07", asserted_by=("zelensky",), measure="in-kursk")
        .claim("late-10000-sent", "late", 10000, "2024-11-08/2024-11-09")
        .claim("late-9000-in-kursk", "late", 9000, "2024-11-08/2024-11-09", measure="in-kursk")
    )
    return str(builder.write(tmp_path / "store"))


def _diff(store: str, *args: str) -> dict[str, Any]:
    result = run("--data", store, "diff", *args, "--json")
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = result.json()
    return document


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row["id"] for row in rows]


def test_a_conflict_across_measures_is_a_conflict_of_the_two_articles(store: str) -> None:
    found = _diff(store, "seoul", "cnn")
    assert [(p["a"]["id"], p["b"]["id"], p["kind"]) for p in found["conflicts"]] == [
        ("nis-1500-in-russia", "us-10000-in-kursk", "across-measures")
    ]
    assert found["conflicts"][0]["measure"] == "in-russia"  # a's measure; b says its own
    # compared, so no longer "on measures only one article addresses"; 12,000 sent bounds both figures in Kursk
    assert _ids(found["claims_only_a"]) == ["nis-12000-sent"]
    assert _ids(found["claims_only_b"]) == ["zelensky-11000-in-kursk"]
    assert found["agree"] == [] and found["differ"] == []


def test_a_total_later_below_a_count_earlier_in_both_orders(store: str) -> None:
    """11,000 in Kursk on 7 Nov, 10,000 sent in all by 8-9 Nov (rule 9, cumulative bound): either side first."""
    for a, b in (("cnn", "late"), ("late", "cnn")):
        pairs = {(p["a"]["id"], p["b"]["id"], p["kind"]) for p in _diff(store, a, b)["conflicts"]}
        expected = ("zelensky-11000-in-kursk", "late-10000-sent", "across-measures")
        assert pairs == {expected if a == "cnn" else (expected[1], expected[0], expected[2])}


def test_the_lines_name_the_kind(store: str) -> None:
    result = run("--data", store, "diff", "seoul", "cnn", "--exit-code")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "Claims compared: 0 agree, 1 conflict, 0 differ over time" in lines
    assert any(
        line.startswith(
            "! conflict (across measures; only if on the same day): ○ troops/in-russia 1,500 soldiers — NIS"
        )
        for line in lines  # Oct 2024 against a window: same-day (rev37u U4)
    ), lines
    assert any(line.startswith("!   vs ○ troops/in-kursk ~10,000 soldiers — the article") for line in lines), lines


def test_diff_names_the_conflicts_claims_names_between_the_two_articles(store: str) -> None:
    """The one rule: every pair `claims --json` names between a claim of each article is a conflict of their diff."""
    listed = run("--data", store, "claims", "--all", "--json").json()
    source = {c["id"]: c["source"] for c in listed}
    for a, b in (("seoul", "cnn"), ("cnn", "late"), ("seoul", "late")):
        named = {
            frozenset((c["id"], other))
            for c in listed
            for other in c["conflicts_with"]
            if {source[c["id"]], source[other]} == {a, b}
        }
        assert {frozenset((p["a"]["id"], p["b"]["id"])) for p in _diff(store, a, b)["conflicts"]} == named, (a, b)
