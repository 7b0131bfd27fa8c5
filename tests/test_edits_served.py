"""A kept event whose text alone changed has that text written once, in `edits` (store/blocks.py, Edits): its events
row is left as it was, and every read of an events row serves the edit's text, verified. Each damage below is caught
by the check named with it (the checksums it does not target forged, as someone with write access could)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.store import blocks
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.digest import edit_checksum
from tests import test_cache_tamper
from tests.conftest import Run, run
from tests.stores import edit_cache

RUTTE = test_cache_tamper.RUTTE
store_copy = test_cache_tamper.store_copy  # the fixture: the shipped store in 7 blocks


def _rows(root: Path, sql: str) -> list[Any]:
    db = sqlite3.connect(cache_path(root))
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _edit_basis(root: Path, event_id: str) -> None:
    """An ordinary curator's edit: the date basis of `event_id` gets a word in front (its text alone changes: no fact
    or search word)."""
    (path,) = [p for p in (root / "data" / "events").glob("*.yaml") if f"id: {event_id}\n" in p.read_text("utf-8")]
    text = path.read_text(encoding="utf-8")
    basis = text.index('date_basis: "', text.index(f"id: {event_id}\n")) + len('date_basis: "')
    path.write_text(f"{text[:basis]}Edited {text[basis:]}", encoding="utf-8")


def _move(root: Path, event_id: str) -> None:
    """The event's date moved to the first block (its key changes: the blocks it leaves are made again)."""
    (path,) = [p for p in (root / "data" / "events").glob("*.yaml") if f"id: {event_id}\n" in p.read_text("utf-8")]
    text = path.read_text(encoding="utf-8")
    date = text.index("date: ", text.index(f"id: {event_id}\n"))
    path.write_text(f"{text[:date]}date: 2022-02-01\n{text[text.index(chr(10), date) + 1 :]}", encoding="utf-8")


def _quietly(root: Path, *args: str) -> str:
    """The answer of a run that met no damage (an update that found some would rebuild, and answer right)."""
    result = run("--data", str(root), *args)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    return result.stdout


def _edited(root: Path) -> tuple[str, str]:
    """A cache updated by an edit of RUTTE's date basis: its text aside, its events row unwritten. The answers to `show`
    and to a batch of rows, as a cold cache gives them."""
    run("--data", str(root), "events", "--json")
    before = _rows(root, f"SELECT json, checksum, words_checksum FROM events WHERE id = '{RUTTE}'")
    _edit_basis(root, RUTTE)
    shown, listed = _quietly(root, "show", RUTTE, "--json"), _quietly(root, "events", "--limit", "100", "--json")
    assert '"date_basis": "Edited ' in shown and listed.count('"date_basis": "Edited ') == 1
    assert _rows(root, "SELECT id FROM edits") == [(RUTTE,)]
    assert _rows(root, f"SELECT json, checksum, words_checksum FROM events WHERE id = '{RUTTE}'") == before
    cold = root.parent / "cold"
    shutil.copytree(root, cold)
    assert (shown, listed) == (
        run("--data", str(cold), "show", RUTTE, "--json").stdout,
        run("--data", str(cold), "events", "--limit", "100", "--json").stdout,
    )
    return shown, listed


def test_a_kept_events_text_alone_is_written_in_edits_and_served_from_there(store_copy: Path) -> None:
    """The row is left as it was (its json, checksum and words' checksum), the edit is served by id and in a batch,
    each as a cold cache serves it (_edited)."""
    _edited(store_copy)


def _forged(root: Path, *statements: str, ids: bool = True) -> None:
    """`statements`, then every edit's checksum made again over its row and, with `ids`, the edited ids' CRC-32."""
    edit_cache(cache_path(root), *statements, keep_header=True)
    rows = _rows(root, "SELECT block, CAST(id AS BLOB), CAST(json AS BLOB) FROM edits")
    fixes = [
        f"UPDATE edits SET checksum = {edit_checksum(n, i, t)} WHERE block = {n} AND id = '{i.decode()}'"
        for n, i, t in rows
    ]
    if ids:
        edited = _rows(root, "SELECT CAST(id AS BLOB), block FROM edits ORDER BY id, block")
        fixes.append(f"UPDATE meta SET value = '{blocks.edited_checksum(edited)}' WHERE key = '{blocks.EDITED}'")
    edit_cache(cache_path(root), *fixes, keep_header=True)


def _another_in_its_block(root: Path, *, same_file: bool = True) -> str:
    """Another event of the block that holds RUTTE's edit (of RUTTE's file, or of another)."""
    (number,) = _rows(root, "SELECT block FROM edits")[0]
    (ids,) = _rows(root, f"SELECT ids FROM block_ids WHERE block = {number}")[0]
    files = dict(_rows(root, "SELECT id, file FROM events"))
    found: str = next(
        i.decode()
        for i in ids.split(blocks.IDS_SEPARATOR)
        if i.decode() != RUTTE and (files[i.decode()] == files[RUTTE]) == same_file
    )
    return found


