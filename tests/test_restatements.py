"""A restatement (`restates:`) is listed but is not a separate claim; bounds are exact and counts stay integers."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.render.claims import CLAIM_LINE
from tests.conftest import run
from tests.stores import CLAIMS, StoreBuilder, write_store

MEN = """
  - id: men-10000
    topic: troops
    measure: sent-to-russia
    value: 10000
    value_kind: exact
    unit: soldiers
    as_of: 2024-10
    as_of_basis: "publication"
    asserted_by: []
    source: alpha
    quote: "10 000 hommes"
    status: reported
"""


def _claims(root: Path) -> dict[str, dict[str, Any]]:
    result = run("--data", str(root), "sources", "--claim", "troops", "--json")
    assert result.exit_code == 0, result.stderr
    return {str(row["id"]): row for row in result.json()}


def test_a_restatement_is_listed_but_never_conflicts_or_counts(tmp_path: Path) -> None:
    separate = _claims(write_store(tmp_path / "a", claims=CLAIMS + MEN))
    assert separate["men-10000"]["conflicts_with"] == ["nis-12000"]  # 10,000 and ~12,000: no number fits both
    restating = CLAIMS + MEN + "    restates: nis-12000\n"
    root = write_store(tmp_path / "b", claims=restating)
    listed = _claims(root)
    assert listed["men-10000"]["restates"] == "nis-12000"
    assert listed["men-10000"]["conflicts_with"] == listed["nis-12000"]["conflicts_with"] == []
    assert listed["nis-12000"]["restates"] is None
    (spread,) = run("--data", str(root), "topics", "--json").json()
    assert spread["claims"] == 1 and spread["conflicts"] == []


@pytest.mark.parametrize(
    ("restates", "message"),
    [
        ("nis-1200", "restates: no claim 'nis-1200' in this file (did you mean 'nis-12000'?)"),
        ("men-10000", "restates: a claim cannot restate itself"),
    ],
)
def test_a_restatement_names_a_claim_of_its_file(tmp_path: Path, restates: str, message: str) -> None:
    root = write_store(tmp_path, claims=CLAIMS + MEN + f"    restates: {restates}\n")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert f"claims/main.yaml:27:15: claim 'men-10000': {message}" in result.stdout


def test_a_restatement_repeats_the_same_measure_and_restates_an_original(tmp_path: Path) -> None:
    other_measure = CLAIMS + MEN.replace("sent-to-russia", "in-kursk") + "    restates: nis-12000\n"
    result = run("--data", str(write_store(tmp_path / "a", claims=other_measure)), "check")
    assert "restates: 'nis-12000' has measure 'sent-to-russia', this claim 'in-kursk'" in result.stdout
    chain = CLAIMS + "    restates: men-10000\n" + MEN + "    restates: nis-12000\n"
    result = run("--data", str(write_store(tmp_path / "b", claims=chain)), "check")
    assert "restates: 'men-10000' is itself a restatement" in result.stdout
    assert "restates: 'nis-12000' is itself a restatement" in result.stdout


def test_bounds_are_exact_and_counts_are_integers(tmp_path: Path) -> None:
    nis = _claims(write_store(tmp_path))["nis-12000"]
    assert (nis["value"], nis["value_min"], nis["value_max"]) == (12000, 10800, 13200)
    assert all(type(nis[key]) is int for key in ("value", "value_min", "value_max"))  # not 13200.000000000002
    odd = CLAIMS.replace("value: 12000", "value: 15")  # ±10 % of 15 is 13.5 – 16.5, exactly
    nis = _claims(write_store(tmp_path / "odd", claims=odd))["nis-12000"]
    assert (nis["value_min"], nis["value_max"]) == (13.5, 16.5)


def _restating_store(root: Path) -> Path:
    """Two figures of article `alpha`, its summary box repeating the body's (`box-10000` restates `body-10000`),
    and one of article `beta`: three rows listed, two claims counted."""
    return (
        StoreBuilder()
        .source("alpha", "2025-02-01")
        .source("beta", "2025-02-03")
        .entity("nis", "agency", "NIS")
        .claim("body-10000", "alpha", 10000, "2025-01", asserted_by=("nis",), kind="at_least")
        .claim("box-10000", "alpha", 10000, "2025-01", kind="at_least", restates="body-10000")
        .claim("beta-12000", "beta", 12000, "2025-01", asserted_by=("nis",), kind="approximate")
        .write(root)
    )


def test_figures_mark_a_restatement_in_json_pipe_and_terminal(tmp_path: Path) -> None:
    root = str(_restating_store(tmp_path))
    (measure,) = run("--data", root, "figures", "troops", "--json").json()
    restates = {f["id"]: f["restates"] for s in measure["series"] for f in s["figures"]}
    assert restates == {"body-10000": None, "box-10000": "body-10000", "beta-12000": None}
    rows = {
        line.split("\t")[8]: line.split("\t") for line in run("--data", root, "figures", "troops").stdout.splitlines()
    }
    assert {claim: row[11] for claim, row in rows.items()} == restates | {"body-10000": "", "beta-12000": ""}
    shown = run("--data", root, "figures", "troops", tty=True, width=120).stdout
    box_bar = next(line for line in shown.splitlines() if line.startswith("the article (alpha)"))
    assert box_bar.rstrip().endswith("━ ↩")
    words = " ".join(shown.split())  # details wrap
    assert "↩ restates body-10000: not counted separately" in words
    assert "↩ the article repeats its own figure (not counted separately)" in words
    assert sum(line.rstrip().endswith("↩") for line in shown.splitlines()) == 1  # the original is not marked


def test_claim_listings_mark_a_restatement_everywhere(tmp_path: Path) -> None:
    root = str(_restating_store(tmp_path))
    for command in (("claims", "troops"), ("sources", "--claim", "troops")):
        listed = {row["id"]: row["restates"] for row in run("--data", root, *command, "--json").json()}
        assert listed == {"body-10000": None, "box-10000": "body-10000", "beta-12000": None}
        column = CLAIM_LINE.names.index("restates")
        lines = run("--data", root, *command).stdout.splitlines()
        piped = {line.split("\t")[0]: line.split("\t")[column] for line in lines}
        assert piped == {"body-10000": "", "box-10000": "body-10000", "beta-12000": ""}
        shown = " ".join(run("--data", root, *command, tty=True, width=100).stdout.split())
        assert "box-10000 ↩ restates body-10000: not counted separately" in shown
        assert "3 claims" in shown and "↩ 1 restatement, not counted separately" in shown
        assert "troops/sent-to-russia (2 claims)" in shown  # the spread counts the original once
    exported = csv.DictReader(io.StringIO(run("--data", root, "export", "csv", "--rows", "claims").stdout))
    assert {row["id"]: row["restates"] for row in exported} == piped
    markdown = run("--data", root, "export", "markdown", "--rows", "claims").stdout
    box_row = next(line for line in markdown.splitlines() if line.endswith("| box-10000 |"))
    assert "≥10,000 soldiers (↩ restates body-10000: not counted separately)" in box_row
    body_row = next(line for line in markdown.splitlines() if line.endswith("| body-10000 |"))
    assert "restates" not in body_row
    source = run("--data", root, "show", "alpha").stdout
    assert "box-10000 · asserted by the article · in alpha · ↩ restates body-10000" in source


def test_the_report_marks_a_restatement_under_its_figure(tmp_path: Path) -> None:
    root = str(_restating_store(tmp_path / "store"))
    for lang, words in (("en", "↩ restates"), ("fr", "↩ reprend")):
        page = tmp_path / f"report-{lang}.html"
        assert run("--data", root, "report", "--lang", lang, "-o", str(page)).exit_code == 0
        html = page.read_text(encoding="utf-8")
        row = html[html.index('id="claim-box-10000"') :].split("</tr>", 1)[0]
        assert f'<span class="restates">{words} <a href="#claim-body-10000">body-10000</a>' in row
        assert html.count('class="restates"') == 1
