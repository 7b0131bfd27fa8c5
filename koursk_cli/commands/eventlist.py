"""The body of `koursk events`, Typer-free: its Typer command (commands/events.py) and the fast path
(commands/entry.py) both run it, with the run state and the flags' values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..fields import EVENT_FIELDS
from ..query import (
    EventSort,
    listed_events,
    matching_json,
    matching_json_joined,
    run_event_query,
    window_counts,
)
from ..render.machine import Format
from ..render.output import emit
from . import flags
from .filters import FILTERS, EventFilters, build_event_query, no_match, note_straddling
from .flags import FastCommand, Flag, Output

if TYPE_CHECKING:
    from .base import AppState

SORT = Flag(
    "sort",
    ("--sort",),
    "Order: date (then end date), -date, reported (earliest publication), source, title, or relevance "
    "(with --text: best match first, ranked by BM25 as SQLite's FTS5 does, then by date). Ties go by id.",
    default=EventSort.DATE,
    choices=EventSort,
)
LIMIT = flags.limit("events")


def list_events(state: AppState, filters: EventFilters, sort: EventSort, limit: int | None, output: Output) -> None:
    """The events that match `filters`, as a table, plain lines or JSON (`koursk events --help` says how)."""
    fmt = output.format
    selected = output.selected(EVENT_FIELDS)
    env = state.env
    # what -n left out is said to a terminal only (rev30 U15): under a table, else on stderr, never in stdout's
    # records; counted only then (every match, by window: 885,585 for one word at 1M, ~2 s of SQL)
    counted = limit is not None and env.stderr_isatty
    # --json or --jsonl, nothing counted that is not served: every output is rows of one query, so only the seeds
    # they cite are checked (a seed cited by no row served is found by the run that is)
    store = state.store(cited_seeds=fmt is not Format.AUTO and not counted)
    query = build_event_query(store, filters, sort=sort, limit=limit, lang=state.lang)

    # --json and a pipe stream each event from the cache's index as it is found: only a terminal's table needs the
    # list of matches (it folds them to the screen's width and shows those that begin before --since apart).
    table = fmt is Format.AUTO and env.stdout_isatty
    # a terminal cuts its own listing (rev37u U5): -n N keeps the first N rows of what it shows, group by group
    listed = listed_events(store, query) if table else None

    def nothing() -> str:
        """What an empty listing says (its words load only then: not on the `events --json` path)."""
        said = no_match("events", store, filters, state.note_lang)
        if filters.text is not None and "*" not in filters.text:  # rev30 U11: `pentagon` never finds « Pentagone »
            said += " --text matches whole words (folded): a word ending in * matches the words it begins (pentagon*)."
        return said

    def view() -> None:
        from ..render.events import events_plain, print_events  # not on the measured `events --json` path

        if listed is not None:
            print_events(env, store, listed, filters.since, state.lang, limit, sort is EventSort.REPORTED)
        elif not events_plain(env, run_event_query(store, query), state.lang):
            env.note(nothing())

    empty = nothing() if listed is not None and not (listed.ongoing or listed.rest) else None
    emit(
        env,
        fmt,
        view,
        texts=lambda: matching_json(store, query),
        joined=lambda: matching_json_joined(store, query),
        fields=selected,
        empty=empty,
    )
    if limit is not None and counted and not table:  # a table says it under itself
        total = sum(window_counts(store, query._replace(limit=None)).values())
        if total > limit:
            from ..render.styles import limited  # words and styles: not on the `events --json` path (without -n)

            env.note(limited(limit, total, "event", state.note_lang))
    note_straddling(env, store, query.as_of, query.sources)


def _fast(state: AppState, values: dict[str, Any]) -> None:
    filters = EventFilters.given(**{flag.name: values[flag.name] for flag in FILTERS})
    output = Output(values["json_"], values["jsonl"], values["fields"])  # events' --json and --jsonl: the defaults
    list_events(state, filters, values["sort"], values["limit"], output)


FAST = FastCommand((*FILTERS, SORT, LIMIT, *flags.output("")), _fast)
"""`events` on the fast path (commands/entry.py), from the rows its Typer command is built from (commands/events.py):
the output flags' help is no part of the grammar."""
