"""Every conflicting pair of a set of claims, streamed once each (the SQLite export's `claim_conflicts`, and the tests'
oracle comparisons): counted first, so only claims with conflicts are scanned, and never all held at once. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..claims import ConflictKind, CumulativeMeasures, MeasureBounds
from ..model import Claim
from .across import cross_counts, partners
from .group import Group
from .members import members_by_measure


def conflict_tier_pairs(
    claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
) -> Iterator[tuple[str, str, str, str]]:
    """Each conflicting pair once, as it is found (never all held at once), with its kind (claims.ConflictKind's
    value, ConflictKind.between: overlapping when their dates meet) and its tier (claims.ConflictTier's value: firm
    when it still holds with the round figures widened), reading `claims` once and holding none of them: measure by
    measure in the order the measures first appear, then (a, b) with a before b in as-of order (start, end, then the
    order of `claims`). `cumulative`: the measures whose totals may not fall. Then, with `bounds`
    (claims.measure_bounds), the pairs across measures (_across_tier_pairs), reading `claims` again."""
    if bounds and not isinstance(claims, Sequence):
        claims = list(claims)
    kinds = (ConflictKind.between(False).value, ConflictKind.between(True).value)  # by dates_meet, read once a pair
    for group in map(Group, members_by_measure(claims, cumulative).values()):
        for a, b, tier in group.pairs():
            yield group.ids[a], group.ids[b], kinds[group.dates_meet(a, b)], str(tier)  # str(): a StrEnum's value
    if bounds:
        yield from _across_tier_pairs(claims, bounds, cumulative)


def conflict_kind_pairs(
    claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
) -> Iterator[tuple[str, str, str]]:
    """conflict_tier_pairs without the tiers: (a, b, kind)."""
    return ((a, b, kind) for a, b, kind, _ in conflict_tier_pairs(claims, cumulative, bounds))


def _across_tier_pairs(
    claims: Iterable[Claim], bounds: MeasureBounds, cumulative: CumulativeMeasures
) -> Iterator[tuple[str, str, str, str]]:
    """Each pair in conflict across measures once (rule 9): (bounded claim, bounding claim, kind, tier), by bound in
    order, then the bounded claim's as-of order, then the other's."""
    groups = {key: Group(members) for key, members in members_by_measure(claims, cumulative).items()}
    kind = ConflictKind.between(True, one_measure=False).value  # across measures, whether the dates meet or not
    for topic, measure, bound in sorted(bounds):
        low, high = groups.get((topic, measure)), groups.get((topic, bound))
        if low is None or high is None:
            continue
        is_total = (topic, bound) in cumulative
        counts = cross_counts(low, high, is_total)[None][0]
        for rank, probe, found in partners(low, high, counts, True, is_total):
            tiers = high.tiers(probe, high.wide_thresholds(probe), found, bounded=True, total=is_total)
            for other, tier in zip(found, tiers, strict=True):
                yield low.ids[rank], high.ids[other], kind, str(tier)
