"""Rows asked for by a list of values, a few hundred per statement: the cache and its blocks share it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

IN_CHUNK = 500  # values per statement: within SQLite's oldest limit on variables (999)


def rows_in(db: sqlite3.Connection, sql: str, values: Sequence[object]) -> Iterator[Any]:
    """The rows of `sql` (ending in a column) `IN` these values, asked IN_CHUNK at a time."""
    for at in range(0, len(values), IN_CHUNK):
        chunk = values[at : at + IN_CHUNK]
        yield from db.execute(f"{sql} IN ({', '.join('?' * len(chunk))})", chunk)
