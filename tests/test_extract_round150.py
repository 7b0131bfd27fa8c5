"""Round 150 (issue 16): a month told with its year after « depuis » starts a time that runs to the page, even with
an elided article between (« depuis l'armistice de juillet 1953 »), so it is no story's time for a later date of the
sentence: « Son armée n'a pas combattu depuis l'armistice de juillet 1953. … Le traité signé à Pyongyang le 19 juin »
in a quotation read as one sentence was 19 June 1953 (sealed187 m03). Made-up sentences, never the held-out articles'
(benchmarks/heldout/ROUND150.txt)."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates


def test_a_since_with_an_elided_article_is_no_story_time(tmp_path: Path) -> None:
    sentence = (
        "« Son armée n'a pas combattu depuis l'armistice de juillet 1953 ; le traité signé à Moscou le 19 juin "
        "lui offre un terrain d'entraînement. »"
    )
    dates = drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2024-12-21")
    assert "2024-06-19" in dates
    assert "1953-06-19" not in dates


def test_a_story_told_forward_keeps_its_year(tmp_path: Path) -> None:
    sentence = "Signé en juin 2024, le traité a été ratifié par la Douma le 24 octobre, puis promulgué le 9 novembre."
    dates = drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2026-11-21")
    assert {"2024-10-24", "2024-11-09"} <= set(dates)
