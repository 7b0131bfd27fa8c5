"""The event-filter bundle: each filter flag once (its row in FILTERS), spliced into every command that takes
them (`@event_filters()`), handed on as one EventFilters value and resolved against the store into a
query.EventQuery. Typer-free, as the fast path (commands/entry.py) runs `events` through it."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Collection, Sequence
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from ..claimfilters import CLAIM_FILTERS
from ..dates import WIDEST_SPAN, DateError, Period, is_relative, parse_period
from ..errors import UsageError
from ..humanize import human_date, human_day
from ..known import straddling
from ..model import STATUS_MEANING, Status
from ..query import EventQuery, EventSort
from ..textnorm import MAX_QUERY_WORDS, query_problem, query_words, visible
from .flags import BadValue, Flag, utf8_text, whole_number

if TYPE_CHECKING:
    from ..environment import Environment
    from ..model import Source, Store
    from .options import F


def period_value(value: str) -> Period:
    """Every PERIOD flag's parser: a bad date names its flag and exits 2."""
    try:
        return parse_period(value, today=date.today())
    except DateError as error:
        raise BadValue(str(error)) from None


def _has_words(text: str | None) -> str | None:
    """--text: one without a word (`''`, `-`, `!!!`) would match every event: a usage error, not the whole store. One
    of thousands of words is refused too: SQLite's full-text search grows faster than their number (1,000 `t*` took
    29 s of CPU on 8,000 events), and no one types that many. Its words are free text (utf8_text)."""
    if text is None:
        return text
    if (problem := query_problem(text)) is not None:
        raise BadValue(f"{visible(repr(text))}: {visible(problem)}")
    words = sum(len(word.split()) for term in query_words(text) for word, _ in term)
    if not words:
        raise BadValue(f"{visible(repr(text))} holds no word to search for (letters or digits)")
    if words > MAX_QUERY_WORDS:
        raise BadValue(f"{words:,} words to search for; at most {MAX_QUERY_WORDS}, the most telling ones")
    return utf8_text(text)


def period(name: str, help: str) -> Flag:
    """A flag that takes a PERIOD: every date flag parses and names its values the same way."""
    return Flag(name, ("--" + name.replace("_", "-"),), help, period_value, "PERIOD")


STATUS_HELP = "With this status. Repeat for any of several. " + "; ".join(
    f"{status.value}: {meaning}" for status, meaning in STATUS_MEANING["en"].items()
)
"""What each status says, in --status's help (model.STATUS_MEANING, rev30 U5)."""

