"""A first build's events put in date order from sorted runs (store/sortedruns.py, docs/performance.md, thirty-ninth
pass): the same rows as from one run, whatever the runs; an interrupted merge leaves nothing behind and serves
nothing."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.store import sortedruns
from koursk_cli.store.cachefile import cache_path
from tests.conftest import run


def _tables(root: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of the cache but `meta` (the change counter) and `files` (when each file was read), in storage
    order, as benchmarks/cache_digest.py reads them."""
    db = sqlite3.connect(cache_path(root))
    try:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        tables = {}
        for name in names:
            if name in ("meta", "files"):
                continue
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            keyed = sql.upper().rstrip().endswith("WITHOUT ROWID")  # read in its key's order
            tables[name] = db.execute(
                f'SELECT * FROM "{name}"' if keyed else f'SELECT rowid, * FROM "{name}" ORDER BY rowid'
            ).fetchall()
        return tables
    finally:
        db.close()


def _tmpfile_descriptors(folder: Path) -> list[str]:
    """This process's open files in `folder`: an unnamed temporary file shows as « folder/#inode (deleted) »."""
    found = []
    for descriptor in os.listdir("/proc/self/fd"):
        with_name = os.readlink(f"/proc/self/fd/{descriptor}") if os.path.exists(f"/proc/self/fd/{descriptor}") else ""
        if with_name.startswith(str(folder)):
            found.append(with_name)
    return found


def test_a_first_build_merged_from_many_runs_writes_the_rows_of_one(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run per events file (the shipped store has a few), a piece per row: every table holds what a build sorted in memory at once holds, the
    events' rowids their ranks by date and the names following them."""
    runs_written = 0
    write_run = sortedruns.SortedRuns._write_run

    def counted(self: sortedruns.SortedRuns) -> None:
        nonlocal runs_written
        runs_written += 1
        write_run(self)

    monkeypatch.setattr(sortedruns.SortedRuns, "_write_run", counted)
    monkeypatch.setattr(sortedruns, "RUN_BYTES", 1)
    monkeypatch.setattr(sortedruns, "CHUNK_BYTES", 1)
    many = run("--data", str(store_copy), "events", "--json")
    assert many.exit_code == 0 and runs_written > 2
    merged = _tables(store_copy)
    os.unlink(cache_path(store_copy))
    monkeypatch.setattr(sortedruns, "RUN_BYTES", 1 << 40)
    runs_written = 0
    one = run("--data", str(store_copy), "events", "--json")
    assert runs_written == 0
    assert merged == _tables(store_copy) and many.stdout == one.stdout
    by_date = sorted(merged["events"], key=lambda row: (row[7], row[8], row[2]))
    assert [row[0] for row in by_date] == list(range(1, len(by_date) + 1))
    assert len(merged["names"]) > len(by_date) > 10


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="open files are listed by Linux's /proc")
def test_a_build_interrupted_while_merging_its_runs_leaves_nothing_and_serves_nothing(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_run = sortedruns.SortedRuns._read_run

    def interrupted(self: sortedruns.SortedRuns, chunks: list[int]) -> Iterator[sortedruns.Row]:
        yield from list(read_run(self, chunks))[:1]
        raise KeyboardInterrupt  # after the first rows are in the new file

    monkeypatch.setattr(sortedruns, "RUN_BYTES", 1)
    monkeypatch.setattr(sortedruns.SortedRuns, "_read_run", interrupted)
    folder = cache_path(store_copy).parent
    assert run("--data", str(store_copy), "events", "--json").exit_code == 130
    assert list(folder.iterdir()) == [] and _tmpfile_descriptors(folder) == []
    monkeypatch.setattr(sortedruns.SortedRuns, "_read_run", read_run)
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    assert [p.name for p in folder.iterdir()] == [cache_path(store_copy).name]
    assert _tmpfile_descriptors(folder) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-5, 5), st.integers(-5, 5), st.text(max_size=3)), max_size=60),
    st.integers(1, 40),
    st.integers(1, 200),
)
def test_sorted_runs_give_every_row_back_in_key_order(
    rows: list[tuple[int, int, str]], run_bytes: int, chunk_bytes: int
) -> None:
    """Rows added a few at a time, each as large as its text, in runs and pieces of any size."""
    key = itemgetter(0, 1, 2)
    chunks: list[bytes] = []

    def put(chunk: bytes) -> int:
        chunks.append(chunk)
        return len(chunks) - 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sortedruns, "RUN_BYTES", run_bytes)
        patch.setattr(sortedruns, "CHUNK_BYTES", chunk_bytes)
        runs = sortedruns.SortedRuns(put, chunks.__getitem__, key)
        numbered = [(*row, at) for at, row in enumerate(rows)]
        for at in range(0, len(numbered), 3):
            batch = numbered[at : at + 3]
            runs.add(batch, sum(len(row[2]) + 1 for row in batch))
        merged = list(runs.merged())
    assert sorted(merged) == sorted(numbered)
    assert [key(row) for row in merged] == sorted(map(key, numbered))
