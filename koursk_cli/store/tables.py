"""Events and claims kept as JSON text (from the cache) and turned into objects only when someone asks for them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, ValuesView
from typing import Any, TypeVar

from ..jsontext import loaded

T = TypeVar("T")
MANY = 250  # objects fetched by one query (SQLite takes up to 32,766 parameters)


class LazyTable(Mapping[str, T]):
    """A read-only mapping from id to object, parsing each object's JSON text on first access."""

    def __init__(self, texts: Mapping[str, str], build: Callable[[dict[str, Any]], T], *, memo: bool = True) -> None:
        self._texts = texts
        self._build = build
        self._built: dict[str, T] | None = {} if memo else None

    def __getitem__(self, key: str) -> T:
        if self._built is None:  # a view scanned once per query: keeping every result would only cost memory
            return self._build(loaded(self._texts[key]))
        found = self._built.get(key)
        if found is None:
            found = self._built[key] = self._build(loaded(self._texts[key]))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, key: object) -> bool:
        return key in self._texts

    def ids_with_prefix(self, prefix: str, limit: int) -> list[str]:
        return ids_with_prefix(self._texts, prefix, limit)

    def ids_near(self, typed: str) -> Iterable[str]:
        """The ids an unknown id is compared with: the texts choose when they can (the cache, past a size), else all."""
        finder = getattr(self._texts, "ids_near", None)
        return self._texts if finder is None else finder(typed)

    def scan(self, topic: str | None = None, measure: str | None = None) -> Iterator[T] | None:
        """The objects, or those on `topic` (and `measure`), in table order, read in one pass when the texts can (the
        cache's claims: a row at a time, where looking each id up costs an index search), else None: the caller
        scans."""
        finder = getattr(self._texts, "scan", None)
        return None if finder is None else (self._build(record) for record in finder(topic, measure))

    def many(self, keys: Sequence[str]) -> Iterator[T]:
        """The objects of `keys`, in their order: a few hundred a query when the texts can (the cache)."""
        finder = getattr(self._texts, "many", None)
        if finder is None:
            yield from (self[key] for key in keys)
            return
        for at in range(0, len(keys), MANY):
            yield from (self._build(loaded(text)) for text in finder(keys[at : at + MANY]))

    def values(self) -> ValuesView[T]:
        return _ScannedValues(self)

    def of_event(self, event_id: str) -> list[T] | None:
        """The objects linked to `event_id` when the texts find them through an index (the cache's claims), else
        None: the caller scans."""
        finder = getattr(self._texts, "of_event", None)
        return None if finder is None else [self._build(record) for record in finder(event_id)]


class _ScannedValues(ValuesView[T]):
    """A LazyTable's values, read in one pass when its texts can."""

    _mapping: LazyTable[T]

    def __iter__(self) -> Iterator[T]:
        table = self._mapping
        return table.scan() or (table[key] for key in table)


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


def ids_with_prefix(table: Mapping[str, Any], prefix: str, limit: int) -> list[str]:
    """The first `limit` ids of `table` starting with `prefix`, sorted; a cached table answers from its index."""
    finder = getattr(table, "ids_with_prefix", None)
    if finder is not None:
        return list(finder(prefix, limit))
    return sorted(key for key in table if key.startswith(prefix))[:limit]
