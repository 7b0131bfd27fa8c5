"""Store-file stamps: what a file was when koursk read it, so a later run can tell, from one stat, whether the
bytes it digested then are still the file's. The loader stamps every file it reads (a cold load), the cache keeps
the stamps (its key to each file's rows), and open.py compares them with the files on the next run: a module of
its own, so a cold load needs neither SQLite nor the cache.
"""

from __future__ import annotations

import os
import struct
import time
from collections.abc import Iterable, Mapping
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from .digest import content_digest
from .files import MAX_FILE_BYTES, read_bounded_stat, refuse_out_of_store

RACY_NS = 3_000_000_000  # a file changed less than this before it was read is hashed again on the next run


class Stamp(NamedTuple):
    """What a file was when koursk read it: the digest of the bytes parsed, the stat identity taken before reading
    (on the open file), and when. The digest is the key; the identity only spares hashing a file whose inode, size,
    mtime and ctime are all unchanged since a read made well after its last change (git's "racily clean" rule)."""

    digest: str
    identity: str
    read_at: int

    def vouches(self) -> bool:
        """Whether the file was last changed well before it was read (its identity's mtime and ctime), so that the
        same identity found later vouches for the bytes digested (unchanged_since's rule, taken at reading)."""
        return max(map(int, self.identity.split(":")[3:])) < self.read_at - RACY_NS


class Settled(NamedTuple):
    """Every file of the store as one run found them: the names the store lists (core and events/claims files,
    sorted), the seeds' (each text joined by newlines), their identities in that order, packed (packed_identities),
    and the names of those the run read or hashed again too soon after their last change for their identity to
    vouch for them (`unvouched`, joined by newlines; see Stamp.vouches). Every other file was trusted (its stat
    identity unchanged since a read well after its last change, see unchanged_since). A later run that lists the
    same names compares their stats with the identities at once and looks up in the files table only the files
    whose identity differs and the unvouched ones (at 1,000,000 events, 21,253 rows took ~30 ms to read and
    ~0.15 s to stat one by one): a changed file, and the run after it, cost what that file costs. Recorded in the
    transaction that writes the files table, cleared by any other change to it."""

    listed: str
    seeds: str
    identities: bytes
    unvouched: str

    def names(self) -> list[str]:
        """Every file's name, in the order of `identities`."""
        return [*self.listed.split("\n"), *(self.seeds.split("\n") if self.seeds else ())]


identity_numbers = attrgetter("st_dev", "st_ino", "st_size", "st_mtime_ns", "st_ctime_ns")
"""A stat's identity: device, inode, size, mtime and ctime (ns)."""
_PACKED = struct.Struct("<QQQqq")  # an identity's five numbers, as Settled keeps them
IDENTITY_BYTES = _PACKED.size  # one file's packed identity


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


def repacked(packed: bytes, replaced: Mapping[int, Iterable[int | str]]) -> bytes | None:
    """`packed` (packed_identities) with the identities at some positions replaced (their five numbers, or their
    texts); None when one does not fit, as packed_identities."""
    spliced = bytearray(packed)
    width = _PACKED.size
    try:
        for position, numbers in replaced.items():
            spliced[position * width : (position + 1) * width] = _PACKED.pack(*map(int, numbers))
    except struct.error:
        return None
    return bytes(spliced)


def differing(recorded: bytes, found: bytes) -> list[int]:
    """The positions of the identities that differ between two packings of the same files (packed_identities):
    halves compared in C, so a few changed files among 21,253 cost a few dozen comparisons, not a loop over all."""
    width = _PACKED.size
    if len(recorded) != len(found) or len(found) % width:
        return list(range(len(found) // width))
    positions: list[int] = []
    spans = [(0, len(found) // width)]
    while spans:
        low, high = spans.pop()
        if recorded[low * width : high * width] == found[low * width : high * width]:
            continue
        if high - low == 1:
            positions.append(low)
        else:
            middle = (low + high) // 2
            spans += [(middle, high), (low, middle)]
    return positions


def read_stamped(path: Path, store: Path, limit: int | None = None) -> tuple[bytes, Stamp]:
    """The bytes and stamp of a file of `store`, from one open file: a save while reading changes the ctime, so the
    next run sees a different identity and hashes again; the digest is of exactly the bytes returned. Raises
    files.Unreadable for what is not a regular file of at most `limit` bytes, or leads out of the store."""

    refuse_out_of_store(path, store)
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
