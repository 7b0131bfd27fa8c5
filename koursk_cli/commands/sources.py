"""`koursk sources` (the articles, or every claim on a topic) and `koursk claims` (the topics and measures)."""

from typing import Annotated, Optional

import typer

from ..claims import Role
from ..completion import complete_topic
from ..fields import CLAIM_FIELDS, SOURCE_FIELDS, SPREAD_FIELDS, fields_help, parse_fields
from ..render.machine import Format
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
        if fmt is not Format.AUTO:
            from ..records import source_record
            from ..render.machine import write_rows

            write_rows(env.stdout, fmt, (source_record(s) for s in summaries), selected)
        elif not summaries:
            env.note("No sources match these filters.")
        elif env.stdout_isatty:
            from ..render.sources import sources_table

            sources_table(env, summaries, lang.value)
        else:
            from ..render.sources import sources_plain

            sources_plain(env, summaries, lang.value)
        return
    from ..claims import ClaimQuery, ConflictIndex, run_claim_query, spreads
    from ..lookup import resolve_topic

    topic = resolve_topic(store, claim)
    found = run_claim_query(store, ClaimQuery(topic=topic, actors=actors, role=role, since=since, until=until))
    if fmt is not Format.AUTO:
        from ..records import claim_record
        from ..render.machine import write_rows

        index = ConflictIndex(store.claims.values())
        write_rows(env.stdout, fmt, (claim_record(c, store, index) for c in found), selected)
    elif not found:
        env.note(f"No claims on '{topic}' match these filters.")
    elif env.stdout_isatty:
        from ..render.claims import claims_table

        claims_table(env, store, found, spreads(found))
    else:
        from ..render.claims import claims_plain

        claims_plain(env, store, found)


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
    if fmt is not Format.AUTO:
        from ..records import spread_record
        from ..render.machine import write_rows

        write_rows(env.stdout, fmt, (spread_record(s, store) for s in by_measure), selected)
    elif env.stdout_isatty:
        from ..render.sources import topics_table

        topics_table(env, store, by_measure, lang.value)
    else:
        from ..render.sources import topics_plain

        topics_plain(env, by_measure)
