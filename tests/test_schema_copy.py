"""`data/schema.json` in a store is a copy for editors (their `$schema=../schema.json` line): koursk checks every
store against the schema it ships, so `check` warns, at the first line that differs, when the copy is not that
schema (rev29 L4: broken JSON or a replaced schema still got « the store is valid » without a word)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.stores import write_store

VALID = (
    "koursk check: the store is valid (1 source, 3 entities, 1 topic, 1 event, 1 claim; every quote found in its seed)"
)


def _schema(koursk: Callable[..., Run]) -> str:
    shipped = koursk("schema")
    assert shipped.exit_code == 0
    return shipped.stdout


def _warning(path: Path, line: int, col: int, what: str) -> str:
    return (
        f"{path}:{line}:{col}: warning: the schema for editors {what}; koursk checks the store against its own schema,"
        f" editors against this file: write it again with `koursk schema > {path}`\n"
    )


@pytest.mark.parametrize("copy", ["none", "as-written", "compact"])
def test_the_schema_koursk_ships_or_none_is_no_warning(koursk: Callable[..., Run], tmp_path: Path, copy: str) -> None:
    root = write_store(tmp_path / "store")
    if copy != "none":
        text = _schema(koursk)
        (root / "data/schema.json").write_text(
            text if copy == "as-written" else json.dumps(json.loads(text)), encoding="utf-8"
        )
    result = koursk("--data", str(root), "check", "--strict")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.startswith(VALID) and "schema" not in result.stderr


def test_a_broken_or_replaced_schema_for_editors_is_one_located_warning(
    koursk: Callable[..., Run], tmp_path: Path
) -> None:
    root = write_store(tmp_path / "store")
    path = root / "data/schema.json"
    shipped = _schema(koursk)
    lines = shipped.split("\n")
    edited = next(n for n, line in enumerate(lines, 1) if '"string"' in line)  # a type loosened, deep inside
    cases = [
        ("{bad json", 1, 2, "is not JSON (Expecting property name enclosed in double quotes)"),
        ('{"$ref": "http://127.0.0.1:9/x"}', 1, 1, "is not the one this koursk applies"),
        ("\n".join(line.replace('"string"', '"integer"') if n == edited else line
                   for n, line in enumerate(lines, 1)), edited, 1, "is not the one this koursk applies"),
        (shipped[: len(shipped) // 2], None, None, "is not JSON"),
        ("\udcff", 1, 1, "is not UTF-8 text"),
    ]  # fmt: skip
    for text, line, col, what in cases:
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        result = koursk("--data", str(root), "check")
        assert result.exit_code == 0, text
        warned = result.stdout.splitlines()
        assert len(warned) == 1 and f"the schema for editors {what}" in warned[0], text
        if line is not None and col is not None:
            assert result.stdout == _warning(path, line, col, what), text
        assert (
            result.stderr.startswith(VALID)
            and "data/schema.json for editors that is not this koursk's" in result.stderr
        )
        assert koursk("--data", str(root), "check", "--strict").exit_code == 1


def test_a_schema_for_editors_that_is_no_file_is_warned_of_without_blocking(
    koursk: Callable[..., Run], tmp_path: Path
) -> None:
    root = write_store(tmp_path / "store")
    os.mkfifo(root / "data/schema.json")
    result = koursk("--data", str(root), "check")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{root / 'data/schema.json'}:1:1: warning: the schema for editors is a FIFO")


def test_the_shipped_store_has_the_schema_it_is_checked_against(koursk: Callable[..., Run]) -> None:
    result = koursk("check", "--strict")
    assert result.exit_code == 0 and "schema" not in result.stdout + result.stderr
