"""Conflicts and spreads over a whole measure, without ever holding a pair. Pure.

A large store holds thousands of claims per measure, and conflicting pairs grow with their square (764,390 in a
100,000-event benchmark store), so no pair is ever held: each claim's conflicts are counted by dominance counting
over dates and bounds, named by scanning only the claims whose dates can overlap its own, and listed a few at a
time (`CONFLICTS_SHOWN`). Whether two claims conflict is claims.conflict.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, NamedTuple

from .claimquery import ClaimQuery, select_claims
from .claims import Bound, comparable, format_value, nominal, value_bounds
from .model import Claim, Store

CONFLICTS_SHOWN = 10
"""How many conflicting claims (or pairs) a listing names by default; it always gives the full count, and `--all`
names every one."""


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
    claims state it (`size`), and its conflicting pairs: how many, and the first ones (all of them when `spreads` was
    asked for every pair)."""

    topic: str
    measure: str
    size: int
    low: int | float
    high: int | float
    lowest: tuple[Stated, ...]
    highest: tuple[Stated, ...]
    conflict_count: int
    conflicts: tuple[tuple[Claim, Claim], ...]


_BoundKey = tuple[int, Bound]
"""A value bound as a sortable key: (0, bound), or for NaN a rank that puts it past every number."""


def _order_keys(claim: Claim) -> tuple[_BoundKey, _BoundKey]:
    """The claim's (low, high) bounds as keys on which `a_low > b_high` means exactly `not a_low <= b_high`.

    Plain floats would do but for NaN (YAML `.nan` passes the store's checks): `compatible` finds a NaN bound
    compatible with nothing, so a NaN low sorts above +inf and a NaN high below -inf."""
    low, high = value_bounds(claim)
    return (1, 0.0) if math.isnan(low) else (0, low), (-1, 0.0) if math.isnan(high) else (0, high)


def _count_below(points: Sequence[tuple[int, int]], queries: Sequence[tuple[int, int]]) -> list[int]:
    """For each query (x, y), how many points (px, py) have px <= x and py < y: one sweep over x with a Fenwick tree
    over the distinct y of the points, O((points + queries) log points)."""
    ys = sorted({y for _, y in points})
    tree = [0] * (len(ys) + 1)
    by_x = sorted(points)
    counts = [0] * len(queries)
    added = 0
    for query in sorted(range(len(queries)), key=lambda q: queries[q][0]):
        x, y = queries[query]
        while added < len(by_x) and by_x[added][0] <= x:
            slot = bisect_left(ys, by_x[added][1]) + 1
            while slot <= len(ys):
                tree[slot] += 1
                slot += slot & -slot
            added += 1
        slot, total = bisect_left(ys, y), 0
        while slot:
            total += tree[slot]
            slot -= slot & -slot
        counts[query] = total
    return counts


def _dated_below(
    starts: Sequence[int], ends: Sequence[int], keys: Sequence[int], thresholds: Sequence[int]
) -> list[int]:
    """For each claim c (day ordinals, start <= end): how many claims o whose dates overlap c's have
    keys[o] < thresholds[c]. Those starting by c's end, less those that ended before c's start."""
    reaching = _count_below(list(zip(starts, keys, strict=True)), list(zip(ends, thresholds, strict=True)))
    ended = _count_below(
        list(zip(ends, keys, strict=True)), [(start - 1, key) for start, key in zip(starts, thresholds, strict=True)]
    )
    return [r - e for r, e in zip(reaching, ended, strict=True)]


_LENGTH_CLASSES = (0, 1, 3, 7, 15, 31, 62, 92, 183, 366, 731, 1830)
"""Upper bounds (days from start to end) of the classes `_Group` files claims by, so a claim's date window reaches
back only as far as the longest claim of each class rather than of the whole measure."""


class _Probe(NamedTuple):
    """What looking a claim's conflicts up needs of it, computed once per lookup."""

    id: str
    start: int
    end: int
    low: _BoundKey
    high: _BoundKey


