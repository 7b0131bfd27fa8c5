"""Options shared by the commands: one definition each, reused as bundles (like sqlite-utils' option bundles),
and the resolution of their values against the store."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Collection, Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Optional, TypeVar

import typer

from ..completion import complete_actor, complete_place, complete_source, complete_tag
from ..dates import DateError, Period, parse_period
from ..errors import UsageError
from ..model import Status
from ..query import EventQuery, EventSort
from ..render.machine import Format
from ..textnorm import query_words, visible

if TYPE_CHECKING:
    from ..model import Store


class Lang(StrEnum):
    EN = "en"
    FR = "fr"


def parse_period_option(value: str) -> Period:
    """Typer parser for period options, so a bad date names its flag and exits 2."""

    try:
        return parse_period(value, today=date.today())
    except DateError as error:
        raise typer.BadParameter(str(error)) from None


def period_flag(flag: str, help_text: str) -> Any:
    """A flag that takes a PERIOD: every date flag parses and names its values the same way."""
    return typer.Option(flag, metavar="PERIOD", parser=parse_period_option, help=help_text)


def choice_flag(flag: str, help_text: str) -> Any:
    """A flag that takes one of an enum's values, in any case (`--status Confirmed`, `--lang FR`)."""
    return typer.Option(flag, case_sensitive=False, help=help_text)


SinceOption = Annotated[
    Optional[Period],
    period_flag(
        "--since",
        "From the start of PERIOD (2024, 2024-11, 2024-11-07, 2024-W45, 2024Q4, nov 2024, novembre 2024, A..B, "
        "last week: see docs/dates.md). Fuzzy dates match when they overlap.",
    ),
]
UntilOption = Annotated[
    Optional[Period], period_flag("--until", "Up to the end of PERIOD, inclusive: --until 2024-10 includes 31 October.")
]
WithinOption = Annotated[
    Optional[Period],
    period_flag(
        "--within", "Only events that lie entirely within PERIOD (--since/--until keep those that overlap it)."
    ),
]
MaxSpanOption = Annotated[
    Optional[int],
    typer.Option(
        "--max-span",
        min=1,
        metavar="DAYS",
        help="Only events whose date spans at most DAYS days (1: known to the day, 7: to the week): leaves out "
        "long-running events and those known only to the month or year.",
    ),
]
SourceOption = Annotated[
    list[str],
    typer.Option(
        "--source",
        metavar="SOURCE",
        help="Reported by this source (id, outlet, or seed number such as 003). Repeat for any of several.",
        autocompletion=complete_source,
    ),
]
ActorOption = Annotated[
    list[str],
    typer.Option(
        "--actor",
        metavar="NAME",
        help="Involving this actor (id, name or alias, any case or accents: umerov, Oumierov). "
        "Repeat for any of several.",
        autocompletion=complete_actor,
    ),
]
PlaceOption = Annotated[
    list[str],
    typer.Option(
        "--place",
        metavar="NAME",
        help="At this place or any place within it (Koursk, Soudja; Russie takes in Kursk Oblast). "
        "Repeat for any of several.",
        autocompletion=complete_place,
    ),
]
TagOption = Annotated[
    list[str],
    typer.Option("--tag", metavar="TAG", help="With this tag. Repeat for any of several.", autocompletion=complete_tag),
]
StatusOption = Annotated[list[Status], choice_flag("--status", "With this status. Repeat for any of several.")]


def _has_words(text: str | None) -> str | None:
    """A --text without a word (`''`, `-`, `!!!`) would match every event: a usage error, not the whole store."""

    if text is not None and not query_words(text):
        raise typer.BadParameter(f"{visible(repr(text))} holds no word to search for (letters or digits)")
    return text


TextOption = Annotated[
    Optional[str],
    typer.Option(
        "--text",
        metavar="WORDS",
        help="Titles or quotes holding every one of WORDS (case and accents ignored; 12000 = 12 000 = 12.000 = 12,000; troup* for words starting so).",
        callback=_has_words,
    ),
]

