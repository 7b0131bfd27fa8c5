"""What a claimed figure allows, and when two claims agree or conflict. Pure.

Rules (README "How figures are compared"):
- exact v means [v, v]; approximate v means [0.9·v, 1.1·v] (APPROXIMATE_TOLERANCE); at_least v means [v, ∞);
  at_most v means [0, v]; range means [value_min, value_max].
- Two claims conflict when they share topic and measure, their `as_of` dates overlap, and their intervals are
  disjoint: no single number could make both true.
"""

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from .dates import Period
from .model import Claim, Store, ValueKind
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
    """`since`/`until` select claims by the publication of the source reporting them, as for `koursk sources`."""

    topic: str | None = None
    actors: tuple[str, ...] = ()
    role: Role = Role.ANY
    sources: tuple[str, ...] = ()
    since: Period | None = None
    until: Period | None = None


def reporters(store: Store, claim: Claim) -> set[str]:
    """Entities that report a claim: the outlet of its source, when the outlet is a known entity."""
    outlet = store.sources[claim.source].outlet
    if not outlet:
        return set()
    return {
        e.id for e in store.entities.values() if fold(outlet) in {fold(n) for n in (e.name.en, e.name.fr, *e.aliases)}
    }


def _actor_matches(store: Store, query: ClaimQuery, claim: Claim) -> bool:
    if not query.actors:
        return True
    wanted = set(query.actors)
    asserted = not wanted.isdisjoint(claim.asserted_by)
    reported = not wanted.isdisjoint(reporters(store, claim))
    return {Role.ASSERTED: asserted, Role.REPORTED: reported, Role.ANY: asserted or reported}[query.role]


def claim_order(store: Store) -> Callable[[Claim], tuple[Any, ...]]:
    """By the date the figure holds for, then by publication, then by id."""

    def key(claim: Claim) -> tuple[Any, ...]:
        published = store.sources[claim.source].published
        return (claim.as_of.start, claim.as_of.end, published.start, published.end, claim.id)

    return key


def run_claim_query(store: Store, query: ClaimQuery) -> list[Claim]:
    start = query.since.start if query.since else date.min
    end = query.until.end if query.until else date.max
    found = [
        c
        for c in store.claims.values()
        if (query.topic is None or c.topic == query.topic)
        and (not query.sources or c.source in query.sources)
        and store.sources[c.source].published.overlaps(start, end)
        and _actor_matches(store, query, c)
    ]
    return sorted(found, key=claim_order(store))


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


def conflict_pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Each conflicting pair once, in the order of `claims`."""
    return [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if conflict(a, b)]


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
    """Conflicts looked up within each (topic, measure) group, so listing every claim stays near-linear."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._groups: dict[tuple[str, str], list[Claim]] = {}
        for claim in claims:
            self._groups.setdefault((claim.topic, claim.measure), []).append(claim)

    def ids(self, claim: Claim) -> list[str]:
        return [other.id for other in self._groups.get((claim.topic, claim.measure), []) if conflict(claim, other)]
