"""rev32 R15: a conflict is firm when it holds with every bare round figure read as approximate (±10 %), else it holds
only if the round figures are exact (docs/claims.md, "Firm or only if exact"). Widening takes conflicts away and
never adds one, for every kind; counts come from the same counting run over widened claims, and agree with testing
every pair; every listing says the tier, through the real CLI."""

from __future__ import annotations

import contextlib
import math
import re
import sqlite3
from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.claims import (
    CONFLICT_TIERS,
    ConflictTier,
    conflict_kind,
    conflict_tier,
    round_figure,
    value_bounds,
    widened,
)
from koursk_cli.conflicts import ConflictIndex, conflict_tier_pairs, selection_conflicts
from koursk_cli.model import Claim, ValueKind
from koursk_cli.spreads import spreads
from tests.claimstores import TOPICS
from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_properties import BOUNDS, CUMULATIVE, FUZZ, conflict, random_claims

# --- the core: which figures are round, and widening only takes conflicts away -----------------------------------


def round_oracle(value: float) -> bool:
    """A whole number of at least 100 whose decimal digits, trailing zeros dropped, are at most two."""
    return math.isfinite(value) and value >= 100 and value == int(value) and len(str(int(value)).rstrip("0")) <= 2


def widen_oracle(claim: Claim) -> Claim:
    if claim.value_kind is ValueKind.EXACT and claim.value is not None and round_oracle(claim.value):
        return claim._replace(value_kind=ValueKind.APPROXIMATE)
    return claim


# Round and not: 10,500 and 1,050 have three significant digits, 99 is below 100, 9,900 and 150 are round.
TIER_FIGURES = st.sampled_from([0, 99, 150, 1000, 1050, 9000, 9900, 10000, 10500, 10999, 11000, 12000, 12345, -5])


@st.composite
def tier_claims(draw: st.DrawFn) -> Claim:
    """random_claims with figures round and not (and the NaN, infinite and negative ones it draws now and then)."""
    claim = draw(random_claims())
    if claim.value is not None and draw(st.integers(0, 4)):
        claim = claim._replace(value=draw(TIER_FIGURES))
    return claim


@settings(max_examples=max(300, FUZZ))
@given(st.floats(allow_nan=True) | st.integers(-10, 10**9), st.sampled_from(list(ValueKind)))
def test_a_round_figure_is_a_bare_whole_number_of_two_significant_digits(value: float, kind: ValueKind) -> None:
    claim = next_claim(value, kind)
    assert round_figure(claim) == (kind is ValueKind.EXACT and round_oracle(value))


def next_claim(value: float, kind: ValueKind) -> Claim:
    from koursk_cli.dates import parse_edtf
    from koursk_cli.model import Status

    return Claim("c", "troops", "sent-to-russia", value, kind, None, None, "soldiers", parse_edtf("2024-10"), "",
                 (), "alpha", "", Status.REPORTED)  # fmt: skip


@settings(max_examples=max(300, FUZZ))
@given(tier_claims(), tier_claims())
def test_widening_only_takes_conflicts_away_of_every_kind(a: Claim, b: Claim) -> None:
    """A widened figure allows every value it allowed (its interval holds the exact one), and every kind of conflict
    (on one measure, a total that fell, across measures) compares a low bound against a high one: so a pair that
    conflicts widened conflicts as stated, of the same kind."""
    for claim in (a, b):
        wide = widened(claim)
        assert wide == widen_oracle(claim)
        if wide is not claim:
            (low, high), (wide_low, wide_high) = value_bounds(claim), value_bounds(wide)
            assert wide_low <= low <= high <= wide_high
            assert (wide_low, wide_high) == (Fraction(low) * Fraction(9, 10), Fraction(high) * Fraction(11, 10))
    kind = conflict_kind(widened(a), widened(b), CUMULATIVE, BOUNDS)
    if kind is not None:
        assert conflict_kind(a, b, CUMULATIVE, BOUNDS) == kind
    expected: set[ConflictTier | None] = {None}
    if conflict(a, b, CUMULATIVE, BOUNDS):  # firm on the figures: firm or same-day by the dates (test_same_day_tier)
        figures = conflict(widen_oracle(a), widen_oracle(b), CUMULATIVE, BOUNDS)
        expected = {ConflictTier.FIRM, ConflictTier.SAME_DAY} if figures else {ConflictTier.IF_EXACT}
    assert conflict_tier(a, b, CUMULATIVE, BOUNDS) in expected


