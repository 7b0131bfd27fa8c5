"""The store's write lock: every read-modify-write of a store's files holds it, so concurrent writers take turns;
and `koursk init`'s lock on the folder it copies into."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import DataError, UsageError
from ..textnorm import shown
from .shipped import refuse_shipped
from .workstore import interrupted_init

LOCK_NAME = ".koursk.lock"
WAIT_SECONDS = 300
"""How long a writer waits for another one: an `extract --write` holds the lock while it reads the whole store (a
minute or more at a million events), drafts and writes."""
_POLL_SECONDS = 0.1


@contextlib.contextmanager
def store_lock(root: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold an exclusive lock on `root`/data/.koursk.lock (fcntl.flock: released by the kernel if koursk dies). When
    another koursk holds it, say so once through `waiting` (with how long this run waits), then wait for it at most
    WAIT_SECONDS and refuse in one line after that: nothing was written."""

    path = root / "data" / LOCK_NAME
    refuse_shipped(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as error:
        raise UsageError(
            f"cannot lock the store ({shown(str(path))}: {error.strerror or error}); nothing was written",
            interrupted_init(root) or "write into a store you may change (--data DIR)",
        ) from None
    try:
        if not _taken(fd):
            waiting(
                f"koursk: another koursk is writing this store ({shown(str(path))} is locked); "
                f"waiting for it, at most {WAIT_SECONDS} s"
            )
            deadline = time.monotonic() + WAIT_SECONDS
            while not _taken(fd):
                if time.monotonic() >= deadline:
                    raise DataError(
                        f"another koursk kept this store locked ({shown(str(path))}) for {WAIT_SECONDS} s; "
                        "nothing was written",
                        "run the command again once the other one has finished",
                    )
                time.sleep(_POLL_SECONDS)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def init_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder `koursk init` copies into (fcntl.flock on the folder itself: no file left
    beside the store, released by the kernel if init dies) while it finishes a killed init, checks, copies and moves.
    A second init at the same instant refuses in one line: it would otherwise take the first one's staging folder,
    caught between its two moves, for a killed init's and finish it under it."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        raise DataError(f"cannot open {shown(str(folder))}: {error.strerror or error}; nothing was written") from None
    try:
        if not _taken(fd):
            raise DataError(
                f"another koursk init is copying into {shown(str(folder))} right now; nothing was written",
                "run it again once the other one has finished",
            )
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(folder))
        except OSError:
            same = False
        if not same:  # removed (by an init that failed) or replaced since it was opened
            raise DataError(f"{shown(str(folder))} was removed or replaced meanwhile; nothing was written")
        yield
    finally:
        os.close(fd)


def _taken(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
