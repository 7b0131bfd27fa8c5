"""Group events into calendar periods for the timeline view. Pure.

An event belongs to the period in which it starts (its lower bound): a fuzzy "8 Oct – 6 Nov" event is told in
October. Every period between the first and the last is present, empty ones included, so gaps stay visible.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from heapq import heappop, heappush
from itertools import groupby
from typing import NamedTuple, TypeVar

from .dates import days_in_month


class Grain(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Bucket(NamedTuple):
    key: str  # 2024-W45, 2024-11, 2024
    start: date
    end: date
    size: int  # how many events it holds (the renderers take them from the stream, see `fill`)


def period_of(day: date, grain: Grain) -> tuple[str, date, date]:
    if grain is Grain.YEAR:
        return f"{day.year:04d}", date(day.year, 1, 1), date(day.year, 12, 31)
    if grain is Grain.MONTH:
        last = days_in_month(day.year, day.month)
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1), day.replace(day=last)
    year, week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    return f"{year:04d}-W{week:02d}", monday, monday + timedelta(days=6)


def period_key(start: int, grain: Grain, since: date = date.min) -> str:
    """The period an event starting on day `start` (an ordinal) is told in: events that started before `since`
    (and overlap it) are told in the first period, so `--since` also sets where the timeline begins."""
    return period_of(date.fromordinal(max(start, since.toordinal())), grain)[0]


def build_timeline(start_counts: Mapping[int, int], grain: Grain, since: date = date.min) -> list[Bucket]:
    """The periods from the first to the last that events start in, empty ones included, each with its count;
    `start_counts` says how many events start on each day (ordinal), so no event need be held to draw them."""
    if not start_counts:
        return []
    floor = since.toordinal()
    grouped: dict[str, int] = {}
    for day, count in start_counts.items():
        key = period_key(day, grain, since)
        grouped[key] = grouped.get(key, 0) + count
    first = date.fromordinal(max(min(start_counts), floor))
    last = date.fromordinal(max(max(start_counts), floor))
    buckets = []
    key, start, end = period_of(first, grain)
    while start <= last:
        buckets.append(Bucket(key, start, end, grouped.get(key, 0)))
        key, start, end = period_of(end + timedelta(days=1), grain)
    return buckets


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
    buckets: Sequence[Bucket], items: Iterable[T], start_of: Callable[[T], int], grain: Grain, since: date = date.min
) -> Iterator[tuple[Bucket, Iterator[T]]]:
    """Each period with its items, taken in turn from `items` (sorted by start, as the buckets were counted from):
    one pass, nothing held, so each period's items must be read before the next period is asked for."""
    groups = groupby(items, key=lambda item: period_key(start_of(item), grain, since))
    for bucket in buckets:
        if not bucket.size:
            yield bucket, iter(())
            continue
        key, members = next(groups, (None, iter(())))
        if key != bucket.key:
            raise MiscountedPeriod(f"period {bucket.key}: found events of {key}")
        yield bucket, _counted(members, bucket)
    if next(groups, None) is not None:
        raise MiscountedPeriod("events past the last period")


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
