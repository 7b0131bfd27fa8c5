"""The JSON shape of each record: stable snake_case keys, ISO dates. New keys may be added; none change meaning."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .claims import ConflictIndex, Spread, format_value, plain_number, value_bounds
from .dates import FuzzyDate, parse_edtf
from .model import Bilingual, Claim, Event, Evidence, Source, Status, Store, ValueKind
from .textnorm import fold

if TYPE_CHECKING:
    from .diff import DateDiff, SourceDiff
    from .sources import SourceSummary
    from .timeline import Bucket


def date_fields(prefix: str, when: FuzzyDate) -> dict[str, Any]:
    """`date`, `start`, `end`, `precision`, `approximate`, `uncertain` (prefixed for secondary dates)."""
    lead = f"{prefix}_" if prefix else ""
    return {
        prefix or "date": when.text,
        f"{lead}start": when.start.isoformat(),
        f"{lead}end": when.end.isoformat(),
        f"{lead}precision": when.precision.value,
        f"{lead}approximate": when.approximate,
        f"{lead}uncertain": when.uncertain,
    }


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        **date_fields("", event.date),
        "date_basis": event.date_basis,
        "title": {"en": event.title.en, "fr": event.title.fr},
        "actors": list(event.actors),
        "places": list(event.places),
        "tags": list(event.tags),
        "status": event.status.value,
        "sources": list(event.sources),
        "evidence": [{"source": e.source, "quote": e.quote} for e in event.evidence],
        "reported": event.reported.text,
        "reported_start": event.reported.start.isoformat(),
        "reported_end": event.reported.end.isoformat(),
        "note": event.note,
    }


def earliest_publication(sources: dict[str, Source], evidence: tuple[Evidence, ...]) -> FuzzyDate:
    return min((sources[e.source].published for e in evidence), key=lambda d: (d.start, d.end))


def event_from_record(record: dict[str, Any], sources: dict[str, Source]) -> Event:
    """The inverse of event_record, for events kept as JSON text in the cache."""
    evidence = tuple(Evidence(e["source"], e["quote"]) for e in record["evidence"])
    return Event(
        id=record["id"],
        date=parse_edtf(record["date"]),
        date_basis=record["date_basis"],
        title=Bilingual(record["title"]["en"], record["title"]["fr"]),
        actors=tuple(record["actors"]),
        places=tuple(record["places"]),
        tags=tuple(record["tags"]),
        status=Status(record["status"]),
        evidence=evidence,
        reported=earliest_publication(sources, evidence),
        note=record.get("note"),
    )


def search_text(record: dict[str, Any]) -> str:
    """What --text searches in an event record: both titles and every quote, folded."""
    parts = [record["title"]["en"], record["title"]["fr"], *(e["quote"] for e in record["evidence"])]
    return fold(" ".join(parts))


_CLAIM_FIELDS = (
    "id",
    "topic",
    "measure",
    "value",
    "value_min",
    "value_max",
    "unit",
    "as_of_basis",
    "asserted_by",
    "source",
    "quote",
    "note",
    "restates",
)


def claim_row(claim: Claim) -> dict[str, Any]:
    """A claim's own fields (nothing derived), as stored in the cache."""
    row = {name: getattr(claim, name) for name in _CLAIM_FIELDS}
    row.update(
        asserted_by=list(claim.asserted_by),
        value_kind=claim.value_kind.value,
        as_of=claim.as_of.text,
        status=claim.status.value,
    )
    return row


def claim_from_row(row: dict[str, Any]) -> Claim:
    """The inverse of claim_row; also reads a claim straight from its YAML entry (optional fields may be absent)."""
    fields: dict[str, Any] = {name: row.get(name) for name in _CLAIM_FIELDS}
    fields.update(
        asserted_by=tuple(row["asserted_by"]),
        value_kind=ValueKind(row["value_kind"]),
        as_of=parse_edtf(row["as_of"]),
        status=Status(row["status"]),
    )
    return Claim(**fields)


