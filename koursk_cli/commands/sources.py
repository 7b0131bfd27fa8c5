"""`koursk sources`: the articles; with --claim TOPIC, the claims on a topic (as `koursk claims TOPIC` lists them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..claims import Role
from ..completion import complete_topic
from ..fields import CLAIM_FIELDS, SOURCE_FIELDS, fields_help, parse_fields
from ..render.output import emit
from .base import app_state, guarded, output_format
from .claims import AllConflictsOption, RoleOption, check_role
from .options import (
    ActorOption,
    JsonlOption,
    JsonOption,
    Lang,
    LangOption,
    SinceOption,
    UntilOption,
    check_window,
    fields_option,
)

if TYPE_CHECKING:
    from ..sources import SourceSummary

_SOURCES_FIELDS_HELP = fields_help(SOURCE_FIELDS) + " With --claim: " + ", ".join(CLAIM_FIELDS) + "."


@guarded
def sources_command(
    ctx: typer.Context,
    claim: Annotated[
        Optional[str],
        typer.Option(
            "--claim",
            metavar="TOPIC",
            help="Instead of the articles, list every claim on TOPIC, as `koursk claims TOPIC` does (troops, "
            "troupes, losses, shells…; see `koursk topics`): who asserts it, the value, what is measured, when, and "
            "where it is reported; then the spread per measure and the conflicts.",
            autocompletion=complete_topic,
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: ActorOption = [],  # noqa: B006
    role: RoleOption = Role.ANY,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    fields: Annotated[Optional[str], fields_option(_SOURCES_FIELDS_HELP)] = None,
    all_: AllConflictsOption = False,
) -> None:
    """List the articles: outlet, publication date (with its uncertainty), title, and how many events and claims each
    supports. --since/--until select by publication; --actor keeps sources quoting that actor.

    \b
    Examples:
      koursk sources
      koursk sources --claim troops
      koursk sources --claim soldats --actor zelensky --json
    """
    from ..lookup import resolve_entity

    state = app_state(ctx)
    env = state.env
    fmt = output_format(json_, jsonl, fields)
    selected = parse_fields(fields, SOURCE_FIELDS) if fields is not None and claim is None else None
    check_window(since, until)
    check_role(role, actor)
    store = state.store()
    actors = tuple(resolve_entity(store, a, place=False).id for a in actor)
    if claim is None:
        from ..sources import run_source_query

        summaries = run_source_query(store, since=since, until=until, actors=actors)

        def sources_view() -> None:
            from ..render.sources import print_sources

            print_sources(env, summaries, lang.value)

        empty = "No sources match these filters." if not summaries else None
        emit(env, fmt, sources_view, rows=lambda: _source_rows(summaries), fields=selected, empty=empty)
        return
    from ..claims import ClaimQuery
    from ..lookup import resolve_topic
    from .claims import list_claims

    query = ClaimQuery(topic=resolve_topic(store, claim), actors=actors, role=role, since=since, until=until)
    list_claims(state, query, fmt, fields, lang, all_conflicts=all_)


def _source_rows(summaries: list[SourceSummary]) -> Iterator[dict[str, Any]]:
    from ..records import source_record

    return map(source_record, summaries)
