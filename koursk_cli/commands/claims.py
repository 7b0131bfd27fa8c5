"""`koursk claims [TOPIC]` (the claims: who says what figure, when, where reported) and `koursk topics` (the topics
and measures claims are about). `koursk sources --claim TOPIC` lists the same claims as `koursk claims TOPIC`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..claimfilters import refuse_claimless
from ..claimquery import ClaimQuery, Role, claim_query, select_claims
from ..claims import cumulative_measures, measure_bounds
from ..completion import complete_topic
from ..conflicts import CONFLICTS_SHOWN, ConflictIndex, selection_conflicts
from ..errors import UsageError
from ..export import claim_records
from ..fields import CLAIM_FIELDS, SPREAD_FIELDS, fields_help
from ..lookup import resolve_measure
from ..records import spread_record
from ..render.claims import claims_plain, claims_table
from ..render.machine import Format
from ..render.output import emit
from ..render.sources import print_topics
from ..render.styles import limited
from ..spreads import selection_spreads, spreads, store_spreads
from ..words import LEGEND
from .base import app_state, guarded
from .filters import (
    CLAIMLESS,
    NO_FILTERS,
    EventFilters,
    build_event_query,
    event_filters,
    no_match,
    note_straddling,
)
from .flags import NO_OUTPUT, Output
from .options import choice_flag, limit_option, output_flags

if TYPE_CHECKING:
    from ..claimquery import ClaimQuery
    from ..commands.base import AppState

AllConflictsOption = Annotated[
    bool,
    typer.Option(
        "--all",
        help="Name every conflict. By default a listing names the first 10 conflicting claims (or pairs) and counts "
        "them all: on a large store they grow with the square of the claims.",
    ),
]

RoleOption = Annotated[
    Role, choice_flag("--role", "With --actor: the actor asserts the figure, its outlet reports it, or either.")
]


def check_role(role: Role, actors: Sequence[str]) -> None:
    if role is not Role.ANY and not actors:
        raise UsageError(f"--role {role.value} needs --actor", f"say whose figures: --actor NAME --role {role.value}")


def list_claims(
    state: AppState,
    query: ClaimQuery,
    output: Output,
    *,
    all_conflicts: bool = False,
    filters: EventFilters = NO_FILTERS,
) -> None:
    """Print the claims a query selects: a table with the quotes, the spread per measure and the conflicts on a
    terminal, one line per claim in a pipe, or JSON. Conflicts are counted in full but only the first
    CONFLICTS_SHOWN named, unless `all_conflicts`."""

    env = state.env
    fmt = output.format
    selected = output.selected(CLAIM_FIELDS)
    store = state.store()
    # Each claim's conflicts, named by JSON, pipes and a terminal alike, are indexed in the pass that selects the
    # claims, which reads every claim they can conflict with (all, or all on the topic; under --as-of, those
    # published by then).
    index = ConflictIndex(cumulative=cumulative_measures(store.topics), bounds=measure_bounds(store.topics))
    found = select_claims(store, query, every=index.add)
    named = None if all_conflicts else CONFLICTS_SHOWN
    # what -n left out, said to a terminal (rev30 U15): under the table, else on stderr; never in stdout's records
    left_out = (
        ""
        if query.limit is None
        else limited(
            query.limit,
            len(select_claims(store, query._replace(limit=None))),
            "claim",
            state.note_lang,
        )
    )

    def view() -> None:
        if env.stdout_isatty:  # the claims, then the spread per measure and the conflicts
            conflicts = selection_conflicts(found, index, store.claims.__getitem__, named)
            found_spreads = spreads(found, index.cumulative, index.bounds, counted=False)  # the figures alone
            claims_table(env, store, found, found_spreads, index, conflicts, left_out=left_out, lang=state.lang)
        else:  # one line per claim, naming its conflicts
            claims_plain(env, store, found, index, named)

    def rows() -> Iterator[dict[str, Any]]:
        return claim_records(store, found, conflicts_named=named, index=index)

    empty = no_match("claims", store, filters, state.note_lang, query.topic or "") if not found else None
    emit(env, fmt, view, rows=rows, fields=selected, empty=empty)
    if left_out and not (fmt is Format.AUTO and env.stdout_isatty):
        env.note(left_out)
    note_straddling(env, store, query.as_of, query.sources)


ClaimLimitOption = Annotated[Optional[int], limit_option("claims, by as-of date, publication, then id")]


def claims_on(
    state: AppState, topic: str | None, filters: EventFilters, role: Role, limit: int | None = None
) -> ClaimQuery:
    """The claims on `topic` (all topics: None) that the event filters select (claimfilters.CLAIM_FILTERS); a filter
    no claim can satisfy is refused, before the store is read."""

    refuse_claimless(filters.flags())
    check_role(role, filters.actor)
    store = state.store()
    on = resolve_measure(store, topic) if topic is not None else None
    return claim_query(build_event_query(store, filters, limit=limit), on=on, role=role)


@guarded
@event_filters(hide=CLAIMLESS)
@output_flags(fields_help(CLAIM_FIELDS))
def claims_command(
    ctx: typer.Context,
    topic: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[TOPIC[/MEASURE]]",
            help="A topic, by id or any alias in English or French (troops, troupes, losses, shells…; see "
            "`koursk topics`), optionally one of its measures: troops/in-kursk. All topics when left out.",
            autocompletion=complete_topic,
            show_default=False,
        ),
    ] = None,
    filters: EventFilters = NO_FILTERS,
    role: RoleOption = Role.ANY,
    output: Output = NO_OUTPUT,
    all_: AllConflictsOption = False,
    limit: ClaimLimitOption = None,
) -> None:
    """List the claims (the figures), on one topic or all: who asserts each, the value, what it measures, as of
    when, and which article reports it; on a terminal, then the spread per measure and the conflicts. In a pipe, one
    tab-separated line per claim, the ids of the claims it conflicts with last (columns: `koursk docs reference`).
    The event filters select claims as `koursk docs claims` says: --since/--until/--within by publication of the
    reporting article, --text by the words of its quote and its figure (11000 finds « Onze mille »); --place, --tag and --max-span are refused.

    \b
    Examples:
      koursk claims troops
      koursk claims troupes --actor nis --role asserted
      koursk claims --as-of 2024-10-31 --json | jq length
    """
    state = app_state(ctx)
    list_claims(state, claims_on(state, topic, filters, role, limit), output, all_conflicts=all_, filters=filters)


@guarded
@event_filters(hide=CLAIMLESS)
@output_flags(fields_help(SPREAD_FIELDS))
def topics_command(
    ctx: typer.Context,
    filters: EventFilters = NO_FILTERS,
    role: RoleOption = Role.ANY,
    output: Output = NO_OUTPUT,
    all_: AllConflictsOption = False,
) -> None:
    """List the claim topics and measures: how many claims each has, the lowest and highest figure, and how many
    conflicts its figures take part in, of every kind (on the measure, a total that fell, across measures: a pair
    across two measures counts for each). Give a topic (or any alias, in English or French) to `koursk claims TOPIC`. The event filters
    select the claims counted as in `koursk claims` (--as-of 2024-11-15: the figures published by then): the
    spread is theirs, and the conflicts those `koursk claims` names for them (against every claim of the measure).

    \b
    Examples:
      koursk topics
      koursk topics --as-of 2024-11-15
      koursk topics --json | jq -r '.[] | "\\(.topic)/\\(.measure) \\(.claims)"'
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    selected = output.selected(SPREAD_FIELDS)
    pair_limit = None if all_ else CONFLICTS_SHOWN
    filtered = filters != NO_FILTERS or role is not Role.ANY
    if not filtered:  # every claim, read in one pass
        store = state.store()
        found_spreads = store_spreads(store, pair_limit=pair_limit)
    else:
        query = claims_on(state, None, filters, role)
        store = state.store()
        found_spreads = selection_spreads(store, query, pair_limit)
    by_measure = sorted(found_spreads, key=lambda s: (s.topic, s.measure))

    def view() -> None:
        print_topics(env, store, by_measure, state.lang)

    def rows() -> Iterator[dict[str, Any]]:
        return (spread_record(s, store) for s in by_measure)

    emit(
        env,
        fmt,
        view,
        rows=rows,
        fields=selected,
        empty=LEGEND[state.note_lang]["no claims"].format(topic="") if not by_measure else None,
    )
