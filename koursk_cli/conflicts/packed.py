"""Per-claim integers packed in arrays: what every column and count of the conflict index is held in. Pure.

A million-event store indexes 250,000 claims, each with a dozen integer columns (days, bound ranks, positions) and
counts alive at once while its conflicts are counted. In a list each costs a pointer and, past 256, an int object:
36 bytes; here 4, so the index costs a fraction of what the store's claims cost to read (issue 20: `export sqlite`
at 1M within 200 MB). Every value is a day ordinal (date.max is 3,652,059), a rank, a position or a count of claims,
all far inside the 32 bits of typecode "i": one that is not raises OverflowError rather than wrapping.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import TypeAlias

Counts: TypeAlias = "array[int]"
"""Per claim (or per rank of a group), one integer."""


def ints(values: Iterable[int] = ()) -> Counts:
    """`values` packed."""
    return array("i", values)


def zeros(size: int) -> Counts:
    return array("i", bytes(4 * size))


def shifted(values: Iterable[int], by: int) -> Counts:
    """Each of `values` plus `by` (a day before each start: -1)."""
    return ints(value + by for value in values)
