"""Digests: of a file's bytes and of the code that shape cached data (the cache's keys), of a cached row (its
checksum), and of a whole store (so a page or an export can say exactly which data it was made from).

Content digests are BLAKE2b (cryptographic, ~600 MB/s here, in the standard library); a row's checksum is CRC-32,
enough to catch damage (bit rot, a torn or partial write), computed in C over bytes SQLite hands back as they are.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_code_digest: list[str] = []
_FOLDERS = ("data", "seeds")
_CHUNK = 1 << 20


def content_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def code_digest(schema: Path) -> str:
    """A digest of every module of the package and of the schema it validates with: a cache written by any other
    build (another commit, a local edit, another schema) is never read, and no version number has to be bumped."""
    if not _code_digest:
        digest = hashlib.blake2b(digest_size=16)
        for path in [*sorted(_PACKAGE.rglob("*.py")), schema]:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(path.parent.parent)}\0{len(data)}\0".encode())
            digest.update(data)
        _code_digest.append(digest.hexdigest())
    return _code_digest[0]


def row_checksum(body: bytes) -> int:
    return zlib.crc32(body)


def store_digest(root: Path) -> str:
    """SHA-256 over every regular file under data/ and seeds/ (hidden files aside): its path inside the store, its
    size, its bytes, in path order. The same store gives the same digest wherever it lies (installed or checkout)."""
    files = sorted(
        (path.relative_to(root).as_posix(), path)
        for folder in _FOLDERS
        if (root / folder).is_dir()
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )
    digest = hashlib.sha256()
    for name, path in files:
        with open(path, "rb") as stream:
            digest.update(f"{name}\0{os.fstat(stream.fileno()).st_size}\0".encode())
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    return digest.hexdigest()
