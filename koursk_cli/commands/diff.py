"""`koursk diff`: two articles side by side, or what was known at two dates."""

from datetime import date
from typing import Annotated, Any, Optional

import typer

from ..claimfilters import left_out_note, refuse_claimless
from ..claimquery import claim_query, run_claim_query
from ..completion import complete_source, complete_topic
from ..conflicts import CONFLICTS_SHOWN
from ..dates import Period
from ..diff import conflicts_known_by, diff_dates, diff_sources
from ..errors import ExitStatus, UsageError
from ..fields import DATE_DIFF, SOURCE_DIFF
from ..lookup import resolve_measure, resolve_source
from ..query import run_event_query
from ..records import date_diff_record, source_diff_record
from ..render.diff import date_diff_lines, print_lines, source_diff_lines, unpublished_hint
from ..render.machine import Format
from ..render.output import emit_record
from .base import app_state, guarded
from .claims import AllConflictsOption
from .filters import NO_FILTERS, EventFilters, build_event_query, event_filters
from .flags import NO_OUTPUT, Output
from .options import output_flags, period_flag


@guarded
@event_filters(omit={"source", "as_of"})  # the sources compared, or --from/--to, say that
@output_flags(
    "With --json or --jsonl (--json if neither is given): only these keys of the diff, comma-separated, in this "
    f"order: {', '.join(SOURCE_DIFF.names)} comparing two sources; {', '.join(DATE_DIFF.names)} with --from/--to.",
    json="Print the diff as one JSON object.",
    jsonl="Print the diff as one JSON object on one line.",
)
def diff_command(
    ctx: typer.Context,
    source_ids: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[SOURCE_A SOURCE_B]",
            help="Two sources to compare (ids, outlets or seed numbers).",
            autocompletion=complete_source,
        ),
    ] = None,
    from_: Annotated[
        Optional[Period],
        period_flag(
            "--from",
            "Date mode: what was known by the END of PERIOD (--from 2024-11: known by 30 Nov; unlike --since, which "
            "starts at its beginning)…",
        ),
    ] = None,
    to: Annotated[
        Optional[Period],
        period_flag("--to", "…compared with what was known by the end of PERIOD (left out: up to the latest article)."),
    ] = None,
    claim: Annotated[
        Optional[str],
        typer.Option(
            "--claim",
            metavar="TOPIC[/MEASURE]",
            help="Only the claims on TOPIC (or one of its measures: troops/in-kursk): new, revised, in conflict or "
            "compared. It narrows the claims only: the articles and events are all listed still (--text, --actor "
            "narrow them).",
            autocompletion=complete_topic,
        ),
    ] = None,
    filters: EventFilters = NO_FILTERS,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are differences, like git diff --exit-code.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; implies --exit-code, like git diff --quiet.")
    ] = False,
    all_: AllConflictsOption = False,
    output: Output = NO_OUTPUT,
) -> None:
    """Compare two articles, or what was known at two dates.

    koursk diff SOURCE_A SOURCE_B: events both report (matched through the store, never by title), events only in
    one, and claims on the same measure that agree, conflict, or differ over time, and those that conflict across
    two measures one of which bounds the other (in Kursk at most in Russia: `koursk docs claims`, rule 9).

    koursk diff --from 2024-10-31 --to 2024-11-15: treating each article as known once its whole publication window
    has passed (as --as-of does: what is known by --to is what --as-of TO lists), the sources, events and claims that
    appeared, the figures revised (10,000 → 11,000), the conflicts that appeared (a new figure that cannot be true
    with one known, as `claims --as-of TO` names them), and the events already known that new articles report again
    (corroborated). An article whose window straddles --from is new, and what it alone brings is marked ? (maybe
    known by --from already); one whose window straddles --to is listed, not counted yet.

    The event filters narrow either mode, --claim its claims alone.
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    ids = source_ids or []
    date_mode = from_ is not None or to is not None
    if date_mode and ids:
        raise UsageError(
            "give either two sources or --from/--to, not both",
            "koursk diff cnn nis-12000, or koursk diff --from 2024-10-31 --to 2024-11-15",
        )
    if not date_mode and len(ids) != 2:
        raise UsageError(
            f"diff needs two sources, got {len(ids)}",
            "koursk diff nis-12000 cnn (see `koursk sources`), or --from/--to",
        )
    if claim:  # asked for claims: a filter that selects none is refused; else the diff compares the events alone
        refuse_claimless(filters.flags(), ", or drop --claim to diff the events alone")
    elif note := left_out_note(filters.flags(), "the diff"):
        env.error(note)
    store = state.store()
    compared = [] if date_mode else [resolve_source(store, i) for i in ids]
    if len(set(compared)) == 1:
        raise UsageError(f"both sides are the same source '{compared[0]}'", "name two different sources")
    # in source mode, only the events either source reports
    query = build_event_query(store, filters._replace(source=compared))
    events = run_event_query(store, query)
    claims = run_claim_query(store, claim_query(query, on=resolve_measure(store, claim) if claim else None))
    if date_mode:
        start = from_.end if from_ else date.min
        end = to.end if to else date.max
        if end < start:
            raise UsageError(
                f"--to {to.text if to else ''} ends before --from {from_.text if from_ else ''}", "swap the two dates"
            )
        known = conflicts_known_by(store, end)
        result: Any = diff_dates(store, start, end, events, claims, known, None if all_ else CONFLICTS_SHOWN)
    else:
        first, second = compared
        result = diff_sources(store, first, second, events, claims)
    if (exit_code or quiet) and result.has_differences:
        env.status = ExitStatus.ERROR  # decided before printing: a closed pipe must not turn it into 0
    if quiet:
        pass
    elif fmt is not Format.AUTO:
        record = date_diff_record(result, store, known) if date_mode else source_diff_record(result, store)
        emit_record(env, fmt, record, output.selected(DATE_DIFF.names if date_mode else SOURCE_DIFF.names))
    else:
        lines = (
            date_diff_lines(store, result, state.lang) if date_mode else source_diff_lines(store, result, state.lang)
        )
        print_lines(env, lines)
        if date_mode and (hint := unpublished_hint(result)):
            env.note(hint)
    if env.status:
        raise typer.Exit(env.status)
