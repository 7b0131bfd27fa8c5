"""What finding conflicts keeps of a claim: integers and sortable keys, never the claim. Pure.

A large store states a few figures thousands of times and a Claim with its dates and quote is a few kilobytes, so each
claim is reduced once to its id, its as-of days (as stated and pinned: claims.pinned_window), its bounds as keys (as
stated and with a round figure widened: claims.widened) and, on a running total, who asserts it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, NamedTuple

from ..claims import Bound, CumulativeMeasures, comparable, pinned_window, value_bounds, widened
from ..model import Claim
from ..placeholders import TODO_ASSERTER
from .packed import ints

BoundKey = tuple[int, Bound]
"""A value bound as a sortable key: (0, bound), or for NaN a rank that puts it past every number."""


def _order_keys(claim: Claim) -> tuple[BoundKey, BoundKey]:
    """The claim's (low, high) bounds as keys on which `a_low > b_high` means exactly `not a_low <= b_high`.

    Plain floats would do but for NaN (YAML `.nan` passes the store's checks): `compatible` finds a NaN bound
    compatible with nothing, so a NaN low sorts above +inf and a NaN high below -inf. A whole Fraction (±10 % of
    10,000) is kept as the int it equals, which orders and hashes the same, many times faster."""
    low, high = (
        bound.numerator if isinstance(bound, Fraction) and bound.denominator == 1 else bound
        for bound in value_bounds(claim)
    )
    return (1, 0.0) if math.isnan(low) else (0, low), (-1, 0.0) if math.isnan(high) else (0, high)


_Keys = tuple[BoundKey, BoundKey, BoundKey, BoundKey]
"""A claim's (low, high) order keys as stated, then with its round figure widened (claims.widened; the same keys
when it has none): the firm conflicts are those the widened keys still find."""

_FIGURE_KEYS: dict[tuple[Any, ...], _Keys] = {}
_FIGURES_KEPT = 4096
"""How many figures' keys are kept: a large store states a few figures thousands of times, and widening one (or
reading an approximate one) is exact Fraction arithmetic."""


def bound_keys(claim: Claim) -> _Keys:
    """_order_keys of the claim and of the claim widened, each figure computed once (up to _FIGURES_KEPT of them)."""
    values = (claim.value, claim.value_min, claim.value_max)
    figure = (claim.value_kind, *values, *map(type, values))
    keys = _FIGURE_KEYS.get(figure)
    if keys is None:
        low, high = _order_keys(claim)
        wide = widened(claim)
        keys = (low, high, *_order_keys(wide)) if wide is not claim else (low, high, low, high)
        if len(_FIGURE_KEYS) < _FIGURES_KEPT:
            _FIGURE_KEYS[figure] = keys
    return keys


Asserters = frozenset[str]
"""Who asserts a claim, as keys two claims share exactly when claims.same_asserter says so: `@actor` for each actor,
or `#source` for the article's own voice."""


def asserters_of(claim: Claim) -> Asserters:
    if claim.asserted_by:  # a draft's todo-asserter (--drafts) is an unnamed speaker of its own: `?ID`, never shared
        return frozenset(f"?{claim.id}" if actor == TODO_ASSERTER else f"@{actor}" for actor in claim.asserted_by)
    return frozenset((f"#{claim.source}",))


class Probe(NamedTuple):
    """What looking a claim's conflicts up needs of it, computed once per lookup."""

    id: str
    start: int
    end: int
    low: BoundKey
    high: BoundKey
    asserters: Asserters
    wide_low: BoundKey
    """The bounds with a round figure widened (claims.widened), which tell a conflict's tier."""
    wide_high: BoundKey
    pinned_start: int
    """The as-of days an approximate end widened (claims.pinned_window), which tell a firm pair from a same-day one."""
    pinned_end: int


