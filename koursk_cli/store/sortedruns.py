"""Rows sorted in runs of bounded size, kept in an unnamed temporary file and read back merged: a first build's events
put in date order without a B-tree of them to insert into and read again at random (docs/performance.md, thirty-
ninth pass: the staged copy read a 16 KB page for each 2.5 KB row, 3.5 GB at 100,000 events, most of its CPU the
kernel's).

The file is made by tempfile.TemporaryFile: on Linux it never has a name (O_TMPFILE), elsewhere it loses it at
once, so a build killed at any point leaves nothing behind and nothing another process could open by name. Its
chunks are marshal data that this process wrote and only this process reads back.
"""

from __future__ import annotations

import heapq
import marshal
from collections.abc import Callable, Iterator
from typing import Any

RUN_BYTES = 32 << 20
"""The text held in memory before the rows are sorted and written as a run: about the staging file's page cache it
replaces (at 1,000,000 events, ~80 runs)."""
CHUNK_BYTES = 64 << 10
"""The text of a run's rows written, and read back, as one piece: the merge holds one piece of each run at a time."""

Row = tuple[Any, ...]


class SortedRuns:
    """Rows added in any order, given back in `key` order by `merged()`, holding about RUN_BYTES in memory."""

    def __init__(self, put: Callable[[bytes], int], get: Callable[[int], bytes], key: Callable[[Row], Any]) -> None:
        self._put, self._get = put, get
        self._key = key
        self._rows: list[Row] = []
        self._held = 0
        self._runs: list[list[int]] = []  # each run's chunks

    def add(self, rows: list[Row], size: int) -> None:
        """`rows`, whose text is about `size` characters."""
        self._rows.extend(rows)
        self._held += size
        if self._held >= RUN_BYTES:
            self._write_run()

    def merged(self) -> Iterator[Row]:
        """Every row added, in key order (rows of equal keys in no promised order); adding is over."""
        if not self._runs:
            self._rows.sort(key=self._key)
            yield from self._rows
            return
        self._write_run()
        yield from heapq.merge(*map(self._read_run, self._runs), key=self._key)

    def _write_run(self) -> None:
        self._rows.sort(key=self._key)
        per_chunk = max(1, len(self._rows) * CHUNK_BYTES // max(self._held, 1))
        chunks = [
            self._put(marshal.dumps(self._rows[at : at + per_chunk])) for at in range(0, len(self._rows), per_chunk)
        ]
        self._runs.append(chunks)
        self._rows, self._held = [], 0

    def _read_run(self, chunks: list[int]) -> Iterator[Row]:
        for chunk in chunks:
            yield from marshal.loads(self._get(chunk))
