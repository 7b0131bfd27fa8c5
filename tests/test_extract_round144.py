"""Round 144 (issue 16): two figures the blind sets of session 79 saw read wrong in silence. « au bas mot » before a
number, or before an estimate's « à », bounds it (« estimées, au bas mot, à 4 000 tués »: at least; sealed186 l17,
read exact), and « N à M » in thousands followed by « au total » is one range (« 15 000 à 17 000 au total »; sealed185
k20, each end read alone, 17 000 exact). review94's attacks stay as they were: « au minimum, à 200 hommes », « au
moins à 5 kilomètres », the verb « a », a range of nothing counted. Made-up sentences, never the held-out articles'
(benchmarks/heldout/ROUND144.txt)."""

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
        ("Les pertes sont évaluées au bas mot à 4 000 tués.", "at_least"),
        ("On compte au bas mot 4 000 tués.", "at_least"),
        ("Les pertes sont estimées à 4 000 tués au moins.", "at_least"),
        # review94: an adverb of a verb's own phrase, or the verb « a », bounds no number after it
        ("Moscou a réduit sa garnison au minimum, à 200 hommes.", "exact"),
        ("Pyongyang a porté son contingent au maximum, à 15 000 soldats.", "exact"),
        ("La garnison, réduite au bas mot, a 200 hommes.", "exact"),
    ],
)
def test_au_bas_mot_bounds_the_number_after_it(tmp_path: Path, sentence: str, kind: str) -> None:
    assert [v[1] for v in _values(tmp_path, sentence)] == [kind]


def test_a_distance_after_an_adverb_is_no_count(tmp_path: Path) -> None:
    assert _values(tmp_path, "Les soldats sont stationnés au moins à 5 kilomètres du front.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les pertes atteindraient 15 000 à 17 000 au total, selon Séoul.", [(None, "range", 15000, 17000)]),
        ("Les pertes, 15 000 à 17 000 selon Kiev, seraient lourdes.", [(None, "range", 15000, 17000)]),
        ("Le contingent compterait 15 000 à 17 000 hommes.", [(None, "range", 15000, 17000)]),
        # review94: a bare « N à M » of nothing counted stays no figure
        ("Chaque soldat toucherait 2 000 à 3 000 par mois.", []),
        ("Les résolutions 1718 à 2397 du Conseil de sécurité restent en vigueur.", []),
    ],
)
def test_thousands_to_thousands_in_all_is_one_range(
    tmp_path: Path, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert _values(tmp_path, sentence) == expected
