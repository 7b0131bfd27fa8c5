"""`export csv`, `export sqlite` and `events` in a pipe read each event's `--json` record straight from the JSON text
a query serves (QueriedEvents.records) instead of building the Event and its record again (perf47: a third of
`export csv`'s time at 100k). Both ways must give the same record, key for key, value for value and in order,
wherever a query serves events: the cache, a store read whole (`--drafts`), under `--as-of`, in any sort."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.commands.filters import NO_FILTERS, EventFilters, build_event_query
from koursk_cli.dates import parse_period
from koursk_cli.model import Store
from koursk_cli.query import EventSort, run_event_query
from koursk_cli.records import event_record
from koursk_cli.store.open import load_store
from koursk_cli.store.workstore import default_store_root
from tests.stores import drafts_store


def _both_ways(store: Store, filters: EventFilters, sort: EventSort) -> None:
    events = run_event_query(store, build_event_query(store, filters, sort=sort, limit=None, lang="en"))
    built = [event_record(event) for event in events]
    decoded = list(events.records())
    assert built  # the query served events
    assert [list(r.items()) for r in decoded] == [list(r.items()) for r in built]
    assert events.count == len(built)


@pytest.mark.parametrize("sort", [EventSort.DATE, EventSort.REPORTED])
@pytest.mark.parametrize("as_of", [None, "2024-10", "2024-11-15"])  # known then: 11 and 43 of 52, 1 and 5 trimmed
def test_the_shipped_store_s_records_decoded_are_those_built(as_of: str | None, sort: EventSort) -> None:
    store = load_store(default_store_root())
    filters = NO_FILTERS if as_of is None else EventFilters(as_of=parse_period(as_of))
    _both_ways(store, filters, sort)


def test_a_store_in_draft_s_records_decoded_are_those_built(tmp_path: Path) -> None:
    store = load_store(drafts_store(tmp_path / "store"), drafts=True)
    assert any(event.draft for event in store.events.values())
    _both_ways(store, NO_FILTERS, EventSort.DATE)
