"""Which claims a listing selects (`sources --claim`, `claims`, `export --rows claims`, `diff`), in one order. Pure.

Each event filter has one meaning for claims (ClaimQuery). Actors are matched to outlets through one name look-up
built per query; a selection of many claims keeps their ids, not the claims (HELD).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple, overload

from .claimfilters import CLAIM_FILTERS
from .dates import Period
from .known import known_by
from .model import Claim, Status, Store
from .query import EventQuery
from .textnorm import fold, matches_words, query_words, search_words


class Role(StrEnum):
    """How an actor relates to a claim: it asserts the figure, or its outlet reports it."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ANY = "any"


class ClaimQuery(NamedTuple):
    """Which claims to list. Each filter has one meaning wherever claims are listed; `claim_query` reads the event
    filters into it through CLAIM_FILTERS, which says what each means:

    - `since`/`until`: the article reporting the claim was published in the period (the windows overlap);
    - `sources`: reported by one of these articles; `actors`: asserted or reported by one of them (see `role`);
      `speakers`: asserted by one of them;
    - `statuses`: with one of these statuses; `text`: its quote and figure (claim_words) hold every word, read as
      an event's titles and quotes are (textnorm.search_words: case and accents folded, 12 000 = 12000, `troup*`);
    - `as_of`: reported by the end of that period (the article's whole publication window had passed);
    - `left_out`: the filters given that no claim can satisfy (`--place`): then it selects none;
    - `limit`: at most that many, in `claim_order`.
    """

    topic: str | None = None
    measure: str | None = None
    """One measure of `topic` (`troops/in-kursk`); None: all of them."""
    actors: tuple[str, ...] = ()
    role: Role = Role.ANY
    speakers: tuple[str, ...] = ()
    """Asserted by one of them: who says the figure (an event's --speaker is who speaks in its quotes)."""
    sources: tuple[str, ...] = ()
    since: Period | None = None
    until: Period | None = None
    statuses: tuple[Status, ...] = ()
    text: str | None = None
    as_of: Period | None = None
    left_out: tuple[str, ...] = ()
    limit: int | None = None


assert all(set(row.sets) <= set(ClaimQuery._fields) for row in CLAIM_FILTERS.values())


def claim_query(events: EventQuery, *, on: tuple[str, str | None] | None = None, role: Role = Role.ANY) -> ClaimQuery:
    """The claims the event filters select, each filter read through its CLAIM_FILTERS row; `on` one topic and
    measure (lookup.resolve_measure), or every claim. A filter no claim can satisfy selects none (`left_out`)."""
    topic, measure = on or (None, None)
    given = {field: value for field in CLAIM_FILTERS if (value := getattr(events, field)) is not None and value != ()}
    chosen = {to: value for field, value in given.items() for to in CLAIM_FILTERS[field].sets}
    left_out = tuple(CLAIM_FILTERS[field].flag for field in given if not CLAIM_FILTERS[field].sets)
    return ClaimQuery(topic=topic, measure=measure, role=role, left_out=left_out, **chosen)


def entities_by_name(store: Store) -> dict[str, set[str]]:
    """The ids of the entities under each folded name and alias: built once per query, so matching an outlet to
    its entities is one look-up rather than folding every entity's names for every claim."""
    found: dict[str, set[str]] = {}
    for entity in store.entities.values():
        for name in (entity.name.en, entity.name.fr, *entity.aliases):
            found.setdefault(fold(name), set()).add(entity.id)
    return found


def reporters(store: Store, claim: Claim, by_name: Mapping[str, set[str]]) -> set[str]:
    """Entities that report a claim: the outlet of its source, when the outlet is a known entity. An outlet the text
    only credits (`outlet_credited`: a translation laid out by an unknown site) did not report it (rev22 L4).

    `by_name` is `entities_by_name(store)`."""
    source = store.sources[claim.source]
    if not source.outlet or source.outlet_credited:
        return set()
    return set(by_name.get(fold(source.outlet), ()))


