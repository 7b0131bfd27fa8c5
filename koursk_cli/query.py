"""Filter and sort events. Pure: a query is a value; it runs over each event's facts (see model.EventFacts).

Semantics (also in `koursk events --help` and the README):
- `since`/`until` are calendar periods; an event matches when its date range overlaps [since.start, until.end].
- `within` is a period the event must lie in entirely (both its bounds inside it): "what happened that week",
  without the long-running events that merely overlap it.
- `max_span` keeps events whose date spans at most that many days (1: known to the day), leaving out long-running
  events and those known only to the month or year.
- Repeating a flag means "any of" (`--actor putin --actor trump`); different flags must all match.
- `speakers` keeps events with a quote one of them speaks in (Evidence.speaker): who said something, where `actors`
  is who acted; under --as-of, among the quotes of the articles published by then.
- `as_of` keeps events with at least one source whose whole publication window had passed by then.
- `text` keeps events whose titles and quotes hold every word of it, compared as textnorm.search_words makes them
  (case and accents folded, figures joined: 12000 = 12 000 = 12.000 = 12,000); `word*` matches words it begins.
- `relevance` orders by how well an event's words answer `text` (BM25 as SQLite's FTS5 computes it, ranking.py),
  then by date.
- Every sort ends with the event id, so the order is total and the same on every run.

This module is the specification. Each filter is one row of EVENT_FILTERS: the EventQuery field holding its value,
its kind (how it tests an event) and the fact it tests. The predicate here and, in a cached store (store/indexed.py),
the SQL over indexes both follow from the kind, and property tests hold the two to the same answers for every row:
a new filter of an existing kind needs no new predicate or SQL (a kind the cache has no SQL for is tested row by row
in Python there, never taken for damage).
"""

import json
import sys
from abc import abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from itertools import islice
from operator import attrgetter
from typing import Any, NamedTuple, NoReturn, overload

from .codec import event_from_record, search_words_of
from .dates import Period
from .jsontext import joined_batches
from .known import counted, event_known, facts_known, source_facts, text_known
from .model import Dated, Event, EventFacts, Status, Store
from .ranking import Corpus, bm25, ranked_words
from .textnorm import fold, matches_words, query_words


class EventSort(StrEnum):
    DATE = "date"
    DATE_DESC = "-date"
    REPORTED = "reported"
    SOURCE = "source"
    TITLE = "title"
    RELEVANCE = "relevance"  # with --text: best match first (ranking.py), then by date


class EventQuery(NamedTuple):
    since: Period | None = None
    until: Period | None = None
    sources: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    text: str | None = None
    as_of: Period | None = None
    within: Period | None = None
    max_span: int | None = None
    sort: EventSort = EventSort.DATE
    limit: int | None = None
    lang: str = "en"


def facts_of(event: Event, sources: Mapping[str, Dated]) -> EventFacts:
    """Ids are interned: thousands of events name the same sources, actors and places. The event's sources are
    worked out once (`Event.sources` is worked out from the evidence each time it is read)."""

    intern = sys.intern
    ids = tuple(map(intern, event.sources))
    date, title = event.date, event.title
    return EventFacts(  # by position, the source facts in their place (keywords and _asdict: ~2 us an event)
        event.id,
        date.start.toordinal(),
        date.end.toordinal(),
        *source_facts(ids, sources),
        ids,
        tuple(map(intern, event.actors)),
        tuple(map(intern, event.places)),
        tuple(map(intern, event.tags)),
        tuple(map(intern, dict.fromkeys([e.speaker for e in event.evidence if e.speaker is not None]))),
        intern(event.status.value),
        fold(title.en),
        fold(title.fr),
    )


