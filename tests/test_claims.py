"""`koursk sources`, `koursk sources --claim TOPIC` and `koursk claims`: who claims what, and which figures conflict."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.render.claims import CLAIM_LINE
from koursk_cli.render.lines import pipe_fields
from tests.conftest import run
from tests.stores import claim_entry, three_voices, write_store


def claims(*args: str) -> list[dict[str, Any]]:
    result = run("sources", "--claim", *args, "--json")
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = result.json()
    return rows


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in rows}


# --- the shipped store: invariants, true whatever articles a curator adds -------------------------------------


def test_sources_are_listed_in_publication_order_and_account_for_every_claim() -> None:
    rows = run("sources", "--json").json()
    starts = [(r["published_start"], r["published_end"]) for r in rows]
    assert starts == sorted(starts)
    every_claim = [r for topic in {r["topic"] for r in run("topics", "--json").json()} for r in claims(topic)]
    assert sum(int(r["claims"]) for r in rows) == len(every_claim)  # every claim is reported by exactly one source
    assert all(int(r["events"]) > 0 for r in rows)


def test_sources_filters_by_publication_and_actor() -> None:
    rows = run("sources", "--json").json()
    since = [r["id"] for r in run("sources", "--since", "2025", "--json").json()]
    assert since == [r["id"] for r in rows if r["published_end"] >= "2025-01-01"]
    until = [r["id"] for r in run("sources", "--until", "2024-10", "--json").json()]
    assert until == [r["id"] for r in rows if r["published_start"] <= "2024-10-31"]
    events = run("events", "--json").json()
    actor = events[0]["actors"][0] if events[0]["actors"] else next(a for e in events for a in e["actors"])
    quoting = {r["id"] for r in run("sources", "--actor", actor, "--json").json()}
    assert quoting == {e["source"] for event in events if actor in event["actors"] for e in event["evidence"]}
    assert quoting


def test_claims_are_sorted_by_as_of_then_publication() -> None:
    for topic in {r["topic"] for r in run("topics", "--json").json()}:
        keys = [(r["as_of_start"], r["as_of_end"]) for r in claims(topic)]
        assert keys == sorted(keys), topic


def test_conflicts_are_mutual() -> None:
    for topic in {r["topic"] for r in run("topics", "--json").json()}:
        rows = by_id(claims(topic))
        for claim_id, row in rows.items():
            assert all(claim_id in rows[other]["conflicts_with"] for other in row["conflicts_with"]), claim_id


def test_every_topic_lists_its_claims_and_only_them() -> None:
    for topic in {r["topic"] for r in run("topics", "--json").json()}:
        listed = claims(topic)
        assert listed and all(r["topic"] == topic for r in listed), topic


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


def test_piped_view_is_one_claim_per_line() -> None:
    lines = run("sources", "--claim", "troops").stdout.splitlines()
    assert len(lines) == len(claims("troops"))
    assert all(
        len(line.split("\t")) == len(pipe_fields(CLAIM_LINE, drafts=False)) == 16 for line in lines
    )  # … as_of ISO, kinds, tiers


def test_claims_overview_lists_topics_and_measures() -> None:
    import yaml

    from koursk_cli.store.loader import default_store_root

    rows = run("topics", "--json").json()
    topics = yaml.safe_load((default_store_root() / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    assert {r["topic"] for r in rows} == {t["id"] for t in topics}
    aliases = {t["id"]: t.get("aliases", []) for t in topics}
    for topic in {r["topic"] for r in rows}:
        listed = claims(topic)
        for row in (r for r in rows if r["topic"] == topic):
            mine = [c for c in listed if c["measure"] == row["measure"] and c["restates"] is None]
            assert row["claims"] == len(mine), (topic, row["measure"])
            # every conflict the measure's figures take part in, across measures too (docs/claims.md rule 9)
            pairs = {frozenset((c["id"], other)) for c in mine for other in c["conflicts_with"]}
            assert {frozenset(pair) for pair in row["conflicts"]} == pairs
            assert row["conflict_count"] == len(pairs) == sum(row["conflict_counts"].values())
            assert row["topic_aliases"] == aliases[topic]


# --- who claims what, on a store whose every answer is written here ---------------------------------------------


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = (
        three_voices("2024-10-28")
        .source("nis-inactive", "2025-01-21~/2025-02-28~")
        .entity("ukraine", "state", "Ukraine")
        .entity("cnn-network", "media", "CNN")
        .event("deployment", "2024-10", "Troops deployed", ("nis-12000", "des troupes ont été déployées"),
               ("rutte-confirms", "Rutte confirme le déploiement"), ("cnn", "le déploiement est confirmé"),
               ("nis-inactive", "les troupes déployées sont inactives"), actors=("zelensky",))
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("nis-1500-in-kursk", "nis-12000", 1500, "2024-10-13/2024-10-18", asserted_by=("nis",),
               measure="in-kursk", status="alleged")
        .claim("article-10000-men", "rutte-confirms", 10000, "2024-10")
        .claim("zelensky-11000-in-kursk", "cnn", 11000, "2024-11-07", asserted_by=("zelensky",), measure="in-kursk")
        .claim("us-officials-10000-in-kursk", "cnn", 10000, "2024-11-07", asserted_by=("us-officials",),
               kind="approximate", measure="in-kursk")
        .claim("ukraine-more-than-10000", "nis-inactive", 10000, "2025-01", asserted_by=("ukraine",),
               kind="at_least")
        .write(tmp_path_factory.mktemp("figures"))
    )  # fmt: skip
    return str(root)


def figures_of(store: str, *args: str) -> list[dict[str, Any]]:
    result = run("--data", store, "sources", "--claim", *args, "--json")
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = result.json()
    return rows


def test_sources_say_outlet_and_publication_as_written(figures: str) -> None:
    rows = by_id(run("--data", figures, "sources", "--json").json())
    assert [r for r in rows] == ["nis-12000", "rutte-confirms", "cnn", "nis-inactive"]  # in publication order
    cnn = rows["cnn"]
    assert (cnn["outlet"], cnn["published"], cnn["published_start"], cnn["published_end"]) == (
        "CNN", "2024-11-07/2024-11-08", "2024-11-07", "2024-11-08",
    )  # fmt: skip
    assert rows["rutte-confirms"]["outlet"] is None
    assert rows["nis-inactive"]["published_approximate"] is True
    assert [r["claims"] for r in rows.values()] == [2, 1, 2, 1]
    since = [r["id"] for r in run("--data", figures, "sources", "--since", "2025", "--json").json()]
    assert since == ["nis-inactive"]
    assert {r["id"] for r in run("--data", figures, "sources", "--actor", "Zelensky", "--json").json()} == set(rows)


def test_troops_figures_with_who_asserts_them_and_where(figures: str) -> None:
    rows = by_id(figures_of(figures, "troops"))
    expected = {
        "nis-12000-sent": (12000, "approximate", "sent-to-russia", ["nis"], "nis-12000"),
        "nis-1500-in-kursk": (1500, "exact", "in-kursk", ["nis"], "nis-12000"),
        "article-10000-men": (10000, "exact", "sent-to-russia", [], "rutte-confirms"),
        "zelensky-11000-in-kursk": (11000, "exact", "in-kursk", ["zelensky"], "cnn"),
        "us-officials-10000-in-kursk": (10000, "approximate", "in-kursk", ["us-officials"], "cnn"),
        "ukraine-more-than-10000": (10000, "at_least", "sent-to-russia", ["ukraine"], "nis-inactive"),
    }
    assert set(rows) == set(expected)
    for claim_id, (value, kind, measure, asserted_by, source) in expected.items():
        row = rows[claim_id]
        assert (row["value"], row["value_kind"], row["measure"], row["asserted_by"], row["source"]) == (
            value, kind, measure, asserted_by, source,
        ), claim_id  # fmt: skip
    assert rows["nis-1500-in-kursk"]["status"] == "alleged"
    assert (rows["nis-1500-in-kursk"]["as_of_start"], rows["nis-1500-in-kursk"]["as_of_end"]) == (
        "2024-10-13", "2024-10-18",
    )  # fmt: skip
    assert [r["id"] for r in figures_of(figures, "troops")][:2] == ["nis-12000-sent", "article-10000-men"]  # as-of


def test_the_one_conflict_is_flagged_on_both_sides(figures: str) -> None:
    rows = by_id(figures_of(figures, "troops"))
    conflicting = {claim_id: row["conflicts_with"] for claim_id, row in rows.items() if row["conflicts_with"]}
    assert conflicting == {"nis-12000-sent": ["article-10000-men"], "article-10000-men": ["nis-12000-sent"]}


def test_json_contract_of_a_claim_entry(figures: str) -> None:
    rows = by_id(figures_of(figures, "troops"))
    row = rows["ukraine-more-than-10000"]
    for key in ("id", "topic", "measure", "value", "value_kind", "value_min", "value_max", "unit", "as_of",
                "asserted_by", "source", "published", "quote", "status", "conflicts_with"):  # fmt: skip
        assert key in row, key
    assert (row["value_min"], row["value_max"], row["published"]) == (10000, None, "2025-01-21~/2025-02-28~")
    approx = rows["nis-12000-sent"]
    assert (approx["value_min"], approx["value_max"]) == pytest.approx((10800, 13200))


@pytest.mark.parametrize("alias", ["troops", "troupes", "soldats", "TROUPES", "Soldats"])
def test_topic_aliases_in_english_and_french(figures: str, alias: str) -> None:
    assert [r["id"] for r in figures_of(figures, alias)] == [r["id"] for r in figures_of(figures, "troops")]


def test_unknown_topic_exits_2_with_the_closest(figures: str) -> None:
    result = run("--data", figures, "sources", "--claim", "troupse")
    assert result.exit_code == 2
    assert "unknown topic 'troupse'" in result.stderr and "did you mean 'troops'" in result.stderr


def test_actor_matches_who_asserts_or_who_reports_as_asked(figures: str) -> None:
    def found(*args: str) -> set[str]:
        return {str(r["id"]) for r in figures_of(figures, "troops", *args)}

    assert found("--actor", "zelensky", "--role", "asserted") == {"zelensky-11000-in-kursk"}
    assert found("--actor", "nis", "--role", "asserted") == {"nis-12000-sent", "nis-1500-in-kursk"}
    assert found("--actor", "zelensky", "--role", "reported") == set()  # a person is no outlet
    assert found("--actor", "CNN", "--role", "reported") == {"zelensky-11000-in-kursk", "us-officials-10000-in-kursk"}
    assert found("--actor", "CNN", "--role", "asserted") == set()
    assert found("--actor", "CNN") == found("--actor", "CNN", "--role", "reported")


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
    from koursk_cli.conflicts import CONFLICTS_SHOWN

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


def test_terminal_conflicts_are_those_json_names_even_with_claims_the_filters_leave_out(tmp_path: Path) -> None:
    """A filtered listing on a terminal said « Conflicts (0) … none » while its JSON named conflicts with claims the
    filters left out: both now tell the conflicts each listed claim takes part in, whoever the other claim is."""
    root = str(
        three_voices("2024-10-28")
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("article-10000", "rutte-confirms", 10000, "2024-10")
        .claim("article-1000", "rutte-confirms", 1000, "2024-10")
        .claim("cnn-12000", "cnn", 12000, "2024-10")
        .write(tmp_path)
    )
    listing = ("--data", root, "claims", "troops", "--source", "rutte-confirms")
    rows = run(*listing, "--json").json()
    assert [r["id"] for r in rows] == ["article-1000", "article-10000"]
    pairs = {frozenset((r["id"], other)) for r in rows for other in r["conflicts_with"]}
    assert len(pairs) == 5  # 1,000 and 10,000 clash with each other, with ~12,000 and with 12,000
    out = run(*listing, tty=True, width=300).stdout
    assert f"Conflicts ({len(pairs)})" in out and "none:" not in out
    assert "4 of them with a claim not listed here" in out
    lines = [line.strip() for line in out.splitlines() if line.strip().startswith("troops/sent-to-russia: ")]
    sides = [re.split(" ≠[?~]? ", line.split(": ", 1)[1]) for line in lines]  # ≠? ≠~: each tier's mark
    assert {frozenset(side.split(" (")[0] for side in pair) for pair in sides} == pairs
    outside = {pair[1].split(" (")[0] for pair in sides if pair[1].endswith("; not listed)")}
    assert outside == {"nis-12000-sent", "cnn-12000"}
    inside = [line for line in lines if not line.endswith("; not listed)")]
    assert len(inside) == 1 and "article-1000 " in inside[0] and "article-10000 " in inside[0]


def _claim_ids(command: str, on: str) -> list[str]:
    """The ids of the claims `command` lists on `on`, read from its machine output."""
    if command == "export":
        return [
            row.split(",")[0] for row in run("export", "csv", "--rows", "claims", "--claim", on).stdout.splitlines()[1:]
        ]
    if command == "diff":
        changes = run("diff", "--from", "2024-10", "--to", "2025-03", "--claim", on, "--json").json()
        return [c["id"] for c in changes["new_claims"]]
    listing = ["claims", on] if command == "claims" else ["sources", "--claim", on]
    return [c["id"] for c in run(*listing, "--json").json()]


@pytest.mark.parametrize("command", ["claims", "sources", "export", "diff"])
def test_every_command_that_names_a_topic_takes_one_of_its_measures(command: str) -> None:
    """rev14 L5: `figures troops/in-kursk` worked, `claims troops/in-kursk` was an unknown topic. One look-up
    (lookup.resolve_measure) for every command: the claims of the topic on that measure, in the same order."""
    on_the_topic = run("claims", "troops", "--json").json()
    expected = [
        c["id"] for c in on_the_topic if c["id"] in _claim_ids(command, "troops") and c["measure"] == "in-kursk"
    ]
    assert expected and len(expected) < len(on_the_topic)
    assert sorted(_claim_ids(command, "troupes/in-kursk")) == sorted(expected)


@pytest.mark.parametrize("command", ["claims", "sources", "export", "diff"])
def test_a_measure_is_found_in_any_case_as_its_topic_is(command: str) -> None:
    """rev16 L18: `TROOPS/IN-KURSK` found the topic and not the measure."""
    assert sorted(_claim_ids(command, "TROOPS/IN-Kursk")) == sorted(_claim_ids(command, "troops/in-kursk"))
    assert run("figures", "Troupes/IN-KURSK").exit_code == 0


@pytest.mark.parametrize(("on", "missing"), [("troops/", "measure"), ("troops/ ", "measure"), ("/in-kursk", "topic")])
def test_an_empty_topic_or_measure_is_refused(on: str, missing: str) -> None:
    """`claims troops/` listed the whole topic without a word."""
    result = run("claims", on)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"koursk: error: '{on}' names no {missing}",
        "  hint: give TOPIC or TOPIC/MEASURE, e.g. troops or troops/in-kursk",
    ]


def test_show_topic_measure_shows_that_measure_only() -> None:
    """`show troops/in-kursk` showed all five measures of the topic, where `figures troops/in-kursk` narrows."""
    record = run("show", "TROOPS/IN-KURSK", "--json").json()
    assert record["id"] == "troops" and [m["measure"] for m in record["measures"]] == ["in-kursk"]
    plain = run("show", "troops/in-kursk").stdout
    assert "measure: in-kursk" in plain and "measure: sent-to-russia" not in plain


def test_show_takes_a_topic_with_its_measure_and_a_wrong_measure_is_named() -> None:
    assert run("show", "troops/in-kursk", "--fields", "id").json() == {"id": "troops"}
    result = run("claims", "troops/in-kurks")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "koursk: error: topic troops has no measure 'in-kurks'",
        "  hint: did you mean 'in-kursk' or 'in-russia' or 'expected-in-russia'?",
    ]


def test_a_spread_of_one_figure_from_several_claims_says_so(tmp_path: Path) -> None:
    """« only » read as if one claim stood alone where two stated the same figure."""
    root = str(
        three_voices("2024-10-28")
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10", asserted_by=("nis",))
        .claim("cnn-12000", "cnn", 12000, "2024-10")
        .write(tmp_path)
    )
    both = run("--data", root, "claims", "troops", tty=True, width=300).stdout
    assert (
        "troops/sent-to-russia (2 claims): all the same figure: 12,000 NIS (nis-12000); 12,000 the article (cnn)"
        in both
    )
    one = run("--data", root, "claims", "troops", "--source", "cnn", tty=True, width=300).stdout
    assert "troops/sent-to-russia (1 claim): only 12,000 the article (cnn)" in one
