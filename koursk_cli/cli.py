"""The command line: parse flags, call the core, hand the result to a renderer. Nothing else lives here."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Optional, TypeVar

import typer

from . import __version__
from .claims import Role
from .dates import DateError, Period, parse_period
from .environment import Environment
from .errors import ExitStatus, UsageError
from .humanize import plural
from .model import Status, Store
from .problems import StoreError
from .query import EventQuery, EventSort
from .render.machine import Format
from .timeline import Grain

app = typer.Typer(
    name="koursk",
    help=(
        "Explore the timeline of North Korea's troop deployment to Russia's Kursk region (Oct 2024 – Feb 2025), "
        "curated from five French news articles: events, claims and the quotes that prove them.\n\n"
        "Examples:\n\n"
        "  koursk events --since 2024-10\n\n"
        "  koursk events --place Koursk --json | jq length\n\n"
        "  koursk show rutte-confirms-deployment\n\n"
        "  koursk check"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(StrEnum):
    EN = "en"
    FR = "fr"


@dataclass
class AppState:
    store_option: str | None
    env: Environment
    _store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            from .store.loader import load_store, resolve_store_root

            env = self.env
            self._store = load_store(
                resolve_store_root(self.store_option), show_progress=env.stderr_isatty, warn=env.error
            )
        return self._store


F = TypeVar("F", bound=Callable[..., Any])


def guarded(command: F) -> F:
    """Turn what users can cause into one clear message and an exit code; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        env = _state(kwargs["ctx"]).env
        try:
            result = command(*args, **kwargs)
            env.finish()
            env.stdout.flush()
            return result
        except UsageError as error:
            env.error(f"koursk: error: {error.message}")
            if error.hint:
                env.error(f"  hint: {error.hint}")
            raise typer.Exit(ExitStatus.USAGE) from None
        except StoreError as error:
            for problem in error.problems:
                env.error(str(problem))
            env.error(
                f"koursk: the store has {plural(len(error.problems), 'problem')}; run `koursk check` for the list"
            )
            raise typer.Exit(ExitStatus.ERROR) from None
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(ExitStatus.SUCCESS) from None
        except KeyboardInterrupt:
            raise typer.Exit(ExitStatus.INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


def _period(value: str) -> Period:
    """Typer parser for period options, so a bad date names its flag and exits 2."""
    try:
        return parse_period(value)
    except DateError as error:
        raise typer.BadParameter(str(error)) from None


def _version(value: bool) -> None:
    if value:
        print(f"koursk {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        Optional[str],
        typer.Option(
            "--data",
            envvar="KOURSK_DATA",
            metavar="DIR",
            help="Use the store in DIR (holding data/ and seeds/) instead of the one shipped with koursk.",
        ),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (also NO_COLOR=1 or TERM=dumb).")] = False,
    pager: Annotated[
        Optional[bool],
        typer.Option(
            "--pager/--no-pager", help="Page long output on a terminal through $PAGER (default: when it does not fit)."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    if isinstance(ctx.obj, AppState):  # tests hand in their own Environment
        ctx.obj.store_option = data
        ctx.obj.env.color = ctx.obj.env.color and not no_color
    else:
        ctx.obj = AppState(data, Environment.from_process(no_color=no_color, pager=pager))


def _state(ctx: typer.Context) -> AppState:
    state = ctx.find_object(AppState)
    assert state is not None, "main_options sets the state before any command runs"
    return state


def _output_format(json_: bool, jsonl: bool) -> Format:
    if json_ and jsonl:
        raise UsageError(
            "--json and --jsonl cannot be used together",
            "pick one: --json for an array, --jsonl for one object per line",
        )
    return Format.JSON if json_ else Format.JSONL if jsonl else Format.AUTO


# Options shared by every command that lists events (one definition, reused, like sqlite-utils' option bundles).
SinceOption = Annotated[
    Optional[Period],
    typer.Option(
        "--since",
        metavar="PERIOD",
        parser=_period,
        help="From the start of PERIOD (YYYY, YYYY-MM or YYYY-MM-DD). Fuzzy dates match when they overlap.",
    ),
]
UntilOption = Annotated[
    Optional[Period],
    typer.Option(
        "--until",
        metavar="PERIOD",
        parser=_period,
        help="Up to the end of PERIOD, inclusive: --until 2024-10 includes 31 October.",
    ),
]
SourceOption = Annotated[
    list[str],
    typer.Option(
        "--source",
        metavar="SOURCE",
        help="Reported by this source (id, outlet, or seed number such as 003). Repeat for any of several.",
    ),
]
ActorOption = Annotated[
    list[str],
    typer.Option(
        "--actor",
        metavar="NAME",
        help="Involving this actor (id, name or alias, any case or accents: umerov, Oumierov). "
        "Repeat for any of several.",
    ),
]
PlaceOption = Annotated[
    list[str],
    typer.Option("--place", metavar="NAME", help="At this place (kursk, Koursk, Soudja…). Repeat for any of several."),
]
TagOption = Annotated[list[str], typer.Option("--tag", metavar="TAG", help="With this tag. Repeat for any of several.")]
StatusOption = Annotated[list[Status], typer.Option("--status", help="With this status. Repeat for any of several.")]
TextOption = Annotated[
    Optional[str],
    typer.Option("--text", metavar="WORDS", help="Titles or quotes containing WORDS (case- and accent-insensitive)."),
]
AsOfOption = Annotated[
    Optional[Period],
    typer.Option(
        "--as-of",
        metavar="PERIOD",
        parser=_period,
        help="Only what had been published by the end of PERIOD "
        "(a source counts once its whole publication window has passed).",
    ),
]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of titles.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print a JSON array (`[]` when empty).")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]


def _check_window(since: Period | None, until: Period | None) -> None:
    if since and until and until.end < since.start:
        raise UsageError(f"--until {until.text} ends before --since {since.text} starts", "swap the two dates")


def build_event_query(
    store: Store,
    *,
    since: Period | None,
    until: Period | None,
    source: list[str],
    actor: list[str],
    place: list[str],
    tag: list[str],
    status: list[Status],
    text: str | None,
    as_of: Period | None,
    sort: EventSort = EventSort.DATE,
    limit: int | None = None,
    lang: Lang = Lang.EN,
) -> EventQuery:
    """Resolve the shared event filters against the store; unknown names raise UsageError with a hint."""
    from .lookup import resolve_entity, resolve_source, resolve_tag

    _check_window(since, until)
    return EventQuery(
        since=since,
        until=until,
        sources=tuple(resolve_source(store, s) for s in source),
        actors=tuple(resolve_entity(store, a, place=False).id for a in actor),
        places=tuple(resolve_entity(store, p, place=True).id for p in place),
        tags=tuple(resolve_tag(store, t) for t in tag),
        statuses=tuple(status),
        text=text,
        as_of=as_of,
        sort=sort,
        limit=limit,
        lang=lang.value,
    )


@app.command()
@guarded
def events(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = [],  # noqa: B006 - Typer reads the default, never mutates it
    actor: ActorOption = [],  # noqa: B006
    place: PlaceOption = [],  # noqa: B006
    tag: TagOption = [],  # noqa: B006
    status: StatusOption = [],  # noqa: B006
    text: TextOption = None,
    as_of: AsOfOption = None,
    sort: Annotated[
        EventSort,
        typer.Option(
            "--sort",
            help="Order: date (then end date), -date, reported (earliest publication), source, title. Ties go by id.",
        ),
    ] = EventSort.DATE,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="At most N events.")] = None,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """List events, filtered and sorted.

    A fuzzy date matches a period when the two overlap: an event dated 2024-10-08/2024-10-13 matches --since 2024-10-10.

    Examples: koursk events --since 2024-10 · koursk events --place Koursk --status confirmed ·
    koursk events --actor umerov --json | jq '.[].id'
    """
    state = _state(ctx)
    fmt = _output_format(json_, jsonl)
    store = state.store()
    query = build_event_query(
        store,
        since=since,
        until=until,
        source=source,
        actor=actor,
        place=place,
        tag=tag,
        status=status,
        text=text,
        as_of=as_of,
        sort=sort,
        limit=limit,
        lang=lang,
    )
    from .query import match_events

    matched = match_events(store, query)
    env = state.env
    if fmt is not Format.AUTO:
        from .render.machine import write_texts

        write_texts(env.stdout, fmt, [store.event_texts[f.id] for f in matched])
        return
    found = [store.events[f.id] for f in matched]
    if not found:
        env.note("No events match these filters.")
    elif env.stdout_isatty:
        from .render.events import events_table

        events_table(env, found, lang.value)
    else:
        from .render.events import events_plain

        events_plain(env, found, lang.value)


@app.command("sources")
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
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: ActorOption = [],  # noqa: B006
    role: Annotated[
        Role,
        typer.Option(
            "--role", help="With --claim and --actor: the actor asserts the figure, its outlet reports it, or either."
        ),
    ] = Role.ANY,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """List the articles: outlet, publication date (with its uncertainty), title, and how many events and claims each
    supports. --since/--until select by publication; --actor keeps sources quoting that actor.

    Examples: koursk sources · koursk sources --claim troops · koursk sources --claim soldats --actor zelensky --json
    """
    from .lookup import resolve_entity

    state = _state(ctx)
    env = state.env
    fmt = _output_format(json_, jsonl)
    store = state.store()
    _check_window(since, until)
    actors = tuple(resolve_entity(store, a, place=False).id for a in actor)
    if claim is None:
        from .sources import run_source_query

        summaries = run_source_query(store, since=since, until=until, actors=actors)
        if fmt is not Format.AUTO:
            from .records import source_record
            from .render.machine import write_rows

            write_rows(env.stdout, fmt, [source_record(s) for s in summaries])
        elif not summaries:
            env.note("No sources match these filters.")
        elif env.stdout_isatty:
            from .render.sources import sources_table

            sources_table(env, summaries, lang.value)
        else:
            from .render.sources import sources_plain

            sources_plain(env, summaries, lang.value)
        return
    from .claims import ClaimQuery, ConflictIndex, run_claim_query, spreads
    from .lookup import resolve_topic

    topic = resolve_topic(store, claim)
    found = run_claim_query(store, ClaimQuery(topic=topic, actors=actors, role=role, since=since, until=until))
    if fmt is not Format.AUTO:
        from .records import claim_record
        from .render.machine import write_rows

        index = ConflictIndex(store.claims.values())
        rows = [claim_record(c, store, index) for c in found]
        write_rows(env.stdout, fmt, rows)
    elif not found:
        env.note(f"No claims on '{topic}' match these filters.")
    elif env.stdout_isatty:
        from .render.claims import claims_table

        claims_table(env, store, found, spreads(found))
    else:
        from .render.claims import claims_plain

        claims_plain(env, store, found)


@app.command("claims")
@guarded
def claims_command(
    ctx: typer.Context,
    lang: LangOption = Lang.EN,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
) -> None:
    """List the claim topics and measures: how many claims each has, the lowest and highest figure, and how many
    pairs conflict. Use a topic (or any alias, in English or French) with `koursk sources --claim TOPIC`.
    """
    from .claims import ClaimQuery, run_claim_query, spreads

    state = _state(ctx)
    env = state.env
    fmt = _output_format(json_, jsonl)
    store = state.store()
    found = run_claim_query(store, ClaimQuery())
    by_measure = sorted(spreads(found), key=lambda s: (s.topic, s.measure))
    if fmt is not Format.AUTO:
        from .records import spread_record
        from .render.machine import write_rows

        write_rows(env.stdout, fmt, [spread_record(s, store) for s in by_measure])
    elif env.stdout_isatty:
        from .render.sources import topics_table

        topics_table(env, store, by_measure, lang.value)
    else:
        from .render.sources import topics_plain

        topics_plain(env, by_measure)


@app.command("diff")
@guarded
def diff_command(
    ctx: typer.Context,
    source_ids: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="[SOURCE_A SOURCE_B]", help="Two sources to compare (ids, outlets or seed numbers)."),
    ] = None,
    from_: Annotated[
        Optional[Period],
        typer.Option(
            "--from", metavar="PERIOD", parser=_period, help="Date mode: what was known by the end of PERIOD…"
        ),
    ] = None,
    to: Annotated[
        Optional[Period],
        typer.Option(
            "--to", metavar="PERIOD", parser=_period, help="…compared with what was known by the end of PERIOD."
        ),
    ] = None,
    claim: Annotated[Optional[str], typer.Option("--claim", metavar="TOPIC", help="Only claims on TOPIC.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: ActorOption = [],  # noqa: B006
    place: PlaceOption = [],  # noqa: B006
    tag: TagOption = [],  # noqa: B006
    status: StatusOption = [],  # noqa: B006
    text: TextOption = None,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are differences, like git diff --exit-code.")
    ] = False,
    lang: LangOption = Lang.EN,
    json_: Annotated[bool, typer.Option("--json", help="Print the diff as one JSON object.")] = False,
) -> None:
    """Compare two articles, or what was known at two dates.

    koursk diff SOURCE_A SOURCE_B: events both report (matched through the store, never by title), events only in
    one, and claims on the same measure that agree, conflict, or differ over time.

    koursk diff --from 2024-10-31 --to 2024-11-15: treating each article as known once its whole publication window
    has passed, the sources, events and claims that appeared, and the figures revised (10,000 → 11,000). An article
    whose window straddles a boundary is listed as straddling, not silently placed.

    The event filters and --claim narrow either mode.
    """
    from .claims import ClaimQuery, run_claim_query
    from .lookup import resolve_source, resolve_topic
    from .query import run_event_query

    state = _state(ctx)
    env = state.env
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
    store = state.store()
    query = build_event_query(
        store,
        since=since,
        until=until,
        source=[],
        actor=actor,
        place=place,
        tag=tag,
        status=status,
        text=text,
        as_of=None,
    )
    events = run_event_query(store, query)
    claims = run_claim_query(store, ClaimQuery(topic=resolve_topic(store, claim) if claim else None))
    if date_mode:
        from .diff import diff_dates

        start = from_.end if from_ else date.min
        end = to.end if to else date.max
        if end < start:
            raise UsageError(
                f"--to {to.text if to else ''} ends before --from {from_.text if from_ else ''}", "swap the two dates"
            )
        result: Any = diff_dates(store, start, end, events, claims)
    else:
        from .diff import diff_sources

        first, second = (resolve_source(store, i) for i in ids)
        if first == second:
            raise UsageError(f"both sides are the same source '{first}'", "name two different sources")
        result = diff_sources(store, first, second, events, claims)
    if json_:
        from .records import date_diff_record, source_diff_record
        from .render.machine import write_json_value

        record = date_diff_record(result, store) if date_mode else source_diff_record(result, store)
        write_json_value(env.stdout, record)
    else:
        from .render.diff import date_diff_lines, print_lines, source_diff_lines

        lines = (
            date_diff_lines(store, result, lang.value) if date_mode else source_diff_lines(store, result, lang.value)
        )
        print_lines(env, lines)
    if exit_code and result.has_differences:
        raise typer.Exit(ExitStatus.ERROR)


@app.command("timeline")
@guarded
def timeline_command(
    ctx: typer.Context,
    by: Annotated[
        Grain, typer.Option("--by", help="Group events by week, month or year (by the period they start in).")
    ] = Grain.MONTH,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = [],  # noqa: B006
    actor: ActorOption = [],  # noqa: B006
    place: PlaceOption = [],  # noqa: B006
    tag: TagOption = [],  # noqa: B006
    status: StatusOption = [],  # noqa: B006
    text: TextOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = Lang.EN,
    json_: Annotated[
        bool, typer.Option("--json", help="Print the grouped periods (empty ones included) as one JSON object.")
    ] = False,
) -> None:
    """The story at a glance: a strip of events per period, then each period's events with their date at its true
    precision (7 Nov, Nov, 8–13 Oct, ~mid-Jan), a status mark and how many sources back each. Periods with nothing
    reported are shown as gaps. Takes the same filters as `koursk events`.

    Examples: koursk timeline --since 2024-10 · koursk timeline --by week --since 2024-10 --until 2024-11
    """
    from .query import run_event_query
    from .timeline import build_timeline

    state = _state(ctx)
    env = state.env
    store = state.store()
    query = build_event_query(
        store, since=since, until=until, source=source, actor=actor, place=place, tag=tag, status=status,
        text=text, as_of=as_of, lang=lang,
    )  # fmt: skip
    buckets = build_timeline(run_event_query(store, query), by, since.start if since else date.min)
    if json_:
        from .records import timeline_record
        from .render.machine import write_json_value

        write_json_value(env.stdout, timeline_record(buckets, by.value))
    elif not buckets:
        env.note("No events match these filters.")
    elif env.stdout_isatty:
        from .render.timeline import timeline_rich

        timeline_rich(env, buckets, by, lang.value)
    else:
        from .render.timeline import timeline_plain

        timeline_plain(env, buckets, lang.value)


@app.command()
@guarded
def show(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="ID", help="An event or claim id (see `koursk events`).")],
    lang: LangOption = Lang.EN,
    json_: Annotated[bool, typer.Option("--json", help="Print the record as a JSON object.")] = False,
) -> None:
    """Show one event or claim in full: its dates and how they were derived, and every quote with its source."""
    from .lookup import resolve_record_id

    state = _state(ctx)
    store = state.store()
    found = resolve_record_id(store, record_id)
    env = state.env
    if found in store.events:
        event = store.events[found]
        if json_:
            from .records import event_record
            from .render.machine import write_json_value

            write_json_value(env.stdout, event_record(event))
            return
        from .render.show import event_sections

        heading, fields, quotes = event_sections(store, event, lang.value)
        status = event.status.value
    else:
        from .claims import ConflictIndex

        claim = store.claims[found]
        index = ConflictIndex(store.claims.values())
        conflicts = index.ids(claim)
        if json_:
            from .records import claim_record
            from .render.machine import write_json_value

            write_json_value(env.stdout, claim_record(claim, store, index))
            return
        from .render.show import claim_sections

        heading, fields, quotes = claim_sections(store, claim, lang.value, conflicts)
        status = claim.status.value
    from .render.show import show_plain, show_rich

    if env.stdout_isatty:
        show_rich(env, heading, fields, quotes, status)
    else:
        show_plain(env, heading, fields, quotes)


