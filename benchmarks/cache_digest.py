"""Per-table digests of a koursk cache, to show that two builds wrote the same rows.

Usage: python benchmarks/cache_digest.py CACHE.sqlite3 > A.txt   (then the same for the other build, and diff)

Each table is read in storage order (by rowid, with it; a table without rowid by its key) and hashed row by row, the
FTS shadow tables and sqlite_stat1 included, plus each index's SQL. Left out, because they differ between any two
builds of the same store: `meta` (the code's digest, the change counter, the store's path) and, in `files`, the time
each file was read and its stat identity (a hard link to a store file, or a copy of the store, changes its ctime or
inode, never its digest).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys

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
        digest, count = hashlib.sha256(), 0
        for row in db.execute(query):
            digest.update(repr(row).encode())
            count += 1
        print(f"table {name:32} {count:>10,} rows {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
