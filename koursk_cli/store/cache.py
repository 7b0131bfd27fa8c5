"""The store cache: what a load read, kept in the user's cache directory so the next run only re-reads changes.

One file per store (keyed by the store's absolute path) under $XDG_CACHE_HOME/koursk (default ~/.cache/koursk),
never inside the store or the installed package, which may be read-only. Entries are keyed by each file's size and
modification time; the whole cache by koursk's version and CACHE_FORMAT. Writes go to a temporary file renamed into
place, so concurrent runs never see half a cache; a cache that cannot be read for any reason is ignored and rebuilt.
"""

import os
import zlib
from pathlib import Path
from typing import NamedTuple, Self

from .. import __version__
from .loader import Core, FileEntries

try:  # the C unpickler alone: `import pickle` also builds the pure-Python one, ~1.5 ms more on every run
    from _pickle import load
except ImportError:  # an interpreter without CPython's accelerator
    from pickle import load

CACHE_FORMAT = 6


def cache_home() -> Path:
    configured = os.environ.get("XDG_CACHE_HOME")
    base = Path(configured) if configured and os.path.isabs(configured) else Path.home() / ".cache"
    return base / "koursk"


class Saved(NamedTuple):
    core: Core
    entries: dict[str, FileEntries]


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
                for _ in range(load(stream)):
                    path, entry = load(stream)
                    entries[path] = entry
        except Exception:  # missing, truncated, garbage or from another version: rebuild silently
            return None
        return Saved(core, entries)

    def save(self, core: Core, entries: dict[str, FileEntries]) -> str | None:
        """Write atomically; return a one-line warning instead of failing when the cache cannot be written."""
        import pickle

        from ..atomic import staged

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with staged(self.path) as temporary:
                with open(temporary, "wb") as stream:
                    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
                    # One pickle per part and per file, each with its own memo, so memory never spans the whole store.
                    for part in (self.key, core, len(entries), *entries.items()):
                        pickler.dump(part)
                        pickler.clear_memo()
                os.replace(temporary, self.path)
            return None
        except OSError as error:
            return f"koursk: warning: cache not written ({error.strerror or error}: {self.path.parent}); every run will read the whole store"
