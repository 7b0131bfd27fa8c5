"""A SQLite database for Datasette or `sqlite3`: the selected events and claims, every source and entity they can
refer to, and link tables for the lists, with foreign keys and indexes. Rows stream in as they are made, so memory
does not grow with the store's conflicting pairs.

Columns follow the field tables (fields.py): `--json`'s keys, `title` becoming `title_en`, `title_fr`; lists of ids
in link tables, free-text lists (source notes, aliases) as JSON arrays. Dates are ISO text, qualifiers 0/1.

Full-text search: `events_fts` (titles, date basis, note), `event_evidence_fts` (quotes) and `claims_fts` (quote,
note) are FTS5 indexes over those tables' text, accents folded, named and declared as sqlite-utils does
(`content="events"`), so `sqlite-utils search` and Datasette's search box find them. An SQLite without FTS5 gets
the tables without them.
"""

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from typing import Any, NamedTuple

from .. import known, placeholders
from ..claimquery import conflict_candidates
from ..claims import CumulativeMeasures, MeasureBounds, cumulative_measures, measure_bounds
from ..conflicts import ConflictIndex, conflict_tier_pairs
from ..fields import CLAIM, ENTITY, EVENT, SOURCE, TEXT, Kind
from ..jsontext import json_text
from ..model import Claim, Event, Store
from ..records import entity_record, source_record
from ..sources import summarise
from . import claim_records, event_records
from .formats import Selection


