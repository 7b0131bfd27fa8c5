"""The JSON shape of each record: stable snake_case keys, ISO dates. New keys may be added; none change meaning."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from . import placeholders
from .claims import (
    ConflictKind,
    ConflictTier,
    cumulative_measures,
    kind_of_conflict,
    measure_bounds,
    plain_number,
    tier_of_conflict,
    unread,
    value_bounds,
)
from .conflicts import ConflictIndex
from .fields import (
    CLAIM,
    DATE_DIFF,
    ENTITY,
    ENTITY_ROW,
    EVENT,
    SOURCE,
    SOURCE_DIFF,
    SPREAD,
    ClaimView,
    DateDiffView,
    SourceDiffView,
    SpreadView,
)
from .model import Claim, Entity, Event, Store
from .sources import SourceSummary, summarise
from .spreads import Spread, Stated

if TYPE_CHECKING:
    from .diff import DateDiff, SourceDiff
    from .profiles import EntityProfile, EntityRow, SourceProfile
    from .timeline import Bucket


def event_record(event: Event) -> dict[str, Any]:
    return EVENT.record(event)


def claim_view(claim: Claim, store: Store, conflicts: ConflictIndex, limit: int | None = None) -> ClaimView:
    """The claim with what its JSON object and its plain line need: `conflicts_with` names the first `limit`
    conflicting claims (None: all), `conflict_kinds` the kind of each, `conflict_count` counts them all. A draft's
    figure without a value (--drafts) allows no value: both bounds null."""
    published = store.sources[claim.source].published
    count, firm, same_day, named = conflicts.lookup_tiers(claim, limit)
    ids = [claim_id for claim_id, _, _ in named]
    # a StrEnum's str() is its value, without the descriptor call Python 3.11 makes of `.value` (~110,000 at 100k)
    kinds, tiers = [str(kind) for _, kind, _ in named], [str(tier) for _, _, tier in named]
    if unread(claim):
        return ClaimView(claim, None, None, published, count, ids, kinds, firm, tiers, same_day)
    low, high = value_bounds(claim)
    top = None if math.isinf(high) else plain_number(high)
    return ClaimView(claim, plain_number(low), top, published, count, ids, kinds, firm, tiers, same_day)


def claim_record(claim: Claim, store: Store, conflicts: ConflictIndex, limit: int | None = None) -> dict[str, Any]:
    """`conflicts_with` names the first `limit` conflicting claims (None: all); `conflict_count` counts them all."""
    return CLAIM.record(claim_view(claim, store, conflicts, limit))


def source_record(summary: SourceSummary) -> dict[str, Any]:
    return SOURCE.record(summary)


def entity_record(entity: Entity) -> dict[str, Any]:
    return ENTITY.record(entity)


def entity_row_record(row: EntityRow) -> dict[str, Any]:
    """`entities --json`: one entity, with how many events and asserted figures it has."""
    return ENTITY_ROW.record(row)


def event_profile_record(event: Event, figures: list[Claim]) -> dict[str, Any]:
    """`show EVENT --json`: the event as `events --json` has it, with the ids of the claims linked to it."""
    return {**event_record(event), "claim_ids": [c.id for c in figures]}


def source_profile_record(profile: SourceProfile) -> dict[str, Any]:
    """`show SOURCE --json`: the article as `sources --json` has it, with the ids of what it supports."""
    summary = SourceSummary(profile.source, len(profile.events), len(profile.claims))
    return {**SOURCE.record(summary), "event_ids": profile.events, "claim_ids": profile.claims}


def entity_profile_record(profile: EntityProfile, store: Store, conflicts: ConflictIndex) -> dict[str, Any]:
    """`show ENTITY --json`: the entity, where it lies or whom it acts for, its events, its figures over time, the ids of the figures
    others gave at or about its events (their `event:`), the articles on it."""
    return {
        **ENTITY.record(profile.entity),
        "lies_in": profile.lies_in,
        "contains": profile.contains,
        "acts_for": profile.acts_for,
        "acted_for_by": profile.acted_for_by,
        "event_ids": profile.events,
        "figures": [claim_record(c, store, conflicts) for c in profile.asserted],
        "event_claim_ids": [c.id for c in profile.linked],
        "quoted_in": profile.quoted_in,
    }


def _figures(value: float, claims: tuple[Stated, ...]) -> dict[str, Any]:
    return {
        "value": value,
        "display": claims[0].display,
        "claims": [c.id for c in claims],
        "asserted_by": sorted({a for c in claims for a in c.asserted_by}),
    }


def spread_record(spread: Spread, store: Store) -> dict[str, Any]:
    topic = placeholders.topic(store, spread.topic)
    measure = placeholders.measure(topic, spread.measure)
    description = {"en": measure.description.en, "fr": measure.description.fr} if measure else None
    view = SpreadView(
        spread,
        list(topic.aliases),
        description,
        _figures(spread.low, spread.lowest),
        _figures(spread.high, spread.highest),
        [kind_of_conflict(a, b).value for a, b in spread.conflicts],
        pair_tiers(store, spread.conflicts),
    )
    return SPREAD.record(view)


def pair_tiers(store: Store, pairs: Iterable[tuple[Claim, Claim]]) -> list[str]:
    """The tier of each conflicting pair (claims.tier_of_conflict), re-checked with its round figures widened."""
    cumulative, bounds = cumulative_measures(store.topics), measure_bounds(store.topics)
    return [tier_of_conflict(a, b, cumulative, bounds).value for a, b in pairs]


def topic_record(store: Store, topic_id: str, spreads: list[Spread]) -> dict[str, Any]:
    """`show TOPIC --json`: the topic's names and each of its measures' spread."""
    topic = store.topics[topic_id]
    return {
        "id": topic.id,
        "name": {"en": topic.name.en, "fr": topic.name.fr},
        "aliases": list(topic.aliases),
        "measures": [spread_record(s, store) for s in spreads],
    }


def _pair(store: Store, index: ConflictIndex, a: Claim, b: Claim) -> dict[str, Any]:
    return {
        "topic": a.topic,
        "measure": a.measure,
        "a": claim_record(a, store, index),
        "b": claim_record(b, store, index),
    }


def conflict_pair_record(
    claim: Callable[[Claim], dict[str, Any]], a: Claim, b: Claim, kind: ConflictKind, tier: ConflictTier
) -> dict[str, Any]:
    """One conflicting pair as both modes of `diff --json` give it, `claim` building each claim's record: the one
    builder, so a pair's tier is said one way (`tier`, the value `conflict_tiers` gives elsewhere; `firm` derived
    from it, kept one release for scripts reading it: rev37 C4)."""
    return {
        "topic": a.topic,
        "measure": a.measure,
        "kind": kind.value,
        "a": claim(a),
        "b": claim(b),
        "tier": tier.value,
        "firm": tier is ConflictTier.FIRM,
    }


def source_diff_record(diff: SourceDiff, store: Store) -> dict[str, Any]:
    index = ConflictIndex(
        store.claims.values(), cumulative=cumulative_measures(store.topics), bounds=measure_bounds(store.topics)
    )
    sides = tuple(source_record(side) for side in summarise(store, [diff.a, diff.b]))
    return SOURCE_DIFF.record(
        SourceDiffView(
            diff,
            (sides[0], sides[1]),
            lambda c: claim_record(c, store, index),
            lambda a, b: _pair(store, index, a, b),
            lambda a, b, kind, tier: conflict_pair_record(lambda c: claim_record(c, store, index), a, b, kind, tier),
        )
    )


def date_diff_record(diff: DateDiff, store: Store, index: ConflictIndex) -> dict[str, Any]:
    """Each claim's conflicts are found among `index`: the claims known by the end day (diff.conflicts_known_by), as
    `claims --as-of TO` finds them."""
    new_sources = [source_record(s) for s in summarise(store, diff.new_sources)]
    claim = partial(claim_record, store=store, conflicts=index)
    return DATE_DIFF.record(
        DateDiffView(
            diff,
            new_sources,
            claim,
            lambda a, b, kind, tier: conflict_pair_record(claim, a, b, kind, tier),
        )
    )


def period_record(bucket: Bucket, ongoing: Iterable[str] = ()) -> dict[str, Any]:
    """One period of `koursk timeline --json`; its events follow under `events` (see write_grouped_texts). `ongoing`
    names those of its events that began before --since (all in the first period), so each period (a line of
    --jsonl) says which of its are. The band of events dated only to a wide window comes last, as a period whose
    key is `wide`, from the first day any of them may be to the last (timeline.wide_band)."""
    return {
        "period": bucket.key,
        "start": bucket.start.isoformat(),
        "end": bucket.end.isoformat(),
        "count": bucket.size,
        "ongoing": list(ongoing),
    }
