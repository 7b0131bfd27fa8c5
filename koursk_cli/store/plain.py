"""The checked core of a store as plain JSON values for the cache, and back.

The cache keeps the checked entries of sources.yaml, entities.yaml and topics.yaml as they were read (plain JSON
values) and rebuilds the objects with loader.core_objects, the code that built them from the files; and it keeps the
context that checking a changed events/claims file needs. Dates travel as their EDTF text and are parsed again.

The context's tables by id (each source's publication date, each core id's owner: 20,000 and 20,506 at 1,000,000
events) are kept as sorted ids beside columns of plain values (lists of strings and integers), never as an object
per id: parsing the part then makes a few lists, where a JSON object of 20,000 keys and 20,506 lists of three cost
a changed run ~15 ms and ~3,000 page faults of the ~2,000 dates and 1,000 ids its checks look up."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from itertools import islice
from operator import lt
from typing import Any, NoReturn, TypeVar

from ..dates import DateError, FuzzyDate, parse_edtf
from .context import Context

T = TypeVar("T")


_NAMES = ("actors", "places", "sources")  # Context's sets of names, kept as sorted lists
_BY_TOPIC = ("measures", "units", "decimal_units")  # its sets by topic, kept as an object of sorted lists


def context_part(context: Context) -> dict[str, Any]:
    dated = sorted(context.published)
    owned = sorted(context.owners)
    return {
        **{name: sorted(getattr(context, name)) for name in _NAMES},
        **{name: {topic: sorted(ids) for topic, ids in getattr(context, name).items()} for name in _BY_TOPIC},
        "published": {"ids": dated, "dates": [context.published[source].text for source in dated]},
        "owners": {
            "ids": owned,
            **{column: [context.owners[owned_id][at] for owned_id in owned] for at, column in enumerate(_OWNER)},
        },
    }


_OWNER = ("kinds", "files", "lines")  # a core id's owner: its kind, file name and line (Context.owners)
_COLUMNS: dict[str, dict[str, type]] = {
    "published": {"dates": str},
    "owners": dict(zip(_OWNER, (str, str, int), strict=True)),
}  # each sorted table's columns beside its ids, and their values' type (context_damage)


def published_texts(part: Mapping[str, Any]) -> dict[str, str]:
    """Each source's publication date as EDTF text, by id, from a context part (context_part's value)."""
    return dict(zip(part["published"]["ids"], part["published"]["dates"], strict=True))


def _strings(value: Any) -> bool:
    return type(value) is list and set(map(type, value)) <= {str}


def context_damage(value: Any) -> str | None:
    """What is wrong with a context part read back, if anything, in its sorted tables: ids that are not strings in
    strictly increasing order (bisection would miss one), columns not one value of their type per id. Its checksum
    can be forged (the cache is the user's file): a wrong shape was a traceback, an unsorted id an id not found. Its
    sets of names (actors, places, sources) are lists of strings, its sets by topic (measures, units) objects of such
    lists."""
    if not isinstance(value, dict):
        return "is not an object"
    for name in _NAMES:
        if not _strings(value.get(name)):
            return f"has {name!r} that are not a list of strings"
    for name in _BY_TOPIC:
        by_topic = value.get(name)
        if not isinstance(by_topic, dict) or not all(map(_strings, by_topic.values())):
            return f"has {name!r} that are not lists of strings by topic"
    for table, columns in _COLUMNS.items():
        found = value.get(table)
        if not isinstance(found, dict):
            return f"has no table {table!r}"
        ids = found.get("ids")
        if type(ids) is not list or not set(map(type, ids)) <= {str}:
            return f"has {table!r} ids that are not strings"
        if not all(map(lt, ids, islice(ids, 1, None))):
            return f"has {table!r} ids out of order"
        for column, kind in columns.items():
            values = found.get(column)
            if type(values) is not list or len(values) != len(ids) or not set(map(type, values)) <= {kind}:
                return f"has a {table!r} column {column!r} that is not one {kind.__name__} per id"
    return None


def context_from(value: dict[str, Any], seed_texts: Mapping[str, str], damaged: Callable[[str], NoReturn]) -> Context:
    """The context a context part keeps (checked by context_damage); a publication date that is no EDTF date, found
    when it is looked up, is `damaged` (its checksum forged: it was a DateError traceback)."""
    dates, owners = value["published"], value["owners"]

    def published(at: int) -> FuzzyDate:
        try:
            return parse_edtf(dates["dates"][at])
        except DateError:
            damaged(f"core part 'context' has a publication date that is no date: {dates['dates'][at][:40]!r}")

    kinds, files, lines = (owners[column] for column in _OWNER)
    sets: dict[str, Any] = {name: frozenset(value[name]) for name in _NAMES}
    sets.update((name, {topic: frozenset(ids) for topic, ids in value[name].items()}) for name in _BY_TOPIC)
    return Context(
        **sets,
        published=Sorted[FuzzyDate](dates["ids"], published),  # a changed file's checks look up ~2,000 of 20,000
        seed_texts=seed_texts,
        owners=Sorted[tuple[str, str, int]](owners["ids"], lambda at: (kinds[at], files[at], lines[at])),  # its own ids
    )


class Sorted(Mapping[str, T]):
    """A read-only mapping over sorted ids, each value built from its place among them on first access (bisection:
    no dict of every id is made; a changed file's checks look up a few thousand of 20,000)."""

    def __init__(self, ids: list[str], build: Callable[[int], T]) -> None:
        self._ids = ids
        self._build = build
        self._built: dict[str, T] = {}

    def _at(self, key: object) -> int:
        at = bisect_left(self._ids, key) if isinstance(key, str) else len(self._ids)
        return at if at < len(self._ids) and self._ids[at] == key else -1

    def __getitem__(self, key: str) -> T:
        found = self._built.get(key)
        if found is None:
            at = self._at(key)
            if at < 0:
                raise KeyError(key)
            found = self._built[key] = self._build(at)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._built or self._at(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
