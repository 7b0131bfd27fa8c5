"""The same-day tier (rule 11): of the conflicts firm on the figures, those whose as-of dates can be read as days on
which both hold, counted apart from the firm ones without holding a pair. Pure.

An `as_of` window means "some time within", so a pair is firm only when its pinned days (claims.pinned_window) cannot
be read apart (claims.dates_reconcile): on a stock, both pinned to one day (buckets of the claims pinned to a single
day); on a running total, the lower pinned to start the day the higher ends (buckets of pinned starts and ends), and
a total that fell between approximate ends a day apart holds only if on the same day; across measures bounded by a
running total, a dominance count of pinned days. Each bucket is counted by bisection (dominance.tally), O(n log n).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..claims import ConflictTier
from .dominance import SUBSET_KEYS, Column, count_below, negated, tally
from .packed import Counts, ints, zeros

if TYPE_CHECKING:  # the group caches these counts; the counts across measures ask for theirs
    from .group import Group


def same_day(group: Group, figures: Sequence[int]) -> tuple[Counts, Counts]:
    """Per rank, of its conflicts firm on the figures (`figures`: the overlapping ones), how many hold only if on
    the same day: (overlapping, totals that fell). A total that fell between two approximate ends a day apart is
    taken less the pairs sharing an asserter (a revision); an inverted interval, a repeated id or a claim of many
    asserters is taken by scanning its conflicts, as the counts correct them."""
    size, wide_lows, wide_highs = len(group.ids), group.wide_lows, group.wide_highs
    starts, ends, pinned_starts, pinned_ends = group.starts, group.ends, group.pinned_starts, group.pinned_ends
    negated_lows, negated_highs = negated((wide_lows, wide_highs))
    repeated = {rank for ranks in group.repeats() for rank in ranks}
    scanned = {
        rank
        for rank in range(size)
        if group.lows[rank] > group.highs[rank]
        or wide_lows[rank] > wide_highs[rank]
        or rank in repeated
        or (group.cumulative and len(group.asserters[rank]) > SUBSET_KEYS)
    }
    pinned, fell, same = zeros(size), zeros(size), zeros(size)  # pinned overlaps; same-day falls; a scanned one's
    ranks = [rank for rank in range(size) if rank not in scanned]
    if not group.cumulative:  # both on one pinned day: one below the other, or above
        for on_day in _by_day(ranks, _single_day(group)).values():
            tally(on_day, on_day, wide_highs, wide_lows, pinned)
            tally(on_day, on_day, negated_lows, negated_highs, pinned)
    else:
        pinned_first = _by_day(ranks, lambda r: starts[r] if pinned_starts[r] == starts[r] else None)
        pinned_last = _by_day(ranks, lambda r: ends[r] if pinned_ends[r] == ends[r] else None)
        for day, higher in pinned_last.items():  # the lower starts the day the higher ends
            lower = pinned_first.get(day, [])
            tally(higher, lower, wide_highs, wide_lows, pinned)
            tally(lower, higher, negated_lows, negated_highs, pinned)
        loose_first = _by_day(ranks, lambda r: starts[r] if pinned_starts[r] != starts[r] else None)
        loose_last = _by_day(ranks, lambda r: ends[r] if pinned_ends[r] != ends[r] else None)
        for day, earlier in loose_last.items():  # an earlier above a later the next day, both ends approximate
            later = loose_first.get(day + 1, [])
            tally(earlier, later, wide_highs, wide_lows, fell, group.asserters)
            tally(later, earlier, negated_lows, negated_highs, fell, group.asserters)
    for rank in sorted(scanned):  # its own counts, and what it adds to those of the bucketed claims
        probe = group.probe(rank)
        wide = group.wide_thresholds(probe, rank)
        found = group.conflicting(probe)
        for other, tier in zip(found, group.tiers(probe, wide, found), strict=True):
            meet = group.dates_meet(rank, other)
            if tier is ConflictTier.SAME_DAY:
                (same if meet else fell)[rank] += 1
            if other not in scanned:
                if meet and tier is ConflictTier.FIRM:
                    pinned[other] += 1
                elif not meet and tier is ConflictTier.SAME_DAY:
                    fell[other] += 1
    overlapping = ints(same[r] if r in scanned else figures[r] - pinned[r] for r in range(size))
    return overlapping, fell


def _by_day(ranks: Iterable[int], day: Callable[[int], int | None]) -> dict[int, list[int]]:
    """The ranks by the day `day` gives each (None: none)."""
    days: dict[int, list[int]] = {}
    for rank in ranks:
        key = day(rank)
        if key is not None:
            days.setdefault(key, []).append(rank)
    return days


def _single_day(group: Group) -> Callable[[int], int | None]:
    """The day a claim of the group is pinned to when it is pinned to a single one."""
    starts, ends = group.pinned_starts, group.pinned_ends
    return lambda rank: starts[rank] if starts[rank] == ends[rank] else None


def pinned(bounded: Group, part: int, bounding: Group, total: int, cumulative: bool) -> bool:
    """Whether a pair across measures firm on the figures is firm (claims.dates_reconcile): a running total pinned
    on or after the part's day, or on a stock both pinned to one day."""
    if cumulative:
        return bounding.pinned_starts[total] >= bounded.pinned_ends[part]
    day = bounded.pinned_starts[part]
    return day == bounded.pinned_ends[part] == bounding.pinned_starts[total] == bounding.pinned_ends[total]


def pinned_across(bounded: Group, bounding: Group, cumulative: bool, column: Column) -> tuple[Counts, Counts]:
    """The firm conflicts across two measures (`pinned`) among those firm on the figures (`column`: the bounded
    group's widened low ranks and the bounding one's widened high ranks, in one ranking), counted for each claim of
    each as across.cross_counts does: on a running total, a dominance count of pinned days; on a stock, per day, of
    the claims pinned to it alone, by bisection. A repeated id is left to across.cross_counts."""
    lows, highs = column
    negated_lows, negated_highs = negated(column)
    if cumulative:
        exceeding = count_below(
            ints(-day for day in bounding.pinned_starts), ints(-day for day in bounded.pinned_ends), [(highs, lows)]
        )[0]
        exceeded = count_below(bounded.pinned_ends, bounding.pinned_starts, [(negated_lows, negated_highs)])[0]
        return exceeding, exceeded
    exceeding, exceeded = zeros(len(bounded.ids)), zeros(len(bounding.ids))
    parts = _by_day(range(len(bounded.ids)), _single_day(bounded))
    totals = _by_day(range(len(bounding.ids)), _single_day(bounding))
    for day, on_day in parts.items():
        tally(on_day, totals.get(day, []), highs, lows, exceeding)
        tally(totals.get(day, []), on_day, negated_lows, negated_highs, exceeded)
    return exceeding, exceeded
