"""Events' JSON texts in blocks of neighbours in date order, so that a date range is read a block at a time.

The events are ordered by their key (start, end, id), as `--sort date` lists them. The blocks cut that order into
runs: block n holds every event whose key is at least its bound and below block n + 1's (block 1's bound is below
every key), their JSON texts joined as a JSON array joins them, under one checksum with its bound, the latest start
among them and their count. Read row by row, the 200,132 events of `events --since 2025-01 --json` at 1,000,000
events cost SQLite and Python ~0.8 s of CPU (making four values and checking one CRC-32 per row); as ~3,100 blocks,
SQLite hands back a few thousand values and the checksums run over the same bytes in a few large calls.

Kept true whatever changes: a first build cuts the date-ordered events into blocks of BLOCK_EVENTS; a changed file's
rows mark the blocks their keys fall in (the old rows before they are deleted, the new ones once inserted), and each
marked block is made again from the events table in the same transaction, every row verified against its own
checksum first and its key columns against its verified facts, so damage is never given a fresh checksum. Block
numbers follow the keys' order, are exactly 1 to the count of blocks and are never added to after the first build,
so the blocks a range needs are a run of consecutive numbers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple, NoReturn

from ..render.machine import ARRAY_SEPARATOR
from .digest import block_checksum, event_checksum

BLOCKS = """
CREATE TABLE blocks (
    rowid INTEGER PRIMARY KEY, start INTEGER NOT NULL, "end" INTEGER NOT NULL, id TEXT NOT NULL,
    last_start INTEGER NOT NULL, events INTEGER NOT NULL, body BLOB NOT NULL, checksum INTEGER NOT NULL
);
CREATE UNIQUE INDEX blocks_by_key ON blocks (start, "end", id);
CREATE INDEX blocks_by_last_start ON blocks (last_start);
"""
BLOCK_EVENTS = 64  # ~67 KB of JSON a block in the generated stores: ~3,100 blocks for 200,000 events
SEPARATOR = ARRAY_SEPARATOR  # a block's texts are joined as a JSON array joins them
FIRST = (0, 0, "")  # block 1's bound: below every key (days are numbered from 1)
KEY_COLUMNS = 'start, "end", id'  # an event's key, in the date index's order
KEY = f"({KEY_COLUMNS})"

_BLOCK_ROW = (  # as the types written, whatever damage made of them: a value of another type fails the checksum
    'SELECT rowid, CAST(start AS INTEGER), CAST("end" AS INTEGER), CAST(id AS BLOB), CAST(last_start AS INTEGER),'
    " CAST(events AS INTEGER), CAST(body AS BLOB), CAST(checksum AS INTEGER) FROM blocks"
)

Key = tuple[int, int, str]
Damaged = Callable[[str], NoReturn]


class Block(NamedTuple):
    """One block as read back: its number, bound, the latest start among its events, their count, the JSON texts
    and the checksum over all of it (`head` and `body`)."""

    number: int
    start: int
    end: int
    id: bytes
    last_start: int
    events: int
    body: bytes
    checksum: int

    def head(self) -> bytes:
        return b"%d\x1f%d\x1f%d\x1f%s\x1f%d\x1f%d\x1f" % (
            self.number, self.start, self.end, self.id, self.last_start, self.events,
        )  # fmt: skip

    def key(self) -> tuple[int, int, bytes]:
        return self.start, self.end, self.id


def put_blocks(db: sqlite3.Connection, event_row: str, damaged: Damaged) -> None:
    """A first build's blocks, cut from every event in key order (each read as cache.EVENT_ROW, `event_row`)."""
    rows = db.execute(f"SELECT {event_row}, {KEY_COLUMNS} FROM events ORDER BY {KEY_COLUMNS}")
    number = 0
    while chunk := rows.fetchmany(BLOCK_EVENTS):
        number += 1
        _write(db, number, FIRST if number == 1 else chunk[0][4:], None, chunk, damaged)
    if number == 0:  # an empty store: one block, so that every key has one
        _write(db, 1, FIRST, None, [], damaged)


def blocks_of(db: sqlite3.Connection, where: str, params: Iterable[Any]) -> set[int]:
    """The blocks whose ranges hold the keys of the events `where` selects."""
    find = f'SELECT rowid FROM blocks WHERE {KEY} <= (?, ?, ?) ORDER BY start DESC, "end" DESC, id DESC LIMIT 1'
    keys = db.execute(f'SELECT start, "end", id FROM events WHERE {where}', tuple(params)).fetchall()
    return {db.execute(find, key).fetchone()[0] for key in keys}


def refresh_blocks(db: sqlite3.Connection, numbers: Iterable[int], event_row: str, damaged: Damaged) -> None:
    """Make the blocks `numbers` again from the events now in their ranges (read as cache.EVENT_ROW). The range is
    the block's own verified bound to the next block's (block numbers are exactly 1 to the count of blocks: only the
    last has no next one), so a damaged bound or number is never given a fresh checksum."""
    count = db.execute("SELECT count(*) FROM blocks").fetchone()[0]
    for number in sorted(numbers):
        old = _verified_block(db, number, count, damaged)
        bound, after = _bound(old), None
        if number < count:
            after = _bound(_verified_block(db, number + 1, count, damaged))
        sql = f"SELECT {event_row}, {KEY_COLUMNS} FROM events WHERE {KEY} >= (?, ?, ?)"
        if after is not None:
            sql += f" AND {KEY} < (?, ?, ?)"
        rows = db.execute(f"{sql} ORDER BY {KEY_COLUMNS}", (*bound, *(after or ()))).fetchall()
        _write(db, number, bound, after, rows, damaged)
        left = _ids(old.body) - {row[6] for row in rows}
        _check_left(db, left, bound, after, event_row, damaged)