AsOfOption = Annotated[
    Optional[Period],
    period_flag(
        "--as-of",
        "Only what had been published by the end of PERIOD "
        "(a source counts once its whole publication window has passed).",
    ),
]
LangOption = Annotated[Lang, choice_flag("--lang", "Language of titles.")]


MAX_LIMIT = 2**63 - 1  # SQLite's largest integer


def limit_option(what: str) -> Any:
    """`-n/-L/--limit N` (git log's -n, gh's -L), with what is limited in its help. Bounded by SQLite's largest
    integer, which a LIMIT cannot exceed (a larger N was an OverflowError)."""
    return typer.Option(
        "--limit", "-n", "-L", min=1, metavar="N", help=f"At most N {what}.", callback=_within_sqlite_integers
    )


def _within_sqlite_integers(limit: int | None) -> int | None:
    if limit is not None and limit > MAX_LIMIT:
        raise typer.BadParameter(f"{limit} is too large: it must be at most {MAX_LIMIT}")
    return limit


def check_window(since: Period | None, until: Period | None, within: Period | None = None) -> None:
    if within is not None and (since is not None or until is not None):
        raise UsageError(
            "--within cannot be used with --since or --until",
            "--within PERIOD keeps events entirely inside PERIOD; --since/--until keep those that overlap",
        )
    if since and until and until.end < since.start:
        raise UsageError(f"--until {until.text} ends before --since {since.text} starts", "swap the two dates")


class EventFilters(NamedTuple):
    """The event-filter flags as typed, before they are resolved against a store: one value a command hands on."""

    since: Period | None = None
    until: Period | None = None
    source: Sequence[str] = ()
    actor: Sequence[str] = ()
    place: Sequence[str] = ()
    tag: Sequence[str] = ()
    status: Sequence[Status] = ()
    text: str | None = None
    as_of: Period | None = None
    within: Period | None = None
    max_span: int | None = None


NO_FILTERS = EventFilters()
"""The default a command declares for its `filters` parameter (the flags replace it; see event_filters)."""

# Each filter flag once: its EventFilters field, its option, and its default when not given. A new filter is a row
# here, a field of EventFilters resolved in build_event_query, and its EventQuery field and row in query.EVENT_FILTERS
# (which give its predicate and the cache's SQL): see docs/architecture.md.
_FILTER_OPTIONS: dict[str, tuple[Any, Any]] = {
    "since": (SinceOption, None),
    "until": (UntilOption, None),
    "source": (SourceOption, []),
    "actor": (ActorOption, []),
    "place": (PlaceOption, []),
    "tag": (TagOption, []),
    "status": (StatusOption, []),
    "text": (TextOption, None),
    "as_of": (AsOfOption, None),
    "within": (WithinOption, None),
    "max_span": (MaxSpanOption, None),
}
assert tuple(_FILTER_OPTIONS) == EventFilters._fields

F = TypeVar("F", bound=Callable[..., Any])


def _spliced(parameter: str, flags: dict[str, tuple[Any, Any]], make: Callable[..., Any]) -> Callable[[F], F]:
    """Give a command `flags` (name: annotation and default) in place of its `parameter`, which it is called with as
    one value, `make(**flags as given)`. Typer reads a command's flags from its signature, so the flags are spliced
    into the signature it sees (the sqlite-utils option-bundle pattern, which Typer has no public API for)."""

    def attach(command: F) -> F:
        signature = inspect.signature(command, eval_str=True)  # Typer reads evaluated annotations
        parameters = list(signature.parameters.values())
        at = [p.name for p in parameters].index(parameter)
        spliced = [
            inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=annotation, default=default)
            for name, (annotation, default) in flags.items()
        ]

        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            given = {flag.name: kwargs.pop(flag.name) for flag in spliced}
            return command(*args, **{parameter: make(**given)}, **kwargs)

        wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*parameters[:at], *spliced, *parameters[at + 1 :]]
        )
        return wrapper  # type: ignore[return-value]

    return attach


