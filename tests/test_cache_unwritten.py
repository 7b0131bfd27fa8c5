"""A cache update that cannot be written (a full disk, an I/O error) is no damage (rev29 M3): the previous cache stays
as koursk's last commit left it, the run says why in one line and answers from the store, and the next run with room
updates the cache. SQLite rolls a transaction back by itself on a full disk; koursk's own ROLLBACK then failed ("no
transaction is active"), hid the cause, and the cache was removed as damaged."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from koursk_cli.store import cache as cache_module
from koursk_cli.store.cachefile import cache_path
from tests.conftest import REPO, Run
from tests.stores import StoreBuilder


def _store(root: Path, events: int = 40) -> Path:
    builder = StoreBuilder().source("alpha", "2025-01-10")
    for number in range(events):
        builder.event(
            f"ev-{number:03d}", f"2024-{number % 12 + 1:02d}", f"Event number {number}",
            ("alpha", f"Un fait numéro {number} au front de Koursk"),
        )  # fmt: skip
    return builder.write(root)


def _more_events(root: Path, count: int) -> None:
    """A new events file of `count` events with long titles: an update that needs pages the cache does not have."""
    entries = "".join(
        f'  - id: more-{number:03d}\n    date: "2024-11"\n    date_basis: "test fixture"\n'
        f'    title: {{en: "More {number} {"zqxmore " * 30}", fr: "Plus {number}"}}\n'
        "    actors: []\n    places: []\n    tags: []\n    status: confirmed\n    evidence:\n"
        '      - source: alpha\n        quote: "Un fait numéro 3 au front de Koursk"\n'
        for number in range(count)
    )
    (root / "data/events/more.yaml").write_text("events:\n" + entries, encoding="utf-8")


def _digest(path: Path) -> tuple[int, str]:
    return path.stat().st_ino, hashlib.sha256(path.read_bytes()).hexdigest()


def _no_growth(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cache already on disk may not grow by a page: SQLite's own SQLITE_FULL, as on a full disk."""
    connect = cache_module._connect

    def full(path: str, **options: str) -> object:
        connection = connect(path, **options)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        if pages:
            connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(cache_module, "_connect", full)


def _warning(cause: str, path: Path) -> str:
    return (
        f"koursk: warning: cache not updated ({cause}: {path}); it is kept as it was, and this run reads the whole"
        " store\n"
    )


def test_a_full_cache_keeps_the_previous_cache_and_says_why_once(
    koursk: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _store(tmp_path / "store")
    assert koursk("--data", str(root), "events", "--limit", "1").exit_code == 0
    path = cache_path(root)
    before = _digest(path)
    _more_events(root, 200)
    _no_growth(monkeypatch)
    full = koursk("--data", str(root), "events", "--text", "zqxmore", "--fields", "id", "--jsonl")
    assert full.exit_code == 0
    assert [row["id"] for row in full.jsonl()] == [f"more-{n:03d}" for n in range(200)]  # from the store
    assert full.stderr == _warning("database or disk is full", path)
    assert _digest(path) == before  # the previous cache, untouched: not removed, not rebuilt
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal or copy left
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(path.parent.parent))
    again = koursk("--data", str(root), "events", "--text", "zqxmore", "--fields", "id", "--jsonl")
    assert (again.exit_code, again.stdout, again.stderr) == (0, full.stdout, "")
    assert _digest(path)[0] == before[0] and _digest(path) != before  # updated in place, with room


def test_a_rebuild_that_cannot_make_its_file_keeps_the_previous_cache(
    koursk: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A core file changed (the cache is built again) and no file can be made in the cache folder (ENOSPC, no inode
    left): one line with the cause, the answer from the store; the previous cache is not removed."""
    root = _store(tmp_path / "store")
    assert koursk("--data", str(root), "events", "--limit", "1").exit_code == 0
    path = cache_path(root)
    before = _digest(path)
    entities = root / "data/entities.yaml"
    entities.write_text("entities:\n  - id: kim\n    kind: person\n    name: {en: Kim, fr: Kim}\n", encoding="utf-8")

    def no_room(_: Path) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cache_module, "private_file", no_room)
    result = koursk("--data", str(root), "show", "ev-007", "--json")
    assert result.exit_code == 0 and result.json()["id"] == "ev-007"
    assert result.stderr == _warning(os.strerror(errno.ENOSPC), path)
    assert _digest(path) == before


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if shutil.which("mount") is None or os.geteuid() != 0:
        return False
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def test_a_full_disk_during_an_update_keeps_the_cache(tmp_path: Path) -> None:
    """The review's scenario on a real full file system (a 1 MB tmpfs, when this process may mount one): SQLite
    fails the commit's journal write and rolls back by itself."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "1m"):
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        root = _store(tmp_path / "store", events=60)
        env = {**os.environ, "XDG_CACHE_HOME": str(disk / "cache"), "NO_COLOR": "1"}

        def koursk(*args: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "koursk_cli", "--data", str(root), *args]
            return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)

        assert koursk("events", "--limit", "1").returncode == 0
        path = next((disk / "cache" / "koursk").glob("cache-*.sqlite3"))
        before = _digest(path)
        fill = os.open(disk / "fill", os.O_WRONLY | os.O_CREAT, 0o600)  # the disk, full
        try:
            with pytest.raises(OSError) as full:
                while True:
                    os.write(fill, b"\0" * 4096)
        finally:
            os.close(fill)
        assert full.value.errno == errno.ENOSPC
        events = root / "data/events/main.yaml"
        events.write_text(events.read_text(encoding="utf-8").replace("2024-03", "2024-04"), encoding="utf-8")
        answer = koursk("events", "--fields", "id,date", "--jsonl")
        assert answer.returncode == 0 and '{"id": "ev-002", "date": "2024-04"}' in answer.stdout
        assert answer.stderr == _warning("database or disk is full", path)
        assert _digest(path) == before
        (disk / "fill").unlink()
        again = koursk("events", "--fields", "id,date", "--jsonl")
        assert (again.returncode, again.stdout, again.stderr) == (0, answer.stdout, "")
        assert _digest(path)[0] == before[0] and _digest(path) != before
    finally:
        subprocess.run(["umount", str(disk)], check=False)
