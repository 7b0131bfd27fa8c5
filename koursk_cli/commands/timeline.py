"""`koursk timeline`: events grouped by week, month or year, with the gaps shown."""

from datetime import date
from typing import Annotated

import typer

from ..fields import EVENT_FIELDS, fields_help
from ..render.machine import Format
from ..timeline import Grain
from .base import app_state, guarded
from .options import (
    NO_FILTERS,
    NO_OUTPUT,
    EventFilters,
    Lang,
    LangOption,
    Output,
    build_event_query,
    choice_flag,
    event_filters,
    output_flags,
)


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
    lang: LangOption = Lang.EN,
    output: Output = NO_OUTPUT,
) -> None:
    """The story at a glance: a strip of events per period, then each period's events with their date at its true
    precision (7 Nov, Nov, 8–13 Oct, ~mid-Jan), a status mark and how many sources back each. Periods with nothing
    reported are shown as gaps. Events that began before --since are shown apart, as ongoing (the JSON names them
    in "ongoing"). Takes the same filters as `koursk events`, --within too.

    \b
    Examples:
      koursk timeline --since 2024-10
      koursk timeline --by week --since 2024-10 --until 2024-11
      koursk timeline --by week --jsonl --fields id,date | jq -c '[.period, .count]'
    """
    from ..query import match_events, split_ongoing
    from ..timeline import build_timeline

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    selected = output.selected(EVENT_FIELDS)
    store = state.store()
    query = build_event_query(store, filters, lang=lang)
    since = filters.since
    matched = match_events(store, query)
    ongoing, rest = split_ongoing(matched, since)
    if env.stdout_isatty and fmt is Format.AUTO:
        matched = rest  # a terminal shows the ongoing ones apart, before the periods
    buckets = build_timeline(matched, by, since.start if since else date.min)
    if fmt is not Format.AUTO:
        from ..records import period_record
        from ..render.output import emit_groups

        texts = store.event_texts
        began_before = {f.id for f in ongoing}
        emit_groups(
            env,
            fmt,
            {"by": by.value, "ongoing": [f.id for f in ongoing]},
            "periods",
            ((period_record(b, began_before), [texts[f.id] for f in b.events]) for b in buckets),
            selected,
        )
    elif not buckets and not ongoing:
        env.note("No events match these filters.")
    else:
        from ..query import MatchedEvents
        from ..render.timeline import print_timeline

        print_timeline(env, buckets, store.events, by, lang.value, MatchedEvents(store, ongoing), since)
