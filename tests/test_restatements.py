"""A restatement (`restates:`) is listed but is not a separate claim; bounds are exact and counts stay integers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import CLAIMS, write_store

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


def _claims(root: Path) -> dict[str, dict[str, object]]:
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
