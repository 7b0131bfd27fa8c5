"""Spans of a text: whether a position or a span falls in others, a set of them merged, and the spans already read.

Apart because the dates and the figures both keep the spans they chose (`Taken`) and skip those the other read, and
draft.py sets a page's furniture apart by its spans (`merged_spans`, `within`, `overlaps_sorted`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

Span = tuple[int, int]


def overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    """Whether [start, end) overlaps one of `spans`, in any order (a scan; `overlaps_sorted` bisects merged ones)."""
    return any(start < b and a < end for a, b in spans)


class Taken:
    """Spans already chosen, never overlapping, kept in order, so that whether a new one is free is a bisection
    rather than a scan of every chosen span (a pasted page can be one sentence with thousands of them)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no chosen span: only the last one starting at or before `start` and the
        first one after it can overlap it, since chosen spans are ordered and disjoint."""
        index = bisect.bisect_right(self._starts, start)
        before = index > 0 and self._ends[index - 1] > start
        after = index < len(self._starts) and self._starts[index] < end
        return not (before or after)

    def take(self, start: int, end: int) -> None:
        """Chooses [start, end), a span `free` said overlaps no chosen one."""
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, those that overlap made one (a page's foot holds its links' lines: round 73)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def overlaps_sorted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `start`:`end` overlaps one of `spans`, by bisection: only right if `spans` are sorted and not
    overlapping (`merged_spans`'s); `overlaps` takes any spans."""
    at = bisect.bisect_right(spans, start, key=lambda span: span[1])
    return at < len(spans) and spans[at][0] < end
