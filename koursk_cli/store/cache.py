"""The store cache: what a load read, kept in the user's cache directory so the next run only re-reads changes.

One file per store (keyed by the store's absolute path) under $XDG_CACHE_HOME/koursk (default ~/.cache/koursk),
never inside the store or the installed package, which may be read-only. Entries are keyed by each file's size and
modification time; the whole cache by koursk's version and CACHE_FORMAT. Writes go to a temporary file renamed into
place, so concurrent runs never see half a cache; a cache that cannot be read for any reason is ignored and rebuilt.
Each file's entry is a pickle of its own, so a save after a few files changed copies the others' bytes as they are.
"""

import contextlib
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple, Self

from .. import __version__
from .loader import Core, FileEntries

try:  # the C unpickler alone: `import pickle` also builds the pure-Python one, ~1.5 ms more on every run
    from _pickle import load
except ImportError:  # an interpreter without CPython's accelerator
    from pickle import load

CACHE_FORMAT = 7


def cache_home() -> Path:
    configured = os.environ.get("XDG_CACHE_HOME")
    base = Path(configured) if configured and os.path.isabs(configured) else Path.home() / ".cache"
    return base / "koursk"


class Saved(NamedTuple):
    core: Core
    entries: dict[str, FileEntries]  # by StoreFile.key
    spans: dict[str, tuple[int, int]]  # where each entry's pickle lies in the cache file
    identity: tuple[int, int, int]  # the cache file's inode, size and mtime: whether it is still the one read


class StoreCache(NamedTuple):
    path: Path
    key: tuple[str, int, str]

    @classmethod
    def for_store(cls, root: Path) -> Self:
        resolved = str(root.resolve())
        # A short name is enough: the key inside holds the full path, so two stores sharing a name only rebuild.
        name = f"{zlib.crc32(resolved.encode('utf-8')):08x}"
        return cls(cache_home() / f"store-{name}.pickle", (__version__, CACHE_FORMAT, resolved))

    def load(self) -> Saved | None:
        try:
            with open(self.path, "rb") as stream:
                if load(stream) != self.key:
                    return None
                core = load(stream)
                entries = {}
                spans = {}
                for _ in range(load(stream)):
                    start = stream.tell()
                    name, entry = load(stream)
                    entries[name] = entry
                    spans[name] = (start, stream.tell())
                return Saved(core, entries, spans, _identity(os.fstat(stream.fileno())))
        except Exception:  # missing, truncated, garbage or from another version: rebuild silently
            return None

    def save(
        self, core: Core, entries: dict[str, FileEntries], *, fresh: set[str], previous: Saved | None
    ) -> str | None:
        """Write atomically; return a one-line warning instead of failing when the cache cannot be written.

        Entries not in `fresh` are the ones `previous` loaded: while that cache file is still in place, their bytes
        are copied from it rather than pickled again, so a change to one file of a large store rewrites the cache
        at the speed of a file copy."""
        import pickle

        from ..atomic import staged

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with staged(self.path) as temporary:
                with open(temporary, "wb") as stream, _reusable(self.path, previous) as old:
                    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)

                    def dump(part: object) -> None:
                        # Each part has its own memo, so memory never spans the whole store and parts can be copied.
                        pickler.dump(part)
                        pickler.clear_memo()

                    for part in (self.key, core, len(entries)):
                        dump(part)
                    spans = previous.spans if old is not None and previous is not None else {}
                    runs = _Runs(old, stream)
                    for name, entry in entries.items():
                        if name in spans and name not in fresh:
                            runs.add(*spans[name])
                        else:
                            runs.flush()
                            dump((name, entry))
                    runs.flush()
                os.replace(temporary, self.path)
            return None
        except OSError as error:
            return f"koursk: warning: cache not written ({error.strerror or error}: {self.path.parent}); every run will read the whole store"


def _identity(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


@contextlib.contextmanager
def _reusable(path: Path, previous: Saved | None) -> Iterator[BinaryIO | None]:
    """The cache file `previous` was read from, open; None when there was none or another run has replaced it."""
    with contextlib.ExitStack() as stack:
        old: BinaryIO | None = None
        if previous is not None:
            with contextlib.suppress(OSError):
                old = stack.enter_context(open(path, "rb"))
        if old is not None and previous is not None and _identity(os.fstat(old.fileno())) != previous.identity:
            old = None
        yield old


class _Runs:
    """Byte spans of the old cache file to copy, merged while they follow one another."""

    def __init__(self, source: BinaryIO | None, target: BinaryIO) -> None:
        self.source, self.target = source, target
        self.start = self.end = 0

    def add(self, start: int, end: int) -> None:
        if start != self.end:
            self.flush()
            self.start = start
        self.end = end

    def flush(self) -> None:
        if self.source is not None and self.end > self.start:
            self.source.seek(self.start)
            remaining = self.end - self.start
            while remaining:
                chunk = self.source.read(min(remaining, 1 << 20))
                if not chunk:
                    raise OSError(f"the previous cache file ended {remaining} bytes early")
                self.target.write(chunk)
                remaining -= len(chunk)
        self.start = self.end = 0
