"""`koursk timeline`: events grouped by week, month or year, with the gaps shown."""

from __future__ import annotations

from datetime import date
from itertools import takewhile
from typing import TYPE_CHECKING, Annotated

import typer

from ..fields import EVENT_FIELDS, fields_help
from ..query import DatedText, IndexedFacts, event_from_text, matching_dated, window_counts
from ..records import period_record
from ..render.machine import Format
from ..render.output import emit_groups
from ..render.timeline import print_timeline
from ..timeline import Grain, MiscountedPeriod, build_timeline, fill, wide_band
from .base import app_state, guarded
from .filters import (
    NO_FILTERS,
    EventFilters,
    build_event_query,
    event_filters,
    left_out_by,
    no_match,
    note_straddling,
)
from .flags import NO_OUTPUT, Output
from .options import choice_flag, output_flags

if TYPE_CHECKING:
    from ..model import Store
    from ..query import EventQuery


@guarded
@event_filters()
@output_flags(
    fields_help(EVENT_FIELDS).replace("only these fields", "each event keeps only these fields"),
    json="Print the grouped periods (empty ones included) as one JSON object.",
    jsonl="Print one JSON object per period (empty ones included), with its events.",
)
def timeline_command(
    ctx: typer.Context,
    by: Annotated[
        Grain, choice_flag("--by", "Group events by week, month or year (by the period they start in).")
    ] = Grain.MONTH,
    filters: EventFilters = NO_FILTERS,
    output: Output = NO_OUTPUT,
) -> None:
    """The story at a glance: a strip of events per period, then each period's events with their date at its true
    precision (7 Nov, Nov, 8–13 Oct, ~mid-Jan), a status mark and how many articles report each. Periods where no event
    begins are shown as gaps, with how many events above may still reach into them. Events whose dates begin before --since (under way then, or dated only loosely) are
    shown apart (the JSON names them in "ongoing"). Events dated only to a window of more than 92 days (three
    months) are told in no period but in a band after them, "wide" in pipes and JSON. Takes the same filters as
    `koursk events`, --within too.

    \b
    Examples:
      koursk timeline --since 2024-10
      koursk timeline --by week --since 2024-10 --until 2024-11
      koursk timeline --by week --jsonl --fields id,date | jq -c '[.period, .count]'
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    selected = output.selected(EVENT_FIELDS)
    store = state.store()
    query = build_event_query(store, filters, lang=state.lang)
    since = filters.since
    floor = since.start if since else date.min
    # The periods come from a count of the events by window (a GROUP BY over the cache's index); the events are
    # then streamed in date order and dealt into them, so no more than one period's events (and the wide band's)
    # are held at a time.
    counts = window_counts(store, query)
    apart = since is not None and fmt is Format.AUTO and env.stdout_isatty  # a terminal shows the ongoing first
    if apart:
        counts = {window: n for window, n in counts.items() if window[0] >= floor.toordinal()}
    buckets = build_timeline(counts, by, floor)
    band = wide_band(counts, floor)
    ongoing = _ongoing(store, query, floor) if since is not None and (apart or fmt is not Format.AUTO) else []
    stream = matching_dated(store, query)
    if apart:
        stream = (item for item in stream if item.start >= floor.toordinal())
    periods = fill(buckets, stream, DatedText.window, by, floor, band)
    try:
        if fmt is not Format.AUTO:
            began_before = [item.id for item in ongoing]  # all in the first period: their start is --since's
            emit_groups(
                env,
                fmt,
                {"by": by.value, "ongoing": began_before}
                | (
                    {}
                    if query.as_of is None
                    else {"as_of_left_out": [s.id for s in left_out_by(store, query.as_of, query.sources)]}
                ),
                "periods",
                (
                    (period_record(bucket, began_before if index == 0 else ()), (item.text for item in items))
                    for index, (bucket, items) in enumerate(periods)
                ),
                selected,
            )
        elif not buckets and not ongoing and band is None:
            env.note(no_match("events", store, filters, state.note_lang))
        else:
            events = ((bucket, (event_from_text(store, item.text) for item in items)) for bucket, items in periods)
            started = [event_from_text(store, item.text) for item in ongoing]
            print_timeline(env, buckets, events, by, state.lang, started, since, counts)
    except MiscountedPeriod as error:
        if isinstance(store.facts, IndexedFacts):
            store.facts.damaged(f"the timeline's counts disagree with its events: {error}")
        raise
    note_straddling(env, store, query.as_of, query.sources)


def _ongoing(store: Store, query: EventQuery, floor: date) -> list[DatedText]:
    """The events that began before `floor` and are still under way in it: they come first in date order."""

    return list(takewhile(lambda item: item.start < floor.toordinal(), matching_dated(store, query)))
