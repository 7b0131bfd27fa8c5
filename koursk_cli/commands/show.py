"""`koursk show ID`: one event, claim, source, entity (actor or place) or topic in full."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..completion import complete_record_id
from ..render.machine import Format
from .base import app_state, guarded
from .options import NO_OUTPUT, Lang, LangOption, Output, output_flags

if TYPE_CHECKING:
    from ..model import Store
    from ..render.show import Section


class Shown(NamedTuple):
    """One record as show prints it: its --json object, and its sections for people, each built only if used."""

    record: Callable[[], dict[str, Any]]
    sections: Callable[[], tuple[str, Section, list[tuple[str, str]]]]
    status: str | None = None


@guarded
@output_flags(
    "With --json or --jsonl (--json if neither is given): only these keys of the record, comma-separated, in this "
    "order. An event or claim has the fields `koursk events --help` and `koursk claims --help` name; other records, "
    "the keys their --json shows.",
    json="Print the record as a JSON object.",
)
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
    output: Output = NO_OUTPUT,
) -> None:
    """Show one record in full.

    An event or claim: its dates and how they were derived, every quote with its source, and the links between
    them (a claim's `event:`: the figures given at an event). A source: what is
    known of the article (outlet, author, URL: "unknown" when it does not say), its seed file and sha256, its notes,
    and the events and claims it supports. An actor or place: where it lies, its events, the figures it asserted
    over time, the figures others gave at or about its events, and the articles that report on it.

    \b
    Examples:
      koursk show rutte-confirms-deployment
      koursk show cnn
      koursk show 002
      koursk show zelensky
      koursk show nis --json | jq '.figures[] | {as_of, value}'
      koursk show nis-12000-sent --fields value,value_min,value_max
    """
    from ..lookup import resolve_any

    state = app_state(ctx)
    fmt = output.format
    store = state.store()
    kind, found = resolve_any(store, record_id)
    shown = _shown(store, kind, found, lang.value)
    env = state.env
    if fmt is not Format.AUTO:
        from ..render.output import emit, emit_value

        record = shown.record()
        if (keys := output.selected(tuple(record))) is not None:
            record = {name: record[name] for name in keys}
        if fmt is Format.JSON:
            emit_value(env, record)
        else:
            emit(env, fmt, lambda: None, rows=lambda: [record])
        return
    from ..render.show import show_plain, show_rich

    heading, sections, quotes = shown.sections()
    if env.stdout_isatty:
        show_rich(env, heading, sections, quotes, shown.status)
    else:
        show_plain(env, heading, sections, quotes)


def _shown(store: Store, kind: str, found: str, lang: str) -> Shown:
    """What each kind of record shows, as a --json object and as sections."""
    from .. import records
    from ..render import show as sections

    if kind == "an event":
        from ..profiles import event_figures

        event = store.events[found]
        figures = event_figures(store, found)
        return Shown(
            lambda: records.event_profile_record(event, figures),
            lambda: sections.event_sections(store, event, lang, figures),
            event.status.value,
        )
    if kind == "a claim":
        from ..claims import ConflictIndex

        claim = store.claims[found]
        index = ConflictIndex(store.claims.values())
        return Shown(
            lambda: records.claim_record(claim, store, index),
            lambda: sections.claim_sections(store, claim, lang, index.ids(claim)),
            claim.status.value,
        )
    if kind == "a source":
        from ..profiles import source_profile

        profile = source_profile(store, found)
        return Shown(
            lambda: records.source_profile_record(profile), lambda: sections.source_sections(store, profile, lang)
        )
    if kind == "an entity":
        from ..claims import ConflictIndex
        from ..profiles import entity_profile

        entity = entity_profile(store, found)
        return Shown(
            lambda: records.entity_profile_record(entity, store, ConflictIndex(store.claims.values())),
            lambda: sections.entity_sections(store, entity, lang),
        )
    from ..claims import ClaimQuery, run_claim_query, spreads

    found_spreads = spreads(run_claim_query(store, ClaimQuery(topic=found)))
    return Shown(
        lambda: records.topic_record(store, found, found_spreads),
        lambda: sections.topic_sections(store, found, found_spreads, lang),
    )
