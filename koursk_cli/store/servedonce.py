"""The ids a query has served, to find a row served twice (damage: two rows under one id) before it is used.

A set of the ids themselves cost ~76 bytes an id (the bytes object and the set's slot): 76 MB of the 221 MB
`export sqlite` peaked at over 1,000,000 events (issue 20). Here each id is a 64-bit hash in an open-addressing
table of machine integers, 16-32 bytes an id. An id served twice always hashes alike, so it is always found; two
different ids hashing alike (about once in 10^7 runs of a million rows, bytes hashes being salted per process) would
be reported as damage and the cache rebuilt, never a row left out.
"""

from array import array
from collections.abc import Sequence

_EMPTY = 0  # no hash is stored as 0: each is made odd


class ServedOnce:
    """Hashes of the ids served so far, at most half the table full."""

    def __init__(self) -> None:
        self._table = array("q", [_EMPTY]) * 1024
        self._count = 0

    def add(self, keys: Sequence[bytes]) -> bytes | None:
        """Record `keys` (one batch, in order); the first one served before (in an earlier batch or this one), if
        any, in which case nothing after it is recorded."""
        if 2 * (self._count + len(keys)) > len(self._table):
            self._grow(2 * (self._count + len(keys)))
        table = self._table
        mask = len(table) - 1
        for key in keys:
            found = hash(key) | 1
            at = found & mask
            while (held := table[at]) != _EMPTY:
                if held == found:
                    return key
                at = (at + 1) & mask
            table[at] = found
        self._count += len(keys)
        return None

    def _grow(self, least: int) -> None:
        size = len(self._table)
        while size < least:
            size *= 2
        table = array("q", [_EMPTY]) * size
        mask = size - 1
        for found in self._table:
            if found != _EMPTY:
                at = found & mask
                while table[at] != _EMPTY:
                    at = (at + 1) & mask
                table[at] = found
        self._table = table
