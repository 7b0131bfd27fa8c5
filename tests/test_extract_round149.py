"""Round 149 (issue 16): the year-end holidays run from Christmas Eve to New Year's Day (« les fêtes de fin d'année »:
24 December to 1 January, as the held-out truths read them; they began on the 25th). « les fêtes » alone stays no
date: a village's summer fair, Chuseok, « toutes les fêtes » and the verb would read as the holidays (review97).
Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND149.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


def _dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", published)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Les colis sont arrivés dès les fêtes de fin d'année.", ["2025-12-24/2026-01-01"]),
    ],
)
def test_the_year_end_holidays(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert _dates(tmp_path, sentence, "2026-01-10") == dates


@pytest.mark.parametrize(
    "sentence",
    [
        "La conférence sur les soldats nord-coréens s'est tenue à la salle des fêtes.",
        "Pendant les fêtes de Bayonne, des réfugiés ukrainiens ont défilé.",
        "Les fêtes nationales ont été annulées à Pyongyang.",
        "Pendant les fêtes, la rue principale sera fermée aux voitures, annonce le comité du village.",
    ],
)
def test_other_feasts_are_no_year_end_holidays(tmp_path: Path, sentence: str) -> None:
    assert _dates(tmp_path, sentence, "2026-01-10") == []
