"""Conflicts across measures (rule 9): a part above its whole (`at_most` in topics.yaml), counted and named between
the two measures' groups without holding a pair. Pure.

A claim of the bounded measure exceeds one of the bounding measure when its low is above the other's high and their
dates overlap, or the bounding measure is a running total dated wholly after: dominance counts over one ranking of
both groups' bounds (dominance.py), the same-day tier apart (sameday.pinned_across); named by scanning blocks of the
other group that can hold one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence

from ..claims import ConflictTier, CumulativeMeasures, MeasureBounds
from .dominance import count_below, difference, negated
from .group import Group
from .members import Probe
from .packed import Counts, ints, shifted, zeros
from .sameday import pinned, pinned_across

CrossCounts = dict[ConflictTier | None, tuple[Counts, Counts]]
"""Conflicts across two measures (cross_counts): for each claim of the bounded one, how many of the other it exceeds,
and for each of the other, how many exceed it; of all (None), and of each counted tier (firm, same-day)."""


def cross_counts(bounded: Group, bounding: Group, cumulative: bool) -> CrossCounts:
    """Conflicts across two measures, `bounded` never above `bounding` (claims.exceeds_bound): for each claim of
    `bounded`, how many of `bounding` it exceeds, and for each of `bounding`, how many of `bounded` exceed it; as
    stated, then (when either group widens a figure) firm on the figures, in the same sweeps; of those, the firm ones
    (sameday.pinned_across), the rest only if on the same day. A claim b of `bounding` is exceeded
    by a of `bounded` when a's low is above b's high and their dates overlap, or, on a cumulative `bounding`, b is
    dated wholly after a: together, b ends on or after a starts (and, on a stock, b starts by a's end). Dominance
    counts over one ranking of both groups' bounds, O(n log n); a repeated id (a store in memory) is taken off one by
    one."""
    keys = sorted({*bounded.bounds, *bounding.bounds})
    rank_of = [ints(bisect_left(keys, key) for key in group.bounds) for group in (bounded, bounding)]
    pairs = [(bounded.lows, bounding.highs)]
    if bounded.widens or bounding.widens:
        pairs.append((bounded.wide_lows, bounding.wide_highs))
    columns = [(ints(rank_of[0][r] for r in lows), ints(rank_of[1][r] for r in highs)) for lows, highs in pairs]
    flipped = [(b, a) for a, b in columns]
    ended = count_below(bounding.ends, shifted(bounded.starts, -1), flipped)
    if cumulative:
        reaching = count_below(zeros(len(bounding.ids)), zeros(len(bounded.ids)), flipped)
    else:
        reaching = count_below(bounding.starts, bounded.ends, flipped)
    exceeding = difference(reaching, ended)
    minus = [negated(column) for column in columns]
    exceeded = count_below(bounded.starts, bounding.ends, minus)
    if not cumulative:
        gone = count_below(bounded.ends, shifted(bounding.starts, -1), minus)
        exceeded = difference(exceeded, gone)
    firm = pinned_across(bounded, bounding, cumulative, columns[-1])
    shared = set(bounded.ids).intersection(bounding.ids)
    if shared:
        for a in (rank for rank, claim_id in enumerate(bounded.ids) if claim_id in shared):
            for b in (rank for rank, claim_id in enumerate(bounding.ids) if claim_id == bounded.ids[a]):
                dated = bounding.ends[b] >= bounded.starts[a] and (cumulative or bounding.starts[b] <= bounded.ends[a])
                for column, (a_low, b_high) in enumerate(columns):
                    if dated and a_low[a] > b_high[b]:
                        exceeding[column][a] -= 1
                        exceeded[column][b] -= 1
                if dated and columns[-1][0][a] > columns[-1][1][b] and pinned(bounded, a, bounding, b, cumulative):
                    firm[0][a] -= 1
                    firm[1][b] -= 1
    figures = (exceeding[-1], exceeded[-1])
    same_day = tuple(
        ints(n - f for n, f in zip(all_, firm_, strict=True)) for all_, firm_ in zip(figures, firm, strict=True)
    )
    return {
        None: (exceeding[0], exceeded[0]),
        ConflictTier.FIRM: firm,
        ConflictTier.SAME_DAY: (same_day[0], same_day[1]),
    }


def scan_across(
    group: Group, probe: Probe, bounded: bool, cumulative: bool, limit: int | None, total: int | None
) -> list[int]:
    """Ranks, ascending, of the first `limit` (or all) claims of `group` in conflict across measures with a claim of
    another measure (`probe`): when `bounded`, the probe's measure is bounded by the group's and the claims are those
    it exceeds; else the group's measure is bounded by the probe's and they are those that exceed it. `cumulative`:
    the bounding measure is. Blocks none of whose bounds or dates can qualify are skipped; `total`, when known, stops
    the scan once all are found."""
    if total == 0 or limit == 0:
        return []
    found: list[int] = []
    size = group.block
    if bounded:  # their high below the probe's low; they end on or after it starts (and start by its end: a stock)
        below = bisect_left(group.bounds, probe.low)
        stop = len(group.ids) if cumulative else bisect_right(group.starts, probe.end)
        for block in range((stop + size - 1) // size):
            if group.block_highs[block] >= below or group.block_last_ends[block] < probe.start:
                continue
            for rank in range(block * size, min(stop, (block + 1) * size)):
                if group.highs[rank] < below and group.ends[rank] >= probe.start and group.ids[rank] != probe.id:
                    found.append(rank)
            if (limit is not None and len(found) >= limit) or (total is not None and len(found) >= total):
                break
    else:  # their low above the probe's high; they start by its end (and end on or after its start: a stock)
        above = bisect_right(group.bounds, probe.high)
        stop = bisect_right(group.starts, probe.end)
        for block in range((stop + size - 1) // size):
            if group.block_lows[block] < above or (not cumulative and group.block_last_ends[block] < probe.start):
                continue
            for rank in range(block * size, min(stop, (block + 1) * size)):
                if (
                    group.lows[rank] >= above
                    and (cumulative or group.ends[rank] >= probe.start)
                    and group.ids[rank] != probe.id
                ):
                    found.append(rank)
            if (limit is not None and len(found) >= limit) or (total is not None and len(found) >= total):
                break
    return found[:limit]


def partners(
    own: Group, other: Group, counts: Sequence[int], bounded: bool, cumulative: bool
) -> Iterator[tuple[int, Probe, list[int]]]:
    """(rank, probe, the ranks of its partners in `other`) for each claim of `own` with conflicts across measures
    (`counts`, from cross_counts): only those are scanned, each scan stopping once it has found them all."""
    for rank, count in enumerate(counts):
        if count:
            probe = own.probe(rank)
            yield rank, probe, scan_across(other, probe, bounded, cumulative, None, count)


def links(bounds: MeasureBounds) -> dict[tuple[str, str], list[tuple[tuple[str, str], bool]]]:
    """For each measure some bound ties to another: (the other measure, whether this one is the bounded one)."""
    tied: dict[tuple[str, str], list[tuple[tuple[str, str], bool]]] = {}
    for topic, measure, bound in sorted(bounds):
        tied.setdefault((topic, measure), []).append(((topic, bound), True))
        tied.setdefault((topic, bound), []).append(((topic, measure), False))
    return tied


class AcrossTally:
    """The conflicts across measures (rule 9) of each measure's claims among `measures`, whose groups are asked of
    `group` when read (spreads.py builds each when first asked and lets it go once no measure `tied` to it is left):
    how many, and the pairs as positions (its claim's, the other's), by bound in order, then its claims' as-of order,
    then the other's. Each bound's counts are taken once (dominance counts), and only claims with some are scanned
    for their partners."""

    def __init__(
        self,
        group: Callable[[tuple[str, str]], Group],
        measures: Collection[tuple[str, str]],
        bounds: MeasureBounds,
        cumulative: CumulativeMeasures,
    ):
        self._group = group
        self._cumulative = cumulative
        self._bounds = [b for b in sorted(bounds) if (b[0], b[1]) in measures and (b[0], b[2]) in measures]
        self._counts: dict[tuple[str, str, str], CrossCounts] = {}

    def tied(self, key: tuple[str, str]) -> list[tuple[str, str]]:
        """The measures a bound ties `key` to: counting or naming its conflicts reads their groups."""
        return [
            other
            for topic, measure, bounding in self._bounds
            for mine, other in (((topic, measure), (topic, bounding)), ((topic, bounding), (topic, measure)))
            if mine == key
        ]

    def _tied(
        self, key: tuple[str, str], tier: ConflictTier | None = None
    ) -> Iterator[tuple[Group, Group, bool, bool, Sequence[int]]]:
        """(its group, the other's, whether its measure is the bounded one, whether the bounding is cumulative, how
        many each of its claims conflicts with, or of `tier`) for each bound tying `key` to another measure."""
        for bound in self._bounds:
            topic, measure, bounding = bound
            if key not in ((topic, measure), (topic, bounding)):
                continue
            low, high = self._group((topic, measure)), self._group((topic, bounding))
            is_total = (topic, bounding) in self._cumulative
            if bound not in self._counts:
                self._counts[bound] = cross_counts(low, high, is_total)
            exceeding, exceeded = self._counts[bound][tier]
            if key == (topic, measure):
                yield low, high, True, is_total, exceeding
            else:
                yield high, low, False, is_total, exceeded

    def count(self, key: tuple[str, str], tier: ConflictTier | None = None) -> int:
        return sum(sum(counts) for *_, counts in self._tied(key, tier))

    def pairs(
        self, key: tuple[str, str], listed: Callable[[str], bool] | None = None
    ) -> Iterator[tuple[tuple[Group, int], tuple[Group, int]]]:
        """The pairs of `key`'s claims (of those `listed`, by id: all when None) across measures, each as (its
        group, its rank) then (the other's group, its rank)."""
        for own, other, bounded, is_total, counts in self._tied(key):
            if listed is not None:
                counts = [n if n and listed(own.ids[rank]) else 0 for rank, n in enumerate(counts)]
            for rank, _, found in partners(own, other, counts, bounded, is_total):
                for partner in found:
                    yield (own, rank), (other, partner)
