"""`koursk diff` under `--drafts` marks each event, claim and article still in draft as every other listing does:
`[draft]` before its text in the lines, `draft: true` in its JSON record. Without `--drafts` (or with it on a
store with no drafts) the output is byte for byte what it was before the marks existed."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, run
from tests.stores import drafts_store

SNAPSHOTS = REPO / "tests" / "snapshots" / "diff"
DRAFTED = {"drafted", "own", "cited", "asserted", "via-source"}
"""The records of drafts_store still in draft: the article, two events and two claims."""
MODES = {
    "sources": ("diff", "curated", "drafted"),
    "dates": ("diff", "--from", "2024-11-01"),
}


def _diff(root: Path, mode: str, *flags: str, tty: bool = False) -> str:
    result = run("--data", str(root), *flags, *MODES[mode], tty=tty, width=200)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _marked_lines(text: str) -> dict[str, bool]:
    """Each record a diff line names (`[id]` at the end of an event or claim, the id opening a source), and whether
    that line marks it as still in draft."""
    marked: dict[str, bool] = {}
    for line in text.splitlines():
        found = re.search(r"\[([\w-]+)\]$", line) or re.match(r"^(?:[-+?] source |---|\+\+\+) ?([\w-]+) \(", line)
        if found:
            marked[found[1]] = "[draft] " in line
    return marked


@pytest.mark.parametrize("tty", [False, True])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_under_drafts_each_line_of_a_record_in_draft_is_marked_and_no_other(
    tmp_path: Path, mode: str, tty: bool
) -> None:
    root = drafts_store(tmp_path / "store", drafts=True)
    marked = _marked_lines(_diff(root, mode, "--drafts", tty=tty))
    assert {record for record, draft in marked.items() if draft} == DRAFTED
    assert {"clean", "finished", "curated"} <= set(marked), "curated records are listed, unmarked"


def _records(value: Any) -> list[dict[str, Any]]:
    """Every record (an object with an id) anywhere in a diff's JSON."""
    if isinstance(value, dict):
        own = [value] if "id" in value else []
        return own + [r for v in value.values() for r in _records(v)]
    if isinstance(value, list):
        return [r for v in value for r in _records(v)]
    return []


@pytest.mark.parametrize("mode", sorted(MODES))
def test_under_drafts_each_json_record_says_whether_it_is_in_draft(tmp_path: Path, mode: str) -> None:
    root = drafts_store(tmp_path / "store", drafts=True)
    result = run("--data", str(root), "--drafts", *MODES[mode], "--json")
    records = _records(result.json())
    assert {r["id"] for r in records} >= DRAFTED | {"clean", "finished", "curated"}
    assert {r["id"] for r in records if r["draft"]} == DRAFTED


@pytest.mark.parametrize("tty", [False, True])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_without_drafts_the_diff_is_byte_for_byte_as_before(tmp_path: Path, mode: str, tty: bool) -> None:
    """The snapshots were written before diff marked drafts (2aa4278); a store with no drafts reads the same with
    or without `--drafts`. KOURSK_UPDATE_SNAPSHOTS=1 rewrites a snapshot that differs and fails: review the diff."""
    root = drafts_store(tmp_path / "store", drafts=False)
    text = _diff(root, mode, tty=tty)
    assert _diff(root, mode, "--drafts", tty=tty) == text
    path = SNAPSHOTS / f"{mode}-{'tty' if tty else 'pipe'}.txt"
    expected = path.read_bytes().decode("utf-8") if path.exists() else None
    if os.environ.get("KOURSK_UPDATE_SNAPSHOTS") and text != expected:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        pytest.fail(f"{path.name} rewritten: review `git diff {path.relative_to(REPO)}`, then run without the variable")
    assert text == expected