FILTERS: tuple[Flag, ...] = (
    period(
        "since",
        "From the start of PERIOD (2024, 2024-11, 2024-11-07, 2024-W45, 2024Q4, nov 2024, novembre 2024, A..B, "
        "last week: see `koursk docs dates`). Fuzzy dates match when they overlap.",
    ),
    period("until", "Up to the end of PERIOD, inclusive: --until 2024-10 includes 31 October."),
    Flag(
        "source",
        ("--source",),
        "Reported by this source: an id, a seed number such as 003, or an outlet (every article of it). Repeat "
        "for any of several.",
        metavar="SOURCE",
        default=[],
        repeated=True,
        complete="complete_source",
    ),
    Flag(
        "actor",
        ("--actor",),
        "Involving this actor or one acting for it (id, name or alias, any case or accents: umerov, Oumierov; "
        "Séoul takes in South Korea's NIS, --actor nis is the NIS alone). Repeat for any of several.",
        metavar="NAME",
        default=[],
        repeated=True,
        complete="complete_actor",
    ),
    Flag(
        "speaker",
        ("--speaker",),
        "With a quote this actor, or one acting for it, speaks in (who said something, where --actor is who "
        "acted: --speaker rutte finds the deployment to Kursk he confirmed; a figure's asserter). Repeat for any of "
        "several.",
        metavar="NAME",
        default=[],
        repeated=True,
        complete="complete_actor",
    ),
    Flag(
        "place",
        ("--place",),
        "At this place or any place within it (Koursk, Soudja; Russie takes in Kursk Oblast). "
        "Repeat for any of several.",
        metavar="NAME",
        default=[],
        repeated=True,
        complete="complete_place",
    ),
    Flag(
        "tag",
        ("--tag",),
        "With this tag. Repeat for any of several.",
        metavar="TAG",
        default=[],
        repeated=True,
        complete="complete_tag",
    ),
    Flag("status", ("--status",), STATUS_HELP + ".", default=[], repeated=True, choices=Status),
    Flag(
        "text",
        ("--text",),
        "Titles or quotes (a claim's quote) holding every one of WORDS (case and accents ignored; 12000 = 12 000 = "
        '12.000 = 12,000; troup* for words starting so; (nis jcs) for either; "troupes nord" for words in a row). A '
        "one-word name of an actor or place finds its other one-word names too: Kursk also finds Koursk, Umerov "
        "Oumierov, Kiev Ukraine; a name of several words finds each of its names, words in a row: Corée du Nord also "
        "finds North Korea and Pyongyang, Vladimir Poutine Putin.",
        metavar="WORDS",
        check=_has_words,
    ),
    period(
        "as_of",
        "Only what had been published by the end of PERIOD (an article counts once its whole publication window has "
        "passed; a terminal is told which articles whose window straddles that day it leaves out): the events and "
        "figures its articles report, each event with only their quotes and sources, "
        "conflicts found among those figures. Dates, date bases, statuses, titles and notes (of events, figures "
        "and articles) stay the store's reading of every article today.",
    ),
    period(
        "within",
        "Only events that lie entirely within PERIOD (--since/--until keep those that overlap it); claims whose "
        "article was published in PERIOD.",
    ),
    Flag(
        "max_span",
        ("--max-span",),
        "Only events whose date spans at most DAYS days (1: known to the day, 7: to the week): leaves out "
        "long-running events and those known only to the month or year.",
        whole_number(1, WIDEST_SPAN),
        "DAYS",
    ),
)
"""The event filters (EventFilters, field for field, in its order)."""


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
    speaker: Sequence[str] = ()
    place: Sequence[str] = ()
    tag: Sequence[str] = ()
    status: Sequence[Status] = ()
    text: str | None = None
    as_of: Period | None = None
    within: Period | None = None
    max_span: int | None = None

    @classmethod
    def given(cls, **values: Any) -> EventFilters:
        """The filters from the flags as parsed, a repeated flag's values as a tuple (Typer hands a list, `[]` when
        none was given): so filters equal NO_FILTERS exactly when no filter was given (`topics` then reads every
        claim in one pass)."""
        typed: dict[str, Any] = {name: tuple(v) if isinstance(v, list) else v for name, v in values.items()}
        return cls(**typed)

    def flags(self) -> set[str]:
        """The flags given, as typed (`--place`, `--max-span`)."""
        return {"--" + name.replace("_", "-") for name, value in self._asdict().items() if value not in (None, ())}

    def typed(self, limit: int | None = None) -> tuple[str, ...]:
        """The filters as a reader would retype them, one per flag given, each value quoted as a shell needs it:
        `--since 2024-10`, `--text 'troupes koursk'` (a period is one value, as typed, never its first and last days).
        What a file made from them says made it (the report's header, `export markdown`'s)."""
        shown = []
        for name, value in (*self._asdict().items(), ("limit", limit)):
            flag = "--" + name.replace("_", "-")
            for item in value if isinstance(value, list | tuple) and not isinstance(value, Period) else [value]:
                if item is not None:
                    text = (
                        item.text if isinstance(item, Period) else item.value if isinstance(item, Enum) else str(item)
                    )
                    shown.append(f"{flag} {shlex.quote(text)}")
        return tuple(shown)


NO_FILTERS = EventFilters()
"""The default a command declares for its `filters` parameter (the flags replace it; see event_filters)."""

# Each filter flag once, as a row of FILTERS, in EventFilters' order. A new filter is a row there, a field of
# EventFilters resolved in build_event_query, and its EventQuery field and row in query.EVENT_FILTERS (which give its
# predicate and the cache's SQL): see docs/architecture.md.
assert tuple(flag.name for flag in FILTERS) == EventFilters._fields


CLAIMLESS = frozenset(row.flag[2:].replace("-", "_") for row in CLAIM_FILTERS.values() if not row.sets)
"""The filters that cannot select a claim (claimfilters.CLAIM_FILTERS), by EventFilters field: a listing of claims takes
them hidden, to refuse them with the reason."""
assert set(EventFilters._fields) >= CLAIMLESS


