"""SQLite finds a cache's rollback journal by name: a journal one koursk was writing, left beside a cache another
koursk renamed in over the file it belonged to, was taken by the next run for the new file's and rolled back into it
(a file mixing two caches' pages, which passed SQLite's integrity check): audit60 F4. Real processes: an update held
in its commit, and one killed there."""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from koursk_cli.store import cachelock
from koursk_cli.store.cachelock import journal_of
from tests.conftest import REPO, Run
from tests.test_cache_aside import _store  # 300 events: more pages than SQLite keeps at the least (ten)


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}


def _command(root: Path) -> list[str]:
    return [sys.executable, "-m", "koursk_cli", "--data", str(root), "events", "--fields", "id,title", "--jsonl"]


def _run(root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(root), cwd=REPO, env=_env(cache), capture_output=True, text=True, timeout=120, check=False
    )


def _start(root: Path, cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        _command(root), cwd=REPO, env=_env(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never came"
        time.sleep(0.02)


def _synced_pages(journal: Path) -> int:
    """The page count a rollback journal's header holds once SQLite has synced it (0 before: nothing to roll back)."""
    with journal.open("rb") as file:
        return int.from_bytes(file.read(12)[8:12], "big")


def _cache_file(cache: Path) -> Path:
    (found,) = (cache / "koursk").glob("cache-*.sqlite3")
    return found


# An update of the cache by another koursk, held by files in GATE: it takes the cache's lock, as koursk's updates do,
# and its write lock (a row changed), touches GATE/started and waits for GATE/commit; then it writes its pages out as
# its commit would (a page cache too small for them: its journal synced, the file's pages changed), touches
# GATE/committing, waits for GATE/go and rolls back.
UPDATING = """
import pathlib, sqlite3, sys, time
from koursk_cli.store.cachelock import cache_lock
path, gate = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def signal_then_wait(signal_name, wait_name):
    (gate / signal_name).touch()
    while not (gate / wait_name).exists():
        time.sleep(0.02)
with cache_lock(path, wait_ms=0):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA cache_size = 5")
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE events SET line = line + 1 WHERE rowid = 1")
    signal_then_wait("started", "commit")
    db.execute("UPDATE events SET line = line + 1")
    signal_then_wait("committing", "go")
    db.execute("ROLLBACK")
"""


def test_a_cache_renamed_in_never_meets_the_journal_of_an_update_in_its_commit(tmp_path: Path) -> None:
    """Another koursk has begun an update of the cache when a run that must build the cache anew (a core file
    changed) reads it; the update then reaches its commit (its journal synced, its pages being written), and a third
    run starts reading. Both runs end with the right answer and no warning, and the next run serves it from a sound
    cache with no journal left: the new build's rename waits for the update to end. It renamed at once, and the
    reading run rolled the update's journal, another file's, back into the new cache (audit60 F4)."""
    root, cache, gate = _store(tmp_path / "store"), tmp_path / "cache", tmp_path / "gate"
    gate.mkdir()
    assert _run(root, cache).returncode == 0  # the cache is built
    path = _cache_file(cache)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    updating = subprocess.Popen([sys.executable, "-c", UPDATING, str(path), str(gate)], env=env)
    _wait_for(gate / "started")
    _edit(root / "data/topics.yaml", "topics:", "# edited\ntopics:")  # a core file: the next run builds anew
    _edit(root / "data/events/main.yaml", '{en: "Event number 3",', '{en: "Event number 3 edited",')
    rebuilding = _start(root, cache)
    time.sleep(1.5)  # long enough to read the cache, build and rename, had it not waited
    (gate / "commit").touch()
    _wait_for(gate / "committing")
    reading = _start(root, cache)
    time.sleep(1)
    (gate / "go").touch()
    assert updating.wait(timeout=60) == 0
    results = [_finish(process) for process in (rebuilding, reading)]
    for status, out, err in results:
        assert (status, err) == (0, "")
        assert "Event number 3 edited" in out
    last = _run(root, cache)
    assert (last.returncode, last.stderr, last.stdout) == (0, "", results[0][1])
    assert not journal_of(_cache_file(cache)).exists()
    with sqlite3.connect(_cache_file(cache)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_update_killed_mid_commit_is_rolled_back_before_anything_is_read(tmp_path: Path) -> None:
    """A process killed while it wrote the cache's pages leaves a hot journal: a run reads through a read-only
    connection, which SQLite will not let roll it back, so the run rolls it back under the cache's lock and opens
    the cache again: the answer is the cache as it was, no warning, no journal left."""
    root, cache = _store(tmp_path / "store"), tmp_path / "cache"
    first = _run(root, cache)
    assert first.returncode == 0
    path = _cache_file(cache)
    killed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, signal, sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('PRAGMA cache_size = 2')\n"  # a tiny page cache: pages are written before the commit
            "db.execute('BEGIN IMMEDIATE')\n"
            'db.execute("UPDATE events SET json = zeroblob(length(json))")\n'
            "os.kill(os.getpid(), signal.SIGKILL)\n",
            str(path),
        ]
    )
    assert killed.wait(timeout=60) == -signal.SIGKILL
    assert journal_of(path).stat().st_size > 0
    again = _run(root, cache)
    assert (again.returncode, again.stderr, again.stdout) == (0, "", first.stdout)
    assert not journal_of(path).exists()


def test_a_journal_that_cannot_be_rolled_back_goes_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When SQLite cannot roll a killed update's journal back (a file it may not write, an I/O error), the journal
    is the only copy of the pages the update had begun to overwrite: the cache goes with it, and the next run builds
    it anew (review65a F1: the journal alone was removed, and a half-written cache could answer without an event)."""
    root, cache = _store(tmp_path / "store"), tmp_path / "cache"
    assert _run(root, cache).returncode == 0
    path = _cache_file(cache)
    journal_of(path).write_bytes(b"a journal SQLite could not roll back")

    def cannot_roll_back(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite3, "connect", cannot_roll_back)
    cachelock.settle_journal(path)
    assert not path.exists() and not journal_of(path).exists()


def test_a_cache_folder_without_locks_keeps_the_cache_and_says_why(
    koursk: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system where flock fails (ENOLCK): an update cannot be made safe, so the cache is kept as it was, one
    warning says why, and the answer comes from the store, exit 0 (review65a F2: exit 1 on every run)."""
    root, cache = _store(tmp_path / "store"), tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    assert koursk("--data", str(root), "events", "--limit", "1").exit_code == 0
    path = _cache_file(cache)
    _edit(root / "data/events/main.yaml", '{en: "Event number 3",', '{en: "Event number 3 edited",')

    def no_locks(descriptor: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(fcntl, "flock", no_locks)
    edited = koursk("--data", str(root), "events", "--fields", "id,title", "--jsonl")
    assert edited.exit_code == 0 and "Event number 3 edited" in edited.stdout
    assert edited.stderr == (
        f"koursk: warning: cache not updated (cannot lock the cache folder: {os.strerror(errno.ENOLCK)}: {path}); it"
        " is kept as it was, and this run reads the whole store\n"
    )