class FilterKind(StrEnum):
    """How a filter tests an event's facts: the predicate is `fact_test` here, the SQL is in store/indexed.py."""

    DAY_FROM = "day-from"  # the fact, a day, is on or after the period's first day
    DAY_UNTIL = "day-until"  # the fact, a day, is on or before the period's last day
    SPAN_BELOW = "span-below"  # the event's dates span at most N days (end - start < N); no fact
    ANY_OF = "any-of"  # the fact, a list of names, holds one of the values (repeating a flag: any of)
    ONE_OF = "one-of"  # the fact, one value, is one of the values
    WORDS = "words"  # the event's search words hold every word of the text (textnorm.matches_words); no fact


class EventFilter(NamedTuple):
    """One event filter: the EventQuery field holding its value (None or empty when not given), how it tests an
    event, and the EventFacts field it tests (a column of the cache's events table, or a list in its names)."""

    field: str
    kind: FilterKind
    fact: str = ""


_WITHOUT_FACT = (FilterKind.SPAN_BELOW, FilterKind.WORDS)

# Every event filter, once. A field may have several rows (all must pass); `since` with `until` is the overlap test.
EVENT_FILTERS = (
    EventFilter("since", FilterKind.DAY_FROM, "end"),
    EventFilter("until", FilterKind.DAY_UNTIL, "start"),
    EventFilter("within", FilterKind.DAY_FROM, "start"),
    EventFilter("within", FilterKind.DAY_UNTIL, "end"),
    EventFilter("max_span", FilterKind.SPAN_BELOW),
    *(EventFilter(names, FilterKind.ANY_OF, names) for names in ("sources", "actors", "places", "tags", "speakers")),
    EventFilter("statuses", FilterKind.ONE_OF, "status"),
    EventFilter("text", FilterKind.WORDS),
    EventFilter("as_of", FilterKind.DAY_UNTIL, "known_from"),
)
NOT_FILTERS = ("sort", "limit", "lang")
"""The EventQuery fields that order or shape an answer rather than select events."""
assert {f.field for f in EVENT_FILTERS} == set(EventQuery._fields) - set(NOT_FILTERS)
assert all((f.fact in EventFacts._fields) is (f.kind not in _WITHOUT_FACT) for f in EVENT_FILTERS)


def given_filters(query: EventQuery) -> list[tuple[EventFilter, Any]]:
    """The filters the query gives, each with its value, in EVENT_FILTERS' order."""
    return [(f, value) for f in EVENT_FILTERS if (value := getattr(query, f.field)) is not None and value != ()]


def fact_test(flt: EventFilter, value: Any, words_of: Callable[[str], str]) -> Callable[[EventFacts], bool]:
    """The filter's predicate over an event's facts; `words_of` gives an event's search words by id."""
    fact = attrgetter(flt.fact)  # read only by the kinds that test a fact
    match flt.kind:
        case FilterKind.DAY_FROM:
            first = value.start.toordinal()
            return lambda f: fact(f) >= first
        case FilterKind.DAY_UNTIL:
            last = value.end.toordinal()
            return lambda f: fact(f) <= last
        case FilterKind.SPAN_BELOW:
            return lambda f: f.end - f.start < value
        case FilterKind.ANY_OF:
            chosen = frozenset(value)
            return lambda f: not chosen.isdisjoint(fact(f))
        case FilterKind.ONE_OF:
            wanted = frozenset(value)
            return lambda f: fact(f) in wanted
        case FilterKind.WORDS:
            words = query_words(value)
            return lambda f: matches_words(words, words_of(f.id))


def fact_tests(query: EventQuery, words_of: Callable[[str], str]) -> list[Callable[[EventFacts], bool]]:
    """One test per filter given, so a query with few filters does little work per event; `words_of` gives an
    event's search words by id (see Store.search_texts)."""
    return [fact_test(flt, value, words_of) for flt, value in given_filters(query)]


