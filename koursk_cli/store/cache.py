"""The store cache: one SQLite file per store (cachefile.py says where, and whether it is safe to open; cacheschema.py
what its rows hold), which holds plain data that cannot run code and is checked before use.

What is checked before use (see docs/guarantees.md for the threat model): SQLite increments a change counter in the
database header on every commit, and each of koursk's own commits records in `meta` the value it leaves there, so a
change made by any other SQLite client (a row deleted from any table, an index row removed, a checksum recomputed) is
seen in constant time and the cache is rebuilt; and the events and claims tables hold the number of rows koursk
wrote (counted through their smallest index, ~1.5 ms at 100,000 events), which catches a row lost or added by damage
that left the header as it was.

How it changes: a first build is written to a private temporary file renamed into place; a changed file's rows are
replaced in one transaction, so an interrupted update leaves the previous cache as it was. Runs read it through a
read-only connection; an update and a rename take turns under cachelock.py's lock (a journal is found by name).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import stat
import weakref
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, NoReturn

from ..dates import WIDEST_SPAN
from ..digits import whole
from ..problems import CacheBusy, CacheFault, CacheReplaced, CacheUnwritten
from ..signals import interruptible
from .blocks import BLOCKS, Edits, Key, Stale, mark, put_blocks, refresh_blocks, stale, verified_key
from .cachefile import private_file, remove_leftovers, temporary_path
from .cachelock import cache_lock, replace_cache, settle_journal
from .cacheschema import (
    COUNTED,
    EVENT_COLUMNS,
    EVENT_ROW,
    EVENT_TABLES,
    EVENT_WORDS,
    FACT_COLUMNS,
    FTS,
    INDEXES,
    LIST_SEPARATOR,
    LOCATION_COLUMNS,
    NAME_KINDS,
    SCHEMA,
    claim_keys,
    claim_rows,
    event_place,
    event_values,
    source_bytes,
)
from .digest import event_checksum, row_checksum
from .plain import context_damage, published_texts
from .sqlrows import rows_in
from .stamps import Settled, Stamp

CORE_PIECE = 1 << 16  # bytes of a core part checksummed at a time (verify_core): below malloc's mmap threshold

_names_of = attrgetter(*NAME_KINDS)
_EVENT_ROW_WIDTH = 1 + len(LOCATION_COLUMNS) + len(EVENT_COLUMNS) + 4
"""An events row: rowid, id, its place in its file, its other facts and words, JSON, checksum, facts blob, words'
checksum (cacheschema.EVENT_TABLES)."""
_ROW_WORDS = len(LOCATION_COLUMNS) + len(EVENT_COLUMNS)
"""Where an events row holds its search words: after rowid, id, its place and its other facts."""
# An event row updated in place (Cache.put_entries): every column but its id, file, seq and dates, which are the old
# row's, verified equal to the new ones (Cache.forget_files).
_UPDATED = ", ".join(
    f"{column} = ?" for column in ("line", "col", *EVENT_COLUMNS[3:], "json", "checksum", "facts", "words_checksum")
)
_UPDATE_ROW = f"UPDATE events SET {_UPDATED} WHERE rowid = ?"
Reused = dict[str, tuple[int, bytes, bytes, int, int]]
"""Event rows of a changed file kept to be updated in place: rowid, verified search words, facts, line and column,
by id."""
MAX_CLAIMS_PER_FILE = 10_000_000  # far above what a file can hold (files.MAX_FILE_BYTES): a larger count is damage
BUSY_MS = 10_000  # how long a run waits for another koursk's lock on the cache (a commit, a long listing's snapshot)
READING_CACHE_KB = 2000
"""SQLite's default page cache, which a read keeps (a larger one costs a warm run page faults for pages it reads once),
and which an update keeps for its clean pages (Cache.writing)."""
_TRACKED = ("events", "claims")
"""The COUNTED tables whose rows an update's own statements add and delete (_count_rows: counted by what they did)."""
COMMIT_WAIT_MS = 250  # how long a commit waits for readers; all that time new readers wait too (SQLite's pending lock)


def change_counter(descriptor: int) -> int | None:
    """The database header's file change counter (offset 24), which SQLite increments on every commit in rollback-
    journal mode; None when the file is not such a database (WAL mode would keep its changes out of the counter)."""
    header = os.pread(descriptor, 100, 0)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00") or header[18:20] != b"\x01\x01":
        return None
    return int.from_bytes(header[24:28], "big")


