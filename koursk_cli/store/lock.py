"""The store's write lock: every read-modify-write of a store's files holds it, so concurrent writers take turns."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import UsageError
from ..textnorm import shown
from .workstore import refuse_shipped

LOCK_NAME = ".koursk.lock"


@contextlib.contextmanager
def store_lock(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on `root`/data/.koursk.lock (fcntl.flock: released by the kernel if koursk dies)."""

    path = root / "data" / LOCK_NAME
    refuse_shipped(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as error:
        raise UsageError(
            f"cannot lock the store ({shown(str(path))}: {error.strerror or error}); nothing was written",
            "write into a store you may change (--data DIR)",
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