def _sort_key(sort: EventSort, lang: str) -> Callable[[EventFacts], Any]:
    keys: dict[EventSort, Callable[[EventFacts], tuple[Any, ...]]] = {
        EventSort.DATE: lambda f: (f.start, f.end, f.id),
        EventSort.DATE_DESC: lambda f: (f.start, f.end, f.id),
        EventSort.REPORTED: lambda f: (f.reported_start, f.reported_end, f.start, f.end, f.id),
        EventSort.SOURCE: lambda f: (f.first_source_start, f.first_source, f.start, f.end, f.id),
        EventSort.TITLE: lambda f: (f.title_fr if lang == "fr" else f.title_en, f.id),
        EventSort.RELEVANCE: lambda f: (f.start, f.end, f.id),  # ties, after the score (relevance_key)
    }
    return keys[sort]


def relevance_key(
    query: EventQuery, words_of: Callable[[str], str], every_text: Callable[[], Iterable[str]]
) -> Callable[[EventFacts], tuple[Any, ...]]:
    """The `relevance` order: each event's BM25 score for `text` over the whole store (`every_text`: each event's
    search words), then date and id. Without text every score is equal, so it is the date order. Each word of a
    term's alternatives counts as FTS5 counts the phrases of an OR: all of them, in the order written."""
    wanted = ranked_words(query_words(query.text)) if query.text is not None else []
    ties = _sort_key(EventSort.RELEVANCE, query.lang)
    if not wanted:
        return lambda f: (0.0, *ties(f))
    corpus = Corpus.of(wanted, every_text())
    return lambda f: (bm25(wanted, words_of(f.id), corpus), *ties(f))


class DatedText(NamedTuple):
    """A matching event as a timeline needs it: its id, its first and last days (ordinals) and its JSON text, UTF-8
    encoded."""

    id: str
    start: int
    end: int
    text: bytes

    def window(self) -> tuple[int, int]:
        return self.start, self.end


class IndexedFacts(Sequence[EventFacts]):
    """Facts that answer a query themselves (from an index) with the same answers as match_events gives."""

    @abstractmethod
    def matching(self, query: EventQuery) -> Iterator[tuple[EventFacts, str]]:
        """Each matching event's facts and JSON text, in the query's order, streamed."""

    @abstractmethod
    def matching_json(self, query: EventQuery) -> Iterator[bytes]:
        """Only the JSON texts, UTF-8 encoded: what `--json` prints."""

    @abstractmethod
    def matching_json_joined(self, query: EventQuery) -> Iterator[bytes]:
        """The same texts, some of them joined as a JSON array joins them: what `--json` prints between its
        brackets, once joined by that separator."""

    @abstractmethod
    def matching_dated(self, query: EventQuery) -> Iterator[DatedText]:
        """Each match's id, first and last days and JSON text (UTF-8): what a timeline deals into its periods."""

    @abstractmethod
    def window_counts(self, query: EventQuery) -> dict[tuple[int, int], int]:
        """How many matching events have each window (first day, last day: ordinals), counted without reading the
        events."""

    @abstractmethod
    def name_counts(self, field: str) -> dict[str, int]:
        """How many events name each value of a list field (sources, actors, places, tags)."""

    @abstractmethod
    def damaged(self, reason: str) -> NoReturn:
        """Stop: the index disagrees with the rows it serves (it is removed, never served from again)."""

    @abstractmethod
    def distinct(self, field: str) -> set[str]:
        """Every value of a list field (sources, actors, places, tags) some event has."""

    @abstractmethod
    def ids_with_prefix(self, prefix: str, limit: int) -> list[str]:
        """The first `limit` event ids starting with `prefix`, sorted."""


def distinct_values(store: Store, field: str) -> set[str]:
    """Every tag (or source, actor, place) some event names: from the index when the store has one."""
    if isinstance(store.facts, IndexedFacts):
        return store.facts.distinct(field)
    return {value for facts in store.facts for value in getattr(facts, field)}


def name_counts(store: Store, field: str) -> dict[str, int]:
    """How many events name each source (or actor, place, tag): a GROUP BY over the index when the store has one."""
    if isinstance(store.facts, IndexedFacts):
        return store.facts.name_counts(field)
    counts: dict[str, int] = {}
    for facts in store.facts:
        for value in dict.fromkeys(getattr(facts, field)):  # an event counts once for each name it gives
            counts[value] = counts.get(value, 0) + 1
    return counts


