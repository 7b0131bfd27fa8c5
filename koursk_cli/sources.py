"""Which articles exist and what each supports. Pure."""

from datetime import date
from typing import NamedTuple

from .dates import Period
from .model import Source, Store


class SourceSummary(NamedTuple):
    source: Source
    events: int
    claims: int


def actors_of(store: Store, source_id: str) -> set[str]:
    """Actors a source quotes or reports on: the actors of its events and who asserts its claims."""
    found = {a for e in store.events.values() if source_id in e.sources for a in e.actors}
    found |= {a for c in store.claims.values() if c.source == source_id for a in c.asserted_by}
    return found


def summarise(store: Store, source: Source) -> SourceSummary:
    return SourceSummary(
        source,
        events=sum(1 for e in store.events.values() if source.id in e.sources),
        claims=sum(1 for c in store.claims.values() if c.source == source.id),
    )


def run_source_query(
    store: Store, *, since: Period | None = None, until: Period | None = None, actors: tuple[str, ...] = ()
) -> list[SourceSummary]:
    """Sources whose publication window overlaps the period, sorted by publication then id."""
    start = since.start if since else date.min
    end = until.end if until else date.max
    found = [
        summarise(store, source)
        for source in store.sources.values()
        if source.published.overlaps(start, end)
        and (not actors or not set(actors).isdisjoint(actors_of(store, source.id)))
    ]
    return sorted(found, key=lambda s: (s.source.published.start, s.source.published.end, s.source.id))
