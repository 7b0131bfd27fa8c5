"""Property tests for the query core and a bounded fuzz of the store loader and `extract` (longer with
KOURSK_FUZZ_EXAMPLES=N)."""

from __future__ import annotations

import json
import math
import os
import random
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from koursk_cli.claimquery import ClaimQuery, claim_test
from koursk_cli.claims import ConflictKind, CumulativeMeasures, MeasureBounds, conflict_kind, same_asserter
from koursk_cli.codec import record_text
from koursk_cli.conflicts import ConflictIndex, conflict_kind_pairs, selection_conflicts
from koursk_cli.conflicts import group as conflicts_module
from koursk_cli.dates import FuzzyDate, parse_edtf, parse_period, store_date
from koursk_cli.diff import PreviousFigures
from koursk_cli.export.ics import fold as ics_fold
from koursk_cli.extract.draft import build_draft
from koursk_cli.extract.draftrecords import Article
from koursk_cli.model import Claim, Event, EventFacts, Status, Store, ValueKind
from koursk_cli.query import EVENT_FILTERS, EventQuery, EventSort, event_of, facts_of, match_events
from koursk_cli.spreads import SpreadBuilder, spreads
from koursk_cli.store.loader import read_store
from koursk_cli.store.open import load_store
from koursk_cli.store.validate import validate_file
from koursk_cli.store.workstore import default_store_root
from koursk_cli.store.yamldoc import parse_yaml
from koursk_cli.textnorm import fold, normalise_quote, query_words, search_words, visible
from tests.test_dates import store_takes

STORE: Store = read_store(default_store_root())
FUZZ = int(os.environ.get("KOURSK_FUZZ_EXAMPLES", "150"))


def ids_of(facts: list[EventFacts]) -> list[str]:
    return [f.id for f in facts]


periods = st.sampled_from(["2022", "2024", "2024-10", "2024-11", "2024-10-28", "2024-11-07", "2025", "2025-02"]).map(
    parse_period
)
actors = st.sampled_from(sorted({a for f in STORE.facts for a in f.actors}))
sources = st.sampled_from(sorted(STORE.sources))
places = st.sampled_from(sorted({p for f in STORE.facts for p in f.places}))
tags = st.sampled_from(sorted({t for f in STORE.facts for t in f.tags}))
speakers = st.sampled_from(
    sorted({q.speaker for e in STORE.events.values() for q in e.evidence if q.speaker} | {"nato"})
)
FILTER_VALUES = {
    "since": st.none() | periods,
    "until": st.none() | periods,
    "sources": st.lists(sources, max_size=2).map(tuple),
    "actors": st.lists(actors, max_size=2).map(tuple),
    "places": st.lists(places, max_size=2).map(tuple),
    "tags": st.lists(tags, max_size=2).map(tuple),
    "speakers": st.lists(speakers, max_size=2).map(tuple),
    "statuses": st.lists(st.sampled_from(list(Status)), max_size=2).map(tuple),
    "text": st.none() | st.sampled_from(["koursk", "Zelensky", "coree", "12", "(koursk kiev)", "(troup* nis) 12"]),
    "as_of": st.none() | periods,
    "within": st.none() | periods,
    "max_span": st.none() | st.sampled_from([1, 2, 7, 31, 400]),
}
"""Each filter's values on the shipped store; `reference_query` says what each means."""
queries = st.builds(
    EventQuery,
    **FILTER_VALUES,
    sort=st.sampled_from(list(EventSort)),
    limit=st.none() | st.integers(1, 10),
    lang=st.sampled_from(["en", "fr"]),
)


