"""`--fields` on every list command: the JSON field set of each is pinned, --help lists it, and a wrong name exits 2
with the valid ones."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.fields import (
    CLAIM_FIELDS,
    ENTITY,
    ENTITY_FIELDS,
    EVENT_FIELDS,
    PROBLEM_FIELDS,
    SOURCE_FIELDS,
    SPREAD_FIELDS,
)
from koursk_cli.render.machine import Format, write_rows
from koursk_cli.store.open import load_store
from tests.conftest import REPO, run
from tests.stores import EVENTS, write_store

LISTS = [
    (["events"], EVENT_FIELDS),
    (["sources"], SOURCE_FIELDS),
    (["sources", "--claim", "troops"], CLAIM_FIELDS),
    (["claims"], CLAIM_FIELDS),
    (["claims", "troops"], CLAIM_FIELDS),
    (["topics"], SPREAD_FIELDS),
    (["entities"], ENTITY_FIELDS),
]


@pytest.mark.parametrize(("command", "fields"), LISTS)
def test_each_list_command_has_exactly_its_documented_fields_in_order(
    command: list[str], fields: tuple[str, ...]
) -> None:
    rows = run(*command, "--json").json()
    assert rows
    assert all(tuple(row) == fields for row in rows)


def test_check_problems_have_exactly_their_fields(tmp_path: Path) -> None:
    root = write_store(tmp_path, events=EVENTS.replace("status: confirmed", "statut: confirmed"))
    rows = run("--data", str(root), "check", "--json").json()
    assert rows and all(tuple(row) == PROBLEM_FIELDS for row in rows)
    only = run("--data", str(root), "check", "--fields", "line,message")
    assert only.exit_code == 1
    assert [tuple(row) for row in only.json()] == [("line", "message")] * len(rows)


@pytest.mark.parametrize(("command", "fields"), [*LISTS, (["check"], PROBLEM_FIELDS)])
def test_help_lists_every_field(command: list[str], fields: tuple[str, ...]) -> None:
    help_text = " ".join(run(*command, "--help").stdout.split())
    assert "--fields FIELDS" in help_text
    listed = help_text.split("Fields: ", 1)[1]
    if command[:2] == ["sources", "--claim"]:
        listed = help_text.split("With --claim: ", 1)[1]
    for field in fields:
        assert f"{field}," in listed or f"{field}." in listed, field


def test_fields_keeps_only_the_named_fields_in_the_order_given() -> None:
    rows = run("events", "--since", "2024-10-28", "--until", "2024-10-28", "--fields", "status,id").json()
    assert rows and all(list(row) == ["status", "id"] for row in rows)
    assert {"status": "confirmed", "id": "rutte-confirms-deployment"} in rows


def test_fields_implies_json_and_works_with_jsonl() -> None:
    everything = run("events", "--json").json()
    as_array = run("events", "--fields", "id")
    as_lines = run("events", "--jsonl", "--fields", "id, date ,id")
    assert as_array.exit_code == as_lines.exit_code == 0
    assert as_array.json() == [{"id": e["id"]} for e in everything]
    assert as_lines.jsonl() == [{"id": e["id"], "date": e["date"]} for e in everything]


def test_claims_on_a_topic_keep_their_figures() -> None:
    rows = run("sources", "--claim", "troops", "--fields", "id,value,source").json()
    assert {"id": "nis-12000-sent", "value": 12000, "source": "nis-12000"} in rows


def test_a_source_field_name_is_not_a_claim_field() -> None:
    result = run("sources", "--claim", "troops", "--fields", "outlet")
    assert result.exit_code == 2
    assert "unknown field 'outlet'" in result.stderr
    assert "valid fields: id, topic, measure" in result.stderr


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (["events", "--fields", "id,strat"], "unknown field 'strat'", "did you mean 'start'?"),
        (["events", "--fields", "nope,zilch"], "unknown fields 'nope', 'zilch'", "valid fields: id, date, start"),
        (["topics", "--fields", ","], "--fields needs at least one field name", "valid fields: topic, topic_aliases"),
        (["sources", "--fields", "titel"], "unknown field 'titel'", "did you mean 'title'?"),
    ],
)
def test_unknown_or_missing_field_names_exit_2_with_the_valid_ones(args: list[str], message: str, hint: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"koursk: error: {message}" in result.stderr
    assert hint in result.stderr
    assert "Traceback" not in result.stderr


def _flat_keys(record: dict[str, Any]) -> list[str]:
    """The keys of a `--json` object as a table spells them: an object becomes one key per part."""
    return [
        f"{key}_{part}" if isinstance(value, dict) else key
        for key, value in record.items()
        for part in (value if isinstance(value, dict) else [None])
    ]


def _csv_header(*args: str) -> list[str]:
    return next(csv.reader(io.StringIO(run("export", "csv", *args).stdout)))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("sqlite") / "koursk.db"
    assert run("export", "sqlite", "-o", str(path)).exit_code == 0
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    return db


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row["name"] for row in db.execute(f"PRAGMA table_info({table})")]


LINKED = {
    # A list kept in a table of its own: (table, the column holding the record's id, the column holding the item)
    "events": {
        "actors": ("event_actors", "event_id", "entity_id"),
        "places": ("event_places", "event_id", "entity_id"),
        "tags": ("event_tags", "event_id", "tag"),
        "sources": ("event_evidence", "event_id", "source_id"),
        "evidence": ("event_evidence", "event_id", "quote"),
    },
    "claims": {
        "asserted_by": ("claim_asserted_by", "claim_id", "entity_id"),
        "conflicts_with": ("claim_conflicts", "claim_id", "other_id"),
        "conflict_kinds": ("claim_conflicts", "claim_id", "kind"),  # one row per conflict: kinds repeat
        "conflict_tiers": ("claim_conflicts", "claim_id", "tier"),  # one row per conflict: tiers repeat
    },
}


@pytest.mark.parametrize(
    ("table", "listing", "csv_args"),
    [
        ("events", ["events", "--json"], []),
        ("claims", ["sources", "--claim", "troops", "--json"], ["--rows", "claims"]),
        ("sources", ["sources", "--json"], None),
    ],
)
def test_csv_headers_and_sqlite_columns_are_the_json_keys(
    exported: sqlite3.Connection, table: str, listing: list[str], csv_args: list[str] | None
) -> None:
    """A key added to the JSON but not to the CSV or the SQLite export fails here: every key is a CSV column, and
    in SQLite a column of the record's table or, for a list, a link table holding exactly the JSON's items."""
    records = run(*listing).json()
    keys = _flat_keys(records[0])
    assert all(_flat_keys(r) == keys for r in records)
    if csv_args is not None:
        assert _csv_header(*csv_args) == keys
    columns = _columns(exported, table)
    linked = LINKED.get(table, {})
    assert columns == [k for k in keys if k not in linked]
    for record in records:
        row = dict(exported.execute(f"SELECT * FROM {table} WHERE id = ?", (record["id"],)).fetchone())
        flat = {k: v for k, v in zip(keys, _flat_values(record), strict=True) if k in columns}
        assert row == flat
        for key, (link, owner, item) in linked.items():
            stored = [r[item] for r in exported.execute(f"SELECT * FROM {link} WHERE {owner} = ?", (record["id"],))]
            if key == "sources":  # one evidence row per quote: an event may quote one article twice
                stored = list(dict.fromkeys(stored))
            expected = [e["quote"] if isinstance(e, dict) else e for e in record[key]]
            repeats = key in ("evidence", "conflict_kinds", "conflict_tiers")
            assert sorted(stored) == sorted(expected if repeats else dict.fromkeys(expected)), key


def _flat_values(record: dict[str, Any]) -> list[Any]:
    """The values in `_flat_keys` order, as SQLite stores them: flags 0/1, free-text lists as JSON arrays."""
    values: list[Any] = []
    for value in record.values():
        if isinstance(value, dict):
            values.extend(value.values())
        elif isinstance(value, bool):
            values.append(int(value))
        elif isinstance(value, list):
            values.append(json.dumps(value, ensure_ascii=False))
        else:
            values.append(value)
    return values


def test_entities_in_sqlite_are_the_entity_fields(exported: sqlite3.Connection) -> None:
    entity = next(iter(load_store(REPO).entities.values()))
    assert _columns(exported, "entities") == _flat_keys(ENTITY.record(entity))
    assert len(list(exported.execute("SELECT id FROM entities"))) == len(load_store(REPO).entities)


def test_a_key_missing_from_a_cached_record_is_null_with_fields() -> None:
    """A record read from a cache written before a field existed lacks its key: --fields gives null, never a
    traceback."""
    out = io.StringIO()
    write_rows(out, Format.JSON, [{"id": "a"}], ("id", "url"))
    assert json.loads(out.getvalue()) == [{"id": "a", "url": None}]
