"""`koursk report -o FILE`: the selected events, figures and sources as one self-contained HTML page.

The command checks flags, selects records and says where the bytes go; `koursk_cli.report.page` writes the page.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Annotated, Optional

import typer

from .. import __version__
from ..claimfilters import left_out_note
from ..claimquery import claim_query, run_claim_query
from ..errors import UsageError
from ..placeholders import DRAFT_PREVIEW
from ..query import match_events
from ..report.page import ReportMeta, render_report
from ..textnorm import shown
from ..words import counted
from .base import app_state, guarded
from .export import check_output, deliver, store_identity, writing
from .filters import NO_FILTERS, EventFilters, build_event_query, event_filters
from .options import limit_option, output_target, whole_number

MAX_EVENTS = 5_000
MAX_CLAIMS = 5_000
"""Above these a page would weigh tens of megabytes and a browser would crawl: the report refuses (see
`koursk docs report`). `--max-events` and `--max-claims` raise the limits for a reader who knows their machine."""


LATEST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC, the last second a datetime holds


def generation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds' convention), so a page can be rebuilt byte for
    byte. A value that is not whole seconds in range (`abc`, `-1`, `1e10`, `²`, year 10000) is a usage error, as the
    convention asks: a build that misspells it must not get a page stamped with the current time unawares."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch:
        return datetime.now(tz=UTC)
    if not (epoch.isascii() and epoch.isdigit() and len(epoch) <= 12 and int(epoch) <= LATEST_EPOCH):
        raise UsageError(
            f"SOURCE_DATE_EPOCH={shown(epoch, 40)} is not a time koursk can stamp",
            f"give whole seconds since 1970-01-01 UTC, 0 to {LATEST_EPOCH} (e.g. $(date +%s)), or unset it",
        )
    return datetime.fromtimestamp(int(epoch), tz=UTC)


def _check_size(kind: str, count: int, limit: int, flag: str) -> None:
    if count > limit:
        raise UsageError(
            f"the selection holds {count:,} {kind}; a report holds at most {limit:,} (a bigger page would weigh "
            "tens of megabytes and be slow to open)",
            f"narrow it with --since/--until, --tag, --source or --limit, or raise the limit with {flag} N",
        )


@guarded
@event_filters()
def report_command(
    ctx: typer.Context,
    output: Annotated[
        Optional[str],
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the page to FILE (atomically); `-` or no -o writes to stdout when it is not a terminal.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    filters: EventFilters = NO_FILTERS,
    limit: Annotated[Optional[int], limit_option("events (and N figures)")] = None,
    max_events: Annotated[
        int,
        typer.Option(
            "--max-events", parser=whole_number(1), metavar="N", help="Refuse a selection of more events than this."
        ),
    ] = MAX_EVENTS,
    max_claims: Annotated[
        int,
        typer.Option(
            "--max-claims", parser=whole_number(1), metavar="N", help="Refuse a selection of more figures than this."
        ),
    ] = MAX_CLAIMS,
) -> None:
    """Write one self-contained HTML page of the events `koursk events` would list, the figures over time and the
    sources: it opens offline from a file, prints, and reads without JavaScript.

    Takes the same filters as `koursk events`; figures are selected by them as `koursk export csv --rows claims` reads
    them (`koursk docs claims`). --place, --tag and --max-span select events only: the page then holds no figure, and
    says so.

    \b
    Examples:
      koursk report -o kursk.html
      koursk report --since 2024-10 --until 2024-11 --lang fr -o octobre-novembre.html
    """
    state = app_state(ctx)
    env = state.env
    generated = generation_time()
    target = output_target(output, "koursk.html")
    if target is None and output is None and env.stdout_isatty:
        raise UsageError("a web page is not for the terminal", "add -o FILE, e.g. koursk report -o kursk.html")
    check_output(state.store_option, target, force=force, example="koursk.html")
    note = left_out_note(filters.flags(), "the report")
    if note:
        env.error(note)
    store = state.store()
    query = build_event_query(store, filters, limit=limit, lang=state.lang)

    matched = match_events(store, query)
    _check_size("events", len(matched), max_events, "--max-events")
    claims = run_claim_query(store, claim_query(query))
    _check_size("figures", len(claims), max_claims, "--max-claims")

    store_name, digest = store_identity(state.store_option)
    meta = ReportMeta(
        filters=filters.typed(limit),
        store=store_name,
        digest=digest,
        generated=generated,
        version=__version__,
        known_by=filters.as_of.end if filters.as_of else None,
        draft=DRAFT_PREVIEW if state.drafts else None,
    )
    since = filters.since.start if filters.since else datetime.min.date()
    pieces = render_report(store, matched, claims, meta, state.lang, since)

    with writing(env, target):
        deliver(env, target, pieces, force=force)
    if target is not None:
        env.note(f"koursk: wrote {counted(len(matched), 'event')} and {counted(len(claims), 'figure')} to {target}")
