"""How many conflicts a listing tells, by kind and tier, and which pairs it names: of the claims it lists
(selection_conflicts: claims, sources --claim, the Markdown export) and of a measure (counted_kinds: topics). Pure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..claims import ConflictKind, ConflictTier
from ..model import Claim
from .index import COUNTED_TIERS, ConflictIndex

if TYPE_CHECKING:  # spreads.py hands in its groups and their tally across measures
    from .across import AcrossTally
    from .group import Group

CONFLICTS_SHOWN = 10
"""How many conflicting claims (or pairs) a listing names by default; it always gives the full count, and `--all`
names every one."""


KindCounts = tuple[tuple[ConflictKind, int], ...]
"""How many conflicts of each kind, every kind of claims.ConflictKind in its order (JSON's `conflict_counts`)."""


def kind_counts(counts: dict[ConflictKind, int]) -> KindCounts:
    """Every kind with its count (0 when absent), in ConflictKind's order."""
    return tuple((kind, counts.get(kind, 0)) for kind in ConflictKind)


def counted_kinds(
    group: Group, across: AcrossTally, key: tuple[str, str], tier: ConflictTier | None = None
) -> KindCounts:
    """How many conflicting pairs (or of those, of `tier`) a measure's claims take part in, by kind: on the measure
    (each pair once), and across measures (a pair for each of its two measures)."""
    overlapping = sum(group.overlapping_counts(tier))
    return kind_counts(
        {
            ConflictKind.OVERLAPPING: overlapping // 2,
            ConflictKind.TOTAL_FELL: (sum(group.counts(tier)) - overlapping) // 2,
            ConflictKind.ACROSS_MEASURES: across.count(key, tier),
        }
    )


class SelectionConflicts(NamedTuple):
    """The conflicts the listed claims take part in, against every claim they were indexed with (those a listing's
    JSON names: the whole store, or under --as-of what was published by then), so a terminal's « Conflicts » block
    tells what `conflicts_with` tells claim by claim: a filtered listing still shows a clash with a claim it leaves
    out."""

    total: int
    """Conflicting pairs with at least one listed claim."""
    outside: int
    """Of those, the pairs whose other claim is not listed."""
    pairs: tuple[tuple[Claim, Claim, bool], ...]
    """The first ones named: (listed claim, the claim it conflicts with, whether that one is not listed), listed
    claims in their order, each one's conflicts in as-of order, a pair of two listed claims once."""
    kinds: KindCounts = ()
    """How many of `total` are of each kind (every kind, in ConflictKind's order)."""
    firm: int = 0
    """Of `total`, how many are firm (claims.ConflictTier): they hold with the round figures widened, on dates that
    cannot be read apart."""
    firm_kinds: KindCounts = ()
    """How many of `firm` are of each kind."""
    same_day: int = 0
    """Of `total`, how many hold only if on the same day (claims.ConflictTier.SAME_DAY)."""
    same_day_kinds: KindCounts = ()
    """How many of `same_day` are of each kind."""


def selection_conflicts(
    claims: Sequence[Claim], index: ConflictIndex, claim_of: Callable[[str], Claim], limit: int | None
) -> SelectionConflicts:
    """The conflicts of `claims` (a listing, each indexed in `index`), naming the first `limit` pairs (None: all);
    the other claim of a pair is fetched by id (`claim_of`). Pairs of two listed claims are counted once: the
    listing's own conflicts (ConflictIndex over `claims` alone) tell how many."""
    within = ConflictIndex(claims, cumulative=index.cumulative, bounds=index.bounds)
    ranks: dict[str, int] = {}
    for rank, claim in enumerate(claims):
        ranks.setdefault(claim.id, rank)
    # pairs counted from each listed end, by kind (all, then each counted tier): a pair of two listed claims twice (a
    # pair's kind and tier are the same from either end)
    touching: dict[ConflictTier | None, Counter[ConflictKind]] = {tier: Counter() for tier in (None, *COUNTED_TIERS)}
    inner: dict[ConflictTier | None, Counter[ConflictKind]] = {tier: Counter() for tier in (None, *COUNTED_TIERS)}
    pairs: list[tuple[Claim, Claim, bool]] = []
    for rank, claim in enumerate(claims):
        counts, tiers = index.count_tiers(claim)
        if not counts:
            continue
        own, own_tiers = within.count_tiers(claim)
        touching[None].update(counts)
        inner[None].update(own)
        for tier in COUNTED_TIERS:
            touching[tier].update(tiers[tier])
            inner[tier].update(own_tiers[tier])
        if limit is not None and len(pairs) >= limit:
            continue
        # the claims skipped below (listed earlier) are among its `own` conflicts: asking for that many more still
        # names enough
        for other in index.ids(claim, None if limit is None else limit - len(pairs) + sum(own.values())):
            earlier = ranks.get(other)
            if earlier is not None and earlier < rank:
                continue  # named with that claim
            pairs.append((claim, claim_of(other), earlier is None))
            if len(pairs) == limit:
                break
    kinds = {tier: {kind: touching[tier][kind] - inner[tier][kind] // 2 for kind in ConflictKind} for tier in touching}
    outside = sum(touching[None].values()) - sum(inner[None].values())
    return SelectionConflicts(
        sum(kinds[None].values()),
        outside,
        tuple(pairs),
        kind_counts(kinds[None]),
        sum(kinds[ConflictTier.FIRM].values()),
        kind_counts(kinds[ConflictTier.FIRM]),
        sum(kinds[ConflictTier.SAME_DAY].values()),
        kind_counts(kinds[ConflictTier.SAME_DAY]),
    )