def event_filters(*, omit: Collection[str] = ()) -> Callable[[F], F]:
    """Give a command the event-filter flags in place of its `filters: EventFilters` parameter (the filters in
    `omit` are left at their defaults)."""
    unknown = set(omit) - set(_FILTER_OPTIONS)
    assert not unknown, f"no such filter: {unknown}"
    return _spliced("filters", {n: flag for n, flag in _FILTER_OPTIONS.items() if n not in omit}, EventFilters)


class Output(NamedTuple):
    """--json, --jsonl and --fields as typed: one value a command hands on (see output_flags)."""

    json: bool = False
    jsonl: bool = False
    fields: str | None = None
    choice: str = "--json to print a JSON array, --jsonl to print one JSON object per line"
    """What each of --json and --jsonl prints for this command (the hint when both are given)."""

    @property
    def format(self) -> Format:
        """AUTO (a table or plain lines) unless asked for JSON; choosing --fields asks for JSON by default."""
        if self.json and self.jsonl:
            raise UsageError("--json and --jsonl cannot be used together", f"pick one: {self.choice}")
        return Format.JSONL if self.jsonl else Format.JSON if self.json or self.fields is not None else Format.AUTO

    def selected(self, valid: tuple[str, ...]) -> tuple[str, ...] | None:
        """The --fields asked for, each one of `valid` (else a usage error naming them); None: every field."""

        from ..fields import parse_fields  # completion builds commands from these declarations: see DEFERRED

        return parse_fields(self.fields, valid) if self.fields is not None else None


NO_OUTPUT = Output()
"""The default a command declares for its `output` parameter (the flags replace it; see output_flags)."""


def output_flags(
    fields: str | None = None,
    *,
    json: str = "Print a JSON array (`[]` when empty).",
    jsonl: str = "Print one JSON object per line.",
) -> Callable[[F], F]:
    """Give a command --json, --jsonl and, when `fields` gives its help, --fields, in place of its `output: Output`
    parameter: the same output flags on every command that prints records. `json` and `jsonl` say what each prints
    (also in the hint when both are given)."""
    flags: dict[str, tuple[Any, Any]] = {
        "json_": (Annotated[bool, typer.Option("--json", help=json)], False),
        "jsonl": (Annotated[bool, typer.Option("--jsonl", help=jsonl)], False),
    }
    if fields is not None:
        flags["fields"] = (Annotated[Optional[str], typer.Option("--fields", metavar="FIELDS", help=fields)], None)
    choice = f"--json to {json[0].lower()}{json[1:].rstrip('.')}, --jsonl to {jsonl[0].lower()}{jsonl[1:].rstrip('.')}"
    return _spliced("output", flags, lambda json_, jsonl, fields=None: Output(json_, jsonl, fields, choice))


def build_event_query(
    store: Store,
    filters: EventFilters,
    *,
    sort: EventSort = EventSort.DATE,
    limit: int | None = None,
    lang: Lang = Lang.EN,
) -> EventQuery:
    """Resolve the event filters against the store; unknown names raise UsageError with a hint."""
    from ..lookup import resolve_entity, resolve_places, resolve_source, resolve_tag

    check_window(filters.since, filters.until, filters.within)
    if sort is EventSort.RELEVANCE and filters.text is None:
        raise UsageError(
            "--sort relevance ranks the matches of --text", 'add --text WORDS, e.g. --text "troupes koursk"'
        )
    return EventQuery(
        since=filters.since,
        until=filters.until,
        sources=tuple(resolve_source(store, s) for s in filters.source),
        actors=tuple(resolve_entity(store, a, place=False).id for a in filters.actor),
        places=tuple(dict.fromkeys(found for p in filters.place for found in resolve_places(store, p))),
        tags=tuple(resolve_tag(store, t) for t in filters.tag),
        statuses=tuple(filters.status),
        text=filters.text,
        as_of=filters.as_of,
        within=filters.within,
        max_span=filters.max_span,
        sort=sort,
        limit=limit,
        lang=lang.value,
    )