def reference_query(store: Store, query: EventQuery) -> list[Event]:
    """The events a query means, by its documented definition, computed over the `Event` records themselves (not the
    denormalised EventFacts or search words the engine filters): the oracle for match_events. Under --as-of each
    event is what the articles published by then tell of it, and every other filter and sort reads that."""

    def as_known(event: Event) -> Event | None:
        if query.as_of is None:
            return event
        as_of = query.as_of
        evidence = tuple(e for e in event.evidence if store.sources[e.source].published.end <= as_of.end)
        if not evidence:
            return None
        published = (store.sources[e.source].published for e in evidence)
        reported = min(published, key=lambda when: (when.start, when.end))
        return event._replace(evidence=evidence, reported=reported)

    def overlaps(event: Event) -> bool:
        start = query.since.start if query.since else date.min
        end = query.until.end if query.until else date.max
        return event.date.start <= end and start <= event.date.end

    def has_words(event: Event) -> bool:
        assert query.text is not None
        words = set(search_words(" ".join([event.title.en, event.title.fr, *(e.quote for e in event.evidence)])))
        return all(
            any(any(w.startswith(word) for w in words) if prefix else word in words for word, prefix in term)
            for term in query_words(query.text)
        )

    def keep(event: Event) -> bool:
        return (
            ((query.since is None and query.until is None) or overlaps(event))
            and (
                query.within is None or (query.within.start <= event.date.start and event.date.end <= query.within.end)
            )
            and (query.max_span is None or (event.date.end - event.date.start).days + 1 <= query.max_span)
            and (not query.sources or bool(set(query.sources) & set(event.sources)))
            and (not query.actors or bool(set(query.actors) & set(event.actors)))
            and (not query.places or bool(set(query.places) & set(event.places)))
            and (not query.tags or bool(set(query.tags) & set(event.tags)))
            and (not query.speakers or bool(set(query.speakers) & {e.speaker for e in event.evidence if e.speaker}))
            and (not query.statuses or event.status in query.statuses)
            and (query.text is None or has_words(event))
        )

    def first_source(event: Event) -> tuple[date, str]:
        return min((store.sources[s].published.start, s) for s in event.sources)

    def title(event: Event) -> str:
        return fold(event.title.fr if query.lang == "fr" else event.title.en)

    def words_of(event: Event) -> list[str]:
        return search_words(" ".join([event.title.en, event.title.fr, *(e.quote for e in event.evidence)]))

    def relevance(event: Event) -> tuple[float, date, date, str]:
        """BM25 as FTS5 defines it (k1 1.2, b 0.75, IDF floored at 1e-6, negated), from the records' own words."""
        wanted = [word for term in query_words(query.text) for word in term] if query.text is not None else []
        every = [words_of(e) for e in store.events.values()]
        average = sum(map(len, every)) / len(every)

        def frequency(word: str, prefix: bool, words: list[str]) -> int:
            return sum(1 for w in words if (w.startswith(word) if prefix else w == word))

        score = 0.0
        for word, prefix in wanted:
            holding = sum(1 for words in every if frequency(word, prefix, words))
            idf = math.log((len(every) - holding + 0.5) / (holding + 0.5))
            idf = 1e-6 if idf <= 0.0 else idf
            f = float(frequency(word, prefix, words_of(event)))
            score += idf * ((f * (1.2 + 1.0)) / (f + 1.2 * (1 - 0.75 + 0.75 * len(words_of(event)) / average)))
        return -1.0 * score, event.date.start, event.date.end, event.id

    keys = {
        EventSort.RELEVANCE: relevance,
        EventSort.DATE: lambda e: (e.date.start, e.date.end, e.id),
        EventSort.DATE_DESC: lambda e: (e.date.start, e.date.end, e.id),
        EventSort.REPORTED: lambda e: (e.reported.start, e.reported.end, e.date.start, e.date.end, e.id),
        EventSort.SOURCE: lambda e: (*first_source(e), e.date.start, e.date.end, e.id),
        EventSort.TITLE: lambda e: (title(e), e.id),
    }
    known = (as_known(e) for e in store.events.values())
    found = sorted(
        (e for e in known if e is not None and keep(e)), key=keys[query.sort], reverse=query.sort is EventSort.DATE_DESC
    )
    return found[: query.limit]


@given(queries)
def test_a_query_selects_and_orders_what_its_definition_says(query: EventQuery) -> None:
    """Every filter and sort, on the shipped store, against the oracle above: catches facts or search words that
    drift from the records they summarise."""
    matched = match_events(STORE, query)
    expected = reference_query(STORE, query)
    assert ids_of(matched) == [e.id for e in expected]
    assert [event_of(STORE, f) for f in matched] == expected


def test_the_oracle_knows_every_filter() -> None:
    """A filter added to query.EVENT_FILTERS is held to its definition only once `reference_query` states it (the
    cache's SQL is held to the core without new code: tests/test_cache_queries.py)."""
    missing = {f.field for f in EVENT_FILTERS} - set(FILTER_VALUES)
    assert not missing, f"write what {sorted(missing)} mean in reference_query and give values in FILTER_VALUES"


def test_the_cached_facts_are_the_facts_of_the_records() -> None:
    """A store read back from its cache filters on the same facts as the records it holds."""
    warm = load_store(default_store_root())
    warm = load_store(default_store_root())  # the second read comes from the cache
    assert [f for f in warm.facts] == [facts_of(e, warm.sources) for e in warm.events.values()]


@given(queries)
def test_json_output_round_trips(query: EventQuery) -> None:
    for facts in match_events(STORE, query):
        text = STORE.event_texts[facts.id]
        record = json.loads(text)
        assert json.dumps(record, ensure_ascii=False) == text
        event = STORE.events[facts.id]
        assert (record["start"], record["end"]) == (event.date.start.isoformat(), event.date.end.isoformat())


