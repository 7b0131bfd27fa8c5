"""`koursk show ID`: one event or claim in full."""

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
            metavar="ID", help="An event or claim id (see `koursk events`).", autocompletion=complete_record_id
        ),
    ],
    lang: LangOption = Lang.EN,
    json_: Annotated[bool, typer.Option("--json", help="Print the record as a JSON object.")] = False,
) -> None:
    """Show one event or claim in full: its dates and how they were derived, and every quote with its source."""
    from ..lookup import resolve_record_id

    state = app_state(ctx)
    store = state.store()
    found = resolve_record_id(store, record_id)
    env = state.env
    if found in store.events:
        event = store.events[found]
        if json_:
            from ..records import event_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, event_record(event))
            return
        from ..render.show import event_sections

        heading, fields, quotes = event_sections(store, event, lang.value)
        status = event.status.value
    else:
        from ..claims import ConflictIndex

        claim = store.claims[found]
        index = ConflictIndex(store.claims.values())
        conflicts = index.ids(claim)
        if json_:
            from ..records import claim_record
            from ..render.machine import write_json_value

            write_json_value(env.stdout, claim_record(claim, store, index))
            return
        from ..render.show import claim_sections

        heading, fields, quotes = claim_sections(store, claim, lang.value, conflicts)
        status = claim.status.value
    from ..render.show import show_plain, show_rich

    if env.stdout_isatty:
        show_rich(env, heading, fields, quotes, status)
    else:
        show_plain(env, heading, fields, quotes)
