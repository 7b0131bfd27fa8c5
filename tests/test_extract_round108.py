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
        # near miss: weeks keep their six weeks (`_COMING_SPANS`)
        ("La relève arrivera dans les prochaines semaines, selon Kiev.", "2025-03-12", "2025-03-12/2025-04-23"),
    ],
)
def test_counts_weeks_and_late_pages_keep_their_reading(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, text, published) == [edtf]


# --- a future reported after a pluperfect verb of saying: a past promise, as round 106 (mended) reads it ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscou avait annoncé que les premières livraisons commenceraient dès septembre.",
        "Le ministre avait déclaré que les sapeurs arriveraient en septembre.",
    ],
)
def test_a_future_reported_after_a_pluperfect_is_a_past_promise(tmp_path: Path, text: str) -> None:
    assert drafted_dates(tmp_path, text, "2025-07-20") == ["2024-09"]


def test_a_future_reported_after_a_passe_compose_stays_ahead(tmp_path: Path) -> None:
    # near miss: the passé composé of a recent saying is the news's (`_REPORTED_THAT` keeps « a », « ont »)
    text = "Moscou a annoncé que les premières livraisons commenceraient dès septembre."
    assert drafted_dates(tmp_path, text, "2025-07-20") == ["2025-09"]
