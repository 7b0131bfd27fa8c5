"""`koursk show ID`: one event, claim, source, entity (actor or place) or topic in full."""

from typing import Annotated

import typer

from ..completion import complete_record_id
from .base import app_state, guarded
from .options import Lang, LangOption


@guarded
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="An event or claim id, a source (id, outlet or seed number such as 002), an actor or place (id, "
            "name or alias), or a topic.",
            autocompletion=complete_record_id,
        ),
    ],
    lang: LangOption = Lang.EN,
    json_: Annotated[bool, typer.Option("--json", help="Print the record as a JSON object.")] = False,
) -> None:
    """Show one record in full.

    An event or claim: its dates and how they were derived, and every quote with its source. A source: what is
    known of the article (outlet, author, URL: "unknown" when it does not say), its seed file and sha256, its notes,
    and the events and claims it supports. An actor or place: where it lies, its events, the figures it asserted
    over time, and the articles that report on it.

    \b
    Examples:
      koursk show rutte-confirms-deployment
      koursk show cnn
      koursk show 002
      koursk show zelensky
      koursk show nis --json | jq '.figures[] | {as_of, value}'
    """
    from ..lookup import resolve_any

    state = app_state(ctx)
    store = state.store()
    kind, found = resolve_any(store, record_id)
    env = state.env
    status = None
    if kind == "an event":
        event = store.events[found]
        if json_:
            from ..records import event_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, event_record(event))
            return
        from ..render.show import event_sections

        heading, fields, quotes = event_sections(store, event, lang.value)
        status = event.status.value
    elif kind == "a claim":
        from ..claims import ConflictIndex

        claim = store.claims[found]
        index = ConflictIndex(store.claims.values())
        if json_:
            from ..records import claim_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, claim_record(claim, store, index))
            return
        from ..render.show import claim_sections

        heading, fields, quotes = claim_sections(store, claim, lang.value, index.ids(claim))
        status = claim.status.value
    elif kind == "a source":
        from ..profiles import source_profile

        profile = source_profile(store, found)
        if json_:
            from ..records import source_profile_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, source_profile_record(profile))
            return
        from ..render.show import source_sections

        heading, fields, quotes = source_sections(store, profile, lang.value)
    elif kind == "an entity":
        from ..profiles import entity_profile

        entity = entity_profile(store, found)
        if json_:
            from ..claims import ConflictIndex
            from ..records import entity_profile_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, entity_profile_record(entity, store, ConflictIndex(store.claims.values())))
            return
        from ..render.show import entity_sections

        heading, fields, quotes = entity_sections(store, entity, lang.value)
    else:
        from ..claims import ClaimQuery, run_claim_query, spreads

        found_spreads = spreads(run_claim_query(store, ClaimQuery(topic=found)))
        if json_:
            from ..records import spread_record
            from ..render.machine import write_json_value

            topic = store.topics[found]
            write_json_value(
                env.stdout,
                {
                    "id": topic.id,
                    "name": {"en": topic.name.en, "fr": topic.name.fr},
                    "aliases": list(topic.aliases),
                    "measures": [spread_record(s, store) for s in found_spreads],
                },
            )
            return
        from ..render.show import topic_sections

        heading, fields, quotes = topic_sections(store, found, found_spreads, lang.value)
    from ..render.show import show_plain, show_rich

    if env.stdout_isatty:
        show_rich(env, heading, fields, quotes, status)
    else:
        show_plain(env, heading, fields, quotes)