def _ids(body: bytes) -> set[str]:
    """The ids of a verified block's events: each JSON text opens with its id (cache.ID_OPENS_JSON), and none holds
    the separator (a raw newline)."""
    opening = len(b'{"id": "')
    return {text[opening : text.index(b'"', opening)].decode() for text in body.split(SEPARATOR)} if body else set()


def _check_left(
    db: sqlite3.Connection, ids: set[str], bound: Key, after: Key | None, event_row: str, damaged: Damaged
) -> None:
    """The events a block held and holds no more must be gone, or their verified keys outside its range: an event
    whose key columns were damaged (out of the range) would otherwise be left out under a fresh checksum."""
    for event_id in ids:
        for file, facts, text, checksum in db.execute(f"SELECT {event_row} FROM events WHERE id = ?", (event_id,)):
            if event_checksum(file, facts, text) != checksum:
                damaged("an event row does not match its checksum")
            verified = _facts_key(facts)
            if verified is None or (bound <= verified and (after is None or verified < after)):
                damaged(f"event {event_id!r} of a block of events is missing from it in the index")


def _bound(block: Block) -> Key:
    return block.start, block.end, block.id.decode()


def _verified_block(db: sqlite3.Connection, number: int, count: int, damaged: Damaged) -> Block:
    """Block `number`, verified against its checksum (its number included)."""
    row = db.execute(f"{_BLOCK_ROW} WHERE rowid = ?", (number,)).fetchone() if 1 <= number <= count else None
    if row is None:
        damaged(f"block {number} of the events is missing")
    block = Block(*row)
    if block_checksum(block.head(), block.body) != block.checksum:
        damaged("a block of events does not match its checksum")
    return block


def _write(
    db: sqlite3.Connection, number: int, bound: Key, after: Key | None, rows: list[Any], damaged: Damaged
) -> None:
    """Write block `number` from its rows, each verified first: its checksum, then its key columns (which chose it)
    against the id and dates its verified facts begin with, and that key against the block's range."""
    for file, facts, text, checksum, *key in rows:
        if event_checksum(file, facts, text) != checksum:
            damaged("an event row does not match its checksum")
        verified = _facts_key(facts)
        if verified is None or verified != tuple(key) or verified < bound or (after is not None and verified >= after):
            damaged("an event row's dates or id do not match its facts or its block")
    body = SEPARATOR.join(row[2] for row in rows)
    last_start = max((row[4] for row in rows), default=bound[0])
    block = Block(number, bound[0], bound[1], bound[2].encode(), last_start, len(rows), body, 0)
    db.execute(
        "INSERT OR REPLACE INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (number, *bound, last_start, len(rows), body, block_checksum(block.head(), body)),
    )


def _facts_key(facts: bytes) -> Key | None:
    """The key (start, end, id) a verified facts blob begins with (cache.FACT_COLUMNS: id, start, end first)."""
    parts = facts.split(b"\x1f", 3)
    try:
        return int(parts[1]), int(parts[2]), parts[0].decode()
    except (IndexError, ValueError):  # not an event row koursk writes (UnicodeDecodeError is a ValueError)
        return None


class Run(NamedTuple):
    """The blocks whose every event lies in a date range: numbers `first` to `last`."""

    first: int
    last: int


def run_within(db: sqlite3.Connection, count: int, since: int | None, until: int | None) -> Run | None:
    """The longest run of blocks whose events all start on or after `since` (a bound on or after it) and on or
    before `until` (a latest start on or before it): the bounds and latest starts grow with the block numbers, which
    are 1 to `count`, the number of blocks (verified when the cache was opened; never the largest number found)."""
    first = 1
    if since is not None:
        found = db.execute(
            f"SELECT rowid FROM blocks WHERE start >= ? ORDER BY {KEY_COLUMNS} LIMIT 1", (since,)
        ).fetchone()
        if found is None:
            return None
        first = found[0]
    if until is None:
        last = count
    else:
        last = db.execute("SELECT max(rowid) FROM blocks WHERE last_start <= ?", (until,)).fetchone()[0]
    return Run(first, last) if last is not None and last >= first else None


def read_run(
    db: sqlite3.Connection, run: Run, count: int, since: int | None, until: int | None, damaged: Damaged
) -> Iterator[Block]:
    """The run's blocks then the one after it (unless the run ends at block `count`, the last), each verified before
    it is given: its checksum, its number (the next one: none skipped or repeated), a bound above the previous one,
    and for the run's own blocks the range asked for (so a number pointing at another block cannot add its events).
    A number outside 1 to `count`, or a block missing where one must be, is damage."""
    if not 1 <= run.first <= run.last <= count:
        damaged(f"the index offered blocks {run.first} to {run.last} of the {count} of the events")
    end = min(run.last + 1, count)
    expected = run.first
    previous: tuple[int, int, bytes] | None = None
    for row in db.execute(f"{_BLOCK_ROW} WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (run.first, end)):
        block = Block(*row)
        if block_checksum(block.head(), block.body) != block.checksum:
            damaged("a block of events does not match its checksum")
        if block.number != expected or (previous is not None and block.key() <= previous):
            damaged(f"block {expected} of the events is missing or out of order")
        if block.number <= run.last and (
            (since is not None and block.start < since) or (until is not None and block.last_start > until)
        ):
            damaged(f"the index offered block {block.number}, which lies outside the dates asked for")
        previous = block.key()
        expected += 1
        yield block
    if expected <= end:
        damaged(f"block {expected} of the events is missing")