def _actor_matches(store: Store, query: ClaimQuery, claim: Claim, by_name: Mapping[str, set[str]]) -> bool:
    """Whether one of the query's actors (there is one) asserts the claim or its article reports them, as the role
    asks."""
    wanted = set(query.actors)
    asserted = not wanted.isdisjoint(claim.asserted_by)
    reported = not wanted.isdisjoint(reporters(store, claim, by_name))
    return {Role.ASSERTED: asserted, Role.REPORTED: reported, Role.ANY: asserted or reported}[query.role]


def claim_order(store: Store) -> Callable[[Claim], tuple[Any, ...]]:
    """By the date the figure holds for, then by publication, then by id."""

    def key(claim: Claim) -> tuple[Any, ...]:
        published = store.sources[claim.source].published
        return (claim.as_of.start, claim.as_of.end, published.start, published.end, claim.id)

    return key


def claim_known(store: Store, claim: Claim, day: date) -> bool:
    """Whether the claim's article counts as published by `day` (known.known_by)."""
    return known_by(store.sources[claim.source].published, day)


def conflict_candidates(store: Store, day: date | None) -> Iterable[Claim]:
    """The claims a claim may be found to conflict with: all of them, or under --as-of (`day`, its last day) those
    published by then, so a figure listed as known then is not said to clash with one published later."""
    claims = store.claims.values()
    return claims if day is None else (c for c in claims if claim_known(store, c, day))


def claim_words(claim: Claim) -> str:
    """What --text searches in a claim (textnorm.search_words, space-separated): its quote's words, then its value
    and the ends of its range as figures, so `--text 11000` finds the claim whose quote spells « Onze mille » (rev32
    R19). A cached store's claims are tested here too: there is no other index of their words."""
    words = search_words(claim.quote)
    for value in (claim.value, claim.value_min, claim.value_max):
        if value is not None:  # each apart: « … 1 » then 500 must not read as 1 500
            words += search_words(f"{value:f}".rstrip("0").rstrip("."))
    return " ".join(words)


def claim_test(store: Store, query: ClaimQuery) -> Callable[[Claim], bool]:
    """Whether a claim is one the query selects (see ClaimQuery), before its limit."""
    if query.left_out:
        return lambda _: False
    dated = query.since is not None or query.until is not None  # else every publication passes: not looked up
    start = query.since.start if query.since else date.min
    end = query.until.end if query.until else date.max
    by_name = entities_by_name(store) if query.actors else {}
    speakers = frozenset(query.speakers)
    wanted = query_words(query.text) if query.text is not None else None

    def test(c: Claim) -> bool:
        return (
            (query.topic is None or c.topic == query.topic)
            and (query.measure is None or c.measure == query.measure)
            and (not query.sources or c.source in query.sources)
            and (not query.speakers or not speakers.isdisjoint(c.asserted_by))
            and (not dated or store.sources[c.source].published.overlaps(start, end))
            and (not query.statuses or c.status in query.statuses)
            and (wanted is None or matches_words(wanted, claim_words(c)))
            and (query.as_of is None or claim_known(store, c, query.as_of.end))
            and (not query.actors or _actor_matches(store, query, c, by_name))
        )

    return test


def run_claim_query(store: Store, query: ClaimQuery) -> list[Claim]:
    test = claim_test(store, query)
    found = [c for c in store.claims.values() if test(c)]
    found.sort(key=claim_order(store))
    return found if query.limit is None else found[: query.limit]


HELD = 30_000
"""At most this many claims a selection keeps as it reads them (~1 KB each once built); past it, it keeps their ids
and takes each claim from the store again when it is used: a listing of 125,000 claims from the cache of a
1,000,000-event store held 570 MB."""


