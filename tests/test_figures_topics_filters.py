"""rev27 U5: `figures` and `topics` take the claim filters `claims` takes (claimfilters.CLAIM_FILTERS, one table),
with its meaning: `--as-of DAY` keeps the figures published by then and finds their conflicts among those only, so
"by mid-November" is asked of the chart and the spread table as of the listing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder


@pytest.fixture
def store(tmp_path: Path) -> str:
    """12,000 (early) and 9,000 (late, published in December) on one measure: they conflict only once both are out."""
    builder = (
        StoreBuilder()
        .source("early", "2024-10-20/2024-11-06")  # counts from 6 November
        .source("middle", "2024-11-10")
        .source("late", "2024-12-02")
        .entity("nis", "agency", "NIS")
        .entity("cia", "agency", "CIA")
        .event("e", "2024-10", "Troops sent", ("early", "des troupes envoyées"))
        .claim("nis-12000", "early", 12000, "2024-10", asserted_by=("nis",))
        .claim("nis-1500", "middle", 1500, "2024-11", asserted_by=("nis",), measure="in-kursk")
        .claim("cia-9000", "late", 9000, "2024-10", asserted_by=("cia",))
    )
    return str(builder.write(tmp_path / "store"))


def _json(store: str, *args: str) -> Any:
    result = run("--data", store, *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def _figures(store: str, *args: str) -> dict[str, list[str]]:
    """Each figure listed, with the ids it conflicts with."""
    data = _json(store, "figures", "troops", *args)
    return {f["id"]: f["conflicts_with"] for m in data for s in m["series"] for f in s["figures"]}


def _topics(store: str, *args: str) -> dict[str, tuple[int, int]]:
    """Each measure's claims and conflicting pairs."""
    return {f"{t['topic']}/{t['measure']}": (t["claims"], t["conflict_count"]) for t in _json(store, "topics", *args)}


def test_figures_as_of_a_day_lists_what_was_published_and_its_conflicts_among_it(store: str) -> None:
    assert _figures(store) == {"nis-12000": ["cia-9000"], "cia-9000": ["nis-12000"], "nis-1500": []}
    assert _figures(store, "--as-of", "2024-11-15") == {"nis-12000": [], "nis-1500": []}  # 9,000 not out yet
    assert _figures(store, "--as-of", "2024-11-05") == {}  # `early` counts once its whole window has passed
    assert _figures(store, "--since", "2024-11-08") == {"nis-1500": [], "cia-9000": ["nis-12000"]}  # as `claims`
    assert _figures(store, "--until", "2024-11") == {"nis-12000": ["cia-9000"], "nis-1500": []}


def test_topics_as_of_a_day_counts_what_was_published(store: str) -> None:
    assert _topics(store) == {"troops/sent-to-russia": (2, 1), "troops/in-kursk": (1, 0)}
    assert _topics(store, "--as-of", "2024-11-15") == {"troops/sent-to-russia": (1, 0), "troops/in-kursk": (1, 0)}
    # 9,000 (listed) clashes with 12,000 (published before): counted, as `claims` and `figures` name it (rev28 C3)
    assert _topics(store, "--since", "2024-11-08") == {"troops/sent-to-russia": (1, 1), "troops/in-kursk": (1, 0)}
    assert _topics(store, "--within", "2024-12") == {"troops/sent-to-russia": (1, 1)}
    assert _topics(store, "--actor", "nis", "--role", "asserted") == {
        "troops/sent-to-russia": (1, 1),
        "troops/in-kursk": (1, 0),
    }


@pytest.mark.parametrize("args", [(), ("--as-of", "2024-11-15"), ("--since", "2024-11-08"), ("--status", "alleged")])
def test_topics_and_figures_select_what_claims_lists(store: str, args: tuple[str, ...]) -> None:
    listed = _json(store, "claims", *args)
    counted: dict[str, int] = {}
    for claim in listed:
        counted[f"{claim['topic']}/{claim['measure']}"] = counted.get(f"{claim['topic']}/{claim['measure']}", 0) + 1
    assert {m: n for m, (n, _) in _topics(store, *args).items()} == counted
    assert {m: k for m, (_, k) in _topics(store, *args).items()} == _pairs_named(listed)
    assert set(_figures(store, *args)) == {c["id"] for c in listed}
    assert {c["id"]: c["conflicts_with"] for c in listed} == _figures(store, *args)


def _pairs_named(listed: list[dict[str, Any]]) -> dict[str, int]:
    """Per measure, the conflicting pairs with a listed claim of it, as `claims --json` names them (a pair once), of
    every kind: one across two measures counts for each (docs/claims.md rule 9)."""
    pairs: dict[str, set[frozenset[str]]] = {}
    for claim in listed:
        named = pairs.setdefault(f"{claim['topic']}/{claim['measure']}", set())
        named.update(frozenset((claim["id"], other)) for other in claim["conflicts_with"])
    return {measure: len(found) for measure, found in pairs.items()}


@pytest.mark.parametrize(
    "args", [("--since", "2024-11-08"), ("--until", "2024-11-07"), ("--actor", "nis"), ("--as-of", "2024-11-15")]
)
def test_topics_counts_the_conflicts_claims_names_on_the_shipped_store(args: tuple[str, ...]) -> None:
    """rev28 C3: a filter narrows the claims counted, never the claims they are compared with."""
    listed = run("claims", *args, "--all", "--json").json()
    counted = {f"{t['topic']}/{t['measure']}": t["conflict_count"] for t in run("topics", *args, "--json").json()}
    assert counted == {m: n for m, n in _pairs_named(listed).items() if m in counted}
    assert set(_pairs_named(listed)) >= set(counted)


def test_a_filter_no_claim_can_meet_is_refused_with_the_reason(store: str) -> None:
    for command in (("figures", "troops"), ("topics",)):
        result = run("--data", store, *command, "--place", "Koursk")
        assert result.exit_code == 2
        assert "--place cannot select claims: a claim has no place" in result.stderr


def test_topics_says_when_the_filters_leave_nothing(store: str) -> None:
    result = run("--data", store, "topics", "--as-of", "2024-10-01", tty=True)
    assert result.exit_code == 0
    assert "No claims match these filters." in result.stdout + result.stderr


def test_the_shipped_store_by_mid_november() -> None:
    """The journalist's question: by 15 November, what was on record about troops sent, and in conflict?"""
    by_then = {
        t["measure"]: t for t in run("topics", "--as-of", "2024-11-15", "--json").json() if t["topic"] == "troops"
    }
    listed = run("claims", "troops", "--as-of", "2024-11-15", "--json").json()
    separate = [c for c in listed if c["measure"] == "sent-to-russia" and c["restates"] is None]  # as spreads count
    assert by_then["sent-to-russia"]["claims"] == len(separate) >= 3
    assert "west-ukr-intel-10000-sent" in {c["id"] for c in separate}  # published 8-10 Nov
    pairs = {frozenset((c["id"], other)) for c in separate for other in c["conflicts_with"]}  # across measures too
    assert by_then["sent-to-russia"]["conflict_count"] == len(pairs) == 3
    figures = run("figures", "troops/sent-to-russia", "--as-of", "2024-11-15", "--json").json()
    ids = {f["id"] for m in figures for s in m["series"] for f in s["figures"]}
    assert ids == {c["id"] for c in listed if c["measure"] == "sent-to-russia"}
