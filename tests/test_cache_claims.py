"""Claim listings streamed from the cache equal the pure core's on random synthetic stores: claims.run_claim_query,
spreads and ConflictIndex over the store read into memory stay the specification; a selection read in one pass and
held as ids (claimquery.select_claims), the cache's scan of one topic or measure (SqlClaimTexts.scan), the conflict index
fed by that pass and the pairs named from ids only implement it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli import claimquery
from koursk_cli.claimquery import ClaimQuery, Role, conflict_candidates, run_claim_query, select_claims
from koursk_cli.claims import conflict_tier, cumulative_measures, measure_bounds
from koursk_cli.conflicts import ConflictIndex, conflict_kind_pairs, conflict_tier_pairs, measure_conflicts
from koursk_cli.dates import parse_period
from koursk_cli.export import claim_records
from koursk_cli.model import Status, Store
from koursk_cli.problems import CacheFault, CacheReplaced
from koursk_cli.records import spread_record
from koursk_cli.spreads import selection_spreads, spreads, store_spreads
from koursk_cli.store import cache as cache_module
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.loader import read_store
from koursk_cli.store.open import load_store
from tests.claimstores import ACTORS, MEASURES, SOURCES, claim_strategy, write_claims
from tests.stores import StoreBuilder, cache_of, edit_cache

_claim = claim_strategy(
    status=st.sampled_from([s.value for s in Status]), file=st.sampled_from(["a", "b"]), restates=st.booleans()
)


_queries = st.builds(
    ClaimQuery,
    topic=st.none() | st.sampled_from(["troops", "losses", "nothing"]),
    actors=st.lists(st.sampled_from(ACTORS), max_size=2, unique=True).map(tuple),
    role=st.sampled_from(list(Role)),
    sources=st.lists(st.sampled_from([s for s, _, _ in SOURCES]), max_size=2, unique=True).map(tuple),
    since=st.none() | st.sampled_from(["2025-01-11", "2025-02", "2024"]).map(parse_period),
    until=st.none() | st.sampled_from(["2025-01-11", "2025-01", "2024-12"]).map(parse_period),
    statuses=st.lists(st.sampled_from(list(Status)), max_size=2, unique=True).map(tuple),
    as_of=st.none() | st.sampled_from(["2025-01-11", "2025-01", "2025"]).map(parse_period),
    text=st.none() | st.sampled_from(["12000", "1 000 soldats", "soldat*", "source cl 001", "KIM", "1100", "1 200"]),
    left_out=st.sampled_from([(), (), ("--tag",)]),
    limit=st.none() | st.integers(1, 6),
)


def _records(
    store: Store, claims: Any, named: int | None, index: ConflictIndex | None = None, known_by: date | None = None
) -> list[Any]:
    return list(claim_records(store, claims, conflicts_named=named, index=index, known_by=known_by))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(_claim, max_size=30), data=st.data())
def test_streamed_claim_listings_equal_the_pure_core(
    claims: list[dict[str, Any]], data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `claims`/`sources --claim --json` print (records with their conflicts, the first few named or all),
    `topics`' spreads (of every claim, or of those the filters select), `show CLAIM`'s index of one measure and `export sqlite`'s conflict pairs, from the cache and
    from the store in memory, against the core over the store in memory."""
    with tempfile.TemporaryDirectory() as folder:
        root = write_claims(Path(folder) / "store", claims)
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        pure = read_store(root)
        cached = load_store(root)
        assert cached.claims.scan() is not None  # type: ignore[attr-defined]  # the cache's one-pass reads are used
        # a total that may not fall (docs/claims.md rule 8), as topics.yaml marks it, from the cache too
        cumulative = cumulative_measures(pure.topics)
        assert cumulative == cumulative_measures(cached.topics) == {("troops", "sent-to-russia")}
        bounds = measure_bounds(pure.topics)  # in Kursk at most sent (rule 9), from the cache too
        assert bounds == measure_bounds(cached.topics) == {("troops", "in-kursk", "sent-to-russia")}
        for query in data.draw(st.lists(_queries, min_size=1, max_size=6)):
            named = data.draw(st.none() | st.integers(0, 3))
            monkeypatch.setattr(claimquery, "HELD", data.draw(st.sampled_from([0, 3, 30_000])))  # ids or claims
            expected = run_claim_query(pure, query)
            for store in (cached, pure):
                index = ConflictIndex(cumulative=cumulative_measures(store.topics), bounds=bounds)
                found = select_claims(store, query, every=index.add)
                assert list(found) == expected, query
                day = query.as_of.end if query.as_of else None  # under --as-of, conflicts among those known then
                assert _records(store, found, named, index) == _records(pure, expected, named, known_by=day), query
                # `topics` with filters: the spreads of the claims selected, their conflicts against every claim
                # of the measure (under --as-of, those known then), as `claims` counts them (rev28 C3)
                shown = [spread_record(s, pure) for s in selection_spreads(store, query, named)]
                assert shown == [spread_record(s, pure) for s in selection_spreads(pure, query, named)], query
                # every kind, a pair across two measures counted for each measure with a listed claim of the pair
                listed = {c.id for c in expected if c.restates is None}
                touching: dict[tuple[str, str], dict[str, int]] = {}
                for a, b, kind in conflict_kind_pairs(conflict_candidates(pure, day), cumulative, bounds):
                    ends = {(pure.claims[c].topic, pure.claims[c].measure) for c in (a, b) if c in listed}
                    for pair_key in ends:
                        tally = touching.setdefault(pair_key, {})
                        tally[kind] = tally.get(kind, 0) + 1
                kinds = ("overlapping", "total-fell", "across-measures")
                assert {(r["topic"], r["measure"]): r["conflict_counts"] for r in shown} == {
                    (r["topic"], r["measure"]): {
                        k: touching.get((r["topic"], r["measure"]), {}).get(k, 0) for k in kinds
                    }
                    for r in shown
                }, query
                assert all(r["conflict_count"] == sum(r["conflict_counts"].values()) for r in shown)
        everything = run_claim_query(pure, ClaimQuery())
        limit = data.draw(st.none() | st.integers(0, 3))
        expected_spreads = [spread_record(s, pure) for s in spreads(everything, cumulative, bounds, pair_limit=limit)]
        pairs = list(conflict_kind_pairs(everything, cumulative, bounds))

        def tier(pair: tuple[str, str, str]) -> str:  # the pair's tier, re-checked pairwise (claims.conflict_tier)
            a, b = (pure.claims[c] for c in pair[:2])
            found = conflict_tier(a, b, cumulative, bounds)
            assert found is not None
            return found.value

        for spread in expected_spreads:  # every pair its claims take part in, of every kind (rule 9: for each measure)
            key = (spread["topic"], spread["measure"])
            mine = [p for p in pairs if key in {(pure.claims[c].topic, pure.claims[c].measure) for c in p[:2]}]
            assert spread["conflict_count"] == len(mine)
            assert spread["firm_conflict_count"] == sum(1 for p in mine if tier(p) == "firm")
            assert spread["same_day_conflict_count"] == sum(1 for p in mine if tier(p) == "same-day")
            assert spread["conflict_counts"]["across-measures"] == sum(1 for p in mine if p[2] == "across-measures")
        for store in (cached, pure):
            selected = select_claims(store, ClaimQuery())
            listed_spreads = spreads(selected, cumulative, bounds, pair_limit=limit)
            assert [spread_record(s, pure) for s in listed_spreads] == expected_spreads
            assert [spread_record(s, pure) for s in store_spreads(store, pair_limit=limit)] == expected_spreads
            assert list(conflict_kind_pairs(select_claims(store, ClaimQuery()), cumulative, bounds)) == pairs
            # each pair's tier (claims.conflict_tier), from the cache as from memory
            tiered = list(conflict_tier_pairs(select_claims(store, ClaimQuery()), cumulative, bounds))
            assert tiered == [(*p, tier(p)) for p in pairs]
        whole = ConflictIndex(pure.claims.values(), cumulative=cumulative, bounds=bounds)
        for topic, measure in MEASURES:
            on_measure = measure_conflicts(cached, topic, measure)  # its measure and those tied to it
            on_topic = [(c.measure, c.id) for c in cached.claims_on(topic)]
            assert on_topic == sorted(
                ((c.measure, c.id) for c in pure.claims.values() if c.topic == topic), key=lambda item: item[0]
            )  # each measure's claims in store order
            for claim in (c for c in pure.claims.values() if (c.topic, c.measure) == (topic, measure)):
                assert on_measure.lookup_kinds(claim) == whole.lookup_kinds(claim)
                assert on_measure.ids(claim) == whole.ids(claim) and on_measure.count(claim) == whole.count(claim)


