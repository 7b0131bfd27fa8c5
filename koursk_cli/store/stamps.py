"""Store-file stamps: what a file was when koursk read it, so a later run can tell, from one stat, whether the
bytes it digested then are still the file's. The loader stamps every file it reads (a cold load), the cache keeps
the stamps (its key to each file's rows), and open.py compares them with the files on the next run: a module of
its own, so a cold load needs neither SQLite nor the cache.
"""

from __future__ import annotations

import os
import struct
import time
from collections.abc import Iterable
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from .digest import content_digest
from .files import MAX_FILE_BYTES, read_bounded_stat

RACY_NS = 3_000_000_000  # a file changed less than this before it was read is hashed again on the next run


class Stamp(NamedTuple):
    """What a file was when koursk read it: the digest of the bytes parsed, the stat identity taken before reading
    (on the open file), and when. The digest is the key; the identity only spares hashing a file whose inode, size,
    mtime and ctime are all unchanged since a read made well after its last change (git's "racily clean" rule)."""

    digest: str
    identity: str
    read_at: int


class Settled(NamedTuple):
    """Every file of the store as one run found them, each trusted (its stat identity unchanged since a read well
    after its last change, see unchanged_since): the names the store lists (core and events/claims files, sorted),
    the seeds' (each text joined by newlines), and their identities in that order, packed (packed_identities). A
    later run that lists the same names and stats the same identities has nothing to read again, without going
    through the files table (21,253 rows at 1,000,000 events, ~30 ms to read). Recorded by such a run, cleared by
    any change to the files table."""

    listed: str
    seeds: str
    identities: bytes


identity_numbers = attrgetter("st_dev", "st_ino", "st_size", "st_mtime_ns", "st_ctime_ns")
"""A stat's identity: device, inode, size, mtime and ctime (ns)."""
_PACKED = struct.Struct("<QQQqq")  # an identity's five numbers, as Settled keeps them


def identity_of(found: os.stat_result) -> str:
    """A stat's identity as one text: compared as stored, so a warm run over 21,000 files parses none of them."""
    return ":".join(map(str, identity_numbers(found)))


def packed_identities(numbers: Iterable[Iterable[int]]) -> bytes | None:
    """Many files' identities (identity_numbers of their stats, or identity_of's texts split) as one byte string,
    40 bytes each: packed in C, in half the time of a text per file (21,253 files at 1,000,000 events). None when a
    number does not fit in 64 bits (a time before 1677 or after 2262): then nothing is settled and the store's
    files are compared one by one with the files table."""
    try:
        return b"".join(starmap(_PACKED.pack, numbers))
    except struct.error:
        return None


def read_stamped(path: Path, limit: int | None = None) -> tuple[bytes, Stamp]:
    """The file's bytes and their stamp, from one open file: a save while reading changes the ctime, so the next
    run sees a different identity and hashes again; the digest is of exactly the bytes returned. Raises
    files.Unreadable for what is not a regular file of at most `limit` bytes."""

    read_at = time.time_ns()
    data, found = read_bounded_stat(path, MAX_FILE_BYTES if limit is None else limit)
    return data, Stamp(content_digest(data), identity_of(found), read_at)


def unchanged_since(path: str | Path, identity: str, read_at: int, folder: int | None = None) -> bool:
    """Whether a file can be trusted to hold the bytes its stamp digested without reading it again, from the
    stamp's identity and time of reading. `path` is taken inside the open `folder` when one is given."""
    try:
        found = os.stat(path, dir_fd=folder)
    except OSError:
        return False
    latest = max(found.st_mtime_ns, found.st_ctime_ns)
    return latest < read_at - RACY_NS and identity_of(found) == identity
