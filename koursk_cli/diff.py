"""Two diffs users ask for: how two articles' accounts differ, and what became known between two dates. Pure.

Source mode matches events only through the store (an event both articles report carries evidence from both);
titles are never compared. Claims are paired on the same topic and measure, and conflict there or across two
measures one of which bounds the other, as claims.conflict_kind decides for every listing (docs/claims.md rule 9).

Date mode compares what was known by two days as `--as-of` rebuilds it (known.known_by, the one rule): an article
counts once its whole publication window has passed. So the state at `to` is `--as-of TO`'s. An article whose window
straddles `from` was published by `to` but maybe already by `from`: it is counted as new, and what it alone brings is
marked as maybe known already (`maybe_earlier`). One whose window straddles `to` is not counted yet, as `--as-of TO`
does not count it, and is listed as such. A conflict is new when one of its claims is: found as `claims --as-of TO`
finds it (conflicts_known_by, selection_conflicts), it was not there `--as-of FROM`, as that claim was not known.
"""

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from itertools import accumulate
from typing import NamedTuple

from .claimquery import conflict_candidates
from .claims import (
    ConflictKind,
    ConflictTier,
    comparable,
    compatible,
    conflict_kind,
    cumulative_measures,
    kind_of_conflict,
    measure_bounds,
    nominal,
    tier_of_conflict,
)
from .conflicts import ConflictIndex, selection_conflicts, store_conflicts
from .known import event_known, known_by
from .model import Claim, Event, Source, Store, ValueKind
from .placeholders import TODO_ASSERTER


class SourceDiff(NamedTuple):
    a: Source
    b: Source
    both: tuple[Event, ...]
    only_a: tuple[Event, ...]
    only_b: tuple[Event, ...]
    agree: tuple[tuple[Claim, Claim], ...]
    conflicts: tuple[tuple[Claim, Claim], ...]
    """Claims in conflict (claims.conflict_kind): on one measure, or across two (rule 9); `conflict_tiers` says
    which hold only if their round figures are exact."""
    differ: tuple[tuple[Claim, Claim], ...]
    """Same measure, different values, for periods that do not overlap: a change over time, not a conflict."""
    claims_only_a: tuple[Claim, ...]
    claims_only_b: tuple[Claim, ...]
    conflict_tiers: tuple[ConflictTier, ...] = ()
    """The tier of each of `conflicts` (claims.conflict_tier): firm, only if on the same day, or only if the round
    figures are exact: found with the pair, so no listing or record asks it again (rev37 C3)."""
    conflict_kinds: tuple[ConflictKind, ...] = ()
    """The kind of each of `conflicts` (claims.conflict_kind), found with its tier."""

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
    tiers: list[ConflictTier] = []
    kinds: list[ConflictKind] = []
    cumulative, bounds = cumulative_measures(store.topics), measure_bounds(store.topics)
    crossed: set[int] = set()  # the claims (by identity) in a conflict across measures: compared, not alone
    # a draft's figure without a value, topic or measure (--drafts) is compared with nothing: it is listed alone
    for left in filter(comparable, claims_a):
        for right in filter(comparable, claims_b):
            one_measure = (left.topic, left.measure) == (right.topic, right.measure)
            # claims.conflict_kind decides, as every listing does: on one measure, or across two (rule 9)
            kind = conflict_kind(left, right, cumulative, bounds)
            if kind is not None:
                conflicts.append((left, right))
                tiers.append(tier_of_conflict(left, right, cumulative, bounds))
                kinds.append(kind)
                if not one_measure:
                    crossed.update((id(left), id(right)))
            elif not one_measure:
                continue
            elif compatible(left, right):
                agree.append((left, right))
            else:
                differ.append((left, right))
    measures_b = {(c.topic, c.measure) for c in claims_b if comparable(c)}
    measures_a = {(c.topic, c.measure) for c in claims_a if comparable(c)}

    def alone(claim: Claim, other_measures: set[tuple[str, str]]) -> bool:
        if not comparable(claim):
            return True
        return (claim.topic, claim.measure) not in other_measures and id(claim) not in crossed

    return SourceDiff(
        a=store.sources[a],
        b=store.sources[b],
        both=tuple(e for e in in_a if b in e.sources),
        only_a=tuple(e for e in in_a if b not in e.sources),
        only_b=tuple(e for e in in_b if a not in e.sources),
        agree=tuple(agree),
        conflicts=tuple(conflicts),
        differ=tuple(differ),
        claims_only_a=tuple(c for c in claims_a if alone(c, measures_b)),
        claims_only_b=tuple(c for c in claims_b if alone(c, measures_a)),
        conflict_tiers=tuple(tiers),
        conflict_kinds=tuple(kinds),
    )


