"""What a claimed figure allows, and when two claims agree or conflict. Pure.

Rules (README "How figures are compared"):
- exact v means [v, v]; approximate v means [0.9·v, 1.1·v] (APPROXIMATE_TOLERANCE); at_least v means [v, ∞);
  at_most v means [0, v]; range means [value_min, value_max].
- Two claims conflict when they share topic and measure, their `as_of` dates overlap, and their intervals are
  disjoint: no single number could make both true.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .model import Claim, ValueKind

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


def conflicts_of(claim: Claim, claims: Iterable[Claim]) -> list[Claim]:
    """The claims that `claim` conflicts with, in store order."""
    return [other for other in claims if conflict(claim, other)]
