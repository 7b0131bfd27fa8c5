"""Round 110 (issue 16, ago: the start of a period « depuis » a count; helper round110): « depuis plus d'un an »,
« depuis plus de deux ans » start up to a quarter-year before the count (they were read as the count's own month, or
as two to three years back), and « depuis plusieurs semaines » two to eight weeks back (it was read as « quelques
semaines », two to four). Made-up sentences, none copied from a benchmark page; each positive case fails before the
round, its near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

PUBLISHED = "2026-05-10"


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "Les deux marins sont retenus en mer depuis plus d'un an, a déclaré l'armateur.",
            ["2025-02~/2025-05~", "2025-02~/2026-05-10"],
        ),
        (
            "Les deux marins sont retenus en mer depuis plus de deux ans, a déclaré l'armateur.",
            ["2024-02~/2024-05~", "2024-02~/2026-05-10"],
        ),
        (
            "Les pêcheurs bloquent le port depuis plusieurs semaines, a déclaré l'armateur.",
            ["2026-03-15/2026-04-26", "2026-03-15/2026-05-10"],
        ),
    ],
)
def test_a_period_since_a_rough_count_starts_as_far_back_as_the_count_reaches(
    tmp_path: Path, sentence: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, PUBLISHED) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # only a period « depuis »: a time ago « plus d'un an » stays the same month, « plus de deux ans » two to three
        # years back (`since`, review67a H3)
        ("Les deux marins ont été arrêtés il y a plus d'un an, a déclaré l'armateur.", ["2025-05"]),
        ("Les deux marins ont été arrêtés il y a plus de deux ans, a déclaré l'armateur.", ["2023/2024"]),
        # « près d'un an » is a little under: still the same month (only « plus »)
        (
            "Les deux marins sont retenus en mer depuis près d'un an, a déclaré l'armateur.",
            ["2025-05~", "2025-05~/2026-05-10"],
        ),
        # tens of years keep their reach, read to the year (`YEARS_READ_TO_THE_YEAR`)
        (
            "Le chantier naval est fermé depuis plus de trente ans, a déclaré l'armateur.",
            ["1981~/1996~", "1981~/2026-05-10"],
        ),
        # months were already a quarter over (round 105)
        (
            "Les deux marins sont retenus en mer depuis plus de cinq mois, a déclaré l'armateur.",
            ["2025-12~", "2025-12~/2026-05-10"],
        ),
        # « plusieurs » reaches eight only in weeks and only after « depuis »; « quelques semaines » two to four
        ("Les pêcheurs ont bloqué le port il y a plusieurs semaines, a déclaré l'armateur.", ["2026-04-12/2026-04-26"]),
        (
            "Les pêcheurs bloquent le port depuis plusieurs jours, a déclaré l'armateur.",
            ["2026-05-03/2026-05-08", "2026-05-03/2026-05-10"],
        ),
        (
            "Les pêcheurs bloquent le port depuis quelques semaines, a déclaré l'armateur.",
            ["2026-04-12/2026-04-26", "2026-04-12/2026-05-10"],
        ),
    ],
)
def test_near_misses_keep_their_reading(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, PUBLISHED) == dates
