"""`koursk export FORMAT [-o FILE]`: the events `koursk events` would list (or claims), as a file other tools open.

The command only checks flags, selects records and chooses where the bytes go; `koursk_cli.export` renders them.
"""

from __future__ import annotations

import shlex
import sqlite3
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

import typer

from .. import __version__
from ..atomic import atomic_path, check_target, write_text_atomically
from ..claimfilters import left_out_note, refuse_claimless
from ..claimquery import SelectedWhenUsed, claim_query
from ..compat import ParameterSource
from ..completion import complete_topic
from ..errors import ExitStatus, UsageError
from ..export.formats import FORMATS, ROWS, Exporter, Provenance, Rows, Selection, formats_help
from ..lookup import resolve_measure
from ..placeholders import DRAFT_PREVIEW
from ..query import EventSort, run_event_query
from ..store.digest import store_digest
from ..store.shipped import refuse_store_folders
from ..store.workstore import default_store_root, resolve_store_root
from ..textnorm import for_terminal, shown
from ..words import counted
from .base import app_state, guarded
from .filters import NO_FILTERS, EventFilters, build_event_query, event_filters
from .options import choice_flag, limit_option, output_target, utf8_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..environment import Environment


class GroupBy(StrEnum):
    TAG = "tag"
    STATUS = "status"
    SOURCE = "source"
    NONE = "none"


def _exporter(name: str) -> Exporter:
    """Typer parser for FORMAT: a row of the registry, or a usage error naming every format."""
    found = FORMATS.get(name.lower())
    if found is None and name.lower() in ("json", "jsonl"):
        raise typer.BadParameter(
            f"'{name}' is not one of {', '.join(FORMATS)}; JSON is every listing's own --{name.lower()} "
            f"(koursk events --{name.lower()}, koursk claims --{name.lower()})"
        )
    if found is None:
        raise typer.BadParameter(f"'{name}' is not one of {', '.join(FORMATS)}")
    return found


def _check_flags(
    exporter: Exporter,
    target: Path | None,
    *,
    rows: Rows,
    topic: str | None,
    bom: bool,
    titled: bool,
    filters: EventFilters,
    sort: EventSort,
) -> None:
    """Refuse combinations that cannot mean anything, before loading the store."""
    name = exporter.name
    if exporter.writes_file and target is None:
        raise UsageError(
            f"{name} needs a file to write to", f"add -o FILE, e.g. koursk export {name} -o {exporter.example}"
        )
    claims = rows is Rows.CLAIMS
    if rows not in exporter.rows:
        also = " (it always holds both events and claims)" if exporter.writes_file else ""
        raise UsageError(
            f"--rows {rows.value} works with {_taking(rows)}, not {name}{also}", f"drop --rows {rows.value}"
        )
    if topic is not None and rows is Rows.EVENTS and not exporter.writes_file:
        raise UsageError(
            f"--claim TOPIC narrows claims, and {name} exports events unless asked for claims",
            f"add --rows claims: koursk export {name} --rows claims --claim {topic}",
        )
    if claims:
        refuse_claimless(filters.flags(), ", or drop --rows claims to export events")
    elif topic is not None:  # an export holding events and claims (or their quotes), asked for claims on TOPIC
        refuse_claimless(filters.flags(), ", or drop --claim to export the events alone")
    if claims and sort is not EventSort.DATE:
        raise UsageError("--sort orders events; claims come by as-of date, publication, then id", "drop --sort")
    if titled and not exporter.titled:
        with_titles = " and ".join(e.name for e in FORMATS.values() if e.titled)
        raise UsageError(f"--title and --group-by shape a timeline ({with_titles}), not {name}", "drop them")
    if bom and not exporter.bom:
        raise UsageError(f"--bom does not apply to {name}", "drop --bom")


def _taking(rows: Rows) -> str:
    """The formats that take `--rows ROWS`: `csv and markdown`."""
    return " and ".join(e.name for e in FORMATS.values() if rows in e.rows)


def _rows_help() -> str:
    """`--rows`'s help, from the registries (ROWS, Exporter.rows): which formats take each kind of row."""
    return "; ".join(f"{_taking(rows)}: {ROWS[rows]}" if rows is not Rows.EVENTS else ROWS[rows] for rows in Rows) + "."


