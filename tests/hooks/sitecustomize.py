"""Loaded by the test processes of tests/test_hostile.py (PYTHONPATH=tests/hooks), never by koursk itself.

KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE=TERM makes an export send itself that signal once its first piece is written
to the temporary file: a real signal, delivered to a real process, at a moment a test can count on."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    import sqlite3
    from contextlib import AbstractContextManager

    from _typeshed import StrOrBytesPath

_P = ParamSpec("_P")
_R = TypeVar("_R")

_name = os.environ.get("KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE")
if _name:
    from pathlib import Path

    import koursk_cli.atomic as _atomic

    _original = _atomic.write_text_atomically

    def _signalling(
        target: Path, pieces: Iterable[str], *, force: bool, terminal: Callable[[str], str] | None = None
    ) -> None:
        def pieces_then_signal() -> Iterator[str]:
            for index, piece in enumerate(pieces):
                yield piece
                if index == 0:
                    os.kill(os.getpid(), getattr(signal, f"SIG{_name}"))

        _original(target, pieces_then_signal(), force=force, terminal=terminal)

    _atomic.write_text_atomically = _signalling

# KOURSK_TEST_WRITE_BARRIER=DIR:N holds every `extract --write` right before it takes the store's lock, until N
# processes have reached that point: the writes then truly compete, as two curators' runs can.
_barrier = os.environ.get("KOURSK_TEST_WRITE_BARRIER")
if _barrier:
    import time
    from pathlib import Path

    import koursk_cli.commands.extract as _extract
    from koursk_cli.store.lock import store_lock

    _folder, _count = _barrier.rsplit(":", 1)

    def _overlapping(root: Path, waiting: Callable[[str], None]) -> AbstractContextManager[None]:
        Path(_folder, f"ready-{os.getpid()}").touch()
        deadline = time.monotonic() + 20
        while len(list(Path(_folder).glob("ready-*"))) < int(_count) and time.monotonic() < deadline:
            time.sleep(0.02)
        return store_lock(root, waiting)

    assert vars(_extract)["store_lock"] is store_lock
    vars(_extract)["store_lock"] = _overlapping  # the name extract's command calls, bound when it imported it

# KOURSK_TEST_SIGINT_TWICE=1 sends Ctrl-C (SIGINT) to `extract --write` right before its last rename (the one of
# sources.yaml), then again as the rollback that follows removes its first file: a second Ctrl-C at the worst moment.
if os.environ.get("KOURSK_TEST_SIGINT_TWICE"):
    _sent = {"first": False, "second": False}
    _replace, _unlink = os.replace, os.unlink

    def _replace_then_interrupt(
        src: StrOrBytesPath, dst: StrOrBytesPath, *, src_dir_fd: int | None = None, dst_dir_fd: int | None = None
    ) -> None:
        if not _sent["first"] and str(dst).endswith("sources.yaml"):
            _sent["first"] = True
            os.kill(os.getpid(), signal.SIGINT)
        _replace(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    def _unlink_then_interrupt(path: StrOrBytesPath, *, dir_fd: int | None = None) -> None:
        if _sent["first"] and not _sent["second"]:
            _sent["second"] = True
            os.kill(os.getpid(), signal.SIGINT)
        _unlink(path, dir_fd=dir_fd)

    os.replace, os.unlink = _replace_then_interrupt, _unlink_then_interrupt

# KOURSK_TEST_SWAP_TEMPORARIES=FOLDER:VICTIM plays another user of a shared FOLDER: right before SQLite opens its
# file, every koursk temporary in FOLDER is moved aside and replaced by a symlink, a file's to VICTIM/victim.db, a
# folder's to VICTIM.
_swap = os.environ.get("KOURSK_TEST_SWAP_TEMPORARIES")
if _swap:
    import sqlite3
    from pathlib import Path

    _shared, _victim = (Path(part) for part in _swap.split(":"))
    _connect = sqlite3.connect

    def _swapping_connect(database: StrOrBytesPath, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        for number, entry in enumerate(sorted(_shared.glob(".*.koursk-*.tmp"))):
            is_folder = entry.is_dir()
            entry.rename(_shared / f"moved-aside-{number}")
            entry.symlink_to(_victim if is_folder else _victim / "victim.db")
        connection: sqlite3.Connection = _connect(database, *args, **kwargs)
        return connection

    sqlite3.connect = _swapping_connect  # type: ignore[assignment]  # overloaded; every form is passed through

# KOURSK_TEST_KILL_AT=DIR:N kills the process (SIGKILL: nothing of koursk's runs after it) right before its Nth link
# or rename of a file into DIR: a crash at each step of a write, as a power cut or the OOM killer would make it.
# KOURSK_TEST_KILL_AT_COPY=DIR:N does the same right before its Nth file copy into DIR (`init` copying the store).


def _killer(spec: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    folder, count = spec.rsplit(":", 1)
    placed = [0]

    def killing(real: Callable[_P, _R]) -> Callable[_P, _R]:
        def placing(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            target = args[1]  # (source, target, ...): os.link, os.replace, os.rename, move_new, shutil.copyfile
            if os.path.abspath(str(target)).startswith(folder + os.sep):
                placed[0] += 1
                if placed[0] == int(count):
                    os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return placing

    return killing


if _kill := os.environ.get("KOURSK_TEST_KILL_AT"):
    import koursk_cli.atomic as _atomic

    _killing = _killer(_kill)
    os.link, os.replace, os.rename = _killing(os.link), _killing(os.replace), _killing(os.rename)
    _atomic.move_new = _killing(_atomic.move_new)  # renameat2 through ctypes: no os function to wrap
if _kill := os.environ.get("KOURSK_TEST_KILL_AT_COPY"):
    import shutil

    shutil.copyfile = _killer(_kill)(shutil.copyfile)

# KOURSK_TEST_ENDLESS_QUERY=FILE makes the cache's connection run a statement that never ends as soon as it is opened,
# after touching FILE: a signal then arrives while SQLite holds the main thread, at a moment a test can count on.
# KOURSK_TEST_ONE_OPCODE=1 also takes the progress handler away, as a statement that runs in one opcode (an FTS5
# MATCH) never calls it.
_endless = os.environ.get("KOURSK_TEST_ENDLESS_QUERY")
if _endless:
    from pathlib import Path

    import koursk_cli.store.cache as _cache

    _cache_connect, _started = _cache._connect, Path(_endless)

    def _connect_then_never_end(path: str, *, mode: str | None = None) -> sqlite3.Connection:
        connection = _cache_connect(path, mode=mode)
        if os.environ.get("KOURSK_TEST_ONE_OPCODE"):
            connection.set_progress_handler(None, 0)
        _started.touch()
        connection.execute("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r")
        return connection

    _cache._connect = _connect_then_never_end

# KOURSK_TEST_POLL_STEPS=N makes SQLite's progress handler look for a signal every N steps (koursk looks every 100,000):
# a signal then lands while the main thread is inside the handler's look, as it only rarely does at koursk's pace.
_steps = os.environ.get("KOURSK_TEST_POLL_STEPS")
if _steps:
    import koursk_cli.signals as _signals_steps

    _signals_steps.SIGNAL_POLL_STEPS = int(_steps)

# KOURSK_TEST_NO_DEATH_SIGNAL=poll: the kernel cannot be asked to kill a worker with its parent (as off Linux), so the
# worker's own watch on its parent is what ends it; =blind: that watch never looks either (only a signal ends it).
_death = os.environ.get("KOURSK_TEST_NO_DEATH_SIGNAL")
if _death:
    import koursk_cli.signals as _signals

    _signals._death_signal = lambda signum: False
    if _death == "blind":
        _signals.PARENT_POLL_SECONDS = 1e6
