"""The counting every conflict count shares: dominance counts over integer keys, never a pair. Pure.

Conflicting pairs grow with the square of a measure's claims, so they are counted instead: how many points lie below
a query in two keys at once (a sweep over one key with a Fenwick tree over the other, `count_below`), or, within a
bucket of claims (a day), below a threshold in one (`tally`, by bisection). Every other module phrases its rule as
such counts over day numbers and bound ranks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Any

from .members import Asserters
from .packed import Counts, ints, shifted, zeros

Column = tuple[Sequence[int], Sequence[int]]
"""A group's (low ranks, high ranks): as stated, or widened (the firm conflicts)."""

SUBSET_KEYS = 6
"""A claim of more asserters than this is not filed under every set of them (2^k - 1 sets): the claims sharing one
with it, that a total fell between, are found by scanning."""


def negated(column: Column) -> tuple[Counts, Counts]:
    """The column's ranks negated, which turns "above" into "below" for count_below."""
    lows, highs = column
    return ints(-low for low in lows), ints(-high for high in highs)


def difference(counts: list[Counts], less: list[Counts]) -> list[Counts]:
    """Column by column, claim by claim, `counts` less `less`: those reaching a claim less those gone by then."""
    return [ints(c - n for c, n in zip(*pair, strict=True)) for pair in zip(counts, less, strict=True)]


def count_below(
    points: Sequence[int], queries: Sequence[int], columns: Sequence[tuple[Sequence[Any], Sequence[Any]]]
) -> list[Counts]:
    """For each column (point keys py, query keys qy) and each query q: how many points p have points[p] <=
    queries[q] and py[p] < qy[q]. One sweep over x for every column (the conflicts as stated and widened share it),
    with a Fenwick tree per column over the distinct keys of its points, O(columns (points + queries) log points)."""
    by_x = ints(sorted(range(len(points)), key=points.__getitem__))
    trees = []
    for point_keys, query_keys in columns:
        keys = sorted(set(point_keys))
        rank = {key: slot for slot, key in enumerate(keys, 1)}
        trees.append(
            (
                [0] * (len(keys) + 1),
                ints(rank[point_keys[p]] for p in by_x),
                ints(bisect_left(keys, y) for y in query_keys),
            )
        )
        del rank
    counts = [zeros(len(queries)) for _ in columns]
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


def dated_below(
    starts: Sequence[int], ends: Sequence[int], columns: Sequence[tuple[Sequence[int], Sequence[int]]]
) -> list[Counts]:
    """For each column (keys, thresholds) and each claim c (day ordinals, start <= end): how many claims o whose
    dates overlap c's have keys[o] < thresholds[c]. Those starting by c's end, less those that ended before c's
    start."""
    reaching = count_below(starts, ends, columns)
    ended = count_below(ends, shifted(starts, -1), columns)
    return difference(reaching, ended)


def fell_within(
    starts: Sequence[int], ends: Sequence[int], columns: Sequence[Column]
) -> tuple[list[Counts], list[Counts]]:
    """For each column (bound ranks) and each claim c of a population (day ordinals): how many claims dated wholly
    before c have a low above c's high (c is the later of a total that fell), and how many dated wholly after c have a
    high below c's low (c is the earlier). Two dominance counts; a claim is never its own partner (its end is not
    before its start)."""
    before = count_below(ends, shifted(starts, -1), [negated(column) for column in columns])
    after = count_below(
        ints(-start for start in starts), ints(-end - 1 for end in ends), [(highs, lows) for lows, highs in columns]
    )
    return before, after


def subsets(asserters: Asserters) -> Iterator[frozenset[str]]:
    """Every non-empty set of the asserters, which a claim is filed under to count those sharing one by
    inclusion–exclusion."""
    held = sorted(asserters)
    for size in range(1, len(held) + 1):
        for combination in combinations(held, size):
            yield frozenset(combination)


def tally(
    queries: Sequence[int],
    points: Sequence[int],
    keys: Sequence[int],
    thresholds: Sequence[int],
    into: Counts,
    asserters: Sequence[Asserters] | None = None,
) -> None:
    """Adds to into[q], for each rank q of `queries`, how many ranks p of `points` have keys[p] < thresholds[q]; with
    `asserters`, those sharing none with q (inclusion–exclusion over the sets of asserters, as running.count_fell:
    none has more than SUBSET_KEYS). By bisection, O((queries + points) log points)."""
    if not queries or not points:
        return
    ordered = sorted(keys[p] for p in points)
    filed: dict[frozenset[str], list[int]] = {}
    for p in points if asserters is not None else ():
        for subset in subsets(asserters[p]):  # type: ignore[index]
            filed.setdefault(subset, []).append(keys[p])
    for keyed in filed.values():
        keyed.sort()
    for q in queries:
        threshold = thresholds[q]
        count = bisect_left(ordered, threshold)
        for subset in subsets(asserters[q]) if filed else ():  # type: ignore[index]
            shared = filed.get(subset)
            if shared:
                count -= (1 if len(subset) % 2 else -1) * bisect_left(shared, threshold)
        into[q] += count
