"""`koursk events` for people: a folded list on a terminal, tab-separated lines in a pipe."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import lazy_rich as rich
from .. import placeholders
from ..dates import Period
from ..environment import Environment
from ..fields import Field, Kind
from ..humanize import digits, human_date, human_day
from ..model import Event, Store
from ..query import Listing, MatchedEvents, QueriedEvents
from ..textnorm import visible
from ..words import LEGEND, count_said, counted
from .layout import print_records
from .lines import Localised, write_lines
from .styles import (
    DATE_STYLE,
    DRAFT_COLUMN,
    ID_STYLE,
    MUTED,
    STATUS_COLUMN,
    STATUS_MARK,
    STATUS_STYLE,
    draft_text,
    draft_value,
    status_legend,
)

EVENT_LINE: Kind[Localised[dict[str, Any]]] = Kind(
    "event_line",
    (
        Field("id", "the event's id", lambda r: r.record["id"]),
        Field("date", "its date (EDTF)", lambda r: r.record["date"]),
        Field("start", "the first day it may be (ISO)", lambda r: r.record["start"]),
        Field("end", "the last day it may be (ISO)", lambda r: r.record["end"]),
        Field("status", STATUS_COLUMN, lambda r: r.record["status"]),
        Field("sources", "ids of the articles reporting it, comma-separated", lambda r: ",".join(r.record["sources"])),
        Field("title", "its title in `--lang`", lambda r: r.record["title"]["fr" if r.lang == "fr" else "en"]),
        Field("draft", DRAFT_COLUMN, lambda r: draft_value(r.record["draft"])),
    ),
)
"""`koursk events` in a pipe: full ISO dates, no decoration. Read from each event's `--json` record
(QueriedEvents.records: a pipe of every event builds no Event), whose members these columns are."""


def events_plain(env: Environment, events: QueriedEvents, lang: str) -> int:
    """One line per event, in the columns of EVENT_LINE; how many were written."""
    return write_lines(env, EVENT_LINE, (Localised(record, lang) for record in events.records()))


def print_events(
    env: Environment,
    store: Store,
    listed: Listing,
    since: Period | None,
    lang: str,
    limit: int | None = None,
    reported: bool = False,
) -> None:
    """A folded list on a terminal, with the events whose dates begin before `since` apart, in `listed`'s order;
    under it, what --limit left out of each group (rev30 U15, rev37u U5); `reported` (--sort reported) gives each
    event's first report."""
    events_table(
        env,
        MatchedEvents(store, listed.rest),
        lang,
        MatchedEvents(store, listed.ongoing),
        since,
        reported=reported,
        store=store,
        ongoing_first=listed.first,
    )
    if limit is not None and (note := left_out(listed, limit, since, lang)):
        env.console().print(rich.Text(note, style="bold"))


def left_out(listed: Listing, limit: int, since: Period | None, lang: str = "en") -> str:
    """What -n left out, group by group: `6 of 28 events shown (--limit 6); left out: 10 more that began before
    1 Nov 2024 and 12 from 1 Nov 2024 on; …`, or "" when nothing was; in `lang`'s words (LEGEND)."""
    shown = len(listed.ongoing) + len(listed.rest)
    if not listed.more_ongoing and not listed.more_rest:
        return ""
    words = LEGEND[lang]
    total = shown + listed.more_ongoing + listed.more_rest
    head = words["shown"].format(shown=digits(f"{shown:,}", lang), total=counted(total, "event", lang), limit=limit)
    if since is None:
        return words["drop it"].format(head=head)
    day = human_day(since.start, lang)
    parts = [
        count_said(key, count, lang, more=words["more"] if earlier else "", day=day)
        for key, count, earlier in (
            ("more before", listed.more_ongoing, listed.ongoing),
            ("more from", listed.more_rest, listed.rest),
        )
        if count
    ]
    return words["left out"].format(head=head, parts=words["and"].join(parts))


def reaching_back(since: Period, count: int, lang: str = "en") -> rich.Text:
    """The heading over the events whose dates begin before `since`, in `events` and `timeline`. A store interval
    means "lasted A–B" or "happened some day in A–B", and nothing in the model tells which (rev21 A14): the
    heading claims no duration."""
    heading = rich.Text(LEGEND[lang]["before"].format(day=human_day(since.start, lang)), style="bold")
    heading.append(f"  {counted(count, 'event', lang)}", style=MUTED)
    return heading


def events_table(
    env: Environment,
    events: Sequence[Event],
    lang: str,
    ongoing: Sequence[Event] = (),
    since: Period | None = None,
    *,
    reported: bool = False,
    store: Store,
    ongoing_first: bool = True,
) -> None:
    """The events and, apart under their heading, those whose dates begin before `since` (under way then, or dated
    only loosely): first, as `timeline` and pipes list them, unless `ongoing_first` is False (--sort -date); each
    article in draft they cite marked (`store`: which are)."""

    console = env.console()

    heading = reaching_back(since, len(ongoing), lang) if ongoing and since is not None else None

    def began_before() -> None:
        console.print(heading)
        print_records(console, _rows(env, store, ongoing, lang, reported))

    if heading is not None and ongoing_first:
        began_before()
        if events and since is not None:  # the period's own events, after the group, under a heading of their own
            console.print()
            opening = rich.Text(LEGEND[lang]["from"].format(day=human_day(since.start, lang)), style="bold")
            opening.append(f"  {counted(len(events), 'event', lang)}", style=MUTED)
            console.print(opening)
    print_records(console, _rows(env, store, events, lang, reported))
    if heading is not None and not ongoing_first:
        if events:
            console.print()
        began_before()
    shown = [*events, *ongoing]
    for line in status_legend("event", (e.status for e in shown), lang, count=len(shown)):
        console.print(rich.Text(line, style=MUTED))
    console.print(rich.Text(LEGEND[lang]["dates"], style=MUTED))


def _rows(
    env: Environment, store: Store, events: Sequence[Event], lang: str, reported: bool = False
) -> list[tuple[rich.Text, rich.Text, rich.Text]]:
    """Date, status mark and title with id and sources; under --sort reported (`reported`), the window in which the
    event was first reported too, the order's key (rev30 U13: rows sorted by a date they did not show)."""
    rows = []
    for event in events:
        body = draft_text(event.draft)
        body.append(visible(event.title.get(lang)))
        body.append("\n")
        body.append(event.id, style=ID_STYLE if env.color else "")
        body.append(f" · {', '.join(placeholders.named(store, s) for s in event.sources)}", style=MUTED)
        if reported:
            body.append("\n")
            body.append(
                LEGEND[lang]["first reported"].format(date=human_date(event.reported, lang=lang)), style=DATE_STYLE
            )
        rows.append(
            (
                rich.Text(human_date(event.date, lang=lang), style=DATE_STYLE),
                rich.Text(STATUS_MARK[event.status], style=STATUS_STYLE[event.status]),
                body,
            )
        )
    return rows
