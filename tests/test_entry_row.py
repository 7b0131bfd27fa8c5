"""An event's cache row as a cold load builds it, straight from its YAML entry (entryrow.event_row), held to the row
built the long way, its definition: the entry read as an `Event` (codec.event_from_record), its `--json` object from
`fields.EVENT`'s rows and that object's JSON text (codec.record_text), its facts (query.facts_of) and its search
words (codec.search_words_of): the same values of the same types, the same bytes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.codec import event_from_record, record_text, search_words_of
from koursk_cli.entryrow import event_row
from koursk_cli.fields import EVENT
from koursk_cli.model import Dated, Event, EventFacts
from koursk_cli.query import facts_of
from koursk_cli.textnorm import fold, search_words, titles_and_words
from tests.test_facts_build import SOURCES, TEXTS, _Article, events

# Articles in draft too, and texts the folds take apart otherwise: beyond Latin, over lines, with figures and escapes.
ARTICLES: dict[str, Dated] = {**SOURCES, "src-draft": _Article(SOURCES["src-1"].published, draft=True)}
LINES = TEXTS | st.sampled_from(
    ["Soudja\nSOUDJA", "12 000 soldats\n«\u00a0Koursk\u00a0»", 'a "b" \\ c\t\x00é', "Курск\n"]
)


def entry_of(event: Event, with_speaker_null: bool) -> dict[str, Any]:
    """The YAML entry the event was read from (a speaker and a note absent when it has none)."""
    entry: dict[str, Any] = {
        "id": event.id,
        "date": event.date.text,
        "date_basis": event.date_basis,
        "title": {"en": event.title.en, "fr": event.title.fr},
        "actors": list(event.actors),
        "places": list(event.places),
        "tags": list(event.tags),
        "status": event.status.value,
        "evidence": [
            {"source": e.source, "quote": e.quote, **({"speaker": e.speaker} if e.speaker or with_speaker_null else {})}
            for e in event.evidence
        ],
    }
    if event.note is not None:
        entry["note"] = event.note
    return entry


def row_the_long_way(
    entry: Mapping[str, Any], sources: Mapping[str, Dated], marked: frozenset[str]
) -> tuple[EventFacts, str, str]:
    """What loader.read_entries built before event_row (session 45's main)."""
    event = event_from_record(dict(entry), sources)
    if event.id in marked or any(sources[s].draft for s in event.sources):
        event = event._replace(draft=True)
    fields = EVENT.record(event)
    return facts_of(event, sources), record_text(fields), search_words_of(fields)


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    event = draw(events())
    evidence = [e._replace(source=draw(st.sampled_from(sorted(ARTICLES))), quote=draw(LINES)) for e in event.evidence]
    event = event._replace(
        title=event.title._replace(en=draw(LINES), fr=draw(LINES)),
        evidence=tuple(evidence),
        note=draw(st.none() | LINES),
    )
    return entry_of(event, draw(st.booleans()))


@given(entries(), st.sampled_from([frozenset(), frozenset({"ev-1"}), frozenset({"ev-2", "ev-3"})]))
def test_an_event_row_is_the_row_built_the_long_way(entry: dict[str, Any], marked: frozenset[str]) -> None:
    facts, text, words = event_row(entry, ARTICLES, marked)
    oracle = row_the_long_way(entry, ARTICLES, marked)
    assert (facts, text, words) == oracle
    assert [type(value) for value in facts] == [type(value) for value in oracle[0]]
    assert text.encode() == oracle[1].encode()
    assert list(json.loads(text)) == list(EVENT.names)


@given(LINES, LINES, st.lists(LINES, max_size=3))
def test_titles_and_words_are_each_fold_and_search_words(en: str, fr: str, quotes: list[str]) -> None:
    folded_en, folded_fr, words = titles_and_words(en, fr, quotes)
    assert (folded_en, folded_fr) == (fold(en), fold(fr))
    assert words == search_words("\n".join([en, fr, *quotes]))