class Cache:
    """One open cache database: read what it holds, replace a file's rows, or be written whole by `build`.

    `header` is a descriptor of the database file, kept open as long as the connection: it reads the change counter,
    and closing a descriptor of a file would drop the POSIX locks SQLite holds on it. A cache `shared` with other runs
    (opened by its name: open_existing) is read through a read-only connection and written under its lock (writing)."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None, header: int | None = None, *, shared: bool = False
    ) -> None:
        self.db = connection
        self.path = path
        self.shared = shared
        self.fts = _has_table(connection, "event_words")  # read from the file: made over a filled one (see aside)
        self.staged = False  # a first build's events are in the attached `staging` file (see move_in_date_order)
        self._stale: Stale | None = None  # inside writing(): the blocks whose events changed (store/blocks.py)
        self.edits = Edits(connection, self.damaged)  # the texts the events rows serve (store/blocks.py)
        self._grown: Counter[str] | None = None  # inside writing(): rows added to the events and claims, less deleted
        self.deferred_seeds: Callable[[Iterable[str] | None], None] | None = None
        """Set when the run checks a seed only as served rows cite it (open._CitedSeeds): called with the sources a
        batch of served rows cites, or None for every seed, before those rows are used."""
        self._header = header
        self._release = weakref.finalize(self, os.close, header) if header is not None else None

    def close(self, damaged: bool = False) -> None:
        """Close the cache, and remove it when it turned out `damaged` (the next run builds a new one)."""
        if damaged:
            self._remove()  # while the descriptor still tells whether the file is this one
        self.db.close()
        if self._release is not None:
            self._release()  # closes the descriptor once, after the connection
            self._header = None

    def every_seed(self) -> None:
        """Before an answer that is not rows of cited sources (counts, listings, lookups): every seed checked, when
        the run left them to be checked as cited (deferred_seeds)."""
        if self.deferred_seeds is not None:
            self.deferred_seeds(None)

    def damaged(self, reason: str, *, outside: bool = False) -> NoReturn:
        """Never serve from a damaged cache: remove it (the next run builds a new one) and stop; unless another
        koursk has put a new cache in its place meanwhile (SQLite refuses to write a renamed file), which stays."""
        if not self._remove():
            raise CacheReplaced(reason)
        raise CacheFault(reason, outside=outside)

    def _remove(self) -> bool:
        """Remove the cache file unless another koursk has replaced it (False then: the new one stays)."""
        if self.path is None:
            return True
        if self.replaced():
            return False
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        return True

    def raise_if_cut_short(self, error: sqlite3.Error) -> None:
        """CacheReplaced when a read of a shared cache met a journal it may not roll back (raise_if_cut_short)."""
        if self.shared and self.path is not None:
            raise_if_cut_short(error, self.path, self.replaced())

    def replaced(self) -> bool:
        """Whether the file at `path` is no longer the one this connection reads."""
        if self._header is None or self.path is None:
            return False
        return _moved(self._header, self.path)

    def verify(self) -> None:
        """Before anything is served: the cache is as koursk's last commit left it (no other SQLite client wrote
        to it), and its events and claims tables hold as many rows as koursk wrote (no row lost or added by damage
        that left the header alone)."""
        if self._header is None:
            return
        if not _schema(self.db) <= _tables_koursk_makes():  # a table or index this build does not make
            self.damaged("the cache's tables were changed outside koursk", outside=True)
        for _ in range(3):  # a commit by another koursk between the two reads of the counter: read again
            counter = change_counter(self._header)
            meta = self.meta()
            if counter == change_counter(self._header):
                break
        if counter is None or meta.get("written") != str(counter):
            self.damaged("the cache was changed outside koursk", outside=True)
        for table in COUNTED:
            found = self.db.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            if meta.get(table) != str(found):
                self.damaged(f"the {table} table holds {found:,} rows, not the {meta.get(table)} koursk wrote")

    def hold_snapshot(self) -> None:
        """Serve the whole run from one snapshot: a read transaction kept until the connection closes, so a command
        that reads the cache more than once (a listing holding claim ids, then fetching them) never meets another
        koursk's update halfway. Its first read takes SQLite's shared lock, so the check inside it holds for the run:
        the last commit is koursk's own (one that came after verify() is another koursk's, already checked)."""
        self.db.execute("BEGIN")
        try:
            written = self.db.execute("SELECT value FROM meta WHERE key = 'written'").fetchone()
        except sqlite3.OperationalError as error:
            self.raise_if_cut_short(error)
            raise_if_busy(error)
            raise
        if self._header is not None and (written is None or written[0] != str(change_counter(self._header))):
            self.damaged("the cache was changed outside koursk", outside=True)

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Many lookups under one read transaction, ended before any write: outside a transaction SQLite takes its
        shared lock, looks for a hot journal and checks its page cache again for every statement, and a changed
        file's checks look up ~4,000 sources and seed texts at 1,000,000 events (~0.1 s of CPU of that run)."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.in_transaction:  # SQLite may have ended it after an error
                self.db.execute("ROLLBACK")

    def claims_counted(self, key: str, *, prefix: bool = False) -> int:
        """How many claims were written under claim_counts' `key`, or with `prefix` under every key it begins (a
        separator, as measure_key(topic) ends: each measure of the topic)."""
        sql = "SELECT n FROM claim_counts WHERE "
        if prefix:
            counts = self.db.execute(sql + "key >= ? AND key < ?", (key, key[:-1] + "\x20"))
        else:
            counts = self.db.execute(sql + "key = ?", (key,))
        total = 0
        for (n,) in counts:  # a row per file and measure: summed here, where a count that is not one is seen
            if type(n) is not int or not 0 <= n <= MAX_CLAIMS_PER_FILE:
                self.damaged(f"a count of claims is {n!r}")
            total += n
        return total

    @contextlib.contextmanager
    def writing(self, *, wait: bool = True, copied: bool = False, rows: int = 0) -> Iterator[None]:
        """One write transaction by koursk (_transaction). A `shared` cache is written through a connection of its
        own, opened under the cache's lock once the file at the cache's name is still this one, so the journal it
        writes is that file's (store/cachelock.py); CacheLocked (a CacheBusy) when another koursk holds the lock past
        BUSY_MS, or at once when not asked to `wait`."""
        if not self.shared:
            with self._transaction(wait=wait, copied=copied, rows=rows):
                yield
            return
        assert self.path is not None, "a shared cache is a file"
        with cache_lock(self.path, wait_ms=BUSY_MS if wait else 0):
            if self.replaced():
                raise CacheReplaced("the cache was replaced by another koursk before this update")
            reader = self.db
            self.db = _connect(str(self.path), mode="rw")
            self.edits = Edits(self.db, self.damaged)
            try:
                with self._transaction(wait=wait, copied=copied, rows=rows):
                    yield
            finally:
                self.db.close()
                self.db, self.edits = reader, Edits(reader, self.damaged)

    @contextlib.contextmanager
    def _transaction(self, *, wait: bool, copied: bool, rows: int) -> Iterator[None]:
        """One write transaction by koursk: it starts from the state koursk's last commit left (else someone else
        wrote meanwhile: the cache is damaged; a cache koursk has just `copied` starts from the copy), records the
        change counter its commit will leave and the row counts. CacheBusy when another writer holds the cache past
        BUSY_MS or a reader's snapshot past COMMIT_WAIT_MS (a reader would wait behind the commit: see aside), or at
        once when not asked to `wait`. Its page cache has room for a page of each of the `rows` it is to write."""
        # Dirty pages stay in memory until the commit (one file's rows): spilling them mid-transaction needs the
        # exclusive lock, which a reader's snapshot holds up for as long as it lasts. They stay above the cache's
        # bound, so a cache of READING_CACHE_KB alone kept no clean page once ~1,000 rows spread through the date
        # order were updated (one page of 16 KB each): every lookup read its B-tree's root and inner pages again (an
        # update read 302 MB at 1,000,000 events, 82 MB with room for them: docs/performance.md, twenty-second pass).
        self.db.execute("PRAGMA cache_spill = OFF")
        reading_cache = self.db.execute("PRAGMA cache_size").fetchone()[0]  # the connection's own, restored after
        page_kb = self.db.execute("PRAGMA page_size").fetchone()[0] // 1024
        self.db.execute(f"PRAGMA cache_size = -{READING_CACHE_KB + rows * page_kb}")
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_MS if wait else 0}")
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(f"PRAGMA busy_timeout = {COMMIT_WAIT_MS if wait else 0}")  # for readers, from here on
            try:
                self._own_commit(expected=None if copied else self.meta().get("written"))
                self._stale, self._grown = stale(), Counter()
                self.edits.forget()
                yield
                refresh_blocks(self.db, self._stale, EVENT_ROW, _UPDATE_ROW, self.damaged)
                self._count_rows(self._grown)
                if self.replaced():  # another run's copy came in meanwhile: committing into this file would be lost
                    raise CacheReplaced("the cache was replaced by another koursk during this update")
                self.db.execute("COMMIT")
            except BaseException:
                # SQLite has rolled back already after some errors (a full disk, an I/O error): ROLLBACK would then
                # fail ("no transaction is active") and hide why, and a failed one is finished by the next opener.
                if self.db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:
            raise_if_busy(error)
            if self.replaced():  # SQLite will not write a file renamed away: the new one is opened
                raise CacheReplaced("the cache was replaced by another koursk during this update") from error
            raise_if_unwritten(error)
            raise
        except OSError as error:  # the header's change counter could not be read (an I/O error)
            raise CacheUnwritten(error.strerror or str(error)) from error
        finally:
            self._stale, self._grown = None, None
            self.edits.forget()
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            self.db.execute("PRAGMA cache_spill = ON")
            self.db.execute(f"PRAGMA cache_size = {reading_cache}")

    def _own_commit(self, expected: str | None) -> None:
        """Record the change counter this transaction's commit will leave (one more than now: nothing is written
        yet). Called inside the transaction, which holds the write lock, so no other commit can come between."""
        if self._header is None:
            return
        counter = change_counter(self._header)
        if counter is None or (expected is not None and expected != str(counter)):
            raise CacheFault("the cache was changed outside koursk")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('written', ?)", (str((counter + 1) % 2**32),))

    def _count_rows(self, grown: Counter[str] | None = None) -> None:
        """Record each COUNTED table's rows. A table whose changes this transaction tracked (`grown`: the events and
        claims an update puts and deletes, as SQLite reports them) holds what it held at the start (the count koursk
        recorded then, which the run's opening counted again: verify) and what it grew by: counting 1,000,000
        events again read ~30 MB of their smallest index at every update. And a row lost to damage meanwhile is
        then still found by the next run's count, where a count taken here would record it as koursk's own."""
        recorded = self.meta() if grown is not None else {}
        for table in COUNTED:
            before = recorded.get(table, "")
            if grown is not None and table in _TRACKED and before.isascii() and before.isdigit():
                found = int(before) + grown[table]
            else:
                found = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (table, str(found)))

    def _grew(self, table: str, rows: int) -> None:
        """Inside writing(): `rows` added to `table` (deleted, when negative), as SQLite counted them."""
        if self._grown is not None:
            self._grown[table] += rows

    # --- reading -------------------------------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta"))

    def max_span(self) -> int:
        """The longest event's length in days, which bounds a date query's scan from below (indexed._day_from):
        checked against the CRC-32 recorded with it, as a damaged row is, since a smaller one would hide events."""
        span, _, checksum = str(self.meta().get("max_span", "")).partition(" ")
        days = whole(span, len(str(WIDEST_SPAN))) if span.isascii() and span.isdigit() else None
        if days is None or checksum != str(row_checksum(span.encode())):
            self.damaged("the longest event's length recorded in the cache is missing or damaged")
        return days

    def files(self) -> list[tuple[str, str, str, str, int]]:
        """Every file the cache was built from: path inside the store, role (core, seed, entries) and the parts of
        its stamp (digest, identity, time of reading), as stored: a warm run at 1,000,000 events goes through
        21,253 of them, and builds a Stamp only for the few it needs."""
        return self.db.execute("SELECT name, role, digest, identity, read_at FROM files").fetchall()

    def files_named(self, names: list[str]) -> list[tuple[str, str, str, str, int]]:
        """The rows of files() for these names only (those missing are left out): a run that found the store as the
        settled record says, but for a few files, looks up those few."""
        return list(rows_in(self.db, "SELECT name, role, digest, identity, read_at FROM files WHERE name", names))

    def settled(self) -> Settled | None:
        """The store's files as the last run found them (see Settled), if one was recorded with the files table as
        it is."""
        rows = self.db.execute("SELECT listed, seeds, identities, unvouched FROM settled LIMIT 2").fetchall()
        if len(rows) != 1 or list(map(type, rows[0])) != [str, str, bytes, str]:
            return None  # none, or damage: the files table decides
        return Settled(*rows[0])

    def core_part(self, part: str) -> Any:
        return json.loads(self._core_body(part))

    def core_entries(self, part: str) -> list[dict[str, Any]]:
        """A core part of checked entries (`source`, `entity`, `topic`), each held to the store schema again: its
        checksum can be forged (the cache is the user's file), and an entry of the wrong shape was a traceback where
        its object is built (review47). The schema's predicate, not its messages: ~1 ms for the shipped store."""
        from .loader import load_schema  # deferred: the fast paths of a settled query never parse these parts
        from .validate import acceptor

        value = self.core_part(part)
        accepts = acceptor(load_schema(), part)
        if type(value) is not list or not all(map(accepts, value)):
            self.damaged(f"core part {part!r} holds an entry the store schema refuses")
        return value

    def context_part(self) -> dict[str, Any]:
        """The core `context` part, its sorted tables checked (plain.context_damage): a wrong one is damage."""
        value = self.core_part("context")
        problem = context_damage(value)
        if problem is not None:
            self.damaged(f"core part 'context' {problem}")
        return value  # type: ignore[no-any-return]

    def verify_core(self, parts: Iterable[str]) -> None:
        """Check the stored bytes of the core `parts` against their checksums without parsing them: a part parsed
        only when a command first uses it is still verified while the cache is opened, where damage is rebuilt. Read
        in pieces through a blob handle (`core` keeps rowids for it): at 1,000,000 events the `source` and `context`
        parts are 7.3 MB, and reading each whole into memory cost ~15 ms of every run, mostly the kernel's page
        faults for the fresh buffers, against ~5 ms for the same checksum over pieces in one reused buffer."""
        for part in parts:
            row = self.db.execute(
                "SELECT rowid, checksum FROM core WHERE part = ? AND typeof(body) = 'blob'", (part,)
            ).fetchone()
            if row is None or self._core_checksum(row[0]) != row[1]:
                self.damaged(f"core part {part!r} is missing or damaged")

    def _core_checksum(self, rowid: int) -> int:
        checksum = 0
        with self.db.blobopen("core", "body", rowid, readonly=True) as body:
            while piece := body.read(CORE_PIECE):
                checksum = row_checksum(piece, start=checksum)
        return checksum

    def _core_body(self, part: str) -> bytes:
        row = self.db.execute("SELECT body, checksum FROM core WHERE part = ?", (part,)).fetchone()
        if row is None or type(row[0]) is not bytes or row_checksum(row[0]) != row[1]:
            self.damaged(f"core part {part!r} is missing or damaged")
        return row[0]

    def source_rows(self, sources: list[str]) -> dict[str, tuple[dict[str, Any], str]]:
        """The checked entry and publication date's text (see put_core) of each of these sources that has a row, each
        verified (see sources_held)."""
        found: dict[str, tuple[dict[str, Any], str]] = {}
        for source, body in self._verified_sources(sources):
            entry, published = json.loads(body)
            found[source] = entry, published
        return found

    def sources_held(self, sources: list[str]) -> set[str]:
        """Which of these sources have a row, each verified, none parsed: one statement per 500 (a changed file of
        1,000 events at 1,000,000 cites ~1,900 sources; one statement each cost ~10 ms more of that run)."""
        return {source for source, _ in self._verified_sources(sources)}

    def _verified_sources(self, sources: list[str]) -> Iterator[tuple[str, bytes]]:
        for source, body, checksum in rows_in(self.db, "SELECT id, body, checksum FROM sources WHERE id", sources):
            if type(source) is not str or row_checksum(source_bytes(source, body)) != checksum:
                self.damaged(f"the cached source {source!r} is damaged")
            yield source, body

    def seed_texts(self, sources: list[str]) -> dict[str, str]:
        """The seed text of each of these sources that has one, each verified: one statement per 500, as source_rows."""
        found: dict[str, str] = {}
        for source, body, checksum in rows_in(
            self.db, "SELECT source, body, checksum FROM seeds WHERE source", sources
        ):
            if row_checksum(body) != checksum:
                self.damaged(f"seed text of {source!r} is damaged")
            found[source] = bytes(body).decode("utf-8")
        return found

    def file_ids(self) -> dict[str, list[tuple[str, int, int]]]:
        """Every event and claim id with its line and column, per file in file order (for duplicate messages)."""
        found: dict[str, list[tuple[str, int, int]]] = {}
        for table in ("events", "claims"):
            for file, record_id, line, col in self.db.execute(
                f"SELECT file, id, line, col FROM {table} ORDER BY file, seq"
            ):
                found.setdefault(file, []).append((record_id, line, col))
        return found

    def claim_links(self, files: Iterable[str] | None = None) -> list[tuple[str, str, int, int, str]]:
        """The claims (of `files` only, when given) whose JSON names an event: file, id, line, column, JSON text.
        Each is found through claims_by_event (a claim's `event` column is written from the JSON it names), not by
        scanning every claim's JSON: after one events file changed at 1,000,000 events that scan read 250,000."""
        from .links import LINKED

        sql = "SELECT file, id, line, col, json FROM claims WHERE event != '' AND instr(json, ?) > 0"
        if files is None:
            return self.db.execute(sql, (LINKED,)).fetchall()
        return [row for name in files for row in self.db.execute(sql + " AND file = ?", (LINKED, name))]

    def event_sources(self, event_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The sources of each of these events that exists: one pass over the events, with or without the id index
        (a first build checks links before it makes its indexes)."""
        found: dict[str, tuple[str, ...]] = {}
        for event_id, sources in rows_in(self.db, "SELECT id, sources FROM events WHERE id", sorted(set(event_ids))):
            found[event_id] = tuple(sources.split(LIST_SEPARATOR)) if sources else ()
        return found

    def event_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM events")]

    # --- writing -------------------------------------------------------------------------------------------------

    def create(self, meta: dict[str, str], *, staged: bool = False) -> None:
        """The tables; with `staged`, the events and names are written to the attached `staging` file until
        move_in_date_order, and their words are indexed then."""
        self.db.executescript(SCHEMA + BLOCKS)
        self.db.executescript(EVENT_TABLES.format(schema="staging." if staged else ""))
        self.staged = staged
        if not staged:
            self._create_words()
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))

    def _create_words(self) -> None:
        """The words' index, where this SQLite has FTS5 (else words are scanned): asked of the schema made in memory,
        since a failed CREATE VIRTUAL TABLE inside a build's transaction without a journal leaves its row in the
        file (review63c), a table this build does not make."""
        if any(name == "event_words" for _, name, _, _ in _tables_koursk_makes()):
            self.db.execute(FTS)
            self.fts = True

    def put_core(self, parts: dict[str, Any], seeds: dict[str, str]) -> None:
        for part, value in parts.items():
            body = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
            self.db.execute("INSERT OR REPLACE INTO core VALUES (?, ?, ?)", (part, body, row_checksum(body)))
        rows = ((source, text.encode("utf-8")) for source, text in seeds.items())
        self.db.executemany("INSERT OR REPLACE INTO seeds VALUES (?, ?, ?)", ((s, b, row_checksum(b)) for s, b in rows))
        # Each source again, with its date, as a row of its own: `show EVENT` reads the few its event cites instead of
        # parsing the whole `source` and `context` parts (6 MB of JSON for the 20,000 articles of a 1M store).
        published = published_texts(parts["context"])
        bodies = (
            (data["id"], json.dumps([data, published[data["id"]]], ensure_ascii=False).encode())
            for data in parts["source"]
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO sources VALUES (?, ?, ?)",
            ((source, body, row_checksum(source_bytes(source, body))) for source, body in bodies),
        )

    def put_settled(self, settled: Settled) -> None:
        self.db.execute("DELETE FROM settled")
        self.db.execute("INSERT INTO settled VALUES (?, ?, ?, ?)", settled)

    def put_stamps(self, stamps: Iterable[tuple[str, str, Stamp]]) -> None:
        self.db.execute("DELETE FROM settled")  # it no longer says what the files table holds
        self.db.executemany(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
            ((name, role, s.digest, s.identity, s.read_at) for name, role, s in stamps),
        )

    def forget_files(self, names: Iterable[str], keeping: Mapping[str, Any] | None = None) -> dict[str, Reused]:
        """Delete these files' rows, inside writing(). With `keeping` (the new FileEntries of files about to be put
        again, by name), an old event row that the new file holds at the same place (seq) with the same id and dates
        is kept for put_entries to update in place, once verified: its checksum, its search words' checksum and its
        key columns against its verified facts; so its rowid, names and words stay where they did not change. Gives
        the kept rows, by file and id."""
        self.db.execute("DELETE FROM settled")
        kept: dict[str, Reused] = {}
        for name in names:
            if name.startswith("data/events/"):
                new = keeping.get(name) if keeping is not None else None
                places = (
                    {f.id: (seq, (f.start, f.end, f.id)) for seq, (f, _, _) in enumerate(new.events)} if new else {}
                )
                kept[name] = self._forget_events(name, places)
            self._grew("claims", -self.db.execute("DELETE FROM claims WHERE file = ?", (name,)).rowcount)
            self.db.execute("DELETE FROM claim_counts WHERE file = ?", (name,))
            self.db.execute("DELETE FROM files WHERE name = ?", (name,))
        return kept

    def _forget_events(self, name: str, places: dict[str, tuple[int, Key]]) -> Reused:
        """Delete file `name`'s event rows but those `places` (seq and key, by id) keeps (see forget_files), after
        marking the blocks every old row leaves by its verified key."""
        keys: list[Key] = []
        kept: Reused = {}
        doomed: list[tuple[int, bytes]] = []
        sql = f'SELECT rowid, seq, line, col, start, "end", id, {EVENT_ROW}, {EVENT_WORDS} FROM events WHERE file = ?'
        for rowid, seq, line, col, *columns, file, facts, text, checksum, words, words_checksum in self.db.execute(
            sql, (name,)
        ):
            key = verified_key((file, facts, text, checksum), self.damaged)
            if row_checksum(words, start=checksum) != words_checksum:
                self.damaged("an event row's search words do not match their checksum")
            keys.append(key)
            if self._stale is not None:
                self._stale.before[key[2]] = text  # what its block serves, unless it holds a text aside (_patch)
            if places.get(key[2]) == (seq, key) and tuple(columns) == key:
                kept[key[2]] = (rowid, words, facts, line, col)
            else:
                doomed.append((rowid, words))
        if self._stale is not None:
            mark(self.db, keys, self._stale.left, self._stale.found, self.damaged)
        if self.fts:
            self.db.executemany(
                "INSERT INTO event_words (event_words, rowid, words) VALUES ('delete', ?, ?)",
                ((rowid, words.decode()) for rowid, words in doomed),
            )
        self.db.executemany("DELETE FROM names WHERE event = ?", ((rowid,) for rowid, _ in doomed))
        deleted = self.db.executemany("DELETE FROM events WHERE rowid = ?", ((rowid,) for rowid, _ in doomed))
        self._grew("events", -deleted.rowcount)
        return kept

    def put_entries(self, name: str, entries: Any, kept: Reused | None = None) -> None:
        """One events/claims file's rows (a loader.FileEntries), appended; those `kept` by forget_files updated in
        place, their names and search words rewritten only where they changed."""
        marks = _marks_in_turn(entries.ids)
        kept = kept or {}
        names: list[tuple[int, str, int]] = []
        next_rowid = (self.db.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]) + 1
        rows, updated, words_changed = [], [], []
        for seq, (facts, text, words) in enumerate(entries.events):
            values = event_values(facts, words)
            line, col = marks(facts.id)
            known = ("\x1f".join(map(str, values[: len(FACT_COLUMNS)])) + "\x1f").encode()
            checksum = event_checksum(name.encode(), known, text.encode())
            words_checksum = row_checksum(words.encode(), start=checksum)
            place = event_place(seq, line, col)
            if facts.id in kept:  # the same id, place in the file and dates: every other column set again
                rowid, old_words, old_facts, old_line, old_col = kept[facts.id]
                row = (line, col, *values[3:], text, checksum + place, known, words_checksum, rowid)
                if old_words != words.encode():
                    words_changed.append((rowid, old_words.decode(), words))
                elif self._stale is not None and (known, line, col) == (old_facts, old_line, old_col):
                    self._stale.unwritten[facts.id] = (facts.start, facts.end, facts.id), row  # its text alone
                    continue
                updated.append(row)
                continue
            rowid = next_rowid
            next_rowid += 1
            rows.append(
                (rowid, facts.id, name, seq, line, col, *values[1:], text, checksum + place, known, words_checksum)
            )
            for kind, listed in enumerate(_names_of(facts)):  # zipped in C: 6 million names at 1,000,000 events
                names.extend(zip(repeat(kind), dict.fromkeys(listed), repeat(rowid)))
        self.db.executemany(f"INSERT INTO events VALUES ({', '.join('?' * _EVENT_ROW_WIDTH)})", rows)
        self._grew("events", len(rows))
        if kept:  # a first build (or a new file) keeps none: nothing to update, no names to compare
            self.db.executemany(f"UPDATE events SET {_UPDATED} WHERE rowid = ?", updated)
            names.extend(self._names_changed(entries.events, kept))
        self.db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)  # each event's names are distinct
        if self.fts:
            self.db.executemany(
                "INSERT INTO event_words (event_words, rowid, words) VALUES ('delete', ?, ?)",
                ((rowid, old) for rowid, old, _ in words_changed),
            )
            self.db.executemany(
                "INSERT INTO event_words (rowid, words) VALUES (?, ?)",
                [*((row[0], row[_ROW_WORDS]) for row in rows), *((rowid, new) for rowid, _, new in words_changed)],
            )
        if self._stale is not None:  # inside writing() (a first build makes its blocks once every event is in)
            keys = ((f.start, f.end, f.id) for f, _, _ in entries.events)
            mark(self.db, keys, self._stale.arrived, self._stale.found, self.damaged)
            self._stale.texts.update((facts.id, text.encode()) for facts, text, _ in entries.events)
        claims = list(claim_rows(name, entries.claims, marks))
        self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims)
        self._grew("claims", len(claims))
        counts = Counter(key for row in claims for key in claim_keys(*row[-3:]))
        self.db.executemany("INSERT INTO claim_counts VALUES (?, ?, ?)", ((name, k, n) for k, n in counts.items()))

    def _names_changed(self, events: Iterable[Any], kept: Reused) -> list[tuple[int, str, int]]:
        """The names rows of the kept events whose rows differ from what their facts list: those rows deleted, the
        new ones to insert. Names rows carry no checksum, so each kept event's are compared, not assumed."""
        expected = {
            kept[facts.id][0]: sorted(
                (kind, value) for kind, listed in enumerate(_names_of(facts)) for value in dict.fromkeys(listed)
            )
            for facts, _, _ in events
            if facts.id in kept
        }
        found: dict[int, list[tuple[int, str]]] = {rowid: [] for rowid in expected}
        wanted = list(expected)
        for at in range(0, len(wanted), 500):
            chunk = wanted[at : at + 500]
            sql = f"SELECT event, kind, name FROM names WHERE event IN ({', '.join('?' * len(chunk))})"
            for rowid, kind, value in self.db.execute(sql, chunk):
                found[rowid].append((kind, value))
        changed = [rowid for rowid, listed in expected.items() if sorted(found[rowid]) != listed]
        self.db.executemany("DELETE FROM names WHERE event = ?", ((rowid,) for rowid in changed))
        return [(kind, value, rowid) for rowid in changed for kind, value in expected[rowid]]

    def duplicate_ids(self, ids: Iterable[str] | None = None) -> bool:
        """Whether an id is used twice: anywhere, or (when given) one of `ids`, the ids of the files just put, which
        their rows hold as written (put_entries), counted through the id indexes alone (the files' own rows are not
        read again: 16 MB of pages for a file of 1,000 events spread through the date order)."""
        if ids is None:
            row = self.db.execute(
                "SELECT 1 FROM (SELECT id FROM events UNION ALL SELECT id FROM claims) GROUP BY id HAVING count(*) > 1"
                " LIMIT 1"
            ).fetchone()
            return row is not None
        wanted = sorted(set(ids))
        for at in range(0, len(wanted), 400):  # each value named twice: within SQLite's oldest limit of 999
            chunk = wanted[at : at + 400]
            listed = ", ".join(f"?{number}" for number in range(1, len(chunk) + 1))
            rows = (
                f"SELECT id FROM events WHERE id IN ({listed}) UNION ALL SELECT id FROM claims WHERE id IN ({listed})"
            )
            found = self.db.execute(f"SELECT 1 FROM ({rows}) GROUP BY id HAVING count(*) > 1 LIMIT 1", chunk)
            if found.fetchone():
                return True
        return False

    def finish_build(self) -> None:
        if self.staged:
            self.move_in_date_order()
        _execute_each(self.db, INDEXES)
        self._set_max_span(self.db.execute('SELECT coalesce(max("end" - start), 0) FROM events').fetchone()[0])
        put_blocks(self.db, EVENT_ROW, self.damaged)
        self.db.execute("PRAGMA analysis_limit = 1000")  # statistics from a sample: enough to choose an index
        self.db.execute("ANALYZE main")

    def move_in_date_order(self) -> None:
        """Copy the staged events into the main file in date order (each rowid its rank by start, end and id) with
        their names, then index their words. A date range is then a run of neighbouring rows read in order, where
        in file order each of a --since query's 200,000 rows (of 1,000,000) was read from another place of a
        3.3 GB file. Rows of a file changed later are appended out of order: the answers are the same (every query
        sorts), only slower to read. Copying into a new file instead of sorting in place leaves no free pages."""
        db = self.db
        _execute_each(db, EVENT_TABLES.format(schema="main."))
        db.execute("CREATE TABLE staging.renumbered (new INTEGER PRIMARY KEY, old INTEGER NOT NULL)")
        db.execute(
            'INSERT INTO staging.renumbered SELECT row_number() OVER (ORDER BY start, "end", id), rowid'
            " FROM staging.events"
        )
        columns = ", ".join(
            f'e."{row[1]}"' for row in db.execute("PRAGMA staging.table_info(events)") if row[1] != "rowid"
        )
        db.execute(  # CROSS JOIN: SQLite keeps this order, reading the ranks in order and each event by its rowid
            f"INSERT INTO main.events SELECT r.new, {columns} FROM staging.renumbered AS r"
            " CROSS JOIN staging.events AS e ON e.rowid = r.old"
        )
        db.execute("CREATE INDEX staging.renumbered_old ON renumbered (old)")
        db.execute(
            "INSERT INTO main.names SELECT n.kind, n.name, r.new FROM staging.names AS n"
            " JOIN staging.renumbered AS r ON r.old = n.event"
        )
        self.staged = False
        self._create_words()
        if self.fts:
            db.execute("INSERT INTO event_words (event_words) VALUES ('rebuild')")

    def widen_span(self, spans: Iterable[int]) -> None:
        """Keep meta.max_span an upper bound of every event's length in days, given the `spans` of the events just
        put (their rows' "end" - start, as put_entries wrote them: not read back)."""
        self._set_max_span(max([self.max_span(), *spans]))

    def _set_max_span(self, span: int) -> None:
        """meta.max_span: the span and its CRC-32, one row (see max_span)."""
        self.set_meta("max_span", f"{span} {row_checksum(str(span).encode())}")

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _marks_in_turn(ids: Sequence[tuple[str, int, int]]) -> Callable[[str], tuple[int, int]]:
    """Each row's id mark, asked for in the file's order: an id the file uses twice takes its marks in turn, so the
    duplicate's message names where it was first used (one mark per id kept the last: « first used by … :44 » for
    the entry at line 44 itself)."""
    marks = {record_id: (line, col) for record_id, line, col in ids}
    if len(marks) == len(ids):
        return marks.__getitem__
    turns: dict[str, deque[tuple[int, int]]] = defaultdict(deque)
    for record_id, line, col in ids:
        turns[record_id].append((line, col))
    return lambda record_id: turns[record_id].popleft() if len(turns[record_id]) > 1 else turns[record_id][0]


def _execute_each(db: sqlite3.Connection, script: str) -> None:
    """Each statement of `script` (executescript would commit the transaction under way)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _inode(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino


def _moved(descriptor: int, path: Path) -> bool:
    """Whether the file open at `descriptor` is no longer the one at `path` (renamed over or removed)."""
    try:
        return _inode(os.fstat(descriptor)) != _inode(os.lstat(path))
    except OSError:
        return True


def raise_if_busy(error: sqlite3.Error) -> None:
    """CacheBusy when `error` is SQLite's "database is locked" (another koursk's snapshot or commit outlasted
    busy_timeout): a lock is no sign of damage, and the cache must not be removed for it."""
    if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise CacheBusy from error


_UNWRITTEN = frozenset(
    (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_NOMEM)
)


def raise_if_unwritten(error: sqlite3.Error) -> None:
    """CacheUnwritten when `error` says SQLite could not write (a full disk, an I/O error, a read-only file, no
    memory): the update failed and was rolled back, which is no damage, so the cache must not be removed for it."""
    if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _UNWRITTEN:
        raise CacheUnwritten(str(error)) from error


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def raise_if_cut_short(error: sqlite3.Error, path: Path, replaced: bool) -> None:
    """CacheReplaced, for the run to open the cache again, when a read-only connection met a journal SQLite would
    have rolled back: another koursk's update on a file since `replaced` by a new one (the journal is not this file's,
    so it is left alone), or an update killed mid-commit, rolled back here first, under the lock."""
    if getattr(error, "sqlite_errorname", None) != "SQLITE_READONLY_ROLLBACK":
        return
    if not replaced:
        with cache_lock(path, wait_ms=BUSY_MS):
            settle_journal(path)
    raise CacheReplaced("an update of the cache was cut short") from error


def _connect(path: str, *, mode: str | None = None) -> sqlite3.Connection:
    """A connection to the cache file `path`, made when missing unless a `mode` says otherwise: "ro" for a run's
    reading connection, opened by the cache's name, which may outlive the file there (store/cachelock.py: SQLite then
    never takes another file's journal for this one's), "rw" for an update's, which never makes a file."""
    if mode is not None:
        uri = f"{Path(path).as_uri()}?mode={mode}"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    interruptible(connection)
    return connection