def _probe(claim: Claim) -> _Probe:
    low, high = _order_keys(claim)
    return _Probe(claim.id, claim.as_of.start.toordinal(), claim.as_of.end.toordinal(), low, high)


class _Members:
    """The separate claims of one (topic, measure) as they are read, keeping only what finding conflicts needs: the
    id, where the claim was in what was read (to fetch it again), its dates as day numbers and its bound keys (equal
    keys kept once). About 100 bytes a claim, where a Claim with its dates and quote is a few kilobytes."""

    __slots__ = ("_keys", "ends", "highs", "ids", "lows", "positions", "starts")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.positions = array("q")
        self.starts = array("q")
        self.ends = array("q")
        self.lows: list[_BoundKey] = []
        self.highs: list[_BoundKey] = []
        self._keys: dict[_BoundKey, _BoundKey] = {}

    def add(self, claim: Claim, position: int) -> None:
        low, high = _order_keys(claim)
        self.ids.append(claim.id)
        self.positions.append(position)
        self.starts.append(claim.as_of.start.toordinal())
        self.ends.append(claim.as_of.end.toordinal())
        self.lows.append(self._keys.setdefault(low, low))
        self.highs.append(self._keys.setdefault(high, high))


class _Group:
    """The claims on one (topic, measure), in as-of order (start, end, then position), as columns: ids,
    positions, dates as day numbers and value bounds as their ranks among the group's bounds, so every test is a
    comparison of integers. Nothing here holds a claim or a pair: a claim's conflicts are counted with four dominance
    counts and named by scanning only the claims whose dates can overlap its own."""

    def __init__(self, members: _Members) -> None:
        order = sorted(
            range(len(members.ids)), key=lambda i: (members.starts[i], members.ends[i], members.positions[i])
        )
        self.ids = [members.ids[i] for i in order]
        self.positions = array("q", [members.positions[i] for i in order])
        self.starts = array("q", [members.starts[i] for i in order])
        self.ends = array("q", [members.ends[i] for i in order])
        self.bounds = sorted({*members.lows, *members.highs})
        rank_of = {key: rank for rank, key in enumerate(self.bounds)}
        self.lows = array("q", [rank_of[members.lows[i]] for i in order])
        self.highs = array("q", [rank_of[members.highs[i]] for i in order])
        by_class: dict[int, list[int]] = {}
        for rank, (start, end) in enumerate(zip(self.starts, self.ends, strict=True)):
            by_class.setdefault(bisect_left(_LENGTH_CLASSES, end - start), []).append(rank)
        # (longest length, starts, ranks) per class; ranks ascend, so starts do too.
        self.classes = [
            (
                max(self.ends[r] - self.starts[r] for r in ranks),
                array("q", [self.starts[r] for r in ranks]),
                array("q", ranks),
            )
            for ranks in by_class.values()
        ]
        self._counts: array[int] | None = None
        self._rank_of: dict[str, int] | None = None  # the first rank of each id
        self._more_ranks: dict[str, list[int]] = {}  # the other ranks of a repeated id (a store in memory may repeat)

    def rank(self, probe: _Probe) -> int | None:
        """The rank of a claim in the group: an indexed claim with its id, dates and bounds (None: not indexed)."""
        if self._rank_of is None:
            self._rank_of = {}
            for rank, claim_id in enumerate(self.ids):
                if self._rank_of.setdefault(claim_id, rank) != rank:
                    self._more_ranks.setdefault(claim_id, []).append(rank)
        first = self._rank_of.get(probe.id)
        ranks: tuple[int, ...] = () if first is None else (first, *self._more_ranks.get(probe.id, ()))
        for rank in ranks:
            if (self.starts[rank], self.ends[rank]) == (probe.start, probe.end) and (
                self.bounds[self.lows[rank]],
                self.bounds[self.highs[rank]],
            ) == (probe.low, probe.high):
                return rank
        return None

    def _thresholds(self, low: _BoundKey, high: _BoundKey) -> tuple[int, int]:
        """(below, above): another claim is wholly below bounds (low, high) when its high rank < below, wholly above
        when its low rank >= above."""
        return bisect_left(self.bounds, low), bisect_right(self.bounds, high)

    def conflicting(self, probe: _Probe, limit: int | None = None, total: int | None = None) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims that conflict with a claim (which need not be in
        the group). `total`, when known, is how many there are: the scan stops once it has found them all."""
        thresholds = self._thresholds(probe.low, probe.high)
        return self._conflicting(probe.id, probe.start, probe.end, thresholds, limit, total)

    def _conflicting_rank(self, rank: int) -> list[int]:
        thresholds = self._thresholds(self.bounds[self.lows[rank]], self.bounds[self.highs[rank]])
        return self._conflicting(self.ids[rank], self.starts[rank], self.ends[rank], thresholds)

    def _conflicting(
        self,
        own_id: str,
        start: int,
        end: int,
        thresholds: tuple[int, int],
        limit: int | None = None,
        total: int | None = None,
    ) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims whose dates overlap [start, end] and whose figures
        lie wholly outside the thresholds; those of a class can only start within its longest length before
        `start`."""
        if total == 0:
            return []
        below, above = thresholds
        ends, lows, highs, ids = self.ends, self.lows, self.highs, self.ids
        found: list[int] = []
        seen = 0
        past = len(ids)  # once `limit` are found, no rank from their last on can be among the first
        for longest, starts, ranks in self.classes:
            first = bisect_left(starts, start - longest)
            last = bisect_left(ranks, past, first, bisect_right(starts, end))
            taken = 0
            for index in range(first, last):
                rank = ranks[index]
                if ends[rank] >= start and (highs[rank] < below or lows[rank] >= above) and ids[rank] != own_id:
                    found.append(rank)
                    seen += 1
                    taken += 1
                    if taken == limit or seen == total:
                        break
            if seen == total:
                break
            if limit is not None and len(found) >= limit:
                found.sort()
                del found[limit:]
                past = found[-1] if found else 0
        found.sort()
        return found[:limit]

    def counts(self) -> array[int]:
        """How many claims of the group conflict with each (by rank): computed once, in O(n log n) but for
        inverted intervals and repeated ids, which are corrected one by one."""
        if self._counts is None:
            self._counts = array("q", self._count_all())
        return self._counts

    def _count_all(self) -> list[int]:
        starts, ends, lows, highs = self.starts, self.ends, self.lows, self.highs
        # Others wholly below (their high under my low) plus others wholly above (their low over my high; negated
        # ranks turn > into <).
        below = _dated_below(starts, ends, highs, lows)
        above = _dated_below(starts, ends, [-low for low in lows], [-high for high in highs])
        counts = [b + a for b, a in zip(below, above, strict=True)]
        # An inverted interval (low > high: a NaN bound, a negative approximate or at-most figure) can be both
        # below and above, counted twice; an inverted claim's own count is simply taken by scanning.
        inverted = [rank for rank in range(len(lows)) if lows[rank] > highs[rank]]
        for rank in inverted:
            counts[rank] = len(self._conflicting_rank(rank))
        for other in inverted:
            for rank in range(len(lows)):
                if (
                    lows[rank] <= highs[rank] < lows[other]
                    and highs[other] < lows[rank]
                    and self._dates_meet(rank, other)
                ):
                    counts[rank] -= 1
        # A repeated id never conflicts with itself.
        by_id: dict[str, list[int]] = {}
        for rank, claim_id in enumerate(self.ids):
            by_id.setdefault(claim_id, []).append(rank)
        for ranks in by_id.values():
            for rank in ranks if len(ranks) > 1 else ():
                if lows[rank] > highs[rank]:
                    continue  # counted by scanning, which already leaves its id out
                for other in ranks:
                    disjoint = highs[other] < lows[rank] or lows[other] > highs[rank]
                    if other != rank and disjoint and self._dates_meet(rank, other):
                        counts[rank] -= 1
        return counts

    def _dates_meet(self, a: int, b: int) -> bool:
        return self.starts[a] <= self.ends[b] and self.starts[b] <= self.ends[a]

    def pairs(self) -> Iterator[tuple[int, int]]:
        """Each conflicting pair once, as ranks (a, b) with a before b in as-of order, sorted by a then b. A later
        partner starts within a's dates, so only that stretch of the order is scanned, and only for a claim that
        has conflicts at all."""
        counts, lows, highs, ids = self.counts(), self.lows, self.highs, self.ids
        for rank in range(len(ids)):
            if not counts[rank]:
                continue
            low, high = lows[rank], highs[rank]
            for other in range(rank + 1, bisect_right(self.starts, self.ends[rank])):
                if (highs[other] < low or lows[other] > high) and ids[other] != ids[rank]:
                    yield rank, other