def _rows_asked(env: Environment, ctx: typer.Context, rows: Rows, old_claims: bool) -> Rows:
    """`--rows`, or the flag it replaced (rev27 U8: `--claims` beside `--claim TOPIC` invited one for the other):
    `--claims` still works, with one warning naming its new spelling, so a script keeps its output and is told."""
    if not old_claims:
        return rows
    if ctx.get_parameter_source("rows") is not ParameterSource.DEFAULT and rows is not Rows.CLAIMS:
        raise UsageError(f"--claims and --rows {rows.value} ask for different rows", "give --rows alone")
    env.error("koursk: warning: --claims is now --rows claims (--claims still works, for now)")
    return Rows.CLAIMS


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


def deliver(env: Environment, target: Path | None, pieces: Iterable[str], *, force: bool) -> None:
    """Text a command made (an export, the report) to stdout, or atomically to `target`. The one way an export's
    text is written: when what it lands in is a terminal (stdout, or `-o /dev/tty`, `/dev/stdout`, `/proc/self/fd/1`
    on one: the opened file is asked, never its name), store text never arrives raw (escape sequences, C1 codes, bidi
    controls are written as `\\u` escapes); a file or a pipe gets the bytes exactly."""
    if target is None:
        write_stdout(env.stdout, map(for_terminal, pieces) if env.stdout_isatty else pieces)
    else:
        write_text_atomically(target, pieces, force=force, terminal=for_terminal)


@contextmanager
def writing(env: Environment, target: Path | None) -> Iterator[None]:
    """A write that fails is one line and exit 1 (a closed pipe is the guard's to handle)."""
    try:
        yield
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        env.error(f"koursk: error: cannot write {shown(str(target or 'to stdout'))}: {error.strerror or error}")
        raise typer.Exit(ExitStatus.ERROR) from None


