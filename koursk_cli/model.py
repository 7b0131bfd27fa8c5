"""The store's records as immutable values, built once the loader has validated them."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import NamedTuple, Protocol

from .dates import FuzzyDate


class Status(StrEnum):
    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"


STATUS_MEANING: dict[str, dict[Status, str]] = {
    "en": {
        Status.CONFIRMED: "the act happened (for “X says”: X said it, not that it is true), or one able to know confirms it",
        Status.REPORTED: "stated without a hedge, by the article or a source it names",
        Status.ALLEGED: "hedged by the article (a conditional, « selon », « on parle de »)",
        Status.DENIED: "denied by a party the article names",
    },
    "fr": {
        Status.CONFIRMED: "l'acte a eu lieu (pour « X dit » : X l'a dit, non que ce soit vrai), ou qui peut le savoir le confirme",
        Status.REPORTED: "affirmé sans réserve, par l'article ou une source qu'il nomme",
        Status.ALLEGED: "l'article prend une réserve (un conditionnel, « selon », « on parle de »)",
        Status.DENIED: "démenti par une partie que l'article nomme",
    },
}
"""What each status says, in each `--lang`: the one place the legends, `--status`'s help, `koursk docs` and the
README take it from (docs/editorial.md §2 gives the rules behind it)."""


class ValueKind(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Bilingual(NamedTuple):
    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Source(NamedTuple):
    id: str
    seed: str
    sha256: str
    outlet: str | None
    language: str
    title: Bilingual
    published: FuzzyDate
    published_basis: str
    notes: tuple[str, ...] = ()
    url: str | None = None  # None: unknown (the store never guesses an address, a byline or a date)
    author: str | None = None
    retrieved: str | None = None  # YYYY-MM-DD
    title_printed: bool = False  # False: the title is the curator's summary, never to be cited as the headline
    outlet_credited: bool = (
        False  # True: the text only credits `outlet` (a translation, a reprint); its publisher unknown
    )
    draft: bool = False  # still holds what koursk extract left for a curator (only a --drafts store has one)


class Dated(Protocol):
    """What building an event reads of each article it cites (codec.event_from_record, query.facts_of,
    entryrow.event_row): when it was published and whether it is in draft. A Source is one; an update of a cache
    builds a changed file's events from Published values, without parsing each article's whole cached entry."""

    @property
    def published(self) -> FuzzyDate: ...

    @property
    def draft(self) -> bool: ...


class SourceName(NamedTuple):
    """What `--source NAME` is resolved against (lookup.source_names): an article's id, outlet and seed file's name,
    all sources.yaml's; a cached store lists them without checking any seed (indexed.CachedSourceObjects)."""

    id: str
    outlet: str | None
    seed: str


class Published(NamedTuple):
    """A cached article as a changed file's events are built from it (a cache keeps no article in draft)."""

    published: FuzzyDate
    draft: bool = False


class Coordinates(NamedTuple):
    lat: float
    lon: float


class Entity(NamedTuple):
    id: str
    kind: str
    name: Bilingual
    aliases: tuple[str, ...] = ()
    coordinates: Coordinates | None = None
    note: str | None = None
    part_of: str | None = None  # a place's place or state; an actor's state or organisation (partof.py)
    draft: bool = False  # still holds what koursk extract left for a curator (only a --drafts store has one)

    @property
    def is_place(self) -> bool:
        return self.kind == "place"


class Measure(NamedTuple):
    id: str
    description: Bilingual
    cumulative: bool = False
    """A running total that can only grow (soldiers sent, killed): a later figure below an earlier one conflicts with
    it (claims.conflict_kind). False for a stock, which may fall (soldiers present in Kursk)."""
    at_most: str | None = None
    """Another measure of the topic this one never exceeds at a given time (in-kursk is at most in-russia:
    topics.yaml `at_most`); None when none. claims.measure_bounds follows the chains."""


class Topic(NamedTuple):
    id: str
    name: Bilingual
    aliases: tuple[str, ...]
    measures: tuple[Measure, ...]
    units: tuple[str, ...] = ()  # what its claims may count in (topics.yaml); empty: any unit
    keywords: tuple[str, ...] = ()  # French words that point extract at it, besides the aliases

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)


class Evidence(NamedTuple):
    source: str
    quote: str
    speaker: str | None = None
    """The entity who speaks in the quote, when the article says so (« a déclaré Zelensky »); None: the store records
    no speaker (the article's own voice, or a speaker it does not name)."""