def open_existing(path: Path) -> Cache | None:
    """The cache at `path` when it exists and is safe to read (checked before and after opening it)."""
    try:
        header = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(header).st_mode):
        os.close(header)
        return None
    connection = _connect(str(path), mode="ro")
    try:
        runs_statements = _runs_statements(connection)
        if not runs_statements:
            connection.execute("SELECT count(*) FROM meta").fetchall()
        replaced = False
        moved = _moved(header, path)
    except sqlite3.OperationalError as error:  # a lock is no sign of damage: never rebuilt over for it
        connection.close()
        moved = _moved(header, path)
        os.close(header)
        raise_if_cut_short(error, path, moved)
        raise_if_busy(error)
        return None
    except (sqlite3.DatabaseError, OSError):
        replaced, moved = True, False
    if replaced:  # not SQLite: built again
        connection.close()
        os.close(header)
        return None
    if moved:  # another koursk renamed a new cache in as this one opened: open that one
        connection.close()
        os.close(header)
        raise CacheReplaced("the cache was replaced by another koursk while it was opened")
    cache = Cache(connection, path, header, shared=True)
    if runs_statements:
        cache.damaged("the cache's tables were changed outside koursk", outside=True)
    return cache


@functools.cache
def _tables_koursk_makes() -> frozenset[tuple[str, str, str, str | None]]:
    """The rows of sqlite_master a cache this koursk built may hold: its tables and indexes as this SQLite writes
    them down, made once in memory from the same statements (~1 ms)."""
    made = sqlite3.connect(":memory:", isolation_level=None)
    made.executescript(SCHEMA + BLOCKS + EVENT_TABLES.format(schema="") + INDEXES)
    with contextlib.suppress(sqlite3.OperationalError):  # an SQLite built without FTS5, as in _create_words
        made.execute(FTS)
    made.execute("ANALYZE")
    rows = frozenset(made.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    made.close()
    return rows


def _schema(connection: sqlite3.Connection) -> set[tuple[str, str, str, str | None]]:
    return set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _runs_statements(connection: sqlite3.Connection) -> bool:
    """Whether reading the file could run statements someone else wrote, checked before anything is read: a view or
    a trigger (a recursive view put in place of `meta` hung every run, audit60 F1). No koursk ever made either; a
    cache an older koursk built is otherwise read far enough to be rebuilt in silence (its build's digest differs),
    and one of this build is checked whole by `Cache.verify`."""
    return any(kind not in ("table", "index") for kind, *_ in _schema(connection))


@contextlib.contextmanager
def building(path: Path | None, meta: dict[str, str]) -> Iterator[Cache]:
    """A new cache, written to a private temporary file and renamed over `path` when the block succeeds (in memory
    when `path` is None), then open for reading. On any failure the temporary file is removed and the old cache
    stays."""
    if path is None:
        memory = Cache(_connect(":memory:"), None)
        memory.create(meta)
        memory.db.execute("BEGIN")
        yield memory
        memory.db.execute("COMMIT")
        return
    temporary = temporary_path(path, "tmp")
    staging = temporary_path(path, "staging")  # the events until they are put in date order
    for leftover in (temporary, staging):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)
    descriptor = private_file(temporary)  # SQLite's journal files take the same mode
    cache: Cache | None = None
    try:
        os.close(private_file(staging))
        connection = _connect(str(temporary))
        connection.execute("PRAGMA page_size = 16384")  # a date range's rows read in 4x fewer pages (and reads)
        # The last steps (events in date order, the indexes) are sorts that run alone once the workers are done:
        # SQLite's sorter may then use the other cores (the same order, so the same rows and indexes).
        connection.execute(f"PRAGMA threads = {os.cpu_count() or 1}")
        connection.execute("ATTACH DATABASE ? AS staging", (str(staging),))
        # The staging file's pages too: an event row is 2-3 KB, so a 4 KB page held one and wasted ~40 % of the
        # file, and every row inserted, scanned for its rank and copied in date order cost a page (~20 % fewer
        # inserting CPU seconds at 16 KB).
        connection.execute("PRAGMA staging.page_size = 16384")
        for schema in ("main", "staging"):  # temporary files: a failed build is simply deleted
            connection.execute(f"PRAGMA {schema}.journal_mode = OFF")
            connection.execute(f"PRAGMA {schema}.synchronous = OFF")
            connection.execute(f"PRAGMA {schema}.cache_size = -32768")  # 32 MB of pages each (the default is 2 MB)
        cache = Cache(connection, temporary, descriptor)
        cache.create(meta, staged=True)
        connection.execute("BEGIN")
        cache._own_commit(expected=None)
        yield cache
        cache._count_rows()
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE staging")
        os.unlink(staging)
        connection.execute("PRAGMA journal_mode = DELETE")
        replace_cache(temporary, path, wait_ms=BUSY_MS)
        cache.path = path  # still open: it serves this run even if another process replaces the file meanwhile
    except BaseException:
        if cache is not None:
            cache.close()
        else:
            os.close(descriptor)
        for leftover in (temporary, staging):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


