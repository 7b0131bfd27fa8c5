"""Exports: the events `koursk events` selects (and claims), as files other tools open.

Each format module is a pure function from the store and a selection to text (sqlite writes to a given path); the
command picks the selection and where the bytes go. Record shapes come from `records.py`, so every export names
fields exactly as `--json` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..cite import headline, outlet_named
from ..claimquery import conflict_candidates
from ..claims import cumulative_measures, measure_bounds
from ..conflicts import ConflictIndex
from ..humanize import human_date
from ..jsontext import document_opening, json_text
from ..model import Claim, Event, Store
from ..query import QueriedEvents
from ..records import claim_record, event_record

Cell = str | int | float | bool | None
"""A value a tabular format can hold in one cell."""

LIST_SEPARATOR = ";"


def flat_record(record: dict[str, Any]) -> dict[str, Cell]:
    """One level of columns from a JSON record, for tables: `title` becomes `title_en` and `title_fr`, a list of ids
    is joined with `;` (an id never holds one), and a list of objects (`evidence`: sources and verbatim quotes,
    which may hold `;` or anything else) is one JSON array, which any reader can split back exactly. New keys in
    `records.py` flow through unchanged."""

    flat: dict[str, Cell] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        elif isinstance(value, list):
            flat[key] = json_text(value) if any(map(_is_object, value)) else LIST_SEPARATOR.join(map(str, value))
        else:
            flat[key] = value
    return flat


_is_object = dict.__instancecheck__
"""isinstance(item, dict), mapped over a list in C (flat_record meets a list in each of a row's ~5 list fields)."""


def event_records(events: Iterable[Event]) -> Iterator[dict[str, Any]]:
    """Each event's `--json` object: decoded straight from the texts a query streams (QueriedEvents.records), else
    records.event_record of each."""
    return events.records() if isinstance(events, QueriedEvents) else map(event_record, events)


def number(value: float) -> str:
    """`12000` rather than `12000.0`: figures in the store are counts."""
    return str(int(value)) if float(value).is_integer() else str(value)


def conflict_index(store: Store, known_by: date | None) -> ConflictIndex:
    """The claims an exported claim's conflicts are found against: the whole store, as `koursk show` finds them (under
    --as-of, `known_by`, what was published by then)."""
    return ConflictIndex(
        conflict_candidates(store, known_by),
        cumulative=cumulative_measures(store.topics),
        bounds=measure_bounds(store.topics),
    )


def claim_records(
    store: Store,
    claims: Iterable[Claim],
    *,
    conflicts_named: int | None = None,
    index: ConflictIndex | None = None,
    known_by: date | None = None,
) -> Iterator[dict[str, Any]]:
    """`claim_record` for each claim, its conflicts found against the whole store (as `koursk show` does; under
    --as-of, `known_by`, against what was published by then): every conflicting claim named unless
    `conflicts_named` bounds them (all are counted). `index`: those claims already indexed (at least those on the
    claims' measures)."""
    found = conflict_index(store, known_by) if index is None else index
    return (claim_record(c, store, found, conflicts_named) for c in claims)


def json_document(head: dict[str, Any], key: str, items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`head` with `key` holding `items`, one item per line, yielded item by item: a large export never stands in
    memory as one document."""

    yield document_opening(head, key)
    for index, item in enumerate(items):
        yield ("," if index else "") + "\n  " + json_text(item)
    yield "\n]}\n"


def source_label(store: Store, source_id: str, lang: str) -> str:
    """How a reader recognises an article: `title — CNN, 7–10 Nov 2024` (the id when the outlet is not named)."""
    source = store.sources[source_id]
    return f"{headline(source, source.title.get(lang))} — {outlet_named(source) or source.id}, {human_date(source.published)}"
