"""One measure's claims as integer columns, and what a conflict found between two of them is. Pure.

Every count and scan compares integers (day numbers, bound ranks) so that no claim is held; the counts themselves are
taken by overlap.py (dates that meet), running.py (a total that fell) and sameday.py (the same-day tier), and cached
here, where the scans that name conflicts and the tier of each pair named (Group.tiers) read them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from ..claims import ConflictTier
from .dominance import Column
from .members import BoundKey, Members, Probe
from .overlap import count_overlapping
from .packed import Counts, ints
from .running import count_fell, falling
from .sameday import same_day

_LENGTH_CLASSES = (0, 1, 3, 7, 15, 31, 62, 92, 183, 366, 731, 1830)
"""Upper bounds (days from start to end) of the classes `Group` files claims by, so a claim's date window reaches
back only as far as the longest claim of each class rather than of the whole measure."""

_FIRM, _SAME_DAY, _IF_EXACT = ConflictTier.FIRM, ConflictTier.SAME_DAY, ConflictTier.IF_EXACT
"""The tiers `Group.tiers` answers, read once: an enum member looked up on its class costs Python 3.11 a descriptor
call, and a listing tells the tier of every conflict it names (~110,000 at 100k events)."""

_BLOCK = 64
"""Ranks per block in the scans for totals that fell and across measures: each block keeps its lowest and highest
as-of end, its highest low bound and its lowest high bound, so a scan skips a block none of whose claims can
qualify."""


class Group:
    """The claims on one (topic, measure), in as-of order (start, end, then position), as columns: ids,
    positions, dates as day numbers and value bounds as their ranks among the group's bounds, so every test is a
    comparison of integers. Nothing here holds a claim or a pair: a claim's conflicts are counted with four dominance
    counts and named by scanning only the claims whose dates can overlap its own; on a cumulative measure, also the
    totals that fell (running.py), named by scanning the blocks of claims dated before and after its own that can
    hold one.

    Each claim's bounds are ranked as stated and widened (`wide_lows`, `wide_highs`: claims.widened), among the same
    bounds: every count is taken of both columns in the same sweep, the firm conflicts being those the widened
    column finds (widening only takes conflicts away); a conflict found is told firm by testing it widened."""

    def __init__(self, members: Members) -> None:
        order = ints(
            sorted(range(len(members.ids)), key=lambda i: (members.starts[i], members.ends[i], members.positions[i]))
        )
        self.ids = [members.ids[i] for i in order]
        self.positions = ints(members.positions[i] for i in order)
        self.starts = ints(members.starts[i] for i in order)
        self.ends = ints(members.ends[i] for i in order)
        self.pinned_starts = ints(members.pinned_starts[i] for i in order)
        self.pinned_ends = ints(members.pinned_ends[i] for i in order)
        self.bounds = sorted(members.keys)
        rank_of = ints(bisect_left(self.bounds, key) for key in members.keys)  # of each key, by its index
        self.lows = ints(rank_of[members.lows[i]] for i in order)
        self.highs = ints(rank_of[members.highs[i]] for i in order)
        wide_lows = ints(rank_of[members.wide_lows[i]] for i in order)
        wide_highs = ints(rank_of[members.wide_highs[i]] for i in order)
        self.widens = wide_lows != self.lows or wide_highs != self.highs  # else every conflict is firm
        self.wide_lows, self.wide_highs = (wide_lows, wide_highs) if self.widens else (self.lows, self.highs)
        self.columns: tuple[Column, ...] = ((self.lows, self.highs),)
        if self.widens:
            self.columns += ((self.wide_lows, self.wide_highs),)
        self.cumulative = members.cumulative
        self.asserters = [members.asserters[i] for i in order] if members.cumulative else []
        # per block of `block` ranks: the lowest and highest as-of end, the highest low rank, the lowest high rank
        self.block = block = _BLOCK  # the scans read the size their blocks were built with
        blocks = range(0, len(self.ids), block)  # every group: bounds across measures scan them too
        self.block_ends = ints(min(self.ends[b : b + block]) for b in blocks)
        self.block_last_ends = ints(max(self.ends[b : b + block]) for b in blocks)
        self.block_lows = ints(max(self.lows[b : b + block]) for b in blocks)
        self.block_highs = ints(min(self.highs[b : b + block]) for b in blocks)
        self._fell: list[tuple[Counts, Counts]] | None = None  # per column, (before, after) per rank
        by_class: dict[int, list[int]] = {}
        for rank, (start, end) in enumerate(zip(self.starts, self.ends, strict=True)):
            by_class.setdefault(bisect_left(_LENGTH_CLASSES, end - start), []).append(rank)
        # (longest length, starts, ranks) per class; ranks ascend, so starts do too.
        self.classes = [
            (
                max(self.ends[r] - self.starts[r] for r in ranks),
                ints(self.starts[r] for r in ranks),
                ints(ranks),
            )
            for ranks in by_class.values()
        ]
        self._tiered: dict[ConflictTier | None, tuple[Counts, Counts]] | None = None  # Group.tiered
        self._overlapping: list[Counts] | None = None
        self._id_order: Counts | None = None  # Group._by_id

    def _by_id(self) -> Counts:
        """The ranks in the order of their ids (a repeated id's in rank order): an id's ranks are found by
        bisection, 8 bytes a claim where a dict of ids cost ~100."""
        if self._id_order is None:
            self._id_order = ints(sorted(range(len(self.ids)), key=self.ids.__getitem__))
        return self._id_order

    def _ranks_of(self, claim_id: str) -> Iterator[int]:
        """The ranks of an id, ascending."""
        order, ids = self._by_id(), self.ids
        for index in range(bisect_left(order, claim_id, key=ids.__getitem__), len(order)):
            if ids[order[index]] != claim_id:
                return
            yield order[index]

    def rank(self, probe: Probe) -> int | None:
        """The rank of a claim in the group: an indexed claim with its id, dates and bounds, as stated and widened
        (None: not indexed)."""
        for rank in self._ranks_of(probe.id):
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

    def repeats(self) -> list[list[int]]:
        """The ranks of each id the group holds more than once (a store in memory may repeat one), which the
        dominance counts cannot tell from two claims: the counts take them off one by one."""
        order, ids = self._by_id(), self.ids
        repeated: list[list[int]] = []
        for index in range(1, len(order)):
            if ids[order[index]] == ids[order[index - 1]]:
                if not repeated or repeated[-1][-1] != order[index - 1]:
                    repeated.append([order[index - 1]])
                repeated[-1].append(order[index])
        return sorted(repeated)

    def thresholds(self, low: BoundKey, high: BoundKey) -> tuple[int, int]:
        """(below, above): another claim is wholly below bounds (low, high) when its high rank < below, wholly above
        when its low rank >= above."""
        return bisect_left(self.bounds, low), bisect_right(self.bounds, high)

    def conflicting(self, probe: Probe, limit: int | None = None, rank: int | None = None) -> list[int]:
        """Ranks, ascending, of the first `limit` (or all) claims that conflict with a claim (which need not be in
        the group). `rank`, when the claim is the group's claim of that rank: its counts are known, and each scan
        stops once it has found them all."""
        # the group's bounds are distinct, so the rank's own bound ranks are where its bounds sort (no bisection)
        thresholds = self.thresholds(probe.low, probe.high) if rank is None else (self.lows[rank], self.highs[rank] + 1)
        overlapping = None if rank is None else self.overlapping_counts()[rank]
        found = self.scan(probe.id, probe.start, probe.end, thresholds, limit, overlapping)
        if self.cumulative:
            totals = (None, None) if rank is None else (self.fell_counts()[0][rank], self.fell_counts()[1][rank])
            found += falling(self, probe, thresholds, limit, totals)
            found.sort()
        return found[:limit]

    def scan(
        self,
        own_id: str,
        start: int,
        end: int,
        thresholds: tuple[int, int],
        limit: int | None = None,
        total: int | None = None,
        column: Column | None = None,
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
            for rank in ranks[first:last]:  # a slice of the packed array: a copy at C speed, then no index per rank
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

    def counts(self, tier: ConflictTier | None = None) -> Counts:
        """How many claims of the group conflict with each (by rank), or of those, how many are of `tier` (firm or
        same-day): computed once, in O(n log n) but for inverted intervals, repeated ids and claims of many
        asserters, which are corrected one by one."""
        return self.tiered()[tier][0]

    def overlapping_counts(self, tier: ConflictTier | None = None) -> Counts:
        """How many claims dated to overlap each conflict with it (or of `tier`)."""
        return self.tiered()[tier][1]

    def tiered(self) -> dict[ConflictTier | None, tuple[Counts, Counts]]:
        """(all, overlapping) counts per rank: of every conflict (None), of the firm ones and of the same-day ones
        (the rest hold only if exact); a lookup reads all six of a claim from this one dict. The ones firm on the
        figures are counted over the widened bounds in the same sweeps as all (overlap.py, running.py); of those, the
        same-day ones (sameday.py) are counted apart, the firm ones are the rest."""
        if self._tiered is None:
            overlapping = self._overlapping_counts()
            totals = overlapping
            if self.cumulative:
                totals = [
                    ints(c + b + a for c, b, a in zip(column, before, after, strict=True))
                    for column, (before, after) in zip(overlapping, self._fell_counts(), strict=True)
                ]
            figures = 1 if self.widens else 0
            same_overlapping, same_fell = same_day(self, overlapping[figures])
            same = ints(o + f for o, f in zip(same_overlapping, same_fell, strict=True))
            self._tiered = {
                None: (totals[0], overlapping[0]),
                ConflictTier.SAME_DAY: (same, same_overlapping),
                ConflictTier.FIRM: (
                    ints(t - s for t, s in zip(totals[figures], same, strict=True)),
                    ints(o - s for o, s in zip(overlapping[figures], same_overlapping, strict=True)),
                ),
            }
        return self._tiered

    def _overlapping_counts(self) -> list[Counts]:
        if self._overlapping is None:
            self._overlapping = count_overlapping(self)
        return self._overlapping

    def fell_counts(self) -> tuple[Counts, Counts]:
        """(before, after) per rank: how many claims dated wholly before it a total fell from to it, and how many
        dated wholly after it it fell to, sharing no asserter and not its id."""
        return self._fell_counts()[0]

    def _fell_counts(self) -> list[tuple[Counts, Counts]]:
        if self._fell is None:
            self._fell = count_fell(self)
        return self._fell

    def probe(self, rank: int) -> Probe:
        """The group's claim of `rank` as a lookup sees it."""
        bounds, asserters = self.bounds, self.asserters[rank] if self.cumulative else frozenset()
        return Probe(self.ids[rank], self.starts[rank], self.ends[rank], bounds[self.lows[rank]],
                     bounds[self.highs[rank]], asserters, bounds[self.wide_lows[rank]], bounds[self.wide_highs[rank]],
                     self.pinned_starts[rank], self.pinned_ends[rank])  # fmt: skip

    def wide_thresholds(self, probe: Probe, rank: int | None = None) -> tuple[int, int]:
        """thresholds of the probe's bounds widened, what `tiers` tests against; read from its ranks when it is the
        group's claim of `rank` (the group's bounds are distinct, so a bound's rank is where it sorts)."""
        if rank is not None:
            return self.wide_lows[rank], self.wide_highs[rank] + 1
        return self.thresholds(probe.wide_low, probe.wide_high)

    def tiers(
        self,
        probe: Probe,
        wide: tuple[int, int],
        others: Iterable[int],
        bounded: bool | None = None,
        total: bool = False,
    ) -> list[ConflictTier]:
        """The tier of each conflict found between `probe` and the group's claims of ranks `others`
        (claims.conflict_tier): only if exact unless it still holds with both widened (`wide`:
        wide_thresholds(probe)), as the kind it is; then firm only when their pinned days (claims.pinned_window)
        cannot be read apart (claims.dates_reconcile). Across measures (`bounded`: whether the probe's measure is the
        one bounded; `total`: whether the bounding one is a running total), one's low above the other's high; on
        dates that meet, either wholly below or above the other; else a total that fell, from an earlier claim above
        or to a later one below. One loop over the columns for all of them: a listing tells ~110,000 at 100k."""
        below, above = wide
        wide_lows, wide_highs, starts, ends = self.wide_lows, self.wide_highs, self.starts, self.ends
        pinned_starts, pinned_ends = self.pinned_starts, self.pinned_ends
        start, end, pinned_start, pinned_end = probe.start, probe.end, probe.pinned_start, probe.pinned_end
        stock = bounded is not None or not self.cumulative  # both must be pinned to the one day
        found: list[ConflictTier] = []
        for other in others:
            lower, upper = wide_highs[other] < below, wide_lows[other] >= above  # the other wholly below, above
            if bounded is not None:
                held = lower if bounded else upper
            elif starts[other] <= end and start <= ends[other]:  # their dates meet
                held = lower or upper
            else:
                held = upper if ends[other] < start else lower
            if not held:
                found.append(_IF_EXACT)
                continue
            if bounded is not None and total:  # the total pinned on or after the part's day
                other_later = bounded
            elif stock:
                found.append(
                    _FIRM if pinned_start == pinned_end and pinned_starts[other] == pinned_ends[other] else _SAME_DAY
                )
                continue
            elif lower and upper:  # each must be before the other
                found.append(_FIRM)
                continue
            else:  # a running total: the lower pinned on or after the higher's day
                other_later = lower
            # the later of the two pinned to start on or after the day the earlier is pinned to end
            later_pinned = pinned_starts[other] >= pinned_end if other_later else pinned_start >= pinned_ends[other]
            found.append(_FIRM if later_pinned else _SAME_DAY)
        return found

    def dates_meet(self, a: int, b: int) -> bool:
        return self.starts[a] <= self.ends[b] and self.starts[b] <= self.ends[a]

    def pairs(self) -> Iterator[tuple[int, int, ConflictTier]]:
        """Each conflicting pair once, as ranks (a, b) with a before b in as-of order, sorted by a then b, and its
        tier (`tiers`). A later partner either starts within a's dates, so only that stretch of the order is
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
            found: list[int] = []
            if counts[rank]:
                found = [
                    other
                    for other in range(rank + 1, bisect_right(self.starts, self.ends[rank]))
                    if (highs[other] < low or lows[other] > high) and ids[other] != ids[rank]
                ]
            if falls:
                found += falling(self, probe, self.thresholds(probe.low, probe.high), None, (0, falls))
            for other, tier in zip(found, self.tiers(probe, wide, found), strict=True):
                yield rank, other, tier
