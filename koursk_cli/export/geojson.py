"""GeoJSON (RFC 7946): a FeatureCollection with one Point per event and place that has coordinates.

Positions are `[longitude, latitude]` (RFC 7946 §3.1.1), WGS 84. An event at two places gives two features; an
event at no mapped place gives none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Entity, Event, Store
from ..records import event_record
from . import json_document
from .formats import Selection

PROPERTIES = ("id", "date", "start", "end", "precision", "approximate", "uncertain", "status", "tags", "sources")


def feature(event: Event, place: Entity, lang: str, draft: str | None = None) -> dict[str, Any]:
    """One Point; properties are `--json`'s keys (a flat subset QGIS can tabulate) plus the place. Under a `draft`
    mark (--drafts), the mark as `koursk_draft` and the event's `draft` flag, true for an event still in draft: every
    feature of a preview has both, so a map's table has the columns whichever features it keeps."""
    assert place.coordinates is not None
    record = event_record(event)
    return {
        "type": "Feature",
        "id": f"{event.id}@{place.id}",
        "geometry": {"type": "Point", "coordinates": [place.coordinates.lon, place.coordinates.lat]},
        "properties": {
            **{key: record[key] for key in PROPERTIES},
            "title": event.title.get(lang),
            "place": place.id,
            "place_name": place.name.get(lang),
            **({"koursk_draft": draft, "draft": record["draft"]} if draft is not None else {}),
        },
    }


def to_geojson(store: Store, events: Iterable[Event], lang: str, draft: str | None = None) -> Iterator[str]:
    """A `draft` mark is a foreign member of the collection (RFC 7946 §6.1), `koursk_draft`, beside its type, and a
    property of each feature: QGIS, geojson.io and Leaflet keep only the features (rev18 L15)."""
    features = (
        feature(event, store.entities[place_id], lang, draft)
        for event in events
        for place_id in event.places
        if store.entities[place_id].coordinates is not None
    )
    head = {"type": "FeatureCollection", **({"koursk_draft": draft} if draft is not None else {})}
    return json_document(head, "features", features)


def export(selection: Selection) -> Iterator[str]:
    return to_geojson(selection.store, selection.events, selection.lang, selection.draft)
