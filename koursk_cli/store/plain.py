"""The checked core of a store as plain JSON values for the cache, and back.

The cache keeps the checked entries of sources.yaml, entities.yaml and topics.yaml as they were read (plain JSON
values) and rebuilds the objects with loader.core_objects, the code that built them from the files; and it keeps the
context that checking a changed events/claims file needs. Dates travel as their EDTF text and are parsed again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..dates import parse_edtf
from .context import Context
from .tables import LazyObjects


def context_part(context: Context) -> dict[str, Any]:
    return {
        "actors": sorted(context.actors),
        "places": sorted(context.places),
        "sources": sorted(context.sources),
        "measures": {topic: sorted(ids) for topic, ids in context.measures.items()},
        "units": {topic: sorted(units) for topic, units in context.units.items()},
        "decimal_units": {topic: sorted(units) for topic, units in context.decimal_units.items()},
        "published": {source: when.text for source, when in context.published.items()},
        "owners": {record_id: list(owner) for record_id, owner in context.owners.items()},
    }


def context_from(value: dict[str, Any], seed_texts: Mapping[str, str]) -> Context:
    return Context(
        actors=frozenset(value["actors"]),
        places=frozenset(value["places"]),
        sources=frozenset(value["sources"]),
        measures={topic: frozenset(ids) for topic, ids in value["measures"].items()},
        units={topic: frozenset(units) for topic, units in value["units"].items()},
        decimal_units={topic: frozenset(units) for topic, units in value["decimal_units"].items()},
        published=LazyObjects(value["published"], parse_edtf),  # a changed file's checks look up ~2,000 of 20,000
        seed_texts=seed_texts,
        owners=LazyObjects(value["owners"], _owner),  # a changed file's checks look up its own ids alone
    )


def _owner(value: list[Any]) -> tuple[str, str, int]:
    """A core id's owner as context_part keeps it: its kind, file name and line."""
    kind, name, line = value
    return kind, name, line
