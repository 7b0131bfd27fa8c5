"""`koursk diff`: two articles side by side, and what became known between two dates."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.model import Claim
from tests.conftest import run
from tests.stores import StoreBuilder, three_voices

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
    "maybe_known",
    "revised",
    "corroborated",
    "new_conflicts",
    "new_conflict_count",
    "new_firm_conflict_count",
    "new_same_day_conflict_count",
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Four articles with what a diff must find between them, every answer known from what is written here."""
    root = (
        three_voices("2024-10-28/2024-10-31")
        .source("first-clashes", "2024-11-08/2024-11-10")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk", "Kursk")
        .event("full-scale-invasion", "2022-02", "Russia invades Ukraine",
               ("nis-12000", "depuis l'invasion de février 2022"), ("cnn", "la guerre lancée en février 2022"))
        .event("first-troops-transported", "2024-10-08/2024-10-13", "First troops transported by sea",
               ("nis-12000", "transportés entre le 8 et le 13 octobre"), status="alleged")
        .event("rutte-confirms-deployment", "2024-10-28", "Rutte confirms the deployment",
               ("rutte-confirms", "Mark Rutte a confirmé lundi"), places=("kursk-oblast",))
        .event("zelensky-budapest-11000", "2024-11-07",
               "Zelensky says 11,000 North Korean soldiers are in the Kursk region, at a summit in Budapest",
               ("cnn", "Zelensky a déclaré jeudi à Budapest"), actors=("zelensky",), places=("kursk-oblast",))
        .event("first-nk-ukraine-clashes", "2024-11-05", "First clashes between North Korean and Ukrainian soldiers",
               ("first-clashes", "les premiers affrontements ont eu lieu"), places=("kursk-oblast",))
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("article-002-10000-men", "rutte-confirms", 10000, "2024-10")
        .claim("zelensky-11000-in-kursk", "cnn", 11000, "2024-11-07", asserted_by=("zelensky",), measure="in-kursk")
        .claim("us-officials-10000-in-kursk", "cnn", 10000, "2024-11-07", asserted_by=("us-officials",),
               kind="approximate", measure="in-kursk", status="alleged")
        .claim("clashes-10000-sent", "first-clashes", 10000, "2024-10")
        .write(tmp_path_factory.mktemp("story"))
    )  # fmt: skip
    return str(root)


def diff(store: str, *args: str) -> dict[str, Any]:
    result = run("--data", store, "diff", *args, "--json")
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = result.json()
    return document


def ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row["id"] for row in rows]


def test_json_schema_of_both_modes_is_pinned(story: str) -> None:
    assert list(diff(story, "nis-12000", "cnn")) == SOURCE_MODE_KEYS
    assert list(diff(story, "--from", "2024-10-31", "--to", "2024-11-15")) == DATE_MODE_KEYS
    pair = diff(story, "rutte-confirms", "nis-12000")["conflicts"][0]
    assert list(pair) == ["topic", "measure", "kind", "a", "b", "tier", "firm"] and pair["kind"] == "overlapping"
    assert pair["firm"] is (pair["a"]["firm_conflict_count"] == pair["a"]["conflict_count"] == 1)
    assert list(diff(story, "first-clashes", "rutte-confirms")["agree"][0]) == ["topic", "measure", "a", "b"]


def test_two_articles_that_measure_different_things(story: str) -> None:
    result = diff(story, "nis-12000", "cnn")
    assert ids(result["claims_only_a"]) == ["nis-12000-sent"]
    assert sorted(ids(result["claims_only_b"])) == ["us-officials-10000-in-kursk", "zelensky-11000-in-kursk"]
    assert result["conflicts"] == [] and result["agree"] == []


def test_events_are_matched_through_shared_evidence(story: str) -> None:
    result = diff(story, "nis-12000", "cnn")
    assert ids(result["both"]) == ["full-scale-invasion"]
    assert ids(result["only_a"]) == ["first-troops-transported"]
    assert ids(result["only_b"]) == ["zelensky-budapest-11000"]


def test_a_conflict_shows_both_values_and_quotes(story: str) -> None:
    [pair] = diff(story, "rutte-confirms", "nis-12000")["conflicts"]
    assert (pair["a"]["id"], pair["b"]["id"]) == ("article-002-10000-men", "nis-12000-sent")
    assert (pair["a"]["value"], pair["b"]["value"]) == (10000, 12000)  # ~12,000 is 10,800 to 13,200: no overlap
    assert "10000 soldats" in pair["a"]["quote"] and "12000 soldats" in pair["b"]["quote"]


