"""Round 106 (issue 16, the year of a date written without one; helper round106): a start at « dès » told as a guess,
by a present conditional (« seraient en route dès le 1er novembre ») or « peut-être » right before it, is the nearest
such date, ahead of the page when it is nearer than the one a year back (it was always the one a year back for want of
a future verb). Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its
near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Le ministre a parlé mardi : d'après lui, les premiers bataillons seraient sur le front dès le 4 décembre.",
            "2024-11-20",
            "2024-12-04",
        ),
        (
            "Un député informé jeudi par le renseignement a évoqué un départ des sapeurs vers la frontière, peut-être"
            " dès le 3 juin.",
            "2025-05-20",
            "2025-06-03",
        ),
        (
            "Selon un élu briefé mardi, ces hommes recevraient une formation avant d'être envoyés au front, « peut-être"
            " dès mars ».",
            "2025-02-12",
            "2025-03",
        ),
        ("Le général a averti lundi que ses soldats seraient prêts dès le 2 janvier.", "2024-12-18", "2025-01-02"),
    ],
)
def test_a_start_told_as_a_guess_is_the_nearest_one(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # the conditional perfect tells a start gone by (`_CONDITIONAL_PERFECT`)
        ("Des dizaines de recrues auraient été blessées dès janvier par des drones.", "2025-04-02", "2025-01"),
        # a guess, but the month gone by is nearer than the coming one (the nearest of the two)
        ("Les unités se trouveraient dans la région dès août, selon Kiev.", "2024-10-23", "2024-08"),
        # no guess: a start told in the imperfect stays the latest one not after the page
        ("Le renseignement avançait dès janvier un chiffre plus élevé.", "2025-12-03", "2025-01"),
        # a past tense between the conditional and the date (`tells_the_past`)
        ("Les blessés seraient nombreux et Kiev a évacué l'hôpital dès le 28 mars.", "2025-03-20", "2024-03-28"),
    ],
)
def test_a_start_gone_by_keeps_the_year_before(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)
