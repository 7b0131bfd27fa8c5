"""Per-table digests of a koursk cache, to show that two builds wrote the same rows.

Usage: python benchmarks/cache_digest.py CACHE.sqlite3 > A.txt   (then the same for the other build, and diff)

Each table is read in storage order (by rowid, with it; a table without rowid by its key) and hashed row by row, the
FTS shadow tables and sqlite_stat1 included, plus each index's SQL. Left out, because they differ between any two
builds of the same store: `meta` (the code's digest, the change counter, the store's path) and, in `files`, the time
each file was read and its stat identity (a hard link to a store file, or a copy of the store, changes its ctime or
inode, never its digest).

Then `events`, `blocks` and `block_ids` once more, as served: each event row and each block with the texts kept aside
in `edits` in their place (store/blocks.py, Edits), their checksums made again over them. An update keeps the new
text of an event whose text alone changed in `edits` and leaves its row and block as they were, where a cold build
writes it into both: the tables differ, the served lines are the same.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from koursk_cli.store.blocks import Block, edits_by_block, head_of, spliced
from koursk_cli.store.digest import block_checksum, event_checksum, listing_checksum, row_checksum

LEFT_OUT = {"files": ("read_at", "identity")}


def main() -> None:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    schema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, sql in schema:
        if kind == "index":
            print(f"index {name:32} {hashlib.sha256((sql or '').encode()).hexdigest()[:16]}")
        if kind != "table" or name == "meta":
            continue
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{name}")')]
        chosen = ", ".join(f'"{c}"' for c in columns if c not in LEFT_OUT.get(name, ()))
        rowid = not (sql or "").upper().rstrip().endswith("WITHOUT ROWID")
        query = f'SELECT rowid, {chosen} FROM "{name}" ORDER BY rowid' if rowid else f'SELECT {chosen} FROM "{name}"'
        print_digest(f"table {name}", db.execute(query))
    served_tables(db)


def print_digest(title: str, rows: Iterable[Any]) -> None:
    digest, count = hashlib.sha256(), 0
    for row in rows:
        digest.update(repr(row).encode())
        count += 1
    print(f"{title:38} {count:>10,} rows {digest.hexdigest()[:16]}")


def _damaged(reason: str) -> NoReturn:
    raise SystemExit(reason)


def served_tables(db: sqlite3.Connection) -> None:
    """The events, blocks and block_ids tables as served (see above), in rowid order."""
    rows = db.execute("SELECT CAST(block AS INTEGER), CAST(id AS BLOB), CAST(json AS BLOB), checksum FROM edits")
    aside = edits_by_block(rows, _damaged)
    texts = {event_id: text for edited in aside.values() for event_id, text in edited.items()}
    columns = [row[1] for row in db.execute('PRAGMA table_info("events")')]
    at = {
        column: columns.index(column)
        for column in ("id", "file", "facts", "json", "checksum", "words", "words_checksum")
    }
    names = ", ".join(f'"{c}"' for c in columns)

    def event(row: tuple[Any, ...]) -> tuple[Any, ...]:
        text = texts.get(row[at["id"] + 1].encode())
        if text is None:
            return row
        served = list(row[1:])
        file, facts = served[at["file"]].encode(), served[at["facts"]]
        place = served[at["checksum"]] - event_checksum(file, facts, served[at["json"]].encode())
        checksum = event_checksum(file, facts, text)
        served[at["json"]], served[at["checksum"]] = text.decode(), checksum + place
        served[at["words_checksum"]] = row_checksum(served[at["words"]].encode(), start=checksum)
        return (row[0], *served)

    print_digest("served events", map(event, db.execute(f"SELECT rowid, {names} FROM events ORDER BY rowid")))
    block_row = (
        'SELECT rowid, start, "end", CAST(id AS BLOB), last_start, events, body, checksum, upper_start, upper_end,'
        " CAST(upper_id AS BLOB) FROM blocks ORDER BY rowid"
    )
    served_blocks = []
    for row in db.execute(block_row):
        block = Block(*row)
        body = spliced(block.body, aside.get(block.number, {}), _damaged)
        served_blocks.append(block._replace(body=body, checksum=block_checksum(head_of(block), body)))
    print_digest("served blocks", served_blocks)
    listings = db.execute("SELECT block, ids FROM block_ids ORDER BY block").fetchall()
    print_digest(
        "served block_ids",
        (
            (block.number, ids, listing_checksum(head_of(block), block.checksum, ids))
            for block, (_, ids) in zip(served_blocks, listings, strict=True)
        ),
    )


if __name__ == "__main__":
    main()