@contextlib.contextmanager
def aside(cache: Cache) -> Iterator[Cache]:
    """A copy of `cache` to update while another koursk reads it in a long snapshot (a listing into a slow pipe),
    which would hold the update's commit, and every reader queued behind it, until it ends: the pages copied into a
    private temporary file (SQLite's backup, which only reads), changed there in one transaction by the caller
    (writing(copied=True)), and renamed over the cache, so the reader keeps the file it opened and the next run
    opens the new one. Yields the copy, which then serves this run; on any failure it is removed and the cache
    stays as it was."""
    assert cache.path is not None, "only a cache on disk is read by two runs"
    path = cache.path
    temporary = temporary_path(path, "tmp")
    remove_leftovers(path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temporary)
    descriptor = private_file(temporary)
    connection: sqlite3.Connection | None = None
    copy: Cache | None = None
    try:
        connection = _connect(str(temporary))
        cache.db.backup(connection)
        # Only now: a Cache learns what its file holds (its word index) when it is made, and an empty file has
        # none, so a copy made before the backup updated no word index (rev29 H1).
        copy = Cache(connection, temporary, descriptor)
        yield copy
        replace_cache(temporary, path, wait_ms=BUSY_MS)
        copy.path = path
        cache.close()
    except BaseException:
        if copy is not None:
            copy.close()
        else:
            if connection is not None:
                connection.close()
            os.close(descriptor)
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise
