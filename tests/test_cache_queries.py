"""The cache's SQL answers equal the pure core's (query.match_events over the store read into memory) for every
filter and sort, on random synthetic stores: query.py stays the specification, the SQL only implements it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Mapping
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from types import UnionType
from typing import Any, NoReturn, Union, get_args, get_origin, get_type_hints

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.codec import event_text
from koursk_cli.commands.filters import EventFilters, build_event_query
from koursk_cli.dates import Period, parse_period
from koursk_cli.model import Status, Store
from koursk_cli.profiles import event_figures
from koursk_cli.query import (
    EVENT_FILTERS,
    NOT_FILTERS,
    DatedText,
    EventFilter,
    EventQuery,
    EventSort,
    FilterKind,
    distinct_values,
    event_ids_with_prefix,
    event_of,
    listed_events,
    listing,
    match_events,
    matching_dated,
    matching_json,
    matching_json_joined,
    name_counts,
    run_event_query,
    window_counts,
)
from koursk_cli.store import blocks, indexed
from koursk_cli.store.digest import listing_checksum
from koursk_cli.store.loader import read_store
from koursk_cli.store.open import load_store
from koursk_cli.timeline import WIDE, WIDE_DAYS, Grain, build_timeline, fill, period_of, wide_band
from tests.stores import StoreBuilder, cache_of

SENTENCES = [
    "Selon le NIS, environ 12.000 soldats nord-coréens ont été envoyés en Russie.",
    "Kiev parle de 12 000 hommes dans la région de Koursk.",
    "Washington estime leur nombre à 12,000, dont des officiers.",
    "Mark Rutte a déclaré que des troupes étaient déployées à Koursk.",
    "Pyongyang dément tout déploiement de ses soldats à l'étranger.",
    "L’armée ukrainienne affirme avoir capturé deux soldats nord-coréens.",
    "Environ 1.500 militaires seraient arrivés à Vladivostok en octobre.",
]
# Sources published at different times (after every event date), so the reported, source and as-of orders differ from the date order.
SOURCES = [("alpha", "2025-02"), ("beta", "2025-03-01"), ("gamma", "2025-02-10/2025-02-20")]
ACTORS = ["rutte", "nis", "kim"]
HEADS = {"korea": "state", "alliance": "organisation"}
"""Entities the actors may act for (their `part_of`, drawn: see _links); events name them too."""
PLACES = ["kursk-oblast", "vladivostok"]
TAGS = ["nato", "troops", "losses"]
DATES = ["2024-10-28", "2024-10", "2024-11-05/2024-11-12", "2025-01~", "2024-12-24?", "2024", "2025-02-03"]
TITLE_WORDS = ["Troupes", "Corée", "12 000", "Koursk", "OTAN", "12000", "sommet", "Élysée", "dément"]
TEXTS = ["12000", "12 000", "soldats", "koursk", "coree", "troup*", "soldats koursk", "nord-coréens", "éLYSÉE", "12",
         "(koursk kiev) soldats", "(sommet troup*)", "(otan 12000) (dément coree)", '"troupes corée"',
         '"déployées à Koursk" soldats', '("koursk otan" pyongyang)', '("12 000 sommet" troup*) "dément"']  # fmt: skip

_event = st.fixed_dictionaries(
    {
        "date": st.sampled_from(DATES),
        "title_en": st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=4),
        "title_fr": st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=4),
        "actors": st.lists(st.sampled_from([*ACTORS, *HEADS]), min_size=1, max_size=2, unique=True),
        "places": st.lists(st.sampled_from(PLACES), max_size=2, unique=True),
        "tags": st.lists(st.sampled_from(TAGS), max_size=2, unique=True),
        "status": st.sampled_from([s.value for s in Status]),
        "evidence": st.lists(
            st.tuples(
                st.sampled_from([s for s, _ in SOURCES]),
                st.sampled_from(SENTENCES),
                st.sampled_from([None, *ACTORS]),  # who speaks in the quote (rev27 U2), when recorded
            ),
            min_size=1,
            max_size=3,
        ),
    }
)
_period = st.sampled_from(
    ["2024", "2024-10", "2024-11", "2024-10-30", "2025-01", "2025-02", "2025-02-15", "2025-02-20", "2025"]
)  # as of 2025-02-20 gamma alone is published, as of 2025-02 alpha too, as of 2025 all three
_bound = st.none() | _period.map(parse_period)  # an open or a dated end of a query's span
_SHAPE = {
    "sort": st.sampled_from(list(EventSort)),
    "limit": st.none() | st.integers(min_value=1, max_value=5),
    "lang": st.sampled_from(["en", "fr"]),
}
assert set(_SHAPE) == set(NOT_FILTERS)


def _values(flt: EventFilter, kind: Any, store: Store) -> st.SearchStrategy[Any]:
    """Values of one filter field of this type: from its kind, its type and the values its fact holds in the store,
    so a filter added to query.EVENT_FILTERS is drawn here without new code (a type with no strategy fails by name)."""
    if get_origin(kind) in (Union, UnionType) and type(None) in get_args(kind):
        (inner,) = (arg for arg in get_args(kind) if arg is not type(None))
        return st.none() | _values(flt, inner, store)
    if get_origin(kind) is tuple:
        return st.lists(_values(flt, get_args(kind)[0], store), max_size=2, unique=True).map(tuple)
    if kind is Period:
        return _period.map(parse_period)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return st.sampled_from(list(kind))
    if kind is str and flt.kind is FilterKind.WORDS:
        return st.sampled_from(TEXTS)
    if kind is str:  # a name or value the facts hold, or one no event has
        held = {v for f in store.facts for v in _as_tuple(getattr(f, flt.fact))}
        return st.sampled_from(sorted(held | {"nowhere"}))
    if kind is int:
        return st.sampled_from([1, 3, 31, 366])
    raise TypeError(
        f"no strategy for the filter {flt.field!r} of type {kind!r}: add one to tests/test_cache_queries.py"
    )


def _as_tuple(fact: Any) -> tuple[Any, ...]:
    return fact if isinstance(fact, tuple) else (fact,)


def _queries(store: Store) -> st.SearchStrategy[EventQuery]:
    """Queries giving any of every filter in query.EVENT_FILTERS, with any sort, limit and language."""
    hints = get_type_hints(EventQuery)
    return st.builds(EventQuery, **{f.field: _values(f, hints[f.field], store) for f in EVENT_FILTERS}, **_SHAPE)


def _yaml(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON is YAML


def _write(
    root: Path, files: list[list[dict[str, Any]]], *, apart: bool = False, links: Mapping[str, str | None] = {}
) -> None:
    """A store of these events files, the events numbered across them (`apart`: each file's from 1000 times its
    index, so that rewriting one file changes no other), each entity `part_of` what `links` says."""
    (root / "data" / "events").mkdir(parents=True)
    (root / "data" / "claims").mkdir()
    (root / "seeds").mkdir()
    seed = "\n".join(SENTENCES) + "\n"
    sources = []
    for source, published in SOURCES:
        (root / "seeds" / f"{source}.txt").write_text(seed, encoding="utf-8")
        sha = hashlib.sha256(seed.encode()).hexdigest()
        sources.append(
            {"id": source, "seed": f"{source}.txt", "sha256": sha, "outlet": None, "language": "fr",
             "title": {"en": source, "fr": source}, "published": published, "published_basis": "test"}
        )  # fmt: skip
    kinds = {**dict.fromkeys(ACTORS, "person"), **HEADS, **dict.fromkeys(PLACES, "place")}
    entities = [
        {"id": name, "kind": kind, "name": {"en": name, "fr": name}}
        | ({"part_of": links[name]} if links.get(name) else {})
        for name, kind in kinds.items()
    ]
    topics = [{"id": "troops", "name": {"en": "Troops", "fr": "Troupes"}, "measures": [
        {"id": "sent", "description": {"en": "sent", "fr": "envoyés"}}]}]  # fmt: skip
    for name, value in (("sources", sources), ("entities", entities), ("topics", topics)):
        (root / "data" / f"{name}.yaml").write_text(_yaml({name: value}), encoding="utf-8")
    number = 0
    for index, events in enumerate(files):
        _write_events(root, index, events, 1000 * index if apart else number)
        number += len(events)
    (root / "data" / "claims" / "none.yaml").write_text(_yaml({"claims": []}), encoding="utf-8")


def _write_events(root: Path, index: int, events: list[dict[str, Any]], first: int) -> None:
    """Events file `index`, its events numbered from `first`."""
    entries = [
        {"id": f"ev-{first + number:03d}", "date": event["date"], "date_basis": "test",
         "title": {"en": " ".join(event["title_en"]), "fr": " ".join(event["title_fr"])},
         "actors": event["actors"], "places": event["places"], "tags": event["tags"], "status": event["status"],
         "evidence": [{"source": s, "quote": q} | ({"speaker": who[0]} if who and who[0] else {})
                      for s, q, *who in event["evidence"]]}
        for number, event in enumerate(events)
    ]  # fmt: skip
    (root / "data" / "events" / f"file-{index}.yaml").write_text(_yaml({"events": entries}), encoding="utf-8")


_links = st.fixed_dictionaries(
    {
        **{name: st.sampled_from([None, *HEADS]) for name in ACTORS},
        "alliance": st.sampled_from([None, "korea"]),
        **{name: st.sampled_from([None, "korea"]) for name in PLACES},
    }
)
"""What each entity is part of: an actor acts for the state or the organisation, which may act for the state; a
place lies in the state (chains of up to three, as `koursk check` allows them)."""


def _parts(links: Mapping[str, str | None], named: list[str]) -> set[str]:
    """The definition: the entities named, and every one whose chain of `part_of` reaches one of them."""

    def chain(name: str) -> set[str]:
        found = {name}
        while links.get(name):
            name = links[name] or name
            found.add(name)
        return found

    return {name for name in [*ACTORS, *HEADS, *PLACES] if chain(name) & set(named)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.lists(_event, max_size=8), min_size=1, max_size=3), links=_links, data=st.data())
def test_an_actor_or_place_takes_in_its_parts_alike_from_the_cache_and_the_core(
    files: list[list[dict[str, Any]]],
    links: dict[str, str | None],
    data: st.DataObject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--actor` and `--place` resolved against the cached store's entities and the store read whole take in the same
    parts (`part_of` drawn: rev21 A1), and the SQL answers the queries they make as the core and as the definition
    does: an event one of whose actors (places) is named or acts for (lies in) a named one, at any depth."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        _write(root, files, links=links)
        pure = read_store(root)
        cached = load_store(root)
        territories = [*PLACES, *(["korea"] if "korea" in (links[p] for p in PLACES) else [])]
        for actors, places in data.draw(
            st.lists(
                st.tuples(
                    st.lists(st.sampled_from([*ACTORS, *HEADS]), max_size=2),
                    st.lists(st.sampled_from(territories), max_size=1),
                ),
                min_size=1,
                max_size=4,
            )
        ):
            filters = EventFilters(actor=actors, place=places)
            query = build_event_query(pure, filters)
            assert build_event_query(cached, filters) == query
            expected = match_events(pure, query)
            assert match_events(cached, query) == expected, query
            wanted_actors, wanted_places = _parts(links, actors), _parts(links, places)
            assert {f.id for f in expected} == {
                f.id
                for f in pure.facts
                if (not actors or wanted_actors & set(f.actors)) and (not places or wanted_places & set(f.places))
            }
        cached.release(False)


_DATES_FIRST = (None, "within", "intersected")
"""The plans of a query with dates and list filters: the named events first, or those within the dates' span of
rowids, alone (rows in date order) or intersected with the dates' own (see indexed._DateSpan)."""


def _force_plan(patch: pytest.MonkeyPatch, facts: Any, dates_first: str | None) -> None:
    """Make `facts` answer with the plan `dates_first` (see _DATES_FIRST), whichever counts the store gives."""
    patch.setattr(indexed, "ROWS_IN_ORDER", 10**9 if dates_first == "within" else 0)
    if dates_first is None:
        patch.setattr(facts, "_dates_first", lambda _: None)
    else:
        patch.setattr(facts, "_fewer_named", lambda *_: True)


@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "no-fts5"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.lists(_event, max_size=8), min_size=1, max_size=3), data=st.data())
def test_sql_answers_equal_the_pure_core(
    fts: bool, files: list[list[dict[str, Any]]], data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every filter of query.EVENT_FILTERS (drawn from its type: see _values), the three plans of a dated list query,
    both ways of walking the words of a limited text query, filters whose kind the SQL is made to lack (tested
    row by row in Python instead), and blocks of a few events (store/blocks.py) for the date queries they serve."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        monkeypatch.setattr(blocks, "BLOCK_EVENTS", data.draw(st.integers(min_value=1, max_value=4)))
        _write(root, files)
        pure = read_store(root)
        cached = load_store(root)
        cache_of(cached).fts = fts  # as on an SQLite built without FTS5
        for query in data.draw(st.lists(_queries(pure), min_size=1, max_size=8)):
            dates_first, look_up_words = data.draw(st.sampled_from(_DATES_FIRST)), data.draw(st.booleans())
            lacking = data.draw(st.sets(st.sampled_from(sorted(indexed._TERMS)), max_size=2))
            with monkeypatch.context() as patch:
                _force_plan(patch, cached.facts, dates_first)
                patch.setattr(cached.facts, "_look_up_words", lambda *_, flag=look_up_words: flag)
                patch.setattr(indexed, "_TERMS", {k: v for k, v in indexed._TERMS.items() if k not in lacking})
                expected = match_events(pure, query)
                assert match_events(cached, query) == expected, query
                served = [event_of(pure, f) for f in expected]  # under --as-of, as it was known then
                texts = [event_text(event).encode() for event in served]
                if query.as_of is None:
                    assert texts == [pure.event_texts[f.id].encode() for f in expected]  # the stored bytes
                assert list(matching_json(pure, query)) == list(matching_json(cached, query)) == texts, query
                pieces = list(matching_json_joined(cached, query))
                assert blocks.SEPARATOR.join(pieces) == blocks.SEPARATOR.join(texts) and all(pieces)
                dated = [(f.id, f.start, f.end, text) for f, text in zip(expected, texts, strict=True)]
                assert [tuple(item) for item in matching_dated(cached, query)] == dated, query
                assert window_counts(cached, query) == dict(Counter((f.start, f.end) for f in expected)), query
                every = match_events(pure, query._replace(limit=None))  # a terminal's listing, from every match
                shown = listing(every, query.since, query.sort, query.limit)
                assert listed_events(cached, query) == listed_events(pure, query) == shown, query
                streamed = run_event_query(cached, query)
                assert [e.id for e in streamed] == [f.id for f in expected] and streamed.count == len(streamed)
                assert list(streamed) == served
                assert _timeline(cached, query) == _timeline(pure, query) == _timeline_oracle(pure, query), query
        assert list(cached.facts) == list(pure.facts)
        for field in ("sources", "actors", "places", "tags"):
            assert distinct_values(cached, field) == distinct_values(pure, field)
            assert name_counts(cached, field) == name_counts(pure, field)
        for prefix in ("", "ev-", "ev-00", "ev-001", "x"):
            assert event_ids_with_prefix(cached, prefix, 5) == event_ids_with_prefix(pure, prefix, 5)
        assert dict(cached.search_texts) == dict(pure.search_texts)
        assert dict(cached.event_texts) == dict(pure.event_texts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(st.lists(_event, max_size=8), min_size=1, max_size=3),
    changed=st.lists(_event, max_size=8),
    data=st.data(),
)
def test_blocks_follow_a_changed_file(
    files: list[list[dict[str, Any]]],
    changed: list[dict[str, Any]],
    data: st.DataObject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One events file rewritten with other events (their keys falling anywhere), the cache updated: every block
    holds exactly the events of its range, in date order, and the date queries blocks serve answer as the core."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        monkeypatch.setattr(blocks, "BLOCK_EVENTS", data.draw(st.integers(min_value=1, max_value=4)))
        _write(root, files)
        load_store(root).release(False)
        target = data.draw(st.integers(min_value=0, max_value=len(files) - 1))
        shutil.rmtree(root)
        _write(root, [changed if index == target else events for index, events in enumerate(files)])
        pure = read_store(root)
        cached = load_store(root)
        db = cache_of(cached).db
        _assert_blocks_hold(db, pure)
        for since, until in data.draw(st.lists(st.tuples(_bound, _bound), max_size=6)):
            query = EventQuery(since=since, until=until, sort=EventSort.DATE)
            texts = [pure.event_texts[f.id].encode() for f in match_events(pure, query)]
            assert blocks.SEPARATOR.join(matching_json_joined(cached, query)) == blocks.SEPARATOR.join(texts)
        cached.release(False)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(st.lists(_event, max_size=6), min_size=1, max_size=3),
    edits=st.lists(
        st.tuples(st.integers(min_value=0, max_value=3), st.lists(_event, max_size=12)), min_size=1, max_size=4
    ),
    data=st.data(),
)
def test_blocks_after_a_sequence_of_edits_answer_as_a_cold_cache(
    files: list[list[dict[str, Any]]],
    edits: list[tuple[int, list[dict[str, Any]]]],
    data: st.DataObject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Events files rewritten one at a time (emptied, shrunk, grown, or added), the cache updated after each: its
    blocks still cover every key once, each holds exactly the events of its range, fewer than twice BLOCK_EVENTS (a
    block that grows is cut: thirteenth review, M1) and at least one (a block left with fewer than a quarter of BLOCK_EVENTS is merged),
    and every query answers as a cache built cold from the same files and as the pure core."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        monkeypatch.setattr(blocks, "BLOCK_EVENTS", data.draw(st.integers(min_value=1, max_value=8)))
        monkeypatch.setattr(blocks, "EDITS_MOST", data.draw(st.integers(min_value=0, max_value=3)))
        _write(root, files, apart=True)
        load_store(root).release(False)
        for step, (index, events) in enumerate(edits):
            _write_events(root, index, events, 1000 * index)
            pure = read_store(root)
            cached = load_store(root)
            db = cache_of(cached).db
            _assert_blocks_hold(db, pure)
            counts = [n for (n,) in db.execute("SELECT events FROM blocks")]
            assert max(counts) < 2 * blocks.BLOCK_EVENTS and (min(counts) > 0 or len(counts) == 1), counts
            with monkeypatch.context() as patch:
                patch.setenv("XDG_CACHE_HOME", str(Path(folder) / f"cold-{step}"))
                cold = load_store(root)
            dated = st.tuples(_bound, _bound).map(
                lambda bounds: EventQuery(since=bounds[0], until=bounds[1], sort=EventSort.DATE)
            )
            _assert_same_answers(
                pure, cached, cold, [EventQuery(), *data.draw(st.lists(dated | _queries(pure), max_size=4))]
            )
            cold.release(False)
            cached.release(False)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.lists(_event, min_size=1, max_size=8), min_size=1, max_size=3), data=st.data())
