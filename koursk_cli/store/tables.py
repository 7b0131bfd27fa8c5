"""Events and claims kept as JSON text (from the cache) and turned into objects only when someone asks for them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


class LazyTable(Mapping[str, T]):
    """A read-only mapping from id to object, parsing each object's JSON text on first access."""

    def __init__(self, texts: Mapping[str, str], build: Callable[[dict[str, Any]], T], *, memo: bool = True) -> None:
        self._texts = texts
        self._build = build
        self._built: dict[str, T] | None = {} if memo else None

    def __getitem__(self, key: str) -> T:
        if self._built is None:  # a view scanned once per query: keeping every result would only cost memory
            return self._build(json.loads(self._texts[key]))
        found = self._built.get(key)
        if found is None:
            found = self._built[key] = self._build(json.loads(self._texts[key]))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, key: object) -> bool:
        return key in self._texts

    def ids_with_prefix(self, prefix: str, limit: int) -> list[str]:
        return ids_with_prefix(self._texts, prefix, limit)

    def of_event(self, event_id: str) -> list[T] | None:
        """The objects linked to `event_id` when the texts find them through an index (the cache's claims), else
        None: the caller scans."""
        finder = getattr(self._texts, "of_event", None)
        return None if finder is None else [self._build(record) for record in finder(event_id)]


class LazyObjects(Mapping[str, T]):
    """A read-only mapping from id to object, building each from its plain value on first access: a warm run over
    a store citing 20,000 articles builds only the sources it shows (parsing every publication date cost 0.7 s)."""

    def __init__(self, values: Mapping[str, Any], build: Callable[[Any], T]) -> None:
        self._values = values
        self._build = build
        self._built: dict[str, T] = {}

    def __getitem__(self, key: str) -> T:
        found = self._built.get(key)
        if found is None:
            found = self._built[key] = self._build(self._values[key])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values


class Deferred(Mapping[str, T]):
    """A read-only mapping loaded on first use (from the cache): a command that never looks into it never pays."""

    def __init__(self, load: Callable[[], Mapping[str, T]]) -> None:
        self._load = load
        self._loaded: Mapping[str, T] | None = None

    def _values(self) -> Mapping[str, T]:
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded

    def __getitem__(self, key: str) -> T:
        return self._values()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, key: object) -> bool:
        return key in self._values()


def ids_with_prefix(table: Mapping[str, Any], prefix: str, limit: int) -> list[str]:
    """The first `limit` ids of `table` starting with `prefix`, sorted; a cached table answers from its index."""
    finder = getattr(table, "ids_with_prefix", None)
    if finder is not None:
        return list(finder(prefix, limit))
    return sorted(key for key in table if key.startswith(prefix))[:limit]
