"""`koursk timeline`: a density strip, then events grouped by period, with gaps shown, on a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .. import lazy_rich as rich
from ..dates import Period
from ..environment import Environment
from ..fields import Field, Kind
from ..humanize import colon, human_date, human_day, human_month, month_names
from ..model import Event, Status
from ..textnorm import visible
from ..timeline import WIDE_DAYS, Bucket, Grain, Reach, Windows, density_strip, wide_into
from ..words import LEGEND, count_said, counted
from .events import reaching_back
from .layout import packed, print_records
from .lines import Localised, write_lines
from .styles import (
    DATE_STYLE,
    DRAFT_COLUMN,
    MUTED,
    STATUS_COLUMN,
    STATUS_MARK,
    STATUS_STYLE,
    draft_text,
    draft_value,
    status_legend,
)


def period_label(bucket: Bucket, grain: Grain, lang: str = "en") -> str:
    if grain is Grain.YEAR:
        return bucket.key
    if grain is Grain.MONTH:
        return human_month(bucket.start, lang)
    return f"{bucket.key} · {human_date_range(bucket, lang)}"


def human_date_range(bucket: Bucket, lang: str = "en") -> str:
    start, end, months = bucket.start, bucket.end, month_names(lang)
    if start.month == end.month:
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"
    left = f"{start.day} {months[start.month - 1]}" + (f" {start.year}" if start.year != end.year else "")
    return f"{left} – {end.day} {months[end.month - 1]} {end.year}"


Periods = Iterable[tuple[Bucket, Iterable[Event]]]
"""Each period with its events, to be read in turn (see timeline.fill): they are built as they are printed."""


def print_timeline(
    env: Environment,
    buckets: Sequence[Bucket],
    periods: Periods,
    grain: Grain,
    lang: str,
    ongoing: Sequence[Event],
    since: Period | None,
    windows: Windows,
) -> None:
    """The density strip, the events that begin before `since`, each period and the wide band on a terminal (the
    events' `windows` say which of the band may fall in a gap); one line per event in a pipe."""
    if env.stdout_isatty:
        timeline_rich(env, buckets, periods, grain, lang, windows, ongoing, since)
    else:
        timeline_plain(env, periods, lang, since)


TIMELINE_LINE: Kind[Localised[tuple[str, Event]]] = Kind(
    "timeline_line",
    (
        Field(
            "period",
            "the period it is listed under (`2024-11`, `2024-W45`, `2024`), `before` for an event that begins "
            "before --since (under way then, or dated only loosely: a terminal lists them apart), or `wide` for one "
            f"dated only to a window of more than {WIDE_DAYS} days (listed after the periods, in none of them)",
            lambda r: r.record[0],
        ),
        Field("id", "the event's id", lambda r: r.record[1].id),
        Field("date", "its date (EDTF)", lambda r: r.record[1].date.text),
        Field("start", "the first day it may be (ISO)", lambda r: r.record[1].date.start.isoformat()),
        Field("end", "the last day it may be (ISO)", lambda r: r.record[1].date.end.isoformat()),
        Field("status", STATUS_COLUMN, lambda r: r.record[1].status.value),
        Field("sources", "how many articles report it", lambda r: str(len(r.record[1].sources))),
        Field("title", "its title in `--lang`", lambda r: r.record[1].title.get(r.lang)),
        Field("draft", DRAFT_COLUMN, lambda r: draft_value(r.record[1].draft)),
    ),
)
"""`koursk timeline` in a pipe: one event per line, under each period it is listed in."""


BEFORE = "before"
"""The period column of an event that begins before --since: counted in the first period, it did not begin there
(rev32 R18: grouped by that column, they read as events of the first month)."""


def timeline_plain(env: Environment, periods: Periods, lang: str, since: Period | None = None) -> None:
    floor = since.start if since is not None else None

    def period(bucket: Bucket, event: Event) -> str:
        return BEFORE if floor is not None and event.date.start < floor else bucket.key

    write_lines(
        env,
        TIMELINE_LINE,
        (Localised((period(bucket, event), event), lang) for bucket, events in periods for event in events),
    )


def _gaps_and_groups(buckets: Sequence[Bucket]) -> list[tuple[Bucket, Bucket | None]]:
    """Runs of empty periods collapse into one (first, last) gap; non-empty periods stand as (bucket, None)."""
    runs: list[tuple[Bucket, Bucket | None]] = []
    gap_start: Bucket | None = None
    for index, bucket in enumerate(buckets):
        if not bucket.size:
            gap_start = gap_start or bucket
            if index + 1 == len(buckets) or buckets[index + 1].size:
                runs.append((gap_start, bucket))
                gap_start = None
        else:
            runs.append((bucket, None))
    return runs


def _event_row(
    event: Event, lang: str, *, year: bool = False, told_in: tuple[Bucket, Grain] | None = None
) -> tuple[rich.Text, rich.Text, rich.Text]:
    body = draft_text(event.draft)
    body.append(visible(event.title.get(lang)))
    body.append(f"  ·{len(event.sources)}", style=MUTED)
    if told_in and event.date.first.end > told_in[0].end:  # its start is known only to a longer span than the period
        body.append(f"\n{_coarse(event, told_in[1], lang)}", style=MUTED)
    return (
        rich.Text(human_date(event.date, year=year, lang=lang), style=DATE_STYLE),
        rich.Text(STATUS_MARK[event.status], style=STATUS_STYLE[event.status]),
        body,
    )


def _band_heading(band: Bucket, lang: str) -> rich.Text:
    """The heading over the events dated only to a wide window (rev37u U6): told under their first month, they read
    as dated to it."""
    said = LEGEND[lang]["wide"].format(start=human_day(band.start, lang), end=human_day(band.end, lang))
    heading = rich.Text(said, style="bold")
    heading.append(f"  {counted(band.size, 'event', lang)}", style=MUTED)
    return heading


def _coarse(event: Event, grain: Grain, lang: str) -> str:
    """What an event filed in a period shorter than its date's precision is: told in the period of its first day, it
    may begin in any of them."""
    start = human_date(event.date._replace(last=event.date.first), lang=lang)
    return LEGEND[lang][f"coarse {_UNITS[grain]}"].format(start=start)


def _gap(reaching: int, loose: int, lang: str) -> str:
    """What an empty period means: nothing at all, or nothing told there while earlier events may reach it or
    events of the wide band below may fall in it."""
    words = LEGEND[lang]
    if not reaching and not loose:
        return words["nothing reported"]
    parts = [count_said("may reach", reaching, lang)] * bool(reaching) + [count_said("may fall", loose, lang)] * bool(
        loose
    )
    return words["nothing begins"].format(parts=words["; "].join(parts))


_UNITS = {Grain.WEEK: "week", Grain.MONTH: "month", Grain.YEAR: "year"}


def _density(env: Environment, console: rich.Console, buckets: Sequence[Bucket], grain: Grain, lang: str) -> None:
    """How many events each period holds, as a strip of block characters. When every period's label fits under its
    own column, each column is widened to its label and all are named (rev37u U18: a 4-column strip under 17
    characters of first and last labels put "Jan 2025" nine columns right of its bar); else the first and last."""

    counts = [b.size for b in buckets]
    width = max(10, console.width - 2)
    unit = _UNITS[grain]
    label = (lambda b: b.key) if grain is Grain.WEEK else (lambda b: period_label(b, grain, lang))  # a week's is long
    names = [label(b) for b in buckets]
    cell = max(len(name) for name in names)
    if len(counts) * (cell + 1) - 1 <= width:  # one labelled column per period
        strip = " ".join(block * cell for block in density_strip(counts, len(counts)))
        labels = " ".join(name.ljust(cell) for name in names).rstrip()
        per_cell = LEGEND[lang][f"one {unit} named"]
    else:
        strip = density_strip(counts, width)
        merged = -(-len(counts) // width)
        per_cell = counted(merged, unit, lang) if merged > 1 else LEGEND[lang][f"one {unit}"]
        first, last = names[0], names[-1]
        padding = max(1, len(strip) - len(first) - len(last))
        labels = f"{first}{' ' * padding}{last}"
    said = LEGEND[lang]["density"].format(unit=LEGEND[lang].get(unit, unit), cell=per_cell, top=max(counts))
    console.print(rich.Text(said, style=MUTED))
    console.print(rich.Text(strip.rstrip(), style="bold cyan" if env.color else ""))
    console.print(rich.Text(labels, style=MUTED))


def timeline_rich(
    env: Environment,
    buckets: Sequence[Bucket],
    periods: Periods,
    grain: Grain,
    lang: str,
    windows: Windows,
    ongoing: Sequence[Event] = (),
    since: Period | None = None,
) -> None:
    console = env.console()
    floor = since.start if since is not None else date.min
    if buckets:
        _density(env, console, buckets, grain, lang)
    reach = Reach()
    shown: set[Status] = set()  # the statuses of the events shown, which the legend explains
    if ongoing and since is not None:
        console.print()
        console.print(reaching_back(since, len(ongoing), lang))
        print_records(console, [_event_row(event, lang, year=True) for event in ongoing], spaced=False, indent=2)
        for event in ongoing:
            reach.add(event.date.end)
            shown.add(event.status)
    unit = _UNITS[grain]
    filled = iter(periods)  # every bucket in turn, empty ones too
    for bucket, gap_end in _gaps_and_groups(buckets):
        console.print()
        if gap_end is not None:
            count = len([b for b in buckets if bucket.start <= b.start <= gap_end.start])
            for _ in range(count):
                next(filled)
            label = (lambda b: b.key) if grain is Grain.WEEK else (lambda b: period_label(b, grain, lang))
            span = label(bucket) if gap_end is bucket else f"{label(bucket)} – {label(gap_end)}"
            loose = wide_into(windows, bucket.start, gap_end.end, floor)
            said = _gap(reach.into(bucket.start), loose, lang)
            console.print(rich.Text(f"┆ {span} ({counted(count, unit, lang)}){colon(lang)}{said}", style=MUTED))
            continue
        heading = rich.Text(period_label(bucket, grain, lang), style="bold")
        heading.append(f"  {counted(bucket.size, 'event', lang)}", style=MUTED)
        console.print(heading)
        _, events = next(filled)
        rows = []
        for event in events:
            rows.append(_event_row(event, lang, told_in=(bucket, grain)))
            reach.add(event.date.end)
            shown.add(event.status)
        print_records(console, rows, spaced=False, indent=2)
    for band, members in filled:  # the wide band, when there is one: after every period
        console.print()
        console.print(_band_heading(band, lang))
        undated = list(members)
        shown.update(event.status for event in undated)
        print_records(console, [_event_row(event, lang, year=True) for event in undated], spaced=False, indent=2)
    console.print()
    for line in status_legend("event", shown, lang):
        console.print(rich.Text(line, style=MUTED))
    for line in packed(LEGEND[lang]["timeline"].split(" · "), console.width):  # an item is never cut in two
        console.print(rich.Text(line, style=MUTED))
