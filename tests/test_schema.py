"""`koursk schema` prints data/schema.json; every store file passes both `koursk check` and the schema (through
koursk's own validator, no `jsonschema` needed), and the schema's EDTF pattern agrees with the date parser."""

from __future__ import annotations

import json
import re

import pytest

from koursk_cli.dates import DateError, parse_edtf
from koursk_cli.store.loader import default_store_root, load_schema
from koursk_cli.store.validate import validate_file
from koursk_cli.store.yamldoc import parse_yaml
from tests.conftest import REPO, run


def test_schema_prints_the_store_schema_as_json() -> None:
    result = run("schema")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == load_schema() == json.loads((REPO / "data" / "schema.json").read_text(encoding="utf-8"))
    assert {"source", "entity", "topic", "event", "claim"} <= set(printed["$defs"])


_SINGLE = {
    "sources.yaml": ("sources", "source"),
    "entities.yaml": ("entities", "entity"),
    "topics.yaml": ("topics", "topic"),
}


def _store_files() -> list[tuple[str, str, str]]:
    """(path below data/, top-level key, item) for every file of the shipped store."""
    data = default_store_root() / "data"
    files = [(name, kind, item) for name, (kind, item) in _SINGLE.items()]
    for folder, item in (("events", "event"), ("claims", "claim")):
        files += [(f"{folder}/{p.name}", folder, item) for p in sorted((data / folder).glob("*.yaml"))]
    return files


@pytest.mark.parametrize(("name", "kind", "item"), _store_files())
def test_every_store_file_validates_against_the_schema(name: str, kind: str, item: str) -> None:
    path = default_store_root() / "data" / name
    value, problems = parse_yaml(path.read_text(encoding="utf-8"), name)
    assert problems == []
    valid, invalid, problems = validate_file(value, load_schema(), kind, item, name)
    assert (problems, invalid) == ([], [])
    assert len(valid) == len(value[kind])


def test_the_shipped_store_passes_check() -> None:
    result = run("check")
    assert result.exit_code == 0, result.stdout
    assert "the store is valid" in result.stderr and "every quote found in its seed" in result.stderr


def test_the_schema_route_reports_what_it_should() -> None:
    text = "events:\n  - id: x\n    status: confirmd\n"
    value, _ = parse_yaml(text, "bad.yaml")
    _, invalid, problems = validate_file(value, load_schema(), "events", "event", "bad.yaml")
    assert len(invalid) == 1
    messages = [p.message for p in problems]
    assert any("did you mean 'confirmed'" in m for m in messages)
    assert any("missing the required key 'date'" in m for m in messages)


@pytest.mark.parametrize(
    "text",
    [
        "2024",
        "2024-10",
        "2024-11-07",
        "2024-10-08/2024-10-13",
        "2025-02~",
        "2024-10-28?",
        "2024-06%",
        "2025-01-11~/2025-01-20~",
        "2024-13",
        "2024-02-30",
        "24-10",
        "2024-10/..",
        "2024/",
        "2024-11-07/2024-11-01",
        "7 novembre",
    ],
)
def test_the_schema_edtf_pattern_accepts_what_the_parser_accepts(text: str) -> None:
    """The pattern is syntax only: the parser may still refuse a month 13, 30 February or a reversed interval."""
    pattern = re.compile(load_schema()["$defs"]["edtf"]["pattern"])
    try:
        parse_edtf(text)
    except DateError:
        return
    assert pattern.search(text)