def event_ids_with_prefix(store: Store, prefix: str, limit: int) -> list[str]:
    if isinstance(store.facts, IndexedFacts):
        return store.facts.ids_with_prefix(prefix, limit)
    return sorted(f.id for f in store.facts if f.id.startswith(prefix))[:limit]


def match_events(store: Store, query: EventQuery) -> list[EventFacts]:
    """The facts of the matching events, sorted and limited (under --as-of, as they were known then)."""
    if query.as_of is not None:
        return [facts for facts, _ in _as_known(store, query)]
    return _stored_facts(store, query)


def _stored_facts(store: Store, query: EventQuery) -> list[EventFacts]:
    """match_events over the facts as stored, each event with all its articles."""
    if isinstance(store.facts, IndexedFacts):
        return [facts for facts, _ in store.facts.matching(query)]
    tests = fact_tests(query, store.search_texts.__getitem__)
    found = [f for f in store.facts if all(test(f) for test in tests)]
    if query.sort is EventSort.RELEVANCE:
        texts = store.search_texts
        found.sort(key=relevance_key(query, texts.__getitem__, texts.values))
    else:
        found.sort(key=_sort_key(query.sort, query.lang), reverse=query.sort is EventSort.DATE_DESC)
    return found if query.limit is None else found[: query.limit]


def split_ongoing(matched: list[EventFacts], since: Period | None) -> tuple[list[EventFacts], list[EventFacts]]:
    """(events that began before `since` and are still under way in it, the others), each in its order: listings
    show the first apart, so a week's news is not buried under the months-long events that overlap it."""
    if since is None:
        return [], matched
    start = since.start.toordinal()
    return [f for f in matched if f.start < start], [f for f in matched if f.start >= start]


class Listing(NamedTuple):
    """A terminal's `events`: the group that began before --since and the others, each cut by --limit, and how many
    of each the cut left out."""

    ongoing: list[EventFacts]
    rest: list[EventFacts]
    first: bool  # the began-before group is listed first
    more_ongoing: int
    more_rest: int


def listing(matched: list[EventFacts], since: Period | None, sort: EventSort, limit: int | None) -> Listing:
    """The order every view shows (rev37u U5, U7): the events that began before `since` come where their dates put
    them, first (as in `timeline` and in pipes) unless under --sort -date; --limit then takes the first N of that
    display order, so `-n 6` shows the first 6 rows of the listing it cuts."""
    ongoing, rest = split_ongoing(matched, since)
    first = _ongoing_first(sort)
    if limit is None:
        return Listing(ongoing, rest, first, 0, 0)
    lead, tail = (ongoing, rest) if first else (rest, ongoing)
    kept_lead, kept_tail = lead[:limit], tail[: max(0, limit - len(lead))]
    kept_ongoing, kept_rest = (kept_lead, kept_tail) if first else (kept_tail, kept_lead)
    return Listing(kept_ongoing, kept_rest, first, len(ongoing) - len(kept_ongoing), len(rest) - len(kept_rest))


def listed_events(store: Store, query: EventQuery) -> Listing:
    """`listing` of every match of `query`, without holding every match when it has a limit: in the dates' own
    order (either way) the groups come in the query's order, so the rows it serves are those the limit keeps, and
    each group's size is counted by window (at 1M, `events --text sommet -n 50` on a terminal held 885,585 matches
    to show 50). In any other order with --since, the began-before group goes first and is cut first, which no
    single limited query gives: every match is listed, as `listing` says."""
    since, sort, limit = query.since, query.sort, query.limit
    if limit is None or (since is not None and sort not in {EventSort.DATE, EventSort.DATE_DESC}):
        return listing(match_events(store, query._replace(limit=None)), since, sort, limit)
    counts = window_counts(store, query._replace(limit=None))
    begun = sum(n for (start, _), n in counts.items() if since is not None and start < since.start.toordinal())
    ongoing, rest = split_ongoing(match_events(store, query), since)
    more_rest = sum(counts.values()) - begun - len(rest)
    return Listing(ongoing, rest, _ongoing_first(sort), begun - len(ongoing), more_rest)


