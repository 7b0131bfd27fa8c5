"""Review 37 (U4, U15, C3, C4, C12): a conflict's tier is told on the figures alone and says so, its legend names
only what is on screen with examples from the pairs shown, one function tells a pair's tier, both diff modes give it
as `tier`, and a view colours each tier the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.claims import CONFLICT_LABELS, ConflictKind, ConflictTier, tier_of_conflict
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from tests.claimstores import TOPICS
from tests.conftest import run
from tests.stores import StoreBuilder

RED, PLAIN_RED, YELLOW = "\x1b[1;31m", "\x1b[31m", "\x1b[33m"  # TIER_STYLE's firm, same-day, if-exact colours
WINDOWS = "both may still hold on different days"


def _legend(shown: str) -> list[str]:
    """The lines after the last pair of a `claims` or `show` listing that say what a mark or label means."""
    return [line for line in shown.splitlines() if line.startswith(("≠", "(no label)", "(total fell)", "(across"))]


# --- U4: « firm » is firm on the figures, and the dates may differ ----------------------------------------------


def test_the_shipped_pair_firm_on_the_figures_is_only_if_on_the_same_day() -> None:
    """US officials' ~10,000 in Kursk (8 Oct? – 10 Nov) and the NIS's 1,500 in Russia (13 Oct – ~6 Nov): the
    claim's own note says both may hold on different days; so the listing counts it only if on the same day
    (rev37u U4, the lead's rule), never « firm »."""
    shown = run("claims", "troops", tty=True, width=300).stdout
    assert "Conflicts (4): 1 only if on the same day, 3 only if the round figures are exact" in shown
    legend = "\n".join(_legend(shown))
    assert not any(line.startswith("≠ ") for line in _legend(shown))
    firm = next(line for line in _legend(shown) if line.startswith("≠~ "))
    assert firm.startswith("≠~ only if on the same day: ") and "days on which both hold" in firm
    across = next(line for line in _legend(shown) if line.startswith("(across measures)"))
    assert WINDOWS in across  # the caveat the overlap's line gives, for the pair the README puts forward
    assert "(10,000, 1,500)" not in legend  # examples come from the pairs shown: 1,500 for the firm one
    assert "the figures clash (1,500) even" in firm
    topics = run("topics", tty=True, width=200).stdout
    assert "only if on the same day: " in topics and "Same day" in topics
    spread = {(s["topic"], s["measure"]): s for s in run("topics", "--json").json()}
    counts = spread["troops", "in-kursk"]
    assert (counts["firm_conflict_count"], counts["same_day_conflict_count"]) == (0, 1)
    chart = run("figures", "troops/in-kursk", tty=True, width=160).stdout
    assert "≠~ only if on the same day" in chart


def test_a_total_that_fell_keeps_its_legend_without_the_windows_caveat(tmp_path: Path) -> None:
    """Dated apart, a total that fell cannot hold on different days: its own line says nothing of windows."""
    builder = StoreBuilder().topics(TOPICS).source("alpha", "2025-01-10").source("beta", "2025-01-12")
    builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk"))
    builder.claim("one", "alpha", 12000, "2024-10", kind="approximate", measure="sent-to-russia")
    builder.claim("two", "beta", 1000, "2024-12", measure="sent-to-russia")
    root = str(builder.write(tmp_path / "store"))
    legend = _legend(run("--data", root, "claims", "troops", tty=True, width=300).stdout)
    assert [line.split(":")[0].split(" a running")[0] for line in legend] == ["≠ firm", "(total fell)"]
    assert WINDOWS not in next(line for line in legend if line.startswith("(total fell)"))


# --- U15: only the legend lines of the marks on screen ---------------------------------------------------------


def test_show_names_only_the_tiers_and_kinds_it_marks() -> None:
    """`show nis-12000-sent` has two conflicts only if exact (an overlap, a total that fell): no firm line, no line
    for a conflict across measures, and its example is its own pairs' round figure, not troops in general."""
    legend = _legend(run("show", "nis-12000-sent", tty=True, width=300).stdout)
    assert [line.split(":")[0] if line.startswith("≠") else line.split(")")[0] + ")" for line in legend] == [
        "≠? only if the round figures are exact",
        "(no label)",
        "(total fell)",
    ]
    assert "a bare round figure (10,000) is stored as printed" in legend[0]
    plain = run("show", "nis-1500-in-russia", tty=True, width=300).stdout
    assert [line.split(":")[0] for line in _legend(plain) if line.startswith("≠")] == ["≠~ only if on the same day"]
    assert not any(line.startswith("(total fell)") for line in _legend(plain))


# --- C3: one function tells a pair's tier, and refuses a pair that does not conflict ------------------------------


def _claim(claim_id: str, value: int, kind: ValueKind = ValueKind.EXACT, as_of: str = "2024-10") -> Claim:
    return Claim(
        claim_id, "troops", "in-kursk", value, kind, None, None, "soldiers", parse_edtf(as_of), "", (), "alpha", "q",
        Status.REPORTED,
    )  # fmt: skip


def test_tier_of_conflict_tells_a_conflicting_pair_and_refuses_any_other() -> None:
    a, b = _claim("a", 12000, ValueKind.APPROXIMATE), _claim("b", 1000)
    assert tier_of_conflict(a, b) is ConflictTier.SAME_DAY  # a stock in one month: two days of it may differ
    day = parse_edtf("2024-10-20")  # both of that one day: firm
    assert tier_of_conflict(a._replace(as_of=day), b._replace(as_of=day)) is ConflictTier.FIRM
    assert tier_of_conflict(a, _claim("c", 10000)) is ConflictTier.IF_EXACT
    with pytest.raises(ValueError, match="do not conflict"):
        tier_of_conflict(a, _claim("d", 12000))  # agree: never a silent « firm »
    with pytest.raises(ValueError):
        tier_of_conflict(a, _claim("e", 1000, as_of="2025-03"))  # a stock, dated apart


# --- C4: both modes of diff give a pair's tier as `conflict_tiers` does ---------------------------------------------


def test_both_diff_modes_give_each_pair_the_tier_claims_gives() -> None:
    tiers = {
        (row["id"], other): tier
        for row in run("claims", "--all", "--json").json()
        for other, tier in zip(row["conflicts_with"], row["conflict_tiers"], strict=True)
    }
    dated = run("diff", "--from", "2024-10-31", "--to", "2024-11-15", "--all", "--json").json()["new_conflicts"]
    sources = run("diff", "nis-12000", "cnn", "--json").json()["conflicts"]
    for pair in dated + sources:
        assert pair["tier"] == tiers[pair["a"]["id"], pair["b"]["id"]]
        assert pair["firm"] == (pair["tier"] == "firm")
    assert {p["tier"] for p in dated} == {"same-day", "if-exact"} and sources  # the shipped pair (rev37u U4)


# --- C12: a claim with only conflicts only if exact is not painted as a firm one ----------------------------------


def test_each_view_colours_a_conflict_by_its_tier() -> None:
    shown = run("claims", "troops", tty=True, color=True, width=300).stdout
    assert f"{PLAIN_RED}~10,000 soldiers · in-kursk" in shown  # US officials': a conflict only if on the same day
    assert f"{YELLOW}11,000 soldiers · in-kursk" in shown  # Zelensky's: only ≠? conflicts
    assert f"{RED}11,000 soldiers" not in shown
    topics = run("topics", tty=True, color=True, width=200).stdout
    sent = next(line for line in topics.splitlines() if "sent-to-russia" in line)
    assert f"{YELLOW}3" in sent and RED not in sent  # three conflicts, none firm
    chart = run("figures", "troops/in-kursk", tty=True, color=True, width=160).stdout
    assert "33m ≠?\x1b" in chart and "31m ≠?" not in chart and "31m ≠~\x1b" in chart  # a bar's mark, by tier


def test_kinds_registry_words_every_legend_line() -> None:
    """Each kind's legend line that speaks of a day both dates share also says that windows may differ."""
    for kind, by_lang in CONFLICT_LABELS.items():
        shares = "on a day both as-of dates share" in by_lang["en"].meaning
        assert shares == (WINDOWS in by_lang["en"].meaning), kind
        assert (kind is ConflictKind.TOTAL_FELL) != shares
