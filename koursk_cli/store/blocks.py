"""Events' JSON texts in blocks of neighbours in date order, so that a date range is read a block at a time.

The events are ordered by their key (start, end, id), as `--sort date` lists them. The blocks cut that order into
ranges: a block holds every event whose key is at least its bound and below its upper bound, which is the next
block's bound (the first block's bound is below every key, the last one's upper bound above every key), their JSON
texts joined as a JSON array joins them, under one checksum with its number, both bounds, the latest start among
them and their count. Read row by row, the 200,132 events of `events --since 2025-01 --json` at 1,000,000 events
cost SQLite and Python ~0.8 s of CPU (making four values and checking one CRC-32 per row); as ~3,100 blocks, SQLite
hands back a few thousand values and the checksums run over the same bytes in a few large calls.

Kept true whatever changes: a first build cuts the date-ordered events into blocks of BLOCK_EVENTS; a changed file's
events mark the blocks their verified keys fall in (the old rows before they are deleted, the new ones as they are
inserted), and each marked block is made again in the same transaction from the events now in its range, every row
verified against its own checksum first and its key columns against its verified facts, so damage is never given a
fresh checksum; a block whose events all keep their keys gets the new texts of those whose texts changed instead
(compared with the old rows' verified texts, which are what the block serves), once its listing is verified and the
ids it names found to be the ones the date index puts in its range. A block's listing (`block_ids`, Listing) is its
head, its body's checksum and its events' ids, under a CRC-32 of all of it, written with the block in the same
transaction: the update reads ~1 KB of each block it patches instead of its ~67 KB of texts (51 MB for a file of
1,000 events at 1,000,000), and the body, not read, is verified by its own checksum whenever it is read (Run), or when
it is written (the listing then compared with it: the same head, the checksum of that body). Those new texts are kept
aside, in `edits` (one row per event: its block's number, its id, its text, under one checksum), and put in place of
the old ones as the block is read (Run), until the block is made again or holds more than _edits_per_block() of them,
or the table more than EDITS_MOST: the block is then written with them. An event kept with its key whose text alone
changed (not its facts, place or search words) has that text written there only, its events row left as it was: every
read of an events row serves its text aside when there is one (Edits), and wherever a text aside is dropped (its block
made again, or written with it) it goes into its row first (_settle). An update of one file of 1,000 events at 1,000,000
writes 1,000 small rows instead of rewriting the ~760 blocks they fall in (~58 MB); the table's row count is checked on
every run (COUNTED), so a lost row is damage, never an old text served. A block grown past 2 x BLOCK_EVENTS is cut in
two or more (the new ones numbered after every other); one left with fewer than a quarter of BLOCK_EVENTS is merged with
a neighbour. Numbers only name blocks: a range's blocks are read in key order, each verified to begin where the one
before ended, so none can be skipped, repeated or moved without the checksums seeing it.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat
from typing import Any, NamedTuple, NoReturn, Protocol

from ..jsontext import ARRAY_SEPARATOR
from .cacheschema import EVENT_ROW, EVENT_WORDS
from .digest import block_checksum, edit_checksum, event_checksum, listing_checksum, row_checksum
from .sqlrows import rows_in

BLOCKS = """
CREATE TABLE blocks (
    rowid INTEGER PRIMARY KEY, start INTEGER NOT NULL, "end" INTEGER NOT NULL, id TEXT NOT NULL,
    last_start INTEGER NOT NULL, events INTEGER NOT NULL, body BLOB NOT NULL, checksum INTEGER NOT NULL,
    upper_start INTEGER NOT NULL, upper_end INTEGER NOT NULL, upper_id TEXT NOT NULL
);
CREATE UNIQUE INDEX blocks_by_key ON blocks (start, "end", id);
CREATE TABLE block_ids (
    block INTEGER PRIMARY KEY, start INTEGER NOT NULL, "end" INTEGER NOT NULL, id TEXT NOT NULL,
    last_start INTEGER NOT NULL, events INTEGER NOT NULL, upper_start INTEGER NOT NULL, upper_end INTEGER NOT NULL,
    upper_id TEXT NOT NULL, body_checksum INTEGER NOT NULL, ids BLOB NOT NULL, checksum INTEGER NOT NULL
);
CREATE TABLE edits (
    block INTEGER NOT NULL, id TEXT NOT NULL, json BLOB NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY (block, id)
) WITHOUT ROWID;
CREATE INDEX edits_by_id ON edits (id);
"""
BLOCK_EVENTS = 64  # ~67 KB of JSON a block in the generated stores: ~3,100 blocks for 200,000 events
EDITS_MOST = 4096  # edited texts aside in all (~6 MB in the generated stores), every one read by each run of blocks
SEPARATOR = ARRAY_SEPARATOR  # a block's texts are joined as a JSON array joins them
FIRST = (0, 0, "")  # the first block's bound: below every key (days are numbered from 1)
TOP = (1 << 31, 0, "")  # the last block's upper bound: above every key (days are below 2**22)
_TOP = (TOP[0], TOP[1], TOP[2].encode())
KEY_COLUMNS = 'start, "end", id'  # an event's key, in the date index's order
KEY = f"({KEY_COLUMNS})"

EDIT_ROW = "SELECT CAST(block AS INTEGER), CAST(id AS BLOB), CAST(json AS BLOB), CAST(checksum AS INTEGER) FROM edits"
_LISTING_ROW = (  # as _BLOCK_ROW reads them
    'SELECT block, CAST(start AS INTEGER), CAST("end" AS INTEGER), CAST(id AS BLOB), CAST(last_start AS INTEGER),'
    " CAST(events AS INTEGER), CAST(upper_start AS INTEGER), CAST(upper_end AS INTEGER), CAST(upper_id AS BLOB),"
    " CAST(body_checksum AS INTEGER), CAST(ids AS BLOB), CAST(checksum AS INTEGER) FROM block_ids"
)
IDS_SEPARATOR = b"\x1f"  # between the ids of a block's listing (ids are slugs)
_BLOCK_ROW = (  # as the types written, whatever damage made of them: a value of another type fails the checksum
    'SELECT rowid, CAST(start AS INTEGER), CAST("end" AS INTEGER), CAST(id AS BLOB), CAST(last_start AS INTEGER),'
    " CAST(events AS INTEGER), CAST(body AS BLOB), CAST(checksum AS INTEGER), CAST(upper_start AS INTEGER),"
    " CAST(upper_end AS INTEGER), CAST(upper_id AS BLOB) FROM blocks"
)

Key = tuple[int, int, str]
Damaged = Callable[[str], NoReturn]
Marks = dict[int, list[Key]]
"""Blocks to make again, by number, each with the keys that chose it through the index of bounds."""


class Stale(NamedTuple):
    """What an update changes in the blocks: the keys the changed files' old rows left (`left`, from their verified
    facts) and their new rows brought (`arrived`), each by the block the index of bounds gives for it, the new
    rows' JSON texts by id, and the old rows' own verified ones (`before`): what the blocks serve for them unless
    they hold a text aside for them (_patch reads those: the served text is the text aside, else the row's).
    `found` is the block the index gave each key: the blocks are written only once every key is marked
    (refresh_blocks), so an event kept with its key is looked up once, not as it leaves and again as it arrives.
    `unwritten` holds the kept rows whose text alone may have changed, by id (their key, and their row's `UPDATE`
    parameters): refresh_blocks writes them only where their block is made again, else their text goes aside."""

    left: Marks
    arrived: Marks
    texts: dict[str, bytes]
    before: dict[str, bytes]
    found: dict[Key, int]
    unwritten: dict[str, tuple[Key, tuple[Any, ...]]]


def stale() -> Stale:
    return Stale({}, {}, {}, {}, {}, {})


class _Framed(Protocol):
    """What a block and its listing share: the block's number, bounds, latest start and count."""

    @property
    def number(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def id(self) -> bytes: ...
    @property
    def last_start(self) -> int: ...
    @property
    def events(self) -> int: ...
    @property
    def upper_start(self) -> int: ...
    @property
    def upper_end(self) -> int: ...
    @property
    def upper_id(self) -> bytes: ...


def key_of(row: _Framed) -> tuple[int, int, bytes]:
    """A block's lower bound, the key of its first event, as its columns hold it (the id as bytes)."""
    return row.start, row.end, row.id


def upper_of(row: _Framed) -> tuple[int, int, bytes]:
    """A block's upper bound: the key of the next block's first event, or _TOP."""
    return row.upper_start, row.upper_end, row.upper_id


def head_of(row: _Framed) -> bytes:
    """What a block's checksum and its listing's cover beside their own bytes: its number, bounds, latest start and count."""
    return b"%d\x1f%d\x1f%d\x1f%s\x1f%d\x1f%d\x1f%d\x1f%d\x1f%s\x1f" % (
        row.number,
        *key_of(row),
        row.last_start,
        row.events,
        *upper_of(row),
    )


def bounds_of(row: _Framed) -> tuple[Key, Key]:
    """A block's range as the keys of the date index (ids as text), from its columns as read (ids as bytes)."""
    lower, upper = key_of(row), upper_of(row)
    return (lower[0], lower[1], lower[2].decode()), (upper[0], upper[1], upper[2].decode())


class Block(NamedTuple):
    """One block as read back: its number, bound, the latest start among its events, their count, the JSON texts,
    the checksum over all of it (`head_of` and `body`) and its upper bound."""

    number: int
    start: int
    end: int
    id: bytes
    last_start: int
    events: int
    body: bytes
    checksum: int
    upper_start: int
    upper_end: int
    upper_id: bytes


class Listing(NamedTuple):
    """A block's ids kept beside it (`block_ids`), so that an update can check what the block holds without reading
    its ~67 KB of texts: the block's head and body checksum as it holds them, its events' ids in key order
    (IDS_SEPARATOR between them), and a CRC-32 of all of it (digest.listing_checksum). Written with the block in
    one transaction, and compared with it (`_tied`) wherever an update reads the block whole."""

    number: int
    start: int
    end: int
    id: bytes
    last_start: int
    events: int
    upper_start: int
    upper_end: int
    upper_id: bytes
    body_checksum: int
    ids: bytes
    checksum: int

    def held(self) -> list[bytes]:
        return self.ids.split(IDS_SEPARATOR) if self.ids else []


def put_blocks(db: sqlite3.Connection, event_row: str, damaged: Damaged) -> None:
    """A first build's blocks, cut from every event in key order (each read as cacheschema.EVENT_ROW, `event_row`)."""
    rows = db.execute(f"SELECT {event_row}, {KEY_COLUMNS} FROM events ORDER BY {KEY_COLUMNS}")
    chunk, number, bound = rows.fetchmany(BLOCK_EVENTS), 1, FIRST
    while True:
        following = rows.fetchmany(BLOCK_EVENTS)
        upper = tuple(following[0][4:]) if following else TOP
        _write(db, number, bound, upper, chunk, damaged)  # an empty store gets one empty block: every key has one
        if not following:
            record_edited(db)
            return
        chunk, number, bound = following, number + 1, upper


def mark(db: sqlite3.Connection, keys: Iterable[Key], marks: Marks, found: dict[Key, int], damaged: Damaged) -> None:
    """Add to `marks` the block each key falls in, as the index of bounds finds it (refresh_blocks checks the key
    against the block's verified range), or found it earlier in the same update (`found`, Stale.found)."""
    find = f'SELECT rowid FROM blocks WHERE {KEY} <= (?, ?, ?) ORDER BY start DESC, "end" DESC, id DESC LIMIT 1'
    for key in keys:
        number = found.get(key)
        if number is None:
            row = db.execute(find, key).fetchone()
            if row is None:  # the first block's bound is below every key
                damaged("the index of the blocks of events lost the first one")
            number = found[key] = row[0]
        marks.setdefault(number, []).append(key)


def refresh_blocks(db: sqlite3.Connection, changed: Stale, event_row: str, updated: str, damaged: Damaged) -> None:
    """Make the marked blocks again. A block whose events keep their keys (the same keys left it as arrived: an edit
    of titles, quotes or notes, dates kept) has the changed texts put in place of the old ones (_patch), and its
    kept rows whose text alone changed (Stale.unwritten) are left as they were: their texts aside are what they
    serve. Any other is made from the events now in its range (read as cacheschema.EVENT_ROW), once its unwritten
    rows are written (`updated`, the row's `UPDATE`) and its texts aside written into their rows (_settle_aside),
    the range read from the block verified against its checksum, so a damaged bound or number is never given a
    fresh checksum. A block left with fewer than _fewest() events takes in its neighbours until it holds that many
    or is the only one (the next ones; from the last block, the ones before it); one holding _most() or more is cut
    (see _cut)."""
    marks: Marks = {number: list(keys) for number, keys in changed.left.items()}
    for number, keys in changed.arrived.items():
        marks.setdefault(number, []).extend(keys)
    if not marks:  # no events changed (a run recording its files' stamps): the texts aside and their record stay
        return
    Edits(db, damaged).ids()  # checked before any is written: the record made below would otherwise take damage in
    patched = [n for n in sorted(marks) if sorted(changed.left.get(n, ())) == sorted(changed.arrived.get(n, ()))]
    patching = set(patched)
    db.executemany(updated, [row for key, row in changed.unwritten.values() if changed.found[key] not in patching])
    listings = _verified_listings(db, patched, damaged)  # a few statements for the ~760 of a file of 1,000 events
    aside = edits_by_block(rows_in(db, f"{EDIT_ROW} WHERE block", patched), damaged)
    for number in patched:
        _patch(db, listings[number], marks, changed, aside.get(number, {}), damaged)
    while marks:
        block = _claimed(db, min(marks), marks, damaged)
        _settle_aside(db, block.number, changed.texts, damaged)
        taken = [(block, _tied(db, block, damaged))]
        lower, upper = bounds_of(block)
        rows = _rows(db, lower, upper, event_row, damaged)
        while len(rows) < _fewest() and (lower, upper) != (FIRST, TOP):
            neighbour = _claimed(db, _neighbour(db, lower, upper), marks, damaged)
            _settle_aside(db, neighbour.number, changed.texts, damaged)
            other_lower, other_upper = bounds_of(neighbour)
            if other_lower != upper and other_upper != lower:
                damaged(f"blocks {block.number} and {neighbour.number} of the events are not neighbours")
            taken.append((neighbour, _tied(db, neighbour, damaged)))
            lower, upper = min(lower, other_lower), max(upper, other_upper)
            rows = _rows(db, lower, upper, event_row, damaged)
        kept = min((old for old, _ in taken), key=key_of).number
        for old, _ in taken:
            for sql in ("DELETE FROM blocks WHERE rowid = ?", "DELETE FROM block_ids WHERE block = ?"):
                db.execute(sql, (old.number,))
        _write_cut(db, kept, lower, upper, rows, damaged)
        held = {row[6] for row in rows}
        for _, listing in taken:
            _check_left(db, set(map(bytes.decode, listing.held())) - held, lower, upper, event_row, damaged)
    if db.execute("SELECT count(*) FROM edits").fetchone()[0] > EDITS_MOST:
        for (number,) in db.execute("SELECT DISTINCT block FROM edits").fetchall():
            block = _verified_block(db, number, damaged)
            listing = _tied(db, block, damaged)
            _check_ids(db, listing, damaged)
            _write_edits(db, block, listing, _edits(db, number, damaged), damaged)
    record_edited(db)


def _patch(
    db: sqlite3.Connection, listing: Listing, marks: Marks, changed: Stale, aside: dict[bytes, bytes], damaged: Damaged
) -> None:
    """The block of `listing`, whose events keep their keys, given the new texts of those whose texts changed (their
    texts aside, else their old rows' verified texts, are what the block serves for them): kept aside (`edits`), or
    written into it when it would have more than _edits_per_block() aside. Its body is not read: what it holds is
    checked through its listing (verified against its own checksum) against the index of keys (every event whose key
    columns lie in its range, in key order, must be the one the listing names there), so an event moved into or out of
    its range by damage to its key columns is found here, as _write finds it when a block is made from rows; a damaged
    body is found by its own checksum as the block is read, or here when it is written. `listing` is the block's,
    verified, and `aside` its texts aside, each verified."""
    number = listing.number
    _check_marks(number, bounds_of(listing), marks, damaged)
    _check_ids(db, listing, damaged)
    edited = {
        key[2].encode(): changed.texts[key[2]]
        for key in changed.arrived[number]
        if changed.texts[key[2]] != aside.get(key[2].encode(), changed.before.get(key[2]))
    }  # each held (checked above); compared with what the block serves: its text aside, else its row's (Edits)
    if not edited:
        return
    texts = {**aside, **edited}
    if len(texts) > _edits_per_block():
        block = _verified_block(db, number, damaged)
        _write_edits(db, block, _tied(db, block, damaged), texts, damaged)
        return
    db.executemany(
        "INSERT OR REPLACE INTO edits VALUES (?, ?, ?, ?)",
        ((number, event_id.decode(), text, edit_checksum(number, event_id, text)) for event_id, text in edited.items()),
    )


def _check_ids(db: sqlite3.Connection, listing: Listing, damaged: Damaged) -> None:
    """The ids a verified block listing names are, in order, those the index of keys puts in its range."""
    lower, upper = bounds_of(listing)
    indexed = db.execute(
        f"SELECT CAST(id AS BLOB) FROM events WHERE {KEY} >= (?, ?, ?) AND {KEY} < (?, ?, ?) ORDER BY {KEY_COLUMNS}",
        (*lower, *upper),
    )
    ids = listing.held()
    if len(ids) != listing.events or [row[0] for row in indexed] != ids:
        damaged(f"the events of block {listing.number} do not match the index of their dates")


def _write_edits(
    db: sqlite3.Connection, block: Block, listing: Listing, texts: dict[bytes, bytes], damaged: Damaged
) -> None:
    """Write verified `block`, its listing tied to it and checked against the index of keys (_check_ids), with
    `texts` (every edited text it has) in place of its events' old ones, and forget its texts aside once they are
    in their events rows too (_settle)."""
    body = spliced(block.body, texts, damaged)
    checksum = block_checksum(head_of(block), body)
    db.execute("UPDATE blocks SET body = ?, checksum = ? WHERE rowid = ?", (body, checksum, block.number))
    _list(db, block._replace(checksum=checksum), listing.ids)
    _settle(db, texts, damaged)
    db.execute("DELETE FROM edits WHERE block = ?", (block.number,))


def _settle_aside(db: sqlite3.Connection, number: int, written: dict[str, bytes], damaged: Damaged) -> None:
    """Block `number`, about to be made again from its rows: its texts aside written into their events rows (but
    those of the events this update `written`, whose rows hold their new texts), and forgotten."""
    aside = _edits(db, number, damaged)
    _settle(db, {event_id: text for event_id, text in aside.items() if event_id.decode() not in written}, damaged)
    db.execute("DELETE FROM edits WHERE block = ?", (number,))


_SETTLED = f"SELECT CAST(id AS BLOB), rowid, checksum, {EVENT_ROW}, {EVENT_WORDS} FROM events WHERE id"


def _settle(db: sqlite3.Connection, texts: dict[bytes, bytes], damaged: Damaged) -> None:
    """Write each verified text of `texts` (by id) into its events row, as the text it serves once its text aside is
    forgotten: the row verified first (its checksum, its words' and its id), its checksum and its words' made again
    over the new text, its place kept. An event gone in this update has no row left to write."""
    updates = []
    for event_id, rowid, stored, file, facts, old, checksum, words, words_checksum in rows_in(
        db, _SETTLED, [event_id.decode() for event_id in texts]
    ):
        if event_checksum(file, facts, old) != checksum or row_checksum(words, start=checksum) != words_checksum:
            damaged("an event row does not match its checksum")
        if not facts.startswith(event_id + b"\x1f") or event_id not in texts:
            damaged(f"the id column {event_id!r} is not its row's id")
        text = texts[event_id]
        new = event_checksum(file, facts, text)
        updates.append((text.decode(), stored - checksum + new, row_checksum(words, start=new), rowid))
    db.executemany("UPDATE events SET json = ?, checksum = ?, words_checksum = ? WHERE rowid = ?", updates)


def _edits(db: sqlite3.Connection, number: int, damaged: Damaged) -> dict[bytes, bytes]:
    """Block `number`'s edited texts aside, by id, each verified."""
    return edits_by_block(db.execute(f"{EDIT_ROW} WHERE block = ?", (number,)), damaged).get(number, {})


class Dated(Protocol):
    """A verified row's dates, which with its id make its key."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Dates(NamedTuple):
    start: int
    end: int


class Edits:
    """The texts the events rows serve: a row's own verified text, unless `edits` holds one for its id (an update
    that changed a kept event's text alone kept it there, for its patched block, and left the row as it was): then
    that one (served), once verified: against its checksum, the only one kept for its id, opening with the row's id
    (cacheschema.ID_OPENS_JSON) and kept for the block whose verified range holds the row's verified key. The edited
    ids (EDITS_MOST at most, through `edits_by_id`) are read once, and read again after an update writes (forget), each
    with its block, and checked against the CRC-32 of them all that every update records (`edited` in meta): a row
    lost, added or moved to another id or block would otherwise serve a row's old text."""

    def __init__(self, db: sqlite3.Connection, damaged: Damaged) -> None:
        self._db, self._damaged = db, damaged
        self._ids: frozenset[bytes] | None = None

    @classmethod
    def written(cls, db: sqlite3.Connection, damaged: Damaged) -> Edits:
        """The texts as an update serves them midway: it checked the edited ids before it wrote (Cache.writing),
        and what it has written since is recorded only once it is done (record_edited)."""
        edits = cls(db, damaged)
        edits._ids = frozenset(event_id for event_id, _ in db.execute(_EDITED))
        return edits

    def forget(self) -> None:
        self._ids = None

    def __eq__(self, other: object) -> bool:
        """Two views of the texts aside agree when they hold the same edited ids (or neither has read them yet)."""
        return isinstance(other, Edits) and self._ids == other._ids

    __hash__ = None  # type: ignore[assignment]

    def ids(self) -> frozenset[bytes]:
        """The edited ids, read once and checked against the CRC-32 koursk recorded (an update that changes events
        checks them before it writes: its own record would otherwise take in damage found there)."""
        if self._ids is None:
            edited = self._db.execute(_EDITED).fetchall()
            recorded = self._db.execute(f"SELECT value FROM meta WHERE key = '{EDITED}'").fetchone()
            if recorded is None or recorded[0] != edited_checksum(edited):
                self._damaged("the edited texts of the blocks of events are not those koursk kept")
            self._ids = frozenset(event_id for event_id, _ in edited)
        return self._ids

    def served(self, ids: Sequence[bytes], texts: Sequence[bytes], dates: Sequence[Dated]) -> Sequence[bytes]:
        """The texts the rows of these `ids` serve, given their own verified `texts` and `dates` (the same sequence
        of texts when none is edited)."""
        known = self.ids()
        if known.isdisjoint(ids):
            return texts
        edited = [at for at, event_id in enumerate(ids) if event_id in known]
        found: dict[bytes, tuple[int, bytes]] = {}
        for number, event_id, text, checksum in rows_in(
            self._db, f"{EDIT_ROW} WHERE id", [ids[at].decode() for at in edited]
        ):
            if edit_checksum(number, event_id, text) != checksum:
                self._damaged("an edited text of a block of events does not match its checksum")
            if event_id in found:
                self._damaged(f"event {event_id.decode()!r} has two edited texts")
            found[event_id] = number, text
        listings = _verified_listings(self._db, sorted({number for number, _ in found.values()}), self._damaged)
        served = list(texts)
        for at in edited:
            if ids[at] not in found:
                self._damaged(f"the edited text of event {ids[at].decode()!r} is missing")
            number, text = found[ids[at]]
            listing = listings[number]
            key = dates[at].start, dates[at].end, ids[at]
            if not text.startswith(b'{"id": "%s",' % ids[at]) or not key_of(listing) <= key < upper_of(listing):
                self._damaged(f"the edited text kept for event {ids[at].decode()!r} is not its event's")
            served[at] = text
        return served


EDITED = "edited"  # the meta key of the edited ids' CRC-32 (Edits)
_EDITED = "SELECT CAST(id AS BLOB), CAST(block AS INTEGER) FROM edits INDEXED BY edits_by_id ORDER BY id, block"


def edited_checksum(edited: Iterable[tuple[bytes, int]]) -> str:
    """The CRC-32 of the edited ids and their blocks, in the order _EDITED reads them."""
    return str(zlib.crc32(b"".join(b"%s\x1f%d\x1e" % pair for pair in edited)))


def record_edited(db: sqlite3.Connection) -> None:
    """Record the edited ids' CRC-32 (Edits), once an update or a build has written the texts aside."""
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (EDITED, edited_checksum(db.execute(_EDITED))))


def edits_by_block(rows: Iterable[Any], damaged: Damaged) -> dict[int, dict[bytes, bytes]]:
    """Edited texts aside (rows read as EDIT_ROW), by block and id, each verified against its checksum."""
    found: dict[int, dict[bytes, bytes]] = {}
    for number, event_id, text, checksum in rows:
        if edit_checksum(number, event_id, text) != checksum:
            damaged("an edited text of a block of events does not match its checksum")
        found.setdefault(number, {})[event_id] = text
    return found


def spliced(body: bytes, texts: dict[bytes, bytes], damaged: Damaged) -> bytes:
    """A verified block's `body` with each text of `texts` in place of the one of its id; an id it does not hold is
    damage (an edited text kept for another block)."""
    for event_id, text in texts.items():
        start, end = _span(body, event_id, damaged)
        body = body[:start] + text + body[end:]
    return body


def _span(body: bytes, event_id: bytes, damaged: Damaged) -> tuple[int, int]:
    """Where the text of `event_id` lies in a verified block's `body` (texts open with their id: cache.ID_OPENS_JSON)."""
    opening = b'{"id": "%s"' % event_id
    if body.startswith(opening):
        start = 0
    else:
        start = body.find(SEPARATOR + opening) + len(SEPARATOR)
        if start < len(SEPARATOR):
            damaged("an edited text of a block of events is not one of its events")
    end = body.find(SEPARATOR, start)
    return start, len(body) if end < 0 else end


def _claimed(db: sqlite3.Connection, number: int | None, marks: Marks, damaged: Damaged) -> Block:
    """Block `number`, verified, once every key that marked it lies in its range (_check_marks)."""
    block = _verified_block(db, number, damaged)
    _check_marks(block.number, bounds_of(block), marks, damaged)
    return block


def _check_marks(number: int, bounds: tuple[Key, Key], marks: Marks, damaged: Damaged) -> None:
    """Every key that marked block `number` lies in its verified `bounds` (else the index of bounds is damaged, and
    the block the event lies in would not be made again); the block is then no longer marked."""
    lower, upper = bounds
    if not all(lower <= key < upper for key in marks.pop(number, ())):
        damaged(f"the index of the blocks of events offered block {number} for an event outside it")


def _neighbour(db: sqlite3.Connection, lower: Key, upper: Key) -> int | None:
    """The number of the block after the range [lower, upper) (the one before it when it ends with the last block),
    as the index of bounds finds it: the caller checks that the verified block meets the range."""
    if upper != TOP:
        found = db.execute(f"SELECT rowid FROM blocks WHERE {KEY} = (?, ?, ?)", upper).fetchone()
    else:
        found = db.execute(
            f'SELECT rowid FROM blocks WHERE {KEY} < (?, ?, ?) ORDER BY start DESC, "end" DESC, id DESC LIMIT 1', lower
        ).fetchone()
    return None if found is None else int(found[0])


def _rows(db: sqlite3.Connection, lower: Key, upper: Key, event_row: str, damaged: Damaged) -> list[Any]:
    """The events whose key columns lie in [lower, upper), in key order, read as `event_row` then the key, each with
    the text it serves (Edits.served: its blocks' texts aside are in their rows by now, so one found is damage)."""
    sql = f"SELECT {event_row}, {KEY_COLUMNS} FROM events WHERE {KEY} >= (?, ?, ?) AND {KEY} < (?, ?, ?)"
    rows = db.execute(f"{sql} ORDER BY {KEY_COLUMNS}", (*lower, *upper)).fetchall()
    own = [row[2] for row in rows]
    texts = Edits.written(db, damaged).served(
        [row[6].encode() for row in rows], own, [Dates(*row[4:6]) for row in rows]
    )
    return rows if texts is own else [(*row[:2], text, *row[3:]) for row, text in zip(rows, texts, strict=True)]


def _most() -> int:
    return 2 * BLOCK_EVENTS


def _fewest() -> int:
    return max(1, BLOCK_EVENTS // 4)


def _edits_per_block() -> int:
    """A block with more edited texts aside than this is written with them."""
    return max(1, BLOCK_EVENTS // 4)


def _cut(rows: list[Any]) -> list[list[Any]]:
    """A block's rows, or when there are _most() or more, n // BLOCK_EVENTS runs of nearly equal length (each
    BLOCK_EVENTS or more and fewer than twice that): a store growing at one end fills new blocks, not one ever
    larger block (thirteenth review, M1)."""
    count = len(rows) // BLOCK_EVENTS if len(rows) >= _most() else 1
    return [rows[len(rows) * index // count : len(rows) * (index + 1) // count] for index in range(count)]


def _write_cut(db: sqlite3.Connection, number: int, lower: Key, upper: Key, rows: list[Any], damaged: Damaged) -> None:
    """Write the rows of [lower, upper) as block `number`, or cut (see _cut): the first piece keeps the number and
    the lower bound, each other piece is numbered after every block and bounded by its first event's key."""
    pieces = _cut(rows)
    bound = lower
    for index, piece in enumerate(pieces):
        after = tuple(pieces[index + 1][0][4:]) if index + 1 < len(pieces) else upper
        _write(db, number, bound, after, piece, damaged)
        bound, number = after, db.execute("SELECT max(rowid) + 1 FROM blocks").fetchone()[0]


def _check_left(
    db: sqlite3.Connection, ids: set[str], lower: Key, upper: Key, event_row: str, damaged: Damaged
) -> None:
    """The events a block held and holds no more must be gone, or their verified keys outside its range: an event
    whose key columns were damaged (out of the range) would otherwise be left out under a fresh checksum."""
    for event_id in ids:
        for row in db.execute(f"SELECT {event_row} FROM events WHERE id = ?", (event_id,)):
            if lower <= verified_key(row, damaged) < upper:
                damaged(f"event {event_id!r} of a block of events is missing from it in the index")


def _verified_block(db: sqlite3.Connection, number: int | None, damaged: Damaged) -> Block:
    """Block `number`, verified against its checksum (its number included), its bound below its upper bound."""
    row = None if number is None else db.execute(f"{_BLOCK_ROW} WHERE rowid = ?", (number,)).fetchone()
    if row is None:
        damaged(f"block {number} of the events is missing")
    return _checked(Block(*row), damaged)


def _verified_listing(db: sqlite3.Connection, number: int, damaged: Damaged) -> Listing:
    """Block `number`'s listing, verified against its checksum (its number included), its bound below its upper
    bound."""
    return _verified_listings(db, [number], damaged)[number]


def _verified_listings(db: sqlite3.Connection, numbers: list[int], damaged: Damaged) -> dict[int, Listing]:
    """The listings of these blocks, by number, each verified as _verified_listing says."""
    found = {
        row[0]: _checked_listing(Listing(*row), damaged) for row in rows_in(db, f"{_LISTING_ROW} WHERE block", numbers)
    }
    for number in numbers:
        if number not in found:
            damaged(f"the ids of block {number} of the events are missing")
    return found


def _checked_listing(listing: Listing, damaged: Damaged) -> Listing:
    """`listing` as read, once it passes its checksum and its bound lies below its upper bound."""
    if listing_checksum(head_of(listing), listing.body_checksum, listing.ids) != listing.checksum or key_of(
        listing
    ) >= upper_of(listing):
        damaged("the ids kept beside a block of events do not match their checksum")
    return listing


def _tied(db: sqlite3.Connection, block: Block, damaged: Damaged) -> Listing:
    """Verified `block`'s listing, verified, once found to be the listing of this block as it is: the same head and
    the checksum of this body (so the ids it names are the ones the body was written with)."""
    listing = _verified_listing(db, block.number, damaged)
    if head_of(listing) != head_of(block) or listing.body_checksum != block.checksum:
        damaged(f"the ids kept beside block {block.number} of the events are not those of the block")
    return listing


def _list(db: sqlite3.Connection, block: Block, ids: bytes) -> None:
    """Keep the listing of `block` (as written, its checksum made) with `ids`, its events' ids in key order."""
    db.execute(
        "INSERT OR REPLACE INTO block_ids VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            block.number, block.start, block.end, block.id.decode(), block.last_start, block.events,
            block.upper_start, block.upper_end, block.upper_id.decode(), block.checksum, ids,
            listing_checksum(head_of(block), block.checksum, ids),
        ),
    )  # fmt: skip


def _checked(block: Block, damaged: Damaged) -> Block:
    if block_checksum(head_of(block), block.body) != block.checksum or key_of(block) >= upper_of(block):
        damaged("a block of events does not match its checksum")
    return block


def _write(db: sqlite3.Connection, number: int, bound: Key, upper: Key, rows: list[Any], damaged: Damaged) -> None:
    """Write block `number` from its rows, each verified first: its checksum, then its key columns (which chose it)
    against the id and dates its verified facts begin with, and that key against the block's range."""
    held: tuple[bytes, ...] = ()
    if rows:
        files, facts, texts, checksums, *columns = zip(*rows, strict=True)
        if list(map(zlib.crc32, texts, map(zlib.crc32, facts, map(zlib.crc32, files)))) != list(checksums):
            damaged("an event row does not match its checksum")  # digest.event_checksum, row by row in C
        try:
            held, starts, ends, _ = zip(*map(bytes.split, facts, repeat(b"\x1f"), repeat(3)), strict=True)
            verified = list(zip(map(int, starts), map(int, ends), map(bytes.decode, held), strict=True))
        except ValueError:  # not event rows koursk writes (UnicodeDecodeError is a ValueError)
            damaged("an event row is not one koursk wrote")
        if verified != list(zip(*columns, strict=True)) or not bound <= verified[0] <= verified[-1] < upper:
            damaged("an event row's dates or id do not match its facts or its block")  # rows come in key order
    body = SEPARATOR.join(row[2] for row in rows)
    last_start = max((row[4] for row in rows), default=bound[0])
    block = Block(number, *bound[:2], bound[2].encode(), last_start, len(rows), body, 0, *upper[:2], upper[2].encode())
    block = block._replace(checksum=block_checksum(head_of(block), body))
    db.execute(
        "INSERT INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (number, *bound, last_start, len(rows), body, block.checksum, *upper),
    )
    _list(db, block, IDS_SEPARATOR.join(held))


def verified_key(row: Any, damaged: Damaged) -> Key:
    """The key (start, end, id) an event row (read as cacheschema.EVENT_ROW) holds in its facts, once the row matches its
    checksum (cacheschema.FACT_COLUMNS: id, start, end first)."""
    file, facts, text, checksum = row[:4]
    if event_checksum(file, facts, text) != checksum:
        damaged("an event row does not match its checksum")
    parts = facts.split(b"\x1f", 3)
    try:
        return int(parts[1]), int(parts[2]), parts[0].decode()
    except (IndexError, ValueError):  # not an event row koursk writes (UnicodeDecodeError is a ValueError)
        damaged("an event row is not one koursk wrote")


class Run:
    """The blocks whose every event lies in a date range, read in key order from `first` (verified), each checked
    against its checksum and to begin where the one before ended: none skipped, repeated or out of order. `after`,
    once they are read, is the upper bound of the last (None when it is the last block): the events from there on
    are read row by row."""

    def __init__(self, db: sqlite3.Connection, first: Block, until: int | None, damaged: Damaged) -> None:
        self.first = first
        self.after: tuple[int, int, bytes] | None = None
        self._db, self._until, self._damaged = db, until, damaged

    def __iter__(self) -> Iterator[Block]:
        """Each block with its edited texts in place (EDITS_MOST at most in all, read once)."""
        edits = edits_by_block(self._db.execute(EDIT_ROW), self._damaged)
        for block in self._verified():
            texts = edits.get(block.number)
            yield block if texts is None else block._replace(body=spliced(block.body, texts, self._damaged))

    def _verified(self) -> Iterator[Block]:
        block = self.first
        yield block
        if upper_of(block) == _TOP:
            return
        rows = self._db.execute(f"{_BLOCK_ROW} WHERE {KEY} >= (?, ?, ?) ORDER BY {KEY_COLUMNS}", bounds_of(block)[1])
        for row in rows:
            found = _checked(Block(*row), self._damaged)
            if key_of(found) != upper_of(block):
                self._damaged(f"the block of events after block {block.number} is missing or out of order")
            if self._until is not None and found.last_start > self._until:
                self.after = key_of(found)
                return
            block = found
            yield block
            if upper_of(block) == _TOP:
                return
        self._damaged(f"the block of events after block {block.number} is missing")


def run_within(db: sqlite3.Connection, since: int | None, until: int | None, damaged: Damaged) -> Run | None:
    """The blocks whose events all start on or after `since` (a bound on or after it) and on or before `until` (a
    latest start on or before it), from the first whose bound starts on or after `since` as the index of bounds
    finds it (the events before it are read row by row); None when there is none."""
    where, params = ("WHERE start >= ?", (since,)) if since is not None else ("", ())
    found = db.execute(f"SELECT rowid FROM blocks {where} ORDER BY {KEY_COLUMNS} LIMIT 1", params).fetchone()
    if found is None:
        return None
    first = _verified_block(db, found[0], damaged)
    if since is not None and first.start < since:
        damaged(f"the index offered block {first.number}, which lies outside the dates asked for")
    if until is not None and first.last_start > until:
        return None
    return Run(db, first, until, damaged)
