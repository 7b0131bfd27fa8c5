"""Two diffs users ask for: how two articles' accounts differ, and what became known between two dates. Pure.

Source mode matches events only through the store (an event both articles report carries evidence from both);
titles are never compared. Claims are paired on the same topic and measure (see claims.py for agreement rules).

Date mode treats each article as known from its publication. An article whose publication window straddles a
boundary cannot be placed on either side: it is listed as straddling, and its events and claims are not counted as
new (nor as already known) until the window lies wholly inside the compared period.
"""

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from .claimquery import claim_order
from .claims import compatible, conflict, nominal, same_asserter
from .known import event_known, known_by
from .model import Claim, Event, Source, Store, ValueKind


class SourceDiff(NamedTuple):
    a: Source
    b: Source
    both: tuple[Event, ...]
    only_a: tuple[Event, ...]
    only_b: tuple[Event, ...]
    agree: tuple[tuple[Claim, Claim], ...]
    conflicts: tuple[tuple[Claim, Claim], ...]
    differ: tuple[tuple[Claim, Claim], ...]
    """Same measure, different values, for periods that do not overlap: a change over time, not a conflict."""
    claims_only_a: tuple[Claim, ...]
    claims_only_b: tuple[Claim, ...]

    @property
    def has_differences(self) -> bool:
        return bool(
            self.only_a or self.only_b or self.conflicts or self.differ or self.claims_only_a or self.claims_only_b
        )


def diff_sources(store: Store, a: str, b: str, events: Iterable[Event], claims: Sequence[Claim]) -> SourceDiff:
    """Compare what sources `a` and `b` report among `events` (read once, already filtered and sorted) and `claims`."""
    in_a: list[Event] = []
    in_b: list[Event] = []
    for event in events:
        if a in event.sources:
            in_a.append(event)
        if b in event.sources:
            in_b.append(event)
    claims_a = [c for c in claims if c.source == a and c.restates is None]  # a restatement is not a claim of its own
    claims_b = [c for c in claims if c.source == b and c.restates is None]
    agree, conflicts, differ = [], [], []
    for left in claims_a:
        for right in claims_b:
            if (left.topic, left.measure) != (right.topic, right.measure):
                continue
            if conflict(left, right):
                conflicts.append((left, right))
            elif compatible(left, right):
                agree.append((left, right))
            else:
                differ.append((left, right))
    measures_b = {(c.topic, c.measure) for c in claims_b}
    measures_a = {(c.topic, c.measure) for c in claims_a}
    return SourceDiff(
        a=store.sources[a],
        b=store.sources[b],
        both=tuple(e for e in in_a if b in e.sources),
        only_a=tuple(e for e in in_a if b not in e.sources),
        only_b=tuple(e for e in in_b if a not in e.sources),
        agree=tuple(agree),
        conflicts=tuple(conflicts),
        differ=tuple(differ),
        claims_only_a=tuple(c for c in claims_a if (c.topic, c.measure) not in measures_b),
        claims_only_b=tuple(c for c in claims_b if (c.topic, c.measure) not in measures_a),
    )


class Placement(StrEnum):
    KNOWN = "known"  # wholly published by the start day
    NEW = "new"  # wholly published after the start day and by the end day
    STRADDLES_FROM = "straddles_from"
    STRADDLES_TO = "straddles_to"
    LATER = "later"  # not yet published by the end day


def place(source: Source, start: date, end: date) -> Placement:
    published = source.published
    if known_by(published, start):
        return Placement.KNOWN
    if published.start <= start:
        return Placement.STRADDLES_FROM
    if known_by(published, end):
        return Placement.NEW
    if published.start <= end:
        return Placement.STRADDLES_TO
    return Placement.LATER


class Revision(NamedTuple):
    """A figure on one measure superseded by a later different one (10,000 → 11,000)."""

    before: Claim
    after: Claim


class Corroboration(NamedTuple):
    """An event already known at the start that new articles report again (its evidence grew, its status may rest
    on them)."""

    event: Event
    sources: tuple[str, ...]


class DateDiff(NamedTuple):
    start: date
    end: date
    known: tuple[Source, ...]
    new_sources: tuple[Source, ...]
    straddling: tuple[tuple[Source, Placement], ...]
    new_events: tuple[Event, ...]
    new_claims: tuple[Claim, ...]
    revised: tuple[Revision, ...]
    corroborated: tuple[Corroboration, ...] = ()

    @property
    def has_differences(self) -> bool:
        return bool(self.new_sources or self.new_events or self.new_claims or self.revised or self.corroborated)


def previous_figure(claim: Claim, candidates: Sequence[Claim]) -> Claim | None:
    """The latest figure the same asserter gave on the same measure for a time wholly before this one's: an
    asserter revising itself. Figures of different asserters are compared as conflicts, never as revisions, and so
    are figures whose as-of dates overlap."""
    earlier = [
        c
        for c in candidates
        if (c.topic, c.measure) == (claim.topic, claim.measure)
        and c.as_of.end < claim.as_of.start
        and same_asserter(c, claim)
        and c.id != claim.id
    ]
    return max(earlier, key=lambda c: (c.as_of.start, c.as_of.end, c.id), default=None)


def is_revision(before: Claim, after: Claim) -> bool:
    """A different figure, unless it is only a looser bound that the earlier figure already satisfies (≥2,000 after
    10,000 says nothing new)."""
    if nominal(before) == nominal(after) and before.value_kind is after.value_kind:
        return False
    loose = after.value_kind in (ValueKind.AT_LEAST, ValueKind.AT_MOST)
    return not (loose and compatible(before, after))


def diff_dates(store: Store, start: date, end: date, events: Iterable[Event], claims: Sequence[Claim]) -> DateDiff:
    """What became known after `start` and by `end` (both inclusive days), among `events` (read once) and `claims`."""
    placement = {s.id: place(s, start, end) for s in store.sources.values()}
    ordered = sorted(store.sources.values(), key=lambda s: (s.published.start, s.published.end, s.id))
    known_ids = {i for i, p in placement.items() if p is Placement.KNOWN}
    new_ids = {i for i, p in placement.items() if p is Placement.NEW}
    new_events: list[Event] = []
    corroborated: list[Corroboration] = []
    for e in events:
        if new_ids.isdisjoint(e.sources):
            continue
        if known_ids.isdisjoint(e.sources):
            new_events.append(event_known(e, new_ids, store.sources))  # the evidence of the new articles: no later
        else:
            corroborated.append(Corroboration(e, tuple(s for s in e.sources if s in new_ids)))
    new_claims = tuple(c for c in claims if c.source in new_ids)
    originals = [c for c in claims if c.restates is None]  # a restatement revises nothing and is revised by nothing
    visible = sorted((c for c in originals if c.source in known_ids | new_ids), key=claim_order(store))
    revised = []
    for claim in (c for c in new_claims if c.restates is None):
        before = previous_figure(claim, visible)
        if before is not None and is_revision(before, claim):
            revised.append(Revision(before, claim))
    return DateDiff(
        start=start,
        end=end,
        known=tuple(s for s in ordered if placement[s.id] is Placement.KNOWN),
        new_sources=tuple(s for s in ordered if placement[s.id] is Placement.NEW),
        straddling=tuple(
            (s, placement[s.id])
            for s in ordered
            if placement[s.id] in (Placement.STRADDLES_FROM, Placement.STRADDLES_TO)
        ),
        new_events=tuple(new_events),
        new_claims=new_claims,
        revised=tuple(revised),
        corroborated=tuple(corroborated),
    )
