"""The write paths' faults (rev12 L2, L4, L7, L8 and the rest): a full disk, names long in bytes, an empty --data, a
config that is a folder, a locked store, hard links, flushing to disk, a second Ctrl-C during a rollback, and SQLite's
temporary in a shared folder. Each drives the real CLI (in-process, or a real process when a signal or another
process is part of the story); races are forced by hooks (tests/hooks), never by sleeping."""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from koursk_cli import atomic
from koursk_cli.atomic import TEMPORARY_NAME as atomic_names
from koursk_cli.store import lock
from tests.conftest import REPO, Run, run
from tests.test_hostile import ARTICLE, ARTICLE_B, HOOKS

ROOT = os.geteuid() == 0


def _koursk(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "koursk_cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env=_environment(env or {}),
    )


def _environment(extra: dict[str, str]) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(HOOKS), str(REPO), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "NO_COLOR": "1", "PYTHONPATH": path, **extra}


def _store(tmp_path: Path) -> Path:
    target = tmp_path / "work"
    assert run("init", str(target)).exit_code == 0
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return target


def _files(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes (the store's lock file aside: taking it is no write)."""
    found = sorted(p for p in folder.rglob("*") if not p.is_dir() and p.name != lock.LOCK_NAME)
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"?" for p in found}


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if not line.startswith("  hint:")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# --- L2: a full disk names the file being written, never the file copied from; nothing is left ---------------------

WRITES = {
    "export csv": lambda store, out: ["--data", str(store), "export", "csv", "-o", str(out / "x.csv")],
    "export sqlite": lambda store, out: ["--data", str(store), "export", "sqlite", "-o", str(out / "x.db")],
    "report": lambda store, out: ["--data", str(store), "report", "-o", str(out / "x.html")],
    "init": lambda store, out: ["init", str(out / "new" / "store")],
    "extract --write": lambda store, out: [
        *("--data", str(store), "extract", str(store.parent / "a.txt")),
        *("--published", "2024-11-08", "--write"),
    ],
}
NAMED = {
    "export csv": "x.csv",
    "export sqlite": "x.db",
    "report": "x.html",
    "init": "new/store/data/",
    "extract --write": "seeds/005_a.txt",
}


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs holding a working store, filled to the last byte (root only: mounting needs it)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if (
        not ROOT
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=False).returncode
    ):
        pytest.skip("mounting a small tmpfs needs root (test_a_file_size_limit_… covers the same code as any user)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path) -> None:
    with open(disk / "filler", "wb", buffering=0) as stream, contextlib.suppress(OSError):
        while True:
            stream.write(b"\0" * 4096)


@pytest.mark.parametrize("command", list(WRITES))
def test_a_full_disk_names_the_file_being_written_and_leaves_nothing(full_disk: Path, command: str) -> None:
    store = _store(full_disk)
    out = full_disk / "out"
    out.mkdir()
    _fill(full_disk)
    before = _files(full_disk)
    result = _koursk(*WRITES[command](store, out), env={"XDG_CACHE_HOME": str(full_disk.parent / "cache")})
    assert result.returncode == 1, result.stderr
    line = _one_line(result.stderr)
    assert "No space left on device" in line or "database or disk is full" in line
    assert f"cannot write {full_disk}" in line and NAMED[command] in line, line
    assert _files(full_disk) == before
    assert not (out / "new").exists()


@pytest.mark.parametrize("command", list(WRITES))
def test_a_file_size_limit_names_the_file_being_written_and_leaves_nothing(tmp_path: Path, command: str) -> None:
    store = _store(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with open(store / "data" / "sources.yaml", "a", encoding="utf-8") as stream:  # over the limit: extract rewrites it
        stream.write("# a comment that makes the file larger than the limit\n" * 300)
    assert _koursk("--data", str(store), "events").returncode == 0  # the cache is made before the limit
    before = _files(tmp_path)
    script = "ulimit -f 16; exec " + " ".join(
        f"'{a}'" for a in [sys.executable, "-m", "koursk_cli", *WRITES[command](store, out)]
    )
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=120, check=False, env=_environment({})
    )
    assert result.returncode == 1, result.stderr
    line = _one_line(result.stderr)
    assert f"cannot write {tmp_path}" in line, line
    assert "File too large" in line or "disk I/O error" in line, line  # SQLite's words for EFBIG
    assert _files(tmp_path) == before
    assert not (out / "new").exists()


# --- L4: a name is limited in bytes, and a temporary must fit the limit too ---------------------------------------


@pytest.mark.parametrize("command", ["csv", "sqlite", "report"])
def test_a_long_non_ascii_name_within_the_limit_is_written(tmp_path: Path, command: str) -> None:
    target = tmp_path / ("😀" * 61 + ".db")  # 247 bytes: its temporary's name, cut by characters, was over 255
    args = ["report", "-o", str(target)] if command == "report" else ["export", command, "-o", str(target)]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("args", [["export", "csv", "-o"], ["report", "-o"], ["init"]])
def test_a_name_over_the_limit_in_bytes_is_one_line(tmp_path: Path, args: list[str]) -> None:
    target = tmp_path / ("é" * 130)  # 130 characters, 260 bytes
    result = run(*args, str(target))
    assert result.exit_code == 2, result.stderr
    assert "the name is 260 bytes long in UTF-8; a name here holds at most 255 bytes" in _one_line(result.stderr)
    assert list(tmp_path.iterdir()) == []


# --- L7: what used to be silent ------------------------------------------------------------------------------------


def test_an_empty_data_option_is_refused_not_read_as_the_shipped_store() -> None:
    result = run("--data", "", "events")
    assert result.exit_code == 2
    assert _one_line(result.stderr) == "koursk: error: --data is empty"


def test_a_config_path_that_is_a_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "koursk" / "config.toml").mkdir(parents=True)
    result = run("events")
    assert result.exit_code == 2
    assert "config.toml: not a regular file, so koursk cannot read its config" in _one_line(result.stderr)


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda config: config.symlink_to(config.name), "Too many levels of symbolic links"),
        (lambda config: config.symlink_to("elsewhere.toml"), "config.toml: a symlink to nothing"),
    ],
    ids=["symlink-loop", "dangling-symlink"],
)
def test_a_config_path_koursk_cannot_read_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Callable[[Path], None], said: str
) -> None:
    """rev16 L4: a config file that is a symlink loop or a symlink to nothing silently gave the shipped store (the
    rev12 L7 rule, never a silent read of the shipped store, covered a folder only). A config folder koursk may not
    search takes the same path as the loop (any other OSError of the stat), which a suite run as root cannot show."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "koursk").mkdir()
    make(tmp_path / "koursk" / "config.toml")
    result = run("sources")
    assert result.exit_code == 2 and result.stdout == ""
    assert said in _one_line(result.stderr)


def test_a_bad_data_path_in_the_config_names_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rev16 L5: the message and hint spoke of `--data DIR (or KOURSK_DATA)`, which the user never gave; the path
    came from the config file, resolved against its folder. Both now name the file and its line."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    config = tmp_path / "koursk" / "config.toml"
    config.parent.mkdir()
    config.write_text('data = "ws"', encoding="utf-8")
    result = run("events")
    assert result.exit_code == 2 and result.stdout == ""
    first, hint = result.stderr.splitlines()
    assert first == f'koursk: error: store {config.parent}/ws: no such directory (from {config}: data = "ws")'
    assert "the config file's data names a folder" in hint and "--data DIR (or KOURSK_DATA)" not in hint


@contextlib.contextmanager
def _locked(store: Path) -> Iterator[None]:
    """Another writer holding the store's lock (a lock of its own open file: flock locks conflict across them)."""
    with open(store / "data" / lock.LOCK_NAME, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


def test_a_write_waiting_for_the_lock_says_so_once_and_goes_on_when_it_is_free(tmp_path: Path) -> None:
    store = _store(tmp_path)
    command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "extract", str(tmp_path / "a.txt")]
    with _locked(store):
        waiting = subprocess.Popen(
            [*command, "--published", "2024-11-08", "--write"],
            stderr=subprocess.PIPE,
            text=True,
            env=_environment({}),
        )
        assert waiting.stderr is not None
        said = select.select([waiting.stderr], [], [], 60)[0]  # a guard against a silent wait, not a timing
        if not said:
            waiting.kill()
        assert said, "koursk waits for the lock without saying so"
        first = waiting.stderr.readline()
        assert first.startswith("koursk: another koursk is writing this store"), first
        assert f"waiting for it, at most {lock.WAIT_SECONDS} s" in first
    rest = waiting.stderr.read()
    assert waiting.wait(timeout=120) == 0, rest
    assert "another koursk" not in rest and "koursk extract: wrote" in rest


