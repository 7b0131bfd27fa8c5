"""Group events into calendar periods for the timeline view. Pure.

An event belongs to the period in which it starts (its lower bound): a fuzzy "8 Oct – 6 Nov" event is told in
October. Every period between the first and the last is present, empty ones included, so gaps stay visible.
"""

from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from .dates import days_in_month
from .model import EventFacts


class Grain(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Bucket(NamedTuple):
    key: str  # 2024-W45, 2024-11, 2024
    start: date
    end: date
    events: tuple[EventFacts, ...]  # the renderers fetch each event as they print it


def period_of(day: date, grain: Grain) -> tuple[str, date, date]:
    if grain is Grain.YEAR:
        return f"{day.year:04d}", date(day.year, 1, 1), date(day.year, 12, 31)
    if grain is Grain.MONTH:
        last = days_in_month(day.year, day.month)
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1), day.replace(day=last)
    year, week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    return f"{year:04d}-W{week:02d}", monday, monday + timedelta(days=6)


def build_timeline(events: Sequence[EventFacts], grain: Grain, since: date = date.min) -> list[Bucket]:
    """Events (already sorted) grouped by the period they start in, from the first period to the last.

    Events that started before `since` (and overlap it) are told in the first period, so `--since` also sets where
    the timeline begins.
    """
    if not events:
        return []

    def anchor(event: EventFacts) -> date:
        return max(date.fromordinal(event.start), since)

    grouped: dict[str, list[EventFacts]] = {}
    for event in events:
        grouped.setdefault(period_of(anchor(event), grain)[0], []).append(event)
    first = min(map(anchor, events))
    last = max(map(anchor, events))
    buckets = []
    key, start, end = period_of(first, grain)
    while start <= last:
        buckets.append(Bucket(key, start, end, tuple(grouped.get(key, ()))))
        key, start, end = period_of(end + timedelta(days=1), grain)
    return buckets


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