def test_a_damaged_claim_row_is_reported_never_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan of one topic checks each row as a lookup by id does: its checksum, and its own JSON on the topic the
    index offered it for (a `topic` column pointing at another claim cannot add it to the answer)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = write_claims(tmp_path / "store", [{"measure": m, "value": 1000, "kind": "exact", "as_of": "2024-10",
                                        "asserted_by": (), "source": "alpha", "status": "reported", "file": "a",
                                        "restates": False} for m in MEASURES])  # fmt: skip
    store = load_store(root)
    assert [c.id for c in store.claims_on("losses")] == ["cl-002"]
    path = cache_of(store).path
    assert path is not None  # a cache file, not one in memory
    for statement, reason in (
        (
            "UPDATE claims SET topic = 'losses' WHERE id = 'cl-000'",
            "index columns of claim 'cl-000' are not those of its JSON",
        ),
        ("UPDATE claims SET json = replace(json, '1000', '1001') WHERE id = 'cl-002'", "does not match its checksum"),
    ):
        cache_of(store).close()
        edit_cache(path, statement, keep_header=True)
        store = load_store(root)
        with pytest.raises(CacheFault, match=reason):
            list(store.claims_on("losses"))
        store = load_store(root)  # the damaged cache was removed: this one is new
        assert [c.id for c in store.claims_on("losses")] == ["cl-002"]
        path = cache_of(store).path
        assert path is not None


def test_a_listing_reads_one_snapshot_while_another_run_updates_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past HELD claims a listing keeps their ids and fetches them again when it prints them (eighth review, M2):
    another run that finds the store changed meanwhile cannot update the cache under it (the listing met a claim
    gone: KeyError). That run updates a copy and renames it over the cache, at once (waiting for the listing held up
    every run behind it: ninth review, M3); the listing keeps reading the file it opened, whole."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(claimquery, "HELD", 0)  # ids only: the claims are read again when used
    monkeypatch.setattr(cache_module, "COMMIT_WAIT_MS", 0)
    claim = {"value": 1000, "kind": "exact", "as_of": "2024-10", "asserted_by": (), "source": "alpha",
             "status": "reported", "restates": False}  # fmt: skip
    claims = [{**claim, "measure": m, "file": file} for file in ("a", "b") for m in MEASURES]
    root = write_claims(tmp_path / "store", claims)
    first = load_store(root)
    selection = select_claims(first, ClaimQuery())
    listed = [c.id for c in read_store(root).claims.values()]
    assert sorted(selection.ids) == sorted(listed) and len(listed) == 2 * len(MEASURES)
    path = cache_path(root)
    before = path.stat().st_ino

    (root / "data/claims/b.yaml").unlink()  # half the claims leave the store
    opened = cache_module.open_existing(path)  # a third run, which opened the cache just before the copy came
    warnings: list[str] = []
    second = load_store(root, warn=warnings.append)
    assert sorted(c.id for c in selection) == sorted(listed)  # the first run's snapshot, whole
    remaining = sorted(c.id for c in read_store(root).claims.values())
    assert sorted(second.claims) == remaining and len(remaining) == len(MEASURES) and warnings == []
    assert path.stat().st_ino != before and sorted(path.parent.iterdir()) == [path]  # the copy, renamed in place
    assert opened is not None
    with pytest.raises(CacheReplaced):  # what it finds wanting in its file (SQLite will not write it) is not damage
        opened.damaged("attempt to write a readonly database")
    assert path.stat().st_ino != before  # the new cache stays

    first.release(False)
    second.release(False)
    third = load_store(root, warn=warnings.append)
    assert sorted(third.claims) == remaining and warnings == [] and path.stat().st_ino != before


def test_a_run_that_cannot_take_the_cache_reads_the_store_and_leaves_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer holding the cache past BUSY_MS (never koursk's own commit, which is short, but any process's
    lock): the run answers from the store with one warning, and the cache is neither removed nor rebuilt over."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "BUSY_MS", 50)
    claim = {"value": 1000, "kind": "exact", "as_of": "2024-10", "asserted_by": (), "source": "alpha",
             "status": "reported", "restates": False, "file": "a"}  # fmt: skip
    root = write_claims(tmp_path / "store", [{**claim, "measure": m} for m in MEASURES])
    load_store(root).release(False)
    path = cache_path(root)
    before = path.stat().st_ino
    (root / "data/claims/a.yaml").write_text("claims: []\n", encoding="utf-8")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a lock no reader or writer can pass
    warnings: list[str] = []
    try:
        store = load_store(root, warn=warnings.append)
        assert sorted(store.claims) == [] and path.stat().st_ino == before
        assert warnings == [
            "koursk: warning: another koursk is using the store's cache; this run reads the whole store"
        ]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sorted(load_store(root).claims) == [] and path.stat().st_ino == before  # updated in place


def test_an_update_too_big_for_memory_still_goes_aside_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update larger than SQLite's page cache (one events file's rows at 20,000 events) spilled its pages to the
    file mid-transaction, which needs the lock a reader's snapshot holds: it waited BUSY_MS for the whole listing
    instead of going aside (tenth review, High). Here the reader lets go after 2 s, so an update that waited would
    end in place; one that went aside put a new file there."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "BUSY_MS", 60_000)
    monkeypatch.setattr(cache_module, "COMMIT_WAIT_MS", 0)
    connect = cache_module._connect

    def small_cache(path: str, **options: str) -> Any:
        connection = connect(path, **options)
        connection.execute("PRAGMA cache_size = 4")  # pages: any update of a few hundred rows spills
        return connection

    monkeypatch.setattr(cache_module, "_connect", small_cache)
    builder = StoreBuilder().source("alpha", "2025-01-10")
    for number in range(400):
        builder.event(
            f"ev-{number:03d}",
            f"2024-{number % 12 + 1:02d}",
            f"Event {number}",
            ("alpha", f"Un fait numéro {number} au front"),
        )
    root = builder.write(tmp_path / "store")
    first = load_store(root)
    path = cache_path(root)
    before = path.stat().st_ino
    events = root / "data/events/main.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("Event 1", "Event one"), encoding="utf-8")
    letting_go = threading.Timer(2.0, first.release, (False,))
    letting_go.start()
    try:
        second = load_store(root)
    finally:
        letting_go.cancel()
        letting_go.join()
    assert path.stat().st_ino != before  # went aside at once
    assert json.loads(second.event_texts["ev-001"])["title"]["en"] == "Event one"


def _one_event(root: Path) -> Path:
    builder = StoreBuilder().source("alpha", "2025-01-10")
    return builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk")).write(root)


def test_leftovers_of_a_killed_update_are_removed_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update or build killed mid-copy leaves a cache-sized temporary file (tenth review): the next build or
    update removes those whose process is gone; a running process's, and any other name, stay."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = _one_event(tmp_path / "store")
    load_store(root).release(False)
    path = cache_path(root)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead, alive = int(gone.stdout), os.getppid()
    names = [
        f".{path.name}.{dead}.tmp",
        f".{path.name}.{dead}.tmp-journal",
        f".{path.name}.{dead}.staging",
        f".{path.name}.{alive}.tmp",
        f".{path.name}.x.tmp",
        "notes.txt",
    ]
    for name in names:
        (path.parent / name).write_bytes(b"left")
    (root / "data/events/main.yaml").write_text(
        (root / "data/events/main.yaml").read_text(encoding="utf-8").replace("One", "Uno"), encoding="utf-8"
    )
    first = load_store(root)  # holds its snapshot: the next update goes aside
    (root / "data/events/main.yaml").write_text(
        (root / "data/events/main.yaml").read_text(encoding="utf-8").replace("Uno", "Une"), encoding="utf-8"
    )
    load_store(root).release(False)
    first.release(False)
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, *names[3:]])


def test_a_run_on_a_replaced_cache_never_removes_the_new_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run whose cache file another run replaced meanwhile, told its file is damaged, leaves the new file alone
    (tenth review, Low: close(damaged=True) removed whatever lay at the path)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = _one_event(tmp_path / "store")
    old = load_store(root)
    path = cache_path(root)
    replacement = path.with_name("replacement")
    shutil.copyfile(path, replacement)
    os.replace(replacement, path)
    new = path.stat().st_ino
    old.release(True)
    assert path.stat().st_ino == new
    with pytest.raises(CacheReplaced):  # opening while the rename comes: the run retries (load_store), never rebuilds
        monkeypatch.setattr(os, "lstat", lambda _: os.stat(tmp_path / "store"))
        cache_module.open_existing(path)
