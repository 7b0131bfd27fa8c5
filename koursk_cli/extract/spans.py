"""Spans of a text already read, and whether a new one is free of them.

Apart because the dates and the figures both keep the spans they chose (`Taken`) and skip those the other read.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

Span = tuple[int, int]


def overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
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
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
