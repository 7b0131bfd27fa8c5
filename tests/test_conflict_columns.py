"""The conflict index holds its per-claim columns and counts packed (conflicts/packed.py: 4 bytes an integer, where a
list of Python ints cost 36 past 256), so `export sqlite` at 1,000,000 events indexes its 250,000 claims within issue
20's 200 MB: the counts are those of testing every pair, an id's ranks those a dict of ids gives, and the index costs
a bounded number of bytes a claim (tracemalloc, not timings)."""

from __future__ import annotations

import random
import tracemalloc
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.conflicts import ConflictIndex, Group, Members
from koursk_cli.conflicts.dominance import count_below
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from tests.test_properties import FUZZ, random_claims

KEYS = st.lists(st.integers(-3, 3), min_size=0, max_size=30)


@settings(max_examples=max(200, FUZZ))
@given(st.data())
def test_dominance_counts_are_what_testing_every_pair_counts(data: st.DataObject) -> None:
    points = data.draw(KEYS)
    queries = data.draw(st.lists(st.integers(-3, 3), max_size=30))
    columns = [
        (data.draw(st.lists(st.integers(-4, 4), min_size=len(points), max_size=len(points))),
         data.draw(st.lists(st.integers(-4, 4), min_size=len(queries), max_size=len(queries))))
        for _ in range(data.draw(st.integers(1, 2)))
    ]  # fmt: skip
    counted = count_below(points, queries, columns)
    for (point_keys, query_keys), counts in zip(columns, counted, strict=True):
        assert counts.typecode == "i"  # packed
        assert list(counts) == [
            sum(1 for p, x in enumerate(points) if x <= queries[q] and point_keys[p] < query_keys[q])
            for q in range(len(queries))
        ]


@settings(max_examples=max(200, FUZZ))
@given(st.lists(random_claims(), max_size=40))
def test_a_group_finds_an_id_s_ranks_as_a_dict_of_ids_does(claims: list[Claim]) -> None:
    """Ranks found by bisecting the ids' order, against the dict of every id a group kept before."""
    members = Members()
    for position, claim in enumerate(claims):
        members.add(claim, position)
    group = Group(members)
    by_id: dict[str, list[int]] = {}
    for rank, claim_id in enumerate(group.ids):
        by_id.setdefault(claim_id, []).append(rank)
    assert group.repeats() == [ranks for ranks in by_id.values() if len(ranks) > 1]
    for rank in range(len(group.ids)):
        probe = group.probe(rank)
        assert group.rank(probe) == next(r for r in by_id[probe.id] if group.probe(r) == probe)
    assert group.rank(group.probe(0)._replace(id="absent")) is None if group.ids else True


MEASURES = (("troops", "sent-to-russia"), ("troops", "in-russia"), ("troops", "in-kursk"), ("losses", "killed"))
CUMULATIVE = frozenset({("troops", "sent-to-russia"), ("losses", "killed")})
BOUNDS = frozenset(
    {
        ("troops", "in-kursk", "in-russia"),
        ("troops", "in-russia", "sent-to-russia"),
        ("troops", "in-kursk", "sent-to-russia"),
    }
)


def _claims(count: int) -> list[Claim]:
    """Claims on four measures, three tied by bounds, in a few hundred days and a few figures: each conflicts with
    hundreds of others, so its counts are past the ints Python keeps once (256)."""
    rng = random.Random(20)
    claims = []
    for n in range(count):
        topic, measure = MEASURES[n % len(MEASURES)]
        day = date(2024, 9, 1) + timedelta(days=rng.randrange(300))
        claims.append(
            Claim(
                id=f"cl-{n:06d}",
                topic=topic,
                measure=measure,
                value=rng.choice((8000, 9000, 10000, 11000, 12000, 13000, 15000)) + rng.randrange(0, 500, 100),
                value_kind=ValueKind.EXACT if n % 2 else ValueKind.APPROXIMATE,
                value_min=None,
                value_max=None,
                unit="soldiers",
                as_of=parse_edtf(day.isoformat() if n % 3 else f"{day:%Y-%m}"),
                as_of_basis="b",
                asserted_by=(f"a{rng.randrange(40)}",),
                source=f"s{n % 50}",
                quote="q",
                status=Status.REPORTED,
            )
        )
    return claims


def test_the_index_costs_a_bounded_number_of_bytes_a_claim() -> None:
    """Indexed and every claim looked up (each group prepared, its counts taken, the counts across the bounds): the
    peak beyond the claims themselves, per claim. Lists of Python ints cost ~365 bytes a claim here; packed, ~175."""
    claims = _claims(4000)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        index = ConflictIndex(claims, cumulative=CUMULATIVE, bounds=BOUNDS)
        conflicts = sum(index.lookup_tiers(claim, 0).total for claim in claims)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert conflicts > 300 * len(claims)  # counts past the small ints
    assert peak / len(claims) < 230, peak / len(claims)