def _as_of_order(claims: list[Claim]) -> list[Claim]:
    """As-of order, ties of two measures by measure, then as given (the order a lookup names conflicts in)."""
    ranked = sorted(enumerate(claims), key=lambda i: (i[1].as_of.start, i[1].as_of.end, i[1].measure, i[0]))
    return [claim for _, claim in ranked]


def _tier(a: Claim, b: Claim) -> ConflictTier:
    """The pairwise tier (claims.conflict_tier, held to oracles in test_same_day_tier.py) of a conflicting pair."""
    tier = conflict_tier(a, b, CUMULATIVE, BOUNDS)
    assert tier is not None
    return tier


def _firm(a: Claim, b: Claim) -> bool:
    return _tier(a, b) is ConflictTier.FIRM


def _same_day(a: Claim, b: Claim) -> bool:
    return _tier(a, b) is ConflictTier.SAME_DAY


@settings(max_examples=max(100, FUZZ))
@given(st.lists(tier_claims(), max_size=40), st.lists(tier_claims(), max_size=3), st.integers(0, 12) | st.none())
def test_firm_conflicts_are_counted_as_testing_every_pair_widened_finds(
    drawn: list[Claim], others: list[Claim], limit: int | None
) -> None:
    """The brute-force oracle: every pair tested as stated and with its round figures widened. The index counts the
    firm ones by the same dominance counts over widened claims and tells the named ones apart; the spreads and a
    selection count them by kind; the pairs of `export sqlite` carry their tier."""
    claims = [claim._replace(id=f"c{number}") for number, claim in enumerate(drawn)]
    index = ConflictIndex(claims, cumulative=CUMULATIVE, bounds=BOUNDS)
    ranked = _as_of_order(claims)
    for claim in claims + others:
        expected = [other for other in ranked if conflict(claim, other, CUMULATIVE, BOUNDS)]
        firm = [other for other in expected if _firm(claim, other)]
        same_day = [other for other in expected if _same_day(claim, other)]
        tiers = [(o.id, conflict_kind(claim, o, CUMULATIVE, BOUNDS), _tier(claim, o)) for o in expected[:limit]]
        assert index.lookup_tiers(claim, limit) == (len(expected), len(firm), len(same_day), tiers)
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if conflict(a, b, CUMULATIVE, BOUNDS)]
    by_id = {claim.id: claim for claim in claims}
    tiered = list(conflict_tier_pairs(claims, CUMULATIVE, BOUNDS))
    assert {frozenset(p[:2]) for p in tiered} == {frozenset((a.id, b.id)) for a, b in pairs}
    assert all(tier == _tier(by_id[a], by_id[b]) for a, b, _, tier in tiered)
    for spread in spreads(claims, CUMULATIVE, BOUNDS, pair_limit=limit):
        mine = [(a, b) for a, b in pairs if (spread.topic, spread.measure) in {(c.topic, c.measure) for c in (a, b)}]
        assert spread.conflict_count == len(mine)
        assert spread.firm_count == sum(1 for a, b in mine if _firm(a, b))
        assert spread.same_day_count == sum(1 for a, b in mine if _same_day(a, b))
        for tier, counted in ((ConflictTier.FIRM, spread.firm_kinds), (ConflictTier.SAME_DAY, spread.same_day_kinds)):
            tier_kinds = {kind: 0 for kind, _ in spread.kinds}
            for a, b in mine:
                if _tier(a, b) is tier:
                    tier_kinds[conflict_kind(a, b, CUMULATIVE, BOUNDS)] += 1  # type: ignore[index]
            assert dict(counted) == tier_kinds
    listed = claims[: len(claims) // 2]
    selected = selection_conflicts(listed, index, by_id.__getitem__, limit)
    touching = [(a, b) for a, b in pairs if a in listed or b in listed]
    assert (selected.total, selected.firm, selected.same_day) == (
        len(touching),
        sum(1 for a, b in touching if _firm(a, b)),
        sum(1 for a, b in touching if _same_day(a, b)),
    )


# Figures at one another's widened bounds: 10,000 read as approximate is 9,000 – 11,000, and 9,000, 11,000, 8,910,
# 10,890 and 12,100 sit on such ends (9,900 widened is 8,910 – 10,890; 11,000 is 9,900 – 12,100). A one-sweep count
# that took one column's bound for the other's, or a tie the wrong way, miscounts them.
TIE_FIGURES = st.sampled_from([90, 100, 110, 8100, 8910, 9000, 9900, 10000, 10890, 11000, 12100, 13310])


@st.composite
def tie_claims(draw: st.DrawFn) -> Claim:
    """random_claims (ids repeated, asserters many or none, NaN now and then) with figures on each other's widened
    bounds, of every kind: a range of two round ends, an approximate figure beside a widened exact one."""
    claim = draw(random_claims())
    if not draw(st.integers(0, 5)):
        return claim
    if claim.value_kind is ValueKind.RANGE:
        low, high = sorted((draw(TIE_FIGURES), draw(TIE_FIGURES)))
        return claim._replace(value_min=low, value_max=high)
    return claim._replace(value=draw(TIE_FIGURES))


def _twin(claim: Claim) -> Claim:
    """The claim as a range of two equal ends: its bounds as stated, never widened (a range already says them)."""
    return claim._replace(value_kind=ValueKind.RANGE, value=None, value_min=claim.value, value_max=claim.value)


@settings(max_examples=max(150, FUZZ))
@given(
    st.lists(tie_claims(), max_size=40),
    st.lists(tie_claims(), max_size=3),
    st.integers(0, 12) | st.none(),
    st.lists(st.integers(0, 39), max_size=4),
)
def test_both_tiers_counted_in_one_sweep_agree_with_every_pair(
    drawn: list[Claim], others: list[Claim], limit: int | None, twins: list[int]
) -> None:
    """The counts as stated and widened share every sweep (dominance.count_below, a Fenwick tree per column) and
    every correction (repeated ids, inverted intervals, claims of many asserters): held to testing every pair, by
    kind and tier, for claims indexed (ids repeated as drawn) and not. A round figure's twin, the same id, dates and
    stated bounds as a range, is told apart by its widened ones."""
    exact = [c for c in drawn if c.value_kind is ValueKind.EXACT and c.value is not None]
    claims = drawn + [_twin(exact[i % len(exact)]) for i in twins if exact]
    index = ConflictIndex(claims, cumulative=CUMULATIVE, bounds=BOUNDS)
    ranked = _as_of_order(claims)
    for claim in claims + others:
        expected = [other for other in ranked if conflict(claim, other, CUMULATIVE, BOUNDS)]
        kinds = [conflict_kind(claim, other, CUMULATIVE, BOUNDS) for other in expected]
        tiered_ = [_tier(claim, other) for other in expected]
        tiers = [
            (other.id, kind, tier) for other, kind, tier in list(zip(expected, kinds, tiered_, strict=True))[:limit]
        ]
        counted = Counter(tiered_)
        assert index.lookup_tiers(claim, limit) == (
            len(expected),
            counted[ConflictTier.FIRM],
            counted[ConflictTier.SAME_DAY],
            tiers,
        )
        by_kind = Counter(kinds)
        by_tier = {
            tier: dict(Counter(kind for kind, t in zip(kinds, tiered_, strict=True) if t is tier))
            for tier in (ConflictTier.FIRM, ConflictTier.SAME_DAY)
        }
        assert index.count_tiers(claim) == (dict(by_kind), by_tier)
    unique = [claim._replace(id=f"c{number}") for number, claim in enumerate(claims)]
    pairs = [(a, b) for i, a in enumerate(unique) for b in unique[i + 1 :] if conflict(a, b, CUMULATIVE, BOUNDS)]
    by_id = {claim.id: claim for claim in unique}
    tiered = list(conflict_tier_pairs(unique, CUMULATIVE, BOUNDS))
    assert len(tiered) == len(pairs)
    assert all(
        (kind, tier) == (conflict_kind(by_id[a], by_id[b], CUMULATIVE, BOUNDS), _tier(by_id[a], by_id[b]))
        for a, b, kind, tier in tiered
    )
    for spread in spreads(unique, CUMULATIVE, BOUNDS, pair_limit=0):
        mine = [(a, b) for a, b in pairs if (spread.topic, spread.measure) in {(c.topic, c.measure) for c in (a, b)}]
        for tier, counted_kinds in (
            (ConflictTier.FIRM, spread.firm_kinds),
            (ConflictTier.SAME_DAY, spread.same_day_kinds),
        ):
            tier_kinds = Counter(conflict_kind(a, b, CUMULATIVE, BOUNDS) for a, b in mine if _tier(a, b) is tier)
            assert {kind: n for kind, n in counted_kinds if n} == dict(tier_kinds)


# --- through the CLI, on a store of two figures for each kind and tier ----------------------------------------------

CASES = {
    # name: (first figure, second figure, kind, tier): (value, kind, as_of, measure) each
    # one day each, the same: firm (rev37u U4); two months that overlap: the lower may be dated first, same-day
    "overlap-firm": ((12000, "approximate", "2024-10-20", "sent-to-russia"),
                     (1000, "exact", "2024-10-20", "sent-to-russia"), "overlapping", "firm"),
    "overlap-same-day": ((12000, "approximate", "2024-10", "sent-to-russia"),
                         (1000, "exact", "2024-10", "sent-to-russia"), "overlapping", "same-day"),
    "overlap-if-exact": ((12000, "approximate", "2024-10", "sent-to-russia"),
                         (10000, "exact", "2024-10", "sent-to-russia"), "overlapping", "if-exact"),
    "overlap-not-round": ((12000, "approximate", "2024-10", "sent-to-russia"),
                          (10500, "exact", "2024-10-20", "sent-to-russia"), "overlapping", "same-day"),
    "fell-firm": ((12000, "approximate", "2024-10", "sent-to-russia"), (1000, "exact", "2024-12", "sent-to-russia"),
                  "total-fell", "firm"),
    "fell-if-exact": ((12000, "approximate", "2024-10", "sent-to-russia"),
                      (10000, "exact", "2024-12", "sent-to-russia"), "total-fell", "if-exact"),
    "across-firm": ((11000, "exact", "2024-10-20", "in-kursk"), (1000, "exact", "2024-10-20", "sent-to-russia"),
                    "across-measures", "firm"),
    "across-same-day": ((11000, "exact", "2024-10", "in-kursk"), (1000, "exact", "2024-10", "sent-to-russia"),
                        "across-measures", "same-day"),
    "across-if-exact": ((11000, "exact", "2024-10", "in-kursk"), (10000, "exact", "2024-10", "sent-to-russia"),
                        "across-measures", "if-exact"),
}  # fmt: skip
EXAMPLES = {
    "overlap-firm": " (1,000)",
    "overlap-same-day": " (1,000)",
    "overlap-if-exact": " (10,000)",
    "overlap-not-round": "",
    "fell-firm": " (1,000)",
    "fell-if-exact": " (10,000)",
    "across-firm": " (11,000, 1,000)",
    "across-same-day": " (11,000, 1,000)",
    "across-if-exact": " (11,000, 10,000)",
}
"""The round figures a legend gives as its tier's example: those of the pair shown, never the shipped store's."""


def _store(root: Path, first: tuple[Any, ...], second: tuple[Any, ...]) -> str:
    builder = StoreBuilder().topics(TOPICS)
    builder.source("alpha", "2025-01-10").source("beta", "2025-01-12")
    builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk"))
    for claim_id, source, (value, kind, as_of, measure) in (("one", "alpha", first), ("two", "beta", second)):
        builder.claim(claim_id, source, value, as_of, kind=kind, measure=measure)
    return str(builder.write(root))


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_conflict_says_its_tier_in_every_listing(tmp_path: Path, case: str) -> None:
    first, second, kind, tier = CASES[case]
    root = _store(tmp_path / "store", first, second)
    rows = {r["id"]: r for r in run("--data", root, "claims", "troops", "--json").json()}
    for claim_id, other in (("one", "two"), ("two", "one")):
        row = rows[claim_id]
        assert (row["conflicts_with"], row["conflict_kinds"], row["conflict_tiers"]) == ([other], [kind], [tier])
        counts = (row["conflict_count"], row["firm_conflict_count"], row["same_day_conflict_count"])
        assert counts == (1, int(tier == "firm"), int(tier == "same-day"))
    shown = run("--data", root, "claims", "troops", tty=True, width=300).stdout
    words = f"1 {CONFLICT_TIERS[ConflictTier(tier)]['en'].counted}"
    assert f"Conflicts (1): {words}" in shown
    mark = CONFLICT_TIERS[ConflictTier(tier)]["en"].mark
    assert re.search(rf"troops/\S+: (one|two) \(.*\) {re.escape(mark)} (one|two) \(", shown)
    legend = CONFLICT_TIERS[ConflictTier(tier)]["en"]
    meaning = legend.meaning.format(example=EXAMPLES[case])  # the round figures of the pair shown (rev37 U15)
    assert f"{legend.mark} {legend.counted}: {meaning}" in shown
    others = (words.meaning.split("{")[0] for t, by in CONFLICT_TIERS.items() if t != tier for words in by.values())
    assert not any(other in shown for other in others)
    piped = [line.split("\t") for line in run("--data", root, "claims", "troops").stdout.splitlines()]
    assert {line[0]: line[-1] for line in piped} == {"one": tier, "two": tier}
    topics = run("--data", root, "topics", "--json").json()
    for spread in (s for s in topics if s["conflict_count"]):
        assert spread["conflict_tiers"] == [tier]
        assert spread["firm_conflict_count"] == int(tier == "firm") == spread["firm_conflict_counts"][kind]
        assert spread["same_day_conflict_count"] == int(tier == "same-day") == spread["same_day_conflict_counts"][kind]
    labels = {t.value: CONFLICT_TIERS[t]["en"].label for t in ConflictTier if CONFLICT_TIERS[t]["en"].label}

    def labelled(text: str) -> set[str]:
        """The tiers whose label (`only if …`) is beside a conflict in `text`: the pair's own only, none if firm."""
        return {t for t, label in labels.items() if f"({label})" in text or f"; {label})" in text}

    said = {tier} & set(labels)
    figures = run("--data", root, "figures", "troops", "--json").json()
    tiers = {f["id"]: f["conflict_tiers"] for m in figures for s in m["series"] for f in s["figures"]}
    assert tiers == {"one": [tier], "two": [tier]}
    chart = run("--data", root, "figures", "troops", tty=True, width=120).stdout
    assert f"{mark} two" in chart and f"{mark} one" in chart
    shown = run("--data", root, "show", "troops").stdout
    assert f"· {mark} conflicts with two" in shown and f"· {mark} conflicts with one" in shown
    assert labelled(run("--data", root, "show", "one").stdout) == said
    pairs = run("--data", root, "diff", "alpha", "beta", "--json").json()["conflicts"]
    assert [(p["kind"], p["tier"], p["firm"]) for p in pairs] == [(kind, tier, tier == "firm")]  # rev37 C4
    news = run("--data", root, "diff", "--from", "2025-01-11", "--json").json()
    assert [(p["tier"], p["firm"]) for p in news["new_conflicts"]] == [(tier, tier == "firm")]
    assert (news["new_conflict_count"], news["new_firm_conflict_count"], news["new_same_day_conflict_count"]) == (
        1,
        int(tier == "firm"),
        int(tier == "same-day"),
    )
    diffed = run("--data", root, "diff", "alpha", "beta").stdout
    assert labelled(diffed) == said
    page = tmp_path / "page.html"
    assert run("--data", root, "report", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert labelled(html) == said  # beside the partner in Conflicts
    for drawn in ("if-exact", "same-day"):  # the chart draws both figures in their tier's dashes, with its mark
        assert html.count(f" conflict {drawn}") == (2 if tier == drawn else 0)
    target = tmp_path / "k.db"
    assert run("--data", root, "export", "sqlite", "-o", str(target)).exit_code == 0
    with contextlib.closing(sqlite3.connect(target)) as db:
        stored = set(db.execute("SELECT claim_id, other_id, kind, tier FROM claim_conflicts"))
        assert stored == {("one", "two", kind, tier), ("two", "one", kind, tier)}
        assert set(db.execute("SELECT id, firm_conflict_count, same_day_conflict_count FROM claims")) == {
            (claim_id, int(tier == "firm"), int(tier == "same-day")) for claim_id in ("one", "two")
        }


# --- the shipped store: invariants ---------------------------------------------------------------------------------


def test_the_shipped_store_tells_each_conflict_its_tier() -> None:
    """Every claim's firm conflicts are among its conflicts; a conflict only if exact has a bare round figure on one
    side at least; the topics' counts are the claims' pairs; the terminal's heading adds them up."""
    rows = {r["id"]: r for r in run("claims", "--all", "--json").json()}
    pairs: dict[frozenset[str], str] = {}
    for claim_id, row in rows.items():
        assert len(row["conflict_tiers"]) == len(row["conflicts_with"]) == row["conflict_count"]
        assert row["firm_conflict_count"] == row["conflict_tiers"].count("firm")
        assert row["same_day_conflict_count"] == row["conflict_tiers"].count("same-day")
        for other, tier in zip(row["conflicts_with"], row["conflict_tiers"], strict=True):
            assert pairs.setdefault(frozenset((claim_id, other)), tier) == tier  # the same tier from either end
            if tier == "if-exact":
                assert any(rows[c]["value_kind"] == "exact" for c in (claim_id, other))
    for spread in run("topics", "--json").json():
        key = (spread["topic"], spread["measure"])
        mine = {p: t for p, t in pairs.items() if key in {(rows[c]["topic"], rows[c]["measure"]) for c in p}}
        assert spread["firm_conflict_count"] == sum(1 for t in mine.values() if t == "firm")
        assert spread["firm_conflict_count"] == sum(spread["firm_conflict_counts"].values())
        assert spread["same_day_conflict_count"] == sum(1 for t in mine.values() if t == "same-day")
        assert spread["same_day_conflict_count"] == sum(spread["same_day_conflict_counts"].values())
    troops = {p: t for p, t in pairs.items() if all(rows[c]["topic"] == "troops" for c in p)}
    counted = Counter(troops.values())
    shown = run("claims", "troops", tty=True, width=300).stdout
    heading = f"Conflicts ({len(troops)}): " + ", ".join(
        f"{counted[tier.value]} {CONFLICT_TIERS[tier]['en'].counted}" for tier in ConflictTier if counted[tier.value]
    )
    assert heading in shown
