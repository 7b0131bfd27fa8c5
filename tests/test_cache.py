"""The store cache: same answers with and without it, only changed files re-read, never stale, never code, never
a damaged row, never someone else's file (issue 14, items 1-5; each test here fails on the pickle cache)."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from koursk_cli.store import cache as cache_module
from koursk_cli.store import cachelock, digest, indexed, loader, shipped, stamps
from koursk_cli.store import open as open_module
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.cacheschema import COUNTED
from koursk_cli.store.stamps import Stamp, read_stamped
from tests.conftest import REPO, run
from tests.stores import StoreBuilder, edit_cache, forge_event_checksums


@pytest.fixture
def trust_stat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are younger than the racy window; this lets their stat identity be trusted at once,
    so a test exercises the stat path that a store edited minutes ago takes."""
    monkeypatch.setattr(stamps, "RACY_NS", 0)


def _all(root: Path) -> tuple[str, str, str]:
    return (
        run("--data", str(root), "events", "--json").stdout,
        run("--data", str(root), "sources", "--claim", "troops", "--json").stdout,
        run("--data", str(root), "timeline", "--json").stdout,
    )


def _db(root: Path) -> sqlite3.Connection:
    return sqlite3.connect(cache_path(root), isolation_level=None)


def test_results_are_identical_with_and_without_the_cache(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _all(store_copy)
    cache_files = list(Path(os.environ["XDG_CACHE_HOME"]).glob("koursk/*"))
    assert [p.suffix for p in cache_files] == [".sqlite3"]
    warm = _all(store_copy)
    original = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))
    uncached = _all(store_copy)
    assert cold == warm == uncached
    assert not [p for p in store_copy.rglob("*") if p.suffix in (".sqlite3", ".pickle")]  # never inside the store


def test_the_cached_core_is_the_core(store_copy: Path) -> None:
    """Sources, entities and topics come back from the cache field for field (a new model field needs store/plain.py)."""
    from koursk_cli.store.loader import read_store

    run("--data", str(store_copy), "events", "--json")
    cached, read = open_module.load_store(store_copy), read_store(store_copy)
    assert (cached.sources, cached.entities, cached.topics) == (read.sources, read.entities, read.topics)
    assert dict(cached.claims) == dict(read.claims)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = loader.read_entries

    def counted(file: loader.StoreFile, *args: object, **kwargs: object) -> loader.FileEntries:
        read.append(file.path.name)
        return original(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "read_entries", counted)
    monkeypatch.setattr(open_module, "read_entries", counted)
    return read


def _edit(path: Path, old: str, new: str, *, keep_times: bool = False) -> None:
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    if keep_times:  # like `touch -r`, `cp -p`, `rsync -a`, or a file system with coarse times
        assert len(old.encode()) == len(new.encode())
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_only_the_changed_file_is_read_again(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("--data", str(store_copy), "events", "--json")
    read = _count_reads(monkeypatch)
    _edit(
        store_copy / "data/events/background.yaml", "Assassination attempt on Donald Trump", "Attempt on Trump's life"
    )
    titles = [e["title"]["en"] for e in run("--data", str(store_copy), "events", "--json").json()]
    assert read == ["background.yaml"]
    assert "Attempt on Trump's life" in titles
    _edit(store_copy / "data/claims/troops.yaml", "quote:", "quote:  ")
    after_two_changes = _all(store_copy)
    assert read == ["background.yaml", "troops.yaml"]
    assert _all(store_copy) == after_two_changes
    assert read == ["background.yaml", "troops.yaml"]
    shutil.rmtree(Path(os.environ["XDG_CACHE_HOME"]) / "koursk")
    assert _all(store_copy) == after_two_changes


def test_the_cache_serves_the_store_whichever_path_names_it(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    read = _count_reads(monkeypatch)
    monkeypatch.chdir(store_copy.parent)
    assert run("--data", "store", "events", "--json").stdout == expected
    monkeypatch.chdir(store_copy / "data")
    assert run("--data", "..", "events", "--json").stdout == expected
    assert read == []


# --- item 1: nothing planted in the cache can run, and nothing there is readable or writable by others --------


def test_a_planted_pickle_never_runs(store_copy: Path, tmp_path: Path) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Payload())
    old_name = cache_path(store_copy).parent / f"store-{zlib.crc32(str(store_copy.resolve()).encode()):08x}.pickle"
    old_name.write_bytes(payload)  # where the pickle cache used to look
    cache_path(store_copy).write_bytes(payload)  # and in place of the SQLite cache
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout) == (0, expected)
    assert not marker.exists()


def test_old_pickle_caches_are_removed_and_nothing_else(store_copy: Path, tmp_path: Path) -> None:
    """A pickle cache of an earlier version holds the whole text of a store: the next cache build removes it. Only
    regular files named exactly like one, owned by the user: other files, and symlinks, stay."""
    folder = cache_path(store_copy).parent
    folder.mkdir(mode=0o700, parents=True)
    old = folder / "store-0badc0de.pickle"
    old.write_bytes(b"old cache")
    kept = [folder / "notes.pickle", folder / "store-0badc0de.pickle.bak", folder / "store-12345678.pickle"]
    kept[0].write_bytes(b"not ours")
    kept[1].write_bytes(b"not ours")
    (tmp_path / "elsewhere").write_bytes(b"a file a link points to")
    kept[2].symlink_to(tmp_path / "elsewhere")
    if os.geteuid() == 0:  # a file someone else owns, in the user's folder: not the user's to remove
        other = folder / "store-feedface.pickle"
        other.write_bytes(b"someone else's")
        os.chown(other, 4321, -1)
        kept.append(other)
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    assert not old.exists()
    assert all(path.is_symlink() or path.exists() for path in kept)
    assert (tmp_path / "elsewhere").read_bytes() == b"a file a link points to"


def test_a_cache_of_koursk_before_the_cache_lock_is_never_shared_and_is_removed(store_copy: Path) -> None:
    """koursk before the cache lock named its cache `store-<digest>.sqlite3` and takes no lock: this one's cache has
    another name, so an older koursk installed beside it never rolls its journal into this one's cache (review65a
    F6). The next build removes the older caches and a journal whose cache is gone; files of other names stay."""
    path = cache_path(store_copy)
    assert path.name.startswith("cache-") and path.name.endswith(".sqlite3")
    path.parent.mkdir(mode=0o700, parents=True)
    old = path.with_name(path.name.replace("cache-", "store-", 1))
    sqlite3.connect(old).executescript("CREATE TABLE meta (key, value); INSERT INTO meta VALUES ('a', 'b');")
    old_journal = old.with_name(old.name + "-journal")
    old_journal.write_bytes(b"an older koursk's journal")
    lone_journal = path.with_name(f"store-{'0' * 32}.sqlite3-journal")  # its cache already gone
    lone_journal.write_bytes(b"a journal whose cache is gone")
    kept = [old.with_name(old.name + ".bak"), path.with_name("store-0badc0de.sqlite3")]
    for other in kept:
        other.write_bytes(b"not a cache of ours")
    first = run("--data", str(store_copy), "events", "--json")
    assert first.exit_code == 0 and json.loads(first.stdout)
    assert run("--data", str(store_copy), "events", "--json").stdout == first.stdout
    assert path.exists() and not old.exists() and not old_journal.exists() and not lone_journal.exists()
    assert all(other.exists() for other in kept)


