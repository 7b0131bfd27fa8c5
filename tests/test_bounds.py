"""Bounds across measures (docs/claims.md rule 9, rev27 U1): topics.yaml's `at_most` says a measure never exceeds
another of its topic at a given time (soldiers in Kursk are in Russia, soldiers in Russia were sent there), and
claims.exceeds_bound says when two figures on such measures cannot both hold."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.claims import cumulative_measures, exceeds_bound, measure_bounds
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from koursk_cli.store.loader import read_store
from tests.conftest import REPO, run
from tests.stores import StoreBuilder

TOPICS = """\
topics:
  - id: troops
    name: {en: Troops, fr: Troupes}
    aliases: [troupes, soldats]
    measures:
      - id: sent-to-russia
        description: {en: sent in all, fr: envoyés en tout}
        cumulative: true
      - id: in-russia
        description: {en: present in Russia, fr: présents en Russie}
        at_most: sent-to-russia
      - id: in-kursk
        description: {en: present in Kursk, fr: présents à Koursk}
        at_most: in-russia
"""


def _check(tmp_path: Path, topics: str) -> tuple[int, str]:
    root = StoreBuilder().topics(topics).source("october", "2024-10-28").write(tmp_path / "store")
    result = run("--data", str(root), "check")
    return result.exit_code, result.stdout + result.stderr


def test_check_accepts_a_chain_of_bounds(tmp_path: Path) -> None:
    code, output = _check(tmp_path, TOPICS)
    assert code == 0, output


@pytest.mark.parametrize(
    ("edit", "message", "line"),
    [
        (("at_most: in-russia", "at_most: in-rusia"), "measure 'in-kursk': at_most: unknown measure 'in-rusia' of this topic (did you mean 'in-russia'?)", 14),
        (("at_most: in-russia", "at_most: in-kursk"), "measure 'in-kursk': at_most: in-kursk -> in-kursk is a loop", 14),
        (("cumulative: true", "at_most: in-kursk"), "measure 'sent-to-russia': at_most: sent-to-russia -> in-kursk -> in-russia -> sent-to-russia is a loop", 8),
    ],
)  # fmt: skip
def test_check_refuses_an_unknown_bound_or_a_loop_where_it_is_written(
    tmp_path: Path, edit: tuple[str, str], message: str, line: int
) -> None:
    code, output = _check(tmp_path, TOPICS.replace(*edit))
    assert code == 1
    assert f"topics.yaml:{line}:18: topic 'troops': {message}" in output, output


def test_check_refuses_a_bound_that_is_not_an_id(tmp_path: Path) -> None:
    code, output = _check(tmp_path, TOPICS.replace("at_most: in-russia", "at_most: [in-russia]"))
    assert code == 1 and "topics.yaml:14:18: topic 'troops': measures[2].at_most must be a string, not a list" in output


# --- the pure core ---------------------------------------------------------------------------------------------------

BOUNDS = frozenset({("troops", "in-kursk", "in-russia"), ("troops", "in-kursk", "sent-to-russia")}) | frozenset(
    {("troops", "in-russia", "sent-to-russia")}
)
CUMULATIVE = frozenset({("troops", "sent-to-russia")})
E, A, GE, LE = ValueKind.EXACT, ValueKind.APPROXIMATE, ValueKind.AT_LEAST, ValueKind.AT_MOST


def _claim(measure: str, as_of: str, kind: ValueKind, value: int, asserter: str = "", **more: Any) -> Claim:
    return Claim(
        id=f"{measure}-{as_of}-{value}", topic="troops", measure=measure, value=value, value_kind=kind,
        value_min=None, value_max=None, unit="soldiers", as_of=parse_edtf(as_of), as_of_basis="test",
        asserted_by=(asserter or f"{measure}-{as_of}",), source="alpha", quote="q", status=Status.REPORTED, **more,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "exceeds"),
    [
        # U1: 11,000 in Kursk on 7 Nov, 10,000 sent in all as of 8-9 Nov: a total later cannot be below a count earlier
        (("in-kursk", "2024-11-07", E, 11000), ("sent-to-russia", "2024-11-08/2024-11-09", E, 10000), True),
        (
            ("in-kursk", "2024-11-07", E, 11000),
            ("sent-to-russia", "2024-11-08/2024-11-09", A, 10000),
            False,
        ),  # ≤ 11,000
        (("in-kursk", "2024-11-07", E, 11000), ("sent-to-russia", "2024-11-08/2024-11-09", GE, 10000), False),
        (("in-kursk", "2024-11-07", E, 11000), ("sent-to-russia", "2024-11", E, 10000), True),  # overlapping
        # earlier total: sent may have grown since
        (("in-kursk", "2024-11-07", E, 11000), ("sent-to-russia", "2024-10", E, 10000), False),
        # a stock is no total: in Russia later may be fewer
        (("in-kursk", "2024-11-07", E, 11000), ("in-russia", "2024-11-08", E, 1500), False),
        (("in-kursk", "2024-10-08?/2024-11-10", A, 10000), ("in-russia", "2024-10-13/2024-11-06%", E, 1500), True),
        (("in-kursk", "2024-10", LE, 11000), ("in-russia", "2024-10", E, 1500), False),  # at most allows 0
        (("in-kursk", "2024-10", E, 1500), ("in-russia", "2024-10", E, 11000), False),  # fewer in Kursk: fine
        (("in-russia", "2024-10", E, 12000), ("sent-to-russia", "2024-10", E, 11000), True),
    ],
)
def test_a_figure_exceeds_its_bound_only_where_both_cannot_hold(
    a: tuple[Any, ...], b: tuple[Any, ...], exceeds: bool
) -> None:
    bounded, bounding = _claim(*a), _claim(*b)
    assert exceeds_bound(bounded, bounding, BOUNDS, CUMULATIVE) is exceeds
    assert exceeds_bound(bounding, bounded, BOUNDS, CUMULATIVE) is False  # the bound never exceeds the bounded
    assert exceeds_bound(bounded, bounding, frozenset(), CUMULATIVE) is False  # no mark, no comparison


def test_a_shared_asserter_still_exceeds_but_a_restatement_never() -> None:
    a = _claim("in-kursk", "2024-10", E, 11000, "nis")
    b = _claim("in-russia", "2024-10", E, 1500, "nis")
    assert exceeds_bound(a, b, BOUNDS, CUMULATIVE)  # one source's two figures that cannot both hold
    assert not exceeds_bound(a._replace(restates="x"), b, BOUNDS, CUMULATIVE)
    assert not exceeds_bound(a, b._replace(restates="x"), BOUNDS, CUMULATIVE)


def test_bounds_follow_the_chains_and_stop_at_a_loop() -> None:
    from koursk_cli.model import Bilingual, Measure, Topic

    def topic(*marks: tuple[str, str | None]) -> dict[str, Topic]:
        measures = tuple(Measure(m, Bilingual(m, m), False, bound) for m, bound in marks)
        return {"t": Topic("t", Bilingual("t", "t"), (), measures)}

    assert measure_bounds(topic(("a", "b"), ("b", "c"), ("c", None))) == {
        ("t", "a", "b"),
        ("t", "a", "c"),
        ("t", "b", "c"),
    }
    assert measure_bounds(topic(("a", "b"), ("b", "a"))) == {("t", "a", "b"), ("t", "b", "a")}  # check refuses it


# --- the shipped store ------------------------------------------------------------------------------------------------


def test_the_shipped_store_bounds_what_docs_claims_md_lists() -> None:
    bounds = measure_bounds(read_store(REPO).topics)
    assert bounds == {
        ("troops", "in-kursk", "in-russia"), ("troops", "in-kursk", "sent-to-russia"),
        ("troops", "in-russia", "sent-to-russia"),
    }  # fmt: skip
    table = (REPO / "docs" / "claims.md").read_text(encoding="utf-8")
    assert "| `troops/in-kursk` | `in-russia` |" in table
    assert "| `troops/in-russia` | `sent-to-russia` |" in table


def test_on_the_shipped_store_exactly_two_figures_exceed_their_bounds() -> None:
    """Each checked against its seed (docs/claims.md rule 9): Zelensky's 11,000 in Kursk on 7 Nov against the 10,000
    sent in all as of 8-9 Nov; US officials' ~10,000 in Kursk against the NIS's 1,500 in Russia, windows overlapping."""
    store = read_store(REPO)
    bounds, cumulative = measure_bounds(store.topics), cumulative_measures(store.topics)
    found = {(a.id, b.id) for a, b in permutations(store.claims.values(), 2) if exceeds_bound(a, b, bounds, cumulative)}
    assert found == {
        ("zelensky-11000-in-kursk", "west-ukr-intel-10000-sent"),
        ("us-officials-10000-in-kursk", "nis-1500-in-russia"),
    }
