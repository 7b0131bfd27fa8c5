"""What had been published by a day (`--as-of`), and each event as it was known then. Pure.

One rule, here only: an article counts as published by a day once its whole publication window has passed (its
`published.end` is on or before that day), so an article of "28–31 Oct" counts from 31 October and one whose window
straddles the day does not. `--as-of` selects an event when one of its articles counts (the fact `known_from`, the
first day one does, is what query.EVENT_FILTERS and the cache's SQL test), and serves it with only the evidence of
the articles that count: its `sources`, `evidence` and `reported`, and everything drawn from them (the other
filters, the sorts by report, the counts of sources, the report's citations). Its date, date basis, status and
titles are the curator's reading of every article and stay as the store has them today (docs/dates.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from typing import NamedTuple

from .codec import earliest_publication, event_from_record, event_text
from .dates import FuzzyDate, Period
from .model import Dated, Event, EventFacts, Source


def known_by(published: FuzzyDate, day: date) -> bool:
    """Whether an article published then counts as published by `day` (inclusive)."""
    return published.end <= day


def straddling(sources: Iterable[Source], day: date) -> list[Source]:
    """The articles whose publication window straddles `day`: maybe out by then, not counted by it (known_by), in
    order of publication then id. `--as-of` says so rather than leave them out in silence (rev32 R13)."""
    found = [s for s in sources if s.published.start <= day < s.published.end]
    return sorted(found, key=lambda s: (s.published.start, s.published.end, s.id))


class SourceFacts(NamedTuple):
    """The facts of an event that come from the articles it names (see model.EventFacts)."""

    known_from: int
    reported_start: int
    reported_end: int
    first_source_start: int
    first_source: str


def source_facts(ids: tuple[str, ...], sources: Mapping[str, Dated]) -> SourceFacts:
    """`known_from` is the first day one of the articles counts as published (known_by); `reported` is the earliest
    publication (as Event.reported), `first_source` the article published first (ties by id)."""
    published = [sources[s].published for s in ids]
    first_start, first = min((when.start, s) for when, s in zip(published, ids, strict=True))
    reported = min(published, key=lambda when: (when.start, when.end))
    return SourceFacts(
        known_from=min(when.end for when in published).toordinal(),
        reported_start=reported.start.toordinal(),
        reported_end=reported.end.toordinal(),
        first_source_start=first_start.toordinal(),
        first_source=first,
    )


def counted(sources: Mapping[str, Source], as_of: Period) -> Callable[[str], bool]:
    """Whether an article (by id) counts as published by the end of `as_of`: each looked up once, since thousands
    of events name the same articles (and a cached store builds an article when it is first read)."""
    memo: dict[str, bool] = {}

    def test(source_id: str) -> bool:
        found = memo.get(source_id)
        if found is None:
            found = memo[source_id] = known_by(sources[source_id].published, as_of.end)
        return found

    return test


def facts_known(facts: EventFacts, keep: tuple[str, ...], sources: Mapping[str, Source]) -> EventFacts:
    """The facts of the event as only the articles `keep` (some of its own, at least one) tell it."""
    if keep == facts.sources:
        return facts
    return facts._replace(sources=keep, **source_facts(keep, sources)._asdict())


def event_known(event: Event, keep: Collection[str], sources: Mapping[str, Source]) -> Event:
    """The event with only the evidence of the articles `keep` (at least one of its own), `reported` from them."""
    evidence = tuple(e for e in event.evidence if e.source in keep)
    if len(evidence) == len(event.evidence):
        return event
    return event._replace(evidence=evidence, reported=earliest_publication(sources, evidence))


def text_known(text: str, keep: Collection[str], sources: Mapping[str, Source]) -> str:
    """An event's `--json` text as event_known serves it: the same bytes as an event with that evidence alone."""
    return event_text(event_known(event_from_record(json.loads(text), sources), keep, sources))
