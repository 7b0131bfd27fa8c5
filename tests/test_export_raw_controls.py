"""closing38 « Left »: the JSON exports wrote C1 controls and U+2028/U+2029 raw, which json.dumps leaves as they
are: TimelineJS reads its JSON in a browser (a line separator ends a line in JavaScript before ES2019), a terminal
obeys U+009B, and nobody sees either. Store text holding one is refused by `check` since rev37u U13, but a
`--title` is any argument, and a store that was never checked (read here past the rule: tests/unchecked.py) could
hand one too. The one JSON writer (jsontext.json_text) escapes them; the oracle scans the bytes written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from koursk_cli.export.formats import FORMATS
from tests.conftest import run
from tests.stores import ENTITIES, EVENTS, SEED, SOURCES, write_store

RAW = ["\x7f", "\x85", "\x9b", "\u2028", "\u2029"]
YAML_ESCAPED = "a\\x7fb\\Nc\\x9bd\\Le\\Pf"  # the same five, as a double-quoted YAML string writes them
TEXT = "a\x7fb\x85c\x9bd\u2028e\u2029f"


def _raw_in(data: bytes) -> list[str]:
    """Each of RAW whose UTF-8 bytes stand in `data`: the oracle, independent of the writer's code."""
    return [repr(c) for c in RAW if c.encode() in data]


@pytest.fixture
def unchecked_store(tmp_path: Path, past_check: None) -> Path:
    events = EVENTS.replace(
        "title: {en: Rutte confirms, fr: Rutte confirme}", f'title: {{en: "{YAML_ESCAPED}", fr: "{YAML_ESCAPED}"}}'
    )
    events = events.replace('date_basis: "lundi 28 octobre"', f'date_basis: "{YAML_ESCAPED}"')
    entities = ENTITIES.replace(
        "name: {en: Kursk Oblast, fr: oblast de Koursk}", f'name: {{en: "{YAML_ESCAPED}", fr: "{YAML_ESCAPED}"}}'
    )
    sources = SOURCES.replace(
        "title: {{en: Alpha, fr: Alpha}}", f'title: {{{{en: "{YAML_ESCAPED}", fr: "{YAML_ESCAPED}"}}}}'
    ).format(sha=hashlib.sha256(SEED.encode()).hexdigest())
    return write_store(tmp_path, events=events, entities=entities, sources=sources)


TEXT_FORMATS = sorted(name for name, e in FORMATS.items() if not e.writes_file)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", TEXT_FORMATS)
def test_no_export_writes_a_c1_control_or_a_line_separator_raw(
    unchecked_store: Path, name: str, lang: str, tmp_path: Path
) -> None:
    target = tmp_path / f"out.{name}"
    result = run("--data", str(unchecked_store), "--lang", lang, "export", name, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert b"rutte-confirms" in data
    assert _raw_in(data) == []


@pytest.mark.parametrize("name", ["timelinejs", "geojson"])
def test_the_json_exports_keep_the_text_as_escapes(unchecked_store: Path, name: str) -> None:
    """Escaped, not dropped: a JSON reader reads back the very text the store holds."""
    out = run("--data", str(unchecked_store), "export", name).stdout
    assert _raw_in(out.encode()) == [] and "\\u2028" in out and "\\u0085" in out
    assert TEXT in json.dumps(json.loads(out), ensure_ascii=False)


def test_a_title_given_on_the_command_line_is_escaped(tmp_path: Path) -> None:
    out = run("export", "timelinejs", "--within", "2024-W45", "--title", TEXT).stdout
    assert _raw_in(out.encode()) == []
    assert json.loads(out)["title"]["text"]["headline"] == TEXT
