"""One SHA-256 for a whole store, so a page or an export can say exactly which data it was made from."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_FOLDERS = ("data", "seeds")
_CHUNK = 1 << 20


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
