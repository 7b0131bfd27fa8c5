"""rev37u U4: a pair firm on the figures is firm only when its as-of dates cannot be read so that both hold, else it
holds only if on the same day (claims.ConflictTier.SAME_DAY). An approximate day (`2024-10-13~`) may be a neighbouring
one, so it never pins a pair by itself. The pairwise rule is held to an oracle that tries the days themselves."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.claims import ConflictTier, conflict_tier, value_bounds
from koursk_cli.conflicts import ConflictIndex, conflict_tier_pairs, selection_conflicts
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from koursk_cli.spreads import spreads
from tests.test_conflict_tiers import tie_claims, tier_claims, widen_oracle
from tests.test_properties import BOUNDS, CUMULATIVE, FUZZ, conflict


def _days(claim: Claim) -> list[date]:
    """Days the claim may be on (an approximate end a day further out), as few as witness every order of two:
    the ends and their inner neighbours."""
    first, last = claim.as_of.first, claim.as_of.last
    start = first.start - timedelta(days=1 if first.approximate else 0)
    end = last.end + timedelta(days=1 if last.approximate else 0)
    return sorted(
        {day for day in (start, start + timedelta(days=1), end - timedelta(days=1), end) if start <= day <= end}
    )


def _both_hold(a: Claim, day_a: date, b: Claim, day_b: date) -> bool:
    """Whether a on day_a and b on day_b, their round figures read as approximate, can both be true."""
    a, b = widen_oracle(a), widen_oracle(b)
    if (a.topic, a.measure) == (b.topic, b.measure):
        if day_a == day_b:
            # each low against the other's high: a NaN bound fits nothing (max/min of a NaN depend on the order)
            return bool(value_bounds(a)[0] <= value_bounds(b)[1] and value_bounds(b)[0] <= value_bounds(a)[1])
        if (a.topic, a.measure) not in CUMULATIVE:
            return True
        (earlier, _), (later, _) = sorted(((a, day_a), (b, day_b)), key=lambda pair: pair[1])
        return bool(value_bounds(earlier)[0] <= value_bounds(later)[1])
    for (part, day_part), (total, day_total) in (((a, day_a), (b, day_b)), ((b, day_b), (a, day_a))):
        if part.topic != total.topic or (part.topic, part.measure, total.measure) not in BOUNDS:
            continue
        apart = day_total < day_part if (total.topic, total.measure) in CUMULATIVE else day_total != day_part
        if not apart and not value_bounds(part)[0] <= value_bounds(total)[1]:
            return False
    return True


@settings(max_examples=max(500, FUZZ))
@given(tier_claims(), tier_claims())
def test_a_firm_pair_is_one_no_two_days_reconcile(a: Claim, b: Claim) -> None:
    tier = conflict_tier(a, b, CUMULATIVE, BOUNDS)
    if not conflict(a, b, CUMULATIVE, BOUNDS):
        assert tier is None
    elif not conflict(widen_oracle(a), widen_oracle(b), CUMULATIVE, BOUNDS):
        assert tier is ConflictTier.IF_EXACT
    else:
        some_days = any(_both_hold(a, x, b, y) for x in _days(a) for y in _days(b))
        assert tier is (ConflictTier.SAME_DAY if some_days else ConflictTier.FIRM)


def _claim(claim_id: str, measure: str, value: float, as_of: str, kind: ValueKind = ValueKind.EXACT) -> Claim:
    return Claim(claim_id, "troops", measure, value, kind, None, None, "soldiers", parse_edtf(as_of), "", (),
                 f"src-{claim_id}", "", Status.REPORTED)  # fmt: skip


RUNNING, STOCK, PART = "sent-to-russia", "in-russia", "in-kursk"
RULES_CUMULATIVE = frozenset({("troops", RUNNING)})
RULES_BOUNDS = frozenset({("troops", PART, RUNNING), ("troops", PART, STOCK)})


@pytest.mark.parametrize(
    ("a", "b", "tier"),
    [
        # a stock: both on the same single day, firm; one pinned inside the other's window, only if on the same day
        ((STOCK, 1234, "2024-10-20"), (STOCK, 5678, "2024-10-20"), ConflictTier.FIRM),
        ((STOCK, 1234, "2024-10-20"), (STOCK, 5678, "2024-10-18/2024-10-25"), ConflictTier.SAME_DAY),
        ((STOCK, 1234, "2024-10-20~"), (STOCK, 5678, "2024-10-20"), ConflictTier.SAME_DAY),
        # a running total: the lower one can be dated before the higher, only if on the same day; touching, firm
        ((RUNNING, 5678, "2024-10-20/2024-10-25"), (RUNNING, 1234, "2024-10-18/2024-10-22"), ConflictTier.SAME_DAY),
        ((RUNNING, 1234, "2024-10-20/2024-10-25"), (RUNNING, 5678, "2024-10-18/2024-10-20"), ConflictTier.FIRM),
        ((RUNNING, 1234, "2024-10-20/2024-10-25"), (RUNNING, 5678, "2024-10-18/2024-10-20~"), ConflictTier.SAME_DAY),
        # a total that fell: firm, unless both facing ends are approximate and a day apart
        ((RUNNING, 5678, "2024-10-18"), (RUNNING, 1234, "2024-10-25"), ConflictTier.FIRM),
        ((RUNNING, 5678, "2024-10-18~"), (RUNNING, 1234, "2024-10-19~"), ConflictTier.SAME_DAY),
        # across measures, bounded by a stock: firm only on the same single day
        ((PART, 5678, "2024-10-20"), (STOCK, 1234, "2024-10-20"), ConflictTier.FIRM),
        ((PART, 5678, "2024-10-20"), (STOCK, 1234, "2024-10"), ConflictTier.SAME_DAY),
        # across measures, bounded by a running total: firm when the total cannot be dated before the part
        ((PART, 5678, "2024-10-10/2024-10-20"), (RUNNING, 1234, "2024-10-20/2024-10-30"), ConflictTier.FIRM),
        ((PART, 5678, "2024-10-10/2024-10-21"), (RUNNING, 1234, "2024-10-20/2024-10-30"), ConflictTier.SAME_DAY),
        ((PART, 5678, "2024-10-10"), (RUNNING, 1234, "2024-10-30"), ConflictTier.FIRM),
        # round figures read as approximate agree: only if exact, whatever the dates
        ((STOCK, 10000, "2024-10-20"), (STOCK, 11000, "2024-10-20"), ConflictTier.IF_EXACT),
    ],
)
def test_each_rule(a: tuple[str, float, str], b: tuple[str, float, str], tier: ConflictTier) -> None:
    left, right = _claim("a", *a), _claim("b", *b)
    assert conflict_tier(left, right, RULES_CUMULATIVE, RULES_BOUNDS) is tier
    assert conflict_tier(right, left, RULES_CUMULATIVE, RULES_BOUNDS) is tier


# Days a few apart, single or spans, approximate or not: so pairs pin to one day, touch, or face a day apart.
CLOSE_DAYS = st.builds(
    lambda start, length, first, last: parse_edtf(
        f"{date(2024, 10, 20) + timedelta(days=start):%Y-%m-%d}{first}"
        + (f"/{date(2024, 10, 20) + timedelta(days=start + length):%Y-%m-%d}{last}" if length else "")
    ),
    st.integers(0, 3),
    st.integers(0, 2),
    st.sampled_from(["", "", "~"]),
    st.sampled_from(["", "", "~"]),
)


@st.composite
def close_claims(draw: st.DrawFn) -> Claim:
    """tie_claims (ids repeated, many asserters, NaN and negative figures now and then) on days a few apart, on the
    measures of the rules above: a running total, a stock, and a part bounded by both."""
    measure = draw(st.sampled_from([RUNNING, STOCK, PART]))
    return draw(tie_claims())._replace(topic="troops", measure=measure, as_of=draw(CLOSE_DAYS))


@settings(max_examples=max(200, FUZZ))
@given(st.lists(close_claims(), max_size=40), st.lists(close_claims(), max_size=3), st.integers(0, 6) | st.none())
def test_the_sweeps_count_each_tier_as_testing_every_pair(
    drawn: list[Claim], others: list[Claim], limit: int | None
) -> None:
    """The counts of each tier (sameday.py's day buckets, pinned_across, the scans of inverted intervals,
    repeated ids and claims of many asserters) agree with the pairwise tier of every pair: per claim indexed or not,
    per measure (spreads), per pair listed (conflict_tier_pairs), and a listing's selection."""
    index = ConflictIndex(drawn, cumulative=RULES_CUMULATIVE, bounds=RULES_BOUNDS)
    for claim in drawn + others:
        tiers = [conflict_tier(claim, other, RULES_CUMULATIVE, RULES_BOUNDS) for other in drawn]
        counted = Counter(tier for tier in tiers if tier is not None)
        looked = index.lookup_tiers(claim, limit)
        assert looked[:3] == (sum(counted.values()), counted[ConflictTier.FIRM], counted[ConflictTier.SAME_DAY])
        assert Counter(tier for _, _, tier in looked.named) <= counted
    unique = [claim._replace(id=f"c{number}") for number, claim in enumerate(drawn)]
    by_id = {claim.id: claim for claim in unique}
    pairs = [
        (a, b, tier)
        for i, a in enumerate(unique)
        for b in unique[i + 1 :]
        if (tier := conflict_tier(a, b, RULES_CUMULATIVE, RULES_BOUNDS)) is not None
    ]
    listed = list(conflict_tier_pairs(unique, RULES_CUMULATIVE, RULES_BOUNDS))
    assert Counter(tier for *_, tier in listed) == Counter(tier.value for *_, tier in pairs)
    assert all(tier == conflict_tier(by_id[a], by_id[b], RULES_CUMULATIVE, RULES_BOUNDS) for a, b, _, tier in listed)
    for spread in spreads(unique, RULES_CUMULATIVE, RULES_BOUNDS, pair_limit=0):
        mine = [
            tier
            for a, b, tier in pairs
            if (spread.topic, spread.measure) in {(a.topic, a.measure), (b.topic, b.measure)}
        ]
        assert (spread.conflict_count, spread.firm_count, spread.same_day_count) == (
            len(mine),
            mine.count(ConflictTier.FIRM),
            mine.count(ConflictTier.SAME_DAY),
        )
    selected = selection_conflicts(
        unique[: len(unique) // 2],
        ConflictIndex(unique, cumulative=RULES_CUMULATIVE, bounds=RULES_BOUNDS),
        by_id.__getitem__,
        limit,
    )
    touching = [tier for a, b, tier in pairs if a in unique[: len(unique) // 2] or b in unique[: len(unique) // 2]]
    assert (selected.total, selected.firm, selected.same_day) == (
        len(touching),
        touching.count(ConflictTier.FIRM),
        touching.count(ConflictTier.SAME_DAY),
    )
