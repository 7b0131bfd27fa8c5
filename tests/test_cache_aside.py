"""An update made beside a long reader (cache.aside: the cache copied, the copy updated and renamed in) leaves the
same cache an update in place would (rev29 H1: the copy's word index was never updated, so `events --text` missed
edited and new events with exit 0, and an old word got the cache removed as damaged). Real processes: a listing held
by a pipe nobody reads, while other runs edit and query the store."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from koursk_cli.store import cache as cache_module
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.open import load_store
from tests.conftest import REPO
from tests.stores import StoreBuilder, cache_of

EVENTS = 300  # `events --json` writes ~190 KB: more than a pipe holds, so the reader waits with its snapshot


def _store(root: Path) -> Path:
    builder = StoreBuilder().source("alpha", "2025-01-10")
    for number in range(EVENTS):
        builder.event(
            f"ev-{number:03d}",
            f"2024-{number % 12 + 1:02d}",
            f"Event number {number}" + (" zqxone" if number == 7 else ""),
            ("alpha", f"Un fait numéro {number} au front de Koursk"),
        )
    return builder.write(root)


def _koursk(root: Path, cache: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "koursk_cli", "--data", str(root), *args]
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)

    return run


def _found(run: Callable[..., subprocess.CompletedProcess[str]], word: str) -> list[str]:
    """The ids `events --text word` lists, after checking the run said nothing else and exited 0."""
    result = run("events", "--text", word, "--fields", "id", "--jsonl")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return [line.removeprefix('{"id": "').removesuffix('"}') for line in result.stdout.splitlines()]


@contextmanager
def _reader(root: Path, cache: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A `koursk events --json` whose output nobody reads past its first byte (a pager, a slow pipe): it holds its
    snapshot of the cache until released."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "koursk_cli", "--data", str(root), "events", "--json"]
    reader = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert reader.stdout is not None and reader.stdout.read(1) == b"["  # its snapshot is taken
        yield reader
        assert reader.poll() is None, "the reader ended before the updates: nothing went aside"
        rest, errors = reader.communicate(timeout=120)
        assert reader.returncode == 0 and errors == b"" and len(rest) > 64 * 1024
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.communicate()


def _edit(root: Path, old: str, new: str) -> None:
    events = root / "data/events/main.yaml"
    text = events.read_text(encoding="utf-8")
    assert old in text
    events.write_text(text.replace(old, new), encoding="utf-8")


NEW_EVENT = (
    '  - id: ev-new\n    date: "2024-11"\n    date_basis: "test fixture"\n'
    '    title: {en: "Brand zqxnew event", fr: "Brand zqxnew event"}\n'
    "    actors: []\n    places: []\n    tags: []\n    status: confirmed\n    evidence:\n"
    '      - source: alpha\n        quote: "Un fait numéro 3 au front de Koursk"\n'
)


@pytest.mark.parametrize("old_word_first", [False, True], ids=["new-word-first", "old-word-first"])
def test_an_edit_beside_a_long_reader_is_found_by_its_new_words_and_its_old_ones_are_gone(
    tmp_path: Path, old_word_first: bool
) -> None:
    """The review's scenario: a word put into a title while a listing holds the cache is found by the run that
    updates the copy and by every run after it (it was found by none after); the word taken out is no longer found,
    exit 0, and the cache is kept (it was called damaged and removed, exit 1)."""
    root, cache = _store(tmp_path / "store"), tmp_path / "cache"
    run = _koursk(root, cache)
    assert _found(run, "zqxone") == ["ev-007"]
    path = cache / "koursk" / next(p.name for p in (cache / "koursk").iterdir() if p.suffix == ".sqlite3")
    before = path.stat().st_ino
    with _reader(root, cache):
        _edit(root, "zqxone", "zqxtwo")
        assert _found(run, "zqxtwo") == ["ev-007"]  # this run updates a copy and serves it
        updated = path.stat().st_ino
        assert updated != before  # the update went aside
        searches = [("zqxone", []), ("zqxtwo", ["ev-007"])]
        for word, expected in reversed(searches) if not old_word_first else searches:
            assert _found(run, word) == expected  # the next runs read the copy renamed in
        assert path.stat().st_ino == updated  # never removed as damaged, never rebuilt
    assert _found(run, "zqxtwo") == ["ev-007"] and _found(run, "zqxone") == []
    assert path.stat().st_ino == updated


def test_events_added_and_removed_beside_a_long_reader_are_found_and_gone(tmp_path: Path) -> None:
    """An event added in an update made aside is found by its words (it never was), one removed is no longer found
    and is no damage, and every search answers what a cache built afresh answers."""
    root, cache = _store(tmp_path / "store"), tmp_path / "cache"
    run = _koursk(root, cache)
    assert _found(run, "zqxone") == ["ev-007"]
    with _reader(root, cache):
        _edit(root, "events:\n", "events:\n" + NEW_EVENT)
        _edit(root, "Event number 7 zqxone", "Event number 7")
        assert _found(run, "zqxnew") == ["ev-new"]
        assert _found(run, "zqxnew") == ["ev-new"]
        assert _found(run, "zqxone") == []
    fresh = _koursk(root, tmp_path / "fresh-cache")
    for word in ("zqxnew", "zqxone", "number", "brand", "event*"):
        assert _found(run, word) == _found(fresh, word), word


def test_a_copy_made_aside_knows_its_file_as_a_cache_opened_on_it_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every piece of state a Cache keeps about its file (the word index, a staged build, its path) and every setting
    of the file SQLite keeps in it (page size, journal mode, encoding): the copy that served the update and a cache
    opened afresh on the file renamed in agree."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "COMMIT_WAIT_MS", 0)
    root = _store(tmp_path / "store")
    first = load_store(root)  # holds its snapshot: the update below goes aside
    path = cache_path(root)
    before = path.stat().st_ino
    _edit(root, "zqxone", "zqxtwo")
    second = load_store(root)
    copy = cache_of(second)
    assert path.stat().st_ino != before
    fresh = cache_module.open_existing(path)
    assert fresh is not None
    handles = ("db", "_header", "_release", "shared")
    assert {k: v for k, v in vars(copy).items() if k not in handles} == {
        k: v for k, v in vars(fresh).items() if k not in handles
    }
    # The copy's connection was opened on its private name, whose journal no other run looks for (cachelock.py); one
    # opened on the cache's name reads only, and writes under the cache's lock.
    assert (copy.shared, fresh.shared) == (False, True)
    assert copy.fts
    for setting in ("page_size", "journal_mode", "encoding", "auto_vacuum", "user_version", "application_id"):
        assert copy.db.execute(f"PRAGMA {setting}").fetchall() == fresh.db.execute(f"PRAGMA {setting}").fetchall()
    fresh.close()
    first.release(False)
    second.release(False)
