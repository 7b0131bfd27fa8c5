"""What a claimed figure allows, and when two claims agree or conflict. Pure.

Rules (README "How figures are compared"):
- exact v means [v, v]; approximate v means [0.9·v, 1.1·v] (APPROXIMATE_TOLERANCE); at_least v means [v, ∞);
  at_most v means [0, v]; range means [value_min, value_max].
- Two claims conflict when they share topic and measure, their `as_of` dates overlap, and their intervals are
  disjoint: no single number could make both true.

A large store holds thousands of claims per measure, so conflicts are found by a sweep over `as_of` dates
(`_conflicting_positions`) rather than by testing every pair, and actors are matched to outlets through one
name look-up built per query.
"""

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from heapq import heappop, heappush
from typing import Any, NamedTuple

from .dates import Period
from .model import Claim, Status, Store, ValueKind
from .query import EventQuery
from .textnorm import fold

APPROXIMATE_TOLERANCE = 0.10


def value_bounds(claim: Claim) -> tuple[float, float]:
    """The interval of values that would make the claim true (math.inf when unbounded above)."""
    kind, value = claim.value_kind, claim.value
    if kind is ValueKind.RANGE:
        assert claim.value_min is not None and claim.value_max is not None
        return claim.value_min, claim.value_max
    assert value is not None
    if kind is ValueKind.APPROXIMATE:
        return value * (1 - APPROXIMATE_TOLERANCE), value * (1 + APPROXIMATE_TOLERANCE)
    if kind is ValueKind.AT_LEAST:
        return value, math.inf
    if kind is ValueKind.AT_MOST:
        return 0.0, value
    return value, value


def compatible(a: Claim, b: Claim) -> bool:
    """Whether one number could make both claims true."""
    a_low, a_high = value_bounds(a)
    b_low, b_high = value_bounds(b)
    return a_low <= b_high and b_low <= a_high


def conflict(a: Claim, b: Claim) -> bool:
    return (
        a.id != b.id
        and (a.topic, a.measure) == (b.topic, b.measure)
        and a.as_of.overlaps(b.as_of.start, b.as_of.end)
        and not compatible(a, b)
    )


def format_value(claim: Claim) -> str:
    """`1,500`, `~12,000`, `>=10,000`, `<=600`, `20–30`."""

    def number(value: float) -> str:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"

    if claim.value_kind is ValueKind.RANGE:
        assert claim.value_min is not None and claim.value_max is not None
        return f"{number(claim.value_min)}–{number(claim.value_max)}"
    assert claim.value is not None
    prefix = {ValueKind.APPROXIMATE: "~", ValueKind.AT_LEAST: "≥", ValueKind.AT_MOST: "≤"}.get(claim.value_kind, "")
    return prefix + number(claim.value)