def probe_of(claim: Claim, cumulative: bool = True) -> Probe:
    """The claim as a lookup sees it; who asserts it only on a `cumulative` measure, the one place it is compared
    (a total that fell), else none, as Group.probe gives it."""
    low, high, wide_low, wide_high = bound_keys(claim)
    start, end = claim.as_of.start.toordinal(), claim.as_of.end.toordinal()
    pinned_start, pinned_end = (day.toordinal() for day in pinned_window(claim))
    asserters = asserters_of(claim) if cumulative else frozenset()
    return Probe(claim.id, start, end, low, high, asserters, wide_low, wide_high, pinned_start, pinned_end)


class Members:
    """The separate claims of one (topic, measure) as they are read, keeping only what finding conflicts needs: the
    id, where the claim was in what was read (to fetch it again), its dates as day numbers and its bound keys (equal
    keys kept once, each claim's as their index), as stated and widened (bound_keys). About 100 bytes a claim, its id's
    string included, where a Claim with its dates and quote is a few kilobytes."""

    __slots__ = (
        "_asserters",
        "_key_index",
        "asserters",
        "cumulative",
        "ends",
        "highs",
        "ids",
        "keys",
        "lows",
        "pinned_ends",
        "pinned_starts",
        "positions",
        "starts",
        "wide_highs",
        "wide_lows",
    )

    def __init__(self, cumulative: bool = False) -> None:
        self.cumulative = cumulative  # a running total: who asserts each claim is kept too (equal sets once)
        self.asserters: list[Asserters] = []
        self._asserters: dict[Asserters, Asserters] = {}
        self.ids: list[str] = []
        self.positions = ints()
        self.starts = ints()
        self.ends = ints()
        self.pinned_starts = ints()
        self.pinned_ends = ints()
        self.keys: list[BoundKey] = []  # each bound key once (equal ones are one), as first read
        self._key_index: dict[BoundKey, int] = {}
        self.lows = ints()  # each claim's bounds as indexes into `keys`
        self.highs = ints()
        self.wide_lows = ints()
        self.wide_highs = ints()

    def add(self, claim: Claim, position: int) -> None:
        low, high, wide_low, wide_high = bound_keys(claim)
        self.ids.append(claim.id)
        self.positions.append(position)
        self.starts.append(claim.as_of.start.toordinal())
        self.ends.append(claim.as_of.end.toordinal())
        pinned_start, pinned_end = pinned_window(claim)
        self.pinned_starts.append(pinned_start.toordinal())
        self.pinned_ends.append(pinned_end.toordinal())
        self.lows.append(self._key(low))
        self.highs.append(self._key(high))
        self.wide_lows.append(self._key(wide_low))
        self.wide_highs.append(self._key(wide_high))
        if self.cumulative:
            asserters = asserters_of(claim)
            self.asserters.append(self._asserters.setdefault(asserters, asserters))

    def _key(self, key: BoundKey) -> int:
        index = self._key_index.get(key)
        if index is None:
            index = self._key_index[key] = len(self.keys)
            self.keys.append(key)
        return index

    def reorder(self, ranks: Sequence[int]) -> None:
        """Put the claim read at position p at position ranks[p] instead: claims of equal as-of dates are then in
        the order of `ranks` (claim order) wherever they were read."""
        self.positions = ints(ranks[position] for position in self.positions)


def members_by_measure(claims: Iterable[Claim], cumulative: CumulativeMeasures) -> dict[tuple[str, str], Members]:
    """The separate claims by (topic, measure), as read: a restatement, or a draft's figure without a value, topic or
    measure (claims.comparable), counts in no spread and is party to no conflict."""
    groups: dict[tuple[str, str], Members] = {}
    for position, claim in enumerate(claims):
        add_member(groups, claim, position, cumulative)
    return groups


def add_member(
    groups: dict[tuple[str, str], Members], claim: Claim, position: int, cumulative: CumulativeMeasures
) -> None:
    if comparable(claim):
        key = (claim.topic, claim.measure)
        members = groups.get(key)
        if members is None:
            members = groups[key] = Members(key in cumulative)
        members.add(claim, position)
