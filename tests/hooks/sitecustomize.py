"""Loaded by the test processes of tests/test_hostile.py (PYTHONPATH=tests/hooks), never by koursk itself.

KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE=TERM makes an export send itself that signal once its first piece is written
to the temporary file: a real signal, delivered to a real process, at a moment a test can count on."""

import os
import signal

_name = os.environ.get("KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE")
if _name:
    import koursk_cli.atomic as _atomic

    _original = _atomic.write_text_atomically

    def _signalling(target, pieces, **options):  # type: ignore[no-untyped-def]
        def pieces_then_signal():  # type: ignore[no-untyped-def]
            for index, piece in enumerate(pieces):
                yield piece
                if index == 0:
                    os.kill(os.getpid(), getattr(signal, f"SIG{_name}"))

        return _original(target, pieces_then_signal(), **options)

    _atomic.write_text_atomically = _signalling

# KOURSK_TEST_WRITE_BARRIER=DIR:N holds every `extract --write` right before it takes the store's lock, until N
# processes have reached that point: the writes then truly compete, as two curators' runs can.
_barrier = os.environ.get("KOURSK_TEST_WRITE_BARRIER")
if _barrier:
    import time
    from pathlib import Path

    import koursk_cli.commands.extract as _extract

    _folder, _count = _barrier.rsplit(":", 1)
    _store_lock = _extract.store_lock

    def _overlapping(*args, **kwargs):  # type: ignore[no-untyped-def]
        Path(_folder, f"ready-{os.getpid()}").touch()
        deadline = time.monotonic() + 20
        while len(list(Path(_folder).glob("ready-*"))) < int(_count) and time.monotonic() < deadline:
            time.sleep(0.02)
        return _store_lock(*args, **kwargs)

    _extract.store_lock = _overlapping

# KOURSK_TEST_SIGINT_TWICE=1 sends Ctrl-C (SIGINT) to `extract --write` right before its last rename (the one of
# sources.yaml), then again as the rollback that follows removes its first file: a second Ctrl-C at the worst moment.
if os.environ.get("KOURSK_TEST_SIGINT_TWICE"):
    _sent = {"first": False, "second": False}
    _replace, _unlink = os.replace, os.unlink

    def _replace_then_interrupt(source, target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not _sent["first"] and str(target).endswith("sources.yaml"):
            _sent["first"] = True
            os.kill(os.getpid(), signal.SIGINT)
        return _replace(source, target, *args, **kwargs)

    def _unlink_then_interrupt(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if _sent["first"] and not _sent["second"]:
            _sent["second"] = True
            os.kill(os.getpid(), signal.SIGINT)
        return _unlink(path, *args, **kwargs)

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

    def _swapping_connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        for number, entry in enumerate(sorted(_shared.glob(".*.koursk-*.tmp"))):
            is_folder = entry.is_dir()
            entry.rename(_shared / f"moved-aside-{number}")
            entry.symlink_to(_victim if is_folder else _victim / "victim.db")
        return _connect(*args, **kwargs)

    sqlite3.connect = _swapping_connect

# KOURSK_TEST_KILL_AT=DIR:N kills the process (SIGKILL: nothing of koursk's runs after it) right before its Nth link
# or rename of a file into DIR: a crash at each step of a write, as a power cut or the OOM killer would make it.
# KOURSK_TEST_KILL_AT_COPY=DIR:N does the same right before its Nth file copy into DIR (`init` copying the store).


def _killer(spec):  # type: ignore[no-untyped-def]
    folder, count = spec.rsplit(":", 1)
    placed = [0]

    def killing(real):  # type: ignore[no-untyped-def]
        def placing(source, target, *args, **kwargs):  # type: ignore[no-untyped-def]
            if os.path.abspath(target).startswith(folder + os.sep):
                placed[0] += 1
                if placed[0] == int(count):
                    os.kill(os.getpid(), signal.SIGKILL)
            return real(source, target, *args, **kwargs)

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

    _connect = _cache._connect

    def _connect_then_never_end(path):  # type: ignore[no-untyped-def]
        connection = _connect(path)
        if os.environ.get("KOURSK_TEST_ONE_OPCODE"):
            connection.set_progress_handler(None, 0)
        Path(_endless).touch()
        connection.execute("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r")
        return connection

    _cache._connect = _connect_then_never_end
