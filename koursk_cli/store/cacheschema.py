"""The cache's SQLite tables and the layout of their rows: what each row holds and what its checksum covers, shared
by the cache that writes them (cache.py) and the queries that read and verify them (indexed.py).

What the cache holds: each store file's content digest (BLAKE2b of the bytes that were parsed); a digest of koursk's
own code and schema (a cache from any other build is rebuilt, never read); each event with its filter facts as
indexed columns, its search words (in an FTS5 index where SQLite has one) and its JSON text; each claim's JSON
text; the checked core (sources, entities, topics) and the normalised seed texts that checking a changed file
needs; and the events' JSON again in blocks of neighbours in date order (store/blocks.py), which date ranges are
written from. Every row carries a CRC-32 of what it serves and of where it came from (file, place in the file, line
and column), verified on each row served, and each block a checksum of its own; a file and its place in it are
unique, so a row cannot be there twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .digest import row_checksum

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, digest TEXT NOT NULL, identity TEXT NOT NULL, read_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE core (part TEXT PRIMARY KEY, body BLOB NOT NULL, checksum INTEGER NOT NULL);
CREATE TABLE seeds (source TEXT PRIMARY KEY, body BLOB NOT NULL, checksum INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, body BLOB NOT NULL, checksum INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE claims (
    id TEXT NOT NULL, file TEXT NOT NULL, seq INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
    json TEXT NOT NULL, checksum INTEGER NOT NULL, event TEXT NOT NULL, topic TEXT NOT NULL, measure TEXT NOT NULL
);
CREATE TABLE settled (listed TEXT NOT NULL, seeds TEXT NOT NULL, identities BLOB NOT NULL, unvouched TEXT NOT NULL);
CREATE TABLE claim_counts (file TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (file, key)) WITHOUT ROWID;
"""
# The events and their index of names: in the main file, or in a staging file while a first build is written (see
# Cache.move_in_date_order).
EVENT_TABLES = """
CREATE TABLE {schema}events (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, file TEXT NOT NULL, seq INTEGER NOT NULL, line INTEGER NOT NULL,
    col INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, known_from INTEGER NOT NULL,
    reported_start INTEGER NOT NULL, reported_end INTEGER NOT NULL, first_source_start INTEGER NOT NULL,
    first_source TEXT NOT NULL, sources TEXT NOT NULL, actors TEXT NOT NULL, places TEXT NOT NULL, tags TEXT NOT NULL,
    speakers TEXT NOT NULL, status TEXT NOT NULL, title_en TEXT NOT NULL, title_fr TEXT NOT NULL, words TEXT NOT NULL, json TEXT NOT NULL,
    checksum INTEGER NOT NULL, facts BLOB NOT NULL, words_checksum INTEGER NOT NULL
);
CREATE TABLE {schema}names (kind INTEGER NOT NULL, name TEXT NOT NULL, event INTEGER NOT NULL);
"""
# Created after a first build's inserts: one sort each instead of a B-tree kept in order row by row (an index of
# names kept up to date while 6 million rows came in at random was most of the inserting time at 1,000,000 events).
INDEXES = """
CREATE INDEX IF NOT EXISTS names_by_name ON names (kind, name, event);
CREATE INDEX IF NOT EXISTS events_by_date ON events (start, "end", id);
CREATE INDEX IF NOT EXISTS events_by_id ON events (id);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_file ON events (file, seq);
CREATE INDEX IF NOT EXISTS names_by_event ON names (event);
CREATE INDEX IF NOT EXISTS claims_by_id ON claims (id);
CREATE UNIQUE INDEX IF NOT EXISTS claims_by_file ON claims (file, seq);
CREATE INDEX IF NOT EXISTS claims_by_event ON claims (event) WHERE event != '';
CREATE INDEX IF NOT EXISTS claims_by_measure ON claims (topic, measure, file, seq);
CREATE INDEX IF NOT EXISTS claim_counts_by_key ON claim_counts (key, n);
"""
FTS = "CREATE VIRTUAL TABLE event_words USING fts5(words, content='events', content_rowid='rowid', tokenize='ascii', detail='none')"

