"""Independent readers as oracles: the `icalendar` package reads what `koursk export ics` writes, and `jsonschema`
applies data/schema.json to the store files the way any editor would."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import icalendar
import jsonschema
import pytest
import yaml

from tests.conftest import REPO, run
from tests.stores import EVENTS, write_store

SCHEMA = json.loads((REPO / "data" / "schema.json").read_text(encoding="utf-8"))
STORE_FILES = sorted(p for p in (REPO / "data").rglob("*.yaml"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_icalendar_reads_every_event_of_the_ics_export(lang: str) -> None:
    events = {e["id"]: e for e in run("events", "--json").json()}
    calendar = icalendar.Calendar.from_ical(run("export", "ics", "--lang", lang).stdout)
    read = {str(v["UID"]).removesuffix("@koursk"): v for v in calendar.walk("VEVENT")}
    assert read.keys() == events.keys()
    for event_id, vevent in read.items():
        event = events[event_id]
        assert vevent.decoded("DTSTART") == datetime.date.fromisoformat(event["start"])
        assert vevent.decoded("DTEND") == datetime.date.fromisoformat(event["end"]) + datetime.timedelta(days=1)
        assert str(vevent["SUMMARY"]).startswith(event["title"][lang])


def test_the_store_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", STORE_FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_shipped_store_file_satisfies_the_schema_as_jsonschema_reads_it(path: Path) -> None:
    data = yaml.load(
        path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader
    )  # every scalar as text, as edtf dates are
    validator = jsonschema.Draft202012Validator(SCHEMA)
    kind = next(iter(data))
    # Numbers and booleans typed: re-read with the safe loader, but keep dates as their text.
    typed = yaml.safe_load(path.read_text(encoding="utf-8"))
    _dates_as_text(typed, data)
    errors = sorted(validator.iter_errors(typed), key=str)
    assert not errors, f"{kind}: {errors[0].message} at {list(errors[0].absolute_path)}"


def _dates_as_text(typed: object, raw: object) -> None:
    """The store reads date fields from their raw text (YAML 1.1 would make `2024-11-07` a date)."""
    if isinstance(typed, dict) and isinstance(raw, dict):
        for key, value in typed.items():
            if isinstance(value, datetime.date):
                typed[key] = raw[key]
            else:
                _dates_as_text(value, raw[key])
    elif isinstance(typed, list) and isinstance(raw, list):
        for t, r in zip(typed, raw, strict=True):
            _dates_as_text(t, r)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("status: confirmed", "statut: confirmed"), "statut"),
        (("status: confirmed", "status: sure"), "sure"),
        (("- id: rutte", "- id: Rutte Confirms"), "Rutte Confirms"),
    ],
)
def test_koursk_check_refuses_what_jsonschema_refuses(tmp_path: Path, change: tuple[str, str], words: str) -> None:
    """A differential: a store file that breaks the schema for jsonschema breaks `koursk check` too."""
    broken = EVENTS.replace(*change, 1)
    assert broken != EVENTS
    root = write_store(tmp_path, events=broken)
    events_file = next((root / "data" / "events").glob("*.yaml"))
    typed = yaml.safe_load(events_file.read_text(encoding="utf-8"))
    _dates_as_text(typed, yaml.load(events_file.read_text(encoding="utf-8"), Loader=yaml.BaseLoader))
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(typed))
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert words in result.stdout