@app.command()
@guarded
def check(
    ctx: typer.Context,
    json_: Annotated[
        bool, typer.Option("--json", help="Print the problems as a JSON array of {path, line, col, message}.")
    ] = False,
) -> None:
    """Validate the whole store: schema and types, unknown keys, unique ids, references, EDTF dates, quotes found in
    their seed articles, seed sha256, and no fact dated after the publication of every source reporting it.

    Prints one `path:line:col: message` line per problem and exits 1 if there is any.
    """
    from .store.loader import load_store, resolve_store_root

    state = _state(ctx)
    env = state.env
    root = resolve_store_root(state.store_option)
    try:
        store = load_store(root, use_cache=False)
        problems = []
    except StoreError as error:
        problems = error.problems
    if json_:
        from .render.machine import write_json_array

        write_json_array(
            env.stdout, ({"path": p.path, "line": p.line, "col": p.col, "message": p.message} for p in problems)
        )
    else:
        for problem in problems:
            env.stdout.write(f"{problem}\n")
    if problems:
        env.error(f"koursk check: {plural(len(problems), 'problem')} in {root}")
        raise typer.Exit(ExitStatus.ERROR)
    sizes: list[tuple[str, int]] = [
        ("source", len(store.sources)),
        ("entity", len(store.entities)),
        ("topic", len(store.topics)),
        ("event", len(store.events)),
        ("claim", len(store.claims)),
    ]
    counts = ", ".join(plural(count, name) for name, count in sizes)
    env.error(f"koursk check: the store is valid ({counts}; every quote found in its seed)")


from . import commands  # noqa: E402, F401 - each module in commands/ registers its commands on `app`


def main() -> None:
    app()


if __name__ == "__main__":
    main()
