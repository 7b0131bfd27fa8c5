"""Which articles exist and what each supports. Pure."""

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from .dates import Period
from .model import Source, Store
from .query import name_counts


class SourceSummary(NamedTuple):
    source: Source
    events: int
    claims: int


def seed_number(seed: str) -> str | None:
    """The number a seed file's name begins with, its leading zeros dropped (`2` for `002_….txt`, `1000` for
    `1000_….txt`), which `show`, `read` and `--source` take. The one definition (rev37m C2): lookups, the left-out
    records, check and extract's next seed all read it. Kept as text, never converted: a name may hold more digits
    than int() reads (rev31 L3)."""
    digits = re.match("[0-9]+", seed)
    return seed_key(digits.group()) if digits else None


def seed_key(digits: str) -> str:
    """A seed number as typed (`002`, `02`, `2`: one article), written as `seed_number` writes it."""
    return digits.lstrip("0") or "0"


def shown_seed_number(source: Source) -> str | None:
    """A source's seed number as `koursk sources` lists it (`002`, `1000`), or None."""
    number = seed_number(source.seed)
    return None if number is None else f"{number:0>3}"


def summarise(store: Store, sources: Iterable[Source]) -> list[SourceSummary]:
    """Each source with how many events and claims cite it: one pass over each, however many sources (a store may
    cite thousands)."""
    events = name_counts(store, "sources")
    claims = Counter(c.source for c in store.claims.values())
    return [SourceSummary(source, events.get(source.id, 0), claims[source.id]) for source in sources]


def sources_involving(store: Store, actors: set[str]) -> set[str]:
    """Sources that quote or report on any of `actors`: through their events' actors or who asserts their claims."""
    found = {s for f in store.facts if not actors.isdisjoint(f.actors) for s in f.sources}
    found |= {c.source for c in store.claims.values() if not actors.isdisjoint(c.asserted_by)}
    return found


def sources_quoting(store: Store, speakers: set[str]) -> set[str]:
    """Sources that quote any of `speakers`: an event's quote they speak in (its own article's, not the event's other
    articles'), or a claim they assert."""
    found = {
        e.source
        for f in store.facts
        if not speakers.isdisjoint(f.speakers)
        for e in store.events[f.id].evidence
        if e.speaker in speakers
    }
    found |= {c.source for c in store.claims.values() if not speakers.isdisjoint(c.asserted_by)}
    return found


def run_source_query(
    store: Store,
    *,
    since: Period | None = None,
    until: Period | None = None,
    actors: tuple[str, ...] = (),
    speakers: tuple[str, ...] = (),
) -> list[SourceSummary]:
    """Sources whose publication window overlaps the period (involving one of `actors`, quoting one of `speakers`,
    when given), sorted by publication then id."""
    start = since.start if since else date.min
    end = until.end if until else date.max
    involved = sources_involving(store, set(actors)) if actors else None
    if speakers:
        quoting = sources_quoting(store, set(speakers))
        involved = quoting if involved is None else involved & quoting
    found = summarise(
        store,
        (
            source
            for source in store.sources.values()
            if source.published.overlaps(start, end) and (involved is None or source.id in involved)
        ),
    )
    return sorted(found, key=lambda s: (s.source.published.start, s.source.published.end, s.source.id))