class Placement(StrEnum):
    KNOWN = "known"  # wholly published by the start day
    NEW = "new"  # wholly published after the start day and by the end day
    STRADDLES_FROM = "straddles_from"  # wholly published by the end day, maybe already by the start day: new, maybe
    STRADDLES_TO = "straddles_to"  # maybe published by the end day, but its window has not passed: not counted yet
    LATER = "later"  # not yet published by the end day


NEWLY_KNOWN = frozenset({Placement.NEW, Placement.STRADDLES_FROM})
"""The placements of the articles known by the end day but not (or maybe not) by the start day: what is new."""


def place(source: Source, start: date, end: date) -> Placement:
    """Where an article falls: known by a day as `--as-of` says (known_by), and, when it is not known by a day,
    whether it may have been published by then all the same (its window had begun)."""
    published = source.published
    if known_by(published, start):
        return Placement.KNOWN
    if known_by(published, end):
        return Placement.STRADDLES_FROM if published.start <= start else Placement.NEW
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


class NewConflict(NamedTuple):
    """Two figures in conflict, at least one of them new: `a` the earlier by as-of date, the kind (claims.ConflictKind,
    the one place that decides it) and the tier."""

    a: Claim
    b: Claim
    kind: ConflictKind
    tier: ConflictTier = ConflictTier.FIRM
    """Firm, or only if the round figures are exact (claims.conflict_tier)."""

    @property
    def firm(self) -> bool:
        return self.tier is ConflictTier.FIRM


class DateDiff(NamedTuple):
    start: date
    end: date
    known: tuple[Source, ...]
    new_sources: tuple[Source, ...]
    """The articles known by the end day and not by the start day, those straddling the start day included."""
    straddling: tuple[tuple[Source, Placement], ...]
    """The articles whose window straddles a day: STRADDLES_FROM (among new_sources) or STRADDLES_TO (not counted)."""
    new_events: tuple[Event, ...]
    new_claims: tuple[Claim, ...]
    revised: tuple[Revision, ...]
    corroborated: tuple[Corroboration, ...] = ()
    new_conflicts: tuple[NewConflict, ...] = ()
    """The first new conflicts named (all of them unless a limit was given), pairs of two new claims once."""
    new_conflict_count: int = 0
    """How many conflicts are new: those of the new claims listed, against every claim known by the end day."""
    new_firm_count: int = 0
    """Of `new_conflict_count`, the firm ones (claims.ConflictTier)."""
    new_same_day_count: int = 0
    """Of `new_conflict_count`, those only if on the same day."""

    @property
    def open_start(self) -> bool:
        """No --from: compared with before the first article."""
        return self.start == date.min

    @property
    def open_end(self) -> bool:
        """No --to: up to the latest article, to date."""
        return self.end == date.max

    @property
    def has_differences(self) -> bool:
        return bool(
            self.new_sources
            or self.new_events
            or self.new_claims
            or self.revised
            or self.corroborated
            or self.new_conflict_count
        )

    @property
    def maybe_earlier(self) -> frozenset[str]:
        """The new articles that may have been published by the start day already (their window straddles it)."""
        return frozenset(s.id for s, p in self.straddling if p is Placement.STRADDLES_FROM)

    def maybe_known(self, sources: Iterable[str]) -> bool:
        """Whether what these new articles report may have been known by the start day: each straddles it."""
        maybe = self.maybe_earlier
        return bool(maybe) and all(s in maybe for s in sources)

    def maybe_known_conflict(self, pair: NewConflict) -> bool:
        """Whether a new conflict may have been known by the start day: its new claims' articles each straddle it."""
        known = {s.id for s in self.known}
        return self.maybe_known(c.source for c in (pair.a, pair.b) if c.source not in known)

    def maybe_known_events(self) -> list[str]:
        """The new events, then the events corroborated, that only articles straddling the start day bring (ids)."""
        return [e.id for e in self.new_events if self.maybe_known(e.sources)] + [
            c.event.id for c in self.corroborated if self.maybe_known(c.sources)
        ]


def _recency(claim: Claim) -> tuple[date, date, str]:
    return (claim.as_of.start, claim.as_of.end, claim.id)


def _later(a: Claim, b: Claim) -> Claim:
    return max(a, b, key=_recency)


def _asserters(claim: Claim) -> list[tuple[str, str, str, str]]:
    """One key per asserter of the figure: each actor, or the article itself for its own voice (claims.same_asserter
    is a key in common). A draft's placeholder asserter (--drafts) is nobody in particular: two figures of
    unnamed speakers are never one asserter revising itself."""
    if claim.asserted_by:
        return [(claim.topic, claim.measure, "actor", a) for a in claim.asserted_by if a != TODO_ASSERTER]
    return [(claim.topic, claim.measure, "article", claim.source)]