def test_a_write_gives_up_on_a_lock_held_past_the_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    before = _files(store)
    monkeypatch.setattr(lock, "WAIT_SECONDS", 0)
    with _locked(store):
        result = run("--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write")
    assert result.exit_code == 1
    said = result.stderr.splitlines()
    assert said[0].startswith("koursk: another koursk is writing this store") and len(said) == 3, result.stderr
    assert (
        said[1].startswith("koursk: error: another koursk kept this store locked") and "nothing was written" in said[1]
    )
    assert _files(store) == before


# --- L8: hard links are never split, and what is renamed into place is on the disk first ------------------------


def test_an_export_over_a_hard_linked_file_is_refused_and_both_names_keep_it(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("old\n", encoding="utf-8")
    os.link(tmp_path / "a.csv", tmp_path / "b.csv")
    result = run("export", "csv", "-o", str(tmp_path / "a.csv"), "--force")
    assert result.exit_code == 2
    assert "a.csv has 2 hard links" in _one_line(result.stderr)
    assert (tmp_path / "a.csv").stat().st_ino == (tmp_path / "b.csv").stat().st_ino
    assert (tmp_path / "b.csv").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_extract_write_into_a_hard_linked_sources_file_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    os.link(store / "data" / "sources.yaml", tmp_path / "sources-backup.yaml")
    before = _files(store)
    result = run("--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write")
    assert result.exit_code == 2
    assert "sources.yaml has 2 hard links" in _one_line(result.stderr)
    assert _files(store) == before
    assert (store / "data" / "sources.yaml").stat().st_nlink == 2
    hint = result.stderr.split("first: ", 1)[1].strip()  # rev16 L8: it gives this store its own copy, nothing else
    assert hint.startswith("cp ") and subprocess.run(hint, shell=True, check=False).returncode == 0
    again = run("--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write")
    assert again.exit_code == 0, again.stderr
    assert (tmp_path / "sources-backup.yaml").read_bytes() == before["data/sources.yaml"]


@pytest.mark.parametrize("command", ["csv", "sqlite", "extract"])
def test_a_file_is_on_the_disk_before_its_name_and_its_folder_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    store = _store(tmp_path)
    steps: list[tuple[str, int]] = []
    fsync, replace, link = os.fsync, os.replace, os.link

    def synced(fd: int) -> None:
        steps.append(("sync", os.fstat(fd).st_ino))
        fsync(fd)

    def placed(step: str, real: Callable[..., None]) -> Callable[..., None]:
        """`real` is os.replace, os.link or atomic.move_new: each takes (source, target) and its own keywords."""

        def doing(source: str | Path, target: str | Path, **kwargs: object) -> None:
            real(source, target, **kwargs)
            if not str(target).startswith(str(tmp_path)):
                return  # the cache: rebuilt from the store when lost
            steps.append((step, os.stat(target).st_ino))
            steps.append((f"{step} into", os.stat(Path(target).parent).st_ino))

        return doing

    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "replace", placed("rename", replace))
    monkeypatch.setattr(os, "link", placed("link", link))
    monkeypatch.setattr(atomic, "move_new", placed("rename", atomic.move_new))
    if command == "extract":
        args = ["extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    else:
        args = ["export", command, "-o", str(tmp_path / f"out.{command}")]
    result = run("--data", str(store), *args)
    monkeypatch.undo()
    assert result.exit_code == 0, result.stderr
    placements = [(index, step, inode) for index, (step, inode) in enumerate(steps) if step in ("rename", "link")]
    assert placements
    for index, step, inode in placements:
        assert ("sync", inode) in steps[:index], f"{step} of a file not on the disk yet: {steps}"
        folder = steps[index + 1][1]
        assert ("sync", folder) in steps[index + 2 :], f"its folder is never flushed: {steps}"


# --- a second Ctrl-C during a rollback waits for it to finish -----------------------------------------------------


def test_a_second_ctrl_c_during_the_rollback_still_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    store = _store(tmp_path)
    before = _files(store)
    result = _koursk(
        *("--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"),
        env={"KOURSK_TEST_SIGINT_TWICE": "1"},
    )
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr
    assert _files(store) == before  # no seed, events or claims file left linked in, no temporary
    assert run("--data", str(store), "check").exit_code == 0


# --- SQLite's temporary in a folder others may write ---------------------------------------------------------------


def test_sqlite_never_writes_through_a_temporary_swapped_in_a_shared_folder(tmp_path: Path) -> None:
    shared, victim = tmp_path / "shared", tmp_path / "victim"
    shared.mkdir()
    victim.mkdir()
    (victim / "victim.db").write_bytes(b"")  # an empty file: SQLite would make it a database
    result = _koursk(
        "export", "sqlite", "-o", str(shared / "out.db"), env={"KOURSK_TEST_SWAP_TEMPORARIES": f"{shared}:{victim}"}
    )
    assert (victim / "victim.db").read_bytes() == b""
    assert result.returncode == 2, result.stderr
    assert "was replaced while koursk wrote into it; nothing was written" in _one_line(result.stderr)
    assert not (shared / "out.db").exists()


# --- rev16 H3: killed (kill -9, a power cut) at any step, a write leaves a store that reads, and the next one works --


def _placed(folder: Path) -> dict[str, bytes]:
    """`_files`, without the temporaries a killed run leaves (removed by a later write once an hour old)."""
    return {name: data for name, data in _files(folder).items() if not atomic_names.fullmatch(Path(name).name)}


def _killed_at_each_step(
    make: Callable[[Path, dict[str, str]], subprocess.CompletedProcess[str]],
    tmp_path: Path,
    hook: str = "KOURSK_TEST_KILL_AT",
) -> Iterator[Path]:
    """Run `make(folder, env)` killed right before its 1st, 2nd, … link or rename into `folder` (or file copy, with
    `hook` KOURSK_TEST_KILL_AT_COPY), until a run is not killed; yield each killed run's folder."""
    for step in range(1, 40):
        folder = tmp_path / f"killed-{hook[-4:]}-{step}"
        result = make(folder, {hook: f"{folder}:{step}"})
        if result.returncode == 0:
            assert step > 2, "the hook never fired"
            return
        assert result.returncode == -9, result.stderr
        yield folder
    raise AssertionError("never finished")


def test_extract_write_killed_at_any_step_leaves_a_store_that_reads_and_can_be_run_again(tmp_path: Path) -> None:
    store = _store(tmp_path)
    args = ["extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    done = tmp_path / "done"
    shutil.copytree(store, done, symlinks=True)
    assert run("--data", str(done), *args).exit_code == 0

    def killed(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        shutil.copytree(store, folder, symlinks=True)
        return _koursk("--data", str(folder), *args, env=env)

    for folder in _killed_at_each_step(killed, tmp_path):
        assert run("--data", str(folder), "--drafts", "events").exit_code == 0, folder  # never a source-less event
        again = run("--data", str(folder), *args)
        assert again.exit_code == 0, again.stderr
        assert _placed(folder) == _placed(done)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_what_a_killed_write_leaves_stays_out_of_git_status(tmp_path: Path) -> None:
    """rev18 L12: data/.gitignore did not reach seeds/, where a killed write leaves the seed's temporary."""
    store = _store(tmp_path)
    git = ["git", "-c", "user.name=k", "-c", "user.email=k@example.invalid"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "init"]):
        subprocess.run([*git, "-C", str(store), *command], check=True)
    args = ["extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]

    def killed(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        shutil.copytree(store, folder, symlinks=True)
        return _koursk("--data", str(folder), *args, env=env)

    for folder in _killed_at_each_step(killed, tmp_path):
        status = subprocess.run(
            [*git, "-C", str(folder), "status", "--porcelain", "-uall"], check=True, capture_output=True, text=True
        ).stdout
        assert [line for line in status.splitlines() if ".koursk-" in line] == [], folder


def _move_the_events_out(store: Path) -> None:
    """The usual curation: the draft's events, titles filled, appended to a thematic file; the draft removed."""
    events = store / "data" / "events" / "a.yaml"
    text = events.read_text(encoding="utf-8")
    moved = text[text.index("  - id:") :].replace("TODO: English title", "Zelensky: 11,000 in Kursk")
    front = store / "data" / "events" / "front.yaml"
    front.write_text(front.read_text(encoding="utf-8") + "\n" + moved, encoding="utf-8")
    events.unlink()


def _fill_in(relative: str) -> Callable[[Path], None]:
    def edit(store: Path) -> None:
        path = store / relative
        path.write_text(path.read_text(encoding="utf-8").replace("TODO: English title", "Zelensky on the troops"))

    return edit


def _extract_write(store: Path, article: Path) -> Run:
    return run("--data", str(store), "extract", str(article), "--published", "2024-11-08", "--write")


@pytest.mark.parametrize(
    "edit",
    [_move_the_events_out, _fill_in("data/sources.yaml"), _fill_in("data/events/a.yaml")],
    ids=["events-moved-to-another-file", "source-title-filled", "event-title-filled"],
)
def test_a_killed_write_a_curator_built_on_is_finished_not_cut_in_the_middle(
    tmp_path: Path, edit: Callable[[Path], None]
) -> None:
    """rev18 H2: killed before its claims, a write left the seed, the source and the events; the curator then built
    on them. The next write undid everything placed after the first file changed (the events draft, a source's only
    events), or, the events moved out, took the draft for never placed and undid the source and the seed their
    moved events cite: a store no command would open. Now a write built on is finished from its staged copies."""
    store = _store(tmp_path)
    done = tmp_path / "done"
    shutil.copytree(store, done, symlinks=True)
    assert _extract_write(done, tmp_path / "a.txt").exit_code == 0
    args = ["--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    assert _koursk(*args, env={"KOURSK_TEST_KILL_AT": f"{store}:5"}).returncode == -9  # the claims not placed
    edit(store)
    edited = _placed(store)
    assert edited.pop("data/.koursk-write.journal")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    again = _extract_write(store, tmp_path / "b.txt")
    assert again.exit_code == 0, again.stderr
    said = again.stderr.splitlines()[0]
    assert said.startswith("koursk extract: finished what an interrupted extract --write had begun, as "), said
    assert said.endswith(f": wrote {store}/data/claims/a.yaml"), said
    after = _placed(store)
    assert after["data/claims/a.yaml"] == _placed(done)["data/claims/a.yaml"]
    sources = "data/sources.yaml"
    assert after[sources].startswith(edited[sources].rstrip(b"\n"))  # b's source appended, the curator's kept
    assert {name: after[name] for name in edited if name != sources} == {
        k: v for k, v in edited.items() if k != sources
    }
    assert run("--data", str(store), "--drafts", "events").exit_code == 0  # the store opens: no source is missing
    refused = _extract_write(store, tmp_path / "a.txt")
    assert refused.exit_code == 1 and "already in the store as source 'a'" in refused.stderr


def test_a_killed_write_that_cannot_be_finished_says_what_is_missing_and_how_to_redo_it(tmp_path: Path) -> None:
    """rev18 H2: a write built on (its seed removed) whose next step the curator changed too (sources.yaml) can be
    neither undone nor finished: a change is never overwritten. The next write says what is missing and how to redo
    it, where it said nothing."""
    store = _store(tmp_path)
    args = ["--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    assert _koursk(*args, env={"KOURSK_TEST_KILL_AT": f"{store}:3"}).returncode == -9  # the seed in place, no more
    (store / "seeds" / "005_a.txt").unlink()
    with (store / "data" / "sources.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# the curator's note\n")
    edited = _placed(store)
    assert edited.pop("data/.koursk-write.journal")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    again = _extract_write(store, tmp_path / "b.txt")
    assert again.exit_code == 0, again.stderr
    data = store / "data"
    assert again.stderr.splitlines()[0] == (
        f"koursk extract: could not finish what an interrupted extract --write had begun ({store}/seeds/005_a.txt "
        f"was changed or removed since it was put in place; {data}/sources.yaml was changed since, and a change is "
        f"never overwritten): did not write {data}/sources.yaml, {data}/events/a.yaml, {data}/claims/a.yaml; to "
        "redo the article, take what is left of it out of the store (source 'a' in data/sources.yaml, its seed in "
        "seeds/), then run `koursk extract` on it again with --write"
    )
    assert b"# the curator's note\n" in _placed(store)["data/sources.yaml"]
    assert not any(name.endswith(("a.yaml", "_a.txt")) for name in _placed(store)), _placed(store)
    assert set(edited) < set(_placed(store))
    assert _extract_write(store, tmp_path / "a.txt").exit_code == 0  # redone as the line says


def test_check_tells_of_a_killed_write_until_the_next_write_settles_it(tmp_path: Path) -> None:
    """rev23: a store a killed `extract --write` left half written (its source and seed in, its events not) is valid
    at every step, so `check` called it valid and said nothing of the article half in it; it says so now, as a
    warning (exit 1 with --strict), until the next write settles it."""
    store = _store(tmp_path)
    args = ["--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    assert _koursk(*args, env={"KOURSK_TEST_KILL_AT": f"{store}:4"}).returncode == -9  # the events file placed
    journal = store / "data" / ".koursk-write.journal"
    told = (
        f"{journal}:1:1: warning: an `extract --write` was interrupted here and is not settled yet: the store may "
        "hold only part of its article; the next `koursk extract --write` into this store settles it first (a part "
        "undone while nothing it put in place has changed since, else finished; a whole article left as it is)\n"
    )
    drafted = run("--data", str(store), "check")
    assert drafted.exit_code == 1 and drafted.stdout.endswith(told), drafted.stdout  # told with the draft's TODOs
    again = _koursk(*args, env={"KOURSK_TEST_KILL_AT": f"{store}:3"})  # undoes the first, then the seed, no more
    assert (again.returncode, again.stderr.startswith("koursk extract: undid what")) == (-9, True), again.stderr
    valid = run("--data", str(store), "check")
    assert (valid.exit_code, valid.stdout) == (0, told), valid.stderr
    assert valid.stderr.endswith(", and an `extract --write` not settled (see above)\n"), valid.stderr
    assert run("--data", str(store), "check", "--strict", "-q").exit_code == 1
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    assert _extract_write(store, tmp_path / "b.txt").exit_code == 0  # settles the first, then drafts the second
    after = run("--data", str(store), "check")
    assert "not settled" not in after.stdout + after.stderr and not journal.exists()


@pytest.mark.parametrize("hook", ["KOURSK_TEST_KILL_AT", "KOURSK_TEST_KILL_AT_COPY"], ids=["moving", "copying"])
def test_init_killed_at_any_step_is_finished_or_redone_by_the_next_init(tmp_path: Path, hook: str) -> None:
    """rev18 L14: killed while copying, init left a staging folder that refused the next init for an hour ("not
    empty") and stayed in the store made with --force. The folder is locked, so one found is a dead init's: removed
    at once, and said so, or finished when whole."""
    done = tmp_path / "done"
    assert run("init", str(done)).exit_code == 0
    for folder in _killed_at_each_step(lambda folder, env: _koursk("init", str(folder), env=env), tmp_path, hook):
        again = run("init", str(folder))
        assert again.exit_code == 0, again.stderr
        assert "interrupted `koursk init`" in again.stdout
        assert run("--data", str(folder), "check").exit_code == 0
        assert _files(folder) == _files(done)  # no staging folder left


def test_init_with_force_after_a_kill_while_copying_leaves_no_staging_folder(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    assert _koursk("init", str(target), env={"KOURSK_TEST_KILL_AT_COPY": f"{target}:3"}).returncode == -9
    (target / "notes.txt").write_text("mine\n", encoding="utf-8")
    again = run("init", str(target), "--force")
    assert again.exit_code == 0, again.stderr
    assert sorted(p.name for p in target.iterdir()) == ["data", "notes.txt", "seeds"]


def _killed_between_the_moves(target: Path) -> Path:
    """`koursk init target` killed once seeds/ is in place, before data/ is: the staging folder it left."""
    first = _koursk("init", str(target), env={"KOURSK_TEST_KILL_AT": f"{target}:2"})
    assert first.returncode == -9
    assert (target / "seeds").is_dir() and not (target / "data").exists()
    return next(target.glob(".koursk-init-*"))


def test_a_store_half_moved_by_a_killed_init_says_to_run_init_again(tmp_path: Path) -> None:
    """rev18 L4: "not a koursk store: it has no data/ folder" and "cannot lock the store … write into a store you may
    change" pointed nowhere; the init that finishes it was not named."""
    target = tmp_path / "ws"
    _killed_between_the_moves(target)
    said = f"an interrupted `koursk init` left this store unfinished: run `koursk init {target}` again"
    events = _koursk("--data", str(target), "events")
    assert events.returncode == 2 and said in events.stderr.splitlines()[0]  # a wrong store path (rev29 L3)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write = _koursk("--data", str(target), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write")
    assert write.returncode == 2 and said in write.stderr and "Traceback" not in write.stderr
    assert run("init", str(target)).exit_code == 0
    assert run("--data", str(target), "check").exit_code == 0


def _forge_title(staging: Path) -> None:
    events = sorted((staging / "data" / "events").glob("*.yaml"))[0]
    events.write_text(events.read_text(encoding="utf-8").replace("title:", "title: FORGED", 1), encoding="utf-8")


def _symlink_data(staging: Path) -> None:
    elsewhere = staging.parent.parent / "elsewhere"
    (staging / "data").rename(elsewhere)
    (staging / "data").symlink_to(elsewhere)


@pytest.mark.parametrize(
    "tamper",
    [
        _forge_title,
        lambda staging: (staging / "data" / "extra.yaml").write_text("junk\n", encoding="utf-8"),
        lambda staging: (staging / "data" / "topics.yaml").unlink(),
        lambda staging: (staging / "data" / ".gitignore").unlink(),  # as an older koursk's copy
        lambda staging: (staging / ".copied").unlink(),
        _symlink_data,
    ],
    ids=["forged-title", "extra-file", "missing-file", "older-copy", "not-marked-whole", "symlinked-data"],
)
def test_init_finishes_only_a_staging_copy_that_is_the_shipped_store(
    tmp_path: Path, tamper: Callable[[Path], None]
) -> None:
    """rev18 M2: any `.koursk-init-*` folder holding `.copied` was moved into place unverified, a symlinked data/
    included: stale or forged data "created" as a fresh store. One that is not, byte for byte, this koursk's copy is
    removed and a fresh copy made."""
    done = tmp_path / "done"
    assert run("init", str(done)).exit_code == 0
    target = tmp_path / "ws"
    first = _koursk("init", str(target), env={"KOURSK_TEST_KILL_AT": f"{target}:1"})  # the copy whole, not moved
    assert first.returncode == -9
    staging = next(target.glob(".koursk-init-*"))
    tamper(staging)
    again = run("init", str(target))
    assert again.exit_code == 0, again.stderr
    assert f"had left (a copy unfinished, or not of this koursk's store): {staging.name}." in again.stdout
    assert "Finished" not in again.stdout
    assert _files(target) == _files(done) and not (target / "data").is_symlink()


def test_init_finishes_a_whole_copy_a_killed_init_left_between_its_moves(tmp_path: Path) -> None:
    done = tmp_path / "done"
    assert run("init", str(done)).exit_code == 0
    target = tmp_path / "ws"
    _killed_between_the_moves(target)
    (target / "seeds" / "mine.txt").write_text("a curator's own file\n", encoding="utf-8")  # kept, and no bar
    again = run("init", str(target))
    assert again.exit_code == 0, again.stderr
    assert "Finished the copy an interrupted `koursk init` had left." in again.stdout
    assert _files(target) == {**_files(done), "seeds/mine.txt": b"a curator's own file\n"}


def test_a_second_init_refuses_while_another_holds_the_folder_and_never_finishes_its_copy(tmp_path: Path) -> None:
    """rev17 L1: a second `koursk init DIR` started while a first was between its two moves took the first one's
    staging folder for a killed init's and finished it; the first then failed to move data/ and its rollback to move
    seeds/ back. The folder is locked from the finish through the move: the second refuses in one line, moves
    nothing, and an init started once the first is gone finishes what it left."""
    target = tmp_path / "ws"
    first = _koursk("init", str(target), env={"KOURSK_TEST_KILL_AT": f"{target}:2"})  # seeds/ moved, data/ not yet
    assert first.returncode == -9
    left = sorted(str(p.relative_to(target)) for p in target.rglob("*"))
    assert "seeds" in left and "data" not in left and any(".koursk-init-" in name for name in left)
    held = os.open(target, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)  # as the first init holds it, still between its two moves
        second = _koursk("init", str(target))
        assert second.returncode == 1, second.stdout
        assert f"another koursk init is copying into {target} right now; nothing was written" in _one_line(
            second.stderr
        )
        assert second.stdout == ""
        assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == left  # nothing moved or removed
    finally:
        os.close(held)
    third = _koursk("init", str(target))
    assert third.returncode == 0, third.stderr
    assert "Finished the copy an interrupted `koursk init` had left." in third.stdout
    assert run("--data", str(target), "check").exit_code == 0


def test_init_flushes_every_file_and_folder_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rev16 L11: a power cut soon after "Created a working store" must not leave empty store files."""
    synced: set[int] = set()
    fsync = os.fsync

    def recording(fd: int) -> None:
        synced.add(os.fstat(fd).st_ino)
        fsync(fd)

    monkeypatch.setattr(os, "fsync", recording)
    target = tmp_path / "store"
    assert run("init", str(target)).exit_code == 0
    monkeypatch.undo()
    every = [target, *(p for p in target.rglob("*") if p.name != lock.LOCK_NAME)]
    assert [str(p) for p in every if p.stat().st_ino not in synced] == []


# --- rev16 M8: a reader that leaves early is the same through `-o /dev/stdout` as through stdout -------------------


def _into_a_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """koursk writing into a pipe whose reader has already left (`| head -c 10` once it has its bytes), every time."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "koursk_cli", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
            env=_environment({}),
        )
    finally:
        os.close(write)


@pytest.mark.parametrize("args", [["export", "csv"], ["export", "timelinejs"], ["report"], ["export", "sqlite"]])
def test_a_reader_leaving_early_is_quiet_through_dev_stdout_as_on_stdout(args: list[str]) -> None:
    paths = [["-o", "/dev/stdout"]] if args[-1] == "sqlite" else [[], ["-o", "/dev/stdout"]]  # sqlite needs -o
    for target in paths:
        result = _into_a_closed_pipe(*args, *target)
        assert (result.returncode, result.stderr) == (0, ""), target


def test_a_full_device_says_the_write_stopped_not_that_nothing_was_written() -> None:
    """A device gets the bytes as they come: what came before the error is there."""
    result = _koursk("export", "csv", "-o", "/dev/full")
    assert result.returncode == 1
    assert _one_line(result.stderr) == "koursk: error: stopped writing /dev/full: No space left on device"


def test_a_killed_writes_journal_copied_with_its_store_settles_nothing_there(tmp_path: Path) -> None:
    """rev22 L5: a journal and staged files planted in a store that came as a tarball or an rsync (the journal is
    gitignored, so not through git) had the next `extract --write` write the journal's bytes over sources.yaml, after
    the user had checked the store, with a message that read as koursk's own housekeeping. A journal settles only the
    files it was written with: a copy has other inodes, so nothing is undone there and the journal is kept."""
    store = _store(tmp_path)
    args = ["--data", str(store), "extract", str(tmp_path / "a.txt"), "--published", "2024-11-08", "--write"]
    assert _koursk(*args, env={"KOURSK_TEST_KILL_AT": f"{store}:5"}).returncode == -9  # placed, but not the claims
    copied = tmp_path / "copied"
    shutil.copytree(store, copied, symlinks=True)
    before = _files(copied)
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    refused = _extract_write(copied, tmp_path / "b.txt")
    assert refused.exit_code == 1, refused.stderr
    assert "the files it names are not the ones written here (a copied store?); nothing was undone" in refused.stderr
    assert _files(copied) == before  # the journal and its staged files are kept for the user to look at
    settled = _extract_write(store, tmp_path / "b.txt")  # where it was written, the next write undoes it
    assert settled.exit_code == 0, settled.stderr
    assert settled.stderr.startswith("koursk extract: undid what an interrupted extract --write had put in place")