def test_an_older_cache_s_journal_stays_while_its_cache_does_and_nothing_goes_under_another_s_lock(
    store_copy: Path,
) -> None:
    """A journal goes only once its cache is gone (a cache without the journal of its cut-short update would be read
    as whole by the koursk that made it), and nothing is removed while another koursk holds the cache folder's lock:
    the koursk of session 62 named its cache `store-…` and took that lock to write it (review66a L1, L2)."""
    path = cache_path(store_copy)
    path.parent.mkdir(mode=0o700, parents=True)
    stuck = path.with_name(f"store-{'1' * 32}.sqlite3")
    stuck.mkdir()  # not a regular file: never removed, so its journal stays with it
    stuck_journal = stuck.with_name(stuck.name + "-journal")
    stuck_journal.write_bytes(b"journal")
    locked = path.with_name(f"store-{'2' * 32}.sqlite3")
    locked.write_bytes(b"an older koursk's cache, in its update")
    with cachelock.cache_lock(path, wait_ms=0):  # another koursk's update (the lock is per open file)
        assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    assert stuck.is_dir() and stuck_journal.exists() and locked.exists() and not path.exists()
    # the next build, the folder free: the older cache goes, the stuck one's journal stays
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    assert not locked.exists() and stuck.is_dir() and stuck_journal.exists()


def test_cache_is_private_whatever_the_umask(store_copy: Path) -> None:
    previous = os.umask(0)
    try:
        assert run("--data", str(store_copy), "events", "--json").exit_code == 0
        path = cache_path(store_copy)
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Attempt on the life")
        assert run("--data", str(store_copy), "events", "--json").exit_code == 0  # an update keeps the modes
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert not [p for p in path.parent.iterdir() if p != path]  # no journal or temporary file left
    finally:
        os.umask(previous)


def _plant_title(root: Path, event_id: str, title: str, *, fix_checksum: bool) -> None:
    """Rewrite an event's cached JSON as damage would (the database header kept as it was, so only the row's
    checksum can tell), or with its checksum recomputed as someone with write access to the cache could."""
    import json

    db = _db(root)
    text = db.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()[0]
    db.close()
    record = json.loads(text)
    record["title"]["en"] = title
    planted = json.dumps(record, ensure_ascii=False).replace("'", "''")
    edit_cache(cache_path(root), f"UPDATE events SET json = '{planted}' WHERE id = '{event_id}'", keep_header=True)
    if fix_checksum:
        forge_event_checksums(cache_path(root), f"id = '{event_id}'", keep_header=False)


@pytest.mark.parametrize(
    "unsafe",
    ["folder owned by another user", "file owned by another user", "group-writable folder", "world-writable file"],
)
def test_a_cache_others_could_have_written_is_never_read(store_copy: Path, unsafe: str) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    path = cache_path(store_copy)
    _plant_title(store_copy, "rutte-confirms-deployment", "PLANTED", fix_checksum=True)
    target = path.parent if "folder" in unsafe else path
    if "another user" in unsafe:
        if os.geteuid() != 0:
            pytest.skip("giving a file to another user needs root")
        os.chown(target, 4321, -1)
    else:
        os.chmod(target, 0o770 if "group" in unsafe else 0o606)
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout) == (0, expected)
    assert "PLANTED" not in result.stdout
    assert len(result.stderr.splitlines()) == 1 and "cache not used" in result.stderr
    named = path.parent if "folder" in unsafe else path  # the warning names what is wrong, the folder or the file
    assert result.stderr.rstrip().endswith(f": {named}); this run reads the whole store"), result.stderr


# --- item 2: an edit is seen whatever it keeps of the file's size and times ------------------------------------


@pytest.mark.parametrize("stat_trusted", [False, True], ids=["recent-edit", "old-file"])
def test_a_same_size_edit_with_the_same_mtime_is_seen(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch, stat_trusted: bool
) -> None:
    if stat_trusted:
        monkeypatch.setattr(stamps, "RACY_NS", 0)
    run("--data", str(store_copy), "events", "--json")
    _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT", keep_times=True)
    titles = [e["title"]["en"] for e in run("--data", str(store_copy), "events", "--json").json()]
    assert "Assassination ATTEMPT on Donald Trump" in titles


