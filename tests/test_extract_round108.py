"""Round 108 (issue 16, futures; helper round108): « dans les prochains mois » runs half a year on, not past the
year's end unless three months on runs past it (the newer truths read it to the year's end or half a year on, the older
ones three months: counted over the committed sets, this holds the most). Made-up sentences, none copied from a
benchmark page; each positive case fails before the round, its near misses pass both times or name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # a page of the first half: half a year on
        (
            "Le ministère assure que d'autres bataillons suivront dans les prochains mois.",
            "2025-03-12",
            "2025-03-12/2025-09~",
        ),
        # a page of the second half: up to the year's end
        ("Selon l'état-major, la relève arrivera dans les mois qui viennent.", "2025-08-05", "2025-08-05/2025-12~"),
        ("Une nouvelle rotation est attendue dans les mois à venir, selon Séoul.", "2026-07-28", "2026-07-28/2026-12~"),
    ],
)
def test_the_coming_months_run_half_a_year_within_the_year(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert drafted_dates(tmp_path, text, published) == [edtf]


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # near miss: three months on runs past the year's end, and is kept (`_coming_months_end`'s max)
        ("La relève arrivera dans les prochains mois, selon Kiev.", "2025-11-20", "2025-11-20/2026-02~"),
        # near miss: a count the text gives is read as written (`read_coming`'s count)
        ("La relève arrivera dans les trois prochains mois, selon Kiev.", "2025-03-12", "2025-03-12/2025-06~"),
        # near miss: « quelques mois » keeps its three months (`read_coming`'s `coming_months`: review68a L1)
        ("Les renforts arriveront dans quelques mois, selon Kiev.", "2025-02-10", "2025-02-10/2025-05~"),
        # near miss: weeks run to the next month's end, or six weeks if later (`_coming_weeks_end`, round 126)
        ("La relève arrivera dans les prochaines semaines, selon Kiev.", "2025-03-12", "2025-03-12/2025-04-30"),
        ("La relève arrivera dans les prochaines semaines, selon Kiev.", "2025-03-25", "2025-03-25/2025-05-06"),
    ],
)
def test_counts_weeks_and_late_pages_keep_their_reading(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, text, published) == [edtf]


# --- review68a H1: a future reported after a pluperfect verb of saying stays ahead of the saying ---------------------
# (round 108 had dropped « avait » from clauses.py `_REPORTED_THAT`: every yearless date of the reported conditional then
# read a year back, as a past fact; taken out)


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("Zelensky avait annoncé mardi que les élections se tiendraient en mars.", "2025-02-10", "2025-03"),
        ("Le ministre avait annoncé que les livraisons commenceraient en mars.", "2025-02-10", "2025-03"),
        ("Kiev avait assuré que la contre-offensive débuterait au printemps.", "2025-01-15", "2025-03/2025-05"),
    ],
)
def test_a_future_reported_after_a_pluperfect_stays_ahead(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)
