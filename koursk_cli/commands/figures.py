"""`koursk figures TOPIC[/MEASURE]`: each asserter's figures over time, drawn on a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ..claimquery import ClaimQuery, Role, run_claim_query
from ..completion import complete_topic
from ..figures import figure_histories, history_record
from ..lookup import resolve_measure, resolve_within
from ..render.figures import figures_chart, figures_plain
from ..render.output import emit
from .base import app_state, guarded
from .filters import ActorOption
from .options import NO_OUTPUT, Lang, LangOption, Output, output_flags


@guarded
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
    actor: ActorOption = [],  # noqa: B006 - Typer reads the default, never mutates it
    lang: LangOption = Lang.EN,
    output: Output = NO_OUTPUT,
) -> None:
    """Figures over time: for each measure of TOPIC, each asserter's figures on an as-of time axis (a bar for the
    days the figure holds for), each with its status (● confirmed, ○ reported, ◌ alleged, ✕ denied: a hedged figure
    stays hedged) and the values it allows, ✕ where it conflicts with an overlapping figure (or, on a
    cumulative measure, with an earlier total it falls below: `(total fell)`), ↻
    where the same asserter changed its own figure and ↩ where an article repeats its own figure (a restatement,
    not counted separately). In a pipe, one figure per line; --json gives each measure's series.

    \b
    Examples:
      koursk figures troops
      koursk figures troupes/sent-to-russia
      koursk figures troops --actor nis --json | jq '.[].series[].figures[].display'
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    store = state.store()
    topic_id, measure = resolve_measure(store, topic)
    actors = resolve_within(store, actor, place=False)
    found = run_claim_query(
        store,
        ClaimQuery(topic=topic_id, measure=measure, actors=actors, role=Role.ASSERTED if actors else Role.ANY),
    )
    histories = figure_histories(store, found, lang.value)

    def view() -> None:
        (figures_chart if env.stdout_isatty else figures_plain)(env, histories)

    def rows() -> Iterator[dict[str, Any]]:
        return map(history_record, histories)

    emit(env, fmt, view, rows=rows, empty=None if histories else "No figures match.")