# --- conflicts: the sweep in conflicts.py against the definition, pair by pair ---------------------------------------


def conflict(
    a: Claim, b: Claim, cumulative: CumulativeMeasures = frozenset(), bounds: MeasureBounds = frozenset()
) -> bool:
    """Whether two claims conflict, pair by pair (claims.conflict_kind): the oracle the counts are held to."""
    return conflict_kind(a, b, cumulative, bounds) is not None


FIRST_DAY = date(2024, 9, 1)


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """A day, month or year (possibly qualified), or an interval of two such, in and around late 2024."""

    def point() -> tuple[date, str]:
        day = FIRST_DAY + timedelta(days=draw(st.integers(0, 200)))
        text = draw(st.sampled_from([f"{day:%Y}", f"{day:%Y-%m}", f"{day:%Y-%m-%d}"]))
        return day, text + draw(st.sampled_from(["", "", "~", "?", "%"]))

    first = point()
    if draw(st.booleans()):
        return parse_edtf(first[1])
    start, end = sorted([first, point()])
    interval = f"{start[1]}/{end[1]}"
    return parse_edtf(interval if store_takes(interval) else first[1])  # ends that overlap are refused (rev24 F12)


# Few values, so that bounds are often equal or touch (~10,000 allows 9,000–11,000); negative ones give inverted
# intervals (~-5 allows -4.5 down to -5.5; <=-5 allows 0 down to -5), and YAML can spell .inf and .nan.
FIGURES = st.sampled_from([0, 9000, 10000, 11000, 12000, -5]) | st.sampled_from([math.inf, -math.inf, math.nan])


CUMULATIVE = frozenset({("troops", "sent-to-russia")})
"""The running total among the drawn measures: (troops, in-kursk) and both of losses are stocks."""

# Who asserts a drawn claim: the article's own voice (of one of two articles), one to three of a few actors, or, now
# and then, more actors than conflicts.py files by every subset of them (claims of many asserters are scanned).
ASSERTERS = (
    st.just(())
    | st.lists(st.sampled_from("pqrs"), min_size=1, max_size=3).map(tuple)
    | st.lists(st.sampled_from("pqrstuvwxyz"), min_size=7, max_size=9, unique=True).map(tuple)
)


@st.composite
def random_claims(draw: st.DrawFn) -> Claim:
    kind = draw(st.sampled_from(list(ValueKind)))
    value: float | None
    low: float | None
    high: float | None
    value, low, high = draw(FIGURES), None, None
    if kind is ValueKind.RANGE:
        value, low, high = None, *sorted([draw(FIGURES), draw(FIGURES)])
    return Claim(
        id=draw(st.sampled_from("abcdefgh")),  # a repeated id never conflicts with itself
        topic=draw(st.sampled_from(["troops", "losses"])),
        measure=draw(st.sampled_from(["sent-to-russia", "in-kursk"])),
        value=value,
        value_kind=kind,
        value_min=low,
        value_max=high,
        unit="soldiers",
        as_of=draw(fuzzy_dates()),
        as_of_basis="random",
        asserted_by=draw(ASSERTERS),
        source=draw(st.sampled_from(["alpha", "beta"])),
        quote="random",
        status=Status.REPORTED,
    )


def _as_of_order(claims: list[Claim]) -> list[Claim]:
    """The order conflicts are named in: by as-of start, then end, then the order given."""
    return [c for _, c in sorted(enumerate(claims), key=lambda item: (item[1].as_of.start, item[1].as_of.end, item[0]))]