def _ongoing_first(sort: EventSort) -> bool:
    """Whether a listing shows the events that began before --since first, where their dates put them: in every
    order but --sort -date, which puts them last (rev37u U5)."""
    return sort is not EventSort.DATE_DESC


class MatchedEvents(Sequence[Event]):
    """The events a query matched, each built from the store when read: an export or a diff of a large store
    never holds them all at once."""

    def __init__(self, store: Store, matched: list[EventFacts]) -> None:
        self._store = store
        self._matched = matched

    def __len__(self) -> int:
        return len(self._matched)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...
    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return [event_of(self._store, f) for f in self._matched[index]]
        return event_of(self._store, self._matched[index])


def event_of(store: Store, facts: EventFacts) -> Event:
    """The event of facts that match_events gave, with the evidence of the articles they name (under --as-of,
    those published by then)."""
    return event_known(store.events[facts.id], facts.sources, store.sources)


def _stored(store: Store, query: EventQuery) -> Iterator[tuple[EventFacts, str]]:
    """matching over the events as stored: streamed from the index when the store has one (nothing is held), else
    from the facts in memory."""
    if isinstance(store.facts, IndexedFacts):
        return store.facts.matching(query)
    return ((f, store.event_texts[f.id]) for f in _stored_facts(store, query))


_REORDERED_AS_KNOWN = (EventSort.REPORTED, EventSort.SOURCE, EventSort.RELEVANCE)
"""The sorts whose keys read an event's articles or quotes, so --as-of may reorder them."""


def _as_known(store: Store, query: EventQuery) -> Iterator[tuple[EventFacts, str]]:
    """matching under --as-of: each event the query selects as it was known by then (known.py), with the other
    filters and the sort applied to it so. The stored query selects the right events (trimming keeps at least one
    article of an event it keeps) and is run without the limit only when an answer may change: --source or --text
    or --speaker may reject a trimmed event (only its later articles matched), and the sorts by report and relevance may reorder
    (those hold the answer to sort it; the others stream)."""
    as_of = query.as_of
    assert as_of is not None
    resort = query.sort in _REORDERED_AS_KNOWN
    stored = query._replace(
        sort=EventSort.DATE if resort else query.sort, limit=None if _reshaped_as_known(query) else query.limit
    )
    chosen = frozenset(query.sources)
    speaking = frozenset(query.speakers)
    wanted = query_words(query.text) if query.text is not None else []
    sources = store.sources
    counts = counted(sources, as_of)

    def known() -> Iterator[tuple[EventFacts, str]]:
        for facts, text in _stored(store, stored):
            if not all(map(counts, facts.sources)):
                keep = tuple(filter(counts, facts.sources))
                text = text_known(text, keep, sources)
                if chosen and chosen.isdisjoint(keep):
                    continue
                if wanted and not matches_words(wanted, search_words_of(json.loads(text))):
                    continue
                if speaking and speaking.isdisjoint(e["speaker"] for e in json.loads(text)["evidence"]):
                    continue  # its speaker's quotes are all in articles published later
                facts = facts_known(facts, keep, sources)
            yield facts, text

    found = known()
    if resort:
        held = list(found)
        key = _sort_key(query.sort, query.lang)
        if query.sort is EventSort.RELEVANCE:
            words = {f.id: search_words_of(json.loads(text)) for f, text in held} if wanted else {}
            key = relevance_key(query, words.__getitem__, store.search_texts.values)
        held.sort(key=lambda pair: key(pair[0]))
        found = iter(held)
    return found if query.limit is None else islice(found, query.limit)


