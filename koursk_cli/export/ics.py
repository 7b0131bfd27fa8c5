"""iCalendar (RFC 5545): one all-day VEVENT per event, spanning the event's date bounds.

DTEND is exclusive (the day after the last day). Lines end with CRLF and are folded at 75 octets; text values are
escaped. UID (`id@koursk`) and DTSTAMP (the latest publication in the store, not the clock) are stable, so the same
store always gives the same file and calendar apps update events instead of duplicating them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal

from ..humanize import human_date
from ..model import Event, Status, Store
from ..placeholders import badged
from ..textnorm import visible
from . import source_label
from .formats import Selection

LINE_OCTETS = 75
_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, `;`, `,` and newlines escaped, control characters made visible."""
    return visible(text.replace("\r\n", "\n").replace("\r", "\n")).translate(_TEXT_ESCAPES)


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets (§3.1), never inside a UTF-8 character; each
    continuation starts with one space, which counts towards its 75. Cut on the encoded bytes: a calendar of a
    large store has hundreds of thousands of lines."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line
    chunks: list[bytes] = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back up to where its character starts
            end -= 1
        chunks.append(data[start:end])
        start, limit = end, LINE_OCTETS - 1
    chunks.append(data[start:])
    return "\r\n ".join(chunk.decode("utf-8") for chunk in chunks)


def _float(value: float) -> str:
    """A FLOAT (RFC 5545 §3.3.7) is plain digits: `1e-05`, Python's text for a coordinate near the equator or the
    prime meridian, is not one, and strict readers drop the property. The shortest digits that read back as the
    same number, in fixed point (the store's coordinates are finite)."""
    return format(Decimal(repr(value)), "f")


def _day(value: date) -> str:
    """RFC 5545's `YYYYMMDD`: four digits of year whatever it is (strftime's %Y gives `999` for year 999 here)."""
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def store_stamp(store: Store) -> str:
    """DTSTAMP from the data: midnight UTC on the last day any source may have been published."""
    latest = max((s.published.end for s in store.sources.values()), default=date(1970, 1, 1))
    return _day(latest) + "T000000Z"


def _description(store: Store, event: Event, lang: str) -> str:
    lines = [f"{human_date(event.date)} ({event.date.text}) · {event.status.value}", f"Date: {event.date_basis}", ""]
    for evidence in event.evidence:
        lines += [f"« {evidence.quote} »", f"— {source_label(store, evidence.source, lang)}", ""]
    if event.note:
        lines.append(f"Note: {event.note}")
    return "\n".join(lines).strip()


def _summary(event: Event, lang: str) -> str:
    """The title, with the status when the event is not confirmed: a calendar shows little else."""
    title = event.title.get(lang)
    return title if event.status is Status.CONFIRMED else f"{title} ({event.status.value})"


def vevent(store: Store, event: Event, lang: str, stamp: str, draft: str | None = None) -> Iterator[str]:
    """One VEVENT; under a `draft` mark, its SUMMARY begins `[DRAFT PREVIEW]` and its DESCRIPTION with the mark: an
    import into an existing calendar keeps only the events, never the calendar's name (rev18 L15). An event still in
    draft (only --drafts shows one) is `[draft]` before its title and STATUS:TENTATIVE, which calendar apps show as
    not settled: the preview's curated events are told apart from its drafts."""
    places = [store.entities[p] for p in event.places]
    located = next((p.coordinates for p in places if p.coordinates is not None), None)
    yield "BEGIN:VEVENT"
    yield f"UID:{event.id}@koursk"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{_day(event.date.start)}"
    yield f"DTEND;VALUE=DATE:{_day(event.date.end + timedelta(days=1))}"
    summary, description = badged(_summary(event, lang), event.draft), _description(store, event, lang)
    if draft is not None:
        summary, description = f"[DRAFT PREVIEW] {summary}", f"{draft}\n\n{description}"
    yield f"SUMMARY:{escape_text(summary)}"
    yield f"DESCRIPTION:{escape_text(description)}"
    if event.draft:
        yield "STATUS:TENTATIVE"
    if event.tags:
        yield "CATEGORIES:" + ",".join(escape_text(t) for t in event.tags)
    if places:
        yield "LOCATION:" + escape_text(", ".join(p.name.get(lang) for p in places))
    if located is not None:
        yield f"GEO:{_float(located.lat)};{_float(located.lon)}"
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def to_ics(store: Store, events: Iterable[Event], lang: str, draft: str | None = None) -> Iterator[str]:
    """The calendar, yielded line by line (folded, CRLF-ended). A `draft` mark names the calendar (the name a
    calendar app lists it by), describes it (`X-WR-CALDESC`) and marks each event."""
    stamp = store_stamp(store)
    lines = itertools.chain(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//koursk//koursk export//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:koursk" + (" (DRAFT PREVIEW)" if draft is not None else ""),
            *([f"X-WR-CALDESC:{escape_text(draft)}"] if draft is not None else []),
        ],
        (line for event in events for line in vevent(store, event, lang, stamp, draft)),
        ["END:VCALENDAR"],
    )
    return (fold(line) + "\r\n" for line in lines)


def export(selection: Selection) -> Iterator[str]:
    return to_ics(selection.store, selection.events, selection.lang, selection.draft)
