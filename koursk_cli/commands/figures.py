"""`koursk figures TOPIC[/MEASURE]`: each asserter's figures over time, drawn on a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ..claimquery import Role, conflict_candidates, run_claim_query
from ..completion import complete_topic
from ..figures import figure_histories, history_record
from ..render.figures import figures_chart, figures_plain
from ..render.output import emit
from .base import app_state, guarded
from .claims import claims_on
from .filters import CLAIMLESS, NO_FILTERS, EventFilters, event_filters
from .flags import NO_OUTPUT, Output
from .options import output_flags


@guarded
@event_filters(hide=CLAIMLESS)
@output_flags()
def figures_command(
    ctx: typer.Context,
    topic: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC[/MEASURE]",
            help="A topic by id or alias (troops, troupes…), optionally one of its measures: troops/sent-to-russia.",
            autocompletion=complete_topic,
        ),
    ],
    filters: EventFilters = NO_FILTERS,
    output: Output = NO_OUTPUT,
) -> None:
    """Figures over time: for each measure of TOPIC, each asserter's figures on an as-of time axis (a bar for the
    days the figure holds for), each with its status (● confirmed, ○ reported, ◌ alleged, ✕ denied: a hedged figure
    stays hedged) and the values it allows, ≠ where it conflicts with an overlapping figure (or, on a
    cumulative measure, with an earlier total it falls below: `(total fell)`), ↻
    where the same asserter changed its own figure and ↩ where an article repeats its own figure (a restatement,
    not counted separately). In a pipe, one figure per line; --json gives each measure's series.
    The event filters select figures as in `koursk claims` (--as-of 2024-11-15: what had been published by then,
    conflicts found among those figures); --actor keeps the figures the actor asserts.

    \b
    Examples:
      koursk figures troops
      koursk figures troupes/sent-to-russia
      koursk figures troops --actor nis --json | jq '.[].series[].figures[].display'
      koursk figures troops --as-of 2024-11-15
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    store = state.store()
    query = claims_on(state, topic, filters, Role.ASSERTED if filters.actor else Role.ANY)  # each asserter's figures
    found = run_claim_query(store, query)
    day = query.as_of.end if query.as_of else None  # under --as-of, conflicts among the figures published by then
    histories = figure_histories(store, found, state.lang, conflict_candidates(store, day))

    def view() -> None:
        if env.stdout_isatty:
            figures_chart(env, store, histories, state.lang)
        else:
            figures_plain(env, histories)

    def rows() -> Iterator[dict[str, Any]]:
        return map(history_record, histories)

    emit(env, fmt, view, rows=rows, empty=None if histories else "No figures match.")
