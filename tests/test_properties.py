"""Property tests for the query core and a bounded fuzz of the store loader and `extract` (longer with
KOURSK_FUZZ_EXAMPLES=N)."""

from __future__ import annotations

import json
import math
import os
import random
import unicodedata
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.claims import ConflictIndex, conflict, conflict_pairs, spreads
from koursk_cli.dates import FuzzyDate, parse_edtf, parse_period
from koursk_cli.export.ics import fold as ics_fold
from koursk_cli.model import Claim, Status, Store, ValueKind
from koursk_cli.query import EventQuery, EventSort, match_events
from koursk_cli.store.loader import default_store_root, read_store
from koursk_cli.store.validate import validate_file
from koursk_cli.store.yamldoc import parse_yaml
from koursk_cli.textnorm import visible

STORE: Store = read_store(default_store_root())
FUZZ = int(os.environ.get("KOURSK_FUZZ_EXAMPLES", "150"))
ids_of = lambda facts: [f.id for f in facts]  # noqa: E731

periods = st.sampled_from(["2022", "2024", "2024-10", "2024-11", "2024-10-28", "2024-11-07", "2025", "2025-02"]).map(
    parse_period
)
actors = st.sampled_from(sorted({a for f in STORE.facts for a in f.actors}))
sources = st.sampled_from(sorted(STORE.sources))
places = st.sampled_from(sorted({p for f in STORE.facts for p in f.places}))
tags = st.sampled_from(sorted({t for f in STORE.facts for t in f.tags}))
queries = st.builds(
    EventQuery,
    since=st.none() | periods,
    until=st.none() | periods,
    sources=st.lists(sources, max_size=2).map(tuple),
    actors=st.lists(actors, max_size=2).map(tuple),
    places=st.lists(places, max_size=2).map(tuple),
    tags=st.lists(tags, max_size=2).map(tuple),
    statuses=st.lists(st.sampled_from(list(Status)), max_size=2).map(tuple),
    text=st.none() | st.sampled_from(["koursk", "Zelensky", "coree", "12"]),
    as_of=st.none() | periods,
    within=st.none() | periods,
    sort=st.sampled_from(list(EventSort)),
    limit=st.none(),
    lang=st.sampled_from(["en", "fr"]),
)


@given(queries)
def test_filters_return_a_subset_of_the_unfiltered_store(query: EventQuery) -> None:
    assert set(ids_of(match_events(STORE, query))) <= {f.id for f in STORE.facts}


@given(queries)
def test_a_query_is_the_intersection_of_its_filters_in_any_order(query: EventQuery) -> None:
    parts = [
        EventQuery(since=query.since, until=query.until),
        EventQuery(sources=query.sources),
        EventQuery(actors=query.actors),
        EventQuery(places=query.places),
        EventQuery(tags=query.tags),
        EventQuery(statuses=query.statuses),
        EventQuery(text=query.text),
        EventQuery(as_of=query.as_of),
        EventQuery(within=query.within),
    ]
    everything = {f.id for f in STORE.facts}
    forwards, backwards = set(everything), set(everything)
    for part in parts:
        forwards &= set(ids_of(match_events(STORE, part)))
    for part in reversed(parts):
        backwards &= set(ids_of(match_events(STORE, part)))
    assert set(ids_of(match_events(STORE, query))) == forwards == backwards


@given(queries)
def test_sorting_is_total_stable_and_repeatable(query: EventQuery) -> None:
    first = ids_of(match_events(STORE, query))
    assert first == ids_of(match_events(STORE, query))
    assert len(first) == len(set(first))
    if query.sort is EventSort.DATE:
        facts = match_events(STORE, query)
        assert [(f.start, f.end, f.id) for f in facts] == sorted((f.start, f.end, f.id) for f in facts)


@given(queries)
def test_json_output_round_trips(query: EventQuery) -> None:
    for facts in match_events(STORE, query):
        text = STORE.event_texts[facts.id]
        record = json.loads(text)
        assert json.dumps(record, ensure_ascii=False) == text
        event = STORE.events[facts.id]
        assert (record["start"], record["end"]) == (event.date.start.isoformat(), event.date.end.isoformat())


# --- conflicts: the sweep in claims.py against the definition, pair by pair ---------------------------------------

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
    return parse_edtf(f"{start[1]}/{end[1]}")


# Few values, so that bounds are often equal or touch (~10,000 allows 9,000–11,000); negative ones give inverted
# intervals (~-5 allows -4.5 down to -5.5; <=-5 allows 0 down to -5), and YAML can spell .inf and .nan.
FIGURES = st.sampled_from([0, 9000, 10000, 11000, 12000, -5]) | st.sampled_from([math.inf, -math.inf, math.nan])


@st.composite
def random_claims(draw: st.DrawFn) -> Claim:
    kind = draw(st.sampled_from(list(ValueKind)))
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
        asserted_by=(),
        source="alpha",
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
        pairs += [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :] if conflict(a, b)]
    return pairs


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40))
def test_conflict_pairs_are_every_conflicting_pair_in_order(claims: list[Claim]) -> None:
    assert list(conflict_pairs(claims)) == _all_pairs(claims)


@settings(max_examples=max(100, FUZZ))
@given(st.lists(random_claims(), max_size=40), st.integers(0, 12) | st.none())
def test_spreads_count_every_pair_and_name_the_first(claims: list[Claim], limit: int | None) -> None:
    for spread in spreads(claims, pair_limit=limit):
        pairs = [p for p in _all_pairs(claims) if (p[0].topic, p[0].measure) == (spread.topic, spread.measure)]
        assert spread.conflict_count == len(pairs)
        assert list(spread.conflicts) == pairs[:limit]


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
    index = ConflictIndex(indexed)
    ranked = _as_of_order(indexed)
    lookups = indexed + others
    rng.shuffle(lookups)
    for claim in lookups:
        expected = [other.id for other in ranked if conflict(claim, other)]
        assert index.count(claim) == len(expected)
        assert index.ids(claim) == expected
        assert index.ids(claim, limit) == expected[:limit]


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
def test_fuzz_extract_never_crashes(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from tests.conftest import run

    article = tmp_path_factory.mktemp("fuzz") / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = run("extract", str(article), "--published", "2024-11-08")
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr


# --- text made safe, and iCalendar lines ----------------------------------------------------------------------------


@given(st.text())
def test_visible_escapes_exactly_the_control_characters_but_newline(text: str) -> None:
    expected = "".join(ch if ch == "\n" or unicodedata.category(ch) != "Cc" else f"\\x{ord(ch):02x}" for ch in text)
    assert visible(text) == expected


@given(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=400)
)  # content lines are escaped first
def test_ics_lines_fold_greedily_at_75_octets_between_characters(line: str) -> None:
    parts = ics_fold(line).split("\r\n")
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line
    sizes = [len(part.encode("utf-8")) for part in parts]
    assert all(size <= 75 for size in sizes)
    for part, following in pairwise(parts):
        # greedy: the next character would not have fitted on this line
        assert len(part.encode("utf-8")) + len(following[1].encode("utf-8")) > 75
