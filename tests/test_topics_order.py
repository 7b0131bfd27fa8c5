"""`topics` names a measure's conflicting pairs in one order, read in one pass (no filter: spreads.store_spreads) or
through a selection (a filter: spreads.selection_spreads), held to a pairwise oracle (claims.conflict_kind over
every pair) on random synthetic stores: on the measure first, each listed claim in claim order with its partners in
claim order, a pair of two listed claims once; then across measures, bound by bound (spreads.named_pairs)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.claimquery import claim_order
from koursk_cli.claims import comparable, conflict_kind, cumulative_measures, measure_bounds
from koursk_cli.model import Store
from koursk_cli.store.loader import read_store
from tests.claimstores import SOURCES, claim_strategy, write_claims
from tests.conftest import run

_claim = claim_strategy(file=st.sampled_from(["a", "b"]), restates=st.booleans())


def _named(store: Store, listed: set[str], limit: int | None) -> dict[tuple[str, str], list[list[str]]]:
    """The pairs each measure with a listed claim names, found pair by pair: the oracle."""
    cumulative, bounds = cumulative_measures(store.topics), measure_bounds(store.topics)
    claims = sorted((c for c in store.claims.values() if comparable(c)), key=claim_order(store))
    rank = {c.id: r for r, c in enumerate(claims)}

    def on(key: tuple[str, str]) -> list[Any]:
        return [c for c in claims if (c.topic, c.measure) == key]

    named = {}
    for key in {(c.topic, c.measure) for c in claims if c.id in listed}:
        mine = [a for a in on(key) if a.id in listed]
        own = [
            [a.id, b.id]
            for a in mine
            for b in on(key)
            if conflict_kind(a, b, cumulative, bounds) and (rank[b.id] > rank[a.id] or b.id not in listed)
        ]
        tied = [(t, b) if (t, m) == key else (t, m) for t, m, b in sorted(bounds) if key in ((t, m), (t, b))]
        across = [
            [a.id, b.id] for other in tied for a in mine for b in on(other) if conflict_kind(a, b, cumulative, bounds)
        ]
        named[key] = (own + across)[:limit]
    return named


def _pairs(result: Any) -> dict[tuple[str, str], list[list[str]]]:
    assert result.exit_code == 0, result.stderr
    return {(spread["topic"], spread["measure"]): spread["conflicts"] for spread in result.json()}


@settings(max_examples=40, deadline=None)
@given(claims=st.lists(_claim, max_size=30), every=st.booleans(), source=st.sampled_from([s for s, _, _ in SOURCES]))
def test_topics_names_pairs_in_one_order_with_a_filter_or_without(claims: Any, every: bool, source: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_claims(Path(folder) / "store", claims)
        store = read_store(root)
        limit = None if every else 10
        flags = ["--all"] if every else []
        one_pass = run("--data", str(root), "topics", "--json", *flags)
        selected = run("--data", str(root), "topics", "--json", "--until", "2999", *flags)  # selects every claim
        assert selected.stdout == one_pass.stdout
        everything = {c.id for c in store.claims.values()}
        assert _pairs(one_pass) == _named(store, everything, limit)
        # a filter that leaves claims out: its pairs with a claim it leaves out are named in the same order
        filtered = run("--data", str(root), "topics", "--json", "--source", source, *flags)
        assert _pairs(filtered) == _named(store, {c.id for c in store.claims.values() if c.source == source}, limit)
