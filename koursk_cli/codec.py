"""The cache's codec: model records back from the JSON the cache keeps (each event's `--json` object, each claim's
own fields). Pure, and cheap to import: a listing that builds Event objects from the cache pays for no other
record's shape (records.py) and none of the claims' arithmetic."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from .dates import FuzzyDate, parse_edtf
from .fields import EVENT
from .jsontext import dumped
from .model import Bilingual, Claim, Dated, Event, Evidence, Status, ValueKind
from .textnorm import search_words

E = TypeVar("E", bound=Enum)


def _by_value(kind: type[E]) -> Callable[[Any], E]:
    """kind(value) read from a table of its members: an enum called by its value costs Python 3.11 ~0.7 us where a
    dict costs 0.07, and each claim read calls two; a value not in the table is refused by kind(value), as before."""
    members = {member.value: member for member in kind}

    def member(value: Any) -> E:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value, which kind(value) refuses in its own words
            return kind(value)

    return member


_status, _value_kind = _by_value(Status), _by_value(ValueKind)


def earliest_publication(sources: Mapping[str, Dated], evidence: tuple[Evidence, ...]) -> FuzzyDate:
    return min((sources[e.source].published for e in evidence), key=lambda d: (d.start, d.end))


def record_text(record: dict[str, Any]) -> str:
    """A record's JSON text as the cache keeps it and `--json` writes it: json.dumps(record, ensure_ascii=False)."""
    return dumped(record)


def event_text(event: Event) -> str:
    return record_text(EVENT.record(event))


def event_from_record(record: dict[str, Any], sources: Mapping[str, Dated]) -> Event:
    """The inverse of event_record, for events kept as JSON text in the cache; also reads an event straight from its
    YAML entry. A model field whose key is its own name and whose value is plain JSON needs no code here."""
    evidence = tuple(Evidence(e["source"], e["quote"], e.get("speaker")) for e in record["evidence"])
    built: dict[str, Any] = {
        "date": parse_edtf(record["date"]),
        "title": Bilingual(record["title"]["en"], record["title"]["fr"]),
        "status": _status(record["status"]),
        "evidence": evidence,
        "reported": earliest_publication(sources, evidence),
        "draft": record.get("draft", False),  # not in a YAML entry: loader.drafted marks it
    }
    return Event._make([built[name] if name in built else _plain(record.get(name)) for name in Event._fields])


def _plain(value: Any) -> Any:
    """A JSON value as a model field holds it: lists become tuples."""
    return tuple(value) if isinstance(value, list) else value


def search_words_of(record: dict[str, Any]) -> str:
    """What --text searches in an event record: the words of both titles and every quote (textnorm.search_words),
    space-separated; computed once when the store is read, so a query only compares words."""
    parts = [record["title"]["en"], record["title"]["fr"], *(e["quote"] for e in record["evidence"])]
    return " ".join(search_words("\n".join(parts)))


def claim_row(claim: Claim) -> dict[str, Any]:
    """A claim's own fields (nothing derived), as stored in the cache."""
    row = {name: getattr(claim, name) for name in Claim._fields}
    row.update(
        asserted_by=list(claim.asserted_by),
        value_kind=claim.value_kind.value,
        as_of=claim.as_of.text,
        status=claim.status.value,
    )
    return row


_as_of = lru_cache(maxsize=16384)(parse_edtf)
"""A claim's date, parsed once per distinct text (a FuzzyDate is immutable): a scan of 250,000 claims meets ~12,000
dates, and parsing each again was a third of building the claim."""


def claim_from_row(row: dict[str, Any]) -> Claim:
    """The inverse of claim_row; also reads a claim straight from its YAML entry (optional fields may be absent)."""
    built = {
        "value_kind": _value_kind(row["value_kind"]),
        "as_of": _as_of(row["as_of"]),
        "status": _status(row["status"]),
        "draft": row.get("draft", False),  # not in a YAML entry: loader.drafted marks it
    }
    return Claim._make([built[name] if name in built else _plain(row.get(name)) for name in Claim._fields])
