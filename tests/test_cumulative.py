"""A total that can only grow (docs/claims.md rule 8, review N1): on a measure topics.yaml marks `cumulative: true`,
two figures whose as-of dates do not overlap conflict when the later one's highest value is below the earlier one's
lowest, unless the same asserter gave both (a revision) or one restates another; a stock (`in-kursk`) may fall."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.claims import ConflictKind, conflict_kind, cumulative_measures
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from koursk_cli.store.loader import read_store
from tests.conftest import REPO, run
from tests.stores import StoreBuilder

TOPICS = """\
topics:
  - id: troops
    name: {en: Troops, fr: Troupes}
    aliases: [troupes, soldats]
    measures:
      - id: sent-to-russia
        description: {en: sent in all, fr: envoyés en tout}
        cumulative: true
      - id: in-kursk
        description: {en: present in Kursk, fr: présents à Koursk}
"""


def _builder() -> StoreBuilder:
    return (
        StoreBuilder()
        .topics(TOPICS)
        .source("october", "2024-10-28/2024-10-31")
        .source("november", "2024-11-08")
        .entity("nis", "agency", "NIS")
        .entity("rutte", "person", "Mark Rutte")
    )


def _listed(root: Path, *args: str) -> dict[str, dict[str, Any]]:
    result = run("--data", str(root), "claims", "troops", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return {row["id"]: row for row in result.json()}


def _conflicts(root: Path, *args: str) -> dict[str, list[tuple[str, str]]]:
    return {
        claim_id: list(zip(row["conflicts_with"], row["conflict_kinds"], strict=True))
        for claim_id, row in _listed(root, *args).items()
    }


FELL = [("early", "total-fell")]


def test_a_total_that_fell_between_two_asserters_conflicts(tmp_path: Path) -> None:
    """The NIS's ~12,000 sent by October, then Rutte's 10,000 sent in November: a total sent cannot fall."""
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("rutte",))
        .write(tmp_path)
    )
    assert _conflicts(root) == {"early": [("late", "total-fell")], "late": FELL}
    pair = f"{'early'} (~12,000, NIS, as of Oct 2024) ≠"  # a bare 10,000 read as ±10 % reaches 10,800: if exact
    shown = run("--data", str(root), "claims", "troops", tty=True, width=200).stdout
    assert pair in shown and "late (10,000, Mark Rutte, as of 8 Nov 2024) (total fell)" in shown
    shown = run("--data", str(root), "show", "late").stdout
    assert shown.count("conflicts with: early (total fell; only if the round figures are exact)") == 1
    diff = run("--data", str(root), "diff", "october", "november").stdout
    assert "conflict (total fell; only if the round figures are exact): " in diff and "differ over time" in diff


def test_the_same_fall_on_a_stock_is_a_change_not_a_conflict(tmp_path: Path) -> None:
    """`in-kursk` counts who is present: soldiers leave, are killed, move on."""
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",), measure="in-kursk")
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("rutte",), measure="in-kursk")
        .write(tmp_path)
    )
    assert _conflicts(root) == {"early": [], "late": []}


def test_a_total_that_grew_never_conflicts(tmp_path: Path) -> None:
    root = (
        _builder()
        .claim("early", "october", 10000, "2024-10", asserted_by=("nis",))
        .claim("late", "november", 12000, "2024-11-08", asserted_by=("rutte",))
        .write(tmp_path)
    )
    assert _conflicts(root) == {"early": [], "late": []}


def test_overlapping_dates_keep_the_rule_of_one_number_for_both(tmp_path: Path) -> None:
    """Overlapping as-of dates: a conflict only when no single number satisfies both, whichever is higher."""
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("agrees", "november", 10000, "2024-10-20/2024-11-08", asserted_by=("rutte",), kind="at_least")
        .claim("clashes", "november", 10000, "2024-10-30", asserted_by=("rutte",))
        .write(tmp_path)
    )
    found = _conflicts(root)
    assert found["agrees"] == [] and found["clashes"] == [("early", "overlapping")]


def test_the_same_asserter_lowering_its_total_is_a_revision_never_a_conflict(tmp_path: Path) -> None:
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",))
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("nis", "rutte"))
        .write(tmp_path)
    )
    assert _conflicts(root) == {"early": [], "late": []}
    revised = run("--data", str(root), "diff", "--from", "2024-11-01", "--to", "2024-11-30", "--json").json()
    assert [(r["before"]["id"], r["after"]["id"]) for r in revised["revised"]] == [("early", "late")]


def test_the_articles_own_voice_revises_itself_within_one_article_only(tmp_path: Path) -> None:
    """The article's own voice (no asserter) is the same asserter only within one article."""
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10-20")
        .claim("own-later", "october", 10000, "2024-10-31")
        .claim("late", "november", 10000, "2024-11-08")
        .write(tmp_path)
    )
    found = _conflicts(root)
    assert found["own-later"] == [] and found["late"] == FELL