def _all_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """The oracle: every pair tested, measure by measure in order of first appearance, then in as-of order."""
    measures = list(dict.fromkeys((c.topic, c.measure) for c in claims))
    pairs = []
    for measure in measures:
        ranked = _as_of_order([c for c in claims if (c.topic, c.measure) == measure])
        pairs += [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :] if conflict(a, b, CUMULATIVE)]
    return pairs


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40))
def test_conflict_pairs_are_every_conflicting_pair_in_order(claims: list[Claim]) -> None:
    """As drawn (a repeated id never conflicts with itself), and each claim under an id of its own, so that every
    pair is told apart by its ids."""
    for drawn in (claims, [c._replace(id=f"{c.id}{n}") for n, c in enumerate(claims)]):
        assert [p[:2] for p in conflict_kind_pairs(drawn, CUMULATIVE)] == [(a.id, b.id) for a, b in _all_pairs(drawn)]
        kinds = [(a.id, b.id, conflict_kind(a, b, CUMULATIVE)) for a, b in _all_pairs(drawn)]
        assert list(conflict_kind_pairs(drawn, CUMULATIVE)) == kinds


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40), st.integers(0, 12) | st.none())
def test_spreads_count_every_pair_and_name_the_first(claims: list[Claim], limit: int | None) -> None:
    for spread in spreads(claims, CUMULATIVE, pair_limit=limit):
        pairs = [p for p in _all_pairs(claims) if (p[0].topic, p[0].measure) == (spread.topic, spread.measure)]
        assert spread.conflict_count == len(pairs)
        assert list(spread.conflicts) == pairs[:limit]


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40), st.randoms(), st.integers(0, 12) | st.none())
def test_spreads_read_in_any_order_are_the_spreads_in_order(
    drawn: list[Claim], rng: random.Random, limit: int | None
) -> None:
    """A store's claims are read in store order and placed at their rank in claim order (claims.store_spreads): the
    same spreads, NaN figures and equal figures of different types included, as reading them in order."""
    claims = [claim._replace(id=f"c{number}") for number, claim in enumerate(drawn)]
    read = list(enumerate(claims))
    rng.shuffle(read)
    builder = SpreadBuilder(CUMULATIVE)
    for _, claim in read:
        builder.add(claim)
    builder.reorder([position for position, _ in read])
    assert builder.spreads(claims.__getitem__, limit) == spreads(claims, CUMULATIVE, pair_limit=limit)


@settings(max_examples=max(100, FUZZ))
@given(
    st.lists(random_claims(), max_size=40),
    st.lists(random_claims(), max_size=3),
    st.randoms(),
    st.integers(0, 12) | st.none(),
)
def test_conflict_index_finds_what_scanning_every_claim_finds(
    indexed: list[Claim], others: list[Claim], rng: random.Random, limit: int | None
) -> None:
    """Counted and named without holding pairs, as testing every pair finds them: whichever claim is looked up first
    in its group, and also for claims that were not indexed."""
    index = ConflictIndex(indexed, cumulative=CUMULATIVE)
    ranked = _as_of_order(indexed)
    lookups = indexed + others
    rng.shuffle(lookups)
    for claim in lookups:
        expected = [other for other in ranked if conflict(claim, other, CUMULATIVE)]
        assert index.count(claim) == len(expected)
        assert index.ids(claim) == [other.id for other in expected]
        assert index.lookup_kinds(claim, limit) == (
            len(expected),
            [(other.id, conflict_kind(claim, other, CUMULATIVE)) for other in expected[:limit]],
        )


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=80), st.integers(1, 5), st.integers(0, 12) | st.none())
def test_totals_that_fell_are_found_block_by_block(claims: list[Claim], block: int, limit: int | None) -> None:
    """The scans for totals that fell skip whole blocks of ranks (group._BLOCK, 64): with blocks of a few claims,
    counts, names and pairs are still every pair's."""
    drawn = [claim._replace(id=f"c{number}") for number, claim in enumerate(claims)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflicts_module, "_BLOCK", block)
        assert [p[:2] for p in conflict_kind_pairs(drawn, CUMULATIVE)] == [(a.id, b.id) for a, b in _all_pairs(drawn)]
        index = ConflictIndex(drawn, cumulative=CUMULATIVE)
        ranked = _as_of_order(drawn)
        for claim in drawn:
            expected = [other.id for other in ranked if conflict(claim, other, CUMULATIVE)]
            assert index.lookup(claim, limit) == (len(expected), expected[:limit])


BOUNDS = frozenset({("troops", "in-kursk", "sent-to-russia"), ("losses", "sent-to-russia", "in-kursk")})
"""Bounds across measures (rule 9) among the drawn ones: troops' in-kursk under a cumulative total, losses'
sent-to-russia under a stock."""


def _across_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """The oracle across measures: every pair tested, by bound, then the bounded claim's as-of order, then the
    other's."""
    pairs = []
    for topic, measure, bound in sorted(BOUNDS):
        low = _as_of_order([c for c in claims if (c.topic, c.measure) == (topic, measure) and c.restates is None])
        high = _as_of_order([c for c in claims if (c.topic, c.measure) == (topic, bound) and c.restates is None])
        pairs += [(a, b) for a in low for b in high if conflict_kind(a, b, CUMULATIVE, BOUNDS) is not None]
    return pairs