def test_agreeing_claims_across_articles(story: str) -> None:
    result = diff(story, "first-clashes", "rutte-confirms", "--claim", "troupes")
    assert [(p["a"]["id"], p["b"]["id"]) for p in result["agree"]] == [("clashes-10000-sent", "article-002-10000-men")]


def test_from_early_to_mid_november(story: str) -> None:
    result = diff(story, "--from", "2024-11-06", "--to", "2024-11-15")
    assert result["known_sources"] == ["nis-12000", "rutte-confirms"]
    assert [s["id"] for s in result["new_sources"]] == ["cnn", "first-clashes"]
    # full-scale-invasion is also in cnn, but nis-12000 reported it before: not new
    assert sorted(ids(result["new_events"])) == ["first-nk-ukraine-clashes", "zelensky-budapest-11000"]
    assert sorted(c["id"] for c in result["new_claims"]) == [
        "clashes-10000-sent", "us-officials-10000-in-kursk", "zelensky-11000-in-kursk",
    ]  # fmt: skip
    # US officials' ~10,000 then Zelensky's 11,000 are two asserters: compared as a conflict (they agree), never as
    # a revision, which is one asserter changing its own figure
    assert result["revised"] == []


def test_an_event_known_at_the_start_and_reported_again_is_corroborated(story: str) -> None:
    """rev14 L7: full-scale-invasion, known by 6 Nov from nis-12000, reported again by cnn: the date diff left it
    out (only events none of whose sources was known are new). It is listed as corroborated, with the new sources."""
    result = diff(story, "--from", "2024-11-06", "--to", "2024-11-15")
    assert result["corroborated"] == [{"event": "full-scale-invasion", "sources": ["cnn"]}]
    assert "full-scale-invasion" not in ids(result["new_events"])
    plain = run("--data", story, "diff", "--from", "2024-11-06", "--to", "2024-11-15").stdout.splitlines()
    assert [line for line in plain if "corroborated" in line] == [
        "+ corroborated ● Feb 2022  Russia invades Ukraine  [full-scale-invasion] by cnn"
    ]


def test_a_source_whose_window_straddles_a_boundary_is_not_silently_placed(story: str) -> None:
    """rev27 U3: as `--as-of` counts it. Straddling --from (28–31 Oct against 30 Oct), an article is known by --to:
    it is new, and what it alone brings is marked as maybe known already by --from. Straddling --to, it is not
    counted yet (its window has not passed), and is listed as such."""
    result = diff(story, "--from", "2024-10-30", "--to", "2024-11-08")
    straddling = {s["source"]: (s["boundary"], s["counted"]) for s in result["straddling"]}
    assert straddling == {"rutte-confirms": ("from", True), "first-clashes": ("to", False)}
    assert result["known_sources"] == ["nis-12000"]
    assert [s["id"] for s in result["new_sources"]] == ["rutte-confirms", "cnn"]
    assert {c["source"] for c in result["new_claims"]} == {"rutte-confirms", "cnn"}
    assert result["maybe_known"] == {
        "events": ["rutte-confirms-deployment"],
        "claims": ["article-002-10000-men"],
        "conflicts": [["article-002-10000-men", "nis-12000-sent"]],  # only rutte-confirms brings it: maybe known
    }
    later = diff(story, "--from", "2024-10-30", "--to", "2024-11-10")  # first-clashes' window has passed by 10 Nov
    assert {s["source"]: s["boundary"] for s in later["straddling"]} == {"rutte-confirms": "from"}
    assert [s["id"] for s in later["new_sources"]] == ["rutte-confirms", "cnn", "first-clashes"]
    assert {c["source"] for c in later["new_claims"]} == {"rutte-confirms", "first-clashes", "cnn"}
    plain = run("--data", story, "diff", "--from", "2024-10-30", "--to", "2024-11-08").stdout.splitlines()
    assert (
        "? claim ○ troops/sent-to-russia 10,000 soldiers — the article, as of Oct 2024 [article-002-10000-men]" in plain
    )
    assert any(line.startswith("+ claim ") and "zelensky-11000-in-kursk" in line for line in plain)
    assert any(line.startswith("? event ") and "rutte-confirms-deployment" in line for line in plain)
    assert any(line.startswith("? first-clashes ") and "not counted" in line for line in plain)


