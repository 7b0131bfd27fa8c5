"""How many claims of a measure conflict with each on dates that overlap (rule 3), on any measure. Pure.

Two claims dated to overlap conflict when one lies wholly below the other: two dominance counts (dominance.py) per
column of bounds, as stated and widened, then what those counts cannot tell apart taken off one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .dominance import Column, dated_below, negated
from .packed import Counts, ints

if TYPE_CHECKING:  # the group caches these counts
    from .group import Group


def count_overlapping(group: Group) -> list[Counts]:
    """Per column of the group (as stated, then widened), how many claims dated to overlap each conflict with it."""
    starts, ends, columns = group.starts, group.ends, group.columns
    # Others wholly below (their high under my low) plus others wholly above (their low over my high; negated
    # ranks turn > into <).
    below = dated_below(starts, ends, [(highs, lows) for lows, highs in columns])
    above = dated_below(starts, ends, [negated(column) for column in columns])
    counts = [ints(b + a for b, a in zip(*column, strict=True)) for column in zip(below, above, strict=True)]
    for column, (lows, highs) in zip(counts, columns, strict=True):
        _correct(group, column, lows, highs)
    return counts


def _correct(group: Group, counts: Counts, lows: Sequence[int], highs: Sequence[int]) -> None:
    """The overlapping counts of one column (`lows`, `highs`) less what the dominance counts cannot tell apart."""
    # An inverted interval (low > high: a NaN bound, a negative approximate or at-most figure) can be both
    # below and above, counted twice; an inverted claim's own count is simply taken by scanning.
    inverted = [rank for rank in range(len(lows)) if lows[rank] > highs[rank]]
    for rank in inverted:
        counts[rank] = len(_scanned(group, rank, (lows, highs)))
    for other in inverted:
        for rank in range(len(lows)):
            if lows[rank] <= highs[rank] < lows[other] and highs[other] < lows[rank] and group.dates_meet(rank, other):
                counts[rank] -= 1
    # A repeated id never conflicts with itself.
    for ranks in group.repeats():
        for rank in ranks:
            if lows[rank] > highs[rank]:
                continue  # counted by scanning, which already leaves its id out
            for other in ranks:
                disjoint = highs[other] < lows[rank] or lows[other] > highs[rank]
                if other != rank and disjoint and group.dates_meet(rank, other):
                    counts[rank] -= 1


def _scanned(group: Group, rank: int, column: Column) -> list[int]:
    """The conflicts of the group's claim of `rank` on dates that overlap, in `column`, by scanning."""
    lows, highs = column
    thresholds = group.thresholds(group.bounds[lows[rank]], group.bounds[highs[rank]])
    return group.scan(group.ids[rank], group.starts[rank], group.ends[rank], thresholds, column=column)