@settings(max_examples=max(100, FUZZ))
@given(
    st.lists(random_claims(), max_size=40),
    st.lists(random_claims(), max_size=3),
    st.randoms(),
    st.integers(0, 12) | st.none(),
    st.integers(1, 5) | st.just(64),
)
def test_conflicts_across_measures_are_what_testing_every_pair_finds(
    indexed: list[Claim], others: list[Claim], rng: random.Random, limit: int | None, block: int
) -> None:
    """Counted by dominance and named block by block (rule 9), as testing every pair of the index finds them, for
    claims indexed or not; and every pair once in conflict_kind_pairs, after those within measures."""
    drawn = [claim._replace(id=f"c{number}") for number, claim in enumerate(indexed)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflicts_module, "_BLOCK", block)
        for claims in (indexed, drawn):
            index = ConflictIndex(claims, cumulative=CUMULATIVE, bounds=BOUNDS)
            # as-of order, ties of two measures by measure: the same whether the index reads the store or a measure
            ranked = [
                c
                for _, c in sorted(
                    enumerate(claims), key=lambda i: (i[1].as_of.start, i[1].as_of.end, i[1].measure, i[0])
                )
            ]
            lookups = claims + others
            rng.shuffle(lookups)
            for claim in lookups:
                expected = [other for other in ranked if conflict(claim, other, CUMULATIVE, BOUNDS)]
                assert index.lookup_kinds(claim, limit) == (
                    len(expected),
                    [(other.id, conflict_kind(claim, other, CUMULATIVE, BOUNDS)) for other in expected[:limit]],
                )
        within = [(a.id, b.id, conflict_kind(a, b, CUMULATIVE)) for a, b in _all_pairs(drawn)]
        across = [(a.id, b.id, ConflictKind.ACROSS_MEASURES) for a, b in _across_pairs(drawn)]
        assert list(conflict_kind_pairs(drawn, CUMULATIVE, BOUNDS)) == within + across


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40), st.integers(0, 12) | st.none(), st.integers(1, 5) | st.just(64))
def test_spreads_count_every_conflict_of_their_claims_by_kind(
    drawn: list[Claim], limit: int | None, block: int
) -> None:
    """A measure's spread counts every pair its claims take part in, by kind, a pair across two measures for each
    (rule 9), and names the pairs on the measure in as-of order, then those across measures (by bound, its claim
    first): as testing every pair finds them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflicts_module, "_BLOCK", block)
        for claims in (drawn, [c._replace(id=f"{c.id}{n}") for n, c in enumerate(drawn)]):
            for spread in spreads(claims, CUMULATIVE, BOUNDS, pair_limit=limit):
                key = (spread.topic, spread.measure)
                own = [(a, b) for a, b in _all_pairs(claims) if (a.topic, a.measure) == key]
                crossing = []
                for topic, measure, bound in sorted(BOUNDS):
                    if key not in ((topic, measure), (topic, bound)):
                        continue
                    other = (topic, bound) if key == (topic, measure) else (topic, measure)
                    mine = _as_of_order([c for c in claims if (c.topic, c.measure) == key and c.restates is None])
                    theirs = _as_of_order([c for c in claims if (c.topic, c.measure) == other and c.restates is None])
                    crossing += [(a, b) for a in mine for b in theirs if conflict(a, b, CUMULATIVE, BOUNDS)]
                kinds = [conflict_kind(a, b, CUMULATIVE) for a, b in own] + [ConflictKind.ACROSS_MEASURES] * len(
                    crossing
                )
                assert spread.kinds == tuple((kind, kinds.count(kind)) for kind in ConflictKind)
                assert spread.conflict_count == len(own) + len(crossing)
                assert list(spread.conflicts) == (own + crossing)[:limit]


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40), st.randoms(), st.integers(0, 12) | st.none())
def test_a_listings_conflicts_are_every_pair_with_a_listed_claim(
    drawn: list[Claim], rng: random.Random, limit: int | None
) -> None:
    """A terminal's « Conflicts » block (conflicts.selection_conflicts) against testing every pair: the pairs with at
    least one listed claim, a pair of two listed claims once, each listed claim's partners in as-of order."""
    claims = [claim._replace(id=f"c{number}") for number, claim in enumerate(drawn)]
    listed = [claim for claim in claims if rng.random() < 0.5]
    rng.shuffle(listed)
    ranks = {claim.id: rank for rank, claim in enumerate(listed)}
    expected = [
        (claim, other, other.id not in ranks)
        for rank, claim in enumerate(listed)
        for other in _as_of_order(claims)
        if conflict(claim, other, CUMULATIVE) and ranks.get(other.id, len(listed)) > rank
    ]
    index = ConflictIndex(claims, cumulative=CUMULATIVE)
    found = selection_conflicts(listed, index, {c.id: c for c in claims}.__getitem__, limit)
    assert found.total == len(expected)
    assert found.outside == sum(outside for _, _, outside in expected)
    assert list(found.pairs) == expected[:limit]


