"""Conflicts over a whole measure, counted and named without ever holding a pair. Pure.

A large store holds thousands of claims per measure, and conflicting pairs grow with their square (764,390 in a
100,000-event benchmark store), so no pair is ever held: each claim's conflicts are counted by dominance counting
over dates and bounds, named by scanning only the claims whose dates can overlap its own, and listed a few at a
time (`CONFLICTS_SHOWN`). Whether two claims conflict, and how (claims.ConflictKind), is claims.conflict_kind: the
pairwise rule every count here is held to (tests/test_properties.py), and what a listing asks of a pair it names.

On a cumulative measure (claims.cumulative_measures) a claim also conflicts with the claims dated wholly before it
whose lowest value is above its highest, and with those dated wholly after it whose highest is below its lowest (a
total that fell), unless they share an asserter: two more dominance counts (as-of end or start against a bound),
less those sharing an asserter, counted the same way within each set of asserters a claim has (inclusion–exclusion
over the subsets of its asserters: a claim of k asserters is filed under 2^k - 1 sets, so a claim of more than
`_SUBSET_KEYS` asserters is corrected one by one). They are named by scanning the claims dated before or after it in
blocks, skipping each block none of whose bounds or dates can qualify.

Tiers (claims.ConflictTier, claims.tier_of_conflict for one pair): a conflict is firm on the figures when it still
holds with every bare round figure read as approximate (claims.widened: 10,000 as ±10 %), else it holds only if the
round figures are exact. Widened claims are counted the same way as stated ones, on every kind of conflict (across
measures too): each claim's bounds are ranked as stated and widened, every count is taken of both in the same sweeps
(a Fenwick tree each), and a conflict found is told its tier by testing its pair (Group.tier), so the tiers cost no
second index or group. Of those firm on the figures, the ones whose dates can be read as days on which both hold are
only if on the same day (claims.dates_reconcile): counted apart per day, by bisection (Group._same_day,
_pinned_across), the others are firm. The spreads built on these counts are spreads.py.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from itertools import combinations
from typing import TYPE_CHECKING, Any, NamedTuple

from .claims import (
    CONFLICT_TIERS,
    Bound,
    ConflictKind,
    ConflictTier,
    CumulativeMeasures,
    MeasureBounds,
    comparable,
    conflict_label,
    conflict_legend,
    cumulative_measures,
    format_value,
    kind_of_conflict,
    measure_bounds,
    pinned_window,
    tier_of_conflict,
    value_bounds,
    widened,
)
from .humanize import colon, digits, human_date
from .model import Claim, Store
from .placeholders import TODO_ASSERTER, badged, entity
from .words import LEGEND

if TYPE_CHECKING:  # spreads.py builds on this module
    from .spreads import Stated

CONFLICTS_SHOWN = 10
"""How many conflicting claims (or pairs) a listing names by default; it always gives the full count, and `--all`
names every one."""


KindCounts = tuple[tuple[ConflictKind, int], ...]
"""How many conflicts of each kind, every kind of claims.ConflictKind in its order (JSON's `conflict_counts`)."""


def kind_counts(counts: dict[ConflictKind, int]) -> KindCounts:
    """Every kind with its count (0 when absent), in ConflictKind's order."""
    return tuple((kind, counts.get(kind, 0)) for kind in ConflictKind)


_BoundKey = tuple[int, Bound]
"""A value bound as a sortable key: (0, bound), or for NaN a rank that puts it past every number."""


def _order_keys(claim: Claim) -> tuple[_BoundKey, _BoundKey]:
    """The claim's (low, high) bounds as keys on which `a_low > b_high` means exactly `not a_low <= b_high`.

    Plain floats would do but for NaN (YAML `.nan` passes the store's checks): `compatible` finds a NaN bound
    compatible with nothing, so a NaN low sorts above +inf and a NaN high below -inf. A whole Fraction (±10 % of
    10,000) is kept as the int it equals, which orders and hashes the same, many times faster."""
    low, high = (
        bound.numerator if isinstance(bound, Fraction) and bound.denominator == 1 else bound
        for bound in value_bounds(claim)
    )
    return (1, 0.0) if math.isnan(low) else (0, low), (-1, 0.0) if math.isnan(high) else (0, high)


_Keys = tuple[_BoundKey, _BoundKey, _BoundKey, _BoundKey]
"""A claim's (low, high) order keys as stated, then with its round figure widened (claims.widened; the same keys
when it has none): the firm conflicts are those the widened keys still find."""

_FIGURE_KEYS: dict[tuple[Any, ...], _Keys] = {}
_FIGURES_KEPT = 4096
"""How many figures' keys are kept: a large store states a few figures thousands of times, and widening one (or
reading an approximate one) is exact Fraction arithmetic."""


def _bound_keys(claim: Claim) -> _Keys:
    """_order_keys of the claim and of the claim widened, each figure computed once (up to _FIGURES_KEPT of them)."""
    values = (claim.value, claim.value_min, claim.value_max)
    figure = (claim.value_kind, *values, *map(type, values))
    keys = _FIGURE_KEYS.get(figure)
    if keys is None:
        low, high = _order_keys(claim)
        wide = widened(claim)
        keys = (low, high, *_order_keys(wide)) if wide is not claim else (low, high, low, high)
        if len(_FIGURE_KEYS) < _FIGURES_KEPT:
            _FIGURE_KEYS[figure] = keys
    return keys


def _count_below(
    points: Sequence[int], queries: Sequence[int], columns: Sequence[tuple[Sequence[Any], Sequence[Any]]]
) -> list[list[int]]:
    """For each column (point keys py, query keys qy) and each query q: how many points p have points[p] <=
    queries[q] and py[p] < qy[q]. One sweep over x for every column (the conflicts as stated and widened share it),
    with a Fenwick tree per column over the distinct keys of its points, O(columns (points + queries) log points)."""
    by_x = sorted(range(len(points)), key=points.__getitem__)
    trees = []
    for point_keys, query_keys in columns:
        keys = sorted(set(point_keys))
        rank = {key: slot for slot, key in enumerate(keys, 1)}
        trees.append(
            ([0] * (len(keys) + 1), [rank[point_keys[p]] for p in by_x], [bisect_left(keys, y) for y in query_keys])
        )
    counts = [[0] * len(queries) for _ in columns]
    added = 0
    for query in sorted(range(len(queries)), key=queries.__getitem__):
        x = queries[query]
        while added < len(by_x) and points[by_x[added]] <= x:
            for tree, slots, _ in trees:
                slot, top = slots[added], len(tree)
                while slot < top:
                    tree[slot] += 1
                    slot += slot & -slot
            added += 1
        for column, (tree, _, thresholds) in enumerate(trees):
            slot, total = thresholds[query], 0
            while slot:
                total += tree[slot]
                slot -= slot & -slot
            counts[column][query] = total
    return counts


def _dated_below(
    starts: Sequence[int], ends: Sequence[int], columns: Sequence[tuple[Sequence[int], Sequence[int]]]
) -> list[list[int]]:
    """For each column (keys, thresholds) and each claim c (day ordinals, start <= end): how many claims o whose
    dates overlap c's have keys[o] < thresholds[c]. Those starting by c's end, less those that ended before c's
    start."""
    reaching = _count_below(starts, ends, columns)
    ended = _count_below(ends, [start - 1 for start in starts], columns)
    return [[r - e for r, e in zip(*counts, strict=True)] for counts in zip(reaching, ended, strict=True)]


_LENGTH_CLASSES = (0, 1, 3, 7, 15, 31, 62, 92, 183, 366, 731, 1830)
"""Upper bounds (days from start to end) of the classes `Group` files claims by, so a claim's date window reaches
back only as far as the longest claim of each class rather than of the whole measure."""


Asserters = frozenset[str]
"""Who asserts a claim, as keys two claims share exactly when claims.same_asserter says so: `@actor` for each actor,
or `#source` for the article's own voice."""


def _asserters(claim: Claim) -> Asserters:
    if claim.asserted_by:  # a draft's todo-asserter (--drafts) is an unnamed speaker of its own: `?ID`, never shared
        return frozenset(f"?{claim.id}" if actor == TODO_ASSERTER else f"@{actor}" for actor in claim.asserted_by)
    return frozenset((f"#{claim.source}",))


_SUBSET_KEYS = 6
"""A claim of more asserters than this is not filed under every set of them (2^k - 1 sets): the claims sharing one
with it, that a total fell between, are found by scanning."""

_BLOCK = 64
"""Ranks per block in the scans for totals that fell: each block keeps its lowest as-of end, its highest low bound
and its lowest high bound, so a scan skips a block none of whose claims can qualify."""


class _Probe(NamedTuple):
    """What looking a claim's conflicts up needs of it, computed once per lookup."""

    id: str
    start: int
    end: int
    low: _BoundKey
    high: _BoundKey
    asserters: Asserters
    wide_low: _BoundKey
    """The bounds with a round figure widened (claims.widened), which tell a conflict's tier."""
    wide_high: _BoundKey
    pinned_start: int
    """The as-of days an approximate end widened (claims.pinned_window), which tell a firm pair from a same-day one."""
    pinned_end: int


def _probe(claim: Claim) -> _Probe:
    low, high, wide_low, wide_high = _bound_keys(claim)
    start, end = claim.as_of.start.toordinal(), claim.as_of.end.toordinal()
    pinned_start, pinned_end = (day.toordinal() for day in pinned_window(claim))
    return _Probe(claim.id, start, end, low, high, _asserters(claim), wide_low, wide_high, pinned_start, pinned_end)


_Column = tuple[Sequence[int], Sequence[int]]
"""A group's (low ranks, high ranks): as stated, or widened (the firm conflicts)."""


def _fell_within(
    starts: Sequence[int], ends: Sequence[int], columns: Sequence[_Column]
) -> tuple[list[list[int]], list[list[int]]]:
    """For each column (bound ranks) and each claim c of a population (day ordinals): how many claims dated wholly
    before c have a low above c's high (c is the later of a total that fell), and how many dated wholly after c have a
    high below c's low (c is the earlier). Two dominance counts; a claim is never its own partner (its end is not
    before its start)."""
    before = _count_below(
        ends,
        [start - 1 for start in starts],
        [([-low for low in lows], [-high for high in highs]) for lows, highs in columns],
    )
    after = _count_below(
        [-start for start in starts], [-end - 1 for end in ends], [(highs, lows) for lows, highs in columns]
    )
    return before, after


class Members:
    """The separate claims of one (topic, measure) as they are read, keeping only what finding conflicts needs: the
    id, where the claim was in what was read (to fetch it again), its dates as day numbers and its bound keys (equal
    keys kept once), as stated and widened (_bound_keys). About 100 bytes a claim, where a Claim with its dates and
    quote is a few kilobytes."""

    __slots__ = (
        "_asserters",
        "_keys",
        "asserters",
        "cumulative",
        "ends",
        "highs",
        "ids",
        "lows",
        "pinned_ends",
        "pinned_starts",
        "positions",
        "starts",
        "wide_highs",
        "wide_lows",
    )

    def __init__(self, cumulative: bool = False) -> None:
        self.cumulative = cumulative  # a running total: who asserts each claim is kept too (equal sets once)
        self.asserters: list[Asserters] = []
        self._asserters: dict[Asserters, Asserters] = {}
        self.ids: list[str] = []
        self.positions = array("q")
        self.starts = array("q")
        self.ends = array("q")
        self.pinned_starts = array("q")
        self.pinned_ends = array("q")
        self.lows: list[_BoundKey] = []
        self.highs: list[_BoundKey] = []
        self.wide_lows: list[_BoundKey] = []
        self.wide_highs: list[_BoundKey] = []
        self._keys: dict[_BoundKey, _BoundKey] = {}

    def add(self, claim: Claim, position: int) -> None:
        low, high, wide_low, wide_high = _bound_keys(claim)
        self.ids.append(claim.id)
        self.positions.append(position)
        self.starts.append(claim.as_of.start.toordinal())
        self.ends.append(claim.as_of.end.toordinal())
        pinned_start, pinned_end = pinned_window(claim)
        self.pinned_starts.append(pinned_start.toordinal())
        self.pinned_ends.append(pinned_end.toordinal())
        self.lows.append(self._keys.setdefault(low, low))
        self.highs.append(self._keys.setdefault(high, high))
        self.wide_lows.append(self._keys.setdefault(wide_low, wide_low))
        self.wide_highs.append(self._keys.setdefault(wide_high, wide_high))
        if self.cumulative:
            asserters = _asserters(claim)
            self.asserters.append(self._asserters.setdefault(asserters, asserters))


class Group:
    """The claims on one (topic, measure), in as-of order (start, end, then position), as columns: ids,
    positions, dates as day numbers and value bounds as their ranks among the group's bounds, so every test is a
    comparison of integers. Nothing here holds a claim or a pair: a claim's conflicts are counted with four dominance
    counts and named by scanning only the claims whose dates can overlap its own; on a cumulative measure, also the
    totals that fell, with two more per set of asserters (see the module's docstring), named by scanning the blocks
    of claims dated before and after its own that can hold one.

    Each claim's bounds are ranked as stated and widened (`wide_lows`, `wide_highs`: claims.widened), among the same
    bounds: every count is taken of both columns in the same sweep, the firm conflicts being those the widened
    column finds (widening only takes conflicts away); a conflict found is told firm by testing it widened."""

    def __init__(self, members: Members) -> None:
        order = sorted(
            range(len(members.ids)), key=lambda i: (members.starts[i], members.ends[i], members.positions[i])
        )
        self.ids = [members.ids[i] for i in order]
        self.positions = array("q", [members.positions[i] for i in order])
        self.starts = array("q", [members.starts[i] for i in order])
        self.ends = array("q", [members.ends[i] for i in order])
        self.pinned_starts = array("q", [members.pinned_starts[i] for i in order])
        self.pinned_ends = array("q", [members.pinned_ends[i] for i in order])
        self.bounds = sorted({*members.lows, *members.highs, *members.wide_lows, *members.wide_highs})
        rank_of = {key: rank for rank, key in enumerate(self.bounds)}
        self.lows = array("q", [rank_of[members.lows[i]] for i in order])
        self.highs = array("q", [rank_of[members.highs[i]] for i in order])
        wide_lows = array("q", [rank_of[members.wide_lows[i]] for i in order])
        wide_highs = array("q", [rank_of[members.wide_highs[i]] for i in order])
        self.widens = wide_lows != self.lows or wide_highs != self.highs  # else every conflict is firm
        self.wide_lows, self.wide_highs = (wide_lows, wide_highs) if self.widens else (self.lows, self.highs)
        self.columns: tuple[_Column, ...] = ((self.lows, self.highs),)
        if self.widens:
            self.columns += ((self.wide_lows, self.wide_highs),)
        self.cumulative = members.cumulative
        self.asserters = [members.asserters[i] for i in order] if members.cumulative else []
        # per block of _BLOCK ranks: the lowest as-of end, the highest low rank, the lowest high rank
        blocks = range(0, len(self.ids), _BLOCK)  # every group: bounds across measures scan them too
        self.block_ends = array("q", [min(self.ends[b : b + _BLOCK]) for b in blocks])
        self.block_last_ends = array("q", [max(self.ends[b : b + _BLOCK]) for b in blocks])
        self.block_lows = array("q", [max(self.lows[b : b + _BLOCK]) for b in blocks])
        self.block_highs = array("q", [min(self.highs[b : b + _BLOCK]) for b in blocks])
        self._fell: list[tuple[array[int], array[int]]] | None = None  # per column, (before, after) per rank
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
        self._tiered: dict[ConflictTier | None, tuple[array[int], array[int]]] | None = None  # Group._tiers
        self._overlapping: list[array[int]] | None = None
        self._rank_of: dict[str, int] | None = None  # the first rank of each id
        self._more_ranks: dict[str, list[int]] = {}  # the other ranks of a repeated id (a store in memory may repeat)

    def rank(self, probe: _Probe) -> int | None:
        """The rank of a claim in the group: an indexed claim with its id, dates and bounds, as stated and widened
        (None: not indexed)."""
        if self._rank_of is None:
            self._rank_of = {}
            for rank, claim_id in enumerate(self.ids):
                if self._rank_of.setdefault(claim_id, rank) != rank:
                    self._more_ranks.setdefault(claim_id, []).append(rank)
        first = self._rank_of.get(probe.id)
        ranks: tuple[int, ...] = () if first is None else (first, *self._more_ranks.get(probe.id, ()))
        for rank in ranks:
            if (
                (self.starts[rank], self.ends[rank]) == (probe.start, probe.end)
                and (self.bounds[self.lows[rank]], self.bounds[self.highs[rank]]) == (probe.low, probe.high)
                and (self.bounds[self.wide_lows[rank]], self.bounds[self.wide_highs[rank]])
                == (probe.wide_low, probe.wide_high)
                and (self.pinned_starts[rank], self.pinned_ends[rank]) == (probe.pinned_start, probe.pinned_end)
                and (not self.cumulative or self.asserters[rank] == probe.asserters)
            ):
                return rank
        return None

    def _thresholds(self, low: _BoundKey, high: _BoundKey) -> tuple[int, int]:
        """(below, above): another claim is wholly below bounds (low, high) when its high rank < below, wholly above
        when its low rank >= above."""
        return bisect_left(self.bounds, low), bisect_right(self.bounds, high)

    def conflicting(self, probe: _Probe, limit: int | None = None, rank: int | None = None) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims that conflict with a claim (which need not be in
        the group). `rank`, when the claim is the group's claim of that rank: its counts are known, and each scan
        stops once it has found them all."""
        thresholds = self._thresholds(probe.low, probe.high)
        overlapping = None if rank is None else self.overlapping_counts()[rank]
        found = self._conflicting(probe.id, probe.start, probe.end, thresholds, limit, overlapping)
        if self.cumulative:
            totals = (None, None) if rank is None else (self.fell_counts()[0][rank], self.fell_counts()[1][rank])
            found += self._falling(probe, thresholds, limit, totals)
            found.sort()
        return found[:limit]

    def _falling(
        self, probe: _Probe, thresholds: tuple[int, int], limit: int | None, totals: tuple[int | None, int | None]
    ) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims a total fell from or to: dated wholly before the
        probe with a low above its high, then wholly after it with a high below its low; neither sharing an asserter
        nor its id. `totals` (before, after), when known, stop each scan once all are found."""
        below, above = thresholds
        ends, lows, highs, ids, asserters = self.ends, self.lows, self.highs, self.ids, self.asserters
        found: list[int] = []
        before_total, after_total = totals
        # before: ranks starting before the probe starts (those ending before it are among them)
        stop = bisect_left(self.starts, probe.start)
        wanted = before_total if limit is None else min(limit, before_total if before_total is not None else limit)
        if wanted != 0 and stop:
            for block in range((stop - 1) // _BLOCK + 1):
                if self.block_ends[block] >= probe.start or self.block_lows[block] < above:
                    continue
                for rank in range(block * _BLOCK, min(stop, (block + 1) * _BLOCK)):
                    if (
                        ends[rank] < probe.start
                        and lows[rank] >= above
                        and ids[rank] != probe.id
                        and asserters[rank].isdisjoint(probe.asserters)
                    ):
                        found.append(rank)
                if wanted is not None and len(found) >= wanted:
                    break
        if limit is not None:
            del found[limit:]
        # after: ranks starting after the probe ends
        start = bisect_right(self.starts, probe.end)
        room = None if limit is None else limit - len(found)
        wanted = after_total if room is None else min(room, after_total if after_total is not None else room)
        taken = 0
        if wanted != 0 and start < len(ids):
            for block in range(start // _BLOCK, (len(ids) - 1) // _BLOCK + 1):
                if self.block_highs[block] >= below:
                    continue
                for rank in range(max(start, block * _BLOCK), min(len(ids), (block + 1) * _BLOCK)):
                    if highs[rank] < below and ids[rank] != probe.id and asserters[rank].isdisjoint(probe.asserters):
                        found.append(rank)
                        taken += 1
                if wanted is not None and taken >= wanted:
                    break
        return found[:limit] if limit is not None else found

    def _conflicting_rank(self, rank: int, column: _Column) -> list[int]:
        lows, highs = column
        thresholds = self._thresholds(self.bounds[lows[rank]], self.bounds[highs[rank]])
        return self._conflicting(self.ids[rank], self.starts[rank], self.ends[rank], thresholds, column=column)

    def _conflicting(
        self,
        own_id: str,
        start: int,
        end: int,
        thresholds: tuple[int, int],
        limit: int | None = None,
        total: int | None = None,
        column: _Column | None = None,
    ) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims whose dates overlap [start, end] and whose figures
        (as stated, or in `column`) lie wholly outside the thresholds; those of a class can only start within its
        longest length before `start`."""
        if total == 0:
            return []
        below, above = thresholds
        lows, highs = column or (self.lows, self.highs)
        ends, ids = self.ends, self.ids
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

    def counts(self, tier: ConflictTier | None = None) -> array[int]:
        """How many claims of the group conflict with each (by rank), or of those, how many are of `tier`: computed
        once, in O(n log n) but for inverted intervals, repeated ids and claims of many asserters, which are
        corrected one by one."""
        return self._tiers()[tier][0]

    def overlapping_counts(self, tier: ConflictTier | None = None) -> array[int]:
        """How many claims dated to overlap each conflict with it (or of `tier`)."""
        return self._tiers()[tier][1]

    def _tiers(self) -> dict[ConflictTier | None, tuple[array[int], array[int]]]:
        """(all, overlapping) counts per rank: of every conflict (None) and of each tier. The ones firm on the
        figures are counted over the widened bounds in the same sweeps as all (_count_all, _count_fell); of those,
        the same-day ones (_same_day) are counted apart, the firm ones are the rest."""
        if self._tiered is None:
            overlapping = self._overlapping_counts()
            totals = overlapping
            if self.cumulative:
                totals = [
                    array("q", [c + b + a for c, b, a in zip(column, before, after, strict=True)])
                    for column, (before, after) in zip(overlapping, self._fell_counts(), strict=True)
                ]
            figures = 1 if self.widens else 0
            same_overlapping, same_fell = self._same_day(overlapping[figures])
            same = array("q", [o + f for o, f in zip(same_overlapping, same_fell, strict=True)])
            self._tiered = {
                None: (totals[0], overlapping[0]),
                ConflictTier.SAME_DAY: (same, array("q", same_overlapping)),
                ConflictTier.FIRM: (
                    array("q", [t - s for t, s in zip(totals[figures], same, strict=True)]),
                    array("q", [o - s for o, s in zip(overlapping[figures], same_overlapping, strict=True)]),
                ),
            }
            self._tiered[ConflictTier.IF_EXACT] = tuple(  # type: ignore[assignment]
                array("q", [a - f - d for a, f, d in zip(*column, strict=True)])
                for column in zip(
                    self._tiered[None],
                    totals and self._tiered[ConflictTier.FIRM],
                    self._tiered[ConflictTier.SAME_DAY],
                    strict=True,
                )
            )
        return self._tiered

    def _same_day(self, figures: Sequence[int]) -> tuple[list[int], list[int]]:
        """Per rank, of its conflicts firm on the figures (`figures`: the overlapping ones), how many hold only if on
        the same day: (overlapping, totals that fell). On a stock, an overlap is firm only when both are pinned to
        one day (claims.dates_reconcile): per-day buckets of the claims pinned to a single day. On a running total,
        an overlap is firm only when the lower starts the day the higher ends, both pinned: buckets of pinned starts
        and ends by day; a total that fell holds only if on the same day when the facing ends are both approximate
        and a day apart: buckets of those, less the pairs sharing an asserter (a revision). Each bucket is counted
        by bisection, O(n log n); an inverted interval, a repeated id or a claim of many asserters is taken by
        scanning its conflicts, as the counts correct them."""
        size, wide_lows, wide_highs = len(self.ids), self.wide_lows, self.wide_highs
        starts, ends, pinned_starts, pinned_ends = self.starts, self.ends, self.pinned_starts, self.pinned_ends
        negated_lows, negated_highs = [-low for low in wide_lows], [-high for high in wide_highs]
        repeated = {claim_id for claim_id, n in Counter(self.ids).items() if n > 1}
        scanned = {
            rank
            for rank in range(size)
            if self.lows[rank] > self.highs[rank]
            or wide_lows[rank] > wide_highs[rank]
            or self.ids[rank] in repeated
            or (self.cumulative and len(self.asserters[rank]) > _SUBSET_KEYS)
        }
        pinned, fell, same = [0] * size, [0] * size, [0] * size  # pinned overlaps; same-day falls; a scanned one's
        ranks = [rank for rank in range(size) if rank not in scanned]

        def by_day(day: Callable[[int], int | None]) -> dict[int, list[int]]:
            days: dict[int, list[int]] = {}
            for rank in ranks:
                key = day(rank)
                if key is not None:
                    days.setdefault(key, []).append(rank)
            return days

        if not self.cumulative:  # both on one pinned day: one below the other, or above
            for on_day in by_day(lambda r: pinned_starts[r] if pinned_starts[r] == pinned_ends[r] else None).values():
                _tally(on_day, on_day, wide_highs, wide_lows, pinned)
                _tally(on_day, on_day, negated_lows, negated_highs, pinned)
        else:
            pinned_first = by_day(lambda r: starts[r] if pinned_starts[r] == starts[r] else None)
            pinned_last = by_day(lambda r: ends[r] if pinned_ends[r] == ends[r] else None)
            for day, higher in pinned_last.items():  # the lower starts the day the higher ends
                lower = pinned_first.get(day, [])
                _tally(higher, lower, wide_highs, wide_lows, pinned)
                _tally(lower, higher, negated_lows, negated_highs, pinned)
            loose_first = by_day(lambda r: starts[r] if pinned_starts[r] != starts[r] else None)
            loose_last = by_day(lambda r: ends[r] if pinned_ends[r] != ends[r] else None)
            for day, earlier in loose_last.items():  # an earlier above a later the next day, both ends approximate
                later = loose_first.get(day + 1, [])
                _tally(earlier, later, wide_highs, wide_lows, fell, self.asserters)
                _tally(later, earlier, negated_lows, negated_highs, fell, self.asserters)
        for rank in sorted(scanned):  # its own counts, and what it adds to those of the bucketed claims
            probe = self.probe(rank)
            wide = self.wide_thresholds(probe, rank)
            for other in self.conflicting(probe):
                tier, meet = self.tier(probe, wide, other), self.dates_meet(rank, other)
                if tier is ConflictTier.SAME_DAY:
                    (same if meet else fell)[rank] += 1
                if other not in scanned:
                    if meet and tier is ConflictTier.FIRM:
                        pinned[other] += 1
                    elif not meet and tier is ConflictTier.SAME_DAY:
                        fell[other] += 1
        overlapping = [same[r] if r in scanned else figures[r] - pinned[r] for r in range(size)]
        return overlapping, fell

    def _overlapping_counts(self) -> list[array[int]]:
        if self._overlapping is None:
            self._overlapping = [array("q", counts) for counts in self._count_all()]
        return self._overlapping

    def fell_counts(self) -> tuple[array[int], array[int]]:
        """(before, after) per rank: how many claims dated wholly before it a total fell from to it, and how many
        dated wholly after it it fell to, sharing no asserter and not its id."""
        return self._fell_counts()[0]

    def _fell_counts(self) -> list[tuple[array[int], array[int]]]:
        if self._fell is None:
            self._fell = self._count_fell()
        return self._fell

    def probe(self, rank: int) -> _Probe:
        """The group's claim of `rank` as a lookup sees it."""
        bounds, asserters = self.bounds, self.asserters[rank] if self.cumulative else frozenset()
        return _Probe(self.ids[rank], self.starts[rank], self.ends[rank], bounds[self.lows[rank]],
                      bounds[self.highs[rank]], asserters, bounds[self.wide_lows[rank]], bounds[self.wide_highs[rank]],
                      self.pinned_starts[rank], self.pinned_ends[rank])  # fmt: skip

    def wide_thresholds(self, probe: _Probe, rank: int | None = None) -> tuple[int, int]:
        """_thresholds of the probe's bounds widened, what `firm` tests against; read from its ranks when it is the
        group's claim of `rank` (the group's bounds are distinct, so a bound's rank is where it sorts)."""
        if rank is not None:
            return self.wide_lows[rank], self.wide_highs[rank] + 1
        return self._thresholds(probe.wide_low, probe.wide_high)

    def tier(
        self, probe: _Probe, wide: tuple[int, int], other: int, bounded: bool | None = None, total: bool = False
    ) -> ConflictTier:
        """The tier of a conflict found between `probe` and the group's claim of rank `other` (claims.conflict_tier):
        only if exact unless it still holds with both widened (`wide`: wide_thresholds(probe)), as the kind it is;
        then firm only when their pinned days (claims.pinned_window) cannot be read apart (claims.dates_reconcile).
        Across measures (`bounded`: whether the probe's measure is the one bounded; `total`: whether the bounding
        one is a running total), one's low above the other's high; on dates that meet, either wholly below or above
        the other; else a total that fell, from an earlier claim above or to a later one below."""
        below, above = wide
        lower, upper = self.wide_highs[other] < below, self.wide_lows[other] >= above  # the other wholly below, above
        if bounded is not None:
            held = lower if bounded else upper
        elif self.starts[other] <= probe.end and probe.start <= self.ends[other]:
            held = lower or upper
        else:
            held = upper if self.ends[other] < probe.start else lower
        if not held:
            return ConflictTier.IF_EXACT
        single = probe.pinned_start == probe.pinned_end and self.pinned_starts[other] == self.pinned_ends[other]
        if bounded is not None and total:  # the total pinned on or after the part's day
            pinned = (
                self.pinned_starts[other] >= probe.pinned_end
                if bounded
                else probe.pinned_start >= self.pinned_ends[other]
            )
        elif bounded is not None or not self.cumulative:  # a stock: both pinned to the one day
            pinned = single
        elif lower and upper:  # each must be before the other
            pinned = True
        else:  # a running total: the lower pinned on or after the higher's day
            pinned = (
                self.pinned_starts[other] >= probe.pinned_end
                if lower
                else probe.pinned_start >= self.pinned_ends[other]
            )
        return ConflictTier.FIRM if pinned else ConflictTier.SAME_DAY

    def _count_fell(self) -> list[tuple[array[int], array[int]]]:
        starts, ends, columns = self.starts, self.ends, self.columns
        before, after = _fell_within(starts, ends, columns)
        # Less the pairs sharing an asserter (a revision), by inclusion–exclusion over the sets of asserters: within
        # the claims holding every asserter of a set S, a claim's count is of those sharing S; summed over the
        # subsets of its own asserters with alternating signs, it is of those sharing at least one.
        filed: dict[frozenset[str], list[int]] = {}
        many: list[int] = []  # claims of more than _SUBSET_KEYS asserters: corrected one by one
        for rank, asserters in enumerate(self.asserters):
            if len(asserters) > _SUBSET_KEYS:
                many.append(rank)
                continue
            for subset in _subsets(asserters):
                filed.setdefault(subset, []).append(rank)
        for shared, ranks in filed.items():
            if len(ranks) < 2:
                continue
            sign = 1 if len(shared) % 2 else -1
            picked = [([lows[r] for r in ranks], [highs[r] for r in ranks]) for lows, highs in columns]
            shared_before, shared_after = _fell_within([starts[r] for r in ranks], [ends[r] for r in ranks], picked)
            for column in range(len(columns)):
                for rank, b, a in zip(ranks, shared_before[column], shared_after[column], strict=True):
                    before[column][rank] -= sign * b
                    after[column][rank] -= sign * a
        for column, (lows, highs) in enumerate(columns):
            self._correct_fell(before[column], after[column], lows, highs, many)
        return [(array("q", b), array("q", a)) for b, a in zip(before, after, strict=True)]

    def _correct_fell(
        self, before: list[int], after: list[int], lows: Sequence[int], highs: Sequence[int], many: list[int]
    ) -> None:
        """The fell counts of one column (`lows`, `highs`) less what the dominance counts cannot tell apart: the
        claims of more than _SUBSET_KEYS asserters, and a repeated id (never its own partner)."""
        starts, ends = self.starts, self.ends
        for other in many:
            for rank, asserters in enumerate(self.asserters):
                if len(asserters) > _SUBSET_KEYS or asserters.isdisjoint(self.asserters[other]):
                    continue
                if ends[other] < starts[rank] and lows[other] > highs[rank]:
                    before[rank] -= 1
                elif starts[other] > ends[rank] and highs[other] < lows[rank]:
                    after[rank] -= 1
        for rank in many:
            probe = self.probe(rank)
            found = self._falling(probe, self._thresholds(probe.low, probe.high), None, (None, None))
            if lows is not self.lows:  # widened: of the totals that fell as stated, those that still do
                found = [
                    other
                    for other in found
                    if (lows[other] > highs[rank] if ends[other] < starts[rank] else highs[other] < lows[rank])
                ]
            before[rank] = sum(1 for other in found if ends[other] < starts[rank])
            after[rank] = len(found) - before[rank]
        # A repeated id is never its own partner (a shared asserter was taken off above).
        by_id: dict[str, list[int]] = {}
        for rank, claim_id in enumerate(self.ids):
            by_id.setdefault(claim_id, []).append(rank)
        for ranks in by_id.values():
            for rank in ranks if len(ranks) > 1 else ():
                if len(self.asserters[rank]) > _SUBSET_KEYS:
                    continue  # counted by scanning, which leaves its id out
                for other in ranks:
                    if self.asserters[other].isdisjoint(self.asserters[rank]):
                        if ends[other] < starts[rank] and lows[other] > highs[rank]:
                            before[rank] -= 1
                        elif starts[other] > ends[rank] and highs[other] < lows[rank]:
                            after[rank] -= 1

    def _count_all(self) -> list[list[int]]:
        starts, ends, columns = self.starts, self.ends, self.columns
        # Others wholly below (their high under my low) plus others wholly above (their low over my high; negated
        # ranks turn > into <).
        below = _dated_below(starts, ends, [(highs, lows) for lows, highs in columns])
        above = _dated_below(
            starts, ends, [([-low for low in lows], [-high for high in highs]) for lows, highs in columns]
        )
        counts = [[b + a for b, a in zip(*column, strict=True)] for column in zip(below, above, strict=True)]
        for column, (lows, highs) in zip(counts, columns, strict=True):
            self._correct_all(column, lows, highs)
        return counts

    def _correct_all(self, counts: list[int], lows: Sequence[int], highs: Sequence[int]) -> None:
        """The overlapping counts of one column (`lows`, `highs`) less what the dominance counts cannot tell apart."""
        # An inverted interval (low > high: a NaN bound, a negative approximate or at-most figure) can be both
        # below and above, counted twice; an inverted claim's own count is simply taken by scanning.
        inverted = [rank for rank in range(len(lows)) if lows[rank] > highs[rank]]
        for rank in inverted:
            counts[rank] = len(self._conflicting_rank(rank, (lows, highs)))
        for other in inverted:
            for rank in range(len(lows)):
                if (
                    lows[rank] <= highs[rank] < lows[other]
                    and highs[other] < lows[rank]
                    and self.dates_meet(rank, other)
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
                    if other != rank and disjoint and self.dates_meet(rank, other):
                        counts[rank] -= 1

    def dates_meet(self, a: int, b: int) -> bool:
        return self.starts[a] <= self.ends[b] and self.starts[b] <= self.ends[a]

    def pairs(self) -> Iterator[tuple[int, int, ConflictTier]]:
        """Each conflicting pair once, as ranks (a, b) with a before b in as-of order, sorted by a then b, and its
        tier (`tier`). A later partner either starts within a's dates, so only that stretch of the order is
        scanned, or (a total that fell) after them, scanned only for a claim with such partners; and only for a claim
        that has conflicts at all."""
        counts, lows, highs, ids = self.overlapping_counts(), self.lows, self.highs, self.ids
        after = self.fell_counts()[1] if self.cumulative else None
        for rank in range(len(ids)):
            falls = 0 if after is None else after[rank]
            if not counts[rank] and not falls:
                continue
            probe = self.probe(rank)
            wide = self.wide_thresholds(probe, rank)
            low, high = lows[rank], highs[rank]
            if counts[rank]:
                for other in range(rank + 1, bisect_right(self.starts, self.ends[rank])):
                    if (highs[other] < low or lows[other] > high) and ids[other] != ids[rank]:
                        yield rank, other, self.tier(probe, wide, other)
            if falls:
                thresholds = self._thresholds(probe.low, probe.high)
                for other in self._falling(probe, thresholds, None, (0, falls)):
                    yield rank, other, self.tier(probe, wide, other)


def _subsets(asserters: Asserters) -> Iterator[frozenset[str]]:
    """Every non-empty set of the asserters, which a claim is filed under to count those sharing one by
    inclusion–exclusion."""
    held = sorted(asserters)
    for size in range(1, len(held) + 1):
        for combination in combinations(held, size):
            yield frozenset(combination)


def _tally(
    queries: Sequence[int],
    points: Sequence[int],
    keys: Sequence[int],
    thresholds: Sequence[int],
    into: list[int],
    asserters: Sequence[Asserters] | None = None,
) -> None:
    """Adds to into[q], for each rank q of `queries`, how many ranks p of `points` have keys[p] < thresholds[q]; with
    `asserters`, those sharing none with q (inclusion–exclusion over the sets of asserters, as Group._count_fell:
    none has more than _SUBSET_KEYS). By bisection, O((queries + points) log points)."""
    if not queries or not points:
        return
    ordered = sorted(keys[p] for p in points)
    filed: dict[frozenset[str], list[int]] = {}
    for p in points if asserters is not None else ():
        for subset in _subsets(asserters[p]):  # type: ignore[index]
            filed.setdefault(subset, []).append(keys[p])
    for keyed in filed.values():
        keyed.sort()
    for q in queries:
        threshold = thresholds[q]
        count = bisect_left(ordered, threshold)
        for subset in _subsets(asserters[q]) if filed else ():  # type: ignore[index]
            shared = filed.get(subset)
            if shared:
                count -= (1 if len(subset) % 2 else -1) * bisect_left(shared, threshold)
        into[q] += count


def _members(claims: Iterable[Claim], cumulative: CumulativeMeasures) -> dict[tuple[str, str], Members]:
    """The separate claims by (topic, measure), as read: a restatement, or a draft's figure without a value, topic or
    measure (claims.comparable), counts in no spread and is party to no conflict."""
    groups: dict[tuple[str, str], Members] = {}
    for position, claim in enumerate(claims):
        add_member(groups, claim, position, cumulative)
    return groups


def add_member(
    groups: dict[tuple[str, str], Members], claim: Claim, position: int, cumulative: CumulativeMeasures
) -> None:
    if comparable(claim):
        key = (claim.topic, claim.measure)
        members = groups.get(key)
        if members is None:
            members = groups[key] = Members(key in cumulative)
        members.add(claim, position)


def conflict_tier_pairs(
    claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
) -> Iterator[tuple[str, str, str, str]]:
    """Each conflicting pair once, as it is found (never all held at once), with its kind (claims.ConflictKind's
    value, ConflictKind.between: overlapping when their dates meet) and its tier (claims.ConflictTier's value: firm
    when it still holds with the round figures widened), reading `claims` once and holding none of them: measure by
    measure in the order the measures first appear, then (a, b) with a before b in as-of order (start, end, then the
    order of `claims`). `cumulative`: the measures whose totals may not fall. Then, with `bounds`
    (claims.measure_bounds), the pairs across measures (across_tier_pairs), reading `claims` again."""
    if bounds and not isinstance(claims, Sequence):
        claims = list(claims)
    for group in map(Group, _members(claims, cumulative).values()):
        for a, b, tier in group.pairs():
            yield group.ids[a], group.ids[b], ConflictKind.between(group.dates_meet(a, b)).value, tier.value
    if bounds:
        yield from across_tier_pairs(claims, bounds, cumulative)


def conflict_kind_pairs(
    claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
) -> Iterator[tuple[str, str, str]]:
    """conflict_tier_pairs without the tiers: (a, b, kind)."""
    return ((a, b, kind) for a, b, kind, _ in conflict_tier_pairs(claims, cumulative, bounds))


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


class AcrossTally:
    """The conflicts across measures (rule 9) of each measure's claims among `groups`: how many, and the pairs as
    positions (its claim's, the other's), by bound in order, then its claims' as-of order, then the other's. Each
    bound's counts are taken once (dominance counts), and only claims with some are scanned for their partners."""

    def __init__(self, groups: dict[tuple[str, str], Group], bounds: MeasureBounds, cumulative: CumulativeMeasures):
        self._groups = groups
        self._cumulative = cumulative
        self._bounds = [b for b in sorted(bounds) if (b[0], b[1]) in groups and (b[0], b[2]) in groups]
        self._counts: dict[tuple[str, str, str], CrossCounts] = {}

    def _tied(
        self, key: tuple[str, str], tier: ConflictTier | None = None
    ) -> Iterator[tuple[Group, Group, bool, bool, list[int]]]:
        """(its group, the other's, whether its measure is the bounded one, whether the bounding is cumulative, how
        many each of its claims conflicts with, or of `tier`) for each bound tying `key` to another measure."""
        for bound in self._bounds:
            topic, measure, bounding = bound
            if key not in ((topic, measure), (topic, bounding)):
                continue
            low, high = self._groups[(topic, measure)], self._groups[(topic, bounding)]
            is_total = (topic, bounding) in self._cumulative
            if bound not in self._counts:
                self._counts[bound] = _cross_counts(low, high, is_total)
            exceeding, exceeded = self._counts[bound][tier]
            if key == (topic, measure):
                yield low, high, True, is_total, exceeding
            else:
                yield high, low, False, is_total, exceeded

    def count(self, key: tuple[str, str], tier: ConflictTier | None = None) -> int:
        return sum(sum(counts) for *_, counts in self._tied(key, tier))

    def pairs(self, key: tuple[str, str]) -> Iterator[tuple[int, int]]:
        for own, other, bounded, is_total, counts in self._tied(key):
            for rank, count in enumerate(counts):
                if count:
                    probe = own.probe(rank)
                    for found in _across(other, probe, bounded, is_total, None, count):
                        yield own.positions[rank], other.positions[found]


CrossCounts = dict[ConflictTier | None, tuple[list[int], list[int]]]
"""Conflicts across two measures (_cross_counts): for each claim of the bounded one, how many of the other it exceeds,
and for each of the other, how many exceed it; of all (None), and of each tier."""


def _cross_counts(bounded: Group, bounding: Group, cumulative: bool) -> CrossCounts:
    """Conflicts across two measures, `bounded` never above `bounding` (claims.exceeds_bound): for each claim of
    `bounded`, how many of `bounding` it exceeds, and for each of `bounding`, how many of `bounded` exceed it; as
    stated, then (when either group widens a figure) firm on the figures, in the same sweeps; of those, the firm ones
    (_pinned_across), the rest only if on the same day. A claim b of `bounding` is exceeded
    by a of `bounded` when a's low is above b's high and their dates overlap, or, on a cumulative `bounding`, b is
    dated wholly after a: together, b ends on or after a starts (and, on a stock, b starts by a's end). Dominance
    counts over one ranking of both groups' bounds, O(n log n); a repeated id (a store in memory) is taken off one by
    one."""
    keys = sorted({*bounded.bounds, *bounding.bounds})
    rank_of = {key: rank for rank, key in enumerate(keys)}
    pairs = [(bounded.lows, bounding.highs)]
    if bounded.widens or bounding.widens:
        pairs.append((bounded.wide_lows, bounding.wide_highs))
    columns = [
        ([rank_of[bounded.bounds[r]] for r in lows], [rank_of[bounding.bounds[r]] for r in highs])
        for lows, highs in pairs
    ]
    ended = _count_below(bounding.ends, [start - 1 for start in bounded.starts], [(b, a) for a, b in columns])
    if cumulative:
        reaching = _count_below([0] * len(bounding.ids), [0] * len(bounded.ids), [(b, a) for a, b in columns])
    else:
        reaching = _count_below(bounding.starts, bounded.ends, [(b, a) for a, b in columns])
    exceeding = [[r - e for r, e in zip(*counts, strict=True)] for counts in zip(reaching, ended, strict=True)]
    minus = [([-low for low in a], [-high for high in b]) for a, b in columns]
    exceeded = _count_below(bounded.starts, bounding.ends, minus)
    if not cumulative:
        gone = _count_below(bounded.ends, [start - 1 for start in bounding.starts], minus)
        exceeded = [[r - e for r, e in zip(*counts, strict=True)] for counts in zip(exceeded, gone, strict=True)]
    firm = _pinned_across(bounded, bounding, cumulative, columns[-1])
    shared = set(bounded.ids).intersection(bounding.ids)
    if shared:
        for a in (rank for rank, claim_id in enumerate(bounded.ids) if claim_id in shared):
            for b in (rank for rank, claim_id in enumerate(bounding.ids) if claim_id == bounded.ids[a]):
                dated = bounding.ends[b] >= bounded.starts[a] and (cumulative or bounding.starts[b] <= bounded.ends[a])
                for column, (a_low, b_high) in enumerate(columns):
                    if dated and a_low[a] > b_high[b]:
                        exceeding[column][a] -= 1
                        exceeded[column][b] -= 1
                if dated and columns[-1][0][a] > columns[-1][1][b] and _pinned(bounded, a, bounding, b, cumulative):
                    firm[0][a] -= 1
                    firm[1][b] -= 1
    figures = (exceeding[-1], exceeded[-1])
    same_day = tuple(
        [n - f for n, f in zip(all_, firm_, strict=True)] for all_, firm_ in zip(figures, firm, strict=True)
    )
    return {
        None: (exceeding[0], exceeded[0]),
        ConflictTier.FIRM: firm,
        ConflictTier.SAME_DAY: (same_day[0], same_day[1]),
    }


def _pinned(bounded: Group, part: int, bounding: Group, total: int, cumulative: bool) -> bool:
    """Whether a pair across measures firm on the figures is firm (claims.dates_reconcile): a running total pinned
    on or after the part's day, or on a stock both pinned to one day."""
    if cumulative:
        return bounding.pinned_starts[total] >= bounded.pinned_ends[part]
    day = bounded.pinned_starts[part]
    return day == bounded.pinned_ends[part] == bounding.pinned_starts[total] == bounding.pinned_ends[total]


def _pinned_across(
    bounded: Group, bounding: Group, cumulative: bool, column: tuple[Sequence[int], Sequence[int]]
) -> tuple[list[int], list[int]]:
    """The firm conflicts across two measures (_pinned) among those firm on the figures (`column`: the bounded
    group's widened low ranks and the bounding one's widened high ranks, in one ranking), counted for each claim of
    each as _cross_counts does: on a running total, a dominance count of pinned days; on a stock, per day, of the
    claims pinned to it alone, by bisection. A repeated id is left to _cross_counts."""
    lows, highs = column
    if cumulative:
        exceeding = _count_below(
            [-day for day in bounding.pinned_starts], [-day for day in bounded.pinned_ends], [(highs, lows)]
        )[0]
        exceeded = _count_below(
            bounded.pinned_ends, bounding.pinned_starts, [([-low for low in lows], [-high for high in highs])]
        )[0]
        return exceeding, exceeded
    exceeding, exceeded = [0] * len(bounded.ids), [0] * len(bounding.ids)

    def by_day(group: Group) -> dict[int, list[int]]:
        days: dict[int, list[int]] = {}
        for rank, (start, end) in enumerate(zip(group.pinned_starts, group.pinned_ends, strict=True)):
            if start == end:
                days.setdefault(start, []).append(rank)
        return days

    parts, totals = by_day(bounded), by_day(bounding)
    negated_lows, negated_highs = [-low for low in lows], [-high for high in highs]
    for day, on_day in parts.items():
        _tally(on_day, totals.get(day, []), highs, lows, exceeding)
        _tally(totals.get(day, []), on_day, negated_lows, negated_highs, exceeded)
    return exceeding, exceeded


def _across(
    group: Group, probe: _Probe, bounded: bool, cumulative: bool, limit: int | None, total: int | None
) -> list[int]:
    """Ranks, ascending, of the first `limit` (or all) claims of `group` in conflict across measures with a claim of
    another measure (`probe`): when `bounded`, the probe's measure is bounded by the group's and the claims are those
    it exceeds; else the group's measure is bounded by the probe's and they are those that exceed it. `cumulative`:
    the bounding measure is. Blocks none of whose bounds or dates can qualify are skipped; `total`, when known, stops
    the scan once all are found."""
    if total == 0 or limit == 0:
        return []
    found: list[int] = []
    if bounded:  # their high below the probe's low; they end on or after it starts (and start by its end: a stock)
        below = bisect_left(group.bounds, probe.low)
        stop = len(group.ids) if cumulative else bisect_right(group.starts, probe.end)
        for block in range((stop + _BLOCK - 1) // _BLOCK):
            if group.block_highs[block] >= below or group.block_last_ends[block] < probe.start:
                continue
            for rank in range(block * _BLOCK, min(stop, (block + 1) * _BLOCK)):
                if group.highs[rank] < below and group.ends[rank] >= probe.start and group.ids[rank] != probe.id:
                    found.append(rank)
            if (limit is not None and len(found) >= limit) or (total is not None and len(found) >= total):
                break
    else:  # their low above the probe's high; they start by its end (and end on or after its start: a stock)
        above = bisect_right(group.bounds, probe.high)
        stop = bisect_right(group.starts, probe.end)
        for block in range((stop + _BLOCK - 1) // _BLOCK):
            if group.block_lows[block] < above or (not cumulative and group.block_last_ends[block] < probe.start):
                continue
            for rank in range(block * _BLOCK, min(stop, (block + 1) * _BLOCK)):
                if (
                    group.lows[rank] >= above
                    and (cumulative or group.ends[rank] >= probe.start)
                    and group.ids[rank] != probe.id
                ):
                    found.append(rank)
            if (limit is not None and len(found) >= limit) or (total is not None and len(found) >= total):
                break
    return found[:limit]


def _links(bounds: MeasureBounds) -> dict[tuple[str, str], list[tuple[tuple[str, str], bool]]]:
    """For each measure some bound ties to another: (the other measure, whether this one is the bounded one)."""
    links: dict[tuple[str, str], list[tuple[tuple[str, str], bool]]] = {}
    for topic, measure, bound in sorted(bounds):
        links.setdefault((topic, measure), []).append(((topic, bound), True))
        links.setdefault((topic, bound), []).append(((topic, measure), False))
    return links


def across_tier_pairs(
    claims: Iterable[Claim], bounds: MeasureBounds, cumulative: CumulativeMeasures
) -> Iterator[tuple[str, str, str, str]]:
    """Each pair in conflict across measures once (rule 9): (bounded claim, bounding claim, kind, tier), by bound in
    order, then the bounded claim's as-of order, then the other's. Counted first, so only claims with some are
    scanned."""
    groups = {key: Group(members) for key, members in _members(claims, cumulative).items()}
    for topic, measure, bound in sorted(bounds):
        low, high = groups.get((topic, measure)), groups.get((topic, bound))
        if low is None or high is None:
            continue
        is_total = (topic, bound) in cumulative
        counts = _cross_counts(low, high, is_total)[None][0]
        for rank, count in enumerate(counts):
            if count:
                probe = low.probe(rank)
                wide = high.wide_thresholds(probe)
                for other in _across(high, probe, True, is_total, None, count):
                    meet = high.starts[other] <= probe.end and probe.start <= high.ends[other]
                    yield (
                        low.ids[rank],
                        high.ids[other],
                        ConflictKind.between(meet, one_measure=False).value,
                        high.tier(probe, wide, other, bounded=True, total=is_total).value,
                    )


COUNTED_TIERS = (ConflictTier.FIRM, ConflictTier.SAME_DAY)
"""The tiers counted apart (the rest of a claim's conflicts hold only if the round figures are exact)."""


class LookedUp(NamedTuple):
    """A claim's conflicts (ConflictIndex.lookup_tiers): how many, how many firm and only if on the same day, the
    first ones named (id, kind, tier)."""

    total: int
    firm: int
    same_day: int
    named: list[tuple[str, ConflictKind, ConflictTier]]


class ConflictIndex:
    """Conflicts looked up within each (topic, measure) group, without ever holding a claim or a pair: a store whose
    claims conflict by the million still answers in memory linear in its claims, about 100 bytes each.

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
        self._links = _links(bounds)
        self._members: dict[tuple[str, str], Members] = {}
        self._prepared: dict[tuple[str, str], Group] = {}
        # per pair of measures tied by a bound, for each claim of the first: how many of the second it conflicts
        # with, of all (None) and of each tier
        self._cross: dict[tuple[tuple[str, str], tuple[str, str]], dict[ConflictTier | None, list[int]]] = {}
        self._read = 0
        for claim in claims:
            self.add(claim)

    def add(self, claim: Claim) -> None:
        """Index one more claim (before any lookup in its measure)."""
        assert (claim.topic, claim.measure) not in self._prepared, "a measure is indexed before it is looked up"
        add_member(self._members, claim, self._read, self.cumulative)
        self._read += 1

    def lookup_tiers(self, claim: Claim, limit: int | None = None) -> LookedUp:
        """lookup_kinds, with how many of the conflicts are firm and how many only if on the same day, and the tier
        of each named (claims.ConflictTier): counted in the same sweeps as all of them (Group.counts), each one named
        told by testing it (Group.tier)."""
        counts, tiers, named = self._lookup(claim, limit)
        firm, same_day = (sum(tiers[tier].values()) for tier in (ConflictTier.FIRM, ConflictTier.SAME_DAY))
        return LookedUp(sum(counts.values()), firm, same_day, named)

    def count_tiers(self, claim: Claim) -> tuple[dict[ConflictKind, int], dict[ConflictTier, dict[ConflictKind, int]]]:
        """How many indexed claims conflict with `claim`, and how many firmly and only if on the same day, by kind
        (the kinds it has none of left out): one lookup."""
        counts, tiers, _ = self._lookup(claim, 0)
        return counts, tiers

    def _group(self, claim: Claim) -> Group:
        return self._group_at((claim.topic, claim.measure))

    def _group_at(self, key: tuple[str, str]) -> Group:
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
        named with kind and tier)."""
        counts: dict[ConflictKind, int] = {}
        tiers: dict[ConflictTier, dict[ConflictKind, int]] = {tier: {} for tier in COUNTED_TIERS}
        if not comparable(claim):
            return counts, tiers, []
        group = self._group(claim)
        probe = _probe(claim)
        rank = group.rank(probe)

        def meet(other: Group, rank: int) -> bool:
            return other.starts[rank] <= probe.end and probe.start <= other.ends[rank]

        def tally(tallied: dict[ConflictKind, int], kind: ConflictKind, n: int = 1) -> None:
            tallied[kind] = tallied.get(kind, 0) + n

        wide = group.wide_thresholds(probe, rank)
        if rank is None:  # a claim that was not indexed
            found = group.conflicting(probe)
            for other in found:
                kind = ConflictKind.between(meet(group, other))
                tally(counts, kind)
                tier = group.tier(probe, wide, other)
                if tier in tiers:
                    tally(tiers[tier], kind)
            found = found[:limit]
        else:
            for counted, tallied in ((None, counts), *tiers.items()):
                total = group.counts(counted)[rank]
                overlapping = group.overlapping_counts(counted)[rank]
                tally(tallied, ConflictKind.OVERLAPPING, overlapping)
                tally(tallied, ConflictKind.TOTAL_FELL, total - overlapping)
            total = counts[ConflictKind.OVERLAPPING] + counts[ConflictKind.TOTAL_FELL]
            found = [] if limit == 0 or not total else group.conflicting(probe, limit, rank)
        named = [
            ((group.starts[other], group.ends[other], claim.measure, group.positions[other]), group.ids[other],
             ConflictKind.between(meet(group, other)), group.tier(probe, wide, other))
            for other in found
        ]  # fmt: skip
        for key, bounded in self._links.get((claim.topic, claim.measure), ()):
            other_group = self._group_at(key)
            is_total = (key if bounded else (claim.topic, claim.measure)) in self.cumulative
            if rank is None:
                partners = _across(other_group, probe, bounded, is_total, None, None)
                other_wide = other_group.wide_thresholds(probe) if partners else (0, 0)
                tally(counts, ConflictKind.ACROSS_MEASURES, len(partners))
                for other in partners:
                    tier = other_group.tier(probe, other_wide, other, bounded, is_total)
                    if tier in tiers:
                        tally(tiers[tier], ConflictKind.ACROSS_MEASURES)
                partners = partners[:limit]
            else:
                pair = (claim.topic, claim.measure), key
                if pair not in self._cross:
                    low, high = (group, other_group) if bounded else (other_group, group)
                    cross = _cross_counts(low, high, is_total)
                    self._cross[pair] = {tier: counted[0 if bounded else 1] for tier, counted in cross.items()}
                    self._cross[key, pair[0]] = {tier: counted[1 if bounded else 0] for tier, counted in cross.items()}
                count = self._cross[pair][None][rank]
                tally(counts, ConflictKind.ACROSS_MEASURES, count)
                for tier, tallied in tiers.items():
                    tally(tallied, ConflictKind.ACROSS_MEASURES, self._cross[pair][tier][rank])
                partners = (
                    [] if limit == 0 or not count else _across(other_group, probe, bounded, is_total, limit, count)
                )
                other_wide = other_group.wide_thresholds(probe) if partners else (0, 0)
            named += [
                ((other_group.starts[o], other_group.ends[o], key[1], other_group.positions[o]), other_group.ids[o],
                 ConflictKind.between(meet(other_group, o), one_measure=False),
                 other_group.tier(probe, other_wide, o, bounded, is_total))
                for o in partners
            ]  # fmt: skip
        if len(named) > len(found):
            named.sort(key=lambda item: item[0])
        return (
            {kind: n for kind, n in counts.items() if n},
            {tier: {kind: n for kind, n in tallied.items() if n} for tier, tallied in tiers.items()},
            [(claim_id, kind, tier) for _, claim_id, kind, tier in named[:limit]],
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


def conflict_names(
    named: Iterable[tuple[str, ConflictKind, ConflictTier]], lang: str = "en", name: Callable[[str], str] = str
) -> list[str]:
    """Conflicts (id, kind, tier) as a listing names them (`name` says each id), with their kind when it is not an
    overlap and their tier when it holds only if the round figures are exact (`ID (total fell; only if the round
    figures are exact)`, claims.conflict_label): the one wording of a claim's `conflicts with` (ConflictIndex.named,
    `show`, the report)."""
    return [name(claim_id) + conflict_label(kind, lang, tier) for claim_id, kind, tier in named]


def asserted_by(store: Store, claim: Claim | Stated, lang: str = "en") -> str:
    """Who asserts a figure, by name in `lang` (a draft's placeholder as what it is: « TODO: asserter »; an entity
    still in draft `[draft] Name`)."""
    named = (entity(store, a) for a in claim.asserted_by)
    return ", ".join(badged(e.name.get(lang), e.draft) for e in named) or LEGEND[lang]["the article"]


def conflict_line(
    store: Store,
    a: Claim,
    b: Claim,
    *,
    b_listed: bool = True,
    lang: str = "en",
    tier: ConflictTier = ConflictTier.FIRM,
) -> str:
    """`measure: a (…) ≠ b (…)`, `≠?` between them for a conflict only if the round figures are exact (its tier's
    mark, claims.CONFLICT_TIERS), then ` (total fell)` for that kind (claims.conflict_label); `b_listed=False` says b
    is not among the claims listed (filtered out)."""

    words = LEGEND[lang]

    def side(claim: Claim, note: str = "") -> str:
        return words["side"].format(
            id=badged(claim.id, claim.draft),
            value=format_value(claim, lang),
            who=asserted_by(store, claim, lang),
            as_of=words["as of"].format(date=human_date(claim.as_of, lang=lang)),
            note=note,
        )

    mark = CONFLICT_TIERS[tier][lang].mark
    label = conflict_label(kind_of_conflict(a, b), lang)
    return (
        f"{a.topic}/{a.measure}{colon(lang)}{side(a)} {mark} {side(b, '' if b_listed else words['not listed'])}{label}"
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


def conflicts_outside(conflicts: SelectionConflicts, lang: str = "en") -> str:
    """What a listing says under its conflicts' heading: none at all (LEGEND's `no conflicts`), or `4 of them with a
    claim not listed here (…)`, or "": a filtered listing still shows a clash with a claim it leaves out, and says
    so."""
    if not conflicts.total:
        return LEGEND[lang]["no conflicts"]
    if not conflicts.outside:
        return ""
    return LEGEND[lang]["outside"].format(count=digits(f"{conflicts.outside:,}", lang))


class DrawnConflict(NamedTuple):
    """A pair a listing names, with its tier and kind (claims.tier_of_conflict, kind_of_conflict) and its line
    (conflict_line): what a terminal colours, a Markdown export lists, and the legend is written from."""

    tier: ConflictTier
    kind: ConflictKind
    a: Claim
    b: Claim
    line: str


def conflict_lines(
    store: Store, conflicts: SelectionConflicts, index: ConflictIndex, lang: str = "en"
) -> Iterator[DrawnConflict]:
    """Each pair `conflicts` names as a listing writes it (conflict_line), with its tier and kind."""
    for a, b, outside in conflicts.pairs:
        tier = tier_of_conflict(a, b, index.cumulative, index.bounds)
        line = conflict_line(store, a, b, b_listed=not outside, lang=lang, tier=tier)
        yield DrawnConflict(tier, kind_of_conflict(a, b), a, b, line)


def drawn_legend(drawn: Iterable[DrawnConflict], lang: str = "en") -> list[str]:
    """The legend under the pairs drawn: the lines of their tiers and kinds only, each tier's example taken from its
    own pairs' round figures (claims.conflict_legend; rev37 U15)."""
    drawn = list(drawn)
    return conflict_legend(
        (d.kind for d in drawn),
        lang,
        (d.tier for d in drawn),
        ((d.tier, claim) for d in drawn for claim in (d.a, d.b)),
    )


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
