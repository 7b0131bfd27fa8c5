"""An event's cache row built straight from its YAML entry: its facts, its `--json` text and its search words.

A cold load builds one per event (~1,000,000). Built the long way, the entry became an `Event`, the `Event` a
record through `fields.EVENT`'s rows, the record JSON, and the facts were read from the `Event` again: three
representations and ~50 us an event. Here the record is written from the entry's own values, each date's fields
worked out once per distinct date. `fields.EVENT` stays the definition: `tests/test_entry_row.py` holds this row to
`EVENT.record(codec.event_from_record(entry))`, its JSON text and the facts of that event (values, types, bytes)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .dates import FuzzyDate, parse_edtf
from .model import Dated, EventFacts
from .textnorm import titles_and_words

_quoted = json.encoder.encode_basestring  # what the cache's encoder (codec.record_text) writes for a string


_BOOLEAN = ("false", "true")  # a bool's JSON, indexed by it


@lru_cache(maxsize=32768)
def _date_fields(text: str) -> tuple[str, int, int]:
    """A date's ten `--json` members as JSON text (fields._dated: `"date": …` to `"end_uncertain": …`), and its first
    and last days' ordinals (the facts' start and end). Memoised like parse_edtf, by the same text. Written as
    codec.record_text writes them (a changed run's 1,000 events hold ~800 dates its process meets for the first time:
    a dictionary encoded for each cost twice as much)."""
    date = parse_edtf(text)
    first, last = date.first, date.last
    start, end = first.start, last.end
    members = (
        f'"date": {_quoted(date.text)}, "start": "{start.isoformat()}", "end": "{end.isoformat()}", '
        f'"precision": "{date.precision.value}", "approximate": {_BOOLEAN[date.approximate]}, '
        f'"uncertain": {_BOOLEAN[date.uncertain]}, "start_approximate": {_BOOLEAN[first.approximate]}, '
        f'"start_uncertain": {_BOOLEAN[first.uncertain]}, "end_approximate": {_BOOLEAN[last.approximate]}, '
        f'"end_uncertain": {_BOOLEAN[last.uncertain]}'
    )
    return members, start.toordinal(), end.toordinal()


def _span(when: FuzzyDate) -> tuple[Any, Any]:
    return when.start, when.end


def _interned(values: Iterable[str]) -> tuple[str, ...]:
    """Ids are interned: thousands of events name the same sources, actors and places."""
    return tuple(map(sys.intern, values))


def _names(values: Iterable[str]) -> str:
    return "[" + ", ".join(map(_quoted, values)) + "]"


def _optional(value: str | None) -> str:
    return "null" if value is None else _quoted(value)


def event_row(
    entry: Mapping[str, Any], sources: Mapping[str, Dated], marked: frozenset[str]
) -> tuple[EventFacts, str, str]:
    """A checked event entry's facts, JSON text and search words (codec.search_words_of); a draft when its id is
    `marked` or an article it cites is one (loader.drafted_ids). The schema has checked that every value written
    here is a string (an optional one absent, or a speaker null)."""
    evidence = entry["evidence"]
    ids = _interned(dict.fromkeys([e["source"] for e in evidence]))
    cited = [sources[s] for s in ids]
    published = [article.published for article in cited]
    reported = min(published, key=_span)  # codec.earliest_publication: the first of equals, as over the evidence
    first_start, first = min((when.start, s) for when, s in zip(published, ids, strict=True))
    title = entry["title"]
    en, fr, status = title["en"], title["fr"], entry["status"]
    said = [(e["source"], e["quote"], e.get("speaker")) for e in evidence]
    dated, start_day, end_day = _date_fields(entry["date"])
    draft = entry["id"] in marked or any(article.draft for article in cited)
    text = "".join(
        [
            '{"id": ',
            _quoted(entry["id"]),
            ", ",
            dated,
            ', "date_basis": ',
            _quoted(entry["date_basis"]),
            ', "title": {"en": ',
            _quoted(en),
            ', "fr": ',
            _quoted(fr),
            '}, "actors": ',
            _names(entry["actors"]),
            ', "places": ',
            _names(entry["places"]),
            ', "tags": ',
            _names(entry["tags"]),
            ', "status": ',
            _quoted(status),
            ', "sources": ',
            _names(ids),
            ', "evidence": [',
            ", ".join(
                [
                    f'{{"source": {_quoted(source)}, "quote": {_quoted(quote)}, "speaker": {_optional(speaker)}}}'
                    for source, quote, speaker in said
                ]
            ),
            '], "reported": ',
            _quoted(reported.text),
            ', "reported_start": "',
            reported.start.isoformat(),
            '", "reported_end": "',
            reported.end.isoformat(),
            '", "note": ',
            _optional(entry.get("note")),
            ', "draft": true}' if draft else ', "draft": false}',
        ]
    )
    folded_en, folded_fr, words = titles_and_words(en, fr, [quote for _, quote, _ in said])
    facts = EventFacts(
        entry["id"],
        start_day,
        end_day,
        min(when.end for when in published).toordinal(),  # known.source_facts
        reported.start.toordinal(),
        reported.end.toordinal(),
        first_start.toordinal(),
        first,
        ids,
        _interned(entry["actors"]),
        _interned(entry["places"]),
        _interned(entry["tags"]),
        _interned(dict.fromkeys([speaker for _, _, speaker in said if speaker is not None])),
        sys.intern(status),
        folded_en,
        folded_fr,
    )
    return facts, text, " ".join(words)
