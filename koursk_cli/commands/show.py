"""`koursk show ID`: one event, claim, source, entity (actor or place) or topic in full."""

from __future__ import annotations

from typing import Annotated

import typer

from ..completion import complete_record_id
from ..render.machine import Format
from ..render.output import emit_record
from .base import app_state, guarded
from .flags import NO_OUTPUT, Output
from .options import output_flags


@guarded
@output_flags(
    "With --json or --jsonl (--json if neither is given): only these keys of the record, comma-separated, in this "
    "order. An event or claim has the fields `koursk events --help` and `koursk claims --help` name; other records, "
    "the keys their --json shows.",
    json="Print the record as a JSON object.",
    jsonl="Print the record as a JSON object on one line.",
)
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="An event or claim id, a source (id, outlet or seed number such as 002), an actor or place (id, "
            "name or alias), or a topic (troops, or one of its measures: troops/in-kursk).",
            autocompletion=complete_record_id,
        ),
    ],
    output: Output = NO_OUTPUT,
) -> None:
    """Show one record in full.

    An event or claim: its dates and how they were derived, every quote with its source, and the links between
    them (a claim's `event:`: the figures given at an event). A source: what is
    known of the article (outlet, author, URL: "unknown" when it does not say), its seed file and sha256, its notes,
    and the events and claims it supports. An actor or place: where it lies, its events, the figures it asserted
    over time, the figures others gave at or about its events, and the articles that report on it. A topic: each
    measure's figures by as-of date; TOPIC/MEASURE (any case, a topic by alias too): that measure's only.

    \b
    Examples:
      koursk show rutte-confirms-deployment
      koursk show cnn
      koursk show 002
      koursk show zelensky
      koursk show nis --json | jq '.figures[] | {as_of, value}'
      koursk show nis-12000-sent --fields value,value_min,value_max
    """
    # Here, not above: completing `show <TAB>` imports this module, and what it shows costs ~5 ms more.
    from ..lookup import resolve_any
    from ..render.show import show_plain, show_rich, shown_record

    state = app_state(ctx)
    fmt = output.format
    store = state.store()
    kind, found = resolve_any(store, record_id)
    shown = shown_record(store, kind, found, state.lang)
    env = state.env
    if fmt is not Format.AUTO:
        record = shown.record()
        emit_record(env, fmt, record, output.selected(tuple(record)))
        return
    heading, sections, quotes = shown.sections()
    if env.stdout_isatty:
        show_rich(env, heading, sections, quotes, shown.status, shown.noun, state.lang, shown.legend())
    else:
        show_plain(env, heading, sections, quotes)
