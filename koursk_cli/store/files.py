"""Reading a store file's bytes safely, without YAML: what the cache needs to digest a file on a warm run (yaml
costs ~10 ms to import) and what the YAML reader builds on. Every read is bounded and never blocks."""

from __future__ import annotations

import contextlib
import functools
import os
import stat
from pathlib import Path

from .shipped import in_package

MAX_FILE_BYTES = 16 * 1024 * 1024  # one YAML file of the store
MAX_SEED_BYTES = 16 * 1024 * 1024  # one seed article (the five shipped ones are 4–12 KB)
NUL_IN_NAME = "has a NUL character in its name"


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
        raise Unreadable(NUL_IN_NAME) from None
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror or error}") from None
    found = os.fstat(fd)
    if not stat.S_ISREG(found.st_mode) or found.st_dev in _kernel_devices():
        os.close(fd)
        if stat.S_ISREG(found.st_mode):  # /proc/kmsg: reading it would block, or drain the kernel's log (rev24 F9)
            raise Unreadable("is a file of the kernel (/proc, /sys), not one koursk reads")
        raise Unreadable(f"is {file_kind(found.st_mode)}, not a regular file")
    with os.fdopen(fd, "rb") as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise Unreadable(f"cannot be read: {error.strerror or error}") from None
    if data is None:  # a non-blocking read of a regular file that would block (a stalled FUSE or network mount)
        raise Unreadable("cannot be read now (the read would block)")
    if len(data) > limit:
        size = f"{limit // MIB} MiB" if limit % MIB == 0 else f"{limit // 1024} KiB"
        raise Unreadable(f"is too large (the limit is {size})")
    return data, found


MIB = 1024 * 1024

OUT_OF_THE_STORE = (
    "is a symlink leading out of the store, which koursk does not follow (its errors would show what the link "
    "reaches): copy the file into the store"
)


def _linked_below(path: Path, store: Path) -> bool:
    """Whether `path` is not plainly inside `store`: a symlink, or under one, between them (or not below it at all)."""
    top, folder = os.fspath(store), os.fspath(path)
    if not folder.startswith(os.path.join(top, "")) or ".." in folder[len(top) :].split(os.sep):
        return True
    while len(folder) > len(top):
        if os.path.islink(folder):
            return True
        folder = os.path.dirname(folder)
    return False


def refuse_out_of_store(path: Path, store: Path) -> None:
    """Refuse, before a byte is read, a store file whose real path (every symlink followed) lies outside the store:
    a link that a shared store (a pull request, a tarball) adds could otherwise have koursk read and echo in its
    errors any file the user can read, a private key or a token (rev31 M3). Inside is under the store's folder, or
    under its data/ or seeds/ folder where that folder is itself a link (a store on another disk, or linked into
    the installed store), or in the installed koursk package's own store."""
    try:
        if not _linked_below(path, store):  # the usual store: a few lstat, no realpath of the whole path (~80 us)
            return
        real = os.path.realpath(path)
    except ValueError:  # a NUL inside the name
        raise Unreadable(NUL_IN_NAME) from None
    for folder in ("", "data", "seeds"):  # the store's folder first: most stores have no linked folder
        if real.startswith(os.path.join(os.path.realpath(store / folder), "")):
            return
    if not in_package(Path(real)):
        raise Unreadable(OUT_OF_THE_STORE)


@functools.cache
def _kernel_devices() -> frozenset[int]:
    """The devices of /proc and /sys, whose regular files are the kernel's (one stat each, once per run); a folder
    that is no mount point (a container without sysfs) is on the device of its parent, which is left alone."""
    found = set()
    for folder in ("/proc", "/sys"):
        with contextlib.suppress(OSError):
            if (device := os.stat(folder).st_dev) != os.stat("/").st_dev:
                found.add(device)
    return frozenset(found)
