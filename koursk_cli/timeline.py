"""Group events into calendar periods for the timeline view. Pure.

An event belongs to the period in which it starts (its lower bound): a fuzzy "8 Oct – 6 Nov" event is told in
October. Every period between the first and the last is present, empty ones included, so gaps stay visible. An event
dated only to a window wider than WIDE_DAYS is told in no period but in the wide band after them (rev37u U6): under
the heading of its first month it read as dated to that month.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from heapq import heappop, heappush
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple, TypeVar

from .dates import days_in_month


class Grain(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_YEAR, _MONTH = Grain.YEAR, Grain.MONTH  # read once: a timeline labels every event (a class attribute of an enum is
# a descriptor call in Python 3.11)


class Bucket(NamedTuple):
    key: str  # 2024-W45, 2024-11, 2024
    start: date
    end: date
    size: int  # how many events it holds (the renderers take them from the stream, see `fill`)


WIDE = "wide"
"""The key of the band after the periods that holds the events dated only to a wide window (see `in_band`)."""

WIDE_DAYS = 92
"""The widest window still told in the period it starts in: three calendar months (92 days at most, Jul-Sep or
Oct-Dec), so a date known to a month, a quarter or a season keeps its heading and one of four months or more does not.
In the shipped store no window lies between 92 and 121 days, so the line falls in a gap."""


def in_band(start: int, end: int, since: date = date.min) -> bool:
    """Whether an event from day `start` to day `end` (ordinals) is told in the wide band: dated only to more than
    WIDE_DAYS days (rev37u U6), and not begun before `since` (then it is told first, as begun before)."""
    return start >= since.toordinal() and end - start + 1 > WIDE_DAYS


def period_label(day: date, grain: Grain) -> str:
    """The key of the period `day` is in: `2025`, `2025-01` or `2025-W03`."""
    if grain is _YEAR:
        return f"{day.year:04d}"
    if grain is _MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period_of(day: date, grain: Grain) -> tuple[str, date, date]:
    """The period `day` is in: its key (period_label), first and last day."""
    if grain is Grain.YEAR:
        first, last = date(day.year, 1, 1), date(day.year, 12, 31)
    elif grain is Grain.MONTH:
        first, last = day.replace(day=1), day.replace(day=days_in_month(day.year, day.month))
    else:
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
    return period_label(day, grain), first, last


def period_key(start: int, grain: Grain, since: date = date.min) -> str:
    """The period an event starting on day `start` (an ordinal) is told in: events that started before `since`
    (and overlap it) are told in the first period, so `--since` also sets where the timeline begins. Only the key is
    made: a timeline files every event it tells by it."""
    return period_label(date.fromordinal(max(start, since.toordinal())), grain)


def filed_in(start: int, end: int, grain: Grain, since: date = date.min) -> str:
    """The key of the period an event from day `start` to day `end` (ordinals) is told in, or WIDE. The one rule
    every timeline (terminal, pipe, JSON, report) files by. An event that began before `since` stays in the first
    period, which a terminal shows apart as "began, or may have happened, before" whatever its width."""
    if in_band(start, end, since):
        return WIDE
    return period_key(start, grain, since)


Windows = Mapping[tuple[int, int], int]
"""How many matching events have each window (first day, last day: ordinals): query.window_counts."""


def build_timeline(windows: Windows, grain: Grain, since: date = date.min) -> list[Bucket]:
    """The periods from the first to the last that events are told in, empty ones included, each with its count;
    `windows` says how many events have each window, so no event need be held to draw them. The events of the wide
    band are left out (see `wide_band`)."""
    floor = since.toordinal()
    grouped: dict[str, int] = {}
    starts = []
    for (day, until), count in windows.items():
        told = filed_in(day, until, grain, since)
        if told != WIDE:
            grouped[told] = grouped.get(told, 0) + count
            starts.append(day)
    if not starts:
        return []
    first = date.fromordinal(max(min(starts), floor))
    last = date.fromordinal(max(max(starts), floor))
    buckets = []
    key, start, end = period_of(first, grain)
    while start <= last:
        buckets.append(Bucket(key, start, end, grouped.get(key, 0)))
        key, start, end = period_of(end + timedelta(days=1), grain)
    return buckets


def wide_band(windows: Windows, since: date = date.min) -> Bucket | None:
    """The band of the events dated only to a wide window, from the first day any may be to the last; None when
    there are none."""
    wide = [(day, end, count) for (day, end), count in windows.items() if in_band(day, end, since)]
    if not wide:
        return None
    first = date.fromordinal(min(day for day, _, _ in wide))
    last = date.fromordinal(max(end for _, end, _ in wide))
    return Bucket(WIDE, first, last, sum(count for _, _, count in wide))


def wide_into(windows: Windows, start: date, end: date, since: date = date.min) -> int:
    """How many events of the wide band may fall in the days `start`-`end`: a period where nothing is told may
    still hold one of them."""
    first, last = start.toordinal(), end.toordinal()
    return sum(
        count
        for (day, until), count in windows.items()
        if day <= last and until >= first and in_band(day, until, since)
    )


T = TypeVar("T")


class Reach:
    """How many of the events told so far may reach into a later period: an event is told where it starts, and its
    interval can run past that period ("8 Oct – 6 Nov", or a day somewhere in it), so a period where nothing starts
    is not a period where nothing happened. Periods are asked in order, so an end before one is dropped for good."""

    def __init__(self) -> None:
        self._ends: list[date] = []

    def add(self, end: date) -> None:
        heappush(self._ends, end)

    def into(self, start: date) -> int:
        while self._ends and self._ends[0] < start:
            heappop(self._ends)
        return len(self._ends)


class MiscountedPeriod(Exception):
    """The events streamed into a period are not as many as its count said (a damaged cache index)."""


def fill(
    buckets: Sequence[Bucket],
    items: Iterable[T],
    window_of: Callable[[T], tuple[int, int]],
    grain: Grain,
    since: date = date.min,
    band: Bucket | None = None,
) -> Iterator[tuple[Bucket, Iterator[T]]]:
    """Each period with its items, taken in turn from `items` (sorted by start, as the buckets were counted from),
    then the wide `band` with the items set aside for it: one pass, holding only the band's items (few: dated to more
    than three months), so each period's items must be read before the next period is asked for."""
    aside: list[T] = []

    def told() -> Iterator[tuple[str, T]]:  # each item with its period, filed once; the band's set aside
        for item in items:
            key = filed_in(*window_of(item), grain, since)
            if key == WIDE:
                aside.append(item)
            else:
                yield key, item

    groups = groupby(told(), key=itemgetter(0))
    for bucket in buckets:
        if not bucket.size:
            yield bucket, iter(())
            continue
        key, members = next(groups, (None, iter(())))
        if key != bucket.key:
            raise MiscountedPeriod(f"period {bucket.key}: found events of {key}")
        yield bucket, _counted(map(itemgetter(1), members), bucket)
    if next(groups, None) is not None:
        raise MiscountedPeriod("events past the last period")
    if band is not None:
        yield band, _counted(iter(aside), band)
    elif aside:
        raise MiscountedPeriod(f"{len(aside)} events of a wide window, not counted")


def _counted(members: Iterator[T], bucket: Bucket) -> Iterator[T]:
    seen = 0
    for item in members:
        seen += 1
        if seen > bucket.size:
            raise MiscountedPeriod(f"period {bucket.key}: more than {bucket.size} events")
        yield item
    if seen != bucket.size:
        raise MiscountedPeriod(f"period {bucket.key}: {seen} events, not {bucket.size}")


def density_strip(counts: Sequence[int], width: int) -> str:
    """One block character per period (▁ to █, a space for none), merging neighbours when there are more periods
    than `width` columns."""
    if not counts or width <= 0:
        return ""
    per_cell = -(-len(counts) // width)
    cells = [sum(counts[i : i + per_cell]) for i in range(0, len(counts), per_cell)]
    top = max(cells) or 1
    blocks = "▁▂▃▄▅▆▇█"
    return "".join(" " if c == 0 else blocks[min(len(blocks) - 1, (c * len(blocks) - 1) // top)] for c in cells)
