"""`koursk diff`: two articles side by side, and what became known between two dates."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

SOURCE_MODE_KEYS = [
    "mode",
    "a",
    "b",
    "both",
    "only_a",
    "only_b",
    "agree",
    "conflicts",
    "differ",
    "claims_only_a",
    "claims_only_b",
]
DATE_MODE_KEYS = [
    "mode",
    "from",
    "to",
    "known_sources",
    "new_sources",
    "straddling",
    "new_events",
    "new_claims",
    "revised",
]


def diff(*args: str) -> dict[str, object]:
    result = run("diff", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def ids(rows: object) -> list[str]:
    assert isinstance(rows, list)
    return [row["id"] for row in rows]


def test_json_schema_of_both_modes_is_pinned() -> None:
    assert list(diff("nis-12000", "cnn")) == SOURCE_MODE_KEYS
    assert list(diff("--from", "2024-10-31", "--to", "2024-11-15")) == DATE_MODE_KEYS
    pair = diff("rutte-confirms", "nis-12000")["conflicts"][0]  # type: ignore[index]
    assert list(pair) == ["topic", "measure", "a", "b"]


def test_nis_and_cnn_measure_different_things() -> None:
    result = diff("nis-12000", "cnn")
    assert "nis-12000-sent" in ids(result["claims_only_a"])
    assert "zelensky-11000-in-kursk" in ids(result["claims_only_b"])
    assert result["conflicts"] == [] and result["agree"] == []
    measures = {(c["id"], c["measure"]) for c in result["claims_only_a"] + result["claims_only_b"]}  # type: ignore[operator]
    assert ("nis-12000-sent", "sent-to-russia") in measures and ("zelensky-11000-in-kursk", "in-kursk") in measures


def test_events_are_matched_through_shared_evidence() -> None:
    result = diff("nis-12000", "cnn")
    assert "full-scale-invasion" in ids(result["both"])
    assert "first-troops-transported" in ids(result["only_a"])
    assert "zelensky-budapest-11000" in ids(result["only_b"])
    assert not set(ids(result["only_a"])) & set(ids(result["only_b"]))


def test_the_real_conflict_shows_both_values_and_quotes() -> None:
    [pair] = diff("rutte-confirms", "nis-12000")["conflicts"]  # type: ignore[misc]
    assert (pair["a"]["id"], pair["b"]["id"]) == ("article-002-10000-men", "nis-12000-sent")
    assert (pair["a"]["value"], pair["b"]["value"]) == (10000, 12000)
    assert "10 000 hommes" in pair["a"]["quote"] and "environ 12.000" in pair["b"]["quote"]


def test_agreeing_claims_across_articles() -> None:
    result = diff("first-clashes", "rutte-confirms", "--claim", "obus")
    agree = [(p["a"]["id"], p["b"]["id"]) for p in result["agree"]]  # type: ignore[union-attr]
    assert ("article-000-millions-shells", "zelensky-millions-shells") in agree


def test_from_early_to_mid_november() -> None:
    result = diff("--from", "2024-11-06", "--to", "2024-11-15")
    assert result["known_sources"] == ["nis-12000", "rutte-confirms"]
    assert [s["id"] for s in result["new_sources"]] == ["cnn", "first-clashes"]  # type: ignore[union-attr]
    new_events = ids(result["new_events"])
    assert "first-nk-ukraine-clashes" in new_events and "umerov-announces-first-clashes" in new_events
    assert "rutte-confirms-deployment" not in new_events  # published before
    assert all(not {"nis-12000", "rutte-confirms"} & set(e["sources"]) for e in result["new_events"])  # type: ignore[union-attr]
    new_troops = {c["id"] for c in result["new_claims"] if c["topic"] == "troops"}  # type: ignore[union-attr]
    assert {"zelensky-11000-in-kursk", "us-officials-10000-in-kursk", "west-ukr-intel-10000-sent"} <= new_troops
    assert all(c["source"] in ("cnn", "first-clashes") for c in result["new_claims"])  # type: ignore[union-attr]
    revised = [(r["before"]["id"], r["after"]["id"]) for r in result["revised"]]  # type: ignore[union-attr]
    # US officials' ~10,000 then Zelensky's 11,000 are two asserters: compared as a conflict (they agree), never as
    # a revision, which is one asserter changing its own figure
    assert revised == []


def test_a_source_whose_window_straddles_a_boundary_is_not_silently_placed() -> None:
    result = diff("--from", "2024-10-30", "--to", "2024-11-08")
    straddling = {s["source"]: s["boundary"] for s in result["straddling"]}  # type: ignore[union-attr]
    assert straddling == {"nis-12000": "from", "rutte-confirms": "from", "first-clashes": "to", "cnn": "to"}
    assert result["new_sources"] == result["new_claims"] == []  # straddling is not silently counted as new
    later = diff("--from", "2024-10-30", "--to", "2024-11-10")  # both windows have passed by 10 Nov
    assert {s["source"] for s in later["straddling"]} == {"nis-12000", "rutte-confirms"}  # type: ignore[union-attr]
    assert [s["id"] for s in later["new_sources"]] == ["cnn", "first-clashes"]  # type: ignore[union-attr]
    assert {c["source"] for c in later["new_claims"]} == {"first-clashes", "cnn"}  # type: ignore[union-attr]


def test_claim_topic_and_event_filters_narrow_the_diff() -> None:
    result = diff("--from", "2024-10-31", "--to", "2024-11-15", "--claim", "troupes")
    assert {c["topic"] for c in result["new_claims"]} == {"troops"}  # type: ignore[union-attr]
    placed = diff("--from", "2024-10-31", "--to", "2024-11-15", "--place", "Koursk")
    assert placed["new_events"] and all("kursk-oblast" in e["places"] for e in placed["new_events"])  # type: ignore[union-attr]
    assert placed["new_claims"] == []  # claims have no places: a place selects none of them


@pytest.mark.parametrize("flag", [["--status", "alleged"], ["--actor", "zelensky"], ["--text", "12.000"]])
def test_event_filters_narrow_the_claims_of_a_diff_as_they_do_for_export(flag: list[str]) -> None:
    """One meaning per filter: the claims a diff lists under a filter are those `export --claims` selects."""
    window = ["--from", "2024-10-01", "--to", "2025-03-01"]
    all_new = {c["id"] for c in diff(*window)["new_claims"]}  # type: ignore[index]
    new = {c["id"] for c in diff(*window, *flag)["new_claims"]}  # type: ignore[index]
    exported = {row["id"] for row in csv.DictReader(io.StringIO(run("export", "csv", "--claims", *flag).stdout))}
    assert new == exported & all_new
    assert new and new < all_new


def test_a_claim_topic_with_a_place_is_refused() -> None:
    result = run("diff", "--from", "2024-10-31", "--to", "2024-11-15", "--claim", "troops", "--place", "kursk")
    assert result.exit_code == 2
    assert "claims have no places or tags" in result.stderr


def test_plain_output_reads_like_a_diff() -> None:
    out = run("diff", "nis-12000", "cnn").stdout
    assert out.splitlines()[0].startswith("--- nis-12000")
    assert "+ 7 Nov 2024  Zelensky says 11,000" in out
    assert "\x1b" not in out
    dates = run("diff", "--from", "2024-10-31", "--to", "2024-11-15").stdout
    assert "0 revised" in dates and "~ revised" not in dates


def test_exit_code_like_git_diff() -> None:
    assert run("diff", "nis-12000", "cnn", "--exit-code").exit_code == 1
    assert run("diff", "--from", "2025-03", "--to", "2025-04", "--exit-code").exit_code == 0
    assert run("diff", "nis-12000", "cnn").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nis-12000", "cnnn"], "did you mean 'cnn'"),
        (["nis-12000"], "diff needs two sources"),
        (["cnn", "cnn"], "same source"),
        (["cnn", "nis-12000", "--from", "2024-10"], "either two sources or --from/--to"),
        (["--from", "2024-11", "--to", "2024-10"], "ends before --from"),
        (["--from", "2024-13"], "--from"),
        (["--from", "2024-10", "--claim", "tanks"], "unknown topic 'tanks'"),
    ],
)
def test_bad_arguments_exit_2(args: list[str], message: str) -> None:
    result = run("diff", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def _claim(claim_id: str, value: float, as_of: str, asserted_by: list[str], source: str = "a", kind: str = "exact"):
    from koursk_cli.codec import claim_from_row

    return claim_from_row(
        {
            "id": claim_id,
            "topic": "troops",
            "measure": "sent",
            "value": value,
            "value_kind": kind,
            "unit": "soldiers",
            "as_of": as_of,
            "as_of_basis": "",
            "asserted_by": asserted_by,
            "source": source,
            "quote": "",
            "status": "reported",
        }
    )


def test_a_revision_is_one_asserter_changing_its_own_figure_later() -> None:
    from koursk_cli.diff import is_revision, previous_figure

    nis_oct = _claim("nis-oct", 12000, "2024-10", ["nis"])
    nis_feb = _claim("nis-feb", 15000, "2025-02", ["nis"], source="b")
    joint_feb = _claim("joint-feb", 14000, "2025-02", ["nis", "cia"], source="b")
    cia_jan = _claim("cia-jan", 9000, "2025-01", ["cia"], source="b")
    overlapping = _claim("nis-late-oct", 11000, "2024-10-20/2024-11-05", ["nis"], source="b")
    article_oct = _claim("article-oct", 10000, "2024-10", [], source="a")
    article_feb = _claim("article-feb", 10500, "2025-02", [], source="a")
    other_article = _claim("other-feb", 10500, "2025-02", [], source="c")
    earlier = [nis_oct, cia_jan, article_oct]
    assert previous_figure(nis_feb, earlier) == nis_oct and is_revision(nis_oct, nis_feb)
    assert previous_figure(joint_feb, earlier) == cia_jan  # an asserter in common: its latest earlier figure
    assert previous_figure(overlapping, earlier) is None  # overlapping as-of dates: a conflict question, not this
    assert previous_figure(article_feb, earlier) == article_oct  # the article's own voice revises itself
    assert previous_figure(other_article, earlier) is None  # another article's own voice is another asserter


def test_the_two_sides_are_named_once_like_a_unified_diff() -> None:
    """Issue 17 F20: the headers read `- --- nis-12000` and `+ +++ cnn`, with a doubled marker."""
    lines = run("diff", "nis-12000", "cnn").stdout.splitlines()
    assert lines[0].startswith("--- nis-12000 (") and lines[1].startswith("+++ cnn (CNN, ")


def test_a_line_wrapped_on_a_terminal_keeps_its_marker_on_every_row() -> None:
    """Issue 17 F20: on a terminal, the wrapped end of a line lost its `+`/`-` and its indentation."""
    shown = run("diff", "nis-12000", "cnn", tty=True, width=80).stdout.splitlines()
    rows = [row for row in shown if row and not row.startswith(("Events:", "Claims on"))]
    assert len(shown) > len(run("diff", "nis-12000", "cnn").stdout.splitlines())  # some rows did wrap
    assert all(row[:2] in ("- ", "+ ", "  ", "~ ", "= ") or row[:4] in ("--- ", "+++ ") for row in rows), rows
    assert all(len(row) <= 80 for row in shown)


def test_an_open_date_range_says_so_instead_of_year_9999() -> None:
    """Issue 17 F20: `koursk diff --from 2024-11` printed `New by 9999-12-31`."""
    opened = run("diff", "--from", "2024-11").stdout
    assert "9999" not in opened and "0001" not in opened
    assert "Known by 2024-11-30:" in opened and "New since, up to the latest article:" in opened
    assert "Known before the first article: nothing" in run("diff", "--to", "2024-11").stdout


def test_date_mode_on_a_built_store_places_every_source_and_finds_the_revision(tmp_path: Path) -> None:
    """Known, new and straddling sources, the new events and claims, and one asserter revising its own figure: every
    answer known from what the store holds."""
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-20/2024-10-25")  # wholly before --from: known
        .source("gamma", "2024-10-28/2024-11-03")  # straddles --from
        .source("beta", "2024-11-08")  # new
        .source("delta", "2024-11-14/2024-11-20")  # straddles --to
        .entity("nis", "agency", "NIS")
        .entity("cia", "agency", "CIA")
        .event("e-alpha", "2024-10-20", "Alpha event", ("alpha", "il se passe quelque chose"))
        .event("e-beta", "2024-11-07", "Beta event", ("beta", "il se passe autre chose"))
        .event("e-delta", "2024-11-14", "Delta event", ("delta", "encore autre chose"))
        .claim("nis-oct", "alpha", 12000, "2024-10", asserted_by=("nis",))
        .claim("nis-nov", "beta", 15000, "2024-11-07", asserted_by=("nis",))
        .claim("cia-nov", "beta", 9000, "2024-11-07", asserted_by=("cia",))
        .write(tmp_path)
    )
    result = run("--data", str(root), "diff", "--from", "2024-10-31", "--to", "2024-11-15", "--json")
    assert result.exit_code == 0, result.stderr
    found = result.json()
    assert found["known_sources"] == ["alpha"]
    assert [s["id"] for s in found["new_sources"]] == ["beta"]
    assert {s["source"]: s["boundary"] for s in found["straddling"]} == {"gamma": "from", "delta": "to"}
    assert ids(found["new_events"]) == ["e-beta"]
    assert sorted(c["id"] for c in found["new_claims"]) == ["cia-nov", "nis-nov"]
    assert [(r["before"]["id"], r["after"]["id"]) for r in found["revised"]] == [("nis-oct", "nis-nov")]