def _previous_figure(claim: Claim, candidates: list[Claim]) -> Claim | None:
    """The oracle (diff.previous_figure before the index): every candidate tested for every claim."""
    earlier = [
        c
        for c in candidates
        if (c.topic, c.measure) == (claim.topic, claim.measure)
        and c.as_of.end < claim.as_of.start
        and same_asserter(c, claim)
        and c.id != claim.id
    ]
    return max(earlier, key=lambda c: (c.as_of.start, c.as_of.end, c.id), default=None)


ASSERTERS = st.lists(st.sampled_from(["nis", "cia", "gur"]), max_size=2, unique=True).map(tuple)


@settings(max_examples=max(100, FUZZ))
@given(st.lists(st.tuples(random_claims(), ASSERTERS, st.sampled_from(["alpha", "beta"])), max_size=40), st.randoms())
def test_the_previous_figure_is_the_latest_earlier_one_of_a_shared_asserter(
    drawn: list[tuple[Claim, tuple[str, ...], str]], rng: random.Random
) -> None:
    """diff.PreviousFigures (bisected per asserter) against scanning every claim, for indexed claims and others, with
    several asserters, none (the article's own voice) and overlapping or touching as-of dates."""
    claims = [c._replace(id=f"c{n}", asserted_by=by, source=source) for n, (c, by, source) in enumerate(drawn)]
    indexed = [claim for claim in claims if rng.random() < 0.7]
    rng.shuffle(indexed)
    previous = PreviousFigures(indexed)
    for claim in claims:
        assert previous.of(claim) == _previous_figure(claim, indexed)


class _Facts(NamedTuple):
    id: str


SCHEMA = json.loads((default_store_root() / "data" / "schema.json").read_text(encoding="utf-8"))
EVENTS_SAMPLE = (default_store_root() / "data" / "events" / "front.yaml").read_text(encoding="utf-8")


