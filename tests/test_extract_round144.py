"""Round 144 (issue 16): two figures the blind sets of session 79 saw read wrong in silence. An adverb before an
estimate's « à » bounds the number (« estimées, au bas mot, à 4 000 tués »: at least; sealed186 l17, read exact), and
« N à M » in thousands with no noun is one range (« 15 000 à 17 000 au total »; sealed185 k20, read 17 000 exact).
Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND144.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _values(tmp_path: Path, sentence: str) -> list[tuple[object, ...]]:
    """The value, kind and ends of each claim `extract` drafts from `sentence`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2025-10-02")
    return [(c["value"], c["value_kind"], c["value_min"], c["value_max"]) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Les pertes sont estimées, au bas mot, à 4 000 tués ou blessés.", "at_least"),
        ("Les pertes sont évaluées au moins à 4 000 tués.", "at_least"),
        ("On compte au bas mot 4 000 tués.", "at_least"),
        ("Les pertes sont estimées au maximum à 4 000 tués.", "at_most"),
        ("Les pertes sont estimées à 4 000 tués au moins.", "at_least"),
    ],
)
def test_an_adverb_before_the_estimate_s_a_bounds_the_number(tmp_path: Path, sentence: str, kind: str) -> None:
    assert [v[1] for v in _values(tmp_path, sentence)] == [kind]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les pertes atteindraient 15 000 à 17 000 au total, selon Séoul.", [(None, "range", 15000, 17000)]),
        ("Les pertes, 15 000 à 17 000 selon Kiev, seraient lourdes.", [(None, "range", 15000, 17000)]),
        ("Le contingent compterait 15 000 à 17 000 hommes.", [(None, "range", 15000, 17000)]),
    ],
)
def test_thousands_to_thousands_is_one_range(tmp_path: Path, sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _values(tmp_path, sentence) == expected


def test_two_years_are_no_range_of_counts(tmp_path: Path) -> None:
    assert _values(tmp_path, "De 2024 à 2026, 300 soldats sont morts.") == [(300, "exact", None, None)]


def test_a_salary_is_no_range_of_counts(tmp_path: Path) -> None:
    assert _values(tmp_path, "Rémunération : 38 000 à 42 000 € bruts annuels selon expérience.") == []