def test_an_edit_keeping_dates_puts_the_new_texts_in_the_same_blocks(
    files: list[list[dict[str, Any]]], data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An events file rewritten keeping some events' ids and dates (their keys) and changing anything else about
    them (titles, quotes, names, status), the others given new dates: the kept events keep their rows (updated in
    place, names and search words rewritten where they changed), the blocks only the kept keys mark get the new
    texts in place of the old ones, and none is made again from rows when every key is kept; every block holds
    exactly the events of its range, and the cache answers every query as one built cold and as the pure core."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        monkeypatch.setattr(blocks, "BLOCK_EVENTS", data.draw(st.integers(min_value=1, max_value=4)))
        monkeypatch.setattr(blocks, "EDITS_MOST", data.draw(st.integers(min_value=0, max_value=3)))
        _write(root, files, apart=True)
        first = load_store(root)
        rowids = dict(cache_of(first).db.execute("SELECT id, rowid FROM events"))
        first.release(False)
        index = data.draw(st.integers(min_value=0, max_value=len(files) - 1))
        redated = data.draw(st.sets(st.integers(min_value=0, max_value=len(files[index]) - 1)))
        edited = [
            {**data.draw(_event), **({} if number in redated else {"date": event["date"]})}
            for number, event in enumerate(files[index])
        ]
        made: list[int] = []
        write = blocks._write

        def counted(db: sqlite3.Connection, number: int, *rest: Any) -> None:
            made.append(number)
            write(db, number, *rest)

        monkeypatch.setattr(blocks, "_write", counted)
        _write_events(root, index, edited, 1000 * index)
        pure = read_store(root)
        cached = load_store(root)
        db = cache_of(cached).db
        _assert_blocks_hold(db, pure)
        assert made == [] or redated, made
        kept = {f"ev-{1000 * index + number:03d}" for number in range(len(edited)) if number not in redated}
        after = dict(db.execute("SELECT id, rowid FROM events"))
        assert {event: after[event] for event in kept} == {event: rowids[event] for event in kept}
        with monkeypatch.context() as patch:
            patch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cold"))
            cold = load_store(root)
        _assert_same_answers(pure, cached, cold, [EventQuery(), *data.draw(st.lists(_queries(pure), max_size=4))])
        cold.release(False)
        cached.release(False)


def _assert_same_answers(pure: Store, cached: Any, cold: Any, queries: list[EventQuery]) -> None:
    """A cache updated in place answers each query byte for byte as one built cold and as the pure core (under
    --as-of, each event as it was known then: its later articles' quotes left out)."""
    for query in queries:
        texts = [event_text(event_of(pure, f)).encode() for f in match_events(pure, query)]
        answers = [blocks.SEPARATOR.join(matching_json_joined(store, query)) for store in (cached, cold)]
        assert answers == [blocks.SEPARATOR.join(texts)] * 2, query
        assert match_events(cached, query) == match_events(cold, query), query


def _never_damaged(reason: str) -> NoReturn:
    raise AssertionError(reason)


def _assert_blocks_hold(db: Any, pure: Store) -> None:
    """The blocks, in key order, cover every key once (each begins where the one before ends, from below every key
    to above every key) and each holds exactly the events of its range, in date order, once its edited texts aside
    are put in place."""
    found = db.execute(
        'SELECT start, "end", id, upper_start, upper_end, upper_id, body, rowid FROM blocks ORDER BY start, "end", id'
    ).fetchall()
    edits = blocks.edits_by_block(db.execute(blocks.EDIT_ROW), _never_damaged)
    found = [(*row[:6], blocks.spliced(row[6], edits.pop(row[7], {}), _never_damaged)) for row in found]
    assert not edits, "edited texts kept for a block that is gone"
    keys = sorted((f.start, f.end, f.id) for f in pure.facts)
    assert found[0][:3] == blocks.FIRST and found[-1][3:6] == blocks.TOP
    for (*bound, _, _, _, _), (*_, upper_start, upper_end, upper_id, _) in zip(found[1:], found, strict=False):
        assert tuple(bound) == (upper_start, upper_end, upper_id)
    for *bound, upper_start, upper_end, upper_id, body in found:
        inside = [key for key in keys if tuple(bound) <= key < (upper_start, upper_end, upper_id)]
        assert body == blocks.SEPARATOR.join(pure.event_texts[key[2]].encode() for key in inside)
    _assert_listings_hold(db, keys)


def _assert_listings_hold(db: Any, keys: list[tuple[int, int, str]]) -> None:
    """Each block has one listing (block_ids), which passes its checksum, names the block as it is (head and body
    checksum) and the ids of exactly the events of its range, in date order."""
    rows = db.execute(f"{blocks._BLOCK_ROW} ORDER BY rowid").fetchall()
    listings = {row[0]: blocks.Listing(*row) for row in db.execute(blocks._LISTING_ROW)}
    assert sorted(listings) == [row[0] for row in rows], "a block without a listing, or a listing without a block"
    for row in rows:
        block, listing = blocks.Block(*row), listings[row[0]]
        assert listing.checksum == listing_checksum(blocks.head_of(listing), listing.body_checksum, listing.ids)
        assert (blocks.head_of(listing), listing.body_checksum) == (blocks.head_of(block), block.checksum)
        lower, upper = blocks.bounds_of(block)
        assert listing.held() == [key[2].encode() for key in keys if lower <= key < upper]


def test_every_filter_has_its_sql() -> None:
    """A filter whose kind the cache has no SQL for still gets the right answer (the test above drops kinds to check
    that), but only by reading every row its other filters leave: a new kind needs its SQL in store/indexed.py."""
    for flt in EVENT_FILTERS:
        planned = flt.kind is FilterKind.WORDS or (flt.kind in indexed._TERMS and indexed._has_column(flt))
        assert planned, f"the cache has no SQL for the {flt.kind} filter {flt.field!r}: add it to indexed._TERMS"


def _timeline(store: Store, query: EventQuery) -> list[tuple[str, int, list[str]]]:
    """Each period of `koursk timeline` by month and by week, with its count and its events, as the command builds
    them: periods from the counts by start day, events dealt into them from one stream in date order."""
    query = query._replace(sort=EventSort.DATE)
    since = query.since.start if query.since else date.min
    found = []
    for grain in (Grain.MONTH, Grain.WEEK):
        windows = window_counts(store, query)
        buckets = build_timeline(windows, grain, since)
        stream = matching_dated(store, query)
        for bucket, items in fill(buckets, stream, DatedText.window, grain, since, wide_band(windows, since)):
            found.append((bucket.key, bucket.size, [item.id for item in items]))
    return found


def _timeline_oracle(store: Store, query: EventQuery) -> list[tuple[str, int, list[str]]]:
    """The same from its definition: every period from the first event's to the last's, each event in the period
    its start falls in (an event begun before --since in the first), then the band of those from --since on whose
    dates span more than WIDE_DAYS days, in no period."""
    query = query._replace(sort=EventSort.DATE)
    since = query.since.start if query.since else date.min
    found = []
    for grain in (Grain.MONTH, Grain.WEEK):
        matched = match_events(store, query)
        wide = [f for f in matched if f.start >= since.toordinal() and f.end - f.start + 1 > WIDE_DAYS]
        events = [f for f in matched if f not in wide]
        anchors = [max(date.fromordinal(f.start), since) for f in events]
        if not events and not wide:
            continue
        day, last = (min(anchors), max(anchors)) if events else (date.max, date.min)
        while day <= last:
            key, _, end = period_of(day, grain)
            members = [f.id for f, anchor in zip(events, anchors, strict=True) if period_of(anchor, grain)[0] == key]
            found.append((key, len(members), members))
            day = end + timedelta(days=1)
        if wide:  # after the periods
            found.append((WIDE, len(wide), [f.id for f in wide]))
    return found


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("12000", "environ 12.000 soldats", True),
        ("12 000", "about 12,000 soldiers", True),
        ("12.000", "12 000 hommes", True),
        ("12,000", "12\u202f000 hommes", True),
        ("12", "12 000 hommes", False),
        ("troupes koursk", "des troupes nord-coréennes à Koursk", True),
        ("koursk troupes", "des troupes nord-coréennes à Koursk", True),
        ("troupes kiev", "des troupes nord-coréennes à Koursk", False),
        ("COREENNES", "nord-coréennes", True),
        ("troup*", "des troupes", True),
        ("troup", "des troupes", False),
        ("1.5", "1,5 million", True),
        ("(kursk koursk) troupes", "des troupes nord-coréennes à Koursk", True),
        ("(kursk kiev) troupes", "des troupes nord-coréennes à Koursk", False),
        ("(troup* x)", "des troupes", True),
        ("(kursk", "Kursk", True),  # an unclosed parenthesis is punctuation
        ('"troupes nord"', "des troupes nord-coréennes", True),  # a phrase: its words in a row
        ('"nord troupes"', "des troupes nord-coréennes", False),
        ('"troupes coreennes"', "des troupes nord-coréennes", False),
        ('"12 000 soldats"', "environ 12.000 soldats", True),
        ('("corée du nord" pyongyang) soldats', "Pyongyang envoie des soldats", True),
        ('("corée du nord" pyongyang) soldats', "la Corée envoie des soldats du nord", False),
    ],
)
def test_text_search_matches_every_word_folded_with_figures_joined(query: str, text: str, found: bool) -> None:
    from koursk_cli.textnorm import matches_words, query_words, search_words

    assert matches_words(query_words(query), " ".join(search_words(text))) is found


