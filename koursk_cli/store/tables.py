"""Events and claims kept as JSON text (from the cache) and turned into objects only when someone asks for them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..model import EventFacts

T = TypeVar("T")


class LazyTable(Mapping[str, T]):
    """A read-only mapping from id to object, parsing each object's JSON text on first access."""

    def __init__(self, texts: Mapping[str, str], build: Callable[[dict[str, Any]], T], *, memo: bool = True) -> None:
        self._texts = texts
        self._build = build
        self._built: dict[str, T] | None = {} if memo else None

    def __getitem__(self, key: str) -> T:
        import json  # here: a `--json` run never parses an event, and so never loads the json module

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


class EventTexts(Mapping[str, str]):
    """Each event's JSON text by id, kept per file as one UTF-8 block of lines until an event of that file is asked
    for: unpickling a block is a copy, where unpickling 100,000 strings costs most of a warm load."""

    def __init__(self, blocks: Sequence[tuple[Sequence[EventFacts], bytes]]) -> None:
        """`blocks`: per file, the facts of its events and their texts, in the same order, joined by newlines."""
        self._blocks = [block for _, block in blocks]
        self._decoded: list[list[str] | None] = [None] * len(blocks)
        self._where = {
            event.id: (number, line) for number, (events, _) in enumerate(blocks) for line, event in enumerate(events)
        }

    def __getitem__(self, key: str) -> str:
        number, line = self._where[key]
        lines = self._decoded[number]
        if lines is None:
            lines = self._decoded[number] = self._blocks[number].decode("utf-8").split("\n")
            self._blocks[number] = b""  # never both copies of a file's texts at once
        return lines[line]

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where
