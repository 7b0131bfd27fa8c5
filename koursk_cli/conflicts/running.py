"""A total that fell (rule 8): on a running total, a claim dated wholly after another and below it conflicts with it,
unless the two share an asserter (then it is a revision). Pure.

Counted by two dominance counts (dominance.fell_within), less those sharing an asserter, counted the same way within
each set of asserters a claim has (inclusion–exclusion over the subsets of its asserters: a claim of k asserters is
filed under 2^k - 1 sets, so a claim of more than dominance.SUBSET_KEYS asserters is corrected one by one). Named by
scanning the claims dated before or after a claim in blocks, skipping each block none of whose bounds or dates can
qualify.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .dominance import SUBSET_KEYS, fell_within, subsets
from .members import Probe
from .packed import Counts, ints

if TYPE_CHECKING:  # the group caches these counts and scans with `falling`
    from .group import Group


def falling(
    group: Group, probe: Probe, thresholds: tuple[int, int], limit: int | None, totals: tuple[int | None, int | None]
) -> list[int]:
    """Ranks, ascending, of the first `limit` (or all) claims a total fell from or to: dated wholly before the
    probe with a low above its high, then wholly after it with a high below its low; neither sharing an asserter
    nor its id. `totals` (before, after), when known, stop each scan once all are found."""
    below, above = thresholds
    ends, lows, highs, ids, asserters = group.ends, group.lows, group.highs, group.ids, group.asserters
    block_size = group.block
    found: list[int] = []
    before_total, after_total = totals
    # before: ranks starting before the probe starts (those ending before it are among them)
    stop = bisect_left(group.starts, probe.start)
    wanted = before_total if limit is None else min(limit, before_total if before_total is not None else limit)
    if wanted != 0 and stop:
        for block in range((stop - 1) // block_size + 1):
            if group.block_ends[block] >= probe.start or group.block_lows[block] < above:
                continue
            for rank in range(block * block_size, min(stop, (block + 1) * block_size)):
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
    start = bisect_right(group.starts, probe.end)
    room = None if limit is None else limit - len(found)
    wanted = after_total if room is None else min(room, after_total if after_total is not None else room)
    taken = 0
    if wanted != 0 and start < len(ids):
        for block in range(start // block_size, (len(ids) - 1) // block_size + 1):
            if group.block_highs[block] >= below:
                continue
            for rank in range(max(start, block * block_size), min(len(ids), (block + 1) * block_size)):
                if highs[rank] < below and ids[rank] != probe.id and asserters[rank].isdisjoint(probe.asserters):
                    found.append(rank)
                    taken += 1
            if wanted is not None and taken >= wanted:
                break
    return found[:limit] if limit is not None else found


def count_fell(group: Group) -> list[tuple[Counts, Counts]]:
    """Per column of the group (as stated, then widened), (before, after) per rank: how many claims dated wholly
    before each a total fell from to it, and how many dated wholly after it it fell to."""
    starts, ends, columns = group.starts, group.ends, group.columns
    before, after = fell_within(starts, ends, columns)
    # Less the pairs sharing an asserter (a revision), by inclusion–exclusion over the sets of asserters: within
    # the claims holding every asserter of a set S, a claim's count is of those sharing S; summed over the
    # subsets of its own asserters with alternating signs, it is of those sharing at least one.
    filed: dict[frozenset[str], list[int]] = {}
    many: list[int] = []  # claims of more than SUBSET_KEYS asserters: corrected one by one
    for rank, asserters in enumerate(group.asserters):
        if len(asserters) > SUBSET_KEYS:
            many.append(rank)
            continue
        for subset in subsets(asserters):
            filed.setdefault(subset, []).append(rank)
    for shared, ranks in filed.items():
        if len(ranks) < 2:
            continue
        sign = 1 if len(shared) % 2 else -1
        picked = [(ints(lows[r] for r in ranks), ints(highs[r] for r in ranks)) for lows, highs in columns]
        shared_before, shared_after = fell_within(ints(starts[r] for r in ranks), ints(ends[r] for r in ranks), picked)
        for column in range(len(columns)):
            for rank, b, a in zip(ranks, shared_before[column], shared_after[column], strict=True):
                before[column][rank] -= sign * b
                after[column][rank] -= sign * a
    for column, (lows, highs) in enumerate(columns):
        _correct(group, before[column], after[column], lows, highs, many)
    return list(zip(before, after, strict=True))


def _correct(
    group: Group, before: Counts, after: Counts, lows: Sequence[int], highs: Sequence[int], many: list[int]
) -> None:
    """The fell counts of one column (`lows`, `highs`) less what the dominance counts cannot tell apart: the
    claims of more than SUBSET_KEYS asserters, and a repeated id (never its own partner)."""
    starts, ends, held = group.starts, group.ends, group.asserters

    def take_off(rank: int, other: int) -> None:
        """`other` off `rank`'s counts, if a total fell between them (dated before it and above, or after and below)."""
        if ends[other] < starts[rank] and lows[other] > highs[rank]:
            before[rank] -= 1
        elif starts[other] > ends[rank] and highs[other] < lows[rank]:
            after[rank] -= 1

    for other in many:
        for rank, asserters in enumerate(held):
            if len(asserters) <= SUBSET_KEYS and not asserters.isdisjoint(held[other]):
                take_off(rank, other)
    for rank in many:
        probe = group.probe(rank)
        found = falling(group, probe, group.thresholds(probe.low, probe.high), None, (None, None))
        if lows is not group.lows:  # widened: of the totals that fell as stated, those that still do
            found = [
                other
                for other in found
                if (lows[other] > highs[rank] if ends[other] < starts[rank] else highs[other] < lows[rank])
            ]
        before[rank] = sum(1 for other in found if ends[other] < starts[rank])
        after[rank] = len(found) - before[rank]
    # A repeated id is never its own partner (a shared asserter was taken off above).
    for ranks in group.repeats():
        for rank in ranks:
            if len(held[rank]) > SUBSET_KEYS:
                continue  # counted by scanning, which leaves its id out
            for other in ranks:
                if held[other].isdisjoint(held[rank]):
                    take_off(rank, other)