def test_a_restatement_never_conflicts(tmp_path: Path) -> None:
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",))
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("rutte",))
        .claim("box", "november", 9000, "2024-11-08", asserted_by=("rutte",), kind="approximate", restates="late")
        .write(tmp_path)
    )
    found = _conflicts(root)
    assert found["box"] == [] and found["late"] == FELL and found["early"] == [("late", "total-fell")]


def test_under_as_of_a_fall_is_a_conflict_once_both_were_published(tmp_path: Path) -> None:
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",))
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("rutte",))
        .write(tmp_path)
    )
    assert _conflicts(root, "--as-of", "2024-11-05") == {"early": []}  # November's article was not out
    assert _conflicts(root, "--as-of", "2024-11-30") == {"early": [("late", "total-fell")], "late": FELL}


def test_every_export_names_the_kind(tmp_path: Path) -> None:
    root = (
        _builder()
        .claim("early", "october", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("clashes", "october", 10000, "2024-10-30", asserted_by=("rutte",))
        .claim("late", "november", 10000, "2024-11-08", asserted_by=("rutte",))
        .write(tmp_path)
    )
    target = tmp_path / "k.db"
    assert run("--data", str(root), "export", "sqlite", "-o", str(target)).exit_code == 0
    with closing(sqlite3.connect(target)) as db:
        rows = set(db.execute("SELECT claim_id, other_id, kind FROM claim_conflicts"))
    assert rows == {
        ("early", "clashes", "overlapping"),
        ("clashes", "early", "overlapping"),
        ("early", "late", "total-fell"),
        ("late", "early", "total-fell"),
    }
    table = csv.DictReader(io.StringIO(run("--data", str(root), "export", "csv", "--claims").stdout))
    assert next(row for row in table if row["id"] == "early")["conflict_kinds"] == "overlapping;total-fell"
    piped = run("--data", str(root), "claims", "troops").stdout.splitlines()
    assert next(line for line in piped if line.startswith("early\t")).split("\t")[-2] == "overlapping,total-fell"
    spread = next(m for m in run("--data", str(root), "topics", "--json").json() if m["measure"] == "sent-to-russia")
    assert spread["conflict_count"] == 2 and spread["conflicts"] == [["early", "clashes"], ["early", "late"]]
    assert spread["conflict_kinds"] == ["overlapping", "total-fell"]


def test_check_refuses_a_cumulative_mark_that_is_not_a_boolean(tmp_path: Path) -> None:
    for mark in ('"yes"', "1", "null"):
        root = _builder().topics(TOPICS.replace("cumulative: true", f"cumulative: {mark}")).write(tmp_path / mark)
        result = run("--data", str(root), "check")
        assert result.exit_code != 0, mark
        assert "cumulative" in result.stdout + result.stderr, mark


# --- bounds of each value kind, by the pure core ---------------------------------------------------------------------


def _claim(claim_id: str, as_of: str, figure: tuple[Any, ...]) -> Claim:
    """A claim of its own asserter stating `figure`: (kind, value) or (RANGE, low, high)."""
    kind, value, *top = figure
    ranged = kind is ValueKind.RANGE
    return Claim(
        id=claim_id, topic="troops", measure="sent-to-russia", value=None if ranged else value, value_kind=kind,
        value_min=value if ranged else None, value_max=top[0] if ranged else None, unit="soldiers",
        as_of=parse_edtf(as_of), as_of_basis="test", asserted_by=(claim_id,), source="alpha", quote="q",
        status=Status.REPORTED,
    )  # fmt: skip


CUMULATIVE = frozenset({("troops", "sent-to-russia")})
E, A, GE, LE, R = ValueKind.EXACT, ValueKind.APPROXIMATE, ValueKind.AT_LEAST, ValueKind.AT_MOST, ValueKind.RANGE


@pytest.mark.parametrize(
    ("earlier", "later", "fell"),
    [
        ((A, 12000), (E, 10800), False),  # ~12,000 allows 10,800: exactly its lowest is no fall (exact fractions)
        ((A, 12000), (E, 10799), True),
        ((A, 12000), (A, 10000), False),  # ~10,000 reaches 11,000, above 10,800
        ((A, 12000), (A, 9000), True),  # ~9,000 reaches 9,900
        ((A, 12000), (LE, 10799), True),  # at most 10,799
        ((A, 12000), (GE, 2000), False),  # at least 2,000: unbounded above, says nothing new
        ((GE, 10000), (E, 9999), True),
        ((GE, 10000), (GE, 2000), False),
        ((LE, 600), (E, 1), False),  # at most 600 allows 0: nothing falls below it
        ((R, 20, 30), (E, 19), True),
        ((R, 20, 30), (R, 10, 20), False),
        ((E, 1500), (A, 1400), False),  # ~1,400 reaches 1,540
    ],
)
def test_a_fall_is_the_later_highest_value_below_the_earlier_lowest(
    earlier: tuple[Any, ...], later: tuple[Any, ...], fell: bool
) -> None:
    before, after = _claim("before", "2024-10", earlier), _claim("after", "2024-11", later)
    expected = ConflictKind.TOTAL_FELL if fell else None
    assert conflict_kind(before, after, CUMULATIVE) is conflict_kind(after, before, CUMULATIVE) is expected
    assert conflict_kind(before, after) is None  # not a cumulative measure
    assert before.as_of.end < after.as_of.start == date(2024, 11, 1)


# --- the shipped store ------------------------------------------------------------------------------------------------


def test_the_shipped_store_marks_the_totals_docs_claims_md_lists() -> None:
    topics = {t["topic"] + "/" + t["measure"] for t in run("topics", "--json").json()}
    marked = {f"{topic}/{measure}" for topic, measure in cumulative_measures(read_store(REPO).topics)}
    assert marked == {
        "troops/sent-to-russia", "losses/north-korean-killed", "losses/north-korean-captured-or-killed",
        "shells/shells-delivered", "shells/munition-containers",
    }  # fmt: skip
    table = (REPO / "docs" / "claims.md").read_text(encoding="utf-8")
    for measure in sorted(topics):
        verdict = "yes" if measure in marked else "no"
        assert re.search(rf"^   \| [^|]*`{re.escape(measure)}`[^|]* \| {verdict} \|", table, re.M), measure


def test_the_shipped_store_has_exactly_two_conflicts() -> None:
    """docs/claims.md: the NIS's ~12,000 sent against 002's 10,000 (overlapping) and against the Western and
    Ukrainian intelligence services' 10,000 sent three days later (a total that fell)."""
    found = {
        (row["id"], other, kind)
        for row in run("claims", "--json").json()
        for other, kind in zip(row["conflicts_with"], row["conflict_kinds"], strict=True)
    }
    assert found == {
        ("nis-12000-sent", "article-002-10000-men", "overlapping"),
        ("article-002-10000-men", "nis-12000-sent", "overlapping"),
        ("nis-12000-sent", "west-ukr-intel-10000-sent", "total-fell"),
        ("west-ukr-intel-10000-sent", "nis-12000-sent", "total-fell"),
        # rule 9 (tests/test_bounds.py): in Kursk at most in Russia, at most sent
        ("zelensky-11000-in-kursk", "west-ukr-intel-10000-sent", "across-measures"),
        ("west-ukr-intel-10000-sent", "zelensky-11000-in-kursk", "across-measures"),
        ("us-officials-10000-in-kursk", "nis-1500-in-russia", "across-measures"),
        ("nis-1500-in-russia", "us-officials-10000-in-kursk", "across-measures"),
    }
