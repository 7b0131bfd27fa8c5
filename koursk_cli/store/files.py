"""Reading a store file's bytes safely, without YAML: what the cache needs to digest a file on a warm run (yaml
costs ~10 ms to import) and what the YAML reader builds on. Every read is bounded and never blocks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024  # one YAML file of the store
MAX_SEED_BYTES = 16 * 1024 * 1024  # one seed article (the five shipped ones are 4–12 KB)


class Unreadable(Exception):
    """A file koursk will not read: missing, not a regular file, too large, or refused by the system."""


def file_kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symlink"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, read without ever blocking or reading past the limit:
    a FIFO, a device (`-> /dev/zero`), a folder or a huge file is refused in constant time and memory."""
    return read_bounded_stat(path, limit)[0]


def read_bounded_stat(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes, os.stat_result]:
    """read_bounded, with the file's stat taken on the open file before its bytes were read (the cache's stamp)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except ValueError:  # a NUL inside the name
        raise Unreadable("has a NUL character in its name") from None
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror or error}") from None
    found = os.fstat(fd)
    if not stat.S_ISREG(found.st_mode):
        os.close(fd)
        raise Unreadable(f"is {file_kind(found.st_mode)}, not a regular file")
    with os.fdopen(fd, "rb") as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise Unreadable(f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise Unreadable(f"is too large (the limit is {limit // (1024 * 1024)} MiB)")
    return data, found