def _assert_damaged(result: Run, expected: str) -> None:
    """Damage found where the edit is read fails the command (exit 1); found as the run opens (an update, which
    checks the edited ids before it writes) it costs one warning and the right answer. Never served."""
    assert "cache is damaged" in result.stderr, (result.stdout, result.stderr)
    assert result.exit_code == 1 or (result.exit_code, result.stdout) == (0, expected), result.stdout


DAMAGE = {
    # the edit's own checksum (Edits.served: edit_checksum)
    "text-tampered": lambda root: edit_cache(
        cache_path(root),
        "UPDATE edits SET json = CAST(replace(CAST(json AS TEXT), 'Edited', 'Ruttx') AS BLOB)",
        keep_header=True,
    ),
    # the edit's text must open with the row's id (Edits.served: startswith)
    "spliced-under-another-id": lambda root: _forged(root, f"UPDATE edits SET id = '{_another_in_its_block(root)}'"),
    # the edited ids' CRC-32 (Edits.served: edited_checksum): the event's edit is no longer found by its id
    "left-for-an-event-gone": lambda root: _forged(root, "UPDATE edits SET id = 'no-such-event'", ids=False),
    # the edited ids' CRC-32, the row counts set right: else the row's old text would be served
    "lost": lambda root: _forged(
        root, "DELETE FROM edits", "UPDATE meta SET value = value - 1 WHERE key = 'edits'", ids=False
    ),
    # the edit kept for a block whose range does not hold the row's key (Edits.served: the listing's bounds)
    "kept-for-another-block": lambda root: _forged(
        root, "UPDATE edits SET block = block % (SELECT max(rowid) FROM blocks) + 1"
    ),
}
SERVED = {  # the event the damaged edit is read for, by id and in a batch of rows
    "text-tampered": RUTTE,
    "spliced-under-another-id": None,
    "left-for-an-event-gone": RUTTE,
    "lost": RUTTE,
    "kept-for-another-block": RUTTE,
}


@pytest.mark.parametrize("read", ["show", "batch"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_edit_is_never_served(store_copy: Path, damage: str, read: str) -> None:
    """Each damage to the edit that holds RUTTE's text (the header kept) fails the command that reads it, by id
    (`show`) or in a batch of rows (`events --limit`), and the next run answers as a cold cache."""
    shown, listed = _edited(store_copy)
    event = SERVED[damage] or _another_in_its_block(store_copy)
    DAMAGE[damage](store_copy)
    args = ("show", event, "--json") if read == "show" else ("events", "--limit", "100", "--json")
    _assert_damaged(run("--data", str(store_copy), *args), shown if read == "show" and event == RUTTE else listed)
    assert run("--data", str(store_copy), "show", RUTTE, "--json").stdout == shown  # rebuilt
    assert run("--data", str(store_copy), "events", "--limit", "100", "--json").stdout == listed


def test_the_flush_past_edits_most_writes_the_edits_text_into_its_row(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past EDITS_MOST every edited block is written with its texts, which go into their rows first: `show` then
    serves the new text from the row, and the edits are gone."""
    run("--data", str(store_copy), "events", "--json")
    monkeypatch.setattr(blocks, "EDITS_MOST", 0)
    _edit_basis(store_copy, RUTTE)
    shown = _quietly(store_copy, "show", RUTTE, "--json")
    assert '"date_basis": "Edited ' in shown and _rows(store_copy, "SELECT id FROM edits") == []
    (text,) = _rows(store_copy, f"SELECT json FROM events WHERE id = '{RUTTE}'")[0]
    assert '"date_basis": "Edited ' in str(text)
    cache_path(store_copy).unlink()
    assert run("--data", str(store_copy), "show", RUTTE, "--json").stdout == shown


@pytest.mark.parametrize("same_file", [True, False])
def test_a_block_made_again_writes_its_edits_text_into_its_row(store_copy: Path, same_file: bool) -> None:
    """RUTTE's text aside in its block, then another event of that block moved out of it: the block is made again
    from its rows, RUTTE's text first written into its row (the row left unwritten by the update, when the event
    moved is of RUTTE's file; its text aside, when of another), so `show` and the block serve the new text."""
    _edited(store_copy)
    _move(store_copy, _another_in_its_block(store_copy, same_file=same_file))
    answers = [_quietly(store_copy, *args) for args in (("show", RUTTE, "--json"), ("events", "--json"))]
    assert '"date_basis": "Edited ' in answers[0] and _rows(store_copy, "SELECT id FROM edits") == []
    (text,) = _rows(store_copy, f"SELECT json FROM events WHERE id = '{RUTTE}'")[0]
    assert '"date_basis": "Edited ' in str(text)
    cache_path(store_copy).unlink()
    assert answers == [
        run("--data", str(store_copy), *args).stdout for args in (("show", RUTTE, "--json"), ("events", "--json"))
    ]
