"""Figures over time: for each measure of a topic, each asserter's figures by `as_of`, with the values each allows,
the conflicts and the revisions. Pure; `koursk figures` draws it, the report may too.

An asserter is who asserts a figure (an actor, or several together); a figure in the article's own voice belongs to
that article. A revision is one asserter changing its own figure later (diff.is_revision, per asserter).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from . import placeholders
from .claims import comparable, cumulative_measures, format_value, measure_bounds, plain_number, unread, value_bounds
from .conflicts import ConflictIndex
from .diff import PreviousFigures, is_revision
from .fields import FIGURE
from .model import Claim, Store


class Figure(NamedTuple):
    claim: Claim
    display: str  # `~12,000`
    low: int | float | None  # None (and `high` None): a draft's figure without a value (--drafts)
    high: int | float | None  # None: no upper bound (`≥10,000`)
    conflicts_with: list[str]
    revises: str | None  # the id of this asserter's earlier figure it changes
    conflict_kinds: list[str]  # the kind of each conflict of conflicts_with (claims.ConflictKind's values)
    conflict_tiers: list[str]  # the tier of each: `firm` or `if-exact` (claims.ConflictTier's values)


class Series(NamedTuple):
    label: str  # `National Intelligence Service`, `the article (rutte-confirms)`
    asserted_by: tuple[str, ...]
    source: str | None  # the article, for a figure in its own voice
    figures: list[Figure]  # by as_of


class History(NamedTuple):
    topic: str
    measure: str
    description: str
    unit: str
    start: date  # the earliest as_of day of any figure
    end: date  # the latest
    series: list[Series]


def _series_key(claim: Claim) -> tuple[str, ...]:
    return tuple(sorted(claim.asserted_by)) if claim.asserted_by else ("article:" + claim.source,)


def _label(store: Store, claim: Claim, lang: str) -> str:
    if not claim.asserted_by:
        return f"the article ({claim.source})"
    return " + ".join(placeholders.entity(store, a).name.get(lang) for a in claim.asserted_by)


def figure_histories(
    store: Store, claims: Iterable[Claim], lang: str = "en", compared: Iterable[Claim] | None = None
) -> list[History]:
    """One history per (topic, measure) among `claims`, in topic and measure order; each figure's conflicts are found
    among `compared` (every claim of the store when None; under --as-of, claimquery.conflict_candidates)."""
    conflicts = ConflictIndex(
        store.claims.values() if compared is None else compared,
        cumulative=cumulative_measures(store.topics),
        bounds=measure_bounds(store.topics),
    )
    by_measure: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        by_measure.setdefault((claim.topic, claim.measure), []).append(claim)
    histories = []
    for (topic_id, measure_id), group in sorted(by_measure.items()):
        group.sort(key=lambda c: (c.as_of.start, c.as_of.end, c.id))
        lanes: dict[tuple[str, ...], list[Figure]] = {}
        previous = PreviousFigures(c for c in group if comparable(c))
        for claim in group:
            before = previous.of(claim) if comparable(claim) else None  # a restatement revises nothing
            low, high = (None, None) if unread(claim) else value_bounds(claim)
            clashes = conflicts.lookup_tiers(claim).named
            figure = Figure(
                claim,
                format_value(claim),
                None if low is None else plain_number(low),
                None if high is None or math.isinf(high) else plain_number(high),
                [claim_id for claim_id, _, _ in clashes],
                before.id if before is not None and is_revision(before, claim) else None,
                [kind.value for _, kind, _ in clashes],
                [tier.value for _, _, tier in clashes],
            )
            lanes.setdefault(_series_key(claim), []).append(figure)
        topic = placeholders.topic(store, topic_id)
        measure = placeholders.measure(topic, measure_id)
        series = [
            Series(
                _label(store, figures[0].claim, lang),
                tuple(sorted(figures[0].claim.asserted_by)),
                None if figures[0].claim.asserted_by else figures[0].claim.source,
                figures,
            )
            for figures in lanes.values()
        ]
        series.sort(key=lambda s: (s.figures[0].claim.as_of.start, s.label))
        histories.append(
            History(
                topic_id,
                measure_id,
                measure.description.get(lang) if measure else "",
                group[0].unit,
                min(c.as_of.start for c in group),
                max(c.as_of.end for c in group),
                series,
            )
        )
    return histories


def history_record(history: History) -> dict[str, object]:
    """`figures --json`: one object per measure, each figure's fields from the field table (fields.FIGURE)."""
    return {
        "topic": history.topic,
        "measure": history.measure,
        "description": history.description,
        "unit": history.unit,
        "start": history.start.isoformat(),
        "end": history.end.isoformat(),
        "series": [
            {
                "label": s.label,
                "asserted_by": list(s.asserted_by),
                "source": s.source,
                "figures": [FIGURE.record(f) for f in s.figures],
            }
            for s in history.series
        ],
    }
