"""Each tier of conflict's colour, for every view that colours one (a pair, a claim, a count, a bar's mark).

Apart from styles.py, which every listing imports: the tiers are claims.py's, and an events listing must not load
the claims' arithmetic (tests/test_processes.py)."""

from __future__ import annotations

from ..claims import ConflictTier, surest_tier

TIER_STYLE = {ConflictTier.FIRM: "bold red", ConflictTier.SAME_DAY: "red", ConflictTier.IF_EXACT: "yellow"}
"""Each tier of conflict's colour (claims.CONFLICT_TIERS), in every view that colours one (a pair, a claim, a bar's
mark, a count): one only if the round figures are exact is told apart from a firm one in colour too (rev37 C12)."""


def tier_style(total: int, firm: int, same_day: int) -> str:
    """The colour of a claim, bar or count with `total` conflicts of which `firm` are firm and `same_day` only if on
    the same day: its surest tier's, or "" with none."""
    tier = surest_tier(total, firm, same_day)
    return "" if tier is None else TIER_STYLE[tier]
