"""Round 141 (issue 16): « dans l'immédiat » is the present, as « pour l'instant »: « Moscou n'a pas réagi dans
l'immédiat » is dated the publication (or a reprinted dispatch's day), never the day the sentence before told. Before,
it was read as a part of a day (« dans la soirée »), the last day told. Made-up pages, never the held-out articles'
(benchmarks/heldout/ROUND141.txt)."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates


def test_dans_l_immediat_is_the_publication_s_present(tmp_path: Path) -> None:
    page = (
        "Le Courrier du Nord\n\nLe renseignement sud-coréen a affirmé jeudi que 1 500 soldats étaient partis.\n\n"
        "Moscou n'a pas réagi dans l'immédiat.\n"
    )
    assert drafted_dates(tmp_path, page, "2025-02-15") == ["2025-02-13", "2025-02-15"]


def test_a_part_of_a_day_is_still_the_day_told_before(tmp_path: Path) -> None:
    page = "Le Courrier du Nord\n\nJeudi, Séoul a confirmé l'envoi. Le Kremlin a démenti dans la soirée.\n"
    assert drafted_dates(tmp_path, page, "2025-02-15") == ["2025-02-13", "2025-02-13"]


def test_the_next_sentence_counts_from_the_story_s_day(tmp_path: Path) -> None:
    page = (
        "Le Courrier du Nord\n\nMardi, Kiev a affirmé que 300 soldats avaient été tués. Moscou n'a pas réagi dans "
        "l'immédiat. La veille, Séoul avait évoqué 200 morts.\n"
    )
    assert drafted_dates(tmp_path, page, "2025-03-14") == ["2025-03-10", "2025-03-11", "2025-03-14"]


def test_in_a_story_told_in_the_pluperfect_it_is_the_day_told_before(tmp_path: Path) -> None:
    page = "Le Courrier du Nord\n\nLe 3 mars, Kiev a affirmé l'envoi. Moscou n'avait pas réagi dans l'immédiat.\n"
    assert drafted_dates(tmp_path, page, "2025-03-07") == ["2025-03-03", "2025-03-03"]