def test_a_seed_edited_in_place_with_its_times_kept_fails_the_quote_check(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    seed = next((store_copy / "seeds").glob("001_*.txt"))
    before = seed.stat()
    seed.write_bytes(seed.read_bytes().replace(b"Onze mille", b"Douze mille"))
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "sha256 does not match" in result.stderr


def test_check_reads_the_files_never_the_cache(store_copy: Path) -> None:
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    _plant_title(store_copy, "rutte-confirms-deployment", "PLANTED", fix_checksum=True)
    claims = store_copy / "data/claims/troops.yaml"
    _edit(claims, "value: 12000", "value: -1200", keep_times=True)
    result = run("--data", str(store_copy), "check")
    assert result.exit_code == 1 and "below the minimum 0" in result.stdout


# --- item 3: a save during a load never poisons the cache -------------------------------------------------------


def test_a_save_while_koursk_reads_a_file_is_seen_on_the_next_run(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events_file = store_copy / "data/events/background.yaml"
    saved: list[Path] = []

    def read_then_saved(path: Path, store: Path, limit: int | None = None) -> tuple[bytes, Stamp]:
        found = read_stamped(path, store, limit)
        if path == events_file and not saved:  # the user saves just after koursk read the old bytes
            saved.append(path)
            _edit(path, "Assassination attempt", "Assassination ATTEMPT", keep_times=True)
        return found

    monkeypatch.setattr(loader, "read_stamped", read_then_saved)
    monkeypatch.setattr(stamps, "RACY_NS", 0)
    first = run("--data", str(store_copy), "events", "--json").json()
    assert saved and "Assassination attempt on Donald Trump" in [e["title"]["en"] for e in first]
    monkeypatch.setattr(loader, "read_stamped", read_stamped)
    titles = [e["title"]["en"] for e in run("--data", str(store_copy), "events", "--json").json()]
    assert "Assassination ATTEMPT on Donald Trump" in titles


# --- item 4: a cache written by other code is never read --------------------------------------------------------


def _older_build(store: Path, monkeypatch: pytest.MonkeyPatch, *, files: str) -> None:
    """A cache written by another build: another code digest, and its code files stamped as `files`."""
    real = digest.code_digest(loader.schema_path())
    with monkeypatch.context() as older:
        older.setattr(digest, "_code_digest", ["an older build"])
        older.setattr(open_module, "_code_files", lambda: files)
        shutil.rmtree(cache_path(store).parent, ignore_errors=True)
        run("--data", str(store), "events", "--json")
    assert digest.code_digest(loader.schema_path()) == real
    _plant_title(store, "rutte-confirms-deployment", "WRITTEN BY AN OLDER BUILD", fix_checksum=True)


def test_a_cache_from_another_build_is_rebuilt(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    _older_build(store_copy, monkeypatch, files="the older build's files")
    read = _count_reads(monkeypatch)
    assert run("--data", str(store_copy), "events", "--json").stdout == expected
    assert len(read) == len(list((store_copy / "data").glob("*/*.yaml")))


def test_a_cache_from_another_build_is_rebuilt_even_when_its_code_files_were_never_stamped(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    _older_build(store_copy, monkeypatch, files="")  # its code had just changed: no stamp recorded
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def test_a_run_recognises_its_own_cache_by_the_code_files_stamp_without_reading_the_code(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_module, "_code_files", lambda: "these files, as stat describes them")
    expected = run("--data", str(store_copy), "events", "--json").stdout

    def unread(schema: Path) -> str:
        raise AssertionError("the code was read although its stamp matched")

    monkeypatch.setattr(digest, "code_digest", unread)
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def test_a_new_stamp_of_the_same_code_is_checked_by_digest_then_recorded(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reinstall of the same build (new file times, same bytes) keeps the cache, and the next run is fast again."""
    monkeypatch.setattr(open_module, "_code_files", lambda: "before the reinstall")
    expected = run("--data", str(store_copy), "events", "--json").stdout
    monkeypatch.setattr(open_module, "_code_files", lambda: "after the reinstall")
    read = _count_reads(monkeypatch)
    assert run("--data", str(store_copy), "events", "--json").stdout == expected
    assert read == []
    assert dict(_db(store_copy).execute("SELECT key, value FROM meta"))["code_files"] == "after the reinstall"


def test_the_code_files_stamp_changes_with_any_file_and_is_empty_while_one_is_young(tmp_path: Path) -> None:
    package, schema = tmp_path / "koursk_cli", tmp_path / "schema.json"
    (package / "store").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    for path in (package / "a.py", package / "store" / "b.py", schema, package / "__pycache__" / "a.pyc"):
        path.write_text("x = 1\n")
    settled = time.time_ns() + 10**9

    def stamp() -> str:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(digest, "_PACKAGE", package)
            return digest.code_stamp(schema, settled_before_ns=settled)

    first = stamp()
    assert first.count("\n") == 2 and "a.pyc" not in first
    os.utime(package / "store" / "b.py", ns=(10**18, 10**18))
    assert stamp() not in ("", first)
    os.utime(package / "store" / "b.py", ns=(settled, settled))
    assert stamp() == ""


@pytest.mark.parametrize("how", ["in place", "renamed into place"])
def test_a_module_replaced_keeping_its_size_and_mtime_is_another_build(
    how: str, store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cp -p`, `rsync -a`, `tar x` or `touch -r` give a replaced module its old size and mtime: its inode or ctime
    still tell the stamp, so the cache written by the other build is not recognised, and is rebuilt."""
    package = tmp_path / "koursk_cli"
    shutil.copytree(REPO / "koursk_cli", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(digest, "_PACKAGE", package)
    monkeypatch.setattr(open_module, "RACY_NS", 0)  # the copy is settled at once (the window is tested above)

    def recorded_code() -> str:
        code: str = dict(_db(store_copy).execute("SELECT key, value FROM meta"))["code"]
        return code

    monkeypatch.setattr(digest, "_code_digest", [])
    run("--data", str(store_copy), "events", "--json")
    before = recorded_code()
    module = package / "claims.py"
    old = module.stat()
    text = module.read_text()
    changed = text.replace("a", "b", 1)
    assert changed != text and len(changed.encode()) == old.st_size
    if how == "in place":
        module.write_text(changed)
    else:
        (package / "claims.py.new").write_text(changed)
        os.replace(package / "claims.py.new", module)
    os.utime(module, ns=(old.st_atime_ns, old.st_mtime_ns))  # touch -r
    assert (module.stat().st_size, module.stat().st_mtime_ns) == (old.st_size, old.st_mtime_ns)
    monkeypatch.setattr(digest, "_code_digest", [])  # a new process of the other build
    run("--data", str(store_copy), "events", "--json")
    assert recorded_code() != before
    assert recorded_code() == digest.code_digest(loader.schema_path())


def test_blake2b_is_hashlibs_own() -> None:
    """digest.py takes BLAKE2b from CPython's built-in module to spare loading OpenSSL; it must be the same function."""
    import hashlib

    assert vars(digest)["blake2b"] is hashlib.blake2b  # the name digest.py binds, not a public one


def test_the_code_digest_covers_every_module_and_the_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "koursk_cli"
    shutil.copytree(REPO / "koursk_cli", package, ignore=shutil.ignore_patterns("__pycache__"))
    schema = tmp_path / "data" / "schema.json"
    schema.parent.mkdir()
    shutil.copy(REPO / "data" / "schema.json", schema)

    def fresh() -> str:
        monkeypatch.setattr(digest, "_PACKAGE", package)
        monkeypatch.setattr(digest, "_code_digest", [])
        return digest.code_digest(schema)

    first = fresh()
    assert fresh() == first
    (package / "claims.py").write_text((package / "claims.py").read_text() + "\n# a change\n")
    second = fresh()
    schema.write_text(schema.read_text().replace("minimum", "minimum "))
    assert len({first, second, fresh()}) == 3


# --- item 5: a damaged cache is never served --------------------------------------------------------------------


def test_a_damaged_row_is_never_served(store_copy: Path) -> None:
    expected = run("--data", str(store_copy), "events", "--jsonl").stdout
    _plant_title(store_copy, "rutte-confirms-deployment", "NATO confirms nothing", fix_checksum=False)
    result = run("--data", str(store_copy), "events", "--jsonl")
    assert "NATO confirms nothing" not in result.stdout
    assert result.exit_code == 1 and "cache is damaged" in result.stderr
    assert run("--data", str(store_copy), "events", "--jsonl").stdout == expected  # rebuilt on the next run


def test_a_damaged_row_is_never_shown(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    _plant_title(store_copy, "rutte-confirms-deployment", "NATO confirms nothing", fix_checksum=False)
    result = run("--data", str(store_copy), "show", "rutte-confirms-deployment", "--json")
    assert "NATO confirms nothing" not in result.stdout and result.exit_code == 1


def test_a_row_an_index_offers_wrongly_is_never_served(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    trump = "(SELECT rowid FROM events WHERE id = 'trump-assassination-attempt')"
    # a damaged index (the header kept: not an edit through SQLite): Trump's event under Rutte
    edit_cache(cache_path(store_copy), f"INSERT INTO names VALUES (1, 'rutte', {trump})", keep_header=True)
    result = run("--data", str(store_copy), "events", "--actor", "rutte", "--json")
    assert "trump-assassination-attempt" not in result.stdout
    assert result.exit_code == 1


@pytest.mark.parametrize("damage", [b"", b"garbage\x00\xff", None], ids=["empty", "garbage", "truncated"])
def test_a_corrupt_cache_file_is_rebuilt_silently(store_copy: Path, damage: bytes | None) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    path = cache_path(store_copy)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2] if damage is None else damage)
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


# --- updates ----------------------------------------------------------------------------------------------------


def test_an_interrupted_update_leaves_the_previous_cache_valid(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    original = cache_module.Cache.put_entries

    def interrupted(
        self: cache_module.Cache, name: str, entries: loader.FileEntries, kept: cache_module.Reused | None = None
    ) -> None:
        original(self, name, entries, kept)
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_module.Cache, "put_entries", interrupted)
    events_file = store_copy / "data/events/background.yaml"
    _edit(events_file, "Assassination attempt", "Assassination ATTEMPT")
    assert run("--data", str(store_copy), "events", "--json").exit_code == 130
    monkeypatch.setattr(cache_module.Cache, "put_entries", original)
    _edit(events_file, "Assassination ATTEMPT", "Assassination attempt")
    read = _count_reads(monkeypatch)
    assert run("--data", str(store_copy), "events", "--json").stdout == expected
    assert read == []  # the old rows and stamps were kept as they were: the file is back to what they describe


def test_a_mistake_in_a_changed_file_is_reported_at_its_line(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    events_file = store_copy / "data" / "events" / "politics.yaml"
    events_file.write_text(
        events_file.read_text(encoding="utf-8").replace("status: confirmed", "status: sure", 1), encoding="utf-8"
    )
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "politics.yaml:" in result.stderr and "status 'sure' is not one of" in result.stderr


def test_an_id_duplicated_by_a_changed_or_new_file_is_caught_on_a_warm_cache(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    background = store_copy / "data" / "events" / "background.yaml"
    deployment = store_copy / "data" / "events" / "deployment.yaml"
    original = deployment.read_text(encoding="utf-8")
    deployment.write_text(original.replace("id: rutte-confirms-deployment", "id: us-election-trump-wins", 1), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "politics.yaml:4:9: event 'us-election-trump-wins': duplicate id" in result.stderr
    line = 1 + original[: original.index("id: rutte-confirms-deployment")].count("\n")
    assert f"deployment.yaml:{line})" in result.stderr
    deployment.write_text(original, encoding="utf-8")
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    (store_copy / "data" / "events" / "zz-copy.yaml").write_text(background.read_text(encoding="utf-8"), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "zz-copy.yaml" in result.stderr and "duplicate id" in result.stderr


@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_an_id_used_twice_in_one_file_names_its_first_line(store_copy: Path, warm: bool) -> None:
    """The cache kept one mark per id of a file, the last: both rows of an id used twice in one file were written
    at its second line, so the message said « first used by … background.yaml:44 » of the entry at line 44 itself."""
    background = store_copy / "data" / "events" / "background.yaml"
    original = background.read_text(encoding="utf-8")
    first, second = re.findall(r"(?m)^  - id: (\S+)$", original)[:2]
    if warm:
        assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    background.write_text(original.replace(f"id: {second}", f"id: {first}", 1), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    lines = [1 + original[: original.index(f"id: {name}")].count("\n") for name in (first, second)]
    assert result.exit_code == 1
    assert f"background.yaml:{lines[1]}:9: event '{first}': duplicate id" in result.stderr, result.stderr
    assert f"background.yaml:{lines[0]})" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("edited", "old", "new", "other"),
    [
        ("claims/drones.yaml", "id: kyiv-one-quiet-night", "id: us-election-trump-wins", "events/politics.yaml"),
        ("events/politics.yaml", "id: us-election-trump-wins", "id: kyiv-one-quiet-night", "claims/drones.yaml"),
    ],
    ids=["claim-takes-an-event-id", "event-takes-a-claim-id"],
)
def test_an_id_a_changed_file_shares_with_another_kind_of_record_is_caught(
    store_copy: Path, edited: str, old: str, new: str, other: str
) -> None:
    """The update checks the ids of the rows it has just put (held, not read again) against every event and claim
    through both id indexes: an event's id taken by a claim of another file, or a claim's by an event, is a
    duplicate, as a cold load finds it."""
    run("--data", str(store_copy), "events", "--json")
    path = store_copy / "data" / edited
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1 and "duplicate id" in result.stderr, result.stderr
    assert f"{Path(edited).name}:" in result.stderr and Path(other).name in result.stderr, result.stderr


def _traced_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement the cache's connections run from now on, in order."""
    asked: list[str] = []
    connect = cache_module._connect

    def traced(path: str, **options: str) -> sqlite3.Connection:
        connection = connect(path, **options)
        connection.set_trace_callback(asked.append)
        return connection

    monkeypatch.setattr(cache_module, "_connect", traced)
    return asked


def test_an_update_reads_a_changed_file_s_event_rows_once(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The update reads the changed file's old event rows once, to verify and keep them (forget_files): the
    duplicate ids check and the longest span work from the rows it has just put (a file of 1,000 events lies on
    ~1,000 pages of the date-ordered table, each read again by every such statement), and the answers are a cold
    load's."""
    run("--data", str(store_copy), "events", "--json")
    asked = _traced_statements(monkeypatch)
    _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and "Assassination ATTEMPT" in result.stdout, result.stderr
    by_file = [statement for statement in asked if "FROM events WHERE file" in statement]
    assert len(by_file) == 1 and "SELECT rowid, seq" in by_file[0], by_file


def test_an_update_looks_up_the_block_of_a_kept_event_once(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An event an edit keeps with its dates leaves and arrives with the same key: the index of the blocks' bounds is
    asked for its block once (blocks.Stale.found), not as it leaves and again as it arrives (1,000 lookups of a
    changed run at 1,000,000 events); the answers are a cold load's."""
    run("--data", str(store_copy), "events", "--json")
    asked = _traced_statements(monkeypatch)
    edited = store_copy / "data/events/background.yaml"
    _edit(edited, "Assassination attempt", "Assassination ATTEMPT")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and "Assassination ATTEMPT" in result.stdout, result.stderr
    import yaml

    events = len(yaml.safe_load(edited.read_text("utf-8"))["events"])
    assert events > 1
    found = [statement for statement in asked if statement.startswith("SELECT rowid FROM blocks WHERE")]
    assert len(found) == events, (len(found), events)
    original = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))
    assert result.stdout == run("--data", str(store_copy), "events", "--json").stdout


def _modules_a_changed_run_imports(store_copy: Path, tmp_path: Path) -> set[str]:
    """The modules `events --json` imports after one events file of a cached store changed (`-X importtime`)."""
    command = [sys.executable, "-X", "importtime", "-m", "koursk_cli", "--data", str(store_copy), "events", "--json"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=True)  # builds the cache
    _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT")
    changed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert "Assassination ATTEMPT" in changed.stdout
    return {line.rsplit("|", 1)[-1].strip() for line in changed.stderr.splitlines() if line.startswith("import time")}


def test_a_changed_events_file_is_read_without_the_claims_arithmetic(store_copy: Path, tmp_path: Path) -> None:
    """An events file's rows need the event records' fields alone (fields.EVENT): the update imports neither
    records.py nor, through it, the claims arithmetic and the conflicts (~10 ms of a changed run's imports), nor
    OpenSSL, which only a check of the seeds' SHA-256 needs (a changed seed rebuilds the cache)."""
    imported = _modules_a_changed_run_imports(store_copy, tmp_path)
    assert "koursk_cli.store.checks" in imported  # the file was read and checked
    assert not {"koursk_cli.records", "koursk_cli.claims", "koursk_cli.conflicts", "_hashlib"} & imported


def test_a_changed_events_file_is_read_without_pyyaml(store_copy: Path, tmp_path: Path) -> None:
    """A changed events file in the regular layout koursk writes (strings and dates, no number to build) is read by
    the line reader with the resolver table yamlscalars keeps: the changed run never imports PyYAML (~100 M
    instructions, 10-17 ms: its reader's and resolver's expressions compiled), nor libyaml's reader."""
    imported = _modules_a_changed_run_imports(store_copy, tmp_path)
    assert "koursk_cli.store.yamlregular" in imported  # the file was read
    assert not {"yaml", "_yaml", "koursk_cli.store.yamlevents"} & imported


def test_the_cached_context_keeps_no_object_per_source_or_core_id(store_copy: Path) -> None:
    """A changed file's checks parse the core's `context` part whole (1.7 MB at 1,000,000 events) and look up a few
    thousand of its 20,000 publication dates and 20,506 core ids' owners: the part keeps those as sorted ids beside
    columns of plain values (plain.context_part), so parsing it makes a fixed number of lists and mappings (and one
    list per topic's measures, units and decimal units), none per source or id."""
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    with contextlib.closing(_db(store_copy)) as db:
        value = json.loads(db.execute("SELECT body FROM core WHERE part = 'context'").fetchone()[0])

    def containers(found: Any) -> int:
        inside = found.values() if isinstance(found, dict) else found if isinstance(found, list) else ()
        return isinstance(found, dict | list) + sum(map(containers, inside))

    per_topic = sum(len(value[key]) for key in ("measures", "units", "decimal_units"))
    assert len(value["owners"]["ids"]) > len(value["sources"]) > 1
    assert containers(value) == 15 + per_topic


def test_a_changed_file_taking_a_core_id_is_refused_as_a_cold_load_refuses_it(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached context's owners of the core ids, looked up as a changed file's ids ask for them
    (plain.context_from), name the same file and line as a cold load's check: a source's and a topic's id taken."""
    run("--data", str(store_copy), "events", "--json")
    _edit(store_copy / "data/events/background.yaml", "id: full-scale-invasion", "id: cnn")
    _edit(store_copy / "data/events/background.yaml", "id: shell-deliveries-begin", "id: troops")
    warm = run("--data", str(store_copy), "events", "--json")
    original = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))
    cold = run("--data", str(store_copy), "events", "--json")
    assert warm.exit_code == cold.exit_code == 1
    assert "duplicate id 'cnn' (first used by" in warm.stderr and "duplicate id 'troops'" in warm.stderr
    assert warm.stderr == cold.stderr


def test_an_update_has_a_page_cache_of_its_own(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update's dirty pages stay in SQLite's page cache until its commit: its cache has room for a page of each
    event row it writes beside READING_CACHE_KB, so that they leave room for the pages its lookups read again (with
    the default 2 MB alone, none at 1,000,000 events), and the connection reads with its own cache again afterwards."""
    run("--data", str(store_copy), "events", "--json")
    sizes: list[tuple[str, int]] = []
    for name in ("verify", "forget_files", "settled"):
        original = getattr(cache_module.Cache, name)

        def sized(self: cache_module.Cache, *args: Any, name: str = name, original: Any = original, **kw: Any) -> Any:
            sizes.append((name, self.db.execute("PRAGMA cache_size").fetchone()[0]))
            return original(self, *args, **kw)

        monkeypatch.setattr(cache_module.Cache, name, sized)
    _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT")
    assert "Assassination ATTEMPT" in run("--data", str(store_copy), "events", "--json").stdout
    import yaml

    events = len(yaml.safe_load((store_copy / "data/events/background.yaml").read_text("utf-8"))["events"])
    update = ("forget_files", -(cache_module.READING_CACHE_KB + events * 16))  # pages of 16 KB (cacheschema)
    assert sizes[0] == ("verify", -2000) and update in sizes, sizes
    assert all(size == -2000 for name, size in sizes if name != "forget_files"), sizes


def test_an_update_counts_its_own_rows_not_the_tables(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update records the events and claims tables' row counts as it found them recorded plus the rows its own
    statements put and deleted, as SQLite counted them: the run counts those tables once, as it opens the cache
    (verify), not again before its commit (1,000,000 events: ~30 MB of their smallest index read at every update).
    Every count recorded is the table's, through a changed date (a row deleted and one put), a claims file gone and
    back, and the next run finds no damage in them."""
    run("--data", str(store_copy), "events", "--json")
    asked = _traced_statements(monkeypatch)
    moved = store_copy.parent / "drones.yaml"
    edits: list[Callable[[], None]] = [
        lambda: _edit(store_copy / "data/events/background.yaml", "date: 2023-08", "date: 2023-09"),
        lambda: os.replace(store_copy / "data/claims/drones.yaml", moved),
        lambda: os.replace(moved, store_copy / "data/claims/drones.yaml"),
    ]
    for change in edits:
        change()
        asked.clear()
        result = run("--data", str(store_copy), "events", "--json")
        assert result.exit_code == 0 and not result.stderr, result.stderr
        for table in ("events", "claims"):
            assert asked.count(f"SELECT count(*) FROM {table}") == 1, [a for a in asked if "count(*)" in a]
        with _db(store_copy) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            for table in COUNTED:
                assert meta[table] == str(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]), table
    result = run("--data", str(store_copy), "claims", "--json")
    assert result.exit_code == 0 and not result.stderr, result.stderr


def test_a_changed_run_stats_each_listed_file_once(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch, trust_stat: None
) -> None:
    """A run that finds a listed file changed (not a seed) compares the stats of the listed files it took to decide
    whether the seeds could wait for the rows that cite them, and stats only the seeds besides: each file of the
    store once, not the 1,253 listed files of a 1,000,000-event store twice; the answer is a cold load's."""
    run("--data", str(store_copy), "events", "--json")
    run("--data", str(store_copy), "events", "--json")  # settled: every file trusted by its stat
    stated: list[str] = []
    original = open_module._identities

    def counted(root: Path, names: list[str], folder: int | None) -> bytes | None:
        stated.extend(names)
        return original(root, names, folder)

    monkeypatch.setattr(open_module, "_identities", counted)
    _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and "Assassination ATTEMPT" in result.stdout, result.stderr
    assert "data/events/background.yaml" in stated and any(name.startswith("seeds/") for name in stated), stated
    assert len(stated) == len(set(stated)), sorted(name for name in set(stated) if stated.count(name) > 1)
    original_load = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original_load(root, **{**kw, "use_cache": False}))
    assert result.stdout == run("--data", str(store_copy), "events", "--json").stdout


def test_a_removed_file_takes_its_events_with_it(tmp_path: Path) -> None:
    """Removing an events file (none of whose events a claim links to: that would be a broken link, test_links)
    drops exactly its events from a warm cache."""
    root = (
        StoreBuilder()
        .source("alpha", "2024-11-01")
        .event("stays", "2024-10-28", "Stays", ("alpha", "Des troupes à Koursk"))
        .event("goes", "2024-10-29", "Goes", ("alpha", "Un sommet à Moscou"), file="politics")
        .event("goes-too", "2024-10-30", "Goes too", ("alpha", "Un vote à Séoul"), file="politics")
        .claim("figure", "alpha", 12000, "2024-10-28", event="stays")
        .write(tmp_path / "store")
    )
    assert [e["id"] for e in run("--data", str(root), "events", "--json").json()] == ["stays", "goes", "goes-too"]
    (root / "data" / "events" / "politics.yaml").unlink()
    assert [e["id"] for e in run("--data", str(root), "events", "--json").json()] == ["stays"]


def test_a_changed_seed_rechecks_everything(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    seed = next((store_copy / "seeds").glob("001_*.txt"))
    seed.write_bytes(seed.read_bytes().replace(b"Onze mille", b"Douze mille"))
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "sha256 does not match" in result.stderr


def test_an_unwritable_cache_gives_one_warning_and_the_right_answer(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0
    assert len(result.json()) == len(run("events", "--json").json())
    assert len(result.stderr.splitlines()) == 1 and "cache not" in result.stderr


@pytest.mark.parametrize("variable", ["XDG_CACHE_HOME", "HOME"])
def test_a_cache_path_that_is_not_utf8_gives_one_warning_and_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    """rev14 H3: an XDG_CACHE_HOME (or HOME, for ~/.cache) holding a byte that is not UTF-8 made every read command
    end in a traceback (SQLite takes its paths as UTF-8 text), after creating the folder. One warning, the answer
    from the store, and nothing created there."""
    expected = run("events", "--json").stdout
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    folder.mkdir()
    monkeypatch.setenv(variable, str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder) if variable == "XDG_CACHE_HOME" else "")  # empty: ~/.cache
    result = run("events", "--json")
    assert (result.exit_code, result.stdout) == (0, expected)
    cache = f"{tmp_path}/caf\\udce9{'/.cache' if variable == 'HOME' else ''}/koursk"
    assert result.stderr.splitlines() == [
        f"koursk: warning: cache not used (its path is not UTF-8: {cache}); this run reads the whole store"
    ]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("where", ["store", "package"])
def test_a_cache_folder_inside_the_store_or_the_package_is_refused_with_one_warning(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """rev24 F10: XDG_CACHE_HOME inside the installed package (its shipped, read-only store) or inside the store in
    use wrote an 850 KB `koursk/` folder there. Refused like a folder that is not the user's own: one warning, the
    answer from the store, nothing created there."""
    base = store_copy / "data" if where == "store" else shipped.PACKAGE / ".koursk-test-cache"
    expected = run("--data", str(store_copy), "events", "--json").stdout
    monkeypatch.setenv("XDG_CACHE_HOME", str(base))
    try:
        result = run("--data", str(store_copy), "events", "--json")
        assert (result.exit_code, result.stdout) == (0, expected)
        said = "inside the store" if where == "store" else "inside the installed koursk package"
        assert result.stderr.splitlines() == [
            f"koursk: warning: cache not used ({said}: {base}/koursk); this run reads the whole store"
        ]
        assert not (base / "koursk").exists()
    finally:
        if where == "package":
            shutil.rmtree(base, ignore_errors=True)


def test_a_file_hashed_again_with_the_same_bytes_is_stamped_anew(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written moments before its cache was built (`pip install` then `koursk events`) is too young to be
    trusted by its times, so the next run hashes it again; that run keeps the fresh stamp, and the runs after it
    take the stat path (no hashing, no YAML) instead of hashing every file on every run."""
    run("--data", str(store_copy), "events", "--json")  # every file is younger than the racy window here
    a_minute_later = time.time_ns() + 60 * 10**9
    monkeypatch.setattr(stamps, "time", SimpleNamespace(time_ns=lambda: a_minute_later))
    hashed: list[str] = []
    original = read_stamped

    def counted(path: Path, *args: Any) -> Any:
        hashed.append(path.name)
        return original(path, *args)

    monkeypatch.setattr(open_module, "read_stamped", counted)
    first = run("--data", str(store_copy), "events", "--json").stdout
    assert "sources.yaml" in hashed
    hashed.clear()
    assert run("--data", str(store_copy), "events", "--json").stdout == first
    assert hashed == []


def test_a_cached_rows_facts_answer_attribute_probes_as_python_objects_do() -> None:
    # hasattr and getattr with a default expect AttributeError for a name the row has no fact for
    row = indexed._RowFacts(b"\x1f".join([b"0"] * 30))  # a row of numbers, as many parts as any row
    assert not hasattr(row, "no_such_fact")
    assert getattr(row, "no_such_fact", "default") == "default"


def test_a_claim_the_event_index_offers_wrongly_is_never_shown(store_copy: Path) -> None:
    """A claim's `event` column only finds rows: one pointing at another event (damage that left the header alone)
    is caught by the claim's own checked JSON, never shown among that event's figures."""
    run("--data", str(store_copy), "events", "--json")
    edit_cache(
        cache_path(store_copy),
        "UPDATE claims SET event = 'rutte-confirms-deployment' WHERE id = 'zelensky-clashes-deaths'",
        keep_header=True,
    )
    result = run("--data", str(store_copy), "show", "rutte-confirms-deployment", "--json")
    assert "zelensky-clashes-deaths" not in result.stdout
    assert result.exit_code == 1 and "cache is damaged" in result.stderr
    shown = run("--data", str(store_copy), "show", "zelensky-budapest-11000", "--json")  # rebuilt: served again
    assert shown.exit_code == 0 and "zelensky-clashes-deaths" in shown.stdout


def test_a_first_build_stores_the_events_in_date_order_and_leaves_no_staging_file(store_copy: Path) -> None:
    """A date range is a run of neighbouring rows (cache.Cache.move_in_date_order); the names and the words index
    follow the events' new rowids (the SQL = core property tests check the answers); only the cache is left."""
    run("--data", str(store_copy), "events", "--json")
    db = _db(store_copy)
    try:
        by_date = [row[0] for row in db.execute('SELECT rowid FROM events ORDER BY start, "end", id')]
        assert by_date == list(range(1, len(by_date) + 1)) and len(by_date) > 10
        named = db.execute("SELECT count(*) FROM names JOIN events ON events.rowid = names.event").fetchone()[0]
        assert named == db.execute("SELECT count(*) FROM names").fetchone()[0]
    finally:
        db.close()
    assert [p.name for p in cache_path(store_copy).parent.iterdir()] == [cache_path(store_copy).name]


def test_an_interrupted_first_build_leaves_neither_its_temporary_nor_its_staging_file(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = cache_module.Cache.move_in_date_order

    def interrupted(self: cache_module.Cache) -> None:
        raise KeyboardInterrupt  # while the events are being put in date order

    monkeypatch.setattr(cache_module.Cache, "move_in_date_order", interrupted)
    assert run("--data", str(store_copy), "events", "--json").exit_code == 130
    assert list(cache_path(store_copy).parent.iterdir()) == []
    monkeypatch.setattr(cache_module.Cache, "move_in_date_order", original)
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0


def test_a_first_build_stages_its_events_in_pages_as_large_as_the_caches(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event row is 2-3 KB: in SQLite's default 4 KB pages the staging file held one a page, and every row
    inserted, ranked and copied in date order cost a page (performance.md, thirty-second pass)."""
    original = cache_module.Cache.move_in_date_order
    sizes: list[list[int]] = []

    def measured(self: cache_module.Cache) -> None:
        sizes.append([self.db.execute(f"PRAGMA {schema}.page_size").fetchone()[0] for schema in ("main", "staging")])
        original(self)

    monkeypatch.setattr(cache_module.Cache, "move_in_date_order", measured)
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    assert sizes == [[16384, 16384]]


def test_a_fact_column_that_disagrees_with_the_rows_verified_facts_never_adds_it_to_an_answer(
    store_copy: Path,
) -> None:
    """The fact columns only find and order rows; what is verified and tested is the row's `facts` blob, so a
    damaged column (the header kept: not an edit through SQLite) cannot put an event into an answer."""
    run("--data", str(store_copy), "events", "--json")
    edit_cache(
        cache_path(store_copy),
        "UPDATE events SET status = 'denied' WHERE id = 'rutte-confirms-deployment'",
        keep_header=True,
    )
    result = run("--data", str(store_copy), "events", "--status", "denied", "--json")
    assert "rutte-confirms-deployment" not in result.stdout
    assert result.exit_code == 1 and "cache is damaged" in result.stderr


def _seed_edited(root: Path) -> None:
    seed = next((root / "seeds").glob("001_*.txt"))
    before = seed.stat()
    seed.write_bytes(seed.read_bytes().replace(b"Onze mille", b"Douze mille"))
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))


SETTLED_EDITS: dict[str, Callable[[Path], object]] = {
    "events-file-edited-keeping-its-times": lambda root: _edit(
        root / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT", keep_times=True
    ),
    "claims-file-edited-keeping-its-times": lambda root: _edit(
        root / "data/claims/troops.yaml", "value: 12000", "value: 12001", keep_times=True
    ),
    "seed-edited-keeping-its-times": _seed_edited,
    "events-file-removed": lambda root: (root / "data/events/background.yaml").unlink(),
    "events-file-added": lambda root: (root / "data/events/zz-empty.yaml").write_text("events: []\n"),
    "events-file-added-as-yml": lambda root: (root / "data/events/zz-empty.yml").write_text("events: []\n"),
    "events-file-renamed": lambda root: (root / "data/events/background.yaml").rename(root / "data/events/early.yaml"),
    "core-file-edited-keeping-its-times": lambda root: _edit(
        root / "data/entities.yaml", "aliases: [Kiev]", "aliases: [Kyiv]", keep_times=True
    ),
    "seed-removed": lambda root: next((root / "seeds").glob("001_*.txt")).unlink(),
    "events-file-replaced-by-a-folder": lambda root: _replaced_by_folder(root / "data/events/background.yaml"),
    "events-file-replaced-by-a-link-to-an-edited-copy": lambda root: _replaced_by_edited_link(
        root / "data/events/background.yaml"
    ),
    "file-named-with-a-line-break-added": lambda root: (root / "data/events/zz\n.yaml").write_text("events: []\n"),
}


def _replaced_by_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _replaced_by_edited_link(path: Path) -> None:
    """The file moved out of the store, edited keeping its size and times, and linked back under its name."""
    moved = path.parent.parent.parent / path.name
    path.rename(moved)
    _edit(moved, "Assassination attempt", "Assassination ATTEMPT", keep_times=True)
    path.symlink_to(moved)


@pytest.mark.parametrize("edit", SETTLED_EDITS)
def test_files_found_all_trusted_are_compared_at_once_and_any_edit_is_still_seen(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trust_stat: None, edit: str
) -> None:
    """A run that finds every file trusted records their identities as one text (cache.Settled); the next run
    compares the names the store's folders list and the stats of its files with it, reading neither the files table
    nor the store's listing with its checks (store_files). Any edit, even keeping a file's size and times, a file
    added, removed, renamed, replaced by a folder or a link, or named so that it cannot be recorded, then gives what
    a cache built from scratch gives."""
    run("--data", str(store_copy), "events", "--json")  # builds
    run("--data", str(store_copy), "events", "--json")  # finds every file trusted: records them
    with monkeypatch.context() as patch:
        patch.setattr(cache_module.Cache, "files", lambda _: pytest.fail("the files table was read"))
        patch.setattr(open_module, "store_files", lambda _: pytest.fail("store_files listed and stat'ed the files"))
        assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    SETTLED_EDITS[edit](store_copy)
    commands = (["events", "--json"], ["claims", "--json"], ["events", "--since", "2024-11", "--jsonl"])
    found = [run("--data", str(store_copy), *args) for args in commands]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-cache"))
    expected = [run("--data", str(store_copy), *args) for args in commands]
    assert [(r.exit_code, r.stdout) for r in found] == [(r.exit_code, r.stdout) for r in expected]


def _fresh_answers(root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """What a cache built from scratch answers, for the commands the freshness tests compare."""
    with monkeypatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path / f"fresh-cache-{time.time_ns()}"))
        return _answers(root)


def _answers(root: Path) -> list[tuple[int, str]]:
    commands = (["events", "--json"], ["claims", "--json"], ["events", "--since", "2024-11", "--jsonl"])
    return [(result.exit_code, result.stdout) for result in (run("--data", str(root), *args) for args in commands)]


def test_a_changed_file_and_the_run_after_it_look_up_that_file_alone(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trust_stat: None
) -> None:
    """The settled record is kept through an update: the run that finds one file changed compares every file's
    stat with it at once and looks up that file alone in the files table, and so does the run after it while the
    file was read too soon after its change to vouch for it (hashed again then); neither walks the files table nor
    lists the store with its checks. Their answers are a fresh cache's."""
    run("--data", str(store_copy), "events", "--json")  # builds
    run("--data", str(store_copy), "events", "--json")  # finds every file trusted: records them
    looked_up: list[list[str]] = []
    original = cache_module.Cache.files_named

    def files_named(self: cache_module.Cache, names: list[str]) -> list[tuple[str, str, str, str, int]]:
        looked_up.append(names)
        return original(self, names)

    with monkeypatch.context() as patch:
        patch.setattr(cache_module.Cache, "files", lambda _: pytest.fail("the files table was walked"))
        patch.setattr(open_module, "store_files", lambda _: pytest.fail("store_files listed and stat'ed the files"))
        patch.setattr(cache_module.Cache, "files_named", files_named)
        patch.setattr(stamps, "RACY_NS", 3_000_000_000)  # the edit is too recent for its identity to vouch for it
        _edit(store_copy / "data/events/background.yaml", "Assassination attempt", "Assassination ATTEMPT")
        changed = _answers(store_copy)  # the first of these updates, the others find the store as it left it
        patch.setattr(stamps, "RACY_NS", 0)  # now it may: looked up once more, then settled
        after = _answers(store_copy)
    assert looked_up == [["data/events/background.yaml"]] * 4
    assert changed == after == _fresh_answers(store_copy, tmp_path, monkeypatch)
    assert "Assassination ATTEMPT" in changed[0][1]


def _cited(path: Path) -> list[str]:
    """The sources an events file's evidence cites, once each, sorted (read without koursk)."""
    import yaml

    return sorted(
        {e["source"] for event in yaml.safe_load(path.read_text("utf-8"))["events"] for e in event["evidence"]}
    )


def test_a_changed_file_is_checked_in_one_read_transaction(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sources and seed texts a changed file's checks look up are read inside one transaction (one shared lock
    for all of them), which ends before the update writes, and all at once: each table once for the sources the file
    cites (not one statement per citation: ~3,900 at 1,000,000 events), the sources' rows verified and none parsed
    (their publication dates are the cached context's); the answers are a fresh cache's, and a quote the edit broke
    is still refused against the cached seed."""
    run("--data", str(store_copy), "events", "--json")  # builds
    inside: list[tuple[str, list[str], bool]] = []
    for name in ("seed_texts", "sources_held", "source_rows"):
        original = getattr(cache_module.Cache, name)

        def looked_up(self: cache_module.Cache, sources: list[str], name: str = name, original: Any = original) -> Any:
            inside.append((name, sources, self.db.in_transaction))
            return original(self, sources)

        monkeypatch.setattr(cache_module.Cache, name, looked_up)
    edited = store_copy / "data/events/background.yaml"
    _edit(edited, "Assassination attempt", "Assassination ATTEMPT")
    assert "Assassination ATTEMPT" in run("--data", str(store_copy), "events", "--json").stdout
    cited = _cited(edited)
    assert len(cited) > 1
    assert inside == [("seed_texts", cited, True), ("sources_held", cited, True)]
    assert _answers(store_copy) == _fresh_answers(store_copy, tmp_path, monkeypatch)
    _edit(edited, "quote: ", "quote: not in the article ")
    refused = run("--data", str(store_copy), "events", "--json")
    assert refused.exit_code == 1 and "background.yaml:" in refused.stderr


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE seeds SET body = CAST(replace(CAST(body AS TEXT), 'e', 'E') AS BLOB) WHERE source = '{source}'",
        "UPDATE sources SET body = CAST(replace(CAST(body AS TEXT), '\"id\"', '\"id\" ') AS BLOB) WHERE id = '{source}'",
        "UPDATE sources SET id = 'zz-' || id WHERE id = '{source}'",
    ],
    ids=["seed-text-changed", "source-row-changed", "source-id-changed"],
)
def test_a_damaged_row_a_changed_file_cites_is_never_used(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    """The rows read at once for a changed file's checks are each verified: a seed text or source row changed
    behind koursk's back (the header kept), or a source row moved to another id, is damage found by that update
    (one warning), and the answers are a fresh cache's."""
    run("--data", str(store_copy), "events", "--json")  # builds
    edited = store_copy / "data/events/background.yaml"
    edit_cache(cache_path(store_copy), damage.format(source=_cited(edited)[-1]), keep_header=True)
    _edit(edited, "Assassination attempt", "Assassination ATTEMPT")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and "Assassination ATTEMPT" in result.stdout
    assert len(result.stderr.splitlines()) == 1 and "cache is damaged" in result.stderr, result.stderr
    assert _answers(store_copy) == _fresh_answers(store_copy, tmp_path, monkeypatch)


@pytest.mark.parametrize("edit", SETTLED_EDITS)
def test_an_edit_right_after_an_update_is_still_seen(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trust_stat: None, edit: str
) -> None:
    """The settled record an update writes says what every file then was: any edit made right after it, to the
    file it read or to any other, is seen by the next run, which answers as a cache built from scratch."""
    run("--data", str(store_copy), "events", "--json")
    run("--data", str(store_copy), "events", "--json")
    _edit(store_copy / "data/events/background.yaml", "full-scale invasion of", "full-scale INVASION of")
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0  # the update, through the record
    SETTLED_EDITS[edit](store_copy)
    assert _answers(store_copy) == _fresh_answers(store_copy, tmp_path, monkeypatch)


def test_an_update_interrupted_as_it_records_the_files_leaves_the_previous_cache_valid(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trust_stat: None
) -> None:
    """The settled record is written in the update's transaction: interrupted there, the update leaves the cache
    and its record as they were, and the next run makes it again."""
    run("--data", str(store_copy), "events", "--json")
    run("--data", str(store_copy), "events", "--json")
    with monkeypatch.context() as patch:

        def interrupted(self: cache_module.Cache, settled: stamps.Settled) -> None:
            raise KeyboardInterrupt

        patch.setattr(cache_module.Cache, "put_settled", interrupted)
        _edit(store_copy / "data/events/background.yaml", "full-scale invasion of", "full-scale INVASION of")
        assert run("--data", str(store_copy), "events", "--json").exit_code == 130
    assert _answers(store_copy) == _fresh_answers(store_copy, tmp_path, monkeypatch)


def test_identities_that_differ_are_found_at_their_positions() -> None:
    """stamps.differing against a comparison of every identity, for changes anywhere among many files."""
    numbers = [(1, position, 10, position * 7, position * 9) for position in range(1000)]
    packed = stamps.packed_identities(numbers)
    assert packed is not None
    for changed in ([], [0], [999], [3, 4, 500], list(range(0, 1000, 37))):
        found = stamps.repacked(packed, {position: (2, position, 10, 0, 0) for position in changed})
        assert found is not None
        assert sorted(stamps.differing(packed, found)) == changed


def test_show_event_reads_the_sources_it_cites_and_not_every_source(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show EVENT` builds its event's sources from their own rows, each verified (the damage tests are in
    test_cache_tamper.py, source-*): at 1,000,000 events, parsing the core's `source` and `context` parts (6 MB of
    JSON for 20,000 articles) was most of its cost. A listing of every source still reads them."""
    expected = run("--data", str(store_copy), "show", "rutte-confirms-deployment", "--json").stdout
    parsed: list[str] = []
    original = cache_module.Cache.core_part

    def core_part(self: cache_module.Cache, part: str) -> Any:
        parsed.append(part)
        return original(self, part)

    monkeypatch.setattr(cache_module.Cache, "core_part", core_part)
    shown = run("--data", str(store_copy), "show", "rutte-confirms-deployment", "--json")
    assert (shown.exit_code, shown.stdout) == (0, expected)
    assert not {"source", "context"} & set(parsed), parsed
    listed = run("--data", str(store_copy), "sources", "--json")
    assert listed.exit_code == 0 and {"source", "context"} <= set(parsed)


def test_an_sqlite_without_fts5_builds_a_cache_it_then_trusts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """review63c: where SQLite has no FTS5, the failed CREATE VIRTUAL TABLE of a build (inside its transaction,
    without a journal) left its row in the file, a table the schema check did not expect: every run warned that the
    cache was changed outside koursk and rebuilt it. An unknown module stands for the missing FTS5."""
    root = tmp_path / "store"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "seeds", root / "seeds")
    monkeypatch.setattr(cache_module, "FTS", "CREATE VIRTUAL TABLE event_words USING no_such_module(words)")
    cache_module._tables_koursk_makes.cache_clear()
    try:
        expected = run("--data", str(root), "events", "--text", "rutte", "--json")
        again = run("--data", str(root), "events", "--text", "rutte", "--json")
    finally:
        cache_module._tables_koursk_makes.cache_clear()
    assert (expected.exit_code, expected.stderr, again.stderr) == (0, "", "")
    assert json.loads(again.stdout) == json.loads(expected.stdout) != []