class ClaimSelection(Sequence[Claim]):
    """Claims chosen by id, each taken from `claims` (the store's, or those already read) whenever it is used."""

    def __init__(self, ids: Sequence[str], claims: Mapping[str, Claim], ranks: Sequence[int] = ()) -> None:
        self.ids = ids
        self._claims = claims
        self.ranks = ranks
        """select_claims: the rank here of each claim its pass read, in the order read (-1: not selected)."""

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> ClaimSelection: ...
    def __getitem__(self, index: int | slice) -> Claim | ClaimSelection:
        if isinstance(index, slice):
            return ClaimSelection(self.ids[index], self._claims)
        return self._claims[self.ids[index]]

    def __len__(self) -> int:
        return len(self.ids)

    def chosen(self, ids: Sequence[str]) -> ClaimSelection:
        """The claims of `ids` (some of these), taken from where these are: held, or fetched again when used."""
        return ClaimSelection(ids, self._claims)

    def __iter__(self) -> Iterator[Claim]:
        claims = self._claims
        many = getattr(claims, "many", None)  # the cache's claims: a few hundred a query
        return many(self.ids) if many is not None else (claims[claim_id] for claim_id in self.ids)


class SelectedWhenUsed(Sequence[Claim]):
    """select_claims(store, query), run when the claims are first used: `export sqlite` writes every event first, and
    holding the selection through that (250,000 claim ids at 1,000,000 events) raised its peak memory."""

    def __init__(self, store: Store, query: ClaimQuery) -> None:
        self._store = store
        self._query = query
        self._found: ClaimSelection | None = None

    def _selected(self) -> ClaimSelection:
        if self._found is None:
            self._found = select_claims(self._store, self._query)
        return self._found

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> ClaimSelection: ...
    def __getitem__(self, index: int | slice) -> Claim | ClaimSelection:
        return self._selected()[index]

    def __len__(self) -> int:
        return len(self._selected())

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._selected())


def select_claims(store: Store, query: ClaimQuery, *, every: Callable[[Claim], None] | None = None) -> ClaimSelection:
    """The claims of run_claim_query(store, query), in its order, read in one pass and held as ids (with the claims
    themselves while there are at most HELD): a query on one topic reads only that topic's claims (Store.claims_on),
    on one measure only that measure's, unless `every` is given. `every` sees each claim that pass reads (every
    claim, or every claim on the topic, whatever the measure asked), in store order within a measure: enough to
    index the conflicts of what is listed (they are within one topic, across its measures by rule 9) in the same
    pass (under --as-of, those published by then: conflict_candidates). A measure is thus a filter over conflicts
    found on the whole topic, as --actor is (rev32 R1)."""
    test = claim_test(store, query)
    order = claim_order(store)
    keys: list[tuple[Any, ...]] = []  # the claim's order key (its id last), then when it was read: one flat tuple
    held: dict[str, Claim] | None = {}
    read = 0
    if query.topic is None:
        reads: Iterable[Claim] = store.claims.values()
    else:
        reads = store.claims_on(query.topic, None if every is not None else query.measure)
    for claim in reads:
        if every is not None and (query.as_of is None or claim_known(store, claim, query.as_of.end)):
            every(claim)
        if test(claim):
            keys.append((*order(claim), read))
            if held is not None:
                held[claim.id] = claim
                if len(held) > HELD:
                    held = None
        read += 1
    keys.sort()
    if query.limit is not None:
        del keys[query.limit :]
    ids = [key[-2] for key in keys]
    return ClaimSelection(ids, store.claims if held is None else held, claim_ranks(keys, read))


def claim_ranks(keys: Sequence[tuple[Any, ...]], read: int) -> array[int]:
    """The rank of each of `read` claims read in `keys`, which are sorted: each one's claim_order key, then when it
    was read (its position in what was read); -1 for a claim not among them."""
    ranks = array("q", [-1]) * read
    for rank, key in enumerate(keys):
        ranks[key[-1]] = rank
    return ranks
