"""Rows asked for by a list of values, a few hundred per statement: the cache and its blocks share it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

IN_CHUNK = 500  # values per statement: within SQLite's oldest limit on variables (999)


def rows_in(db: sqlite3.Connection, sql: str, values: Sequence[object]) -> Iterator[Any]:
    """The rows of `sql` (ending in a column) `IN` these values, asked IN_CHUNK at a time.

    Each row is yielded from a loop, not with `yield from` the cursor: a reader that stops on damage leaves this
    generator open, and `yield from` closed the cursor when the generator was collected, after the cache's connection
    was closed, printing « Exception ignored … Cannot operate on a closed database » with a traceback."""
    for at in range(0, len(values), IN_CHUNK):
        chunk = values[at : at + IN_CHUNK]
        for row in db.execute(f"{sql} IN ({', '.join('?' * len(chunk))})", chunk):  # noqa: UP028 (see above)
            yield row