@guarded
@event_filters()
def export_command(
    ctx: typer.Context,
    exporter: Annotated[
        Exporter,
        typer.Argument(
            metavar="FORMAT",
            parser=_exporter,
            help="One of: " + formats_help(),
            show_default=False,
            autocompletion=lambda: list(FORMATS),
        ),
    ],
    output: Annotated[
        Optional[str],
        typer.Option(
            "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout; `-` is stdout."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    rows: Annotated[
        Rows,
        choice_flag("--rows", _rows_help()),
    ] = Rows.EVENTS,
    old_claims: Annotated[
        bool, typer.Option("--claims", hidden=True, help="Before --rows claims: still taken, with a warning.")
    ] = False,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help=" and ".join(e.name for e in FORMATS.values() if e.bom)
            + ": start with a UTF-8 byte order mark, for Excel.",
        ),
    ] = False,
    claim: Annotated[
        Optional[str],
        typer.Option(
            "--claim",
            metavar="TOPIC[/MEASURE]",
            help="Only the claims on TOPIC (troops, troupes, losses…; see `koursk topics`) or one of its measures "
            "(troops/in-kursk), as `koursk claims TOPIC` "
            "lists them: with --rows claims or quotes, or in an export that holds claims (sqlite).",
            autocompletion=complete_topic,
        ),
    ] = None,
    title: Annotated[
        Optional[str],
        typer.Option(
            "--title",
            metavar="TEXT",
            help=" and ".join(e.name for e in FORMATS.values() if e.titled)
            + ": the headline (default: the shipped story's own).",
            callback=utf8_text,
        ),
    ] = None,
    group_by: Annotated[
        GroupBy,
        choice_flag(
            "--group-by",
            " and ".join(e.name for e in FORMATS.values() if e.titled)
            + ": one row per tag (an event's first), status or source (its first), or none.",
        ),
    ] = GroupBy.TAG,
    filters: EventFilters = NO_FILTERS,
    sort: Annotated[EventSort, choice_flag("--sort", "Order of events, as for `koursk events`.")] = EventSort.DATE,
    limit: Annotated[Optional[int], limit_option("events (or claims)")] = None,
) -> None:
    """Export the events `koursk events` would list, with the same filters, for other tools.

    FORMAT is one of those listed below (what each gives: `koursk docs reference`, Exports); the tabular ones list claims
    instead with --rows claims, and csv gives one row per quote with --rows quotes. Files are written atomically and
    never replaced without --force.

    \b
    Examples:
      koursk export csv -o events.csv
      koursk export markdown --since 2024-11
      koursk export sqlite -o koursk.db
      koursk export ics --tag nato -o nato.ics
      koursk export csv --rows claims --claim troops -o troops.csv
      koursk export csv --rows quotes --source cnn -o cnn-quotes.csv
      koursk export timelinejs --group-by status --title "Kursk, week 45" --within 2024-W45
    """
    state = app_state(ctx)
    env = state.env
    rows = _rows_asked(env, ctx, rows, old_claims)
    claims = rows is Rows.CLAIMS
    target = output_target(output, exporter.example)
    _check_flags(
        exporter,
        target,
        rows=rows,
        topic=claim,
        bom=bom,
        titled=title is not None or group_by is not GroupBy.TAG,
        filters=filters,
        sort=sort,
    )
    check_output(state.store_option, target, force=force, example=exporter.example)
    wanted = rows is not Rows.EVENTS or exporter.writes_file
    note = left_out_note(filters.flags(), f"the {exporter.name} file") if wanted else None
    if note:
        env.error(note)
    store = state.store()
    query = build_event_query(store, filters, sort=sort, limit=limit, lang=state.lang)

    events = None if claims else run_event_query(store, query)  # streamed: each event built as it is written
    on = resolve_measure(store, claim) if claim is not None else None
    selected = SelectedWhenUsed(store, claim_query(query, on=on)) if wanted else None  # after the events
    selection = Selection(
        store,
        events if events is not None else (),
        selected,
        state.lang,
        bom,
        title,
        group_by.value,
        query.as_of.end if query.as_of else None,
        DRAFT_PREVIEW if state.drafts else None,
        rows,
    )
    if exporter.provenance:  # after the store is read: a bad flag or store is refused before any digest
        given = [f"--rows {rows.value}"] if rows is not Rows.EVENTS else []
        given += [f"--claim {shlex.quote(claim)}"] if claim is not None else []
        given += [*filters.typed(limit), *([f"--sort {sort.value}"] if sort is not EventSort.DATE else [])]
        given += [f"--lang {state.lang}"] if state.lang != "en" else []
        given += ["--drafts"] if state.drafts else []
        command = " ".join([f"koursk export {exporter.name}", *given])
        selection = selection._replace(provenance=Provenance(command, *store_identity(state.store_option), __version__))
    with writing(env, target):
        if exporter.writes_file:
            assert target is not None

            try:
                with (
                    atomic_path(target, force=force, example=exporter.example) as temporary,
                    closing(sqlite3.connect(temporary)) as db,
                ):
                    exporter.write(selection, db)
            except sqlite3.Error as error:  # "database or disk is full": SQLite's own errors are not OSErrors
                raise OSError(0, str(error)) from None
        else:
            deliver(env, target, exporter.text(selection), force=force)
    if target is not None:
        counts = [counted(events.count, "event")] if events is not None else []
        counts += [counted(len(selected), "claim")] if selected is not None else []
        quotes = "the quotes of " if rows is Rows.QUOTES else ""
        env.note(f"koursk: wrote {quotes}{' and '.join(counts)} to {target}")


def check_output(store_option: str | None, target: Path | None, *, force: bool, example: str) -> None:
    """Refuse, before the work so that a refusal is instant, an -o file that cannot or should not be written
    (atomic.check_target), or that would go inside a store's folders (the store in use's among them); None is
    stdout."""
    if target is not None:
        refuse_store_folders(target, resolve_store_root(store_option))
        check_target(target, force=force, example=example)


def store_identity(store_option: str | None) -> tuple[str | None, str]:
    """Which store a file was made from, as it says so (the report, `export markdown`): its folder's path, which
    `--data` takes to make it again (None: the store shipped with koursk; rev37u U9), and its digest
    (store.digest.store_digest)."""
    root = resolve_store_root(store_option).resolve()
    return None if root == default_store_root().resolve() else str(root), store_digest(root)