def claim_record(claim: Claim, store: Store, conflicts: ConflictIndex) -> dict[str, Any]:
    low, high = value_bounds(claim)
    return {
        "id": claim.id,
        "topic": claim.topic,
        "measure": claim.measure,
        "value": claim.value,
        "value_kind": claim.value_kind.value,
        "value_min": plain_number(low),
        "value_max": None if math.isinf(high) else plain_number(high),
        "unit": claim.unit,
        **date_fields("as_of", claim.as_of),
        "as_of_basis": claim.as_of_basis,
        "asserted_by": list(claim.asserted_by),
        "source": claim.source,
        "published": store.sources[claim.source].published.text,
        "quote": claim.quote,
        "status": claim.status.value,
        "note": claim.note,
        "conflicts_with": conflicts.ids(claim),
        "restates": claim.restates,
    }


def source_record(summary: SourceSummary) -> dict[str, Any]:
    source = summary.source
    return {
        "id": source.id,
        "seed": source.seed,
        "sha256": source.sha256,
        "outlet": source.outlet,
        "language": source.language,
        "title": {"en": source.title.en, "fr": source.title.fr},
        **date_fields("published", source.published),
        "published_basis": source.published_basis,
        "notes": list(source.notes),
        "events": summary.events,
        "claims": summary.claims,
    }


def _figures(claims: tuple[Claim, ...]) -> dict[str, Any]:
    return {
        "value": claims[0].value if claims[0].value is not None else claims[0].value_min,
        "display": format_value(claims[0]),
        "claims": [c.id for c in claims],
        "asserted_by": sorted({a for c in claims for a in c.asserted_by}),
    }


def spread_record(spread: Spread, store: Store) -> dict[str, Any]:
    topic = store.topics[spread.topic]
    measure = topic.measure(spread.measure)
    return {
        "topic": spread.topic,
        "topic_aliases": list(topic.aliases),
        "measure": spread.measure,
        "description": {"en": measure.description.en, "fr": measure.description.fr} if measure else None,
        "claims": len(spread.claims),
        "lowest": _figures(spread.lowest),
        "highest": _figures(spread.highest),
        "conflicts": [[a.id, b.id] for a, b in spread.conflicts],
    }


def _pair(store: Store, index: ConflictIndex, a: Claim, b: Claim) -> dict[str, Any]:
    return {
        "topic": a.topic,
        "measure": a.measure,
        "a": claim_record(a, store, index),
        "b": claim_record(b, store, index),
    }


def source_diff_record(diff: SourceDiff, store: Store) -> dict[str, Any]:
    from .sources import summarise

    index = ConflictIndex(store.claims.values())
    side_a, side_b = summarise(store, [diff.a, diff.b])
    return {
        "mode": "sources",
        "a": source_record(side_a),
        "b": source_record(side_b),
        "both": [event_record(e) for e in diff.both],
        "only_a": [event_record(e) for e in diff.only_a],
        "only_b": [event_record(e) for e in diff.only_b],
        "agree": [_pair(store, index, a, b) for a, b in diff.agree],
        "conflicts": [_pair(store, index, a, b) for a, b in diff.conflicts],
        "differ": [_pair(store, index, a, b) for a, b in diff.differ],
        "claims_only_a": [claim_record(c, store, index) for c in diff.claims_only_a],
        "claims_only_b": [claim_record(c, store, index) for c in diff.claims_only_b],
    }


def date_diff_record(diff: DateDiff, store: Store) -> dict[str, Any]:
    from .sources import summarise

    index = ConflictIndex(store.claims.values())
    return {
        "mode": "dates",
        "from": diff.start.isoformat(),
        "to": diff.end.isoformat(),
        "known_sources": [s.id for s in diff.known],
        "new_sources": [source_record(s) for s in summarise(store, diff.new_sources)],
        "straddling": [
            {"source": s.id, "published": s.published.text, "boundary": "from" if p.value == "straddles_from" else "to"}
            for s, p in diff.straddling
        ],
        "new_events": [event_record(e) for e in diff.new_events],
        "new_claims": [claim_record(c, store, index) for c in diff.new_claims],
        "revised": [
            {
                "topic": r.after.topic,
                "measure": r.after.measure,
                "before": claim_record(r.before, store, index),
                "after": claim_record(r.after, store, index),
            }
            for r in diff.revised
        ],
    }


def period_record(bucket: Bucket) -> dict[str, Any]:
    """One period of `koursk timeline --json`; its events follow under `events` (see write_grouped_texts)."""
    return {
        "period": bucket.key,
        "start": bucket.start.isoformat(),
        "end": bucket.end.isoformat(),
        "count": len(bucket.events),
    }