def _reshaped_as_known(query: EventQuery) -> bool:
    """Whether --as-of may change which events a query answers, not only how each is served (see _as_known)."""
    return query.as_of is not None and (
        bool(query.sources) or bool(query.speakers) or query.text is not None or query.sort in _REORDERED_AS_KNOWN
    )


def matching(store: Store, query: EventQuery) -> Iterator[tuple[EventFacts, str]]:
    """Each matching event's facts and JSON text, in the query's order, streamed (see _stored); under --as-of, each
    as it was known then."""
    return _stored(store, query) if query.as_of is None else _as_known(store, query)


def matching_json(store: Store, query: EventQuery) -> Iterator[bytes]:
    """The matching events' JSON texts, UTF-8 encoded: streamed from the index when the store has one, as the bytes
    the cache verified (written out as they are, never decoded and encoded again)."""
    if isinstance(store.facts, IndexedFacts) and query.as_of is None:
        return store.facts.matching_json(query)
    return (text.encode() for _, text in matching(store, query))


def matching_json_joined(store: Store, query: EventQuery) -> Iterator[bytes]:
    """The matching events' JSON texts as matching_json gives them, or some of them already joined as a JSON array
    joins them (`,\n `): only for writing a JSON array of whole events (a block of a date range is one piece)."""
    if isinstance(store.facts, IndexedFacts) and query.as_of is None:
        return store.facts.matching_json_joined(query)
    return joined_batches(matching_json(store, query))


def matching_dated(store: Store, query: EventQuery) -> Iterator[DatedText]:
    """Each matching event's id, first and last days and JSON text, in the query's order: streamed from the index
    when the store has one, without building every fact of each event."""
    if isinstance(store.facts, IndexedFacts) and query.as_of is None:
        return store.facts.matching_dated(query)
    return (DatedText(f.id, f.start, f.end, text.encode()) for f, text in matching(store, query))


def window_counts(store: Store, query: EventQuery) -> dict[tuple[int, int], int]:
    """How many matching events have each window (first day, last day: ordinals), which is what a timeline files
    them by (timeline.filed_in): a GROUP BY over the index when the store has one (under --as-of too, unless it may
    change which events answer)."""
    if isinstance(store.facts, IndexedFacts) and not _reshaped_as_known(query):
        return store.facts.window_counts(query)
    counts: dict[tuple[int, int], int] = {}
    for facts in match_events(store, query):
        window = (facts.start, facts.end)
        counts[window] = counts.get(window, 0) + 1
    return counts


def event_from_text(store: Store, text: str | bytes) -> Event:
    return event_from_record(json.loads(text), store.sources)


class QueriedEvents(Collection[Event]):
    """The events a query matches, built one at a time from their JSON texts as they are read, never held:
    iterating runs the query again (through the cache's index when the store has one), so an export or a diff of a
    million events costs memory for one. `count` is how many the last complete pass gave."""

    def __init__(self, store: Store, query: EventQuery) -> None:
        self._store = store
        self._query = query
        self.count = 0

    def __iter__(self) -> Iterator[Event]:
        count = 0
        for _, text in matching(self._store, self._query):
            yield event_from_text(self._store, text)
            count += 1
        self.count = count

    def records(self) -> Iterator[dict[str, Any]]:
        """Each event's `--json` object (records.event_record), decoded from the JSON text it is served as, no
        Event built: what the tabular exports (csv, sqlite) and the events pipe read, at half the cost of building
        each event and its record again. Counted as iterating is."""
        count = 0
        for text in matching_json(self._store, self._query):
            yield json.loads(text)
            count += 1
        self.count = count

    def __contains__(self, item: object) -> bool:
        return any(event == item for event in self)

    def __len__(self) -> int:
        """Counted by the index (a GROUP BY), without building the events."""
        return sum(window_counts(self._store, self._query).values())


def run_event_query(store: Store, query: EventQuery) -> QueriedEvents:
    return QueriedEvents(store, query)
