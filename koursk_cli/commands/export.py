"""`koursk export FORMAT [-o FILE]`: the events `koursk events` would list (or claims), as a file other tools open.

The command only checks flags, selects records and chooses where the bytes go; `koursk_cli.export` renders them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

import typer

from ..errors import ExitStatus, UsageError
from ..humanize import plural
from ..query import EventSort
from ..textnorm import shown
from .base import app_state, guarded
from .options import NO_FILTERS, EventFilters, Lang, LangOption, build_event_query, event_filters

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from ..model import Claim, Event, Store


class ExportFormat(StrEnum):
    CSV = "csv"
    MARKDOWN = "markdown"
    TIMELINEJS = "timelinejs"
    GEOJSON = "geojson"
    ICS = "ics"
    SQLITE = "sqlite"


TABULAR = (ExportFormat.CSV, ExportFormat.MARKDOWN)


def _check_flags(
    fmt: ExportFormat,
    target: Path | None,
    *,
    claims: bool,
    bom: bool,
    place: Sequence[str],
    tag: Sequence[str],
    sort: EventSort,
) -> None:
    """Refuse combinations that cannot mean anything, before loading the store."""
    if fmt is ExportFormat.SQLITE and target is None:
        raise UsageError("sqlite needs a file to write to", "add -o FILE, e.g. koursk export sqlite -o koursk.db")
    if claims and fmt not in TABULAR:
        also = " (sqlite always holds both events and claims)" if fmt is ExportFormat.SQLITE else ""
        raise UsageError(f"--claims works with csv and markdown, not {fmt.value}{also}", "drop --claims")
    if claims and (place or tag):
        raise UsageError("claims have no places or tags", "drop --place/--tag, or drop --claims to export events")
    if claims and sort is not EventSort.DATE:
        raise UsageError("--sort orders events; claims come by as-of date, publication, then id", "drop --sort")
    if bom and fmt is not ExportFormat.CSV:
        raise UsageError("--bom only applies to csv", "drop --bom")


def _render(
    fmt: ExportFormat, store: Store, events: Sequence[Event], claims: list[Claim] | None, lang: str, bom: bool
) -> Iterator[str]:
    """The export as pieces of text, made as they are written; each format's module is imported only when asked
    for."""
    if fmt is ExportFormat.CSV:
        from ..export.csvfmt import claims_csv, events_csv

        return claims_csv(store, claims, bom=bom) if claims is not None else events_csv(store, events, bom=bom)
    if fmt is ExportFormat.MARKDOWN:
        from ..export.markdown import claims_markdown, events_markdown

        return claims_markdown(claims) if claims is not None else events_markdown(events, lang)
    if fmt is ExportFormat.TIMELINEJS:
        from ..export.timelinejs import to_timelinejs

        return to_timelinejs(store, events, lang)
    if fmt is ExportFormat.GEOJSON:
        from ..export.geojson import to_geojson

        return to_geojson(store, events, lang)
    from ..export.ics import to_ics

    return to_ics(store, events, lang)


def write_stdout(stream: TextIO, pieces: Iterable[str]) -> None:
    """Straight to the stream, never through Rich; as UTF-8 bytes when there is a byte layer, so CRLF stays CRLF
    and the encoding does not depend on the locale."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.writelines(pieces)
        return
    stream.flush()
    buffer.writelines(piece.encode("utf-8") for piece in pieces)
    buffer.flush()


@guarded
@event_filters()
def export_command(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Argument(
            metavar="FORMAT",
            case_sensitive=False,
            help="csv, markdown, timelinejs (Knight Lab TimelineJS3 JSON), geojson, ics (iCalendar) or sqlite.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Optional[str],
        typer.Option(
            "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout; `-` is stdout."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    claims: Annotated[
        bool,
        typer.Option(
            "--claims",
            help="csv/markdown: one row per claim instead of per event. --since/--until then select by publication, "
            "as `koursk sources --claim` does.",
        ),
    ] = False,
    bom: Annotated[bool, typer.Option("--bom", help="csv: start with a UTF-8 byte order mark, for Excel.")] = False,
    filters: EventFilters = NO_FILTERS,
    sort: Annotated[
        EventSort, typer.Option("--sort", case_sensitive=False, help="Order of events, as for `koursk events`.")
    ] = EventSort.DATE,
    limit: Annotated[
        Optional[int], typer.Option("--limit", min=1, metavar="N", help="At most N events (or claims).")
    ] = None,
    lang: LangOption = Lang.EN,
) -> None:
    """Export the events `koursk events` would list, with the same filters, for other tools.

    csv and markdown tables (--claims for claims), TimelineJS3 JSON, GeoJSON points, an iCalendar of all-day events,
    or a SQLite database (needs -o) of events, claims, sources and entities. Files are written atomically and never
    replaced without --force.

    \b
    Examples:
      koursk export csv -o events.csv
      koursk export markdown --since 2024-11
      koursk export sqlite -o koursk.db
      koursk export ics --tag nato -o nato.ics
    """
    state = app_state(ctx)
    env = state.env
    target = None if output is None or output == "-" else Path(output)
    if output and output.endswith("/"):
        raise UsageError(f"-o {shown(output)} names a folder", "give a file name, such as -o koursk.csv")
    _check_flags(fmt, target, claims=claims, bom=bom, place=filters.place, tag=filters.tag, sort=sort)
    if target is not None:
        from ..atomic import check_target

        check_target(target, force=force)  # before the work, so a refusal is instant
    store = state.store()
    query = build_event_query(store, filters, sort=sort, limit=limit, lang=lang)
    from ..claims import claim_query, run_claim_query
    from ..query import run_event_query

    events: Sequence[Event] = [] if claims else run_event_query(store, query)
    wanted = claims or fmt is ExportFormat.SQLITE
    selected = run_claim_query(store, claim_query(query)) if wanted else None
    try:
        if fmt is ExportFormat.SQLITE:
            from ..atomic import atomic_path
            from ..export.sqlitefmt import write_sqlite

            assert target is not None and selected is not None
            import sqlite3

            try:
                with atomic_path(target, force=force) as temporary:
                    write_sqlite(store, events, selected, temporary)
            except sqlite3.Error as error:  # "database or disk is full": SQLite's own errors are not OSErrors
                raise OSError(0, str(error)) from None
        else:
            rendered = _render(fmt, store, events, selected, lang.value, bom)
            if target is None:
                write_stdout(env.stdout, rendered)
            else:
                from ..atomic import write_text_atomically

                write_text_atomically(target, rendered, force=force)
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        env.error(f"koursk: error: cannot write {shown(str(target or 'to stdout'))}: {error.strerror or error}")
        raise typer.Exit(ExitStatus.ERROR) from None
    if target is not None:
        counts = [plural(len(events), "event")] if not claims else []
        counts += [plural(len(selected), "claim")] if selected is not None else []
        env.note(f"koursk: wrote {' and '.join(counts)} to {target}")