def test_a_relevance_limit_counts_the_best_ranked_without_fts5(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the test above: without FTS5, timeline counts under `--sort relevance --limit` took the first
    events in title order instead of the best ranked (the one whose title repeats a word ranks first)."""
    quote = "Selon le NIS, environ 12.000 soldats nord-coréens ont été envoyés en Russie."
    event = {"title_en": ["Troupes"], "title_fr": ["Troupes"], "actors": ["rutte"], "places": [], "tags": [],
             "status": "confirmed", "evidence": [("alpha", quote)]}  # fmt: skip
    files = [[event | {"date": "2024-10-28"}, event | {"date": "2024-10-28"},
              event | {"date": "2024-10", "title_fr": ["Troupes", "Troupes"]}]]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "store"
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        _write(root, files)
        pure, cached = read_store(root), load_store(root)
        cache_of(cached).fts = False
        query = EventQuery(text="12000", sort=EventSort.RELEVANCE, limit=1)
        expected = match_events(pure, query)
        windows = dict(Counter((f.start, f.end) for f in expected))
        assert window_counts(cached, query) == windows == window_counts(pure, query)


def test_an_events_figures_from_the_cache_are_the_claims_that_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show EVENT` finds its figures through the cache's index of claim links: the same claims as a scan."""
    root = (
        StoreBuilder()
        .source("alpha", "2025-01-10")
        .source("beta", "2025-01-12")
        .event("ev-1", "2024-11", "One", ("alpha", "Des troupes à Koursk"))
        .event("ev-2", "2024-12", "Two", ("alpha", "Un sommet à Budapest"), ("beta", "Un autre sommet à Moscou"))
        .event("ev-3", "2024-12", "Three", ("beta", "Rien de neuf au front"))
        .claim("cl-1", "alpha", 100, "2024-11", event="ev-1")
        .claim("cl-2", "alpha", 200, "2024-11-05", event="ev-1")
        .claim("cl-3", "beta", 300, "2024-12", event="ev-2")
        .claim("cl-4", "alpha", 400, "2024-12", event="ev-2")
        .claim("cl-5", "alpha", 500, "2024-12")
        .write(tmp_path / "store")
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pure, cached = read_store(root), load_store(root)
    expected = {"ev-1": ["cl-1", "cl-2"], "ev-2": ["cl-3", "cl-4"], "ev-3": [], "no-such-event": [], "": []}
    for event_id, claim_ids in expected.items():
        assert cached.claims.of_event(event_id) is not None  # type: ignore[attr-defined]  # answered by the index
        found = sorted(cached.claims_of_event(event_id))
        assert found == sorted(pure.claims_of_event(event_id)) == [pure.claims[c] for c in claim_ids]
        assert event_figures(cached, event_id) == event_figures(pure, event_id)


def test_the_plan_is_chosen_from_bounded_counts_once_per_query(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates first when fewer events fall in the dates than name the filter's values; a date range wider than
    PLAN_PROBE events keeps the usual plan without counting the names; a query asks SQLite once."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    drawn = [{"date": f"2024-10-{day:02d}", "title_en": ["Troupes"], "title_fr": ["Troupes"], "actors": ["rutte"],
              "places": [], "tags": [], "status": "confirmed", "evidence": [("alpha", SENTENCES[0])]}
             for day in range(1, 29)]  # fmt: skip
    _write(tmp_path / "store", [drawn])
    facts = load_store(tmp_path / "store").facts
    assert isinstance(facts, indexed.SqlFacts)

    def dates_first(query: EventQuery) -> bool:
        return facts._dates_first(indexed._plan(query, facts._max_span)) is not None

    one_day = EventQuery(since=parse_period("2024-10-03"), until=parse_period("2024-10-03"), actors=("rutte",))
    whole_month = one_day._replace(since=parse_period("2024-10"), until=parse_period("2024-10"))
    assert dates_first(one_day) and not dates_first(whole_month)
    monkeypatch.setattr(indexed, "PLAN_PROBE", 2)
    facts._plans.clear()
    assert not dates_first(one_day._replace(until=parse_period("2024-10-05")))
    store = load_store(tmp_path / "store")
    asked: list[str] = []
    cache_of(store).db.set_trace_callback(asked.append)
    assert _timeline(store, one_day) == _timeline_oracle(store, one_day)  # counts, then the events, by month and week
    assert sum("min(rowid), max(rowid)" in statement for statement in asked) == 1


def test_a_dated_list_query_reads_the_named_events_within_the_dates_span(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows in date order, as a first build writes them: an actor's events are found within the span of the dates'
    rowids, without intersecting them with every event of the dates (16 ms at 1,000,000 events for one week against
    1 ms); once an edit has appended a moved event far from its dates' other rows, intersected again. The same
    answers either way (the property test above draws every plan on any store)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    drawn = [{"date": f"2024-10-{day:02d}", "title_en": ["Troupes"], "title_fr": ["Troupes"], "actors": ["rutte"],
              "places": [], "tags": [], "status": "confirmed", "evidence": [("alpha", SENTENCES[0])]}
             for day in (*range(1, 29), 3)]  # fmt: skip
    _write(tmp_path / "store", [drawn])
    one_day = EventQuery(since=parse_period("2024-10-03"), until=parse_period("2024-10-03"), actors=("rutte",))

    def answered(query: EventQuery, ids: list[str]) -> str:
        store = load_store(tmp_path / "store")
        asked: list[str] = []
        cache_of(store).db.set_trace_callback(asked.append)
        assert (
            [f.id for f in match_events(store, query)]
            == ids
            == [f.id for f in match_events(read_store(tmp_path / "store"), query)]
        )
        return next(statement for statement in asked if statement.startswith("SELECT CAST(file"))

    sql = answered(one_day, ["ev-002", "ev-028"])
    assert "BETWEEN" in sql and "INTERSECT" not in sql
    drawn[28]["date"] = "2024-10-03/2024-10-04"  # its key changes: its row is appended after every other
    _write_events(tmp_path / "store", 0, drawn, 0)
    sql = answered(one_day._replace(until=parse_period("2024-10-04")), ["ev-002", "ev-028", "ev-003"])
    assert "BETWEEN" in sql and "INTERSECT" in sql


def test_a_limited_text_query_looks_events_up_only_when_its_words_are_common(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A common word walks the date index looking each event up (listing 885,585 matches of `sommet` at 1,000,000
    events took 0.13 s); a rare word, another list filter or no limit keeps the list of matches; the answers are
    the same either way (the property test above draws both)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    drawn = [{"date": f"2024-10-{day:02d}", "title_en": ["Troupes"], "title_fr": ["Troupes"], "actors": ["rutte"],
              "places": [], "tags": [], "status": "confirmed",
              "evidence": [("alpha", SENTENCES[3 if day == 1 else 0])]} for day in range(1, 29)]  # fmt: skip
    _write(tmp_path / "store", [drawn])
    facts = load_store(tmp_path / "store").facts
    assert isinstance(facts, indexed.SqlFacts)
    monkeypatch.setattr(indexed, "WORD_LOOK_UP_COST", 1)  # the bound: isqrt(1 x limit 1 x 28 events) + 1 = 6

    def looks_up(query: EventQuery) -> bool:
        return facts._look_up_words(query, indexed._plan(query, facts._max_span))

    common = EventQuery(text="soldats", limit=1)  # in 27 of the 28 events
    assert looks_up(common) and looks_up(common._replace(sort=EventSort.DATE_DESC))
    assert not looks_up(common._replace(text="rutte"))  # in one event
    assert not looks_up(common._replace(limit=None)) and not looks_up(common._replace(sort=EventSort.TITLE))
    assert not looks_up(common._replace(actors=("rutte",)))
    pure = read_store(tmp_path / "store")
    assert match_events(load_store(tmp_path / "store"), common) == match_events(pure, common)