@settings(max_examples=FUZZ, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_fuzz_random_text_never_crashes_the_loader(text: str) -> None:
    value, problems = parse_yaml(text, "fuzz.yaml")
    if not problems:
        validate_file(value, SCHEMA, "events", "event", "fuzz.yaml")


@settings(max_examples=FUZZ, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(0, len(EVENTS_SAMPLE) - 1), st.integers(1, 40), st.text(max_size=12))
def test_fuzz_mutated_store_files_never_crash_the_loader(at: int, cut: int, insert: str) -> None:
    mutated = EVENTS_SAMPLE[:at] + insert + EVENTS_SAMPLE[at + cut :]
    value, problems = parse_yaml(mutated, "fuzz.yaml")
    if not problems:
        validate_file(value, SCHEMA, "events", "event", "fuzz.yaml")


@settings(
    max_examples=max(20, FUZZ // 5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(
    st.text(max_size=300)
    | st.sampled_from(["Il y a trois jours, 10 000 soldats.", "le 32 octobre", "entre le 13 et le 8 octobre"])
)
@example(f"Selon Kiev, {'9' * 309} soldats ont été tués le 3 novembre.")  # past a float: no figure (rev16 H4)
def test_fuzz_extract_never_crashes(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from tests.conftest import run

    article = tmp_path_factory.mktemp("fuzz") / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = run("extract", str(article), "--published", "2024-11-08")
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr


# Every form of a relative date extract reads (frdates.py), to be drawn with any count and unit: what is counted from
# the publication can leave the calendar (rev16 H4).
_COUNTED_FORMS = (
    "Il y a {n} {u}",
    "Depuis {n} {u}",
    "En l'espace de {n} {u}",
    "Dans {n} {u}",
    "D'ici {n} {u}",
    "{n} {u} plus tôt",
    "{n} {u} plus tard",
    "{n} {u} après",
    "Au cours des {n} derniers {u}",
    "Au cours des {n} dernières {u}",
    "Les {n} derniers {u}",
    "Il y a un peu plus de {n} {u}",
    "Voilà {n} {u}",
)
_NAMED_FORMS = (
    "Jeudi",
    "Lundi dernier",
    "Dimanche prochain",
    "L'an prochain",
    "L'an dernier",
    "L'année prochaine",
    "Demain",
    "Hier",
    "Avant-hier",
    "Après-demain",
    "La veille",
    "Le lendemain",
    "La semaine prochaine",
    "Le mois dernier",
    "Le week-end dernier",
    "Cet été",
    "À Noël",
    "Le 3 novembre",
    "Mi-janvier",
    "Au printemps prochain",
    "À la fin de l'année",
    "Au premier trimestre",
    "Sous huitaine",
    "Ce matin",
)
_UNITS = ("jour", "jours", "semaines", "mois", "an", "ans", "années", "heures", "siècles", "décennies", "millénaires")
_COUNTS = (
    st.integers(0, 10**30).map(str)
    | st.integers(1000, 10**12).map(lambda n: f"{n:,}".replace(",", " "))
    | st.sampled_from(["mille", "deux mille cinq cents", "trois mille", "dix mille", "cent mille", "un million"])
)
_DATE_FORMS = st.sampled_from(_NAMED_FORMS) | st.sampled_from(_COUNTED_FORMS).flatmap(
    lambda form: st.builds(lambda n, u: form.format(n=n, u=u), _COUNTS, st.sampled_from(_UNITS))
)


def _published(day: date, form: int, days: int) -> str:
    """Any --published extract takes: a day, a month, a year, an approximate month, or a window of days."""
    iso = day.isoformat()
    window = f"{iso}/{min(day + timedelta(days=days), date(9998, 12, 31)).isoformat()}"
    return (iso, iso[:7], iso[:4], f"{iso[:7]}~", window)[form]


_PUBLISHED = st.builds(_published, st.dates(date(1, 1, 1), date(9998, 12, 31)), st.integers(0, 4), st.integers(0, 40))


@settings(max_examples=max(200, FUZZ), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_DATE_FORMS, min_size=1, max_size=3), _PUBLISHED)
@example(["Il y a 3000 ans"], "2024-11-14")
@example(["Il y a deux mille cinq cents ans"], "2024-11-14")
@example(["Dans 8000 ans"], "2024-11-14")
@example(["Il y a 800000 jours"], "2024-11-14")
@example(["Il y a 99999999999 jours"], "2024-11-14")
@example(["Le 3 novembre", "Trois mille ans plus tôt"], "2024-11-14")
@example(["Jeudi"], "0001-01-01")
@example(["L'an prochain", "Demain", "Dans dix ans"], "9998-12-31")
@example(["Dans 7975 ans"], "2024-11-14")  # 9999: a year Python holds and the store does not
def test_extract_never_raises_on_relative_dates_and_drafts_only_store_dates(forms: list[str], published: str) -> None:
    """Relative dates counted from any publication the store can hold, with any count: extract drafts, never raises,
    and every date it drafts is one `check` keeps (rev16 H4: « il y a 3000 ans » was a traceback)."""
    text = " ".join(f"{form}, 5 000 soldats ont été tués." for form in forms)
    draft = build_draft(Article(text, "x.txt", "0" * 64, store_date(published), "x"), STORE)
    for record in (*draft.events, *draft.claims):
        store_date(record.fields.get("date") or record.fields["as_of"])


# --- text made safe, and iCalendar lines ----------------------------------------------------------------------------


FOLDED_TEXTS = st.text() | st.text(st.sampled_from("aAeEéÉèçÇœŒßİıﬁ̧́  \t’«»ǅﬀ①Å\u034f\u0308\u0363\x1c\u2028x"))
TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@settings(max_examples=max(300, FUZZ))
@given(FOLDED_TEXTS)
def test_fold_character_by_character_is_folding_the_whole_text(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == " ".join(stripped.translate(TYPOGRAPHIC).split()).casefold()


@settings(max_examples=max(300, FUZZ))
@given(FOLDED_TEXTS)
def test_a_quote_is_normalised_by_nfc_typographic_quotes_and_runs_of_white_space(text: str) -> None:
    """normalise_quote replaces the typographic quotes one by one and splits on white space: the definition."""
    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(TYPOGRAPHIC)).strip()
    assert normalise_quote(text) == expected


@settings(max_examples=max(300, FUZZ))
@given(FOLDED_TEXTS | st.text(st.sampled_from("12 000.3,4_x-É\u0663")))
def test_search_words_are_the_runs_of_letters_and_digits_with_figures_joined(text: str) -> None:
    """The definition search_words' shortcuts (no digit, ASCII text) must keep."""
    folded = fold(text)
    joined = re.sub(r"(?<!\d)\d{1,3}(?:[ .,]\d{3})+(?!\d)", lambda m: re.sub(r"[ .,]", "", m.group()), folded)
    assert search_words(text) == re.findall(r"[^\W_]+", joined)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=max(300, FUZZ))
@given(st.dictionaries(st.text(), JSON_VALUES, max_size=6))
def test_a_record_text_is_what_json_dumps_writes(record: dict[str, object]) -> None:
    """The cache's and `--json`'s text of a record (codec.record_text, a C encoder built once): json.dumps's with
    non-ASCII kept, NaN and the infinities as json.dumps writes them, every string escaped as it escapes it."""
    assert record_text(record) == json.dumps(record, ensure_ascii=False)


def _oracle_text(text: str) -> str:
    """A --text query or a quote by the definition, written apart from textnorm: accents, case and typographic
    quotes folded, runs of white space one space, each figure's thousands separators dropped."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    folded = " ".join(bare.translate(TYPOGRAPHIC).split()).casefold()
    return re.sub(r"(?<!\d)\d{1,3}(?:[ .,]\d{3})+(?!\d)", lambda m: re.sub(r"[ .,]", "", m.group()), folded)


_QUOTE_PIECES = ["12", "000", "12.000", "12 000", "12,000", "12000", "1.5", "2024, 12", "troupes", "TROUPES", "Troupé"]
_QUOTE_PIECES += ["nord-coréennes", "coreennes", "soldats", "’", "«", "»", "\u00a0", "\u202f", "_", "-", " "]


@settings(max_examples=max(300, FUZZ))
@given(
    st.lists(st.sampled_from(_QUOTE_PIECES), max_size=8).map("".join),
    st.lists(st.sampled_from([*_QUOTE_PIECES, "troup*", "coree*", "1*", "*"]), min_size=1, max_size=4).map(" ".join),
)
def test_a_claims_text_is_its_quote_holding_every_word(quote: str, text: str) -> None:
    """claims --text (claimquery) against the definition: every word of the query is a word of the quote, or with
    a trailing `*` begins one (rev20 M2: it was one folded phrase inside the quote); words between a pair of quotes
    (« », folded to ") are a phrase, its words in a row in the quote's. The claim's value and range ends are words
    after the quote's (rev32 R19: `--text 11000` finds « Onze mille »), each written as a plain decimal."""
    claim = next(iter(STORE.claims.values()))._replace(quote=quote)
    values = [v for v in (claim.value, claim.value_min, claim.value_max) if v is not None]
    said = re.findall(r"[^\W_]+", _oracle_text(quote))
    said += [w for v in values for w in re.findall(r"\d+", format(Decimal(str(v)).normalize(), "f"))]
    parts = _oracle_text(text).split('"')
    paired = 2 * ((len(parts) - 1) // 2)  # the quotes that pair, first with second, third with fourth…
    phrases = [re.findall(r"[^\W_]+", parts[i]) for i in range(1, paired, 2)]
    loose = " ".join(parts[i] for i in range(len(parts)) if not (i % 2 and i < paired))
    wanted = [(m.group(1), bool(m.group(2))) for m in re.finditer(r"([^\W_]+)(\*?)", loose)]
    expected = all(any(w.startswith(word) for w in said) if prefix else word in said for word, prefix in wanted)
    expected = expected and all(
        any(said[i : i + len(phrase)] == phrase for i in range(len(said))) for phrase in phrases if phrase
    )
    assert claim_test(STORE, ClaimQuery(text=text))(claim) is expected


# Unicode's Bidi_Control characters (PropList.txt): the explicit embeddings, overrides and isolates, and three marks.
_BIDI_CLASSES = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}
_BIDI_MARKS = {"ARABIC LETTER MARK", "LEFT-TO-RIGHT MARK", "RIGHT-TO-LEFT MARK"}


def _escaped(ch: str) -> bool:
    """Control characters, line and paragraph separators, bidi controls and every other format character (Cf: rev26
    L3), by their Unicode properties."""
    return (
        unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        or unicodedata.bidirectional(ch) in _BIDI_CLASSES
        or unicodedata.name(ch, "") in _BIDI_MARKS
    )


@given(
    st.text()
    | st.text(st.sampled_from("a\n\x1b\x9b\u061c\u200e\u2028\u2029\u202e\u2066\u2069\u00ad\u200b\ufeff\U000e0049"))
)
def test_visible_escapes_exactly_the_control_characters_but_newline(text: str) -> None:
    expected = "".join(
        ch
        if ch == "\n" or not _escaped(ch)
        else f"\\x{ord(ch):02x}"
        if ord(ch) < 0x100
        else f"\\u{ord(ch):04x}"
        if ord(ch) < 0x10000
        else f"\\U{ord(ch):08x}"
        for ch in text
    )
    assert visible(text) == expected


@given(
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=400)
)  # content lines are escaped first
def test_ics_lines_fold_greedily_at_75_octets_between_characters(line: str) -> None:
    parts = ics_fold(line).split("\r\n")
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line
    sizes = [len(part.encode("utf-8")) for part in parts]
    assert all(size <= 75 for size in sizes)
    for part, following in pairwise(parts):
        # greedy: the next character would not have fitted on this line
        assert len(part.encode("utf-8")) + len(following[1].encode("utf-8")) > 75
