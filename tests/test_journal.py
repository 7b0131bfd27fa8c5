"""rev18 H1, M1: the journal `extract --write` leaves when it is killed is read back by the next write, so it is
untrusted: a store someone else made (a git repository, a tarball) may hold one. It may only undo the files an
extract makes, reached through real folders, and is read bounded; anything else is one line, exit 1, nothing undone,
the journal kept for the user to look at."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_write_faults import _environment, _files, _one_line, _store

ARGS = ("--published", "2024-11-08", "--write")
STOCK = b"# ~/.profile: executed by the command interpreter for login shells.\n"


def _extract(store: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "koursk_cli", "--data", str(store), "extract", str(tmp_path / "a.txt"), *ARGS],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=_environment({}),
    )


def _entry(path: str, current: bytes, replaces: bytes | None, folder: str = "") -> dict[str, object]:
    name = path.rsplit("/", 1)[-1]
    return {
        "path": path,
        "sha256": hashlib.sha256(current).hexdigest(),
        "replaces": None if replaces is None else base64.b64encode(replaces).decode(),
        "staged": f"{folder}.{name}.koursk-abcdefgh.tmp",
    }


def _journal(store: Path, *entries: dict[str, object]) -> Path:
    journal = store / "data" / ".koursk-write.journal"
    # a new file not there makes the write look unfinished, so that the next write undoes it
    missing = _entry("events/never.yaml", b"x", None, "events/")
    journal.write_text(json.dumps({"koursk-write": [*entries, missing]}) + "\n", encoding="utf-8")
    return journal


def _refused(result: subprocess.CompletedProcess[str], journal: Path, why: str) -> None:
    assert result.returncode == 1, result.stderr
    line = _one_line(result.stderr)
    assert ".koursk-write.journal" in line and why in line and "nothing was undone" in line
    assert journal.exists()  # kept, for the user to look at


@pytest.fixture
def home(tmp_path: Path) -> Path:
    profile = tmp_path / "home" / ".profile"
    profile.parent.mkdir()
    profile.write_bytes(STOCK)
    return profile


@pytest.mark.parametrize(
    ("name", "why"), [("notes.yaml", "never writes there"), ("sources.yaml", "leads out of the store")]
)
def test_a_journal_cannot_rewrite_a_file_outside_the_store_through_a_symlink(
    tmp_path: Path, home: Path, name: str, why: str
) -> None:
    store = _store(tmp_path)
    link = store / "data" / name
    link.unlink(missing_ok=True)
    link.symlink_to(home)
    journal = _journal(store, _entry(name, STOCK, b"echo owned\n"))
    _refused(_extract(store, tmp_path), journal, why)
    assert home.read_bytes() == STOCK


def test_a_journal_cannot_delete_through_a_linked_folder(tmp_path: Path, home: Path) -> None:
    store = _store(tmp_path)
    claims = store / "data" / "claims"
    for path in claims.iterdir():
        path.unlink()
    claims.rmdir()
    claims.symlink_to(home.parent)
    mine = home.parent / "mine.yaml"
    mine.write_bytes(b"my work\n")
    journal = _journal(store, _entry("claims/mine.yaml", b"my work\n", None, "claims/"))
    _refused(_extract(store, tmp_path), journal, "is reached through the symlink")
    assert mine.read_bytes() == b"my work\n"


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder", "huge", "garbage"])
def test_a_journal_that_is_no_journal_is_one_line_never_a_hang_or_a_memory_blow_up(tmp_path: Path, kind: str) -> None:
    store = _store(tmp_path)
    journal = store / "data" / ".koursk-write.journal"
    if kind == "fifo":
        os.mkfifo(journal)
    elif kind == "zero":
        journal.symlink_to("/dev/zero")
    elif kind == "folder":
        journal.mkdir()
    elif kind == "huge":
        with journal.open("wb") as stream:
            stream.truncate(65 * 1024 * 1024)  # sparse: past the limit without using the disk
    else:
        journal.write_text('{"koursk-write": "rm -rf ~"}\n', encoding="utf-8")
    result = _extract(store, tmp_path)
    assert result.returncode == 1, result.stderr
    assert ".koursk-write.journal" in _one_line(result.stderr)
    assert os.path.lexists(journal)


def test_a_journal_of_nested_brackets_or_too_many_files_is_one_line(tmp_path: Path) -> None:
    """rev19 M1, L1: a RecursionError traceback on every later write; 340,000 entries took 42 s and 506 MB."""
    store = _store(tmp_path)
    journal = store / "data" / ".koursk-write.journal"
    many = [_entry(f"events/draft-{n}.yaml", b"x", None, "events/") for n in range(17)]
    for text in ('{"koursk-write": ' + "[" * 100_000 + "]" * 100_000 + "}", json.dumps({"koursk-write": many})):
        journal.write_text(text, encoding="utf-8")
        _refused(_extract(store, tmp_path), journal, "not a journal koursk wrote")


def test_a_write_through_a_symlinked_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    """rev19 M4: extract wrote through a symlinked data/, then refused its own journal after a kill (« never writes
    there »): both ends now keep to real folders, and say which symlink."""
    store = _store(tmp_path)
    (store / "data").rename(tmp_path / "elsewhere")
    (store / "data").symlink_to(tmp_path / "elsewhere")
    before = _files(tmp_path / "elsewhere")
    result = _extract(store, tmp_path)
    assert result.returncode == 1, result.stderr
    assert f"{store / 'data'} is a symlink" in _one_line(result.stderr)
    assert _files(tmp_path / "elsewhere") == before
