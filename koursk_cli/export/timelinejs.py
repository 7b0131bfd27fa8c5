"""Knight Lab TimelineJS3 JSON: one slide per event, in rows by its first tag (or its status, or its first source:
`--group-by`; TimelineJS draws one row per group), under a headline (`--title`).

Dates keep their precision (a month has no day, a year no month); `display_date` says how sure the date is
(`c. mid-January 2025`, `28 October 2024?`). TimelineJS renders `headline` and `text` as HTML, so all store text is
HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterator
from typing import Any

from ..dates import FuzzyDate, Point, Precision
from ..humanize import LONG_MONTHS, MONTHS, human_date
from ..model import Event, Store
from ..placeholders import badged
from ..words import counted
from . import json_document, source_label
from .formats import Selection

TITLE = {
    "en": "North Korean troops in Russia's Kursk region",
    "fr": "Les troupes nord-coréennes dans la région russe de Koursk",
}
_LONG_MONTHS = dict(zip(MONTHS, LONG_MONTHS["en"], strict=True))
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def _escape(text: str) -> str:
    """Element content for TimelineJS's innerHTML: `&`, `<` and `>` escaped (quotes need no escaping there)."""
    return html.escape(text, quote=False)


def display_date(when: FuzzyDate) -> str:
    """`human_date` written out for a reader: full month names, `c.` for approximate, `?` kept for uncertain."""
    text = _MONTH_WORD.sub(lambda m: _LONG_MONTHS[m[0]], human_date(when))
    return text.replace("~", "c. ")  # on whichever end is approximate


def date_object(point: Point) -> dict[str, int]:
    """`{year, month, day}` down to the point's precision, never finer."""
    value = {"year": point.start.year}
    if point.precision is not Precision.YEAR:
        value["month"] = point.start.month
    if point.precision is Precision.DAY:
        value["day"] = point.start.day
    return value


def _text(store: Store, event: Event, lang: str) -> str:
    """Status, every quote with the article it comes from, and how the date was derived; all escaped."""
    e = _escape
    parts = [f"<p><b>{e(event.status.value.capitalize())}</b> · {e(display_date(event.date))}</p>"]
    for evidence in event.evidence:
        parts.append(f"<blockquote>« {e(evidence.quote)} »</blockquote>")
        parts.append(f"<p>— {e(source_label(store, evidence.source, lang))}</p>")
    parts.append(f"<p><small>Date: {e(event.date_basis)}</small></p>")
    if event.note:
        parts.append(f"<p><small>Note: {e(event.note)}</small></p>")
    return "".join(parts)


def _group(event: Event, group_by: str) -> str | None:
    if group_by == "status":
        return event.status.value
    if group_by == "source":
        return event.sources[0] if event.sources else None
    if group_by == "tag":
        return event.tags[0] if event.tags else None
    return None


def slide(store: Store, event: Event, lang: str, group_by: str = "tag") -> dict[str, Any]:
    value: dict[str, Any] = {"unique_id": event.id, "start_date": date_object(event.date.first)}
    if event.date.is_interval:
        value["end_date"] = date_object(event.date.last)
    value["display_date"] = display_date(event.date)
    headline = badged(event.title.get(lang), event.draft)  # an event still in draft (--drafts) says so first
    value["text"] = {"headline": _escape(headline), "text": _text(store, event, lang)}
    group = _group(event, group_by)
    if group is not None:
        value["group"] = _escape(group)
    return value


def to_timelinejs(
    store: Store,
    events: Collection[Event],
    lang: str,
    title: str | None = None,
    group_by: str = "tag",
    draft: str | None = None,
) -> Iterator[str]:
    """The title slide, then one slide per event; a `draft` mark is the title slide's first paragraph, in bold."""
    articles = len({source for event in events for source in event.sources})  # the selection's, not the store's
    mark = f"<p><strong>{_escape(draft)}</strong></p>" if draft is not None else ""
    head = {
        "title": {
            "text": {
                "headline": _escape(title if title is not None else TITLE.get(lang, TITLE["en"])),
                "text": f"{mark}<p>{counted(len(events), 'event')} from {counted(articles, 'news article')}, "
                "curated by koursk.</p>",
            }
        },
    }
    return json_document(head, "events", (slide(store, e, lang, group_by) for e in events))


def export(selection: Selection) -> Iterator[str]:
    s = selection
    return to_timelinejs(s.store, s.events, s.lang, s.title, s.group_by, s.draft)
