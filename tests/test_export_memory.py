"""`export sqlite` selects the exported claims before it indexes the store's claims for their conflicts, so the two
never stand in memory together: at 1,000,000 events each is tens of megabytes (the selection's order keys while it
sorts, the index's columns), and indexing first put the export's peak at 221 MB (issue 20: at most 200 MB)."""

from __future__ import annotations

import sqlite3
import weakref
from pathlib import Path
from typing import Any

import pytest

from koursk_cli import claimquery
from koursk_cli.claimquery import ClaimSelection
from koursk_cli.conflicts import ConflictIndex
from koursk_cli.export import sqlitefmt
from tests.conftest import run


def test_sqlite_selects_the_claims_before_indexing_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live: weakref.WeakSet[ConflictIndex] = weakref.WeakSet()
    indexes_at_selection: list[int] = []

    class Recorded(ConflictIndex):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            live.add(self)

    selecting = claimquery.select_claims

    def select(*args: Any, **kwargs: Any) -> ClaimSelection:
        indexes_at_selection.append(len(live))
        return selecting(*args, **kwargs)

    monkeypatch.setattr(sqlitefmt, "ConflictIndex", Recorded)
    monkeypatch.setattr(claimquery, "select_claims", select)
    target = tmp_path / "k.db"
    result = run("export", "sqlite", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert indexes_at_selection == [0]  # selected once, no index built yet
    with sqlite3.connect(target) as db:
        conflicts = db.execute("SELECT count(*) FROM claims WHERE conflict_count > 0").fetchone()[0]
    assert conflicts > 0  # the index was built after, and found the conflicts
