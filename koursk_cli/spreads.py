"""The spread of each measure: its lowest and highest stated figures, who states them, and the conflicts its claims
take part in (counted and named by conflicts/). Pure.

A spread never holds a claim: what it shows of the claims at each end is `Stated`, and a SpreadBuilder holds about
100 bytes a claim (conflicts.Members), so a store of a million events is summed in one pass, read in any order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain, islice
from typing import Any, NamedTuple

from .claimquery import ClaimQuery, claim_order, claim_ranks, select_claims
from .claims import (
    ConflictTier,
    CumulativeMeasures,
    MeasureBounds,
    comparable,
    cumulative_measures,
    format_value,
    measure_bounds,
    nominal,
)
from .conflicts import (
    CONFLICTS_SHOWN,
    AcrossTally,
    ConflictIndex,
    Group,
    KindCounts,
    Members,
    SelectionConflicts,
    add_member,
    counted_kinds,
    kind_counts,
    selection_conflicts,
)
from .model import Claim, Store


class Stated(NamedTuple):
    """A claim at the lowest or highest figure of its measure, as a spread shows it: never the whole claim (in a
    generated store of 1,000,000 events a fifth of all claims state the same lowest figure)."""

    id: str
    display: str
    asserted_by: tuple[str, ...]
    source: str


def stated(claim: Claim, shared: dict[Any, Any]) -> Stated:
    """What a spread shows of `claim`, its display, asserters and source kept once in `shared` (a fifth of a large
    store's claims may state the lowest figure: a few displays and asserters, thousands of sources)."""
    parts = (format_value(claim), claim.asserted_by, claim.source)
    display, asserted_by, source = (shared.setdefault(part, part) for part in parts)
    return Stated(claim.id, display, asserted_by, source)


class Spread(NamedTuple):
    """Lowest and highest stated figure on one measure (`low`, `high`), with every claim that states each, how many
    claims state it (`size`), and the conflicts its claims take part in: how many of each kind (`kinds`, every kind
    present; a pair across measures counts for both of its measures), and the first pairs (all of them when `spreads`
    was asked for every pair), in the one order named_pairs gives: those on the measure, then those across measures,
    its claim first, in claim order."""

    topic: str
    measure: str
    size: int
    low: int | float
    high: int | float
    lowest: tuple[Stated, ...]
    highest: tuple[Stated, ...]
    conflict_count: int
    conflicts: tuple[tuple[Claim, Claim], ...]
    kinds: KindCounts
    firm_count: int
    """Of `conflict_count`, the firm ones (claims.ConflictTier): counted in the same sweeps over the widened bounds
    and the pinned days."""
    firm_kinds: KindCounts
    same_day_count: int
    """Of `conflict_count`, those only if on the same day (claims.ConflictTier.SAME_DAY)."""
    same_day_kinds: KindCounts

    def with_selection(self, conflicts: SelectionConflicts, named: tuple[tuple[Claim, Claim], ...]) -> Spread:
        """The spread with the conflicts of a selection of its claims (selection_conflicts: the counts) and the pairs
        it names (named_pairs) in place of its own: every conflict field from one place, so a new one is added here
        once (rev37 C9)."""
        return self._replace(
            conflict_count=conflicts.total,
            conflicts=named,
            kinds=conflicts.kinds,
            firm_count=conflicts.firm,
            firm_kinds=conflicts.firm_kinds,
            same_day_count=conflicts.same_day,
            same_day_kinds=conflicts.same_day_kinds,
        )


class _Side:
    """One end of a measure's figures as `min` (or `max`) finds it over the claims in their order, whatever the order
    they are read in (each comes with its position): NaN when the first claim's figure is NaN (nothing replaces it),
    else the lowest (highest) other figure, the first of equals; with what a spread shows of each claim stating it."""

    __slots__ = ("_beyond", "_nans", "_shared", "_ties", "_value")

    def __init__(self, beyond: Callable[[float, float], bool], shared: dict[Any, Any]) -> None:
        self._beyond = beyond  # lower than (or higher than)
        self._shared = shared
        self._value: float | None = None
        self._ties: list[tuple[int, float, Stated]] = []  # position, figure, claim
        self._nans: dict[int, tuple[str, float]] = {}  # position: id and figure of each claim stating NaN

    def add(self, claim: Claim, position: int) -> None:
        value = nominal(claim)
        if value != value:
            self._nans[position] = (claim.id, value)
        elif self._value is None or self._beyond(value, self._value):
            self._value, self._ties = value, [(position, value, stated(claim, self._shared))]
        elif value == self._value:
            self._ties.append((position, value, stated(claim, self._shared)))

    def reorder(self, ranks: Sequence[int]) -> None:
        self._ties = [(ranks[position], value, shown) for position, value, shown in self._ties]
        self._nans = {ranks[position]: found for position, found in self._nans.items()}

    def result(self, first: int) -> tuple[float, tuple[Stated, ...]]:
        """The figure and the claims stating it, `first` being the position of the measure's first claim."""
        if first in self._nans:
            return self._nans[first][1], ()
        self._ties.sort(key=lambda tie: tie[0])
        return self._ties[0][1], tuple(shown for _, _, shown in self._ties)


class SpreadBuilder:
    """The spreads of claims read in any order, each at its position in the order the spreads are of: conflicting
    pairs are named in that order, the lowest and highest figures found as `min` and `max` over it. Holds about 100
    bytes a claim (see Members), never a claim."""

    def __init__(self, cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()) -> None:
        self._cumulative = cumulative
        self._bounds = bounds  # a measure's conflicts across measures count in its spread (rule 9)
        self._members: dict[tuple[str, str], Members] = {}
        self._sides: dict[tuple[str, str], tuple[_Side, _Side]] = {}
        self._shared: dict[Any, Any] = {}
        self.read = 0

    def add(self, claim: Claim, position: int | None = None) -> None:
        """Read one claim at `position` (default: its rank among the claims read)."""
        at = self.read if position is None else position
        self.read += 1
        if not comparable(claim):
            return
        key = (claim.topic, claim.measure)
        add_member(self._members, claim, at, self._cumulative)
        sides = self._sides.get(key)
        if sides is None:
            sides = self._sides[key] = (
                _Side(lambda a, b: a < b, self._shared),
                _Side(lambda a, b: a > b, self._shared),
            )
        sides[0].add(claim, at)
        sides[1].add(claim, at)

    def reorder(self, ranks: Sequence[int]) -> None:
        """Put the claim read at position p at position ranks[p] instead (ranks unique)."""
        for members in self._members.values():
            members.reorder(ranks)
        for low, high in self._sides.values():
            low.reorder(ranks)
            high.reorder(ranks)

    def spreads(
        self, claim_at: Callable[[int], Claim], pair_limit: int | None = CONFLICTS_SHOWN, *, counted: bool = True
    ) -> list[Spread]:
        """One spread per (topic, measure), in the order the measures first appear, naming at most `pair_limit`
        conflicting pairs each (None: every pair), whose claims are fetched by position (`claim_at`): those on the
        measure, then those across measures (with the bounds given), its claim first. Not `counted`: the figures
        alone, every conflict field empty (for a caller that counts them against other claims, or shows none).

        Called once: a measure's members become its Group when its spread, or that of a measure a bound ties to it,
        is first counted, and the group with its counts is let go after the last of those, so the groups of a
        store are never all held at once (`topics` at 1,000,000 events: 435 MB peak when they were)."""
        members = self._members
        firsts = sorted((min(held.positions), key) for key, held in members.items())
        sizes = {key: len(held.ids) for key, held in members.items()}
        groups: dict[tuple[str, str], Group] = {}

        def group(key: tuple[str, str]) -> Group:
            if key not in groups:
                groups[key] = Group(members.pop(key))
            return groups[key]

        across = AcrossTally(group, frozenset(members), self._bounds, self._cumulative)
        last = {read: index for index, (_, key) in enumerate(firsts) for read in (key, *across.tied(key))}
        result = []
        for index, (first, key) in enumerate(firsts):
            low, high = self._sides.pop(key)
            (low_value, lowest), (high_value, highest) = low.result(first), high.result(first)
            none = kind_counts({})
            spread = Spread(*key, sizes[key], low_value, high_value, lowest, highest, 0, (), none, 0, none, 0, none)
            result.append(_counted(spread, group(key), across, claim_at, pair_limit) if counted else spread)
            for done in [held for held in groups if last[held] <= index]:
                del groups[done]
        return result


def _counted(
    spread: Spread, group: Group, across: AcrossTally, claim_at: Callable[[int], Claim], pair_limit: int | None
) -> Spread:
    """The spread with its measure's conflicts (`group`) counted by kind in each tier and the first `pair_limit`
    named: those on the measure in as-of order, then those across measures."""
    key = (spread.topic, spread.measure)
    kinds, firm_kinds, same_day_kinds = [
        counted_kinds(group, across, key, tier) for tier in (None, ConflictTier.FIRM, ConflictTier.SAME_DAY)
    ]
    return spread._replace(
        conflict_count=sum(n for _, n in kinds),
        conflicts=named_pairs(group, across, key, lambda held, rank: claim_at(held.positions[rank]), pair_limit),
        kinds=kinds,
        firm_count=sum(n for _, n in firm_kinds),
        firm_kinds=firm_kinds,
        same_day_count=sum(n for _, n in same_day_kinds),
        same_day_kinds=same_day_kinds,
    )


def named_pairs(
    group: Group,
    across: AcrossTally,
    key: tuple[str, str],
    claim_of: Callable[[Group, int], Claim],
    pair_limit: int | None,
    listed: Callable[[str], bool] | None = None,
) -> tuple[tuple[Claim, Claim], ...]:
    """The first `pair_limit` (None: all) conflicting pairs the spread of measure `key` names, in the one order
    every spread names them, filtered or not (`topics`, `show TOPIC`): first those on the measure, each of its listed
    claims in claim order with its partners in claim order, a pair of two listed claims once (the earlier first);
    then those across measures, bound by bound (AcrossTally), each listed claim in claim order with its partners in
    theirs. Listed: those `listed` by id (None: every claim of `group`). Claim order is the groups' order (as-of
    dates, then position) once positions are ranks in claim order (SpreadBuilder.reorder, ConflictIndex.reorder);
    `claim_of` gives the claim of a group's rank."""
    if listed is None:
        own: Iterator[tuple[int, int]] = ((a, b) for a, b, _ in group.pairs())
    else:
        counts, ids = group.counts(), group.ids
        own = (
            (a, b)
            for a in range(len(ids))
            if counts[a] and listed(ids[a])
            for b in group.conflicting(group.probe(a), None, a)
            if b > a or not listed(ids[b])
        )
    pairs = chain((((group, a), (group, b)) for a, b in own), across.pairs(key, listed))
    return tuple((claim_of(*one), claim_of(*other)) for one, other in islice(pairs, pair_limit))


def spreads(
    claims: Sequence[Claim],
    cumulative: CumulativeMeasures,
    bounds: MeasureBounds = frozenset(),
    *,
    pair_limit: int | None = CONFLICTS_SHOWN,
    counted: bool = True,
) -> list[Spread]:
    """One spread per (topic, measure), in the order the measures first appear in `claims`, naming at most
    `pair_limit` conflicting pairs each (None: every pair). `claims` is read once and only the claims of the pairs
    named are taken from it again, so a lazy sequence (claims fetched by id from a cache) is never held whole.
    `cumulative`: the measures whose totals may not fall (claims.cumulative_measures); `bounds`: those bounded by
    others (claims.measure_bounds), whose conflicts across measures count in both measures' spreads. Not `counted`:
    the figures alone (SpreadBuilder.spreads)."""
    builder = SpreadBuilder(cumulative, bounds)
    for claim in claims:
        builder.add(claim)
    return builder.spreads(claims.__getitem__, pair_limit, counted=counted)


def selection_spreads(store: Store, query: ClaimQuery, pair_limit: int | None) -> list[Spread]:
    """The spread of each measure's claims that `query` selects, its conflicts counted as `koursk claims` counts them
    under the same filters (selection_conflicts): the pairs with a selected claim of the measure, against every
    claim of its measure and of the measures bounds tie it to (under --as-of, every one published by then), so a
    filter never hides a clash (`koursk docs claims`); named as every spread names them (named_pairs)."""
    cumulative, bounds = cumulative_measures(store.topics), measure_bounds(store.topics)
    index = ConflictIndex(cumulative=cumulative, bounds=bounds)
    order = claim_order(store)
    keys: list[tuple[Any, ...]] = []  # of each claim indexed: its claim_order key, then when it was read

    def indexed(claim: Claim) -> None:
        keys.append((*order(claim), len(keys)))
        index.add(claim)

    found = select_claims(store, query, every=indexed)
    keys.sort()
    index.reorder(claim_ranks(keys, len(keys)))
    del keys[:]
    by_measure: dict[tuple[str, str], list[str]] = {}  # ids, never claims: every claim of a store at most one a time
    for claim in found:
        by_measure.setdefault((claim.topic, claim.measure), []).append(claim.id)
    across = AcrossTally(index.group, index.measures, bounds, cumulative)
    result = []
    for spread in spreads(found, cumulative, bounds, counted=False):  # conflicts counted here
        key = (spread.topic, spread.measure)
        listed = by_measure[key]
        counted = selection_conflicts(found.chosen(listed), index, store.claims.__getitem__, 0)
        named = named_pairs(
            index.group(key), across, key, lambda group, rank: store.claims[group.ids[rank]], pair_limit,
            frozenset(listed).__contains__,
        )  # fmt: skip
        result.append(spread.with_selection(counted, named))
    return result


def store_spreads(store: Store, *, pair_limit: int | None = CONFLICTS_SHOWN) -> list[Spread]:
    """spreads(run_claim_query(store, ClaimQuery()), pair_limit=...) from one pass over the store: each claim is read
    in store order and placed at its rank in claim order (select_claims sorts the ids), and only the claims of the
    pairs named are fetched again."""
    builder = SpreadBuilder(cumulative_measures(store.topics), measure_bounds(store.topics))
    found = select_claims(store, ClaimQuery(), every=builder.add)  # selects every claim: each read has its rank
    builder.reorder(found.ranks)
    return builder.spreads(found.__getitem__, pair_limit)
