"""A claim's conflicts looked up against every claim indexed with it: how many of each kind and tier, and the first
ones named. Pure.

Each (topic, measure) group is prepared on its first lookup, and bounds across measures (rule 9) are counted once per
pair of measures, so a store whose claims conflict by the million still answers in memory linear in its claims.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

from ..claims import (
    ConflictKind,
    ConflictTier,
    CumulativeMeasures,
    MeasureBounds,
    comparable,
    cumulative_measures,
    measure_bounds,
)
from ..model import Claim, Store
from .across import cross_counts, links, scan_across
from .group import Group
from .members import Members, Probe, add_member, probe_of
from .packed import Counts
from .wording import conflict_names

COUNTED_TIERS = (ConflictTier.FIRM, ConflictTier.SAME_DAY)
"""The tiers counted apart (the rest of a claim's conflicts hold only if the round figures are exact)."""

Conflict = tuple[str, ConflictKind, ConflictTier]
"""A conflict named: the other claim's id, the kind of the conflict, its tier."""

_OVERLAPPING, _TOTAL_FELL, _ACROSS_MEASURES = (
    ConflictKind.OVERLAPPING, ConflictKind.TOTAL_FELL, ConflictKind.ACROSS_MEASURES
)  # fmt: skip
"""Read once: an enum member looked up on its class costs Python 3.11 a descriptor call, and every lookup tallies."""
_KIND_IF_MEETING = (ConflictKind.between(False), ConflictKind.between(True))
_KIND_ACROSS = ConflictKind.between(False, one_measure=False)
"""The kind of a conflict as ConflictKind.between decides it, asked once: on one measure by whether the two claims'
dates meet, else across measures."""


class LookedUp(NamedTuple):
    """A claim's conflicts (ConflictIndex.lookup_tiers): how many, how many firm and only if on the same day, the
    first ones named (id, kind, tier)."""

    total: int
    firm: int
    same_day: int
    named: list[tuple[str, ConflictKind, ConflictTier]]


class ConflictIndex:
    """Conflicts looked up within each (topic, measure) group, without ever holding a claim or a pair: a store whose
    claims conflict by the million still answers in memory linear in its claims: with every group prepared and its
    counts taken, ~125 bytes each beside its id's string (packed.py; tests/test_conflict_columns.py).

    A group is prepared on its first lookup. A claim's conflicts are those of claims.conflict_kind against every
    indexed claim (so a repeated id is never its own conflict, and a claim that was not indexed is answered too)."""

    def __init__(
        self,
        claims: Iterable[Claim] = (),
        *,
        cumulative: CumulativeMeasures,
        bounds: MeasureBounds = frozenset(),
    ) -> None:
        self.cumulative = cumulative  # the measures whose totals may not fall (claims.cumulative_measures)
        self.bounds = bounds  # the measures bounded by others (claims.measure_bounds): rule 9
        self._links = links(bounds)
        self._members: dict[tuple[str, str], Members] = {}
        self._prepared: dict[tuple[str, str], Group] = {}
        # per pair of measures tied by a bound, for each claim of the first: how many of the second it conflicts
        # with, of all (None) and of each tier
        self._cross: dict[tuple[tuple[str, str], tuple[str, str]], dict[ConflictTier | None, Counts]] = {}
        self._read = 0
        for claim in claims:
            self.add(claim)

    def add(self, claim: Claim) -> None:
        """Index one more claim (before any lookup in its measure)."""
        assert (claim.topic, claim.measure) not in self._prepared, "a measure is indexed before it is looked up"
        add_member(self._members, claim, self._read, self.cumulative)
        self._read += 1

    def reorder(self, ranks: Sequence[int]) -> None:
        """Put the claim read at position p at position ranks[p] instead (ranks unique; before any lookup): claims
        of equal as-of dates are then in that order (a spread names its pairs in claim order, spreads.named_pairs)."""
        assert not self._prepared, "claims are reordered before any lookup"
        for members in self._members.values():
            members.reorder(ranks)

    @property
    def measures(self) -> frozenset[tuple[str, str]]:
        """The (topic, measure) of every claim indexed."""
        return frozenset((*self._members, *self._prepared))

    def lookup_tiers(self, claim: Claim, limit: int | None = None) -> LookedUp:
        """lookup_kinds, with how many of the conflicts are firm and how many only if on the same day, and the tier
        of each named (claims.ConflictTier): counted in the same sweeps as all of them (Group.counts), each one named
        told by testing it (Group.tiers)."""
        counts, tiers, named = self._lookup(claim, limit)
        firm, same_day = (sum(tiers[tier].values()) for tier in COUNTED_TIERS)  # in that order
        return LookedUp(sum(counts.values()), firm, same_day, named)

    def count_tiers(self, claim: Claim) -> tuple[dict[ConflictKind, int], dict[ConflictTier, dict[ConflictKind, int]]]:
        """How many indexed claims conflict with `claim`, and how many firmly and only if on the same day, by kind
        (the kinds it has none of left out): one lookup."""
        counts, tiers, _ = self._lookup(claim, 0)
        return counts, tiers

    def _group(self, claim: Claim) -> Group:
        return self.group((claim.topic, claim.measure))

    def group(self, key: tuple[str, str]) -> Group:
        """The claims indexed on one (topic, measure), prepared on first use."""
        group = self._prepared.get(key)
        if group is None:
            members = self._members.pop(key) if key in self._members else Members(key in self.cumulative)
            group = self._prepared[key] = Group(members)
        return group

    def lookup(self, claim: Claim, limit: int | None = None) -> tuple[int, list[str]]:
        """How many indexed claims conflict with `claim`, and the ids of the first `limit` (or all) in as-of order
        (none for a restatement or a draft's figure without a value: claims.comparable)."""
        total, named = self.lookup_kinds(claim, limit)
        return total, [claim_id for claim_id, _ in named]

    def lookup_kinds(self, claim: Claim, limit: int | None = None) -> tuple[int, list[tuple[str, ConflictKind]]]:
        """lookup, each conflicting claim named with the kind of its conflict (claims.ConflictKind)."""
        counts, _, named = self._lookup(claim, limit)
        return sum(counts.values()), [(claim_id, kind) for claim_id, kind, _ in named]

    def _lookup(
        self, claim: Claim, limit: int | None
    ) -> tuple[
        dict[ConflictKind, int],
        dict[ConflictTier, dict[ConflictKind, int]],
        list[tuple[str, ConflictKind, ConflictTier]],
    ]:
        """(how many conflicts of each kind, how many of each of the tiers COUNTED_TIERS by kind, the first `limit`
        named with kind and tier). An indexed claim's counts are read from its group's sweeps, and only the first
        `limit` are scanned for; a claim that was not indexed has every conflict scanned for, named, then counted."""
        counts: dict[ConflictKind, int] = {}
        tiers: dict[ConflictTier, dict[ConflictKind, int]] = {tier: {} for tier in COUNTED_TIERS}
        if not comparable(claim):
            return counts, tiers, []
        group = self._group(claim)
        probe = probe_of(claim, group.cumulative)
        rank = group.rank(probe)

        def tally(tallied: dict[ConflictKind, int], kind: ConflictKind, n: int = 1) -> None:
            tallied[kind] = tallied.get(kind, 0) + n

        def tally_named(named: list[Conflict]) -> None:
            for _, kind, tier in named:
                tally(counts, kind)
                if tier in tiers:
                    tally(tiers[tier], kind)

        # (group, measure, ranks found, those named) of the claim's own measure, then of each measure tied by a bound
        parts: list[tuple[Group, str, list[int], list[Conflict]]] = []
        if rank is None:  # a claim that was not indexed
            found = group.conflicting(probe)
            named = _named(group, probe, found)
            tally_named(named)
            parts.append((group, claim.measure, found[:limit], named[:limit]))
        else:
            tiered = group.tiered()
            for counted, tallied in ((None, counts), *tiers.items()):  # each still empty: set, not tallied
                totals, overlapping = tiered[counted]
                tallied[_OVERLAPPING] = overlapping[rank]
                tallied[_TOTAL_FELL] = totals[rank] - overlapping[rank]
            total = tiered[None][0][rank]
            found = [] if limit == 0 or not total else group.conflicting(probe, limit, rank)
            parts.append((group, claim.measure, found, _named(group, probe, found, rank)))
        for key, bounded in self._links.get((claim.topic, claim.measure), ()):
            other_group = self.group(key)
            is_total = (key if bounded else (claim.topic, claim.measure)) in self.cumulative
            if rank is None:
                found = scan_across(other_group, probe, bounded, is_total, None, None)
                partners = _named(other_group, probe, found, bounded=bounded, total=is_total)
                tally_named(partners)
                parts.append((other_group, key[1], found[:limit], partners[:limit]))
                continue
            pair = (claim.topic, claim.measure), key
            if pair not in self._cross:
                low, high = (group, other_group) if bounded else (other_group, group)
                cross = cross_counts(low, high, is_total)
                self._cross[pair] = {tier: counted[0 if bounded else 1] for tier, counted in cross.items()}
                self._cross[key, pair[0]] = {tier: counted[1 if bounded else 0] for tier, counted in cross.items()}
            count = self._cross[pair][None][rank]
            tally(counts, _ACROSS_MEASURES, count)
            for tier, tallied in tiers.items():
                tally(tallied, _ACROSS_MEASURES, self._cross[pair][tier][rank])
            found = [] if limit == 0 or not count else scan_across(other_group, probe, bounded, is_total, limit, count)
            parts.append(
                (other_group, key[1], found, _named(other_group, probe, found, bounded=bounded, total=is_total))
            )
        return (
            {kind: n for kind, n in counts.items() if n},
            {tier: {kind: n for kind, n in tallied.items() if n} for tier, tallied in tiers.items()},
            _merged(parts)[:limit],
        )

    def named(
        self, claim: Claim, limit: int | None = None, lang: str = "en", name: Callable[[str], str] = str
    ) -> list[str]:
        """The indexed claims that conflict with `claim` as a listing names them (conflict_names): the first
        `limit`, or all."""
        return conflict_names(self.lookup_tiers(claim, limit).named, lang, name)

    def ids(self, claim: Claim, limit: int | None = None) -> list[str]:
        """The ids of the indexed claims that conflict with `claim`, in as-of order: the first `limit`, or all (none
        for a restatement)."""
        return self.lookup(claim, limit)[1]

    def count(self, claim: Claim) -> int:
        """How many indexed claims conflict with `claim` (none for a restatement)."""
        return self.lookup(claim, 0)[0]


def _named(
    group: Group,
    probe: Probe,
    found: list[int],
    rank: int | None = None,
    *,
    bounded: bool | None = None,
    total: bool = False,
) -> list[Conflict]:
    """The group's claims of ranks `found` as conflicts of `probe` (the group's claim of `rank`, if it is one) are
    named, with the kind and the tier of each (across measures when `bounded` says which of the two measures is
    bounded; `total`: the bounding one is a running total)."""
    if not found:
        return []
    wide = group.wide_thresholds(probe, rank)
    tiers = group.tiers(probe, wide, found, bounded, total)
    ids = group.ids
    if bounded is not None:
        return [(ids[o], _KIND_ACROSS, tier) for o, tier in zip(found, tiers, strict=True)]
    starts, ends, start, end = group.starts, group.ends, probe.start, probe.end
    return [
        (ids[o], _KIND_IF_MEETING[starts[o] <= end and start <= ends[o]], tier)  # whether their dates meet
        for o, tier in zip(found, tiers, strict=True)
    ]


def _merged(parts: list[tuple[Group, str, list[int], list[Conflict]]]) -> list[Conflict]:
    """The conflicts named on each measure (each in its group's as-of order), in one as-of order across measures:
    by as-of dates, then measure, then position (a key built only when two measures have named some)."""
    named = [part for part in parts if part[3]]
    if len(named) <= 1:
        return named[0][3] if named else []
    keyed = [
        ((group.starts[o], group.ends[o], measure, group.positions[o]), conflict)
        for group, measure, found, conflicts in named
        for o, conflict in zip(found, conflicts, strict=True)
    ]
    keyed.sort(key=itemgetter(0))
    return [conflict for _, conflict in keyed]


def store_conflicts(store: Store, claims: Iterable[Claim] | None = None) -> ConflictIndex:
    """A ConflictIndex over `claims` (default: every claim of the store) with the store's cumulative measures and
    bounds across measures (topics.yaml)."""
    return ConflictIndex(
        store.claims.values() if claims is None else claims,
        cumulative=cumulative_measures(store.topics),
        bounds=measure_bounds(store.topics),
    )


def measure_conflicts(store: Store, topic: str, measure: str) -> ConflictIndex:
    """A ConflictIndex of the claims on one measure and on the measures bounds tie it to: all a claim on it can
    conflict with."""
    bounds = measure_bounds(store.topics)
    tied = (
        {measure}
        | {m for t, m, b in bounds if t == topic and b == measure}
        | {b for t, m, b in bounds if t == topic and m == measure}
    )
    claims = (claim for key in sorted(tied) for claim in store.claims_on(topic, key))
    return ConflictIndex(claims, cumulative=cumulative_measures(store.topics), bounds=bounds)