def event_filters(*, omit: Collection[str] = (), hide: Collection[str] = ()) -> Callable[[F], F]:
    """Give a command the event-filter flags in place of its `filters: EventFilters` parameter (the filters in
    `omit` are left at their defaults, those in `hide` taken but left out of --help and completion)."""
    from .options import spliced, typer_parameter  # Typer: not on the fast path, which reads the rows itself

    unknown = (set(omit) | set(hide)) - set(EventFilters._fields)
    assert not unknown, f"no such filter: {unknown}"
    rows = {flag.name: typer_parameter(flag, hide=flag.name in hide) for flag in FILTERS if flag.name not in omit}
    return spliced("filters", rows, EventFilters.given)


def build_event_query(
    store: Store,
    filters: EventFilters,
    *,
    sort: EventSort = EventSort.DATE,
    limit: int | None = None,
    lang: str = "en",
) -> EventQuery:
    """Resolve the event filters against the store; unknown names raise UsageError with a hint."""
    from ..lookup import resolve_sources, resolve_tag, resolve_within, text_with_names

    check_window(filters.since, filters.until, filters.within)
    if sort is EventSort.RELEVANCE and filters.text is None:
        raise UsageError(
            "--sort relevance ranks the matches of --text", 'add --text WORDS, e.g. --text "troupes koursk"'
        )
    return EventQuery(
        since=filters.since,
        until=filters.until,
        sources=tuple(dict.fromkeys(found for s in filters.source for found in resolve_sources(store, s))),
        actors=resolve_within(store, filters.actor, place=False),
        speakers=resolve_within(store, filters.speaker, place=False),
        places=resolve_within(store, filters.place, place=True),
        tags=tuple(resolve_tag(store, t) for t in filters.tag),
        statuses=tuple(filters.status),
        text=None if filters.text is None else text_with_names(store, filters.text),
        as_of=filters.as_of,
        within=filters.within,
        max_span=filters.max_span,
        sort=sort,
        limit=limit,
        lang=lang,
    )


def left_out_by(store: Store, as_of: Period, sources: Collection[str] = ()) -> list[Source]:
    """The articles (of `sources`, when given) --as-of leaves out though they may already have been out by its last
    day: their publication window straddles it (known.straddling)."""
    return [s for s in straddling(store.sources.values(), as_of.end) if not sources or s.id in sources]


STRADDLING_NAMED = 3
"""At most this many articles the --as-of note names; it counts the others."""


def note_straddling(env: Environment, store: Store, as_of: Period | None, sources: Collection[str] = ()) -> None:
    """Under --as-of, say on a terminal's stderr, in one line, which articles (of `sources`, when given) it leaves
    out though they may already have been out: their publication window straddles the day (known.straddling), as
    `diff` says of --to (rev32 R13). Never on stdout, so a pipe's records are the same."""
    if as_of is None or not env.stderr_isatty:
        return
    found = left_out_by(store, as_of, sources)
    if not found:
        return
    named = ", ".join(f"{s.id} (published {human_date(s.published)})" for s in found[:STRADDLING_NAMED])
    more = f" and {len(found) - STRADDLING_NAMED} more" if len(found) > STRADDLING_NAMED else ""
    env.note(
        f"koursk: --as-of {human_day(as_of.end)} leaves out {named}{more}, which may already have been out: an "
        "article counts once its whole publication window has passed"
    )


def _span(period: Period) -> str:
    start, end = period.start, period.end
    if start == date.min:
        return f"up to {human_day(end)}"
    if end == date.max:
        return f"from {human_day(start)} on"
    return human_day(start) if start == end else f"{human_day(start)} – {human_day(end)}"


def no_match(noun: str, store: Store, filters: EventFilters, lang: str = "en", topic: str = "") -> str:
    """What a listing that selects nothing says: `No events match these filters.`, and, when a period was given in
    words that count from today (`--since yesterday`), what each resolved to and when the store's articles were
    published (rev32 R18: "No events match" alone, a month after the store's last article, read as a fault)."""
    given = [
        f"--{name.replace('_', '-')} {period.text} is {_span(period)}"
        for name in ("since", "until", "within", "as_of")
        if (period := getattr(filters, name)) is not None and is_relative(period.text)
    ]
    from ..words import LEGEND  # only when nothing matched: the `events --json` path reads no words

    said = LEGEND[lang][f"no {noun}"].format(topic=LEGEND[lang]["on topic"].format(topic=topic) if topic else "")
    if not given or not store.sources:
        return said
    published = [s.published for s in store.sources.values()]
    first, last = min(p.start for p in published), max(p.end for p in published)
    return (
        f"{said[:-1]} ({'; '.join(given)}; the store's articles were published {human_day(first)} – {human_day(last)})."
    )