class Role(StrEnum):
    """How an actor relates to a claim: it asserts the figure, or its outlet reports it."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ANY = "any"


class ClaimQuery(NamedTuple):
    """Which claims to list. Each filter has one meaning wherever claims are listed (`sources --claim`,
    `export --claims`, `diff`); `claim_query` reads the event filters this way:

    - `since`/`until`: the article reporting the claim was published in the period (the windows overlap);
    - `sources`: reported by one of these articles; `actors`: asserted or reported by one of them (see `role`);
    - `statuses`: with one of these statuses; `text`: in the quote (case- and accent-insensitive);
    - `as_of`: reported by the end of that period (the article's whole publication window had passed);
    - `places`, `tags`: claims have neither, so naming any selects no claim;
    - `limit`: at most that many, in `claim_order`.
    """

    topic: str | None = None
    actors: tuple[str, ...] = ()
    role: Role = Role.ANY
    sources: tuple[str, ...] = ()
    since: Period | None = None
    until: Period | None = None
    statuses: tuple[Status, ...] = ()
    text: str | None = None
    as_of: Period | None = None
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    limit: int | None = None


def claim_query(events: EventQuery, *, topic: str | None = None, role: Role = Role.ANY) -> ClaimQuery:
    """The claims the event filters select: each filter with its meaning for claims (see ClaimQuery)."""
    return ClaimQuery(
        topic=topic,
        actors=events.actors,
        role=role,
        sources=events.sources,
        since=events.within or events.since,  # a claim's publication is a few days: --within reads as both ends
        until=events.within or events.until,
        statuses=events.statuses,
        text=events.text,
        as_of=events.as_of,
        places=events.places,
        tags=events.tags,
        limit=events.limit,
    )


def entities_by_name(store: Store) -> dict[str, set[str]]:
    """The ids of the entities under each folded name and alias: built once per query, so matching an outlet to
    its entities is one look-up rather than folding every entity's names for every claim."""
    found: dict[str, set[str]] = {}
    for entity in store.entities.values():
        for name in (entity.name.en, entity.name.fr, *entity.aliases):
            found.setdefault(fold(name), set()).add(entity.id)
    return found


def reporters(store: Store, claim: Claim, by_name: Mapping[str, set[str]]) -> set[str]:
    """Entities that report a claim: the outlet of its source, when the outlet is a known entity.

    `by_name` is `entities_by_name(store)`."""
    outlet = store.sources[claim.source].outlet
    return set(by_name.get(fold(outlet), ())) if outlet else set()


def _actor_matches(store: Store, query: ClaimQuery, claim: Claim, by_name: Mapping[str, set[str]]) -> bool:
    if not query.actors:
        return True
    wanted = set(query.actors)
    asserted = not wanted.isdisjoint(claim.asserted_by)
    reported = not wanted.isdisjoint(reporters(store, claim, by_name))
    return {Role.ASSERTED: asserted, Role.REPORTED: reported, Role.ANY: asserted or reported}[query.role]


def claim_order(store: Store) -> Callable[[Claim], tuple[Any, ...]]:
    """By the date the figure holds for, then by publication, then by id."""

    def key(claim: Claim) -> tuple[Any, ...]:
        published = store.sources[claim.source].published
        return (claim.as_of.start, claim.as_of.end, published.start, published.end, claim.id)

    return key


def run_claim_query(store: Store, query: ClaimQuery) -> list[Claim]:
    if query.places or query.tags:
        return []
    start = query.since.start if query.since else date.min
    end = query.until.end if query.until else date.max
    by_name = entities_by_name(store) if query.actors else {}
    needle = fold(query.text) if query.text is not None else None
    found = [
        c
        for c in store.claims.values()
        if (query.topic is None or c.topic == query.topic)
        and (not query.sources or c.source in query.sources)
        and store.sources[c.source].published.overlaps(start, end)
        and (not query.statuses or c.status in query.statuses)
        and (needle is None or needle in fold(c.quote))
        and (query.as_of is None or store.sources[c.source].published.end <= query.as_of.end)
        and _actor_matches(store, query, c, by_name)
    ]
    found.sort(key=claim_order(store))
    return found if query.limit is None else found[: query.limit]


def same_asserter(a: Claim, b: Claim) -> bool:
    """Whether two claims share who asserts them: an actor in common, or, for the article's own voice (no
    asserter), the same article."""
    if a.asserted_by or b.asserted_by:
        return not set(a.asserted_by).isdisjoint(b.asserted_by)
    return a.source == b.source


def nominal(claim: Claim) -> float:
    """The figure as stated: the value, or the low end of a range."""
    value = claim.value if claim.value is not None else claim.value_min
    assert value is not None
    return value


class Spread(NamedTuple):
    """Lowest and highest stated figure on one measure, with every claim that states each."""

    topic: str
    measure: str
    claims: tuple[Claim, ...]
    lowest: tuple[Claim, ...]
    highest: tuple[Claim, ...]
    conflicts: tuple[tuple[Claim, Claim], ...]


_BoundKey = tuple[int, float]
"""A value bound as a sortable key: (0, bound), or for NaN a rank that puts it past every number."""


def _order_keys(claim: Claim) -> tuple[_BoundKey, _BoundKey]:
    """The claim's (low, high) bounds as keys on which `a_low > b_high` means exactly `not a_low <= b_high`.

    Plain floats would do but for NaN (YAML `.nan` passes the store's checks): `compatible` finds a NaN bound
    compatible with nothing, so a NaN low sorts above +inf and a NaN high below -inf."""
    low, high = value_bounds(claim)
    return (1, 0.0) if math.isnan(low) else (0, low), (-1, 0.0) if math.isnan(high) else (0, high)


def _conflicting_positions(group: Sequence[Claim]) -> list[list[int]]:
    """For each claim of one (topic, measure) group, the ascending positions in `group` of the claims it conflicts
    with.

    Testing every pair is quadratic in the claims per measure. Instead, sweep the claims by `as_of.start`, keeping
    the active ones (seen already, dates reaching the current start: exactly those whose dates overlap the
    current claim's) in two lists sorted by high and by low bound. Those wholly below the current claim are a
    prefix of the first, those wholly above a suffix of the second, so the work is O(n log n + conflicts), plus
    the memmove of list insertions and removals.
    """
    keys = [_order_keys(claim) for claim in group]
    by_high: list[tuple[_BoundKey, int]] = []
    by_low: list[tuple[_BoundKey, int]] = []
    ends: list[tuple[date, int]] = []  # a heap of the active claims by as_of.end, to retire them
    found: list[list[int]] = [[] for _ in group]
    for current in sorted(range(len(group)), key=lambda position: group[position].as_of.start):
        claim = group[current]
        while ends and ends[0][0] < claim.as_of.start:
            retired = heappop(ends)[1]
            low, high = keys[retired]
            del by_high[bisect_left(by_high, (high, retired))]
            del by_low[bisect_left(by_low, (low, retired))]
        low, high = keys[current]
        below = [other for _, other in by_high[: bisect_left(by_high, (low,))]]
        # Only an inverted interval (a NaN bound, a negative approximate or at-most value) is both below and above.
        above = [other for _, other in by_low[bisect_right(by_low, (high, len(group))) :] if keys[other][1] >= low]
        for other in below + above:
            if group[other].id != claim.id:
                found[other].append(current)
                found[current].append(other)
        by_high.insert(bisect_left(by_high, (high, current)), (high, current))
        by_low.insert(bisect_left(by_low, (low, current)), (low, current))
        heappush(ends, (claim.as_of.end, current))
    for positions in found:
        positions.sort()
    return found


def conflict_pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Each conflicting pair once, in the order of `claims`: (a, b) with a before b, sorted by a then b."""
    groups: dict[tuple[str, str], list[int]] = {}
    for position, claim in enumerate(claims):
        groups.setdefault((claim.topic, claim.measure), []).append(position)
    later_partners: dict[int, list[int]] = {}
    for positions in groups.values():
        conflicts = _conflicting_positions([claims[p] for p in positions])
        for member, others in enumerate(conflicts):
            if later := [positions[other] for other in others if other > member]:
                later_partners[positions[member]] = later
    return [(claims[a], claims[b]) for a in sorted(later_partners) for b in later_partners[a]]


def spreads(claims: Sequence[Claim]) -> list[Spread]:
    """One spread per (topic, measure), in the order the measures first appear in `claims`."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.topic, claim.measure), []).append(claim)
    result = []
    for (topic, measure), group in groups.items():
        low, high = min(map(nominal, group)), max(map(nominal, group))
        result.append(
            Spread(
                topic,
                measure,
                tuple(group),
                tuple(c for c in group if nominal(c) == low),
                tuple(c for c in group if nominal(c) == high),
                tuple(conflict_pairs(group)),
            )
        )
    return result


class ConflictIndex:
    """Conflicts looked up within each (topic, measure) group, so listing every claim stays near-linear.

    A group's conflicts are found all at once, on the first lookup in that group. They are kept by claim, not by id:
    two indexed claims may share an id, and a claim not indexed is still answered (by scanning its group)."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._groups: dict[tuple[str, str], list[Claim]] = {}
        for claim in claims:
            self._groups.setdefault((claim.topic, claim.measure), []).append(claim)
        self._found: dict[tuple[str, str], dict[Claim, list[str]]] = {}

    def ids(self, claim: Claim) -> list[str]:
        """The ids of the indexed claims that conflict with `claim`, in the order they were indexed."""
        key = (claim.topic, claim.measure)
        group = self._groups.get(key, [])
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = {
                member: [group[other].id for other in others]
                for member, others in zip(group, _conflicting_positions(group), strict=True)
            }
        if claim in found:
            return list(found[claim])
        return [other.id for other in group if conflict(claim, other)]  # a claim that was not indexed