@pytest.mark.parametrize(
    ("start", "end"), [("2024-10-30", "2024-11-08"), ("2024-10-20", "2024-11-07"), ("2024-10-31", "2024-11-10")]
)
def test_the_state_at_to_is_what_as_of_to_shows(story: str, start: str, end: str) -> None:
    """rev27 U3: known by --from, plus new by --to, is exactly what `--as-of --to` lists, claims and events alike
    (nothing in neither because its window straddles --from)."""

    def as_of(command: str, day: str) -> set[str]:
        return {row["id"] for row in run("--data", story, command, "--as-of", day, "--json").json()}

    result = diff(story, "--from", start, "--to", end)
    assert as_of("claims", end) == as_of("claims", start) | {c["id"] for c in result["new_claims"]}
    assert as_of("events", end) == as_of("events", start) | set(ids(result["new_events"]))
    assert not as_of("claims", start) & {c["id"] for c in result["new_claims"]}


def test_claim_topic_and_event_filters_narrow_the_diff(story: str) -> None:
    window = ("--from", "2024-10-31", "--to", "2024-11-15")
    assert {c["topic"] for c in diff(story, *window, "--claim", "troupes")["new_claims"]} == {"troops"}
    placed = diff(story, *window, "--place", "Koursk")
    assert sorted(ids(placed["new_events"])) == ["first-nk-ukraine-clashes", "zelensky-budapest-11000"]
    assert placed["new_claims"] == []  # claims have no places: a place selects none of them


@pytest.mark.parametrize("flag", [["--status", "alleged"], ["--actor", "zelensky"], ["--text", "11000"]])
def test_event_filters_narrow_the_claims_of_a_diff_as_they_do_for_export(story: str, flag: list[str]) -> None:
    """One meaning per filter: the claims a diff lists under a filter are those `export --rows claims` selects."""
    window = ["--from", "2024-10-01", "--to", "2025-03-01"]
    all_new = {c["id"] for c in diff(story, *window)["new_claims"]}
    new = {c["id"] for c in diff(story, *window, *flag)["new_claims"]}
    exported = run("--data", story, "export", "csv", "--rows", "claims", *flag).stdout
    assert new == {row["id"] for row in csv.DictReader(io.StringIO(exported))} & all_new
    assert new and new < all_new


def test_a_claim_topic_with_a_place_is_refused(story: str) -> None:
    result = run("--data", story, "diff", "--from", "2024-10-31", "--to", "2024-11-15", "--claim", "troops",
                 "--place", "kursk")  # fmt: skip
    assert result.exit_code == 2
    assert "--place cannot select claims: a claim has no place" in result.stderr


def test_plain_output_reads_like_a_diff(story: str) -> None:
    out = run("--data", story, "diff", "nis-12000", "cnn").stdout
    assert out.splitlines()[0].startswith("--- nis-12000")
    assert "+ ● 7 Nov 2024  Zelensky says 11,000" in out
    assert "\x1b" not in out
    dates = run("--data", story, "diff", "--from", "2024-10-31", "--to", "2024-11-15").stdout
    assert "0 revised" in dates and "! revised" not in dates


