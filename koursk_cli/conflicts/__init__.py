"""Conflicts over a whole measure, counted and named without ever holding a pair. Pure.

A large store holds thousands of claims per measure, and conflicting pairs grow with their square (764,390 in a
100,000-event benchmark store), so no pair is ever held: each claim's conflicts are counted by dominance counting
over dates and bounds, named by scanning only the claims whose dates can overlap its own, and listed a few at a
time (`CONFLICTS_SHOWN`). Whether two claims conflict, and how (claims.ConflictKind), is claims.conflict_kind: the
pairwise rule every count here is held to (tests/test_properties.py), and what a listing asks of a pair it names.

Tiers (claims.ConflictTier, claims.tier_of_conflict for one pair): every count is taken of each claim's bounds as
stated and widened (claims.widened) in the same sweeps, the ones firm on the figures being those the widened bounds
still find; of those, the same-day ones are counted apart and the rest are firm. A conflict named is told its tier by
testing its pair (Group.tiers), so the tiers cost no second index.

One module per part, the callers importing from here:
- members.py: what is kept of a claim (day numbers, bound keys, asserters; Members per measure);
- packed.py: the arrays every per-claim column and count is held in (4 bytes an integer);
- dominance.py: the dominance counts and bucket tallies every count is made of;
- group.py: one measure's claims as integer columns, its scans, the tier of a pair found, its cached counts;
- overlap.py, running.py, sameday.py: the counts of conflicts on dates that meet (any measure), of totals that fell
  (a running total, rule 8) and of the same-day tier (rule 11);
- across.py: conflicts across measures (rule 9); pairs.py: every pair streamed once;
- index.py: a claim's conflicts looked up (ConflictIndex); listing.py: what a listing counts and names;
  wording.py: the words it names them in. The spreads built on these counts are spreads.py.
"""

from .across import AcrossTally
from .group import Group
from .index import ConflictIndex, measure_conflicts, store_conflicts
from .listing import CONFLICTS_SHOWN, KindCounts, SelectionConflicts, counted_kinds, kind_counts, selection_conflicts
from .members import Members, add_member
from .pairs import conflict_kind_pairs, conflict_tier_pairs
from .wording import asserted_by, conflict_lines, conflict_names, conflicts_outside, drawn_legend

__all__ = [
    "CONFLICTS_SHOWN",
    "AcrossTally",
    "ConflictIndex",
    "Group",
    "KindCounts",
    "Members",
    "SelectionConflicts",
    "add_member",
    "asserted_by",
    "conflict_kind_pairs",
    "conflict_lines",
    "conflict_names",
    "conflict_tier_pairs",
    "conflicts_outside",
    "counted_kinds",
    "drawn_legend",
    "kind_counts",
    "measure_conflicts",
    "selection_conflicts",
    "store_conflicts",
]
