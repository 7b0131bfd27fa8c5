"""`koursk sources`: the articles; with --claim TOPIC, the claims on a topic (as `koursk claims TOPIC` lists them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..claimfilters import refuse_claimless
from ..claimquery import Role
from ..completion import complete_topic
from ..errors import UsageError
from ..fields import CLAIM_FIELDS, SOURCE_FIELDS, fields_help
from ..lookup import resolve_within
from ..records import source_record
from ..render.output import emit
from ..render.sources import print_sources
from ..sources import run_source_query
from ..words import LEGEND
from .base import app_state, guarded
from .claims import AllConflictsOption, ClaimLimitOption, RoleOption, check_role, claims_on, list_claims
from .filters import CLAIMLESS, NO_FILTERS, EventFilters, check_window, event_filters
from .flags import NO_OUTPUT, Output
from .options import output_flags

if TYPE_CHECKING:
    from ..sources import SourceSummary

_SOURCES_FIELDS_HELP = fields_help(SOURCE_FIELDS) + " With --claim: " + ", ".join(CLAIM_FIELDS) + "."


_ARTICLE_FILTERS = {"--since", "--until", "--actor", "--speaker"}
"""What selects articles; the other filters select claims, with --claim (as `koursk claims` reads them)."""


@guarded
@event_filters(hide=CLAIMLESS)  # the flags of `koursk claims`
@output_flags(_SOURCES_FIELDS_HELP)
def sources_command(
    ctx: typer.Context,
    claim: Annotated[
        Optional[str],
        typer.Option(
            "--claim",
            metavar="TOPIC[/MEASURE]",
            help="Instead of the articles, list every claim on TOPIC (or one measure: troops/in-kursk), as `koursk "
            "claims TOPIC` does (troops, troupes, losses, shells…; see `koursk topics`): who asserts it, the value, what is measured, when, and "
            "where it is reported; then the spread per measure and the conflicts.",
            autocompletion=complete_topic,
        ),
    ] = None,
    filters: EventFilters = NO_FILTERS,
    role: RoleOption = Role.ANY,
    output: Output = NO_OUTPUT,
    all_: AllConflictsOption = False,
    limit: ClaimLimitOption = None,
) -> None:
    """List the articles: outlet, publication date (with its uncertainty), title, and how many events and claims each
    supports. --since/--until select by publication; --actor keeps sources quoting that actor. With --claim, every
    flag of `koursk claims` selects claims as it does there.

    \b
    Examples:
      koursk sources
      koursk sources --claim troops
      koursk sources --claim soldats --actor zelensky --json
    """
    state = app_state(ctx)
    fmt = output.format
    if claim is not None:
        list_claims(state, claims_on(state, claim, filters, role, limit), output, all_conflicts=all_, filters=filters)
        return
    refuse_claimless(filters.flags())  # an article has no place, tag or span either
    for flag in sorted(filters.flags() - _ARTICLE_FILTERS) + (["--limit"] if limit is not None else []):
        raise UsageError(
            f"{flag} selects claims, not articles", f"add --claim TOPIC (see `koursk topics`), or drop {flag}"
        )

    env = state.env
    selected = output.selected(SOURCE_FIELDS)
    check_window(filters.since, filters.until)
    check_role(role, filters.actor)
    store = state.store()
    actors = resolve_within(store, filters.actor, place=False)
    speakers = resolve_within(store, filters.speaker, place=False)
    summaries = run_source_query(store, since=filters.since, until=filters.until, actors=actors, speakers=speakers)

    def sources_view() -> None:
        print_sources(env, summaries, state.lang)

    empty = LEGEND[state.note_lang]["no sources"] if not summaries else None
    emit(env, fmt, sources_view, rows=lambda: _source_rows(summaries), fields=selected, empty=empty)


def _source_rows(summaries: list[SourceSummary]) -> Iterator[dict[str, Any]]:
    return map(source_record, summaries)