class Event(NamedTuple):
    id: str
    date: FuzzyDate
    date_basis: str
    title: Bilingual
    actors: tuple[str, ...]
    places: tuple[str, ...]
    tags: tuple[str, ...]
    status: Status
    evidence: tuple[Evidence, ...]
    reported: FuzzyDate
    """The earliest publication among the event's sources: when the world could first have read about it."""
    note: str | None = None
    draft: bool = False
    """It, or an article it cites, still holds what koursk extract left for a curator (only a --drafts store has
    one): see store/loader.drafted_ids."""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.source for e in self.evidence))


class Claim(NamedTuple):
    id: str
    topic: str
    measure: str
    value: int | float | None  # an int for every count the store holds; YAML gives what the curator wrote
    value_kind: ValueKind
    value_min: int | float | None
    value_max: int | float | None
    unit: str
    as_of: FuzzyDate
    as_of_basis: str
    asserted_by: tuple[str, ...]
    source: str
    quote: str
    status: Status
    note: str | None = None
    restates: str | None = None
    """The claim of the same article this one repeats (a summary box, a recap): not a separate claim."""
    event: str | None = None
    """The event at which the figure was given or that it is about (curated): show links the two both ways."""
    draft: bool = False
    """It, or its article, still holds what koursk extract left for a curator (as Event.draft)."""


class EventFacts(NamedTuple):
    """What filtering and sorting need to know about an event, as plain values (day ordinals, folded titles).

    Queries run over these, so a store is filtered without building Event objects; a cached store holds them as
    indexed columns (store/indexed.py).
    """

    id: str
    start: int
    end: int
    known_from: int  # the first day on which one of its sources had certainly been published
    reported_start: int
    reported_end: int
    first_source_start: int
    first_source: str
    sources: tuple[str, ...]
    actors: tuple[str, ...]
    places: tuple[str, ...]
    tags: tuple[str, ...]
    speakers: tuple[str, ...]  # who speaks in its quotes (Evidence.speaker), for --speaker: who said, not who acted
    status: str
    title_en: str  # folded, for --sort title
    title_fr: str


def _nothing_held(damaged: bool = False) -> None:
    """A store read into memory holds no file open."""


class Store(NamedTuple):
    """Everything in one store. `events` and `claims` may build their objects lazily (see store/tables.py)."""

    sources: Mapping[str, Source]
    entities: dict[str, Entity]
    topics: dict[str, Topic]
    events: Mapping[str, Event]
    claims: Mapping[str, Claim]
    facts: Sequence[EventFacts]
    event_texts: Mapping[str, str]  # each event's `--json` object, serialised
    search_texts: Mapping[str, str]  # each event's words for --text (textnorm.search_words, space-separated)
    release: Callable[[bool], None] = _nothing_held  # a cached store: ends its read snapshot, removes it if damaged
    left_out: frozenset[str] = frozenset()
    """The ids of the records in draft a query left out, and their articles' seed numbers (`7` for `007_….txt`):
    a lookup of one says it is a draft, not that there is no such record (store/curated.py)."""
    unshown: frozenset[str] = frozenset()
    """The ids of the records in draft a `--drafts` preview left out, as `check` refuses them for more than a
    placeholder (store/curated.read_preview): a lookup of one says so."""

    def holds_id(self, record_id: str) -> bool:
        """Whether a new record may not take `record_id`: a source, entity, topic, event or claim has it (ids are
        unique across the store, docs/store-format.md), or it is digits alone, which `show`, `read` and `--source`
        read as a seed number (the schema refuses such an id)."""
        tables = (self.sources, self.entities, self.topics, self.events, self.claims)
        return record_id.isdigit() or any(record_id in table for table in tables)

    def claims_of_event(self, event_id: str) -> list[Claim]:
        """The claims linked to an event (their `event:`), in no particular order: a cached store finds them through
        an index (store/indexed.py, SqlClaimTexts.of_event), a store in memory by a scan."""
        found: list[Claim] | None = getattr(self.claims, "of_event", lambda _: None)(event_id)
        if found is None:
            return [claim for claim in self.claims.values() if claim.event == event_id]
        return found

    def claims_on(self, topic: str, measure: str | None = None) -> Iterable[Claim]:
        """The claims on a topic (and measure), each measure's in store order: a cached store reads only those,
        through an index (store/indexed.py, SqlClaimTexts.scan), a store in memory scans."""
        found: Iterable[Claim] | None = getattr(self.claims, "scan", lambda *_: None)(topic, measure)
        if found is None:
            wanted = (topic, measure)
            return (c for c in self.claims.values() if (c.topic, measure and c.measure) == wanted)
        return found
