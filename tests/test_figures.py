"""`koursk figures`: each asserter's figures over time, conflicts and per-asserter revisions marked; a chart on a
terminal, one figure per line in a pipe, JSON as usual."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.stores import CLAIMS, StoreBuilder, write_store


def test_the_chart_shows_each_asserter_on_the_as_of_axis_with_conflicts() -> None:
    result = run("figures", "troops/sent-to-russia", tty=True, width=100)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("troops/sent-to-russia")
    assert "Oct 2024" in out and "Feb" in out  # the time axis
    nis = next(line for line in out.splitlines() if line.startswith("National Intelligence Ser"))
    assert "~12,000" in nis and "━" in nis and "≠?" in nis  # its conflicts hold only if the round figures are exact
    assert "allows 10,800–13,200" in " ".join(out.split())  # what ~12,000 allows, no float artefact (may wrap)
    assert "≠? article-002-10000-men" in " ".join(out.split())
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 100


def test_later_figures_sit_further_right() -> None:
    out = run("figures", "troops/sent-to-russia", tty=True, width=100).stdout.splitlines()
    bars = {line.split()[0]: line.index("━") for line in out if "━" in line and not line.startswith("━")}
    assert bars["National"] < bars["Ukraine"]


def test_pipes_get_one_figure_per_line_with_plain_numbers() -> None:
    lines = run("figures", "troops").stdout.splitlines()
    rows = [line.split("\t") for line in lines]
    assert {r[0] for r in rows} >= {"troops/sent-to-russia", "troops/in-kursk"}
    nis = next(r for r in rows if r[8] == "nis-12000-sent")
    assert nis[5:8] == ["~12,000", "10800", "13200"]
    assert nis[9] == "article-002-10000-men,west-ukr-intel-10000-sent"  # overlapping, then a total that fell
    figure = next(
        f for m in run("figures", "troops", "--json").json() for s in m["series"] for f in s["figures"]
        if f["id"] == "nis-12000-sent"
    )  # fmt: skip
    assert figure["conflict_kinds"] == ["overlapping", "total-fell"]
    unbounded = next(r for r in rows if r[8] == "ukraine-more-than-10000")
    assert unbounded[7] == ""


def test_json_groups_figures_by_measure_and_asserter() -> None:
    data = run("figures", "troupes", "--json").json()
    measures = {(m["topic"], m["measure"]) for m in data}
    assert ("troops", "sent-to-russia") in measures
    sent = next(m for m in data if m["measure"] == "sent-to-russia")
    labels = [s["label"] for s in sent["series"]]
    assert "National Intelligence Service" in labels and "the article (rutte-confirms)" in labels
    for series in sent["series"]:
        starts = [f["as_of_start"] for f in series["figures"]]
        assert starts == sorted(starts)
    assert all(f["revises"] is None for s in sent["series"] for f in s["figures"])  # no asserter restates itself


def test_actor_keeps_what_it_asserted() -> None:
    data = run("figures", "troops", "--actor", "nis", "--json").json()
    ids = {f["id"] for m in data for s in m["series"] for f in s["figures"]}
    assert ids == {"nis-12000-sent", "nis-1500-in-russia"}  # « agences … de la Corée du Sud » are not the NIS


def test_a_revision_by_the_same_asserter_is_marked(tmp_path: Path) -> None:
    later = (
        CLAIMS.replace("as_of: 2024-10", "as_of: 2024-09")
        + """\
  - id: nis-15000
    topic: troops
    measure: sent-to-russia
    value: 15000
    value_kind: approximate
    unit: soldiers
    as_of: 2024-10-28
    as_of_basis: "publication"
    asserted_by: [nis]
    source: alpha
    quote: "environ 12.000 soldats ont été envoyés"
    status: reported
"""
    )
    root = write_store(tmp_path / "store", claims=later)
    data = run("--data", str(root), "figures", "troops", "--json").json()
    [series] = data[0]["series"]
    assert [f["revises"] for f in series["figures"]] == [None, "nis-12000"]
    shown = run("--data", str(root), "figures", "troops", tty=True, width=100).stdout
    assert "↻ revises nis-12000" in " ".join(shown.split())  # the detail may wrap


def test_an_unknown_measure_gets_a_hint() -> None:
    result = run("figures", "troops/sent")
    assert result.exit_code == 2
    assert "did you mean 'sent-to-russia'?" in result.stderr


def test_each_figure_carries_its_status_so_a_hedged_figure_stays_hedged(tmp_path: Path) -> None:
    root = str(
        StoreBuilder()
        .source("alpha", "2024-11-01")
        .entity("nis", "agency", "NIS")
        .claim("said-12000", "alpha", 12000, "2024-10", asserted_by=("nis",), kind="approximate", status="alleged")
        .claim("seen-1500", "alpha", 1500, "2024-10", measure="in-kursk", status="reported")
        .write(tmp_path)
    )
    data = run("--data", root, "figures", "troops", "--json").json()
    status = {f["id"]: f["status"] for m in data for s in m["series"] for f in s["figures"]}
    assert status == {"said-12000": "alleged", "seen-1500": "reported"}
    piped = {
        line.split("\t")[8]: line.split("\t")[12]
        for line in run("--data", root, "figures", "troops").stdout.splitlines()
    }
    assert piped == status
    shown = run("--data", root, "figures", "troops", tty=True, width=100).stdout
    assert next(line for line in shown.splitlines() if line.startswith("NIS")).split()[1:3] == ["◌", "~12,000"]
    assert next(line for line in shown.splitlines() if line.startswith("the article")).split()[3:5] == ["○", "1,500"]
    assert "Oct 2024 · alleged · said-12000" in shown
    assert "status of each figure; the event where it was said has its own status." in shown
    assert "◌ alleged: hedged by the article" in shown and "○ reported: stated without a hedge" in shown
    assert "● confirmed:" not in shown  # only the statuses shown are defined (test_status_legend)


def test_a_denied_figure_that_conflicts_keeps_two_marks_apart(tmp_path: Path) -> None:
    """rev32 R11: ✕ was both the denied status and the conflict mark, so a denied figure in conflict read `✕ 10,000 …
    ✕`. A conflict is ≠ in figures, claims and show; ✕ is denied alone, and the status scope line is said once."""
    builder = StoreBuilder().source("alpha", "2024-11-01").entity("nis", "agency", "NIS").entity("kim", "person", "Kim")
    builder.event("e", "2024-10", "Troops sent", ("alpha", "des troupes envoyées"))
    builder.claim("nis-12000", "alpha", 12000, "2024-10", asserted_by=("nis",))
    builder.claim("kim-9000", "alpha", 9000, "2024-10", asserted_by=("kim",), status="denied")
    store = str(builder.write(tmp_path / "store"))
    out = run("--data", store, "--no-color", "figures", "troops", tty=True, width=100).stdout
    kim = next(line for line in out.splitlines() if line.startswith("Kim"))
    assert kim.split()[1] == "✕" and kim.rstrip().endswith("≠~") and kim.count("✕") == 1  # one month: same-day
    assert "✕ denied: " in out and "≠ conflicts with a figure" in out
    assert out.count("status of each figure") == 1
    claims = " ".join(run("--data", store, "claims", "troops", tty=True, width=200).stdout.split())
    assert "≠~ kim-9000" in claims or "≠~ nis-12000" in claims
    shown = run("--data", store, "show", "kim-9000", tty=True).stdout
    assert shown.startswith("✕ 9,000 soldiers") and "(no label) no single figure fits both" in shown
