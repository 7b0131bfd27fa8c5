"""The checked core of a store (sources, entities, topics, and the context that checking a file needs) as plain
JSON values, for the cache, and back. Dates travel as their EDTF text and are parsed again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..dates import parse_edtf
from ..model import Bilingual, Coordinates, Entity, Measure, Source, Topic
from .context import Context


def core_parts(
    sources: Mapping[str, Source], entities: Mapping[str, Entity], topics: Mapping[str, Topic], context: Context
) -> dict[str, Any]:
    return {
        "sources": [
            [*s[:5], list(s.title), s.published.text, s.published_basis, list(s.notes)] for s in sources.values()
        ],
        "entities": [
            [e.id, e.kind, list(e.name), list(e.aliases), list(e.coordinates) if e.coordinates else None, e.note]
            for e in entities.values()
        ],
        "topics": [
            [t.id, list(t.name), list(t.aliases), [[m.id, *m.description] for m in t.measures], list(t.units)]
            for t in topics.values()
        ],
        "context": {
            "actors": sorted(context.actors),
            "places": sorted(context.places),
            "sources": sorted(context.sources),
            "measures": {topic: sorted(ids) for topic, ids in context.measures.items()},
            "units": {topic: sorted(units) for topic, units in context.units.items()},
            "published": {source: when.text for source, when in context.published.items()},
        },
    }


def sources_from(value: list[Any]) -> dict[str, Source]:
    return {
        row[0]: Source(
            id=row[0],
            seed=row[1],
            sha256=row[2],
            outlet=row[3],
            language=row[4],
            title=Bilingual(*row[5]),
            published=parse_edtf(row[6]),
            published_basis=row[7],
            notes=tuple(row[8]),
        )
        for row in value
    }


def entities_from(value: list[Any]) -> dict[str, Entity]:
    return {
        row[0]: Entity(
            row[0], row[1], Bilingual(*row[2]), tuple(row[3]), Coordinates(*row[4]) if row[4] else None, row[5]
        )
        for row in value
    }


def topics_from(value: list[Any]) -> dict[str, Topic]:
    return {
        row[0]: Topic(
            row[0],
            Bilingual(*row[1]),
            tuple(row[2]),
            tuple(Measure(m[0], Bilingual(m[1], m[2])) for m in row[3]),
            tuple(row[4]),
        )
        for row in value
    }


def context_from(value: dict[str, Any], seed_texts: Mapping[str, str]) -> Context:
    return Context(
        actors=frozenset(value["actors"]),
        places=frozenset(value["places"]),
        sources=frozenset(value["sources"]),
        measures={topic: frozenset(ids) for topic, ids in value["measures"].items()},
        units={topic: frozenset(units) for topic, units in value["units"].items()},
        published={source: parse_edtf(text) for source, text in value["published"].items()},
        seed_texts=seed_texts,
    )