# What an event row's checksum covers, in this order: its file's name, its facts (cacheschema.FACT_COLUMNS, each followed
# by \x1f: the `facts` blob), its JSON text; plus where in the file it lies (seq, line, col), as one number added to
# the CRC-32 (EVENT_PLACE). SQL reads a row as those three byte strings and the checksum less the place
# (EVENT_ROW), so a place column changed after writing gives back a number that is not the CRC of the bytes, and
# SQL builds no string for any row: joining the location columns with printf took 0.1-0.2 s of the 200,000 rows of
# a `--since` answer at 1,000,000 events. The place columns are each below 2**24 (a store file is at most 16 MiB),
# so one changed column always changes the sum, and it stays below 2**63. The search words are checked apart, by
# `words_checksum` (the CRC-32 of the words continued from the row's), and read only by the queries that test them:
# they were a quarter of the bytes every served row was checked over.
LOCATION_COLUMNS = ("file", "seq", "line", "col")
EVENT_COLUMNS = (
    "id", "start", '"end"', "known_from", "reported_start", "reported_end", "first_source_start", "first_source",
    "sources", "actors", "places", "tags", "speakers", "status", "title_en", "title_fr", "words",
)  # fmt: skip
FACT_COLUMNS = EVENT_COLUMNS[:-1]  # all but the words: their bytes are also kept as one `facts` blob
EVENT_PLACE = "((seq << 40) + (line << 20) + col)"
EVENT_ROW = f"CAST(file AS BLOB), facts, CAST(json AS BLOB), checksum - {EVENT_PLACE}"
EVENT_WORDS = "CAST(words AS BLOB), words_checksum"
CLAIM_BODY = "CAST(" + " || x'1f' || ".join((*LOCATION_COLUMNS, "id", "json")) + " AS BLOB)"
ID_OPENS_JSON = """substr(json, 1, length(id) + 10) = '{"id": "' || id || '",'"""  # both tables' JSON (ids are slugs)
CLAIM_ID_AT = len(LOCATION_COLUMNS)  # a claim body: its location, its id, its JSON text
CLAIM_JSON_AT = CLAIM_ID_AT + 1
LIST_SEPARATOR = "\x1e"  # inside one column holding a list of ids
NAME_KINDS = ("sources", "actors", "places", "tags", "speakers")  # `names.kind` is the index in this tuple
COUNTED = (
    "events",
    "claims",
    "blocks",
    "edits",
    "sources",
)  # tables whose row counts koursk records and checks on every run


def claim_rows(
    name: str, claims: Iterable[tuple[str, str, str]], marks: Callable[[str], tuple[int, int]]
) -> Iterator[tuple[Any, ...]]:
    """Each claim's row; its `event`, `topic` and `measure` columns only find it (indexed.SqlClaimTexts checks the
    JSON it serves)."""
    for seq, (claim_id, text, event) in enumerate(claims):
        location = (name, seq, *marks(claim_id))
        checksum = row_checksum("\x1f".join(str(v) for v in (*location, claim_id, text)).encode())
        fields = json.loads(text)
        yield (claim_id, *location, text, checksum, event, fields["topic"], fields["measure"])


def source_bytes(source: str, body: bytes) -> bytes:
    """What a source row's checksum covers: its id and its body, so a row found under another id is damage."""
    return source.encode() + b"\x1f" + body


def event_place(seq: int, line: int, col: int) -> int:
    """EVENT_PLACE in Python: the number an event row's checksum holds beside the CRC-32 of its bytes."""
    return (seq << 40) + (line << 20) + col


def claim_keys(event: str, topic: str, measure: str) -> Iterator[str]:
    """The keys of claim_counts a claim counts under: its topic and measure, and its event when it names one. A
    listing through the `claims_by_measure` or `claims_by_event` index compares the claims it served with these
    counts, so a damaged `topic`, `measure` or `event` column (which only finds rows) cannot hide a claim."""
    yield measure_key(topic, measure)
    if event:
        yield event_key(event)


def measure_key(topic: str, measure: str = "") -> str:
    """claim_counts' key of a topic's measure; with no measure, the prefix of every key of the topic."""
    return f"m\x1f{topic}\x1f{measure}"


def event_key(event: str) -> str:
    return f"e\x1f{event}"


def event_values(facts: Any, words: str) -> tuple[Any, ...]:
    """The facts columns of one event, in EVENT_COLUMNS order."""
    return (
        facts.id, facts.start, facts.end, facts.known_from, facts.reported_start, facts.reported_end,
        facts.first_source_start, facts.first_source, LIST_SEPARATOR.join(facts.sources),
        LIST_SEPARATOR.join(facts.actors), LIST_SEPARATOR.join(facts.places), LIST_SEPARATOR.join(facts.tags),
        LIST_SEPARATOR.join(facts.speakers), facts.status, facts.title_en, facts.title_fr, words,
    )  # fmt: skip