def test_exit_code_like_git_diff(story: str) -> None:
    assert run("--data", story, "diff", "nis-12000", "cnn", "--exit-code").exit_code == 1
    assert run("--data", story, "diff", "--from", "2025-03", "--to", "2025-04", "--exit-code").exit_code == 0
    assert run("--data", story, "diff", "nis-12000", "cnn").exit_code == 0


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
def test_bad_arguments_exit_2(story: str, args: list[str], message: str) -> None:
    result = run("--data", story, "diff", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_the_shipped_stores_diffs_partition_what_it_holds() -> None:
    """Invariants of the shipped store, whatever a curator adds: between its first and last article, every event
    of either is in exactly one of both/only_a/only_b, as its evidence says; in date mode, every article is known,
    new or straddling."""
    sources = [row["id"] for row in run("sources", "--json").json()]
    first, last = sources[0], sources[-1]
    result = run("diff", first, last, "--json").json()
    events = run("events", "--json").json()
    cited = {e["id"]: {ev["source"] for ev in e["evidence"]} for e in events}
    assert {e["id"] for e in result["both"]} == {i for i, s in cited.items() if {first, last} <= s}
    assert {e["id"] for e in result["only_a"]} == {i for i, s in cited.items() if first in s and last not in s}
    assert {e["id"] for e in result["only_b"]} == {i for i, s in cited.items() if last in s and first not in s}
    rows = run("sources", "--json").json()
    for start, end in (("2024-11-06", "2024-11-15"), ("2024-10-31", "2024-11-15"), ("2024-10-20", "2024-11-08")):
        placed = run("diff", "--from", start, "--to", end, "--json").json()
        waiting = [s["source"] for s in placed["straddling"] if not s["counted"]]
        seen = placed["known_sources"] + [s["id"] for s in placed["new_sources"]] + waiting
        assert len(seen) == len(set(seen))
        assert set(seen) == {r["id"] for r in rows if r["published_start"] <= end}
        # rev27 U3: what was known by --to is what `--as-of` lists then, the straddling articles' claims included
        known = {c["id"] for c in run("claims", "--as-of", start, "--json").json()}
        assert known | {c["id"] for c in placed["new_claims"]} == {
            c["id"] for c in run("claims", "--as-of", end, "--json").json()
        }


def _claim(
    claim_id: str, value: float, as_of: str, asserted_by: list[str], source: str = "a", kind: str = "exact"
) -> Claim:
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
    from koursk_cli.diff import PreviousFigures, is_revision

    nis_oct = _claim("nis-oct", 12000, "2024-10", ["nis"])
    nis_feb = _claim("nis-feb", 15000, "2025-02", ["nis"], source="b")
    joint_feb = _claim("joint-feb", 14000, "2025-02", ["nis", "cia"], source="b")
    cia_jan = _claim("cia-jan", 9000, "2025-01", ["cia"], source="b")
    overlapping = _claim("nis-late-oct", 11000, "2024-10-20/2024-11-05", ["nis"], source="b")
    article_oct = _claim("article-oct", 10000, "2024-10", [], source="a")
    article_feb = _claim("article-feb", 10500, "2025-02", [], source="a")
    other_article = _claim("other-feb", 10500, "2025-02", [], source="c")
    previous_figure = PreviousFigures([nis_oct, cia_jan, article_oct]).of
    assert previous_figure(nis_feb) == nis_oct and is_revision(nis_oct, nis_feb)
    assert previous_figure(joint_feb) == cia_jan  # an asserter in common: its latest earlier figure
    assert previous_figure(overlapping) is None  # overlapping as-of dates: a conflict question, not this
    assert previous_figure(article_feb) == article_oct  # the article's own voice revises itself
    assert previous_figure(other_article) is None  # another article's own voice is another asserter


def test_the_two_sides_are_named_once_like_a_unified_diff(story: str) -> None:
    """Issue 17 F20: the headers read `- --- nis-12000` and `+ +++ cnn`, with a doubled marker."""
    lines = run("--data", story, "diff", "nis-12000", "cnn").stdout.splitlines()
    assert lines[0].startswith("--- nis-12000 (") and lines[1].startswith("+++ cnn (CNN, ")


def test_a_line_wrapped_on_a_terminal_keeps_its_marker_on_every_row(story: str) -> None:
    """Issue 17 F20: on a terminal, the wrapped end of a line lost its `+`/`-` and its indentation."""
    shown = run("--data", story, "diff", "nis-12000", "cnn", tty=True, width=80).stdout.splitlines()
    legend = next(i for i, row in enumerate(shown) if row.startswith("status of each"))  # no marker: not a side
    rows = [row for row in shown[:legend] if row and not row.startswith(("Events:", "Claims compared", "Claims on"))]
    assert len(shown) > len(run("--data", story, "diff", "nis-12000", "cnn").stdout.splitlines())  # some did wrap
    assert all(row[:2] in ("- ", "+ ", "  ", "! ", "= ") or row[:4] in ("--- ", "+++ ") for row in rows), rows
    assert all(len(row) <= 80 for row in shown)


def test_an_open_date_range_says_so_instead_of_year_9999(story: str) -> None:
    """Issue 17 F20: `koursk diff --from 2024-11` printed `New by 9999-12-31`."""
    opened = run("--data", story, "diff", "--from", "2024-11").stdout
    assert "9999" not in opened and "0001" not in opened
    assert "Known by 2024-11-30:" in opened and "New since, up to the latest article:" in opened
    assert "Known before the first article: nothing" in run("--data", story, "diff", "--to", "2024-11").stdout


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
    assert [s["id"] for s in found["new_sources"]] == ["gamma", "beta"]  # gamma: known by --to, maybe by --from
    assert {s["source"]: s["boundary"] for s in found["straddling"]} == {"gamma": "from", "delta": "to"}
    assert ids(found["new_events"]) == ["e-beta"]
    assert sorted(c["id"] for c in found["new_claims"]) == ["cia-nov", "nis-nov"]
    assert [(r["before"]["id"], r["after"]["id"]) for r in found["revised"]] == [("nis-oct", "nis-nov")]


@pytest.mark.parametrize(
    ("span", "within"),
    [
        (("--from", "2024-11", "--to", "2024-12"), "2024-12"),
        (("--from", "2024-11-20", "--to", "2024-12-10"), "2024-11-21..2024-12-10"),
    ],
)
def test_a_span_without_a_publication_says_why_it_is_empty(story: str, span: tuple[str, ...], within: str) -> None:
    """rev21 A11: "what changed in December?" answered 0 sources, 0 events, 0 claims, with no reason. diff compares
    what had been published; the events dated then are what `events --within` lists."""
    result = run("--data", story, "diff", *span, tty=True)
    assert result.exit_code == 0, result.stderr
    assert "New by" in result.stdout and "0 sources, 0 events, 0 claims" in result.stdout
    assert result.stderr.strip().endswith(
        f"diff compares what the articles had published by each date; the events dated then: koursk events "
        f"--within {within}"
    )
    assert run("--data", story, "events", "--within", within).exit_code == 0  # the hint's command runs
    assert "no article was published" not in run("--data", story, "diff", "--from", "2024-10", "--to", "2024-11",
                                                  tty=True).stderr  # fmt: skip


def test_claim_narrows_the_claims_only_and_the_help_says_so() -> None:
    """rev32 R18: `diff --from A --to B --claim troops` still listed every new event, which its help did not say."""
    helped = " ".join(run("diff", "--help").stdout.split())
    assert "It narrows the claims only: the articles and events are all listed still" in helped
    args = ["diff", "--from", "2024-10-31", "--to", "2024-11-15", "--json"]
    whole, troops = run(*args).json(), run(*args, "--claim", "troops").json()
    assert troops["new_events"] == whole["new_events"]
    assert {c["topic"] for c in troops["new_claims"]} == {"troops"} != {c["topic"] for c in whole["new_claims"]}


def test_the_legend_explains_every_marker_and_conflict_kind_the_lines_use() -> None:
    """rev32 R12: `! conflict (across measures):`, `? …` and `+` lines were printed under a legend of statuses and
    dates only. It now names the markers used and glosses each kind of conflict printed, in the words `claims` uses."""
    lines = run("diff", "--from", "2024-10-31", "--to", "2024-11-15").stdout.splitlines()
    assert {line[:2] for line in lines if line[:2] in ("+ ", "? ", "! ")} == {"+ ", "? ", "! "}
    assert "+ new · ? maybe known by --from already · ! a new conflict, or a revised figure" in lines
    conflicts = [line.split(": ", 1)[0][2:] for line in lines if line.startswith(("! conflict", "? conflict"))]
    kinds = {next((k for k in ("total fell", "across measures") if f"({k}" in c), "no label") for c in conflicts}
    assert kinds == {"no label", "total fell", "across measures"}  # each glossed once below
    for gloss in ("(no label) no single figure fits both", "(total fell) a running total", "(across measures) a part"):
        assert sum(line.startswith(gloss) for line in lines) == 1, gloss
    pair = run("diff", "cnn", "003").stdout.splitlines()
    assert "- only in the first article · + only in the second · ! in conflict, or differing over time" in pair
    assert all(line.startswith("! conflict (across measures") for line in pair if line.startswith("! conflict"))
    assert any(line.startswith("(across measures) a part larger") for line in pair)
    assert not any(line.startswith(("(total fell)", "(no label)")) for line in pair)  # no such conflict between them
