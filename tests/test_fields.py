"""`--fields` on every list command: the JSON field set of each is pinned, --help lists it, and a wrong name exits 2
with the valid ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.fields import (
    CLAIM_FIELDS,
    ENTITY_FIELDS,
    EVENT_FIELDS,
    PROBLEM_FIELDS,
    SOURCE_FIELDS,
    SPREAD_FIELDS,
)
from tests.conftest import run
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
def test_each_list_command_has_exactly_its_documented_fields_in_order(command: list[str], fields: tuple) -> None:
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
def test_help_lists_every_field(command: list[str], fields: tuple) -> None:
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
