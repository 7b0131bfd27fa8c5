"""Digests the cache is keyed and checked by: of a file's bytes, of the code that shapes cached data, of a row.

Content digests are BLAKE2b (cryptographic, ~600 MB/s here, in the standard library); a row's checksum is CRC-32,
enough to catch damage (bit rot, a torn or partial write), computed in C over bytes SQLite hands back as they are.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_code_digest: list[str] = []


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
