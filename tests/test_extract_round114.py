"""Round 114 (issue 16, spans; helper round114, session 66): « Retour sur douze mois qui ont vu … », the months a
retrospective looks back on, is the span up to the page (timespans.py `looked_back`; was no date). Made-up sentences,
none copied from a benchmark page; each positive case fails before the round, its near misses name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Le pont sur le fleuve a été inauguré en grande pompe. Retour sur douze mois qui ont vu le chantier"
            " avancer malgré l'hiver.",
            "2025-05-20",
            "2024-05/2025-05",
        ),
        (
            "Le ministère a publié son bilan. Retour sur les six mois écoulés, qui ont bouleversé la région.",
            "2025-09-10",
            "2025-03/2025-09",
        ),
        (
            "Les négociations ont repris à Genève. Retour sur deux années qui ont vu les positions se durcir.",
            "2026-02-12",
            "2024-02/2026-02",
        ),
        (
            "Le festival ferme ses portes dimanche. Retour sur trois semaines qui ont attiré des milliers de"
            " visiteurs.",
            "2025-07-28",
            "2025-07-07/2025-07-28",
        ),
    ],
)
def test_a_retrospective_looks_back_on_the_span_up_to_the_page(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # guard `_OF_AN_ACTIVITY`: the length of a thing named after the count, which may have ended long before
        ("Retour sur sept mois de secret.", "2025-06-16"),
        ("Retour sur douze mois de combats dans la région.", "2025-08-06"),
        # guard: « une année » after « retour sur » is a year described, not counted
        ("Retour sur une année charnière pour la diplomatie du pays.", "2025-12-20"),
        ("Retour sur une année qui a vu le régime changer de cap.", "2025-11-04"),
        # no « retour sur »: a count alone names no span (as before the round)
        ("Le bilan porte sur douze mois qui ont vu le chantier avancer.", "2025-05-20"),
    ],
)
def test_a_count_a_retrospective_does_not_look_back_on_dates_nothing(tmp_path: Path, text: str, published: str) -> None:
    assert drafted_dates(tmp_path, text, published) == []