def _members(claims: Iterable[Claim]) -> dict[tuple[str, str], _Members]:
    """The separate claims by (topic, measure), as read: a restatement, or a draft's figure without a value, topic or
    measure (claims.comparable), counts in no spread and is party to no conflict."""
    groups: dict[tuple[str, str], _Members] = {}
    for position, claim in enumerate(claims):
        _add_member(groups, claim, position)
    return groups


def _add_member(groups: dict[tuple[str, str], _Members], claim: Claim, position: int) -> None:
    if comparable(claim):
        key = (claim.topic, claim.measure)
        members = groups.get(key)
        if members is None:
            members = groups[key] = _Members()
        members.add(claim, position)


def conflict_id_pairs(claims: Iterable[Claim]) -> Iterator[tuple[str, str]]:
    """The ids of each conflicting pair once, as it is found (never all held at once), reading `claims` once and
    holding none of them: measure by measure in the order the measures first appear, then (a, b) with a before b in
    as-of order (start, end, then the order of `claims`)."""
    for group in map(_Group, _members(claims).values()):
        for a, b in group.pairs():
            yield group.ids[a], group.ids[b]


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
    bytes a claim (see _Members), never a claim."""

    def __init__(self) -> None:
        self._members: dict[tuple[str, str], _Members] = {}
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
        _add_member(self._members, claim, at)
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
            members.positions = array("q", [ranks[position] for position in members.positions])
        for low, high in self._sides.values():
            low.reorder(ranks)
            high.reorder(ranks)

    def spreads(self, claim_at: Callable[[int], Claim], pair_limit: int | None = CONFLICTS_SHOWN) -> list[Spread]:
        """One spread per (topic, measure), in the order the measures first appear, naming at most `pair_limit`
        conflicting pairs each (None: every pair), whose claims are fetched by position (`claim_at`)."""
        result = []
        groups = [(min(members.positions), key, _Group(members)) for key, members in self._members.items()]
        for first, (topic, measure), group in sorted(groups, key=lambda item: item[0]):
            low, high = self._sides[(topic, measure)]
            (low_value, lowest), (high_value, highest) = low.result(first), high.result(first)
            named = islice(group.pairs(), pair_limit)
            result.append(
                Spread(
                    topic,
                    measure,
                    len(group.ids),
                    low_value,
                    high_value,
                    lowest,
                    highest,
                    sum(group.counts()) // 2,
                    tuple((claim_at(group.positions[a]), claim_at(group.positions[b])) for a, b in named),
                )
            )
        return result


def spreads(claims: Sequence[Claim], *, pair_limit: int | None = CONFLICTS_SHOWN) -> list[Spread]:
    """One spread per (topic, measure), in the order the measures first appear in `claims`, naming at most
    `pair_limit` conflicting pairs each (None: every pair). `claims` is read once and only the claims of the pairs
    named are taken from it again, so a lazy sequence (claims fetched by id from a cache) is never held whole."""
    builder = SpreadBuilder()
    for claim in claims:
        builder.add(claim)
    return builder.spreads(claims.__getitem__, pair_limit)


class ConflictIndex:
    """Conflicts looked up within each (topic, measure) group, without ever holding a claim or a pair: a store whose
    claims conflict by the million still answers in memory linear in its claims, about 100 bytes each.

    A group is prepared on its first lookup. A claim's conflicts are those of `conflict` against every indexed claim
    (so a repeated id is never its own conflict, and a claim that was not indexed is answered too)."""

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        self._members: dict[tuple[str, str], _Members] = {}
        self._prepared: dict[tuple[str, str], _Group] = {}
        self._read = 0
        for claim in claims:
            self.add(claim)

    def add(self, claim: Claim) -> None:
        """Index one more claim (before any lookup in its measure)."""
        assert (claim.topic, claim.measure) not in self._prepared, "a measure is indexed before it is looked up"
        _add_member(self._members, claim, self._read)
        self._read += 1

    def _group(self, claim: Claim) -> _Group:
        key = (claim.topic, claim.measure)
        group = self._prepared.get(key)
        if group is None:
            group = self._prepared[key] = _Group(self._members.pop(key) if key in self._members else _Members())
        return group

    def lookup(self, claim: Claim, limit: int | None = None) -> tuple[int, list[str]]:
        """How many indexed claims conflict with `claim`, and the ids of the first `limit` (or all) in as-of order
        (none for a restatement or a draft's figure without a value: claims.comparable)."""
        if not comparable(claim):
            return 0, []
        group = self._group(claim)
        probe = _probe(claim)
        rank = group.rank(probe)
        if rank is None:  # a claim that was not indexed
            found = group.conflicting(probe)
            return len(found), [group.ids[other] for other in found[:limit]]
        total = group.counts()[rank]
        if limit == 0:
            return total, []
        return total, [group.ids[other] for other in group.conflicting(probe, limit, total)]

    def ids(self, claim: Claim, limit: int | None = None) -> list[str]:
        """The ids of the indexed claims that conflict with `claim`, in as-of order: the first `limit`, or all (none
        for a restatement)."""
        return self.lookup(claim, limit)[1]

    def count(self, claim: Claim) -> int:
        """How many indexed claims conflict with `claim` (none for a restatement)."""
        return self.lookup(claim, 0)[0]


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


def selection_conflicts(
    claims: Sequence[Claim], index: ConflictIndex, claim_of: Callable[[str], Claim], limit: int | None
) -> SelectionConflicts:
    """The conflicts of `claims` (a listing, each indexed in `index`), naming the first `limit` pairs (None: all);
    the other claim of a pair is fetched by id (`claim_of`). Pairs of two listed claims are counted once: the
    listing's own conflicts (ConflictIndex over `claims` alone) tell how many."""
    within = ConflictIndex(claims)
    ranks: dict[str, int] = {}
    for rank, claim in enumerate(claims):
        ranks.setdefault(claim.id, rank)
    touching = inner = 0  # pairs counted from each listed end: a pair of two listed claims twice
    pairs: list[tuple[Claim, Claim, bool]] = []
    for rank, claim in enumerate(claims):
        count = index.count(claim)
        if not count:
            continue
        listed = within.count(claim)
        touching += count
        inner += listed
        if limit is not None and len(pairs) >= limit:
            continue
        # the claims skipped below (listed earlier) are among its `listed` conflicts: asking for that many more
        # still names enough
        for other in index.ids(claim, None if limit is None else limit - len(pairs) + listed):
            earlier = ranks.get(other)
            if earlier is not None and earlier < rank:
                continue  # named with that claim
            pairs.append((claim, claim_of(other), earlier is None))
            if len(pairs) == limit:
                break
    return SelectionConflicts(touching - inner // 2, touching - inner, tuple(pairs))


def store_spreads(store: Store, *, pair_limit: int | None = CONFLICTS_SHOWN) -> list[Spread]:
    """spreads(run_claim_query(store, ClaimQuery()), pair_limit=...) from one pass over the store: each claim is read
    in store order and placed at its rank in claim order (select_claims sorts the ids), and only the claims of the
    pairs named are fetched again."""
    builder = SpreadBuilder()
    found = select_claims(store, ClaimQuery(), every=builder.add)  # selects every claim: each read has its rank
    builder.reorder(found.ranks)
    return builder.spreads(found.__getitem__, pair_limit)