class Table(NamedTuple):
    """One definition gives both the CREATE TABLE and the INSERT, so the two never drift apart."""

    name: str
    columns: tuple[tuple[str, str], ...]
    constraints: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[str, ...] = ()
    """Columns unique together, enforced by an index made after the inserts (a primary key is a B-tree kept in
    order row by row: tens of millions of conflict links came in at random)."""

    def create(self) -> str:
        body = ", ".join([*(f'"{name}" {spec}' for name, spec in self.columns), *self.constraints])
        return f"CREATE TABLE {self.name} ({body})"

    def create_indexes(self) -> Iterable[str]:
        if self.unique:
            quoted = ", ".join(f'"{c}"' for c in self.unique)
            yield f"CREATE UNIQUE INDEX {self.name}_unique ON {self.name} ({quoted})"
        for columns in self.indexes:
            quoted = ", ".join(f'"{c}"' for c in columns)
            yield f"CREATE INDEX {self.name}_{'_'.join(columns)} ON {self.name} ({quoted})"

    def insert(self, db: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
        names = [name for name, _ in self.columns]
        columns = ", ".join(f'"{n}"' for n in names)
        sql = f"INSERT INTO {self.name} ({columns}) VALUES ({', '.join(':' + n for n in names)})"
        db.executemany(sql, rows)


def _link(name: str, owner: str, owner_table: str, target: str, target_spec: str) -> Table:
    return Table(
        name,
        ((owner, f"TEXT NOT NULL REFERENCES {owner_table}(id)"), (target, target_spec)),
        (f"PRIMARY KEY ({owner}, {target})",),
        ((target,),),
    )


def _table(kind: Kind[Any], indexes: tuple[tuple[str, ...], ...] = ()) -> Table:
    """A record kind's table: one column per field that has one (see fields.Field)."""
    assert kind.sql_table is not None
    return Table(kind.sql_table, kind.sql_columns(), indexes=indexes)


SOURCES = _table(SOURCE)
ENTITIES = _table(ENTITY, (("kind",),))
EVENTS = _table(EVENT, (("start", "end"), ("status",)))
CLAIMS = _table(CLAIM, (("topic", "measure"), ("source",), ("as_of_start", "as_of_end")))
EVENT_ACTORS = _link("event_actors", "event_id", "events", "entity_id", "TEXT NOT NULL REFERENCES entities(id)")
EVENT_PLACES = _link("event_places", "event_id", "events", "entity_id", "TEXT NOT NULL REFERENCES entities(id)")
EVENT_TAGS = _link("event_tags", "event_id", "events", "tag", TEXT)
EVENT_EVIDENCE = Table(
    "event_evidence",
    (
        ("event_id", "TEXT NOT NULL REFERENCES events(id)"),
        ("position", "INTEGER NOT NULL"),
        ("source_id", "TEXT NOT NULL REFERENCES sources(id)"),
        ("quote", TEXT),
        ("speaker_id", "TEXT REFERENCES entities(id)"),
    ),
    ("PRIMARY KEY (event_id, position)",),
    (("source_id",),),
)
CLAIM_ASSERTED_BY = _link(
    "claim_asserted_by", "claim_id", "claims", "entity_id", "TEXT NOT NULL REFERENCES entities(id)"
)
CLAIM_CONFLICTS = Table(
    "claim_conflicts",
    (
        ("claim_id", "TEXT NOT NULL REFERENCES claims(id)"),
        ("other_id", "TEXT NOT NULL REFERENCES claims(id)"),
        (
            "kind",
            TEXT,
        ),  # claims.ConflictKind: `overlapping`, `total-fell` or `across-measures`, as `conflict_kinds` in JSON
        ("tier", TEXT),  # claims.ConflictTier: `firm` or `if-exact`, as `conflict_tiers` in JSON
    ),
    indexes=(("other_id",),),
    unique=("claim_id", "other_id"),
)
TABLES = (
    SOURCES, ENTITIES, EVENTS, CLAIMS, EVENT_ACTORS, EVENT_PLACES, EVENT_TAGS, EVENT_EVIDENCE, CLAIM_ASSERTED_BY,
    CLAIM_CONFLICTS,
)  # fmt: skip


def sql_row(kind: Kind[Any], record: dict[str, Any]) -> dict[str, Any]:
    """A `--json` record as a row of its kind's table: objects split into their parts, lists kept as JSON arrays
    (lists with a link table of their own have no column)."""
    row: dict[str, Any] = {}
    for field in kind.fields:
        if field.sql is None:
            continue
        value = record[field.name]
        if field.parts:
            row.update({f"{field.name}_{part}": value[part] for part in field.parts})
        elif isinstance(value, list):
            row[field.name] = json_text(value)
        else:
            row[field.name] = value
    return row


def _links(owner: str, target: str, pairs: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Link rows, each pair once (a list repeating an id would break the primary key)."""
    return [{owner: a, target: b} for a, b in dict.fromkeys(pairs)]


BATCH = 1000  # events or claims built and inserted at a time, with their links: a large export never holds them all


def _insert_events(db: sqlite3.Connection, events: Sequence[dict[str, Any]]) -> None:
    """Events (their `--json` records), then their actors, places, tags and evidence (whose foreign keys need the
    events in first)."""
    EVENTS.insert(db, (sql_row(EVENT, e) for e in events))
    EVENT_ACTORS.insert(db, _links("event_id", "entity_id", ((e["id"], a) for e in events for a in e["actors"])))
    EVENT_PLACES.insert(db, _links("event_id", "entity_id", ((e["id"], p) for e in events for p in e["places"])))
    EVENT_TAGS.insert(db, _links("event_id", "tag", ((e["id"], t) for e in events for t in e["tags"])))
    EVENT_EVIDENCE.insert(
        db,
        (
            {
                "event_id": e["id"],
                "position": i,
                "source_id": ev["source"],
                "quote": ev["quote"],
                "speaker_id": ev["speaker"],
            }
            for e in events
            for i, ev in enumerate(e["evidence"], start=1)
        ),
    )


def _insert_claims(db: sqlite3.Connection, store: Store, claims: Iterable[Claim], index: ConflictIndex) -> None:
    """Claims, a batch at a time, each with its asserted_by links; conflicts_with has no column (claim_conflicts
    holds it): each claim's count is enough."""
    pending = iter(claims)
    while batch := list(islice(pending, BATCH)):
        CLAIMS.insert(db, (sql_row(CLAIM, r) for r in claim_records(store, batch, conflicts_named=0, index=index)))
        CLAIM_ASSERTED_BY.insert(db, _links("claim_id", "entity_id", ((c.id, a) for c in batch for a in c.asserted_by)))


def _placeholder_entities(db: sqlite3.Connection, store: Store) -> None:
    """Under --drafts, the row of the placeholder asserter (`todo-asserter`, named « TODO: asserter », kind
    `placeholder`) when a claim exported names it, so that every claim_asserted_by row names an entity row."""
    if placeholders.TODO_ASSERTER in store.entities:
        return
    query = "SELECT 1 FROM claim_asserted_by WHERE entity_id = ? LIMIT 1"
    if db.execute(query, (placeholders.TODO_ASSERTER,)).fetchone() is not None:
        ENTITIES.insert(db, [sql_row(ENTITY, entity_record(placeholders.ASSERTER))])


def _conflict_links(
    claims: Iterable[Claim], cumulative: CumulativeMeasures, bounds: MeasureBounds = frozenset()
) -> Iterator[tuple[str, str, str, str]]:
    """Both directions of each conflict between exported claims, with its kind and tier, made as they are inserted: a
    million-claim store has tens of millions, which must never stand in memory (nor the claims: only their ids and
    bounds are kept)."""
    for a, b, kind, tier in conflict_tier_pairs(claims, cumulative, bounds):
        yield a, b, kind, tier
        yield b, a, kind, tier


# table: its text columns indexed for full-text search (FTS5 over the table's own rows, accents folded)
SEARCHABLE = {
    "events": ("title_en", "title_fr", "date_basis", "note"),
    "event_evidence": ("quote",),
    "claims": ("quote", "note"),
}


def _full_text(db: sqlite3.Connection) -> None:
    """The FTS5 indexes of SEARCHABLE, built from the rows already inserted; none on an SQLite without FTS5."""
    for table, columns in SEARCHABLE.items():
        quoted = ", ".join(f'"{c}"' for c in columns)
        try:
            db.execute(
                f'CREATE VIRTUAL TABLE "{table}_fts" USING fts5({quoted}, content="{table}", '
                "tokenize='unicode61 remove_diacritics 2')"
            )
        except sqlite3.OperationalError:  # no FTS5 in this SQLite: the data is whole without the index
            return
        db.execute(f'INSERT INTO "{table}_fts" ("{table}_fts") VALUES (\'rebuild\')')


def fill(
    db: sqlite3.Connection, store: Store, events: Iterable[Event], claims: Sequence[Claim], known_by: date | None
) -> None:
    """Create every table, insert the rows as they are made, then build the indexes (cheaper than keeping them up to
    date row by row) and check every foreign key once. Under --as-of (`known_by`, its last day) the sources are
    those published by then, and conflicts are found among their claims."""
    for table in TABLES:
        db.execute(table.create())
    sources = (s for s in store.sources.values() if known_by is None or known.known_by(s.published, known_by))
    SOURCES.insert(db, (sql_row(SOURCE, source_record(s)) for s in summarise(store, sources)))
    ENTITIES.insert(db, (sql_row(ENTITY, entity_record(e)) for e in store.entities.values()))
    pending = event_records(events)
    while batch := list(islice(pending, BATCH)):
        _insert_events(db, batch)
    len(claims)  # selected (claimquery.SelectedWhenUsed) before the store's claims are indexed: the two peaks apart
    _insert_claims(
        db,
        store,
        claims,
        ConflictIndex(
            conflict_candidates(store, known_by),
            cumulative=cumulative_measures(store.topics),
            bounds=measure_bounds(store.topics),
        ),
    )
    _placeholder_entities(db, store)
    db.executemany(
        "INSERT INTO claim_conflicts (claim_id, other_id, kind, tier) VALUES (?, ?, ?, ?)",
        _conflict_links(claims, cumulative_measures(store.topics), measure_bounds(store.topics)),
    )
    for table in TABLES:
        for statement in table.create_indexes():
            db.execute(statement)
    _full_text(db)
    broken = db.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        table, rowid, parent, _ = broken
        raise sqlite3.IntegrityError(f"{table} row {rowid} refers to a missing row of {parent}")


def write_sqlite(
    db: sqlite3.Connection,
    store: Store,
    events: Iterable[Event],
    claims: Sequence[Claim],
    known_by: date | None = None,
    draft: str | None = None,
) -> None:
    """Fill the new database `db` (opened by the command on a temporary file it renames into place or deletes on
    failure), committed on return. No rollback journal: a failed export is thrown away whole. A `draft` mark is a
    table of its own, `koursk_draft`, holding it, and a `koursk_draft` column of every event and claim: `.tables`
    lists that table among twenty others, and a query on the events never meets it (rev18 L15)."""
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    with db:
        fill(db, store, events, claims, known_by)
        if draft is not None:
            db.execute("CREATE TABLE koursk_draft (note TEXT NOT NULL)")
            db.execute("INSERT INTO koursk_draft (note) VALUES (?)", (draft,))
            literal = "'" + draft.replace("'", "''") + "'"  # a column's default is SQL text, never a parameter
            for table in (EVENTS, CLAIMS):
                db.execute(f"ALTER TABLE {table.name} ADD COLUMN koursk_draft TEXT NOT NULL DEFAULT {literal}")


def export(selection: Selection, db: sqlite3.Connection) -> None:
    s = selection
    assert s.claims is not None, "a database holds the claims too"
    write_sqlite(db, s.store, s.events, s.claims, s.known_by, s.draft)
