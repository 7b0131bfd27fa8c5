"""Digests: of a file's bytes and of the code that shape cached data (the cache's keys), of a cached row (its
checksum), and of a whole store (so a page or an export can say exactly which data it was made from).

Content digests are BLAKE2b (cryptographic, ~600 MB/s here, in the standard library); a row's checksum is CRC-32,
enough to catch damage (bit rot, a torn or partial write), computed in C over bytes SQLite hands back as they are.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError
from .shipped import STORE_FOLDERS

if TYPE_CHECKING:
    import hashlib

try:  # hashlib's own BLAKE2b (hashlib.blake2b is this type), without the OpenSSL that `import hashlib` loads: ~3 ms
    from _blake2 import blake2b
except ImportError:  # a Python without CPython's built-in module
    from hashlib import blake2b

_PACKAGE = Path(__file__).resolve().parent.parent
_code_digest: list[str] = []
_CHUNK = 1 << 20


def content_digest(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def code_files() -> list[str]:
    """The files whose content shapes cached data: every module of the package (the schema is added by callers).
    Paths as strings: sorting a hundred Path objects alone took longer than stating the files."""
    found: list[str] = []
    folders = [str(_PACKAGE)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and entry.is_file(follow_symlinks=False):
                    found.append(entry.path)
                elif entry.is_dir(follow_symlinks=False) and entry.name not in ("__pycache__", "_store"):
                    folders.append(entry.path)
    return sorted(found)


def code_digest(schema: Path) -> str:
    """A digest of every module of the package and of the schema it validates with: a cache written by any other
    build (another commit, a local edit, another schema) is never read, and no version number has to be bumped."""
    if not _code_digest:
        digest = blake2b(digest_size=16)
        for path in [*code_files(), str(schema)]:
            with open(path, "rb") as stream:
                data = stream.read()
            folder, name = os.path.split(path)
            digest.update(f"{os.path.basename(folder)}/{name}\0{len(data)}\0".encode())
            digest.update(data)
        _code_digest.append(digest.hexdigest())
    return _code_digest[0]


def code_stamp(schema: Path, *, settled_before_ns: int) -> str:
    """The same files as the file system describes them (path, inode, size, modification and change times), so that
    a run can recognise the build that wrote a cache without reading the code (a stat per file instead of ~3 ms of
    reading and hashing). The change time is the part no user can set: a module replaced by a file of the same size
    keeping its modification time (`cp -p`, `rsync -a`, `tar x`, `touch -r`) still gets a new one, and a new inode if
    it was renamed into place. Empty, recognising nothing, while a file was changed after `settled_before_ns`: an edit
    in the same clock tick could leave its times as they were."""
    lines = []
    for path in [*code_files(), str(schema)]:
        found = os.stat(path)
        if max(found.st_mtime_ns, found.st_ctime_ns) >= settled_before_ns:
            return ""
        lines.append(f"{path}\t{found.st_ino}\t{found.st_size}\t{found.st_mtime_ns}\t{found.st_ctime_ns}")
    return "\n".join(lines)


def row_checksum(body: bytes, rest: bytes = b"", *, start: int = 0) -> int:
    """The checksum of `body + rest`, without joining them (CRC-32 continues from a running value), continued from
    the checksum `start` when given."""
    return zlib.crc32(rest, zlib.crc32(body, start))


def event_checksum(file: bytes, facts: bytes, text: bytes) -> int:
    """The CRC-32 an event row's checksum holds (see cacheschema.EVENT_ROW): of its file's name, its facts and its JSON."""
    return zlib.crc32(text, zlib.crc32(facts, zlib.crc32(file)))


def edit_checksum(block: int, event_id: bytes, text: bytes) -> int:
    """The CRC-32 an edited text kept aside for a block holds (store/blocks.py): of the block's number, the event's id
    and its text, so a row found under another block or id is damage."""
    return zlib.crc32(text, zlib.crc32(b"%d\x1f%s\x1f" % (block, event_id)))


def listing_checksum(head: bytes, body_checksum: int, ids: bytes) -> int:
    """The CRC-32 a block's listing holds (store/blocks.py): of the block's head, the checksum of its body and its
    events' ids, so a listing found under another block, or beside another version of its block, is damage."""
    return zlib.crc32(ids, zlib.crc32(b"%d\x1f" % body_checksum, zlib.crc32(head)))


def block_checksum(head: bytes, body: bytes) -> int:
    """The checksum a block of events holds (store/blocks.py): XXH3 (64 bits) of its head (number, bound, latest
    start, count) and its JSON texts, seeded with the CRC-32 of the head. Like a CRC, it detects damage, not forgery
    (see docs/guarantees.md); it runs at ~3 GB/s here where zlib's CRC-32 runs at ~1.2 GB/s, and a `--since` answer
    at 1,000,000 events is 210 MB of blocks. Stored as a signed 64-bit number, as SQLite holds integers."""
    try:  # imported here, not with the module: without xxhash only the blocks fail, in one line
        from xxhash import xxh3_64_intdigest
    except ImportError:
        raise DataError(
            "the Python package xxhash is not installed; install koursk first: python -m pip install ."
        ) from None
    value = xxh3_64_intdigest(body, seed=zlib.crc32(head))
    return value - (1 << 64) if value >= 1 << 63 else value


def store_digest(root: Path) -> str:
    """SHA-256 over every regular file under data/ and seeds/ (hidden files aside): its path inside the store, its
    size, its bytes, in path order. The same store gives the same digest wherever it lies (installed or checkout)."""
    files = sorted(
        (path.relative_to(root).as_posix(), path)
        for folder in STORE_FOLDERS
        if (root / folder).is_dir()
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )
    digest = _sha256()
    for name, path in files:
        with open(path, "rb") as stream:
            digest.update(f"{name}\0{os.fstat(stream.fileno()).st_size}\0".encode())
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    return digest.hexdigest()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex, as sources.yaml gives each seed's."""
    digest = _sha256()
    digest.update(data)
    return digest.hexdigest()


def _sha256() -> hashlib._Hash:
    import hashlib  # SHA-256 is not built in like BLAKE2b: OpenSSL for report, exports and a check of the seeds alone

    return hashlib.sha256()
