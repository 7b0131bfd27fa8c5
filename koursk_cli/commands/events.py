"""`koursk events`: the events that match the shared filters, as a table, plain lines or JSON."""

from typing import Any

import typer

from ..fields import EVENT_FIELDS, fields_help
from .base import app_state, guarded
from .eventlist import LIMIT, SORT, list_events
from .filters import NO_FILTERS, EventFilters, event_filters
from .flags import NO_OUTPUT, Output
from .options import output_flags, typer_parameter

SortOption: Any = typer_parameter(SORT)[0]
LimitOption: Any = typer_parameter(LIMIT)[0]


@guarded
@event_filters()
@output_flags(fields_help(EVENT_FIELDS))
def events(
    ctx: typer.Context,
    filters: EventFilters = NO_FILTERS,
    sort: SortOption = SORT.default,
    limit: LimitOption = None,
    output: Output = NO_OUTPUT,
) -> None:
    """List events, filtered and sorted.

    A fuzzy date matches a period when the two overlap: an event dated 2024-10-08/2024-10-13 matches --since 2024-10-10.
    On a terminal, events whose dates begin before --since are listed apart and first, as in pipes (under way then,
    or dated only loosely).
    --within keeps only the events that lie entirely inside a period. Periods: see `koursk docs dates`.

    \b
    Examples:
      koursk events --since 2024-10
      koursk events --within 2024-W45
      koursk events --since "novembre 2024" --until 2024-11
      koursk events --place Koursk --status confirmed
      koursk events --actor umerov --json | jq '.[].id'
      koursk events --text "troupes koursk" --sort relevance --limit 5
      koursk events --fields id,date --jsonl
    """
    list_events(app_state(ctx), filters, sort, limit, output)
