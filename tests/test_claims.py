"""`koursk sources`, `koursk sources --claim TOPIC` and `koursk claims`: who claims what, and which figures conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import CLAIMS, write_store


def claims(*args: str) -> list[dict[str, object]]:
    result = run("sources", "--claim", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def by_id(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["id"]): r for r in rows}


# --- the real store -------------------------------------------------------------------------------------------


def test_sources_lists_the_five_articles_in_publication_order() -> None:
    rows = run("sources", "--json").json()
    assert [r["id"] for r in rows] == ["nis-12000", "rutte-confirms", "cnn", "first-clashes", "nis-inactive"]
    cnn = by_id(rows)["cnn"]
    assert (cnn["outlet"], cnn["published"], cnn["published_start"], cnn["published_end"]) == (
        "CNN", "2024-11-07/2024-11-08", "2024-11-07", "2024-11-08",
    )  # fmt: skip
    assert by_id(rows)["rutte-confirms"]["outlet"] is None
    assert by_id(rows)["nis-inactive"]["published_approximate"] is True
    assert sum(int(r["claims"]) for r in rows) == 26  # every claim is reported by exactly one source
    assert all(int(r["events"]) > 0 for r in rows)


def test_sources_filters_by_publication_and_actor() -> None:
    assert [r["id"] for r in run("sources", "--since", "2025", "--json").json()] == ["nis-inactive"]
    assert [r["id"] for r in run("sources", "--until", "2024-10", "--json").json()] == ["nis-12000", "rutte-confirms"]
    quoting_umerov = [r["id"] for r in run("sources", "--actor", "Oumierov", "--json").json()]
    assert quoting_umerov == ["first-clashes"]


def test_troops_figures_with_who_asserts_them_and_where() -> None:
    rows = by_id(claims("troops"))
    expected = {
        "west-ukr-intel-10000-sent": (
            10000,
            "exact",
            "sent-to-russia",
            ["western-intelligence", "ukrainian-intelligence"],
            "first-clashes",
        ),
        "us-officials-10000-in-kursk": (10000, "approximate", "in-kursk", ["us-officials"], "cnn"),
        "zelensky-11000-in-kursk": (11000, "exact", "in-kursk", ["zelensky"], "cnn"),
        "nis-12000-sent": (12000, "approximate", "sent-to-russia", ["nis"], "nis-12000"),
        "zelensky-12000-soon": (12000, "exact", "expected-in-russia", ["zelensky"], "rutte-confirms"),
        "nis-1500-in-russia": (1500, "exact", "in-russia", ["nis"], "nis-12000"),
        "ukraine-more-than-10000": (10000, "at_least", "sent-to-russia", ["ukraine"], "nis-inactive"),
    }
    for claim_id, (value, kind, measure, asserted_by, source) in expected.items():
        row = rows[claim_id]
        assert (row["value"], row["value_kind"], row["measure"], row["asserted_by"], row["source"]) == (
            value, kind, measure, asserted_by, source,
        ), claim_id  # fmt: skip
    assert rows["nis-1500-in-russia"]["status"] == "alleged"  # « seraient présents »
    assert rows["nis-1500-in-russia"]["as_of_start"] == "2024-10-13"


def test_claims_are_sorted_by_as_of_then_publication() -> None:
    rows = claims("troops")
    keys = [(r["as_of_start"], r["as_of_end"]) for r in rows]
    assert keys == sorted(keys)


def test_only_the_real_troop_conflict_is_flagged() -> None:
    rows = by_id(claims("troops"))
    flagged = {i: r["conflicts_with"] for i, r in rows.items() if r["conflicts_with"]}
    assert flagged == {"nis-12000-sent": ["article-002-10000-men"], "article-002-10000-men": ["nis-12000-sent"]}


def test_json_contract_of_a_claim() -> None:
    row = by_id(claims("troops"))["ukraine-more-than-10000"]
    for key in ("id", "topic", "measure", "value", "value_kind", "value_min", "value_max", "unit", "as_of",
                "asserted_by", "source", "published", "quote", "status", "conflicts_with"):  # fmt: skip
        assert key in row, key
    assert (row["value_min"], row["value_max"], row["published"]) == (10000, None, "2025-02~")
    approx = by_id(claims("troops"))["nis-12000-sent"]
    assert (approx["value_min"], approx["value_max"]) == pytest.approx((10800, 13200))


@pytest.mark.parametrize("alias", ["troops", "troupes", "soldats", "soldiers", "TROUPES", "Soldats"])
def test_topic_aliases_in_english_and_french(alias: str) -> None:
    assert [r["id"] for r in claims(alias)] == [r["id"] for r in claims("troops")]


def test_other_topics_get_the_same_treatment() -> None:
    assert {r["value"] for r in claims("territoire")} == {600, 478}
    assert {r["id"] for r in claims("obus")} >= {"zelensky-millions-shells", "containers-thousands"}
    assert all(r["topic"] == "losses" for r in claims("pertes"))
    assert claims("drones")


def test_unknown_topic_exits_2_with_the_closest() -> None:
    result = run("sources", "--claim", "troupse")
    assert result.exit_code == 2
    assert "unknown topic 'troupse'" in result.stderr and "did you mean 'troops'" in result.stderr


def test_actor_matches_who_asserts_or_who_reports_as_asked() -> None:
    asserted = {r["id"] for r in claims("troops", "--actor", "zelensky", "--role", "asserted")}
    assert asserted == {"zelensky-11000-in-kursk", "zelensky-12000-soon"}
    assert claims("troops", "--actor", "zelensky", "--role", "reported") == []
    reported_by_cnn = {r["id"] for r in claims("troops", "--actor", "CNN", "--role", "reported")}
    assert reported_by_cnn == {"us-officials-10000-in-kursk", "zelensky-11000-in-kursk"}
    assert claims("troops", "--actor", "CNN", "--role", "asserted") == []
    assert {r["id"] for r in claims("troops", "--actor", "CNN")} == reported_by_cnn


def test_terminal_view_shows_spread_and_conflicts() -> None:
    out = run("sources", "--claim", "troops", tty=True, width=100).stdout
    assert "Spread per measure" in out
    assert "troops/in-kursk (2 claims): lowest ~10,000 US officials (cnn)" in out
    assert "Conflicts (1)" in out
    assert "nis-12000-sent (~12,000" in out


def test_piped_view_is_one_claim_per_line() -> None:
    lines = run("sources", "--claim", "troops").stdout.splitlines()
    assert len(lines) == len(claims("troops"))
    assert all(len(line.split("\t")) == 10 for line in lines)


def test_claims_overview_lists_topics_and_measures() -> None:
    rows = run("topics", "--json").json()
    troops = {r["measure"]: r for r in rows if r["topic"] == "troops"}
    assert troops["sent-to-russia"]["highest"]["display"] == "~12,000"
    assert troops["sent-to-russia"]["conflicts"] == [["nis-12000-sent", "article-002-10000-men"]]
    assert troops["in-kursk"]["claims"] == 2
    assert "troupes" in troops["in-kursk"]["topic_aliases"]
    assert {r["topic"] for r in rows} == {"troops", "losses", "shells", "territory", "drones", "peace-plan"}


# --- each comparison rule on a small synthetic store ----------------------------------------------------------


def _claim(
    claim_id: str,
    value: str,
    kind: str,
    as_of: str,
    measure: str = "sent-to-russia",
    quote: str = "environ 12.000 soldats ont été envoyés",
) -> str:
    return CLAIMS.split("claims:\n", 1)[1].replace("id: nis-12000", f"id: {claim_id}").replace(
        "value: 12000", f"value: {value}").replace("value_kind: approximate", f"value_kind: {kind}").replace(
        "as_of: 2024-10", f"as_of: {as_of}").replace("measure: sent-to-russia", f"measure: {measure}").replace(
        '"environ 12.000 soldats ont été envoyés"', f'"{quote}"')  # fmt: skip


def conflicts_in(tmp_path: Path, *claim_texts: str) -> dict[str, list[str]]:
    root = write_store(tmp_path, claims="claims:\n" + "".join(claim_texts))
    result = run("--data", str(root), "sources", "--claim", "troops", "--json")
    assert result.exit_code == 0, result.stderr
    return {r["id"]: r["conflicts_with"] for r in result.json()}


def test_rule_approximate_and_at_least_agree(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path, _claim("approx", "10000", "approximate", "2024-10"), _claim("more", "10000", "at_least", "2024-10")
    )
    assert found == {"approx": [], "more": []}


def test_rule_exact_within_ten_percent_of_an_approximation_agrees(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path, _claim("approx", "10000", "approximate", "2024-10"), _claim("exact", "11000", "exact", "2024-10")
    )
    assert found == {"approx": [], "exact": []}


def test_rule_disjoint_values_on_the_same_measure_and_period_conflict(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path, _claim("ten", "10000", "exact", "2024-10-28"), _claim("twelve", "12000", "approximate", "2024-10")
    )
    assert found == {"twelve": ["ten"], "ten": ["twelve"]}


def test_rule_different_measures_never_conflict(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path, _claim("kursk", "11000", "exact", "2024-10", "in-kursk"), _claim("sent", "12000", "exact", "2024-10")
    )
    assert found == {"kursk": [], "sent": []}


def test_rule_figures_for_periods_that_do_not_overlap_are_revisions_not_conflicts(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path, _claim("early", "1500", "exact", "2024-10-13"), _claim("late", "12000", "exact", "2024-10-31")
    )
    assert found == {"early": [], "late": []}


def test_rule_ranges_and_at_most(tmp_path: Path) -> None:
    in_range = _claim("ranged", "null", "range", "2024-10").replace(
        "    unit:", "    value_min: 9000\n    value_max: 11000\n    unit:"
    )
    below = _claim("cap", "8000", "at_most", "2024-10")
    inside = _claim("inside", "10500", "exact", "2024-10")
    found = conflicts_in(tmp_path, in_range, below, inside)
    assert found == {"ranged": ["cap"], "cap": ["ranged", "inside"], "inside": ["cap"]}
