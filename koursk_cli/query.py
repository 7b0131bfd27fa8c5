"""Filter and sort events. Pure: a query is a value, applying it to a store returns a new list.

Semantics (also in `koursk events --help` and the README):
- `since`/`until` are calendar periods; an event matches when its date range overlaps [since.start, until.end].
- Repeating a flag means "any of" (`--actor putin --actor trump`); different flags must all match.
- `as_of` keeps events with at least one source whose whole publication window had passed by then.
- Every sort ends with the event id, so the order is total and the same on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .dates import Period
from .model import Event, Status, Store
from .textnorm import fold


class EventSort(StrEnum):
    DATE = "date"
    DATE_DESC = "-date"
    REPORTED = "reported"
    SOURCE = "source"
    TITLE = "title"


@dataclass(frozen=True, slots=True)
class EventQuery:
    since: Period | None = None
    until: Period | None = None
    sources: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    text: str | None = None
    as_of: Period | None = None
    sort: EventSort = EventSort.DATE
    limit: int | None = None
    lang: str = "en"

    @property
    def window(self) -> tuple[date, date]:
        return (self.since.start if self.since else date.min, self.until.end if self.until else date.max)


def _any(wanted: tuple[str, ...], have: Iterable[str]) -> bool:
    return not wanted or not set(wanted).isdisjoint(have)


def searchable_text(event: Event) -> str:
    return fold(" ".join([event.title.en, event.title.fr, *(e.quote for e in event.evidence)]))


def published_by(store: Store, event: Event, day: date) -> bool:
    return any(store.sources[s].published.end <= day for s in event.sources)


def event_matches(store: Store, query: EventQuery, event: Event) -> bool:
    start, end = query.window
    return (
        event.date.overlaps(start, end)
        and _any(query.sources, event.sources)
        and _any(query.actors, event.actors)
        and _any(query.places, event.places)
        and _any(query.tags, event.tags)
        and (not query.statuses or event.status in query.statuses)
        and (query.text is None or fold(query.text) in searchable_text(event))
        and (query.as_of is None or published_by(store, event, query.as_of.end))
    )


def _sort_key(store: Store, sort: EventSort, lang: str) -> Callable[[Event], Any]:
    def by_date(e: Event) -> tuple[Any, ...]:
        return (e.date.start, e.date.end)

    def by_source(e: Event) -> tuple[Any, ...]:
        first = min(e.sources, key=lambda s: (store.sources[s].published.start, s))
        return (store.sources[first].published.start, first, *by_date(e))

    keys: dict[EventSort, Callable[[Event], tuple[Any, ...]]] = {
        EventSort.DATE: by_date,
        EventSort.DATE_DESC: by_date,
        EventSort.REPORTED: lambda e: (e.reported.start, e.reported.end, *by_date(e)),
        EventSort.SOURCE: by_source,
        EventSort.TITLE: lambda e: (fold(e.title.get(lang)),),
    }
    primary = keys[sort]
    return lambda e: (*primary(e), e.id)


def run_event_query(store: Store, query: EventQuery) -> list[Event]:
    found = [e for e in store.events.values() if event_matches(store, query, e)]
    found.sort(key=_sort_key(store, query.sort, query.lang), reverse=query.sort is EventSort.DATE_DESC)
    return found if query.limit is None else found[: query.limit]
