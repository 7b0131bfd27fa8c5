"""`koursk sources`, `koursk sources --claim TOPIC` and `koursk claims`: who claims what, and which figures conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import claim_entry, write_store


def claims(*args: str) -> list[dict[str, object]]:
    result = run("sources", "--claim", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def by_id(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["id"]): r for r in rows}


# --- the real store -------------------------------------------------------------------------------------------


SEED_SOURCES = ["nis-12000", "rutte-confirms", "cnn", "first-clashes", "nis-inactive"]  # in publication order
SEED_CLAIMS = frozenset(
    {"west-ukr-intel-10000-sent", "us-officials-10000-in-kursk", "zelensky-11000-in-kursk", "nis-12000-sent",
     "zelensky-12000-soon", "nis-1500-in-russia", "ukraine-more-than-10000", "article-002-10000-men"}
)  # fmt: skip


def test_sources_are_listed_in_publication_order_and_account_for_everyclaim_entry() -> None:
    """Invariants of the shipped store, true whatever articles a curator adds to it."""
    rows = run("sources", "--json").json()
    listed = [r["id"] for r in rows]
    assert [i for i in listed if i in SEED_SOURCES] == SEED_SOURCES
    starts = [(r["published_start"], r["published_end"]) for r in rows]
    assert starts == sorted(starts)
    cnn = by_id(rows)["cnn"]
    assert (cnn["outlet"], cnn["published"], cnn["published_start"], cnn["published_end"]) == (
        "CNN", "2024-11-07/2024-11-10", "2024-11-07", "2024-11-10",
    )  # fmt: skip
    assert by_id(rows)["rutte-confirms"]["outlet"] is None
    assert by_id(rows)["nis-inactive"]["published_approximate"] is True
    every_claim = [r for topic in {r["topic"] for r in run("topics", "--json").json()} for r in claims(topic)]
    assert sum(int(r["claims"]) for r in rows) == len(every_claim)  # every claim is reported by exactly one source
    assert all(int(r["events"]) > 0 for r in rows)


def test_sources_filters_by_publication_and_actor() -> None:
    rows = run("sources", "--json").json()
    since = [r["id"] for r in run("sources", "--since", "2025", "--json").json()]
    assert since == [r["id"] for r in rows if r["published_end"] >= "2025-01-01"]
    assert "nis-inactive" in since
    until = [r["id"] for r in run("sources", "--until", "2024-10", "--json").json()]
    assert until == [r["id"] for r in rows if r["published_start"] <= "2024-10-31"]
    assert {"nis-12000", "rutte-confirms"} <= set(until)
    quoting_umerov = {r["id"] for r in run("sources", "--actor", "Oumierov", "--json").json()}
    events = run("events", "--actor", "umerov", "--json").json()
    assert quoting_umerov == {e["source"] for event in events for e in event["evidence"]}
    assert "first-clashes" in quoting_umerov


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


def test_conflicts_are_mutual_and_the_seeds_real_one_is_flagged() -> None:
    rows = by_id(claims("troops"))
    for claim_id, row in rows.items():
        assert all(claim_id in rows[other]["conflicts_with"] for other in row["conflicts_with"]), claim_id
    assert "article-002-10000-men" in rows["nis-12000-sent"]["conflicts_with"]
    seeds = {"nis-12000-sent", "article-002-10000-men"}
    assert not [i for i in rows if i in SEED_CLAIMS and i not in seeds and set(rows[i]["conflicts_with"]) & SEED_CLAIMS]


def test_json_contract_of_aclaim_entry() -> None:
    row = by_id(claims("troops"))["ukraine-more-than-10000"]
    for key in ("id", "topic", "measure", "value", "value_kind", "value_min", "value_max", "unit", "as_of",
                "asserted_by", "source", "published", "quote", "status", "conflicts_with"):  # fmt: skip
        assert key in row, key
    assert (row["value_min"], row["value_max"], row["published"]) == (10000, None, "2025-01-21~/2025-02-28~")
    approx = by_id(claims("troops"))["nis-12000-sent"]
    assert (approx["value_min"], approx["value_max"]) == pytest.approx((10800, 13200))


@pytest.mark.parametrize("alias", ["troops", "troupes", "soldats", "soldiers", "TROUPES", "Soldats"])
def test_topic_aliases_in_english_and_french(alias: str) -> None:
    assert [r["id"] for r in claims(alias)] == [r["id"] for r in claims("troops")]


def test_other_topics_get_the_same_treatment() -> None:
    assert {r["id"] for r in claims("territoire")} >= {"ukrainian-pocket-600", "russia-478-october"}
    assert {r["id"] for r in claims("obus")} >= {"zelensky-millions-shells", "containers-thousands"}
    assert all(r["topic"] == "losses" for r in claims("pertes"))
    assert claims("drones")


def test_unknown_topic_exits_2_with_the_closest() -> None:
    result = run("sources", "--claim", "troupse")
    assert result.exit_code == 2
    assert "unknown topic 'troupse'" in result.stderr and "did you mean 'troops'" in result.stderr


def test_actor_matches_who_asserts_or_who_reports_as_asked() -> None:
    troops = claims("troops")
    asserted = {r["id"] for r in claims("troops", "--actor", "zelensky", "--role", "asserted")}
    assert asserted == {r["id"] for r in troops if "zelensky" in r["asserted_by"]}
    assert {"zelensky-11000-in-kursk", "zelensky-12000-soon"} <= asserted
    assert claims("troops", "--actor", "zelensky", "--role", "reported") == []  # a person is no outlet
    outlets = {r["id"]: r["outlet"] for r in run("sources", "--json").json()}
    reported_by_cnn = {r["id"] for r in claims("troops", "--actor", "CNN", "--role", "reported")}
    assert reported_by_cnn == {r["id"] for r in troops if outlets[r["source"]] == "CNN"}
    assert {"us-officials-10000-in-kursk", "zelensky-11000-in-kursk"} <= reported_by_cnn
    assert claims("troops", "--actor", "CNN", "--role", "asserted") == []
    assert {r["id"] for r in claims("troops", "--actor", "CNN")} == reported_by_cnn


def test_terminal_view_shows_spread_and_conflicts() -> None:
    rows = claims("troops")
    out = run("sources", "--claim", "troops", tty=True, width=200).stdout
    separate = [r for r in rows if r["restates"] is None]  # a restatement is listed but counts in no spread
    per_measure = {m: sum(r["measure"] == m for r in separate) for m in {r["measure"] for r in separate}}
    assert "Spread per measure" in out
    for measure, count in per_measure.items():
        if count > 1:
            assert f"troops/{measure} ({count} claims): lowest" in out
    pairs = {frozenset((r["id"], other)) for r in rows for other in r["conflicts_with"]}
    assert f"Conflicts ({len(pairs)})" in out
    assert all(claim_id in out for pair in pairs for claim_id in pair)
    assert "nis-12000-sent (~12,000" in out  # the seeds' one real conflict


def test_piped_view_is_one_claim_per_line() -> None:
    lines = run("sources", "--claim", "troops").stdout.splitlines()
    assert len(lines) == len(claims("troops"))
    assert all(len(line.split("\t")) == 11 for line in lines)  # … status, quote, restates


def test_claims_overview_lists_topics_and_measures() -> None:
    import yaml

    from koursk_cli.store.loader import default_store_root

    rows = run("topics", "--json").json()
    topics = yaml.safe_load((default_store_root() / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    assert {r["topic"] for r in rows} == {t["id"] for t in topics}
    for topic in {r["topic"] for r in rows}:
        listed = claims(topic)
        for row in (r for r in rows if r["topic"] == topic):
            mine = [c for c in listed if c["measure"] == row["measure"] and c["restates"] is None]
            assert row["claims"] == len(mine), (topic, row["measure"])
            pairs = {frozenset((c["id"], other)) for c in mine for other in c["conflicts_with"]}
            assert {frozenset(pair) for pair in row["conflicts"]} == pairs
    troops = {r["measure"]: r for r in rows if r["topic"] == "troops"}
    assert ["nis-12000-sent", "article-002-10000-men"] in troops["sent-to-russia"]["conflicts"]
    assert "troupes" in troops["in-kursk"]["topic_aliases"]


# --- each comparison rule on a small synthetic store ----------------------------------------------------------


def conflicts_in(tmp_path: Path, *claim_texts: str) -> dict[str, list[str]]:
    root = write_store(tmp_path, claims="claims:\n" + "".join(claim_texts))
    result = run("--data", str(root), "sources", "--claim", "troops", "--json")
    assert result.exit_code == 0, result.stderr
    return {r["id"]: r["conflicts_with"] for r in result.json()}


def test_rule_approximate_and_at_least_agree(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path,
        claim_entry("approx", "10000", "approximate", "2024-10"),
        claim_entry("more", "10000", "at_least", "2024-10"),
    )
    assert found == {"approx": [], "more": []}


def test_rule_exact_within_ten_percent_of_an_approximation_agrees(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path,
        claim_entry("approx", "10000", "approximate", "2024-10"),
        claim_entry("exact", "11000", "exact", "2024-10"),
    )
    assert found == {"approx": [], "exact": []}


def test_rule_disjoint_values_on_the_same_measure_and_period_conflict(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path,
        claim_entry("ten", "10000", "exact", "2024-10-28"),
        claim_entry("twelve", "12000", "approximate", "2024-10"),
    )
    assert found == {"twelve": ["ten"], "ten": ["twelve"]}


def test_rule_different_measures_never_conflict(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path,
        claim_entry("kursk", "11000", "exact", "2024-10", "in-kursk"),
        claim_entry("sent", "12000", "exact", "2024-10"),
    )
    assert found == {"kursk": [], "sent": []}


def test_rule_figures_for_periods_that_do_not_overlap_are_revisions_not_conflicts(tmp_path: Path) -> None:
    found = conflicts_in(
        tmp_path,
        claim_entry("early", "1500", "exact", "2024-10-13"),
        claim_entry("late", "12000", "exact", "2024-10-31"),
    )
    assert found == {"early": [], "late": []}


def test_rule_ranges_and_at_most(tmp_path: Path) -> None:
    in_range = claim_entry("ranged", "null", "range", "2024-10").replace(
        "    unit:", "    value_min: 9000\n    value_max: 11000\n    unit:"
    )
    below = claim_entry("cap", "8000", "at_most", "2024-10")
    inside = claim_entry("inside", "10500", "exact", "2024-10")
    found = conflicts_in(tmp_path, in_range, below, inside)
    assert found == {"ranged": ["cap"], "cap": ["ranged", "inside"], "inside": ["cap"]}


# --- a listing names the first few conflicts and counts them all (pairs grow with the square of the claims) -------


def _crowded_store(tmp_path: Path) -> Path:
    """12 claims of 1,000 and 12 of 12,000 on one measure and month: each conflicts with the 12 others."""
    lows = [claim_entry(f"low-{n:02d}", "1000", "exact", "2024-10") for n in range(1, 13)]
    highs = [claim_entry(f"high-{n:02d}", "12000", "exact", "2024-10") for n in range(1, 13)]
    return write_store(tmp_path, claims="claims:\n" + "".join(lows + highs))


def test_listing_counts_every_conflict_and_names_the_first_few(tmp_path: Path) -> None:
    from koursk_cli.claims import CONFLICTS_SHOWN

    root = _crowded_store(tmp_path)
    bounded = by_id(run("--data", str(root), "sources", "--claim", "troops", "--json").json())
    every = by_id(run("--data", str(root), "sources", "--claim", "troops", "--json", "--all").json())
    highs = [f"high-{day:02d}" for day in range(1, 13)]
    assert every["low-01"]["conflicts_with"] == highs  # in as-of order (here all the same), then store order
    assert every["low-01"]["conflict_count"] == bounded["low-01"]["conflict_count"] == 12
    assert bounded["low-01"]["conflicts_with"] == highs[:CONFLICTS_SHOWN]
    for claim_id, row in every.items():
        assert row["conflict_count"] == len(row["conflicts_with"]) == 12, claim_id
    overview = run("--data", str(root), "topics", "--json").json()
    [spread] = [r for r in overview if r["measure"] == "sent-to-russia"]
    assert spread["conflict_count"] == 144
    assert len(spread["conflicts"]) == CONFLICTS_SHOWN
    [full] = [
        r for r in run("--data", str(root), "topics", "--json", "--all").json() if r["measure"] == spread["measure"]
    ]
    assert len(full["conflicts"]) == 144 and full["conflicts"][:CONFLICTS_SHOWN] == spread["conflicts"]
    assert {frozenset(pair) for pair in full["conflicts"]} == {
        frozenset((f"low-{a:02d}", h)) for a in range(1, 13) for h in highs
    }


def test_terminal_listing_says_how_many_conflicts_it_leaves_out(tmp_path: Path) -> None:
    root = _crowded_store(tmp_path)
    out = run("--data", str(root), "sources", "--claim", "troops", tty=True, width=200).stdout
    assert "Conflicts (144)" in out
    assert "… and 134 more (--all names every one)" in out
    everything = run("--data", str(root), "sources", "--claim", "troops", "--all", tty=True, width=200).stdout
    assert "more (--all" not in everything
    assert sum(line.strip().startswith("troops/sent-to-russia: ") for line in everything.splitlines()) == 144
