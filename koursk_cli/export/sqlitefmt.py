"""A SQLite database for Datasette or `sqlite3`: the selected events and claims, every source and entity they can
refer to, and link tables for the lists, with foreign keys and indexes.

Column names are `--json`'s keys (`title` becomes `title_en`, `title_fr`). Dates are ISO text, qualifiers 0/1,
free-text lists (source notes, aliases) JSON arrays.
"""

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ..model import Claim, Event, Store
from ..records import date_fields, event_record
from . import claim_records, flat_record

_TEXT = "TEXT NOT NULL"
_FLAG = "INTEGER NOT NULL"


class Table(NamedTuple):
    """One definition gives both the CREATE TABLE and the INSERT, so the two never drift apart."""

    name: str
    columns: tuple[tuple[str, str], ...]
    constraints: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    def create(self) -> Iterable[str]:
        body = ", ".join([*(f'"{name}" {spec}' for name, spec in self.columns), *self.constraints])
        yield f"CREATE TABLE {self.name} ({body})"
        for columns in self.indexes:
            quoted = ", ".join(f'"{c}"' for c in columns)
            yield f"CREATE INDEX {self.name}_{'_'.join(columns)} ON {self.name} ({quoted})"

    def insert(self, db: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
        names = [name for name, _ in self.columns]
        columns = ", ".join(f'"{n}"' for n in names)
        sql = f"INSERT INTO {self.name} ({columns}) VALUES ({', '.join(':' + n for n in names)})"
        db.executemany(sql, rows)


def _dated(prefix: str) -> tuple[tuple[str, str], ...]:
    lead = f"{prefix}_" if prefix else ""
    return (
        (prefix or "date", _TEXT),
        (f"{lead}start", _TEXT),
        (f"{lead}end", _TEXT),
        (f"{lead}precision", _TEXT),
        (f"{lead}approximate", _FLAG),
        (f"{lead}uncertain", _FLAG),
    )


def _link(name: str, owner: str, owner_table: str, target: str, target_spec: str) -> Table:
    return Table(
        name,
        ((owner, f"TEXT NOT NULL REFERENCES {owner_table}(id)"), (target, target_spec)),
        (f"PRIMARY KEY ({owner}, {target})",),
        ((target,),),
    )


SOURCES = Table(
    "sources",
    (
        ("id", "TEXT PRIMARY KEY"),
        ("seed", _TEXT),
        ("sha256", _TEXT),
        ("outlet", "TEXT"),
        ("language", _TEXT),
        ("title_en", _TEXT),
        ("title_fr", _TEXT),
        *_dated("published"),
        ("published_basis", _TEXT),
        ("notes", "TEXT NOT NULL"),
    ),
)
ENTITIES = Table(
    "entities",
    (
        ("id", "TEXT PRIMARY KEY"),
        ("kind", _TEXT),
        ("name_en", _TEXT),
        ("name_fr", _TEXT),
        ("aliases", _TEXT),
        ("lat", "REAL"),
        ("lon", "REAL"),
        ("note", "TEXT"),
    ),
    indexes=(("kind",),),
)
EVENTS = Table(
    "events",
    (
        ("id", "TEXT PRIMARY KEY"),
        *_dated(""),
        ("date_basis", _TEXT),
        ("title_en", _TEXT),
        ("title_fr", _TEXT),
        ("status", _TEXT),
        ("reported", _TEXT),
        ("reported_start", _TEXT),
        ("reported_end", _TEXT),
        ("note", "TEXT"),
    ),
    indexes=(("start", "end"), ("status",)),
)
CLAIMS = Table(
    "claims",
    (
        ("id", "TEXT PRIMARY KEY"),
        ("topic", _TEXT),
        ("measure", _TEXT),
        ("value", "NUMERIC"),  # NUMERIC: a count stays an integer (12000, not 12000.0); 478.5 stays real
        ("value_kind", _TEXT),
        ("value_min", "NUMERIC"),
        ("value_max", "NUMERIC"),
        ("unit", _TEXT),
        *_dated("as_of"),
        ("as_of_basis", _TEXT),
        ("source", "TEXT NOT NULL REFERENCES sources(id)"),
        ("published", _TEXT),
        ("quote", _TEXT),
        ("status", _TEXT),
        ("note", "TEXT"),
        ("restates", "TEXT"),  # the claim this one repeats (same article), or NULL
    ),
    indexes=(("topic", "measure"), ("source",), ("as_of_start", "as_of_end")),
)
EVENT_ACTORS = _link("event_actors", "event_id", "events", "entity_id", "TEXT NOT NULL REFERENCES entities(id)")
EVENT_PLACES = _link("event_places", "event_id", "events", "entity_id", "TEXT NOT NULL REFERENCES entities(id)")
EVENT_TAGS = _link("event_tags", "event_id", "events", "tag", _TEXT)
EVENT_EVIDENCE = Table(
    "event_evidence",
    (
        ("event_id", "TEXT NOT NULL REFERENCES events(id)"),
        ("position", "INTEGER NOT NULL"),
        ("source_id", "TEXT NOT NULL REFERENCES sources(id)"),
        ("quote", _TEXT),
    ),
    ("PRIMARY KEY (event_id, position)",),
    (("source_id",),),
)
CLAIM_ASSERTED_BY = _link(
    "claim_asserted_by", "claim_id", "claims", "entity_id", "TEXT NOT NULL REFERENCES entities(id)"
)
CLAIM_CONFLICTS = _link("claim_conflicts", "claim_id", "claims", "other_id", "TEXT NOT NULL REFERENCES claims(id)")
TABLES = (
    SOURCES, ENTITIES, EVENTS, CLAIMS, EVENT_ACTORS, EVENT_PLACES, EVENT_TAGS, EVENT_EVIDENCE, CLAIM_ASSERTED_BY,
    CLAIM_CONFLICTS,
)  # fmt: skip


def _source_rows(store: Store) -> Iterable[dict[str, Any]]:
    for s in store.sources.values():
        yield {
            "id": s.id, "seed": s.seed, "sha256": s.sha256, "outlet": s.outlet, "language": s.language,
            "title_en": s.title.en, "title_fr": s.title.fr, **date_fields("published", s.published),
            "published_basis": s.published_basis, "notes": json.dumps(list(s.notes), ensure_ascii=False),
        }  # fmt: skip


def _entity_rows(store: Store) -> Iterable[dict[str, Any]]:
    for e in store.entities.values():
        where = e.coordinates
        yield {
            "id": e.id, "kind": e.kind, "name_en": e.name.en, "name_fr": e.name.fr,
            "aliases": json.dumps(list(e.aliases), ensure_ascii=False),
            "lat": where.lat if where else None, "lon": where.lon if where else None, "note": e.note,
        }  # fmt: skip


def _links(owner: str, target: str, pairs: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Link rows, each pair once (a list repeating an id would break the primary key)."""
    return [{owner: a, target: b} for a, b in dict.fromkeys(pairs)]


EVENT_BATCH = 1000  # events built and inserted at a time, with their links: a large export never holds them all


def _insert_events(db: sqlite3.Connection, events: Sequence[Event]) -> None:
    """Events, then their actors, places, tags and evidence (whose foreign keys need the events in first)."""
    EVENTS.insert(db, (flat_record(event_record(e)) for e in events))
    EVENT_ACTORS.insert(db, _links("event_id", "entity_id", ((e.id, a) for e in events for a in e.actors)))
    EVENT_PLACES.insert(db, _links("event_id", "entity_id", ((e.id, p) for e in events for p in e.places)))
    EVENT_TAGS.insert(db, _links("event_id", "tag", ((e.id, t) for e in events for t in e.tags)))
    EVENT_EVIDENCE.insert(
        db,
        (
            {"event_id": e.id, "position": i, "source_id": ev.source, "quote": ev.quote}
            for e in events
            for i, ev in enumerate(e.evidence, start=1)
        ),
    )


def fill(db: sqlite3.Connection, store: Store, events: Sequence[Event], claims: Sequence[Claim]) -> None:
    """Create every table and insert the rows; foreign keys are enforced while inserting."""
    records = list(claim_records(store, claims))
    exported = {c.id for c in claims}
    for table in TABLES:
        for statement in table.create():
            db.execute(statement)
    SOURCES.insert(db, _source_rows(store))
    ENTITIES.insert(db, _entity_rows(store))
    for start in range(0, len(events), EVENT_BATCH):
        _insert_events(db, events[start : start + EVENT_BATCH])
    CLAIMS.insert(db, records)
    CLAIM_ASSERTED_BY.insert(db, _links("claim_id", "entity_id", ((c.id, a) for c in claims for a in c.asserted_by)))
    conflicts = ((r["id"], other) for r in records for other in r["conflicts_with"] if other in exported)
    CLAIM_CONFLICTS.insert(db, _links("claim_id", "other_id", conflicts))


def write_sqlite(store: Store, events: Sequence[Event], claims: Sequence[Claim], path: Path) -> None:
    """Write the database into `path` (an empty or new file), committed and closed on return."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with db:
            fill(db, store, events, claims)