class PreviousFigures:
    """The latest figure the same asserter gave on the same measure for a time wholly before a claim's: an asserter
    revising itself. Figures of different asserters are compared as conflicts, never as revisions, and so are
    figures whose as-of dates overlap.

    Each asserter's figures on a measure are sorted once by as-of end with the latest so far beside them, so a
    claim's answer is one bisect per asserter: scanning every candidate for each claim took `diff --from/--to`
    hours at 25,000 claims."""

    def __init__(self, candidates: Iterable[Claim]) -> None:
        lanes: dict[tuple[str, str, str, str], list[Claim]] = {}
        for claim in candidates:
            for key in _asserters(claim):
                lanes.setdefault(key, []).append(claim)
        self._ends: dict[tuple[str, str, str, str], list[date]] = {}
        self._latest: dict[tuple[str, str, str, str], list[Claim]] = {}
        for key, lane in lanes.items():
            lane.sort(key=lambda c: c.as_of.end)
            self._ends[key] = [c.as_of.end for c in lane]
            self._latest[key] = list(accumulate(lane, _later))

    def of(self, claim: Claim) -> Claim | None:
        found = []
        for key in _asserters(claim):
            count = bisect_left(self._ends.get(key, ()), claim.as_of.start)  # ends before it starts: never itself
            if count:
                found.append(self._latest[key][count - 1])
        return max(found, key=_recency, default=None)


def is_revision(before: Claim, after: Claim) -> bool:
    """A different figure, unless it is only a looser bound that the earlier figure already satisfies (≥2,000 after
    10,000 says nothing new)."""
    if nominal(before) == nominal(after) and before.value_kind is after.value_kind:
        return False
    loose = after.value_kind in (ValueKind.AT_LEAST, ValueKind.AT_MOST)
    return not (loose and compatible(before, after))


def conflicts_known_by(store: Store, day: date) -> ConflictIndex:
    """Every claim whose article counts as published by `day`, indexed for its conflicts: the ones `claims --as-of
    DAY` names (every claim, filters or not, so a filter never hides a clash: docs/claims.md)."""
    return store_conflicts(store, conflict_candidates(store, day))


def diff_dates(
    store: Store,
    start: date,
    end: date,
    events: Iterable[Event],
    claims: Sequence[Claim],
    conflicts: ConflictIndex | None = None,
    conflict_limit: int | None = None,
) -> DateDiff:
    """What became known after `start` and by `end` (both inclusive days), among `events` (read once) and `claims`;
    the new conflicts are those of the new claims against `conflicts` (conflicts_known_by(store, end)), the first
    `conflict_limit` named (None: all)."""
    placement = {s.id: place(s, start, end) for s in store.sources.values()}
    ordered = sorted(store.sources.values(), key=lambda s: (s.published.start, s.published.end, s.id))
    known_ids = {i for i, p in placement.items() if p is Placement.KNOWN}
    new_ids = {i for i, p in placement.items() if p in NEWLY_KNOWN}
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
    visible = known_ids | new_ids
    # a restatement (or a draft's figure without a value, topic or measure) revises nothing and is revised by nothing
    originals = [c for c in claims if comparable(c)]
    previous = PreviousFigures(c for c in originals if c.source in visible)
    revised = []
    for claim in filter(comparable, new_claims):
        before = previous.of(claim)
        if before is not None and is_revision(before, claim):
            revised.append(Revision(before, claim))
    index = conflicts_known_by(store, end) if conflicts is None else conflicts
    found = selection_conflicts(list(filter(comparable, new_claims)), index, store.claims.__getitem__, conflict_limit)
    new_conflicts = []
    for claim, other, _ in found.pairs:
        earlier, later = sorted((claim, other), key=_recency)
        tier = tier_of_conflict(claim, other, index.cumulative, index.bounds)
        new_conflicts.append(NewConflict(earlier, later, kind_of_conflict(claim, other), tier))
    return DateDiff(
        start=start,
        end=end,
        known=tuple(s for s in ordered if placement[s.id] is Placement.KNOWN),
        new_sources=tuple(s for s in ordered if s.id in new_ids),
        straddling=tuple(
            (s, placement[s.id])
            for s in ordered
            if placement[s.id] in (Placement.STRADDLES_FROM, Placement.STRADDLES_TO)
        ),
        new_events=tuple(new_events),
        new_claims=new_claims,
        revised=tuple(revised),
        corroborated=tuple(corroborated),
        new_conflicts=tuple(new_conflicts),
        new_conflict_count=found.total,
        new_firm_count=found.firm,
        new_same_day_count=found.same_day,
    )
