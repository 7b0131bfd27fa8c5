"""`koursk sources` (the articles, or every claim on a topic) and `koursk claims` (the topics and measures)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..claims import Role
from ..completion import complete_topic
from ..fields import CLAIM_FIELDS, SOURCE_FIELDS, SPREAD_FIELDS, fields_help, parse_fields
from ..render.output import emit
from .base import app_state, guarded, output_format
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
    from ..claims import Spread
    from ..model import Claim, Store
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
            help="Instead of the articles, list every claim on TOPIC (troops, troupes, losses, shells…; see `koursk "
            "claims`): who asserts it, the value, what is measured, when, and where it is reported; then the spread "
            "per measure and the conflicts.",
            autocompletion=complete_topic,
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: ActorOption = [],  # noqa: B006
    role: Annotated[
        Role,
        typer.Option(
            "--role",
            case_sensitive=False,
            help="With --claim and --actor: the actor asserts the figure, its outlet reports it, or either.",
        ),
    ] = Role.ANY,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    fields: Annotated[Optional[str], fields_option(_SOURCES_FIELDS_HELP)] = None,
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
    selected = parse_fields(fields, SOURCE_FIELDS if claim is None else CLAIM_FIELDS) if fields is not None else None
    store = state.store()
    check_window(since, until)
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
    from ..claims import ClaimQuery, run_claim_query, spreads
    from ..lookup import resolve_topic

    topic = resolve_topic(store, claim)
    found = run_claim_query(store, ClaimQuery(topic=topic, actors=actors, role=role, since=since, until=until))

    def claims_view() -> None:
        from ..render.claims import print_claims

        print_claims(env, store, found, spreads(found))

    empty = f"No claims on '{topic}' match these filters." if not found else None
    emit(env, fmt, claims_view, rows=lambda: _claim_rows(store, found), fields=selected, empty=empty)


@guarded
def claims_command(
    ctx: typer.Context,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    fields: Annotated[Optional[str], fields_option(fields_help(SPREAD_FIELDS))] = None,
) -> None:
    """List the claim topics and measures: how many claims each has, the lowest and highest figure, and how many
    pairs conflict. Use a topic (or any alias, in English or French) with `koursk sources --claim TOPIC`.
    """
    from ..claims import ClaimQuery, run_claim_query, spreads

    state = app_state(ctx)
    env = state.env
    fmt = output_format(json_, jsonl, fields)
    selected = parse_fields(fields, SPREAD_FIELDS) if fields is not None else None
    store = state.store()
    found = run_claim_query(store, ClaimQuery())
    by_measure = sorted(spreads(found), key=lambda s: (s.topic, s.measure))

    def view() -> None:
        from ..render.sources import print_topics

        print_topics(env, store, by_measure, lang.value)

    emit(env, fmt, view, rows=lambda: _spread_rows(store, by_measure), fields=selected)


def _source_rows(summaries: list[SourceSummary]) -> Iterator[dict[str, Any]]:
    from ..records import source_record

    return map(source_record, summaries)


def _claim_rows(store: Store, claims: list[Claim]) -> Iterator[dict[str, Any]]:
    from ..export import claim_records

    return claim_records(store, claims)


def _spread_rows(store: Store, spreads: list[Spread]) -> Iterator[dict[str, Any]]:
    from ..records import spread_record

    return (spread_record(s, store) for s in spreads)
