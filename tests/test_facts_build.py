"""An event's model and facts as a cold load builds them (codec.event_from_record, query.facts_of,
FuzzyDate.precision), held to their definitions written the long way: the keyword construction they replaced."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.codec import _plain, earliest_publication, event_from_record
from koursk_cli.dates import FuzzyDate, parse_edtf
from koursk_cli.known import SourceFacts, source_facts
from koursk_cli.model import Bilingual, Dated, Event, EventFacts, Evidence, Status
from koursk_cli.query import facts_of
from koursk_cli.records import event_record
from koursk_cli.textnorm import fold
from tests.test_properties import fuzzy_dates


class _Article(NamedTuple):
    """What the facts read of a source: its publication date (and whether it is a draft)."""

    published: FuzzyDate
    draft: bool = False


SOURCES = {
    f"src-{n}": _Article(parse_edtf(text)) for n, text in enumerate(["2024-10", "2024-10-08", "2024-11-07~", "2024"])
}
NAMES = st.sampled_from(["ent-1", "ent-2", "ent-3", "kursk", "ent-1"])
TEXTS = st.text(max_size=30) | st.sampled_from(["Corée du Nord", "KOURSK  troupes", "ǅemal ﬁn", ""])


@st.composite
def events(draw: st.DrawFn) -> Event:
    evidence = tuple(
        Evidence(draw(st.sampled_from(sorted(SOURCES))), draw(TEXTS), draw(st.none() | NAMES))
        for _ in range(draw(st.integers(1, 4)))
    )
    return Event(
        id=draw(st.sampled_from(["ev-1", "ev-2"])),
        date=draw(fuzzy_dates()),
        date_basis=draw(TEXTS),
        title=Bilingual(draw(TEXTS), draw(TEXTS)),
        actors=tuple(draw(st.lists(NAMES, max_size=3))),
        places=tuple(draw(st.lists(NAMES, max_size=3))),
        tags=tuple(draw(st.lists(NAMES, max_size=3))),
        status=draw(st.sampled_from(list(Status))),
        evidence=evidence,
        reported=earliest_publication(SOURCES, evidence),
        note=draw(st.none() | TEXTS),
        draft=draw(st.booleans()),
    )


def facts_by_keyword(event: Event, sources: Mapping[str, Dated]) -> EventFacts:
    """facts_of as it was written before it took its fields by position."""

    def names(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sys.intern(v) for v in values)

    ids = names(event.sources)
    return EventFacts(
        id=event.id,
        start=event.date.start.toordinal(),
        end=event.date.end.toordinal(),
        sources=ids,
        actors=names(event.actors),
        places=names(event.places),
        tags=names(event.tags),
        speakers=names(tuple(dict.fromkeys(e.speaker for e in event.evidence if e.speaker is not None))),
        status=sys.intern(event.status.value),
        title_en=fold(event.title.en),
        title_fr=fold(event.title.fr),
        **source_facts(ids, sources)._asdict(),
    )


def test_the_source_facts_stand_in_the_event_facts_in_their_order() -> None:
    """facts_of places a SourceFacts by position: its fields are a run of EventFacts' fields, in the same order."""
    at = EventFacts._fields.index(SourceFacts._fields[0])
    assert EventFacts._fields[at : at + len(SourceFacts._fields)] == SourceFacts._fields
    assert at == 3


@given(events())
def test_facts_are_the_facts_by_keyword(event: Event) -> None:
    facts = facts_of(event, SOURCES)
    assert facts == facts_by_keyword(event, SOURCES)
    assert [type(value) for value in facts] == [type(value) for value in facts_by_keyword(event, SOURCES)]


@given(events())
def test_an_event_read_from_its_record_is_the_event_by_keyword(event: Event) -> None:
    record = event_record(event)
    oracle = Event(
        **{
            name: getattr(event, name) if name not in record else _plain(record[name])
            for name in Event._fields
            if name not in ("date", "title", "status", "evidence", "reported")
        },
        date=parse_edtf(record["date"]),
        title=Bilingual(record["title"]["en"], record["title"]["fr"]),
        status=Status(record["status"]),
        evidence=tuple(Evidence(e["source"], e["quote"], e["speaker"]) for e in record["evidence"]),
        reported=earliest_publication(SOURCES, event.evidence),
    )
    assert event_from_record(record, SOURCES) == oracle == event


@given(fuzzy_dates())
def test_a_dates_precision_is_the_coarser_of_its_ends(date: FuzzyDate) -> None:
    ranks = ["year", "month", "day"]
    assert date.precision == min(date.first.precision, date.last.precision, key=ranks.index)
    assert date.precision is (
        date.first.precision
        if ranks.index(date.first.precision) <= ranks.index(date.last.precision)
        else date.last.precision
    )
