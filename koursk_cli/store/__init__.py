"""The edge that reads a store from disk: YAML with positions, schema validation, cross-checks, caching."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Store


def open_store(
    option: str | None,
    *,
    show_progress: bool = False,
    warn: Callable[[str], None] | None = None,
    drafts: bool = False,
    cited_seeds: bool = False,
) -> Store:
    """The store a run asks for (`option` is --data; else KOURSK_DATA, the config file or the shipped store), checked
    and through the cache. The store's readers (sqlite3, the cache, YAML on a cold load) are imported here, on the
    first use: `--help` and a command's usage error never pay for them. `cited_seeds`: see load_store."""
    from .open import load_store
    from .workstore import resolve_store_root

    root = resolve_store_root(option)
    return load_store(root, show_progress=show_progress, warn=warn, drafts=drafts, cited_seeds=cited_seeds)
